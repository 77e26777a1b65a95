// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

namespace Beamline::Fuzz {

// Reads bytes as an export would be read: encoding and delimiter sniffing, record
// parsing, format detection by every format, then the chosen format's full read into a
// preview sink. Must never crash, hang or read out of bounds, whatever the bytes.
void importBytes(const QByteArray &bytes);

// The parts of an .xlsx workbook, in this order, separated by WorkbookSeparator in one
// fuzz input: xl/workbook.xml, xl/sharedStrings.xml, xl/styles.xml, xl/worksheets/sheet1.xml.
inline constexpr char WorkbookSeparator[] = "\n~~~~\n";
// Writes those parts as a workbook (stored, with the usual relationships) and reads every
// sheet of it as an import would: the same guarantees as importBytes(). Returns how many
// records were probed (so that tests can tell a workbook that was read from one refused).
int importWorkbookParts(const QByteArray &bytes);
// The parts of a real .xlsx file joined as importWorkbookParts() takes them (seeds).
QByteArray workbookParts(const QString &xlsxPath);

// Reads bytes as an Excel 2003 XML workbook (SpreadsheetML, Facebook's legacy ".xls"): lists
// its worksheets and reads every one as an import would, with the same guarantees as
// importBytes(). Returns how many records were probed.
int importSpreadsheetMl(const QByteArray &bytes);

} // namespace Beamline::Fuzz
