// SPDX-License-Identifier: GPL-3.0-or-later
// What Beamline refuses to read, and how it says so: devices and pipes, ZIP and .xlsx members
// that inflate past their limit, records longer than a set size, over-wide headers; and the
// Excel 2003 XML workbook reader (SpreadsheetML) on the corners of its format.
#include "testsupport.h"

#include <core/import/csvreader.h>
#include <core/import/importer.h>
#include <core/import/importsource.h>
#include <core/import/readlimits.h>
#include <core/import/spreadsheetml.h>

#include <QBuffer>
#include <QTest>
#include <QXmlStreamReader>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <sys/stat.h>
#include <sys/types.h>

using namespace Beamline;
using namespace Beamline::Test;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// A ZIP holding `members` (name → content), deflated.
void writeZip(const QString &path, const QList<std::pair<QString, QByteArray>> &members)
{
    QuaZip zip(path);
    QVERIFY(zip.open(QuaZip::mdCreate));
    for (const auto &[name, content] : members) {
        QuaZipFile file(&zip);
        QVERIFY(file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)));
        file.write(content);
        file.close();
    }
    zip.close();
}

QVector<Record> readSheet(const QByteArray &xml, int element, ReadError *error = nullptr)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(xml);
    buffer->open(QIODevice::ReadOnly);
    auto stream = SpreadsheetMl::sheetStream(std::move(buffer), element);
    QVector<Record> records;
    Record record;
    while (stream->next(record))
        records.append(record);
    if (error)
        *error = stream->error();
    return records;
}

// An Excel 2003 XML workbook with the corners of the format.
const QByteArray Workbook =
    "<?xml version=\"1.0\"?>\n"
    "<?mso-application progid=\"Excel.Sheet\"?>\n"
    "<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\" xmlns:ss=\"urn:schemas-microsoft-com:office:spreadsheet\"\n"
    " xmlns:html=\"http://www.w3.org/TR/REC-html40\">\n"
    " <Worksheet ss:Name=\"Empty\"><Table></Table></Worksheet>\n"
    " <Worksheet ss:Name=\"Key Metrics\">\n"
    "  <Table ss:ExpandedColumnCount=\"6\">\n"
    "   <Column ss:Width=\"80\"/>\n"
    "   <Row><Cell><Data ss:Type=\"String\">Date</Data></Cell><Cell><Data ss:Type=\"String\">Likes</Data></Cell><Cell ss:Index=\"4\"><Data ss:Type=\"String\">Skipped to D</Data></Cell></Row>\n"
    "   <Row><Cell><Data ss:Type=\"DateTime\">2014-01-01T00:00:00.000</Data></Cell><Cell><Data ss:Type=\"Number\">1.5E3</Data></Cell><Cell ss:MergeAcross=\"1\"><Data ss:Type=\"String\">wide</Data></Cell><Cell><Data ss:Type=\"Boolean\">1</Data></Cell></Row>\n"
    "   <Row ss:Index=\"5\"><Cell><Data ss:Type=\"DateTime\">2017-01-19T09:03:47.000</Data></Cell><Cell><Data ss:Type=\"String\"><html:B>rich</html:B> text &amp; more</Data><Comment><Data>a note</Data></Comment></Cell><Cell><Data ss:Type=\"Error\">#N/A</Data></Cell></Row>\n"
    "   <Row/>\n"
    "  </Table>\n"
    " </Worksheet>\n"
    "</Workbook>\n"
    "";

} // namespace

class tst_ReadLimits : public QObject
{
    Q_OBJECT

private:
    static ImportReport import(TestWorkspace &ws, const QString &path)
    {
        ImportOptions options;
        options.timeZone = QTimeZone("Europe/Zurich");
        return Importer(ws.workspace().database(), options).importFile(path);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void spreadsheetMlIsRecognised_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<bool>("recognised");
        QTest::newRow("declaration") << Workbook.left(400) << true;
        QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBF") + Workbook.left(400) << true;
        QTest::newRow("no declaration") << Workbook.mid(Workbook.indexOf("<Workbook"), 300) << true;
        QTest::newRow("other XML") << QByteArray("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel/></rss>") << false;
        QTest::newRow("CSV") << QByteArray("Date,Likes\n2014-01-01,3\n") << false;
    }

    void spreadsheetMlIsRecognised()
    {
        QFETCH(QByteArray, head);
        QFETCH(bool, recognised);
        QCOMPARE(SpreadsheetMl::looksLikeOne(head), recognised);
    }

    void spreadsheetMlSheets()
    {
        QBuffer buffer;
        buffer.setData(Workbook);
        buffer.open(QIODevice::ReadOnly);
        QString error;
        const auto sheets = SpreadsheetMl::listSheets(buffer, &error);
        // The sheet without rows is left out; the other keeps its place among the elements.
        QCOMPARE(sheets.size(), 1);
        QCOMPARE(sheets.first().name, QStringLiteral("Key Metrics"));
        QCOMPARE(sheets.first().rows, 4);
        QCOMPARE(sheets.first().element, 1);
    }

    void spreadsheetMlCells()
    {
        ReadError error;
        const QVector<Record> records = readSheet(Workbook, 1, &error);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(records.size(), 4);
        // ss:Index on a cell skips columns.
        QCOMPARE(records.at(0).fields, (QStringList{"Date", "Likes", "", "Skipped to D"}));
        QCOMPARE(records.at(0).line, 1);
        // Dates as ISO, numbers as plain text, MergeAcross widens a cell, booleans as TRUE.
        QCOMPARE(records.at(1).fields, (QStringList{"2014-01-01", "1500", "wide", "", "TRUE"}));
        // ss:Index on a row skips rows; rich text reads as its characters; comments and errors give nothing.
        QCOMPARE(records.at(2).line, 5);
        QCOMPARE(records.at(2).fields, (QStringList{"2017-01-19 09:03:47", "rich text & more"}));
        QCOMPARE(records.at(3).line, 6);
        QVERIFY(records.at(3).isBlank());
    }

    void spreadsheetMlDamaged_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("message");
        QByteArray truncated = Workbook.left(Workbook.indexOf("<Row ss:Index=\"5\">") + 30);
        QTest::newRow("truncated") << truncated << "the workbook is damaged at line";
        QByteArray far = Workbook;
        far.replace("<Cell ss:Index=\"4\">", "<Cell ss:Index=\"20000\">");
        QTest::newRow("beyond XFD") << far << "beyond column XFD";
        QByteArray deep = Workbook;
        deep.replace("<Row ss:Index=\"5\">", "<Row ss:Index=\"2000000\">");
        QTest::newRow("beyond the last row") << deep << "beyond row 1048576";
    }

    void spreadsheetMlDamaged()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, message);
        ReadError error;
        readSheet(xml, 1, &error);
        QVERIFY(error.isError());
        QVERIFY2(error.message.contains(message), qPrintable(error.message));
        QVERIFY(error.line > 0);
    }

    void devicesAndPipesAreRefused()
    {
        TestWorkspace ws;
        const QString before = dumpContent(ws.db());
        ImportReport report = import(ws, QStringLiteral("/dev/zero"));
        QVERIFY(report.failed());
        QVERIFY2(report.error.contains(QLatin1String("not a regular file")), qPrintable(report.error));
        // A FIFO with no writer would block a reader forever.
        const QString fifo = ws.dir() + QStringLiteral("/export.csv");
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        report = import(ws, fifo);
        QVERIFY(report.failed());
        QVERIFY2(report.error.startsWith(QLatin1String("export.csv: ")), qPrintable(report.error));
        QVERIFY2(report.error.contains(QLatin1String("not a regular file")), qPrintable(report.error));
        QCOMPARE(dumpContent(ws.db()), before);
    }

    void cappedDevice()
    {
        auto source = std::make_unique<QBuffer>();
        source->setData(QByteArray(10000, 'x'));
        source->open(QIODevice::ReadOnly);
        ReadLimits::CappedDevice capped(std::move(source), 4096, QStringLiteral("member.csv"));
        const QByteArray read = capped.readAll();
        QVERIFY(read.size() <= 4096);
        QVERIFY(capped.exceeded());
        QVERIFY(capped.limitMessage().contains(QStringLiteral("“member.csv” inflates to more than")));
        // Exactly at the limit is not past it.
        auto exact = std::make_unique<QBuffer>();
        exact->setData(QByteArray(4096, 'x'));
        exact->open(QIODevice::ReadOnly);
        ReadLimits::CappedDevice atLimit(std::move(exact), 4096, QStringLiteral("exact.csv"));
        QCOMPARE(atLimit.readAll().size(), 4096);
        QVERIFY(!atLimit.exceeded());
    }

    void zipMemberBelowTheLimit()
    {
        // A member below its limit reads whole, however the reader asks for it.
        TestWorkspace ws;
        const QString zip = ws.dir() + QStringLiteral("/below.zip");
        QByteArray content = "<sst>";
        while (content.size() < 3 * 1024 * 1024)
            content += "<si><t>Impressions (organic)</t></si>";
        content += "</sst>";
        writeZip(zip, {{QStringLiteral("strings.xml"), content}});
        auto file = std::make_unique<QuaZipFile>(zip, QStringLiteral("strings.xml"));
        QVERIFY(file->open(QIODevice::ReadOnly));
        ReadLimits::CappedDevice capped(std::move(file), 4 * 1024 * 1024, QStringLiteral("strings.xml"));
        QByteArray read;
        char buffer[7000];
        for (qint64 n; (n = capped.read(buffer, sizeof buffer)) > 0;)
            read.append(buffer, n);
        QVERIFY(!capped.exceeded());
        QCOMPARE(read.size(), content.size());

        // And through an XML reader, as the shared strings are read.
        auto again = std::make_unique<QuaZipFile>(zip, QStringLiteral("strings.xml"));
        QVERIFY(again->open(QIODevice::ReadOnly));
        ReadLimits::CappedDevice xmlDevice(std::move(again), 4 * 1024 * 1024, QStringLiteral("strings.xml"));
        QXmlStreamReader xml(&xmlDevice);
        int strings = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("si"))
                ++strings;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(!xmlDevice.exceeded());
        QCOMPARE(strings, content.count("<si>"));
    }

    void zipMemberPastTheLimit()
    {
        // Small limits stand for the real ones (1 GiB streamed, 128 MiB read whole).
        ReadLimits::Limits small;
        small.streamedMemberBytes = 64 * 1024;
        small.wholeMemberBytes = 64 * 1024;
        const ReadLimits::ScopedLimits scoped(small);
        TestWorkspace ws;
        const QString before = dumpContent(ws.db());
        QByteArray csv = "Date,Views\n";
        while (csv.size() < 200 * 1024)
            csv += "2024-01-01,12\n";
        const QString zip = ws.dir() + QStringLiteral("/Content 2024.zip");
        writeZip(zip, {{QStringLiteral("Chart data.csv"), csv}});
        const ImportReport report = import(ws, zip);
        QVERIFY(report.failed());
        QVERIFY2(report.error.contains(QStringLiteral("“Chart data.csv” would inflate to 200 KiB, more than the 64 KiB")), qPrintable(report.error));
        QCOMPARE(dumpContent(ws.db()), before);

        // A shared-string table past its limit: refused when the workbook opens, without
        // inflating the rest.
        QByteArray strings = "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
        while (strings.size() < 200 * 1024)
            strings += "<si><t>Impressions (organic)</t></si>";
        strings += "</sst>";
        const QString xlsx = ws.dir() + QStringLiteral("/bomb.xlsx");
        writeZip(xlsx, {{QStringLiteral("xl/workbook.xml"),
                         "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets><sheet name=\"A\"/></sheets></workbook>"},
                        {QStringLiteral("xl/sharedStrings.xml"), strings},
                        {QStringLiteral("xl/worksheets/sheet1.xml"), "<worksheet><sheetData/></worksheet>"}});
        const ImportReport bomb = import(ws, xlsx);
        QVERIFY(bomb.failed());
        QVERIFY2(bomb.error.contains(QStringLiteral("“xl/sharedStrings.xml” inflates to more than 64 KiB")), qPrintable(bomb.error));
        QCOMPARE(dumpContent(ws.db()), before);
    }

    void longRecordsAreRefusedAsTheyAreRead_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        // One cell of 300,000 characters (the limit here is 100,000) on line 2.
        QTest::newRow("long cell") << QByteArray("a,b\n\"" + QByteArray(300000, 'x') + "\",1\n") << 2;
        QTest::newRow("long unquoted cell") << QByteArray("a,b\n1,2\n" + QByteArray(300000, 'y') + "\n") << 3;
        // 60,000 empty fields (the limit here is 50,000).
        QTest::newRow("many fields") << QByteArray(60000, ',') << 1;
    }

    void longRecordsAreRefusedAsTheyAreRead()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        ReadLimits::Limits small;
        small.recordCharacters = 100000;
        small.recordFields = 50000;
        const ReadLimits::ScopedLimits scoped(small);
        TestWorkspace ws;
        const QString before = dumpContent(ws.db());
        const QString path = ws.dir() + QStringLiteral("/long.csv");
        writeFile(path, bytes);
        const ImportReport report = import(ws, path);
        QVERIFY(report.failed());
        QVERIFY2(report.error.startsWith(QStringLiteral("long.csv:%1:1: ").arg(line)), qPrintable(report.error.left(300)));
        QVERIFY2(report.error.contains(QLatin1String("longer than 100000 characters or has more than 50000 fields")), qPrintable(report.error.left(300)));
        // The message never quotes the record.
        QVERIFY(report.error.size() < 400);
        QCOMPARE(dumpContent(ws.db()), before);
    }

    void messagesQuoteAnExcerpt()
    {
        // A 100,000-character cell where a date should be: the message quotes its start only.
        TestWorkspace ws;
        const QString path = ws.dir() + QStringLiteral("/account_overview_analytics.csv");
        QByteArray csv = "Date,Impressions,Likes,Engagements,Bookmarks,Shares,New follows,Unfollows,Replies,Reposts,Profile visits,Create Post,Video views,Media views\n";
        csv += "\"Tue, Jul 14, 2026\",1,1,1,1,1,1,1,1,1,1,1,1,1\n";
        csv += QByteArray(100000, 'z') + ",1,1,1,1,1,1,1,1,1,1,1,1,1\n";
        writeFile(path, csv);
        const ImportReport report = import(ws, path);
        const QString all = report.error + report.warnings.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QString(60, QLatin1Char('z')) + QChar(0x2026)), qPrintable(all.left(500)));
        QVERIFY(all.size() < 2000);
    }

    void wideHeaderIsDetectedQuickly()
    {
        // A header of 100,000 columns: detection looks at a bounded prefix of each record.
        TestWorkspace ws;
        const QString path = ws.dir() + QStringLiteral("/wide.csv");
        QByteArray header = "Date,Daily New Likes,Daily Unlikes,Lifetime Total Likes";
        for (int i = 0; i < 100000; ++i)
            header += ",Column " + QByteArray::number(i);
        QByteArray row = "1/1/2014,3,1,120" + QByteArray(100000, ',');
        writeFile(path, header + "\r\n" + row + "\r\n");
        const ImportReport report = import(ws, path);
        QVERIFY2(!report.failed(), qPrintable(report.error.left(300)));
        QCOMPARE(report.format(), QStringLiteral("facebook-insights-page-daily"));
        QCOMPARE(report.added, 3);
    }
};

QTEST_GUILESS_MAIN(tst_ReadLimits)
#include "tst_readlimits.moc"
