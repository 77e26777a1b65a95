// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxworkbook.h"

#include "readlimits.h"

#include <QDate>
#include <QHash>
#include <QLocale>
#include <QTime>
#include <QXmlStreamReader>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

#include <cmath>

namespace Beamline {

namespace {

// Excel's last column, XFD.
constexpr int MaxColumns = 16384;

enum class CellFormat : quint8 { Plain, Date, DateTime, Time, Elapsed };

// What a number format shows: its date and time parts, outside quoted text, escapes and
// [colour]/[locale] sections ([h], [mm] and [ss] are elapsed time).
CellFormat classify(const QString &code)
{
    bool date = false, time = false, elapsed = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i).toLower();
        if (c == QLatin1Char('"')) {
            i = code.indexOf(QLatin1Char('"'), i + 1);
            if (i < 0)
                break;
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i;
        } else if (c == QLatin1Char('[')) {
            const qsizetype end = code.indexOf(QLatin1Char(']'), i);
            const QString inside = code.mid(i + 1, end - i - 1).toLower();
            if (!inside.isEmpty()
                && (inside.at(0) == QLatin1Char('h') || inside.at(0) == QLatin1Char('m') || inside.at(0) == QLatin1Char('s'))
                && inside.count(inside.at(0)) == inside.size())
                elapsed = true;
            if (end < 0)
                break;
            i = end;
        } else if (c == QLatin1Char('y') || c == QLatin1Char('d')) {
            date = true;
        } else if (c == QLatin1Char('h') || c == QLatin1Char('s')) {
            time = true;
        }
    }
    if (date && time)
        return CellFormat::DateTime;
    if (date)
        return CellFormat::Date;
    if (elapsed)
        return CellFormat::Elapsed;
    return time ? CellFormat::Time : CellFormat::Plain;
}

// The built-in number formats that show dates or times (ECMA-376 part 1, 18.8.30).
CellFormat builtIn(int id)
{
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || (id >= 34 && id <= 36) || (id >= 50 && id <= 58))
        return CellFormat::Date;
    if (id == 22)
        return CellFormat::DateTime;
    if (id == 46)
        return CellFormat::Elapsed; // [h]:mm:ss
    if ((id >= 18 && id <= 21) || (id >= 32 && id <= 33) || id == 45 || id == 47)
        return CellFormat::Time;
    return CellFormat::Plain;
}

// "BC12" → 54 (0-based); -1 when the reference has no column letters.
int columnOf(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size() && reference.at(i).isLetter(); ++i) {
        column = column * 26 + (reference.at(i).toUpper().unicode() - 'A' + 1);
        if (column > MaxColumns)
            return MaxColumns;
    }
    return i == 0 ? -1 : column - 1;
}

} // namespace

struct XlsxWorkbook::Tables {
    QStringList sharedStrings;
    QVector<CellFormat> styles; // by cell style index (the "s" attribute)
    bool date1904 = false;

    // A serial date as ISO text, in the form its style shows.
    QString dateText(double serial, CellFormat format) const
    {
        if (format == CellFormat::Elapsed) {
            // A duration: hours past 24 are kept ("36:00:00").
            const qint64 total = qRound64(serial * 86400.0);
            return QStringLiteral("%1:%2:%3")
                .arg(total / 3600)
                .arg(total / 60 % 60, 2, 10, QLatin1Char('0'))
                .arg(total % 60, 2, 10, QLatin1Char('0'));
        }
        qint64 days = qint64(std::floor(serial));
        qint64 seconds = qRound64((serial - double(days)) * 86400.0);
        if (seconds >= 86400) {
            ++days;
            seconds -= 86400;
        }
        // Excel counts 1900-02-29, which did not exist: serials from 61 on are one day ahead.
        const QDate epoch = date1904 ? QDate(1904, 1, 1) : days < 61 ? QDate(1899, 12, 31) : QDate(1899, 12, 30);
        const QDate date = epoch.addDays(days);
        const QTime time = QTime(0, 0).addSecs(int(seconds));
        switch (format) {
        case CellFormat::Time:
            return time.toString(QStringLiteral("HH:mm:ss"));
        case CellFormat::DateTime:
            return date.toString(Qt::ISODate) + QLatin1Char(' ') + time.toString(QStringLiteral("HH:mm:ss"));
        default:
            return date.toString(Qt::ISODate); // what the cell shows, as the .xls reader gives it
        }
    }
};

namespace {

// A member of the archive, cut off where it inflates past `limit`; null when missing.
std::unique_ptr<ReadLimits::CappedDevice> openMember(const QString &zip, const QString &member, qint64 limit)
{
    auto file = std::make_unique<QuaZipFile>(zip, member, QuaZip::csInsensitive);
    if (!file->open(QIODevice::ReadOnly))
        return nullptr;
    return std::make_unique<ReadLimits::CappedDevice>(std::move(file), limit, member);
}

// Reads a whole (small) member of the archive; false when it is missing or unreadable, or
// (with `tooBig` set) larger than a workbook part can be.
bool readMember(const QString &zip, const QString &member, QByteArray *bytes, QString *tooBig = nullptr)
{
    const auto device = openMember(zip, member, ReadLimits::limits().wholeMemberBytes);
    if (!device)
        return false;
    *bytes = device->readAll();
    if (device->exceeded()) {
        bytes->clear();
        if (tooBig)
            *tooBig = device->limitMessage();
        return false;
    }
    return static_cast<QuaZipFile *>(device->source())->getZipError() == 0;
}

// A path relative to xl/ ("worksheets/sheet1.xml") or absolute ("/xl/worksheets/sheet1.xml").
QString resolve(const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return target.mid(1);
    QString path = QStringLiteral("xl/") + target;
    path.replace(QLatin1String("xl/../"), QString());
    return path;
}

// One worksheet's <sheetData>, row by row.
class XlsxSheetStream final : public RecordStream
{
    Q_DECLARE_TR_FUNCTIONS(Beamline::XlsxWorkbook)

public:
    XlsxSheetStream(std::shared_ptr<const XlsxWorkbook::Tables> tables, std::unique_ptr<ReadLimits::CappedDevice> file, qint64 size)
        : m_tables(std::move(tables))
        , m_file(std::move(file))
        , m_size(size)
        , m_xml(m_file.get())
    {
    }

    bool next(Record &record) override
    {
        if (m_error.isError())
            return false;
        while (!m_xml.atEnd()) {
            if (m_xml.readNext() == QXmlStreamReader::StartElement && m_xml.name() == QLatin1String("row"))
                return readRow(record);
        }
        if (m_xml.hasError())
            fail(m_xml.errorString(), m_row + 1);
        return false;
    }

    ReadError error() const override { return m_error; }
    qint64 position() const override { return m_file->source()->pos(); }
    qint64 size() const override { return m_size; }

private:
    // `line`: the spreadsheet row where reading stopped.
    void fail(const QString &why, qint64 line)
    {
        m_error.message = m_file->exceeded() ? m_file->limitMessage() : tr("the worksheet cannot be read (%1)").arg(why);
        m_error.line = line;
        m_error.column = 0;
    }

    bool readRow(Record &record)
    {
        bool ok = false;
        const int number = m_xml.attributes().value(QLatin1String("r")).toInt(&ok);
        m_row = ok && number > m_row ? number : m_row + 1;
        record.line = m_row;
        record.fields.clear();
        int nextColumn = 0;
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() != QLatin1String("c")) {
                m_xml.skipCurrentElement();
                continue;
            }
            const QXmlStreamAttributes attributes = m_xml.attributes();
            int column = columnOf(attributes.value(QLatin1String("r")));
            if (column < 0)
                column = nextColumn;
            if (column >= MaxColumns) {
                fail(tr("a cell lies beyond column XFD"), m_row);
                return false;
            }
            nextColumn = column + 1;
            const QString text
                = cellText(attributes.value(QLatin1String("t")).toString(), attributes.value(QLatin1String("s")).toInt());
            if (m_xml.hasError())
                break;
            if (record.fields.size() <= column)
                record.fields.resize(column + 1);
            record.fields[column] = text;
        }
        if (m_xml.hasError()) {
            fail(m_xml.errorString(), m_row);
            return false;
        }
        while (record.fields.size() > 1 && record.fields.constLast().isEmpty())
            record.fields.removeLast();
        return true;
    }

    // Reads a <c> element's content and returns its value as text.
    QString cellText(const QString &type, int style)
    {
        QString value, inlineText;
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == QLatin1String("v"))
                value = m_xml.readElementText();
            else if (m_xml.name() == QLatin1String("is"))
                inlineText = richText();
            else
                m_xml.skipCurrentElement(); // <f> formulas, <extLst>
        }
        if (type == QLatin1String("s")) {
            bool ok = false;
            const int index = value.toInt(&ok);
            return ok && index >= 0 && index < m_tables->sharedStrings.size() ? m_tables->sharedStrings.at(index) : QString();
        }
        if (type == QLatin1String("inlineStr"))
            return inlineText;
        if (type == QLatin1String("str"))
            return value;
        if (type == QLatin1String("b"))
            return value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        if (type == QLatin1String("e"))
            return {}; // #DIV/0!, #N/A: no value
        if (value.isEmpty())
            return {};
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (!ok)
            return value;
        const CellFormat format = style >= 0 && style < m_tables->styles.size() ? m_tables->styles.at(style) : CellFormat::Plain;
        if (format != CellFormat::Plain && number >= 0 && number < 2958466) // up to 9999-12-31
            return m_tables->dateText(number, format);
        if (type == QLatin1String("d"))
            return value; // an ISO 8601 date cell
        return QLocale::c().toString(number, 'g', 15);
    }

    // The text of an <is> or <si> element: its runs, without phonetic guides.
    QString richText()
    {
        QString text;
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == QLatin1String("t"))
                text += m_xml.readElementText();
            else if (m_xml.name() == QLatin1String("r"))
                text += richText();
            else
                m_xml.skipCurrentElement(); // <rPh>, <phoneticPr>, <rPr>
        }
        return text;
    }

    std::shared_ptr<const XlsxWorkbook::Tables> m_tables;
    std::unique_ptr<ReadLimits::CappedDevice> m_file;
    qint64 m_size = 0;
    QXmlStreamReader m_xml;
    int m_row = 0;
    ReadError m_error;
};

} // namespace

XlsxWorkbook::XlsxWorkbook(QString path)
    : m_path(std::move(path))
    , m_tables(std::make_shared<Tables>())
{
}

XlsxWorkbook::~XlsxWorkbook() = default;

bool XlsxWorkbook::open()
{
    QByteArray workbook, relations;
    QString tooBig;
    if (!readMember(m_path, QStringLiteral("xl/workbook.xml"), &workbook, &tooBig)) {
        m_error = tooBig.isEmpty() ? tr("this is not an Excel workbook, or it is damaged (xl/workbook.xml is missing)") : tooBig;
        return false;
    }
    readMember(m_path, QStringLiteral("xl/_rels/workbook.xml.rels"), &relations, &tooBig);
    if (!tooBig.isEmpty()) {
        m_error = tooBig;
        return false;
    }

    // Relationship id → part, and which parts hold the shared strings and the styles.
    QHash<QString, QString> targets;
    QString sharedStringsPart = QStringLiteral("xl/sharedStrings.xml"), stylesPart = QStringLiteral("xl/styles.xml");
    for (QXmlStreamReader xml(relations); !xml.atEnd();) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != QLatin1String("Relationship"))
            continue;
        const QString target = resolve(xml.attributes().value(QLatin1String("Target")).toString());
        const QStringView type = xml.attributes().value(QLatin1String("Type"));
        targets.insert(xml.attributes().value(QLatin1String("Id")).toString(), target);
        if (type.endsWith(QLatin1String("/sharedStrings")))
            sharedStringsPart = target;
        else if (type.endsWith(QLatin1String("/styles")))
            stylesPart = target;
    }

    QXmlStreamReader xml(workbook);
    int index = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("workbookPr")) {
            const QStringView flag = xml.attributes().value(QLatin1String("date1904"));
            m_tables->date1904 = flag == QLatin1String("1") || flag == QLatin1String("true");
        } else if (xml.name() == QLatin1String("sheet")) {
            QString relation;
            for (const QXmlStreamAttribute &a : xml.attributes()) {
                if (a.name() == QLatin1String("id")) // r:id, whatever the prefix
                    relation = a.value().toString();
            }
            const QString member = targets.value(relation, QStringLiteral("xl/worksheets/sheet%1.xml").arg(index + 1));
            m_sheets.append({ xml.attributes().value(QLatin1String("name")).toString(), member, 0 });
            ++index;
        }
    }
    if (xml.hasError()) {
        m_error = tr("the workbook is damaged (%1)").arg(xml.errorString());
        return false;
    }

    // Sizes of the sheets, for progress; sheets that are missing are left out (chart sheets).
    QuaZip zip(m_path);
    if (zip.open(QuaZip::mdUnzip)) {
        QHash<QString, qint64> sizes;
        for (const QuaZipFileInfo64 &entry : zip.getFileInfoList64())
            sizes.insert(entry.name.toLower(), qint64(entry.uncompressedSize));
        zip.close();
        m_sheets.removeIf([&](const Sheet &s) { return !sizes.contains(s.member.toLower()); });
        for (Sheet &s : m_sheets)
            s.size = sizes.value(s.member.toLower());
    }

    if (!readSharedStrings(sharedStringsPart))
        return false;

    QByteArray bytes;
    if (readMember(m_path, stylesPart, &bytes, &tooBig))
        readStyles(bytes);
    if (!tooBig.isEmpty()) {
        m_error = tooBig;
        return false;
    }
    if (m_sheets.isEmpty()) {
        m_error = tr("the workbook has no sheet with data");
        return false;
    }
    return true;
}

// The shared strings are parsed as they inflate, and inflating stops at the limit.
bool XlsxWorkbook::readSharedStrings(const QString &part)
{
    if (const auto stringsDevice = openMember(m_path, part, ReadLimits::limits().wholeMemberBytes)) {
        QXmlStreamReader strings(stringsDevice.get());
        while (!strings.atEnd()) {
            if (strings.readNext() != QXmlStreamReader::StartElement || strings.name() != QLatin1String("si"))
                continue;
            QString text;
            int depth = 1;
            while (depth > 0 && !strings.atEnd() && !strings.hasError()) {
                const auto token = strings.readNext();
                if (token == QXmlStreamReader::StartElement) {
                    if (strings.name() == QLatin1String("rPh")) {
                        strings.skipCurrentElement();
                    } else if (strings.name() == QLatin1String("t")) {
                        text += strings.readElementText();
                    } else {
                        ++depth;
                    }
                } else if (token == QXmlStreamReader::EndElement) {
                    --depth;
                }
            }
            m_tables->sharedStrings.append(text);
        }
        if (stringsDevice->exceeded()) {
            m_error = stringsDevice->limitMessage();
            return false;
        }
        if (strings.hasError()) {
            m_error = tr("the workbook's text table is damaged (%1)").arg(strings.errorString());
            return false;
        }
    }
    return true;
}

// The number format of each cell style: which cells hold dates, times, percentages.
void XlsxWorkbook::readStyles(const QByteArray &bytes)
{
    QHash<int, CellFormat> custom;
    QXmlStreamReader styles(bytes);
    bool inCellXfs = false;
    while (!styles.atEnd()) {
        const auto token = styles.readNext();
        if (token == QXmlStreamReader::EndElement && styles.name() == QLatin1String("cellXfs"))
            inCellXfs = false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes a = styles.attributes();
        if (styles.name() == QLatin1String("numFmt")) {
            custom.insert(a.value(QLatin1String("numFmtId")).toInt(),
                          classify(a.value(QLatin1String("formatCode")).toString()));
        } else if (styles.name() == QLatin1String("cellXfs")) {
            inCellXfs = true;
        } else if (inCellXfs && styles.name() == QLatin1String("xf")) {
            const int id = a.value(QLatin1String("numFmtId")).toInt();
            m_tables->styles.append(custom.contains(id) ? custom.value(id) : builtIn(id));
        }
    }
}

std::unique_ptr<RecordStream> XlsxWorkbook::openSheet(int index)
{
    const Sheet &sheet = m_sheets.at(index);
    auto file = openMember(m_path, sheet.member, ReadLimits::limits().streamedMemberBytes);
    if (!file) {
        m_error = tr("the sheet “%1” cannot be read").arg(sheet.name);
        return nullptr;
    }
    return std::make_unique<XlsxSheetStream>(m_tables, std::move(file), sheet.size);
}

} // namespace Beamline
