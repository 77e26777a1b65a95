// SPDX-License-Identifier: GPL-3.0-or-later
#include "importsource.h"

#include "csvreader.h"
#include "readlimits.h"
#include "spreadsheetml.h"
#include "xlsxworkbook.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <freexl.h>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

namespace Beamline {

namespace {

bool isTableName(const QString &name)
{
    const QString lower = name.toLower();
    return (lower.endsWith(QLatin1String(".csv")) || lower.endsWith(QLatin1String(".tsv")) || lower.endsWith(QLatin1String(".txt")))
        && !lower.startsWith(QLatin1String("__macosx/")) && !lower.contains(QLatin1String("/._"));
}

// A worksheet of a legacy .xls workbook as records: numbers as plain text, dates as ISO.
class WorksheetStream final : public RecordStream
{
public:
    WorksheetStream(const void *workbook, unsigned int rows, unsigned short columns)
        : m_workbook(workbook)
        , m_rows(rows)
        , m_columns(columns)
    {
    }

    bool next(Record &record) override
    {
        if (m_row >= m_rows)
            return false;
        record.fields.clear();
        record.line = m_row + 1;
        for (unsigned short c = 0; c < m_columns; ++c) {
            FreeXL_CellValue cell;
            if (freexl_get_cell_value(m_workbook, m_row, c, &cell) != FREEXL_OK) {
                record.fields.append(QString());
                continue;
            }
            switch (cell.type) {
            case FREEXL_CELL_INT:
                record.fields.append(QString::number(cell.value.int_value));
                break;
            case FREEXL_CELL_DOUBLE:
                record.fields.append(QLocale::c().toString(cell.value.double_value, 'g', 15));
                break;
            case FREEXL_CELL_TEXT:
            case FREEXL_CELL_SST_TEXT:
            case FREEXL_CELL_DATE:
            case FREEXL_CELL_DATETIME:
            case FREEXL_CELL_TIME:
                record.fields.append(QString::fromUtf8(cell.value.text_value));
                break;
            default:
                record.fields.append(QString());
            }
        }
        while (record.fields.size() > 1 && record.fields.constLast().isEmpty())
            record.fields.removeLast();
        ++m_row;
        return true;
    }
    ReadError error() const override { return {}; }
    qint64 position() const override { return m_row; }
    qint64 size() const override { return m_rows; }

private:
    const void *m_workbook;
    unsigned int m_rows;
    unsigned short m_columns;
    unsigned int m_row = 0;
};

} // namespace

struct ImportSource::Zip {
    explicit Zip(const QString &path) : archive(path) {}
    QuaZip archive;
};

ImportSource::ImportSource(const QString &path)
    : m_path(path)
{
}

ImportSource::~ImportSource()
{
    m_csv.reset();
    m_sheet.reset();
    m_device.reset();
    if (m_zip)
        m_zip->archive.close();
    if (m_workbook)
        freexl_close(m_workbook);
}

bool ImportSource::open()
{
    const QFileInfo info(m_path);
    if (!info.exists()) {
        m_error = tr("the file does not exist");
        return false;
    }
    if (info.isDir()) {
        m_error = tr("this is a folder; drop the files inside it instead");
        return false;
    }
    // A device (/dev/zero), a pipe or a socket would be read forever or block: only
    // regular files are exports.
    if (!info.isFile()) {
        m_error = tr("this is not a regular file (it is a device, a pipe or a socket); Beamline reads only export files");
        return false;
    }
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("the file cannot be read: %1").arg(file.errorString());
        return false;
    }
    const QByteArray head = file.read(4096);
    const QByteArray magic = head.left(8);
    file.close();
    if (magic.isEmpty()) {
        m_kind = Kind::Empty;
        return true;
    }
    if (magic.startsWith("PK\x03\x04")) {
        const QString lower = m_path.toLower();
        if (lower.endsWith(QLatin1String(".ods"))) {
            m_kind = Kind::ModernWorkbook;
            m_error = tr("this is an OpenDocument spreadsheet (.ods), which Beamline cannot read: open it in a spreadsheet and "
                         "save it as .xlsx, or save each sheet as CSV (UTF-8)");
            return false;
        }
        if (lower.endsWith(QLatin1String(".xlsx")) || lower.endsWith(QLatin1String(".xlsm")) || isXlsx(m_path)) {
            m_kind = Kind::ModernWorkbook;
            return listModernWorkbook();
        }
        m_kind = Kind::Zip;
        return listZip();
    }
    if (magic.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        m_kind = Kind::Workbook;
        return listWorkbook();
    }
    if (SpreadsheetMl::looksLikeOne(head)) {
        m_kind = Kind::XmlWorkbook;
        return listXmlWorkbook();
    }
    m_kind = Kind::Text;
    m_parts.append({info.fileName(), QString(), info.size()});
    return true;
}

bool ImportSource::listXmlWorkbook()
{
    m_xml = std::make_unique<SpreadsheetMl>(m_path);
    if (!m_xml->open()) {
        m_error = m_xml->error();
        return false;
    }
    const auto &sheets = m_xml->sheets();
    for (qsizetype i = 0; i < sheets.size(); ++i)
        m_parts.append({sheets.at(i).name, QString::number(i) + QLatin1Char(':') + sheets.at(i).name, sheets.at(i).rows});
    return true;
}

bool ImportSource::listZip()
{
    m_zip = std::make_unique<Zip>(m_path);
    if (!m_zip->archive.open(QuaZip::mdUnzip)) {
        m_error = tr("the ZIP archive cannot be opened (it may be damaged or incomplete)");
        return false;
    }
    const QList<QuaZipFileInfo64> entries = m_zip->archive.getFileInfoList64();
    for (const QuaZipFileInfo64 &entry : entries) {
        if (entry.name.endsWith(QLatin1Char('/')) || !isTableName(entry.name))
            continue;
        if (qint64(entry.uncompressedSize) > ReadLimits::limits().streamedMemberBytes) {
            m_error = tr("“%1” would inflate to %2, more than the %3 an export can be: the archive is damaged or built to "
                         "exhaust memory (a “ZIP bomb”)")
                          .arg(entry.name, ReadLimits::sizeText(qint64(entry.uncompressedSize)),
                               ReadLimits::sizeText(ReadLimits::limits().streamedMemberBytes));
            return false;
        }
        m_parts.append({QFileInfo(entry.name).fileName(), entry.name, qint64(entry.uncompressedSize)});
    }
    std::sort(m_parts.begin(), m_parts.end(), [](const Part &a, const Part &b) { return a.member < b.member; });
    if (m_parts.isEmpty()) {
        m_error = tr("the ZIP archive holds no CSV file");
        return false;
    }
    return true;
}

bool ImportSource::isXlsx(const QString &path)
{
    // A workbook saved under another name (a download that lost its extension).
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return false;
    const bool workbook = zip.setCurrentFile(QStringLiteral("xl/workbook.xml"), QuaZip::csInsensitive);
    zip.close();
    return workbook;
}

bool ImportSource::listModernWorkbook()
{
    m_xlsx = std::make_unique<XlsxWorkbook>(m_path);
    if (!m_xlsx->open()) {
        m_error = m_xlsx->error();
        return false;
    }
    const auto &sheets = m_xlsx->sheets();
    for (qsizetype i = 0; i < sheets.size(); ++i)
        m_parts.append({sheets.at(i).name, QString::number(i) + QLatin1Char(':') + sheets.at(i).name, sheets.at(i).size});
    return true;
}

bool ImportSource::listWorkbook()
{
    if (freexl_open(QFile::encodeName(m_path).constData(), &m_workbook) != FREEXL_OK) {
        m_workbook = nullptr;
        m_error = tr("this legacy Excel workbook cannot be read (it may be damaged or protected): open it in a spreadsheet "
                     "and save each sheet as CSV (UTF-8), then import the CSV files");
        return false;
    }
    unsigned int sheets = 0;
    freexl_get_info(m_workbook, FREEXL_BIFF_SHEET_COUNT, &sheets);
    for (unsigned short i = 0; i < sheets; ++i) {
        const char *name = nullptr;
        if (freexl_get_worksheet_name(m_workbook, i, &name) != FREEXL_OK)
            continue;
        if (freexl_select_active_worksheet(m_workbook, i) != FREEXL_OK)
            continue;
        unsigned int rows = 0;
        unsigned short columns = 0;
        freexl_worksheet_dimensions(m_workbook, &rows, &columns);
        if (rows == 0 || columns == 0)
            continue;
        m_parts.append({QString::fromUtf8(name), QString::number(i) + QLatin1Char(':') + QString::fromUtf8(name), qint64(rows)});
    }
    if (m_parts.isEmpty()) {
        m_error = tr("the workbook has no sheet with data");
        return false;
    }
    return true;
}

std::unique_ptr<QIODevice> ImportSource::openDevice(int part)
{
    const Part &p = m_parts.at(part);
    if (m_kind == Kind::Zip) {
        if (!m_zip->archive.setCurrentFile(p.member)) {
            m_error = tr("“%1” cannot be found in the archive").arg(p.member);
            return nullptr;
        }
        auto file = std::make_unique<QuaZipFile>(&m_zip->archive);
        if (!file->open(QIODevice::ReadOnly)) {
            m_error = tr("“%1” cannot be read from the archive").arg(p.member);
            return nullptr;
        }
        // The declared size can lie: the member is cut off where it passes the limit.
        return std::make_unique<ReadLimits::CappedDevice>(std::move(file), ReadLimits::limits().streamedMemberBytes, p.member);
    }
    auto file = std::make_unique<QFile>(m_path);
    if (!file->open(QIODevice::ReadOnly)) {
        m_error = tr("the file cannot be read: %1").arg(file->errorString());
        return nullptr;
    }
    return file;
}

QString ImportSource::sha256(int part, const std::atomic<bool> *cancel)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const Part &p = m_parts.at(part);
    std::unique_ptr<QIODevice> device;
    if (isWorkbook()) {
        device = std::make_unique<QFile>(m_path);
        if (!device->open(QIODevice::ReadOnly)) {
            m_error = tr("the file cannot be read: %1").arg(device->errorString());
            return {};
        }
    } else {
        device = openDevice(part);
        if (!device)
            return {};
    }
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = device->read(buffer.data(), buffer.size());
        if (n <= 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
        if (cancel && cancel->load(std::memory_order_relaxed))
            return {};
    }
    if (const auto *capped = dynamic_cast<const ReadLimits::CappedDevice *>(device.get()); capped && capped->exceeded()) {
        m_error = capped->limitMessage();
        return {};
    }
    if (isWorkbook())
        hash.addData(p.member.toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

RecordStream *ImportSource::openPart(int part)
{
    m_csv.reset();
    m_sheet.reset();
    m_device.reset();
    if (m_kind == Kind::XmlWorkbook) {
        m_sheet = m_xml->openSheet(part);
        if (!m_sheet)
            m_error = m_xml->error();
        return m_sheet.get();
    }
    if (m_kind == Kind::ModernWorkbook) {
        m_sheet = m_xlsx->openSheet(part);
        if (!m_sheet)
            m_error = m_xlsx->error();
        return m_sheet.get();
    }
    if (m_kind == Kind::Workbook) {
        const unsigned short index = m_parts.at(part).member.section(QLatin1Char(':'), 0, 0).toUShort();
        if (freexl_select_active_worksheet(m_workbook, index) != FREEXL_OK) {
            m_error = tr("the sheet “%1” cannot be read").arg(m_parts.at(part).name);
            return nullptr;
        }
        unsigned int rows = 0;
        unsigned short columns = 0;
        freexl_worksheet_dimensions(m_workbook, &rows, &columns);
        m_sheet = std::make_unique<WorksheetStream>(m_workbook, rows, columns);
        return m_sheet.get();
    }
    m_device = openDevice(part);
    if (!m_device)
        return nullptr;
    m_csv = std::make_unique<CsvReader>(m_device.get());
    if (m_kind == Kind::Zip)
        m_csv->setSizeHint(m_parts.at(part).size);
    return m_csv.get();
}

} // namespace Beamline
