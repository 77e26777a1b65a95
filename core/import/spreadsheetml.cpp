// SPDX-License-Identifier: GPL-3.0-or-later
#include "spreadsheetml.h"

#include "readlimits.h"

#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QXmlStreamReader>

namespace Beamline {

namespace {

constexpr char Namespace[] = "urn:schemas-microsoft-com:office:spreadsheet";
// Excel's limits (XFD, row 1,048,576): an index beyond them is damage, not data.
constexpr int MaxColumns = 16384;
constexpr qint64 MaxRows = 1048576;

// An attribute by its local name, whatever prefix (ss:, none) the writer gave it.
QStringView attribute(const QXmlStreamAttributes &attributes, QLatin1String name)
{
    for (const QXmlStreamAttribute &a : attributes) {
        if (a.name() == name)
            return a.value();
    }
    return {};
}

// "2014-01-01T00:00:00.000" → "2014-01-01"; with a time of day → "2014-01-01 09:03:47".
QString dateTimeText(const QString &value)
{
    const QString trimmed = value.trimmed();
    const QDateTime dt = QDateTime::fromString(trimmed.left(19), Qt::ISODate);
    if (!dt.isValid())
        return trimmed;
    if (dt.time() == QTime(0, 0))
        return dt.date().toString(Qt::ISODate);
    return dt.date().toString(Qt::ISODate) + QLatin1Char(' ') + dt.time().toString(QStringLiteral("HH:mm:ss"));
}

QString cellText(const QString &type, const QString &value)
{
    if (type == QLatin1String("Number")) {
        bool ok = false;
        const double number = value.trimmed().toDouble(&ok);
        return ok ? QLocale::c().toString(number, 'g', 15) : value;
    }
    if (type == QLatin1String("DateTime"))
        return dateTimeText(value);
    if (type == QLatin1String("Boolean"))
        return value.trimmed() == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    if (type == QLatin1String("Error"))
        return {}; // #DIV/0!, #N/A: no value
    return value;
}

class SheetStream final : public RecordStream
{
    Q_DECLARE_TR_FUNCTIONS(Beamline::SpreadsheetMl)

public:
    SheetStream(std::unique_ptr<QIODevice> device, int element)
        : m_device(std::move(device))
        , m_xml(m_device.get())
        , m_size(m_device->isSequential() ? 0 : m_device->size())
    {
        // Up to the element's <Table>.
        int seen = -1;
        while (!m_xml.atEnd()) {
            if (m_xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (m_xml.name() == QLatin1String("Worksheet") && ++seen != element) {
                m_xml.skipCurrentElement();
                continue;
            }
            if (seen == element && m_xml.name() == QLatin1String("Table")) {
                m_inTable = true;
                return;
            }
        }
        if (m_xml.hasError())
            failXml();
    }

    bool next(Record &record) override
    {
        if (m_error.isError() || !m_inTable)
            return false;
        while (!m_xml.atEnd()) {
            const auto token = m_xml.readNext();
            if (token == QXmlStreamReader::EndElement && m_xml.name() == QLatin1String("Table")) {
                m_inTable = false;
                return false;
            }
            if (token != QXmlStreamReader::StartElement)
                continue;
            if (m_xml.name() == QLatin1String("Row"))
                return readRow(record);
            m_xml.skipCurrentElement(); // <Column>
        }
        if (m_xml.hasError())
            failXml();
        return false;
    }

    ReadError error() const override { return m_error; }
    qint64 position() const override { return m_device->pos(); }
    qint64 size() const override { return m_size; }

private:
    void fail(const QString &why)
    {
        m_error.message = why;
        m_error.line = qMax<qint64>(m_row, 1);
        m_error.column = 0;
    }

    void failXml()
    {
        fail(tr("the workbook is damaged at line %1, column %2 of the file (%3)")
                 .arg(m_xml.lineNumber())
                 .arg(m_xml.columnNumber())
                 .arg(m_xml.errorString()));
    }

    bool readRow(Record &record)
    {
        bool ok = false;
        const qint64 index = attribute(m_xml.attributes(), QLatin1String("Index")).toLongLong(&ok);
        if (ok && index > m_row)
            m_row = index;
        else
            ++m_row;
        if (m_row > MaxRows) {
            fail(tr("a row lies beyond row %1").arg(MaxRows));
            return false;
        }
        record.line = m_row;
        record.fields.clear();
        qsizetype characters = 0;
        int column = 0; // 0-based column of the next cell
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() != QLatin1String("Cell")) {
                m_xml.skipCurrentElement();
                continue;
            }
            const QXmlStreamAttributes attributes = m_xml.attributes();
            const int cellIndex = attribute(attributes, QLatin1String("Index")).toInt(&ok);
            if (ok && cellIndex > column)
                column = cellIndex - 1;
            const int across = qMax(0, attribute(attributes, QLatin1String("MergeAcross")).toInt());
            if (column >= MaxColumns || across >= MaxColumns) {
                fail(tr("a cell lies beyond column XFD"));
                return false;
            }
            QString type, value;
            while (m_xml.readNextStartElement()) {
                if (m_xml.name() == QLatin1String("Data")) {
                    type = attribute(m_xml.attributes(), QLatin1String("Type")).toString();
                    // Rich text (<html:Font>, <html:B>) reads as its characters.
                    value = m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
                } else {
                    m_xml.skipCurrentElement(); // <Comment>, <NamedCell>, <PhoneticText>
                }
            }
            if (m_xml.hasError())
                break;
            characters += value.size();
            if (characters > ReadLimits::limits().recordCharacters) {
                fail(tr("row %1 holds more than %2 characters; no export does, so the sheet was not read")
                         .arg(m_row)
                         .arg(ReadLimits::limits().recordCharacters));
                return false;
            }
            if (record.fields.size() <= column)
                record.fields.resize(column + 1);
            record.fields[column] = cellText(type, value);
            column += 1 + across;
        }
        if (m_xml.hasError()) {
            failXml();
            return false;
        }
        while (record.fields.size() > 1 && record.fields.constLast().isEmpty())
            record.fields.removeLast();
        return true;
    }

    std::unique_ptr<QIODevice> m_device;
    QXmlStreamReader m_xml;
    qint64 m_size = 0;
    qint64 m_row = 0;
    bool m_inTable = false;
    ReadError m_error;
};

} // namespace

bool SpreadsheetMl::looksLikeOne(QByteArrayView head)
{
    QString text;
    if (head.startsWith("\xFF\xFE"))
        text = QString::fromUtf16(reinterpret_cast<const char16_t *>(head.data() + 2), (head.size() - 2) / 2);
    else if (head.startsWith("\xEF\xBB\xBF"))
        text = QString::fromUtf8(head.sliced(3));
    else
        text = QString::fromLatin1(head.data(), head.size());
    const QString start = text.trimmed();
    if (!start.startsWith(QLatin1String("<?xml")) && !start.startsWith(QLatin1String("<Workbook")))
        return false;
    return text.contains(QLatin1String(Namespace)) && text.contains(QLatin1String("Workbook"));
}

SpreadsheetMl::SpreadsheetMl(QString path)
    : m_path(std::move(path))
{
}

SpreadsheetMl::~SpreadsheetMl() = default;

QVector<SpreadsheetMl::Sheet> SpreadsheetMl::listSheets(QIODevice &device, QString *error)
{
    QVector<Sheet> sheets;
    QXmlStreamReader xml(&device);
    bool root = true;
    int element = -1;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (root) {
            root = false;
            if (xml.name() != QLatin1String("Workbook") || xml.namespaceUri() != QLatin1String(Namespace)) {
                *error = tr("this XML file is not an Excel workbook (its root is <%1>, not the Workbook of Excel 2003 XML)")
                             .arg(ReadLimits::excerpt(xml.qualifiedName(), 40));
                return {};
            }
            continue;
        }
        if (xml.name() == QLatin1String("Worksheet")) {
            ++element;
            sheets.append({attribute(xml.attributes(), QLatin1String("Name")).toString(), 0, element});
        } else if (xml.name() == QLatin1String("Row") && !sheets.isEmpty() && sheets.constLast().element == element) {
            ++sheets.last().rows;
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError()) {
        *error = tr("the workbook is damaged at line %1, column %2 of the file (%3)")
                     .arg(xml.lineNumber())
                     .arg(xml.columnNumber())
                     .arg(xml.errorString());
        return {};
    }
    sheets.removeIf([](const Sheet &s) { return s.rows == 0; });
    if (sheets.isEmpty())
        *error = tr("the workbook has no sheet with data");
    return sheets;
}

std::unique_ptr<RecordStream> SpreadsheetMl::sheetStream(std::unique_ptr<QIODevice> device, int worksheetElement)
{
    return std::make_unique<SheetStream>(std::move(device), worksheetElement);
}

bool SpreadsheetMl::open()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("the file cannot be read: %1").arg(file.errorString());
        return false;
    }
    m_sheets = listSheets(file, &m_error);
    return !m_sheets.isEmpty();
}

std::unique_ptr<RecordStream> SpreadsheetMl::openSheet(int index)
{
    const Sheet &sheet = m_sheets.at(index);
    auto file = std::make_unique<QFile>(m_path);
    if (!file->open(QIODevice::ReadOnly)) {
        m_error = tr("the sheet “%1” cannot be read").arg(sheet.name);
        return nullptr;
    }
    return sheetStream(std::move(file), sheet.element);
}

} // namespace Beamline
