// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordstream.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <atomic>
#include <memory>

class QIODevice;

namespace Beamline {

class CsvReader;
class SpreadsheetMl;
class XlsxWorkbook;

// A dropped file opened for reading: a plain CSV/TSV file, the CSV members of a ZIP
// (YouTube, Brandwatch), the worksheets of a legacy .xls workbook (LinkedIn, read with
// FreeXL), of an .xlsx workbook (XlsxWorkbook) or of an Excel 2003 XML workbook saved as
// ".xls" (SpreadsheetMl, Facebook's legacy Insights). Each of those is a part, imported as
// one batch. Only regular files are read.
class ImportSource final
{
    Q_DECLARE_TR_FUNCTIONS(Beamline::ImportSource)

public:
    enum class Kind { Text, Zip, Workbook, ModernWorkbook, XmlWorkbook, Empty };

    struct Part {
        QString name;   // file name, or "member" / "sheet" inside the container
        QString member; // empty for a plain file
        qint64 size = 0;
    };

    explicit ImportSource(const QString &path);
    ~ImportSource();
    Q_DISABLE_COPY_MOVE(ImportSource)

    // Looks at the file and lists its parts. False (see error()) when it cannot be read.
    bool open();
    QString error() const { return m_error; }
    Kind kind() const { return m_kind; }
    // A spreadsheet whose parts are worksheets (.xls, .xlsx or SpreadsheetML).
    bool isWorkbook() const { return m_kind == Kind::Workbook || m_kind == Kind::ModernWorkbook || m_kind == Kind::XmlWorkbook; }
    QString path() const { return m_path; }
    const QVector<Part> &parts() const { return m_parts; }

    // SHA-256 of a part's bytes (a worksheet: the whole workbook and the sheet's name).
    // Empty when cancelled, or when a ZIP member inflates past its limit (see error()).
    QString sha256(int part, const std::atomic<bool> *cancel = nullptr);
    // Opens a part for reading. The stream stays valid until the next openPart() or the
    // source's destruction. Null on failure (see error()).
    RecordStream *openPart(int part);
    // The CSV reader of the open part (null for a worksheet).
    CsvReader *csvReader() const { return m_csv.get(); }

private:
    bool listZip();
    bool listWorkbook();
    bool listModernWorkbook();
    bool listXmlWorkbook();
    static bool isXlsx(const QString &path);
    std::unique_ptr<QIODevice> openDevice(int part);

    QString m_path;
    QString m_error;
    Kind m_kind = Kind::Text;
    QVector<Part> m_parts;
    struct Zip;
    std::unique_ptr<Zip> m_zip;
    const void *m_workbook = nullptr;
    std::unique_ptr<XlsxWorkbook> m_xlsx;
    std::unique_ptr<SpreadsheetMl> m_xml;
    std::unique_ptr<QIODevice> m_device;
    std::unique_ptr<CsvReader> m_csv;
    std::unique_ptr<RecordStream> m_sheet;
};

} // namespace Beamline
