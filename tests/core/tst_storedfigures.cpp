// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <core/analytics/analyticsrepository.h>
#include <core/import/importer.h>

#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace Beamline;
using namespace Beamline::Test;

// The six ways real export sets used to give wrong figures (issue 9), each in the layout the
// platform writes, with figures worked out by hand from the rows below.
class tst_StoredFigures : public QObject
{
    Q_OBJECT

private:
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_ws->dir() + QLatin1Char('/') + name;
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
        return path;
    }

    ImportReport run(const QString &path, bool skipBadRows = false)
    {
        ImportOptions options;
        options.timeZone = QTimeZone("Europe/Zurich");
        options.skipBadRows = skipBadRows;
        return Importer(m_ws->workspace().database(), options).importFile(path);
    }

    PeriodStats stats(QDate from, QDate to)
    {
        return AnalyticsRepository(m_ws->db(), QTimeZone("Europe/Zurich")).periodStats(from, to);
    }

    static QByteArray utf16(const QString &text)
    {
        QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        return encoder.encode(text);
    }

    // X's legacy tweet activity: the columns Beamline reads, then engagement components.
    static QByteArray tweets(const QList<std::tuple<qint64, int, int>> &rows)
    {
        QByteArray out = "\"Tweet id\",\"Tweet permalink\",\"Tweet text\",\"time\",\"impressions\",\"engagements\",\"engagement rate\","
                         "\"retweets\",\"replies\",\"likes\"\n";
        for (const auto &[id, impressions, likes] : rows) {
            out += QStringLiteral("\"%1\",\"https://twitter.com/examplelab/status/%1\",\"Tweet %1\",\"2016-12-01 10:00 +0000\",\"%2.0\",\"%3.0\","
                                  "\"0.01\",\"0.0\",\"0.0\",\"%3.0\"\n")
                       .arg(id)
                       .arg(impressions)
                       .arg(likes)
                       .toUtf8();
        }
        return out;
    }

    std::unique_ptr<TestWorkspace> m_ws;

private Q_SLOTS:
    void init() { m_ws = std::make_unique<TestWorkspace>(); }
    void cleanup() { m_ws.reset(); }

    void matomoBreakdownNeverReplacesTheSiteTotals()
    {
        // Visits Over Time, then Websites for the same days (one row per referring site per day).
        const QString overTime = write(QStringLiteral("Export _ Visits Summary _ 2017-03-01,2017-03-03.csv"),
                                       utf16(QStringLiteral("Date,Visits,Actions,Bounces,Total time spent by visitors (in seconds)\n"
                                                            "2017-03-01,600,1500,240,90000\n2017-03-02,580,1400,200,81200\n"
                                                            "2017-03-03,620,1600,250,93000\n")));
        const QString websites = write(QStringLiteral("Export _ Websites _ 2017-03-01,2017-03-03.csv"),
                                       utf16(QStringLiteral("Date,Label,Visits,Actions\n"
                                                            "2017-03-01,instagram.com,40,80\n2017-03-01,l.instagram.com,15,20\n"
                                                            "2017-03-01,physicsworld.example,9,30\n"
                                                            "2017-03-02,instagram.com,38,70\n2017-03-02,physicsworld.example,11,25\n"
                                                            "2017-03-03,l.instagram.com,21,40\n")));
        QCOMPARE(run(overTime).added, 3);
        const ImportReport second = run(websites);
        QVERIFY2(!second.failed(), qPrintable(second.error));
        QCOMPARE(second.added, 6);
        QCOMPARE(second.updated, 0);
        const PeriodStats s = stats({2017, 3, 1}, {2017, 3, 3});
        QCOMPARE(s.web.site.sessions, std::optional<double>(600 + 580 + 620));
        QCOMPARE(*s.web.site.bounceRate, (240.0 + 200 + 250) / 1800);
        QCOMPARE(*s.web.site.avgSessionSeconds, (90000.0 + 81200 + 93000) / 1800);
        // instagram.com and l.instagram.com → Instagram: the breakdown the comparison needs.
        QCOMPARE(s.web.byChannel.value(Platform::Instagram).sessions, std::optional<double>(40 + 15 + 38 + 21));
    }

    void dayIndexSectionsOfOtherMeasuresBothStay()
    {
        const QByteArray preamble = "# ----------------------------------------\n# All Web Site Data\n# %1\n# 20170101-20170103\n"
                                    "# ----------------------------------------\n\n";
        const QString pages = write(QStringLiteral("Analytics All Web Site Data Pages 20170101-20170103.csv"),
                                    QByteArray(preamble).replace("%1", "Pages")
                                        + "Page,Pageviews,Unique Pageviews\n/,\"1,200\",900\n/about,300,250\n,\"1,500\",\"1,150\"\n\n"
                                          "Day Index,Pageviews\n1/1/17,500\n1/2/17,450\n1/3/17,550\n,\"1,500\"\n");
        const QString sources = write(QStringLiteral("Analytics All Web Site Data Source Medium 20170101-20170103.csv"),
                                      QByteArray(preamble).replace("%1", "Source / Medium")
                                          + "Source / Medium,Sessions,Users\ngoogle / organic,400,350\n(direct) / (none),300,280\n,700,600\n\n"
                                            "Day Index,Sessions\n1/1/17,230\n1/2/17,210\n1/3/17,260\n,700\n");
        QCOMPARE(run(pages).updated, 0);
        const ImportReport second = run(sources);
        QVERIFY2(!second.failed(), qPrintable(second.error));
        QCOMPARE(second.updated, 0); // the sessions are new facts beside the pageviews
        const AnalyticsRepository analytics(m_ws->db(), QTimeZone("Europe/Zurich"));
        const QMap<QDate, WebStats> days = analytics.siteStatsPerDay({2017, 1, 1}, {2017, 1, 3});
        QCOMPARE(days.value({2017, 1, 2}).pageviews, std::optional<double>(450));
        QCOMPARE(days.value({2017, 1, 2}).sessions, std::optional<double>(210));
        // Over the reports' period: their totals rows, visitors included.
        const PeriodStats s = stats({2017, 1, 1}, {2017, 1, 3});
        QCOMPARE(s.web.site.sessions, std::optional<double>(700));
        QCOMPARE(s.web.site.users, std::optional<double>(600));
        QCOMPARE(s.web.site.pageviews, std::optional<double>(1500));
    }

    void aTotalsRowIsTheSiteFigureOfItsPeriod_data()
    {
        QTest::addColumn<bool>("dayIndexFirst");
        QTest::newRow("report alone") << false;
        QTest::newRow("after another report's Day Index") << true;
    }

    void aTotalsRowIsTheSiteFigureOfItsPeriod()
    {
        QFETCH(bool, dayIndexFirst);
        const QByteArray preamble = "# ----------------------------------------\n# All Web Site Data\n# %1\n# 20161114-20170112\n"
                                    "# ----------------------------------------\n\n";
        if (dayIndexFirst) {
            QByteArray days = "Day Index,Sessions\n";
            for (QDate d(2016, 11, 14); d <= QDate(2017, 1, 12); d = d.addDays(1))
                days += d.toString(QStringLiteral("M/d/yy")).toUtf8() + ",1400\n";
            run(write(QStringLiteral("Analytics All Web Site Data Landing Pages 20161114-20170112.csv"),
                      QByteArray(preamble).replace("%1", "Landing Pages") + "Landing Page,Sessions\n/,84000\n,84000\n\n" + days));
        }
        // The Source/Medium report of 14 Nov 2016–12 Jan 2017 with its totals row.
        const ImportReport r = run(write(QStringLiteral("Analytics All Web Site Data Source Medium 20161114-20170112.csv"),
                                         QByteArray(preamble).replace("%1", "Source / Medium")
                                             + "Source / Medium,Sessions,% New Sessions,New Users,Bounce Rate,Pages / Session,Avg. Session Duration,Users\n"
                                               "google / organic,\"50,000\",80.00%,\"40,000\",50.00%,2.00,00:02:30,\"41,000\"\n"
                                               "instagram.com / referral,\"36,487\",80.00%,\"29,190\",58.00%,2.00,00:03:10,\"30,500\"\n"
                                               ",\"86,487\",80.00%,\"69,190\",53.30%,2.00,00:02:47,\"70,008\"\n"));
        QVERIFY2(!r.failed(), qPrintable(r.error));
        const PeriodStats s = stats({2016, 11, 14}, {2017, 1, 12});
        QCOMPARE(s.web.site.sessions, std::optional<double>(86487));
        QCOMPARE(s.web.site.users, std::optional<double>(70008));
        QCOMPARE(s.web.site.avgSessionSeconds, std::optional<double>(167)); // 00:02:47
        QCOMPARE(*s.web.site.bounceRate, 0.533);
        // A shorter range has no visitors: they do not add up over days.
        QVERIFY(!stats({2016, 12, 1}, {2016, 12, 31}).web.site.users);
    }

    void youTubeRowsOfABreakdownAreAllKept()
    {
        QByteArray chart = "Date,Geography,Views\n";
        double total = 0;
        for (int day = 1; day <= 3; ++day) {
            int views = 0;
            for (const char *country : {"CH", "FR", "US", "DE"}) {
                views = day * 10 + int(qstrlen(country)) + (country[0] == 'U' ? 7 : 0);
                chart += QStringLiteral("2024-03-0%1,%2,%3\n").arg(day).arg(QString::fromLatin1(country)).arg(views).toUtf8();
                total += views;
            }
        }
        const ImportReport r = run(write(QStringLiteral("Chart data.csv"), chart));
        QVERIFY2(!r.failed(), qPrintable(r.error));
        QCOMPARE(r.added, 12);
        QCOMPARE(r.updated, 0);
        const AnalyticsRepository analytics(m_ws->db(), QTimeZone("Europe/Zurich"));
        const DailySeries views = analytics.dailyMetric(QStringLiteral("views"), {2024, 3, 1}, {2024, 3, 3}).value(Platform::YouTube);
        QCOMPARE(views.value({2024, 3, 1}), 12.0 + 12 + 19 + 12); // 10 + 2 each, US + 7
        double sum = 0;
        for (double v : views)
            sum += v;
        QCOMPARE(sum, total);
    }

    void anOlderOverlappingExportAddsWhatIsNew()
    {
        // The newer export (20 Oct–19 Jan, exported 20 Jan) has 44 tweets; the older one
        // (14 Nov–13 Jan, exported 14 Jan) has the same 44 with smaller counts and 19 others.
        QList<std::tuple<qint64, int, int>> newer, older;
        for (int i = 0; i < 44; ++i) {
            newer.append({800000000000000000LL + i, 1000 + i, 20 + i});
            older.append({800000000000000000LL + i, 900 + i, 10 + i});
        }
        for (int i = 44; i < 63; ++i)
            older.append({800000000000000000LL + i, 500, 5});
        QCOMPARE(run(write(QStringLiteral("tweet_activity_metrics_examplelab_20161020_20170120_en.csv"), tweets(newer))).added, 44);
        const ImportReport r = run(write(QStringLiteral("tweet_activity_metrics_examplelab_20161114_20170114_en.csv"), tweets(older)));
        QVERIFY2(!r.failed(), qPrintable(r.error));
        QCOMPARE(r.added, 19);
        QCOMPARE(r.updated, 0);
        QCOMPARE(r.unchanged, 44);
        QCOMPARE(r.older, 44);
        QVERIFY(r.warnings.join(QLatin1Char('\n')).contains(QLatin1String("unchanged: a newer export already holds their figures")));
        QCOMPARE(scalar(m_ws->db(), QStringLiteral("SELECT SUM(s.likes) FROM post_snapshots s WHERE s.is_current = 1")).toInt(),
                 (20 + 63) * 44 / 2 + 19 * 5);
    }

    void aCorruptedFileImportsNothing_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("error");
        QTest::newRow("an unquoted comma in the text")
            << QByteArray("\"3\",\"https://twitter.com/examplelab/status/3\",Open days, free entry,\"2016-12-01 10:00 +0000\",\"10.0\",\"1.0\",\"0.1\",\"0.0\",\"0.0\",\"1.0\"")
            << QStringLiteral("tweets.csv:4: expected 10 fields as in the header, found 11 (a comma or quote inside a text that is not quoted?)");
        QTest::newRow("a word where a number belongs")
            << QByteArray("\"3\",\"https://twitter.com/examplelab/status/3\",\"Open days\",\"2016-12-01 10:00 +0000\",\"abc\",\"1.0\",\"0.1\",\"0.0\",\"0.0\",\"1.0\"")
            << QStringLiteral("tweets.csv:4:5: column 5 (“impressions”): “abc” is not a number");
        QTest::newRow("a date that does not parse")
            << QByteArray("\"3\",\"https://twitter.com/examplelab/status/3\",\"Open days\",\"yesterday\",\"10.0\",\"1.0\",\"0.1\",\"0.0\",\"0.0\",\"1.0\"")
            << QStringLiteral("tweets.csv:4:4: column 4: “yesterday” is not a time like 2017-01-31 10:00 +0000");
    }

    void aCorruptedFileImportsNothing()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, error);
        const QByteArray file = tweets({{1, 100, 3}, {2, 200, 4}}) + row + "\n" + tweets({{4, 50, 1}}).mid(tweets({}).size());
        const QString path = write(QStringLiteral("tweets.csv"), file);
        const ImportReport r = run(path);
        QVERIFY(r.failed());
        QCOMPARE(r.error, error);
        QCOMPARE(scalar(m_ws->db(), QStringLiteral("SELECT COUNT(*) FROM platform_posts")).toInt(), 0);
        QCOMPARE(scalar(m_ws->db(), QStringLiteral("SELECT COUNT(*) FROM import_batches")).toInt(), 0);
        // Chosen explicitly, the good rows are imported and the bad one is listed.
        const ImportReport skipping = run(path, true);
        QVERIFY2(!skipping.failed(), qPrintable(skipping.error));
        QCOMPARE(skipping.added, 3);
        QCOMPARE(skipping.skipped, 1);
        QCOMPARE(skipping.skippedRows.size(), 1);
        QVERIFY2(skipping.skippedRows.first().startsWith(QLatin1String("tweets.csv:line 4: ")), qPrintable(skipping.skippedRows.first()));
    }

    void anEmptyFileIsNothingToImport()
    {
        const ImportReport empty = run(write(QStringLiteral("empty.csv"), {}));
        QVERIFY(!empty.failed());
        QCOMPARE(empty.added, 0);
        const ImportReport noData = run(write(QStringLiteral("Export _ Websites _ 2017.csv"), utf16(QStringLiteral("No data available"))));
        QVERIFY(!noData.failed());
        QCOMPARE(noData.added, 0);
    }
};

QTEST_GUILESS_MAIN(tst_StoredFigures)
#include "tst_storedfigures.moc"
