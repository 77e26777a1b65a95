// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordstream.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <memory>

namespace Beamline {

// An .xlsx workbook (Office Open XML, as Excel, LibreOffice and the platforms' "Download as
// Excel" write it), read in place with QuaZip: the names of its worksheets, and each sheet
// as records streamed from its XML. Cells read as the legacy .xls reader gives them:
// numbers as plain text, date cells as ISO dates ("2024-01-18", "2024-01-18 14:05:00").
// The shared-string table and the cell styles are read once, when the workbook opens.
class XlsxWorkbook final
{
    Q_DECLARE_TR_FUNCTIONS(Beamline::XlsxWorkbook)

public:
    struct Sheet {
        QString name;
        QString member; // its XML inside the archive, "xl/worksheets/sheet1.xml"
        qint64 size = 0; // uncompressed bytes
    };

    explicit XlsxWorkbook(QString path);
    ~XlsxWorkbook();
    Q_DISABLE_COPY_MOVE(XlsxWorkbook)

    // Reads the workbook's parts; false (see error()) when it is not a readable workbook.
    bool open();
    QString error() const { return m_error; }
    const QVector<Sheet> &sheets() const { return m_sheets; }

    // The records of one sheet; null on failure (see error()). Independent of the workbook
    // object's lifetime.
    std::unique_ptr<RecordStream> openSheet(int index);

    // Shared by the workbook and its sheet streams.
    struct Tables;

private:
    bool readSharedStrings(const QString &part);
    void readStyles(const QByteArray &bytes);

    QString m_path;
    QString m_error;
    QVector<Sheet> m_sheets;
    std::shared_ptr<Tables> m_tables;
};

} // namespace Beamline
