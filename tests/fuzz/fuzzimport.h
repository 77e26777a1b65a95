// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Beamline::Fuzz {

// The largest input the fuzz targets read (bytes). Past it a target returns at once: longer
// inputs find nothing that a shorter one cannot, and only slow a night's run down.
inline constexpr qsizetype MaxInputBytes = 64 * 1024;

// What reading one input came to, as an import would end: read by a format (its id, and
// the data rows it gave), or refused with a message (the reader's, the format's, or that no
// format recognises it).
struct Outcome {
    QString format;  // the format that read it (the first part's when several were read)
    qint64 rows = 0; // data rows read, over every part read
    QString message; // why it was refused; empty when it was read

    bool imported() const { return message.isEmpty(); }
};

// Reads bytes as an export would be read: encoding and delimiter sniffing, record
// parsing, format detection by every format, then the chosen format's full read into a
// preview sink. Must never crash, hang or read out of bounds, whatever the bytes.
Outcome importBytes(const QByteArray &bytes);

// The parts of an .xlsx workbook, in this order, separated by WorkbookSeparator in one
// fuzz input: xl/workbook.xml, xl/sharedStrings.xml, xl/styles.xml, xl/worksheets/sheet1.xml.
inline constexpr char WorkbookSeparator[] = "\n~~~~\n";
// Writes those parts as a workbook (stored, with the usual relationships) and reads every
// sheet of it as an import would: the same guarantees as importBytes().
Outcome importWorkbookParts(const QByteArray &bytes);
// The parts of a real .xlsx file joined as importWorkbookParts() takes them (seeds).
QByteArray workbookParts(const QString &xlsxPath);

// Reads bytes as an Excel 2003 XML workbook (SpreadsheetML, Facebook's legacy ".xls"): lists
// its worksheets and reads every one as an import would, with the same guarantees as
// importBytes().
Outcome importSpreadsheetMl(const QByteArray &bytes);

} // namespace Beamline::Fuzz
