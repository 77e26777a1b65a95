// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordstream.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <memory>

class QIODevice;

namespace Beamline {

// An Excel 2003 XML workbook ("SpreadsheetML"): what Facebook's legacy Insights export
// downloads as ".xls". A text file, <Workbook xmlns="urn:schemas-microsoft-com:office:
// spreadsheet"> holding <Worksheet ss:Name="…"><Table><Row><Cell><Data ss:Type="…">.
// Read streaming with QXmlStreamReader: memory does not grow with the file. Cells read as
// the other workbook readers give them: numbers as plain text ("1234", "0.25"), DateTime
// cells as ISO dates ("2014-01-01", "2014-01-01 09:03:47"), booleans as TRUE/FALSE.
// ss:Index on a row or a cell skips rows or columns; ss:MergeAcross widens a cell.
class SpreadsheetMl final
{
    Q_DECLARE_TR_FUNCTIONS(Beamline::SpreadsheetMl)

public:
    struct Sheet {
        QString name;
        qint64 rows = 0;
        int element = 0; // its place among the file's <Worksheet> elements
    };

    // True for the first bytes of such a workbook (an XML declaration or a BOM, then the
    // SpreadsheetML namespace within the first few KiB).
    static bool looksLikeOne(QByteArrayView head);

    explicit SpreadsheetMl(QString path);
    ~SpreadsheetMl();
    Q_DISABLE_COPY_MOVE(SpreadsheetMl)

    // Lists the worksheets that hold rows (one streaming pass); false (see error()) when the
    // file is not a readable workbook.
    bool open();
    QString error() const { return m_error; }
    const QVector<Sheet> &sheets() const { return m_sheets; }

    // The records of one sheet (an index into sheets()); null on failure (see error()).
    std::unique_ptr<RecordStream> openSheet(int index);

    // The same on any device (tests and fuzzing): the sheets of the workbook it holds, and
    // the records of the n-th <Worksheet> element. The stream owns the device.
    static QVector<Sheet> listSheets(QIODevice &device, QString *error);
    static std::unique_ptr<RecordStream> sheetStream(std::unique_ptr<QIODevice> device, int worksheetElement);

private:
    QString m_path;
    QString m_error;
    QVector<Sheet> m_sheets;
};

} // namespace Beamline
