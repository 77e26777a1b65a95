// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <core/import/importer.h>

#include <QTest>

using namespace Beamline;
using namespace Beamline::Test;

// Every shared sample imports as its format with the numbers the samples' README
// states (shared/formats/samples/README.md, "Files and facts to assert").
class tst_ImportFormats : public QObject
{
    Q_OBJECT

private:
    static ImportReport import(TestWorkspace &ws, const QString &relative, ImportOptions options = {})
    {
        if (!options.timeZone.isValid())
            options.timeZone = QTimeZone("Europe/Zurich");
        return Importer(ws.workspace().database(), options).importFile(sample(relative));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void samples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<qint64>("added");
        QTest::addColumn<QStringList>("checks"); // "SQL => expected"

        const QString posts = QStringLiteral("FROM post_snapshots s JOIN platform_posts p ON p.id = s.platform_post_id "
                                             "JOIN channels c ON c.id = p.channel_id WHERE s.is_current = 1");
        QTest::newRow("X tweet activity") << "x/tweet_activity_metrics_examplelab_20170101_20170201_en.csv" << "x-tweet-activity" << qint64(20)
            << QStringList{"SELECT SUM(impressions) " + posts + " => 84112", "SELECT SUM(engagements) " + posts + " => 1414",
                           "SELECT COUNT(*) FROM platform_posts WHERE text LIKE '%&amp;%' => 0",
                           "SELECT COUNT(*) FROM platform_posts WHERE text LIKE '%\n%' => 1",
                           "SELECT MIN(published_at) FROM platform_posts => 2017-01-03T10:02:00Z",
                           "SELECT MAX(published_at) FROM platform_posts => 2017-01-31T10:00:00Z",
                           "SELECT COUNT(*) FROM post_snapshots WHERE extras LIKE '%promoted%' => 0",
                           "SELECT handle FROM channels => examplelab",
                           "SELECT captured_at FROM import_batches => 2017-02-01T00:00:00Z"};
        QTest::newRow("X account content (en)") << "x/account_analytics_content_2026-01-01_2026-01-31.csv" << "x-account-content" << qint64(20)
            << QStringList{"SELECT SUM(impressions) " + posts + " => 70123", "SELECT SUM(engagements) " + posts + " => 2142",
                           "SELECT COUNT(*) FROM platform_posts WHERE text IS NULL OR text = '' => 1",
                           "SELECT MIN(substr(published_at, 1, 10)) FROM platform_posts => 2026-01-01",
                           "SELECT MAX(substr(published_at, 1, 10)) FROM platform_posts => 2026-01-30"};
        QTest::newRow("X account content (fr)") << "x/fr/account_analytics_content_2025-12-01_2025-12-31.csv" << "x-account-content" << qint64(10)
            << QStringList{"SELECT SUM(impressions) " + posts + " => 51513", "SELECT CASE WHEN SUM(likes) > 0 THEN 1 ELSE 0 END FROM post_snapshots => 1"};
        const QString xDaily = QStringLiteral("FROM daily_metrics d JOIN channels c ON c.id = d.channel_id WHERE c.platform = 'x' AND superseded_by IS NULL");
        QTest::newRow("X overview") << "x/account_overview_analytics.csv" << "x-account-overview" << qint64(28 * 13)
            << QStringList{"SELECT SUM(value) " + xDaily + " AND metric = 'impressions' => 128562",
                           "SELECT SUM(value) " + xDaily + " AND metric = 'followers_gained' => 123",
                           "SELECT SUM(value) " + xDaily + " AND metric = 'followers_lost' => 62",
                           "SELECT MIN(day) || '/' || MAX(day) " + xDaily + " => 2026-02-01/2026-02-28"};
        QTest::newRow("X overview, older exporter") << "x/account_overview_analytics_examplelab.csv" << "x-account-overview" << qint64(21 * 13)
            << QStringList{"SELECT SUM(value) " + xDaily + " AND metric = 'impressions' => 123535",
                           "SELECT MIN(day) || '/' || MAX(day) " + xDaily + " => 2025-06-01/2025-06-21",
                           "SELECT handle FROM channels => examplelab"};
        QTest::newRow("X video overview") << "x/video_overview_analytics.csv" << "x-video-overview" << qint64(14 * 4 + 5)
            << QStringList{"SELECT SUM(value) " + xDaily + " AND metric = 'video_views' => 14500",
                           "SELECT " + rounded("SUM(value)", 3) + " " + xDaily + " AND metric = 'video_watch_seconds' => 238235.964",
                           "SELECT COUNT(*) FROM platform_posts => 5", "SELECT SUM(video_views) " + posts + " => 25195"};
        QTest::newRow("Meta Instagram posts") << "meta/Jan-01-2026_Jan-31-2026_17841400123456789.csv" << "meta-instagram-posts" << qint64(15)
            << QStringList{"SELECT SUM(views) " + posts + " => 93103", "SELECT SUM(reach) " + posts + " => 66616",
                           "SELECT SUM(likes) " + posts + " => 3319",
                           "SELECT COUNT(*) FROM platform_posts WHERE post_type = 'IG image' => 7",
                           "SELECT COUNT(*) FROM platform_posts WHERE post_type = 'IG reel' => 4",
                           "SELECT COUNT(*) FROM platform_posts WHERE text LIKE '%\n%' => 1",
                           "SELECT platform || '/' || handle FROM channels => instagram/examplelab",
                           // Publish times are local to the account (Europe/Zurich here).
                           "SELECT MIN(published_at) FROM platform_posts => 2026-01-02T09:00:00Z"};
        QTest::newRow("Meta Facebook posts") << "meta/Jan-01-2026_Jan-31-2026_104512345678901.csv" << "meta-facebook-posts" << qint64(15)
            << QStringList{"SELECT SUM(impressions) " + posts + " => 73944", "SELECT SUM(reach) " + posts + " => 55533",
                           "SELECT SUM(engagements) " + posts + " => 2669",
                           "SELECT SUM(likes) + SUM(comments) + SUM(shares) " + posts + " => 2669",
                           "SELECT COUNT(*) FROM platform_posts WHERE post_type = 'Photos' => 10"};
        const QString metaDaily = QStringLiteral("FROM daily_metrics d JOIN channels c ON c.id = d.channel_id WHERE superseded_by IS NULL");
        QTest::newRow("Meta daily follows (sparse)") << "meta/Jan-01-2026_Jan-31-2026_Facebook-follows.csv" << "meta-daily" << qint64(31)
            << QStringList{"SELECT SUM(value) " + metaDaily + " AND c.platform = 'facebook' AND metric = 'followers_gained' => 70",
                           "SELECT COUNT(*) " + metaDaily + " AND value = 0 => 19",
                           "SELECT MIN(day) || '/' || MAX(day) " + metaDaily + " => 2026-01-01/2026-01-31"};
        QTest::newRow("Meta daily reach (two sections)") << "meta/Jan-01-2026_Jan-14-2026_Reach.csv" << "meta-daily" << qint64(28)
            << QStringList{"SELECT SUM(value) " + metaDaily + " AND c.platform = 'facebook' AND metric = 'reach' => 42904",
                           "SELECT SUM(value) " + metaDaily + " AND c.platform = 'instagram' AND metric = 'reach' => 72850"};
        QTest::newRow("Facebook Insights legacy") << "meta/Facebook Insights Data Export (Post Level) - Example Physics Lab - 2017-02-01.csv"
            << "facebook-insights-legacy" << qint64(12)
            << QStringList{"SELECT SUM(reach) " + posts + " => 27990", "SELECT SUM(impressions) " + posts + " => 41361",
                           "SELECT COUNT(*) FROM platform_posts WHERE post_type = 'Photo' => 6",
                           "SELECT display_name FROM channels => Example Physics Lab",
                           "SELECT captured_at FROM import_batches => 2017-02-01T00:00:00Z"};
        const QString web = QStringLiteral("FROM web_traffic WHERE live <> 0");
        const QString siteDays = QStringLiteral(" AND report = 'site' AND period_start = period_end");
        const QString siteTotal = QStringLiteral(" AND report = 'site' AND period_start < period_end");
        QTest::newRow("GA landing pages (en-US)") << "ga/Analytics All Web Site Data Landing Pages 20170101-20170131.csv" << "ga-universal"
            << qint64(15 + 1 + 31) // pages, the totals row, the Day Index
            << QStringList{"SELECT SUM(sessions) " + web + " AND report = 'landing_page' => 15078",
                           "SELECT SUM(new_users) " + web + " AND report = 'landing_page' => 11837",
                           "SELECT SUM(conversions) " + web + " AND report = 'landing_page' => 76",
                           "SELECT COUNT(*) " + web + siteDays + " => 31",
                           "SELECT SUM(sessions) " + web + siteDays + " => 15078",
                           "SELECT CAST(sessions AS INTEGER) || ' ' || CAST(new_users AS INTEGER) " + web + siteTotal + " => 15078 11837",
                           "SELECT MIN(period_start) || '/' || MAX(period_end) " + web + " => 2017-01-01/2017-01-31",
                           "SELECT sessions " + web + " AND dimension = '/' => 3611",
                           "SELECT avg_session_seconds " + web + " AND dimension = '/' => 343",
                           "SELECT bounce_rate " + web + " AND dimension = '/' => 0.4118"};
        // A Browser report: its rows are left out (Beamline does not read browsers), its totals
        // row and its Dagindex are read.
        QTest::newRow("GA browsers (nl)") << "ga/nl/Analytics All Web Site Data Browser en besturingssysteem 20170101-20170131.csv" << "ga-universal"
            << qint64(1 + 31)
            << QStringList{"SELECT COUNT(*) " + web + " AND report <> 'site' => 0",
                           "SELECT new_users " + web + siteTotal + " => 9024",
                           "SELECT SUM(sessions) " + web + siteDays + " => 11755",
                           "SELECT sessions " + web + siteTotal + " => 11755",
                           "SELECT MIN(period_start) " + web + siteDays + " => 2017-01-01"};
        QTest::newRow("GA4 traffic acquisition") << "ga4/Traffic_acquisition_Session_primary_channel_group_(Default_Channel_Group).csv" << "ga4"
            << qint64(7 + 1 + 31) // channel groups, the grand total, the days
            << QStringList{"SELECT SUM(sessions) " + web + " AND report = 'channel_group' => 11323",
                           "SELECT SUM(engaged_sessions) " + web + " AND report = 'channel_group' => 6275",
                           "SELECT SUM(conversions) " + web + " AND report = 'channel_group' => 49",
                           "SELECT SUM(sessions) " + web + siteDays + " => 11323",
                           "SELECT sessions " + web + siteTotal + " => 11323",
                           "SELECT COUNT(*) " + web + " AND dimension = 'Grand total' => 0",
                           "SELECT " + rounded("bounce_rate", 6) + " " + web + " AND dimension = 'Direct' => 0.548796"};
        QTest::newRow("Matomo referrers") << "matomo/Export _ Referrers _ 2017.csv" << "matomo" << qint64(15)
            << QStringList{"SELECT SUM(sessions) " + web + " => 3928", "SELECT SUM(actions) " + web + " => 10344",
                           "SELECT SUM(conversions) " + web + " => 13",
                           "SELECT MIN(period_start) || '/' || MAX(period_end) " + web + " => 2017-01-01/2017-12-31",
                           "SELECT report FROM web_traffic LIMIT 1 => referrer"};
        QTest::newRow("Matomo keywords (formula guard)") << "matomo/Export _ Keywords _ 2017.csv" << "matomo" << qint64(15)
            << QStringList{"SELECT SUM(sessions) " + web + " => 3861",
                           "SELECT COUNT(*) " + web + " AND dimension LIKE '''%' => 0",
                           "SELECT COUNT(*) " + web + " AND dimension = '+higgs +boson' => 1"};
        QTest::newRow("Matomo visits summary by week") << "matomo/Export _ Visits Summary _ 2026 Q1 by week.csv" << "matomo" << qint64(13)
            << QStringList{"SELECT SUM(sessions) " + web + " => 21771", "SELECT SUM(actions) " + web + " => 54813",
                           "SELECT MIN(period_start) || '/' || MIN(period_end) " + web + " => 2025-12-29/2026-01-04",
                           "SELECT MAX(period_end) " + web + " => 2026-03-29"};
        QTest::newRow("Matomo visits overview (formatted)") << "matomo/Export _ Visits Overview _ 2017.csv" << "matomo" << qint64(12)
            << QStringList{"SELECT SUM(sessions) " + web + " => 72375",
                           "SELECT ROUND(SUM(sessions * avg_session_seconds)) " + web + " => 21864573",
                           "SELECT MIN(period_start) || '/' || MIN(period_end) " + web + " => 2017-01-01/2017-01-31"};
        QTest::newRow("Matomo contents (German)") << "matomo/Export _ Inhaltsnamen _ 2017-01-12.csv" << "matomo" << qint64(10)
            << QStringList{"SELECT COUNT(*) " + web + " AND dimension2 = '' => 4",
                           "SELECT MIN(period_start) || '/' || MAX(period_end) " + web + " => 2017-01-12/2017-01-12"};
        QTest::newRow("YouTube ZIP") << "youtube/Content 2024-03-01_2024-03-31 Example Physics Lab.zip" << "youtube-daily, youtube-table, youtube-daily"
            // Chart data and Totals give the same daily views: the second adds nothing.
            << qint64(31 + 12)
            << QStringList{"SELECT COUNT(*) FROM platform_posts => 12", "SELECT SUM(views) " + posts + " => 98512",
                           "SELECT " + rounded("SUM(watch_seconds) / 3600", 4) + " " + posts + " => 9119.0031",
                           "SELECT COUNT(*) FROM platform_posts WHERE external_id LIKE '-%' => 2",
                           "SELECT COUNT(*) FROM platform_posts WHERE external_id LIKE ' %' => 0",
                           "SELECT SUM(value) FROM daily_metrics WHERE superseded_by IS NULL AND metric = 'views' => 98512",
                           "SELECT COUNT(*) FROM daily_metrics WHERE breakdown <> '' => 0",
                           "SELECT display_name FROM channels => Example Physics Lab",
                           "SELECT COUNT(*) FROM import_batches => 3"};
        QTest::newRow("YouTube table alone") << "youtube/Table data.csv" << "youtube-table" << qint64(12)
            << QStringList{"SELECT SUM(views) " + posts + " => 98512"};
        // The legacy workbooks, and LibreOffice's .xlsx re-save of them, import the same.
        for (const char *suffix : {".xls", ".xlsx"}) {
            const QString kind = QString::fromLatin1(suffix);
            QTest::addRow("LinkedIn content workbook (%s)", suffix)
                << QString("../linkedin/example-physics-lab_content_1706000000000" + kind) << "linkedin-metrics, linkedin-posts" << qint64(7 * 7 + 3)
                << QStringList{"SELECT COUNT(*) FROM platform_posts => 3", "SELECT SUM(impressions) " + posts + " => 10700",
                               "SELECT SUM(shares) " + posts + " => 27",
                               "SELECT COUNT(*) FROM platform_posts WHERE external_id = 'urn:li:ugcPost:7150000000000000003' => 1",
                               // The second post's date is an Excel date cell, the others MM/DD/YYYY text.
                               "SELECT MIN(substr(published_at, 1, 10)) || '/' || MAX(substr(published_at, 1, 10)) FROM platform_posts "
                               "=> 2024-01-10/2024-01-24",
                               "SELECT SUM(value) FROM daily_metrics WHERE metric = 'impressions' => 2128"};
            QTest::addRow("LinkedIn followers workbook (%s)", suffix)
                << QString("../linkedin/example-physics-lab_followers_1706000000000" + kind) << "linkedin-followers" << qint64(10)
                << QStringList{"SELECT SUM(value) FROM daily_metrics WHERE metric = 'followers_gained' => 80",
                               "SELECT MAX(value) FROM daily_metrics WHERE metric = 'followers_total' => 1055"};
        }
        // Issue 10: layouts of real exports (tests/data/README.md names each file's source).
        const QString daily = QStringLiteral("FROM daily_metrics d JOIN channels c ON c.id = d.channel_id WHERE superseded_by IS NULL");
        for (const char *suffix : {".csv", ".xls"}) {
            // The CSV is Windows-1252 with CRLF and 424 columns; the .xls is Excel 2003 XML whose
            // "Key Metrics" sheet holds the same table (the breakdown sheets are left out).
            QTest::addRow("Facebook legacy page export (%s)", suffix)
                << QString("../facebook/Facebook Insights Data Export - Example Physics Lab - 2014-01-01 - 2014-01-14" + QString::fromLatin1(suffix))
                << "facebook-insights-page-daily" << qint64(14 * 5)
                << QStringList{"SELECT SUM(value) " + daily + " AND metric = 'followers_gained' => 42",
                               "SELECT SUM(value) " + daily + " AND metric = 'followers_lost' => 7",
                               "SELECT value " + daily + " AND metric = 'followers_total' AND day = '2014-01-14' => 1235",
                               "SELECT SUM(value) " + daily + " AND metric = 'followers_total' => 17053",
                               "SELECT SUM(value) " + daily + " AND metric = 'reach' => 5565",
                               "SELECT SUM(value) " + daily + " AND metric = 'impressions' => 9065",
                               "SELECT MIN(day) || '/' || MAX(day) " + daily + " => 2014-01-01/2014-01-14",
                               "SELECT platform || '/' || handle FROM channels => facebook/main",
                               "SELECT captured_at FROM import_batches WHERE format <> '' => 2014-01-15T00:00:00Z"};
        }
        QTest::newRow("Facebook legacy post export (XML .xls)")
            << "../facebook/Facebook Insights Data Export (Post Level) - Example Physics Lab - 2017-02-01.xls" << "facebook-insights-legacy" << qint64(3)
            << QStringList{"SELECT SUM(reach) " + posts + " => 8800", "SELECT SUM(impressions) " + posts + " => 11750",
                           "SELECT SUM(engagements) " + posts + " => 643",
                           // Posted is a DateTime cell, local to the page (Europe/Zurich here).
                           "SELECT MIN(published_at) FROM platform_posts => 2017-01-05T08:30:00Z",
                           "SELECT MAX(published_at) FROM platform_posts => 2017-01-19T17:45:30Z",
                           "SELECT COUNT(*) FROM platform_posts WHERE text LIKE '%& see the <collider>' => 1",
                           "SELECT COUNT(*) FROM platform_posts WHERE text LIKE '%\n%' => 1"};
        QTest::newRow("X daily activity (real file)") << "../x/daily_tweet_activity_metrics_LisaDeBruine_20210801_20210901_en.csv"
            << "x-daily-activity" << qint64(31 * 19)
            << QStringList{"SELECT SUM(value) " + daily + " AND metric = 'impressions' => 1639423",
                           "SELECT SUM(value) " + daily + " AND metric = 'engagements' => 107982",
                           "SELECT SUM(value) " + daily + " AND metric = 'followers_gained' => 3",
                           "SELECT SUM(value) " + daily + " AND metric = 'posts_created' => 357",
                           "SELECT SUM(value) " + daily + " AND metric = 'likes' => 3535",
                           "SELECT SUM(value) " + daily + " AND metric = 'reposts' => 480",
                           "SELECT SUM(value) " + daily + " AND metric = 'profile_visits' => 2259",
                           "SELECT value " + daily + " AND metric = 'impressions' AND day = '2021-08-07' => 694114",
                           "SELECT COUNT(*) " + daily + " AND metric LIKE '%promoted%' => 0",
                           "SELECT MIN(day) || '/' || MAX(day) " + daily + " => 2021-08-01/2021-08-31",
                           "SELECT platform || '/' || handle FROM channels => x/LisaDeBruine",
                           "SELECT captured_at FROM import_batches => 2021-09-01T00:00:00Z"};
        // X's content export in its UI languages (tests/data/x/make-x-content.py): the same
        // invented figures in each; shares = the share column + reposts.
        for (const char *language : {"de", "es", "it", "pt", "ja"}) {
            const QString folder = QString::fromLatin1(language);
            const QString name = folder == QLatin1String("de") ? "2025-11-03_2025-12-02" : folder == QLatin1String("es") ? "2025-10-06_2025-11-04"
                : folder == QLatin1String("it") ? "2025-09-01_2025-09-30" : folder == QLatin1String("pt") ? "2025-08-04_2025-09-02" : "2026-01-20_2026-02-18";
            QTest::addRow("X account content (%s)", language)
                << QString("../x/" + folder + "/account_analytics_content_" + name + ".csv") << "x-account-content" << qint64(6)
                << QStringList{"SELECT SUM(impressions) " + posts + " => 6855", "SELECT SUM(likes) " + posts + " => 75",
                               "SELECT SUM(engagements) " + posts + " => 253", "SELECT SUM(shares) " + posts + " => 22",
                               "SELECT SUM(clicks) " + posts + " => 45", "SELECT SUM(saves) " + posts + " => 12",
                               "SELECT MIN(substr(published_at, 1, 10)) FROM platform_posts => " + name.left(10)};
        }
        QTest::newRow("X account content (older English exporter)") << "../x/older/account_analytics_content_2025-02-03_2025-03-02.csv"
            << "x-account-content" << qint64(5)
            << QStringList{"SELECT SUM(impressions) " + posts + " => 5370", "SELECT SUM(shares) " + posts + " => 18",
                           "SELECT SUM(clicks) " + posts + " => 30",
                           // Commas in the text were not escaped: the text is joined back.
                           "SELECT COUNT(*) FROM platform_posts WHERE text = 'Open Days, tours and talks, all weekend' => 1",
                           "SELECT COUNT(*) FROM platform_posts WHERE text = 'Seminar today, 4 pm: dark matter' => 2",
                           "SELECT MIN(substr(published_at, 1, 10)) FROM platform_posts => 2025-02-03"};
        // LinkedIn workbooks saved by a spreadsheet program: the header in the first row.
        for (const char *suffix : {".xls", ".xlsx"}) {
            const QString kind = QString::fromLatin1(suffix);
            QTest::addRow("LinkedIn content, header first (%s)", suffix)
                << QString("../linkedin/example-physics-lab_content_header-first" + kind) << "linkedin-metrics, linkedin-posts" << qint64(10 * 7 + 3)
                << QStringList{"SELECT COUNT(*) FROM platform_posts => 3", "SELECT SUM(impressions) " + posts + " => 8700",
                               "SELECT SUM(likes) " + posts + " => 160",
                               "SELECT COUNT(*) FROM platform_posts WHERE text LIKE '%\n%' => 2",
                               // Created dates are midnight in Europe/Zurich, stored in UTC.
                               "SELECT MIN(substr(published_at, 1, 10)) || '/' || MAX(substr(published_at, 1, 10)) FROM platform_posts "
                               "=> 2024-01-31/2024-02-11",
                               "SELECT SUM(value) FROM daily_metrics WHERE metric = 'impressions' => 3105",
                               "SELECT SUM(value) FROM daily_metrics WHERE metric = 'clicks' => 100"};
            QTest::addRow("LinkedIn followers, header first (%s)", suffix)
                << QString("../linkedin/example-physics-lab_followers_header-first" + kind) << "linkedin-followers" << qint64(7 * 2)
                << QStringList{"SELECT SUM(value) FROM daily_metrics WHERE metric = 'followers_gained' => 78",
                               "SELECT MAX(value) FROM daily_metrics WHERE metric = 'followers_total' => 2078"};
            QTest::addRow("LinkedIn visitors, header first (%s)", suffix)
                << QString("../linkedin/example-physics-lab_visitors_header-first" + kind) << "linkedin-visitors" << qint64(9 * 2)
                << QStringList{"SELECT SUM(value) FROM daily_metrics WHERE metric = 'profile_visits' => 612",
                               "SELECT SUM(value) FROM daily_metrics WHERE metric = 'unique_visitors' => 288",
                               "SELECT MIN(day) || '/' || MAX(day) FROM daily_metrics => 2024-04-01/2024-04-09"};
        }
        QTest::newRow("Brandwatch") << "listening/brandwatch_examplelab_mentions_2024-03.csv" << "brandwatch-mentions" << qint64(12)
            << QStringList{"SELECT COUNT(*) FROM mentions WHERE network = 'x' => 5",
                           "SELECT MIN(occurred_at) FROM mentions => 2024-03-07T12:49:00Z"};
        QTest::newRow("Brandwatch ZIP") << "listening/brandwatch_examplelab_mentions_2024-03.csv.zip" << "brandwatch-mentions" << qint64(12)
            << QStringList{"SELECT COUNT(*) FROM mentions WHERE network = 'x' => 5"};
        QTest::newRow("Meltwater classic") << "listening/meltwater_examplelab_classic_2024-03.csv" << "meltwater-mentions" << qint64(12)
            << QStringList{"SELECT SUM(reach) FROM mentions => 12898562",
                           "SELECT COUNT(*) FROM mentions WHERE sentiment IS NOT NULL => 10",
                           "SELECT COUNT(*) FROM mentions WHERE sentiment = 'negative' => 3"};
        QTest::newRow("Meltwater Explore") << "listening/meltwater_examplelab_explore_2025-03.csv" << "meltwater-mentions" << qint64(10)
            << QStringList{"SELECT SUM(engagement) FROM mentions => 1591",
                           "SELECT COUNT(DISTINCT external_id) FROM mentions => 10"};
    }

    void samples()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFETCH(qint64, added);
        QFETCH(QStringList, checks);
        TestWorkspace ws;
        const ImportReport report = import(ws, file);
        QVERIFY2(!report.failed(), qPrintable(report.error));
        QCOMPARE(report.format(), format);
        QCOMPARE(report.added, added);
        QCOMPARE(report.updated, 0);
        for (const QString &check : checks) {
            const QString sql = check.section(QStringLiteral(" => "), 0, 0);
            const QString expected = check.section(QStringLiteral(" => "), 1);
            const QVariant actual = scalar(ws.db(), sql);
            const QString actualText = actual.typeId() == QMetaType::Double && actual.toDouble() == std::round(actual.toDouble())
                ? QString::number(qint64(actual.toDouble()))
                : actual.toString();
            QVERIFY2(actualText == expected, qPrintable(QStringLiteral("%1\n   got %2, expected %3").arg(sql, actualText, expected)));
        }
    }

    void brokenInputs_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("error");   // a part of the error; empty = no error
        QTest::addColumn<QString>("warning"); // a part of a warning
        QTest::newRow("truncated") << "broken/tweet_activity_metrics_examplelab_20170101_20170201_en_truncated.csv"
                                   << "unterminated quoted field" << "";
        QTest::newRow("binary") << "broken/IMG_20260114_101500.csv" << "IMG_20260114_101500.csv:1:1: this is not a text file" << "";
        QTest::newRow("empty") << "broken/empty.csv" << "" << "the file is empty";
        QTest::newRow("Matomo no data") << "broken/Export _ Websites _ 2017-02-05.csv" << "" << "No data available";
        QTest::newRow("unknown layout") << "broken/inconsistent_columns.csv" << "not one Beamline recognises" << "";
        QTest::newRow("Excel re-save") << "broken/Jan-01-2026_Jan-31-2026_17841400123456789_excel_resave.csv" << "Excel" << "";
        QTest::newRow("damaged .xlsx sheet") << "../xlsx/damaged-sheet.xlsx" << "damaged-sheet.xlsx[Mentions]:2" << "";
        QTest::newRow("ZIP named .xlsx") << "../xlsx/not-a-workbook.xlsx" << "not an Excel workbook" << "";
    }

    void brokenInputs()
    {
        QFETCH(QString, file);
        QFETCH(QString, error);
        QFETCH(QString, warning);
        TestWorkspace ws;
        const QString before = dumpContent(ws.db());
        const ImportReport report = import(ws, file);
        if (error.isEmpty()) {
            QVERIFY2(!report.failed(), qPrintable(report.error));
        } else {
            QVERIFY(report.failed());
            QVERIFY2(report.error.contains(error), qPrintable(report.error));
            QVERIFY2(report.error.startsWith(QFileInfo(file).fileName()), qPrintable(report.error));
        }
        if (!warning.isEmpty())
            QVERIFY2(report.warnings.join(QLatin1Char('\n')).contains(warning), qPrintable(report.warnings.join(QLatin1Char('\n'))));
        // Nothing was written.
        QCOMPARE(report.added, 0);
        QCOMPARE(dumpContent(ws.db()), before);
    }

    void truncatedFileSaysWhere()
    {
        TestWorkspace ws;
        const ImportReport report = import(ws, QStringLiteral("broken/tweet_activity_metrics_examplelab_20170101_20170201_en_truncated.csv"));
        // file:line:column: message, with the number of complete rows before it.
        static const QRegularExpression located(QStringLiteral("^tweet_activity_metrics_examplelab_20170101_20170201_en_truncated\\.csv:\\d+:\\d+: "
                                                               "unterminated quoted field.*15 complete row"));
        QVERIFY2(located.match(report.error).hasMatch(), qPrintable(report.error));
    }

    void placeholderRowsAreSkippedSilently()
    {
        // X pads the Japanese export with ",,,https://x.com/<handle>/status/undefined,0,…" rows.
        TestWorkspace ws;
        const ImportReport report = import(ws, QStringLiteral("../x/ja/account_analytics_content_2026-01-20_2026-02-18.csv"));
        QVERIFY2(!report.failed(), qPrintable(report.error));
        QCOMPARE(report.skipped, 0);
        QVERIFY2(report.warnings.isEmpty(), qPrintable(report.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(scalar(ws.db(), QStringLiteral("SELECT COUNT(*) FROM platform_posts WHERE external_id = '' OR permalink LIKE '%undefined'")).toInt(), 0);
    }

    void forcedFormat()
    {
        TestWorkspace ws;
        ImportOptions options;
        options.format = QStringLiteral("ga4");
        const ImportReport wrong = import(ws, QStringLiteral("x/account_overview_analytics.csv"), options);
        QVERIFY(wrong.failed());
        options.format = QStringLiteral("no-such-format");
        QVERIFY(import(ws, QStringLiteral("x/account_overview_analytics.csv"), options).error.contains(QLatin1String("unknown format")));
    }
};

QTEST_GUILESS_MAIN(tst_ImportFormats)
#include "tst_importformats.moc"
