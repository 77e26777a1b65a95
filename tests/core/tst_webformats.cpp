// SPDX-License-Identifier: GPL-3.0-or-later
// Web-analytics exports in their UI languages and layouts (issue 10, items 6 and 7): Matomo's
// translated, raw and scheduled reports, Google Analytics (Universal) beyond English. Files
// from tests/data/web (make-web-fixtures.py, and real files, see tests/data/README.md); every
// figure comes from tests/data/web/EXPECTED.md or was counted by hand in the real file.
#include "testsupport.h"

#include <core/analytics/analyticsrepository.h>
#include <core/import/formats/matomoterms.h>
#include <core/import/importer.h>

#include <QTest>

#include <cmath>

using namespace Beamline;
using namespace Beamline::Test;

namespace {

QString web(const QString &relative)
{
    return QStringLiteral(BEAMLINE_TEST_DATA_DIR "/web/") + relative;
}

// Matomo writes U+2009 thin spaces around the dash of an English range.
QString thin(const char *utf8)
{
    return QString::fromUtf8(utf8).replace(QStringLiteral(" – "), QStringLiteral("\u2009–\u2009"));
}

const QString Web = QStringLiteral("FROM web_traffic WHERE live <> 0");
const QString SiteDays = QStringLiteral(" AND report = 'site' AND period_start = period_end");

} // namespace

class tst_WebFormats : public QObject
{
    Q_OBJECT

private:
    static ImportReport import(TestWorkspace &ws, const QString &path, QDate from = {}, QDate to = {})
    {
        ImportOptions options;
        options.timeZone = QTimeZone("Europe/Zurich");
        options.periodStart = from;
        options.periodEnd = to;
        return Importer(ws.workspace().database(), options).importFile(path);
    }

    static QString text(const QVariant &value)
    {
        if (value.typeId() == QMetaType::Double && value.toDouble() == std::round(value.toDouble()))
            return QString::number(qint64(value.toDouble()));
        return value.toString();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // The period in Matomo's file names, in every UI language.
    void periodInFileName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        const QDate jan1(2017, 1, 1), jan5(2017, 1, 5), jan14(2017, 1, 14);
        QTest::newRow("en day") << "Export _ Visits Summary _ Thursday, January 5, 2017.csv" << jan5 << jan5;
        QTest::newRow("en range, one month") << thin("Export _ Visits Summary _ January 1 – 14, 2017.csv") << jan1 << jan14;
        QTest::newRow("en range, two years") << thin("Export _ Visits Summary _ December 26, 2016 – January 29, 2017.csv")
                                             << QDate(2016, 12, 26) << QDate(2017, 1, 29);
        QTest::newRow("en range, two months") << thin("Export _ Websites _ January 30 – February 5, 2017.tsv") << QDate(2017, 1, 30)
                                              << QDate(2017, 2, 5);
        QTest::newRow("en range, plain spaces") << "Export _ Websites _ January 1 – 14, 2017.csv" << jan1 << jan14;
        QTest::newRow("en week") << thin("Export _ Visits Summary _ week December 26, 2016 – January 1, 2017.csv") << QDate(2016, 12, 26)
                                 << jan1;
        QTest::newRow("en month") << "Export _ Channel Type _ January 2017.csv" << jan1 << QDate(2017, 1, 31);
        QTest::newRow("de day") << "Export _ Besucherüberblick _ Donnerstag, 5. Januar 2017.csv" << jan5 << jan5;
        QTest::newRow("de range") << "Export _ Besucherüberblick _ 1.–14. Januar 2017.csv" << jan1 << jan14;
        QTest::newRow("de range, two months") << thin("Export _ Kanaltyp _ 30. Januar – 5. Februar 2017.csv") << QDate(2017, 1, 30)
                                              << QDate(2017, 2, 5);
        QTest::newRow("de month") << "Export _ Webseiten _ März 2017.csv" << QDate(2017, 3, 1) << QDate(2017, 3, 31);
        QTest::newRow("fr day") << "Export _ Récapitulatif des visites _ jeudi 5 janvier 2017.csv" << jan5 << jan5;
        QTest::newRow("fr range") << "Export _ Récapitulatif des visites _ 1–14 janvier 2017.csv" << jan1 << jan14;
        QTest::newRow("fr range, two years") << thin("Export _ Sites web _ 26 décembre 2016 – 29 janvier 2017.csv") << QDate(2016, 12, 26)
                                             << QDate(2017, 1, 29);
        QTest::newRow("es day") << "Export _ Resumen de visitas _ jueves, 5 de enero de 2017.csv" << jan5 << jan5;
        QTest::newRow("es range") << "Export _ Resumen de visitas _ 1–14 de enero de 2017.csv" << jan1 << jan14;
        QTest::newRow("es month") << "Export _ Tipo de canal _ enero de 2017.csv" << jan1 << QDate(2017, 1, 31);
        QTest::newRow("it day") << "Export _ Sommario delle visite _ giovedì 5 gennaio 2017.csv" << jan5 << jan5;
        QTest::newRow("it range") << "Export _ Sommario delle visite _ 01–14 gennaio 2017.csv" << jan1 << jan14;
        QTest::newRow("nl day") << "Export _ Bezoekerssamenvatting _ donderdag 5 januari 2017.csv" << jan5 << jan5;
        QTest::newRow("nl range") << "Export _ Bezoekerssamenvatting _ 1–14 januari 2017.csv" << jan1 << jan14;
        QTest::newRow("pt day") << "Export _ Resumo das visitas _ quinta-feira, 5 de janeiro de 2017.csv" << jan5 << jan5;
        QTest::newRow("pt range") << "Export _ Resumo das visitas _ 1–14 de janeiro de 2017.csv" << jan1 << jan14;
        QTest::newRow("pt-br range, thin spaces") << thin("Export _ Resumo dos Visitantes _ 1 – 14 de janeiro de 2017.csv") << jan1 << jan14;
        QTest::newRow("scheduled report") << thin("Example Physics Lab - January 2, 2017 – January 8, 2017 - Weekly web summary.csv")
                                          << QDate(2017, 1, 2) << QDate(2017, 1, 8);
        QTest::newRow("ISO day") << "Export _ Inhaltsnamen _ 2017-01-12.csv" << QDate(2017, 1, 12) << QDate(2017, 1, 12);
        QTest::newRow("ISO range") << "Export _ Visits Summary _ 2017-03-01,2017-03-03.csv" << QDate(2017, 3, 1) << QDate(2017, 3, 3);
        QTest::newRow("ISO month") << "Export _ Websites _ 2017-02.csv" << QDate(2017, 2, 1) << QDate(2017, 2, 28);
        QTest::newRow("quarter") << "Export _ Visits Summary _ 2026 Q1 by week.csv" << QDate(2026, 1, 1) << QDate(2026, 3, 31);
        QTest::newRow("year") << "Export _ Referrers _ 2017.csv" << jan1 << QDate(2017, 12, 31);
        QTest::newRow("no period") << "test_csvExport_xp0__VisitsSummary.get_day.csv" << QDate() << QDate();
        QTest::newRow("renamed") << "visits.csv" << QDate() << QDate();
        QTest::newRow("a word that is no date") << "Export _ Websites _ Thursday, Smarch 5, 2017.csv" << QDate() << QDate();
        QTest::newRow("no such day") << "Export _ Websites _ February 30, 2017.csv" << QDate() << QDate();
        QTest::newRow("range backwards") << thin("Export _ Websites _ January 14 – 1, 2017.csv") << QDate() << QDate();
    }

    void periodInFileName()
    {
        QFETCH(QString, name);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        const auto [a, b] = MatomoTerms::periodInFileName(name);
        QCOMPARE(a, first);
        QCOMPARE(b, last);
    }

    void reportNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("report");
        QTest::newRow("en") << "Channel Type" << "channel_group";
        QTest::newRow("de") << "Kanaltyp" << "channel_group";
        QTest::newRow("fr") << "Sites web" << "referrer";
        QTest::newRow("es") << "Páginas de entrada" << "landing_page";
        QTest::newRow("it") << "URL delle pagine" << "page";
        QTest::newRow("nl") << "Bezoekerssamenvatting" << "site";
        QTest::newRow("pt") << "Palavras-chave" << "keyword";
        QTest::newRow("scheduled") << "Actions - Main metrics" << "site";
        QTest::newRow("not read") << "Country" << "";
    }

    void reportNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, report);
        QCOMPARE(MatomoTerms::reportOfName(name), report);
    }

    // Each layout: the rows it adds and what they hold ("SQL => expected").
    void layouts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QDate>("periodFrom"); // the period given (ImportOptions), if any
        QTest::addColumn<QDate>("periodTo");
        QTest::addColumn<QString>("format");
        QTest::addColumn<qint64>("added");
        QTest::addColumn<QStringList>("checks");
        QTest::addColumn<QString>("warning"); // a part of a warning; empty: none expected

        const QDate none;
        const QString day5 = QStringLiteral(" AND report = 'site' AND period_start = '2017-01-05' AND period_end = '2017-01-05'");
        // 2017-01-05: 362 visits, 289 unique visitors, 687 actions, 178 bounces, 41753 s.
        const QStringList oneDay{"SELECT CAST(sessions AS INTEGER) || ' ' || CAST(users AS INTEGER) || ' ' || CAST(actions AS INTEGER) " + Web + day5
                                     + " => 362 289 687",
                                 "SELECT ROUND(bounce_rate * 362) " + Web + day5 + " => 178",
                                 "SELECT ROUND(avg_session_seconds * 362) " + Web + day5 + " => 41753"};
        QTest::newRow("Matomo raw ids, no date column (file name gives the day)")
            << "matomo/Export _ Visits Summary _ Thursday, January 5, 2017.csv" << none << none << "matomo" << qint64(1) << oneDay << "";
        QTest::newRow("Matomo English labels, no date column") << "matomo/en/Export _ Visits Summary _ Thursday, January 5, 2017.csv" << none
                                                               << none << "matomo" << qint64(1) << oneDay << "";
        QTest::newRow("Matomo German labels, Metadaten column") << "matomo/de/Export _ Besucherüberblick _ Donnerstag, 5. Januar 2017.csv"
                                                                << none << none << "matomo" << qint64(1) << oneDay << "";
        QTest::newRow("Matomo raw ids by week")
            << thin("matomo/Export _ Visits Summary _ December 26, 2016 – January 29, 2017.csv") << none << none << "matomo" << qint64(5)
            << QStringList{"SELECT SUM(sessions) " + Web + " => 11462",
                           "SELECT CAST(sessions AS INTEGER) || ' ' || CAST(users AS INTEGER) " + Web
                               + " AND period_start = '2017-01-02' AND period_end = '2017-01-08' => 2346 1658",
                           "SELECT ROUND(bounce_rate * sessions) " + Web + " AND period_start = '2017-01-23' => 1020",
                           "SELECT MIN(period_start) || '/' || MAX(period_end) " + Web + " => 2016-12-26/2017-01-29"}
            << "";
        // Visits over time by day: the same 14 days in every UI language.
        const QStringList fourteenDays{"SELECT COUNT(*) " + Web + SiteDays + " => 14",
                                       "SELECT SUM(sessions) " + Web + SiteDays + " => 4586",
                                       "SELECT SUM(actions) " + Web + SiteDays + " => 9997",
                                       "SELECT ROUND(SUM(bounce_rate * sessions)) " + Web + SiteDays + " => 2119",
                                       "SELECT ROUND(SUM(avg_session_seconds * sessions)) " + Web + SiteDays + " => 600102",
                                       "SELECT CAST(users AS INTEGER) " + Web + day5 + " => 289",
                                       "SELECT sessions " + Web + " AND period_start = '2017-01-12' => 398"};
        const std::pair<const char *, const char *> languages[] = {
            {"en", "matomo/Export _ Visits Summary _ January 1 – 14, 2017.csv"},
            {"en, TSV", "matomo/Export _ Visits Summary _ January 1 – 14, 2017.tsv"},
            {"de", "matomo/de/Export _ Besucherüberblick _ 1.–14. Januar 2017.csv"},
            {"fr", "matomo/fr/Export _ Récapitulatif des visites _ 1–14 janvier 2017.csv"},
            {"es", "matomo/es/Export _ Resumen de visitas _ 1–14 de enero de 2017.csv"},
            {"it", "matomo/it/Export _ Sommario delle visite _ 01–14 gennaio 2017.csv"},
            {"nl", "matomo/nl/Export _ Bezoekerssamenvatting _ 1–14 januari 2017.csv"},
            {"pt", "matomo/pt/Export _ Resumo das visitas _ 1–14 de janeiro de 2017.csv"},
        };
        for (const auto &[language, file] : languages)
            QTest::addRow("Matomo visits over time (%s)", language) << thin(file) << none << none << "matomo" << qint64(14) << fourteenDays << "";
        QTest::newRow("Matomo channel type by day") << thin("matomo/Export _ Channel Type _ January 1 – 14, 2017.csv") << none << none
                                                    << "matomo" << qint64(65)
                                                    << QStringList{"SELECT SUM(sessions) " + Web + " AND report = 'channel_group' => 4586",
                                                                   "SELECT sessions " + Web + " AND dimension = 'Campaigns' AND period_start = '2017-01-09' => 5"}
                                                    << "";
        QTest::newRow("Matomo websites by day, ragged rows") << thin("matomo/Export _ Websites _ January 1 – 14, 2017.csv") << none << none
                                                             << "matomo" << qint64(58)
                                                             << QStringList{"SELECT SUM(sessions) " + Web + " AND report = 'referrer' => 1068",
                                                                            "SELECT SUM(sessions) " + Web + " AND dimension LIKE '%instagram.com' => 610",
                                                                            "SELECT ROUND(SUM(bounce_rate * sessions)) " + Web + " => 493"}
                                                             << "";
        QTest::newRow("Matomo no data") << "matomo/Export _ Websites _ Sunday, February 5, 2017.csv" << none << none << "matomo" << qint64(0)
                                        << QStringList{} << "No data available";
        // The scheduled report: Visits Summary, Channel Type, Websites read; Country left out.
        const QString week = QStringLiteral(" AND period_start = '2017-01-02' AND period_end = '2017-01-08'");
        const QStringList scheduled{
            "SELECT CAST(sessions AS INTEGER) || ' ' || CAST(users AS INTEGER) || ' ' || CAST(actions AS INTEGER) " + Web + week
                + " AND report = 'site' => 2346 1658 4930",
            "SELECT avg_session_seconds || ' ' || bounce_rate " + Web + week + " AND report = 'site' => 133.0 0.45",
            "SELECT COUNT(*) || ' ' || SUM(sessions) " + Web + week + " AND report = 'channel_group' => 5 2346.0",
            "SELECT sessions " + Web + " AND report = 'channel_group' AND dimension = 'Search Engines' => 761",
            "SELECT COUNT(*) || ' ' || SUM(sessions) " + Web + week + " AND report = 'referrer' => 5 610.0",
            "SELECT sessions " + Web + " AND dimension = 'instagram.com' => 247",
            "SELECT COUNT(*) " + Web + " AND dimension IN ('Switzerland', 'France') => 0"};
        for (const char *suffix : {"csv", "tsv"}) {
            QTest::addRow("Matomo scheduled report (%s)", suffix)
                << thin("matomo/scheduled/Example Physics Lab - January 2, 2017 – January 8, 2017 - Weekly web summary.") + QLatin1String(suffix)
                << none << none << "matomo-scheduled" << qint64(11) << scheduled << "left out";
        }
        // Matomo's own expected outputs (real bytes): their names give no period, so it is given.
        const QDate jan3(2010, 1, 3);
        const QStringList realDay{"SELECT CAST(sessions AS INTEGER) || ' ' || CAST(users AS INTEGER) || ' ' || bounce_rate || ' ' || avg_session_seconds "
                                  + Web + " AND period_start = '2010-01-03' => 2 2 1.0 271.0"};
        QTest::newRow("Matomo real raw ids, period given") << "real/matomo/test_csvExport_xp0__VisitsSummary.get_day.csv" << jan3 << jan3
                                                           << "matomo" << qint64(1) << realDay << "";
        QTest::newRow("Matomo real English, period given") << "real/matomo/test_csvExport_xp1_inner0_trans-en__VisitsSummary.get_day.csv"
                                                           << jan3 << jan3 << "matomo" << qint64(1) << realDay << "";
        QTest::newRow("Matomo real German, period given") << "real/matomo/test_csvExport_xp1_inner1_trans-de__VisitsSummary.get_day.csv"
                                                          << jan3 << jan3 << "matomo" << qint64(1) << realDay << "";
        QTest::newRow("Matomo real week") << "real/matomo/test_csvExport_multi__VisitsSummary.get_week.csv" << none << none << "matomo"
                                          << qint64(1)
                                          << QStringList{"SELECT period_start || '/' || period_end || ' ' || sessions " + Web
                                                         + " => 2009-12-28/2010-01-03 2.0"}
                                          << "";
        QTest::newRow("Matomo real German contents, period given")
            << "real/matomo/test_csvExport_xp1_inner1_trans-de__Contents.getContentNames_day.csv" << jan3 << jan3 << "matomo" << qint64(9)
            << QStringList{"SELECT COUNT(*) " + Web + " AND report = 'content' AND dimension2 = '' => 3",
                           "SELECT SUM(sessions) " + Web + " AND dimension = 'ImageAd' AND dimension2 <> '' => 6"}
            << "";
        // Visits Summary 11 visits; Actions - Main metrics 43 pageviews; Channel Type 3, Websites 2,
        // Campaigns 1, Page URLs 4, Entry pages 2 rows (counted by hand in the file).
        const QDate month1(2010, 1, 1), month31(2010, 1, 31);
        const QString realMonth = QStringLiteral(" AND period_start = '2010-01-01' AND period_end = '2010-01-31'");
        const QStringList realScheduled{
            "SELECT CAST(sessions AS INTEGER) || ' ' || CAST(users AS INTEGER) || ' ' || CAST(actions AS INTEGER) || ' ' || CAST(pageviews AS INTEGER) "
                + Web + realMonth + " AND report = 'site' => 11 2 43 43",
            "SELECT avg_session_seconds || ' ' || bounce_rate " + Web + " AND report = 'site' => 655.0 0.27",
            "SELECT SUM(sessions) " + Web + " AND report = 'channel_group' => 11",
            "SELECT COUNT(*) || ' ' || SUM(sessions) " + Web + " AND report = 'referrer' => 2 6.0",
            "SELECT COUNT(*) || ' ' || SUM(pageviews) " + Web + " AND report = 'page' => 4 43.0",
            // Entry pages: the entrances are the landing pages' sessions; bounces give the rate.
            "SELECT sessions || ' ' || bounce_rate " + Web + " AND report = 'landing_page' AND dimension = '/index.htm' => 9.0 0.111111111111111",
            "SELECT COUNT(*) " + Web + " AND report = 'campaign' => 1"};
        for (const char *suffix : {"csv", "tsv"}) {
            QTest::addRow("Matomo real scheduled report (%s), period given", suffix)
                << QStringLiteral("real/matomo/test_TwoVisitors_twoWebsites_differentDays_schedrep_in_%1__ScheduledReports.generateReport_month.original.%1")
                       .arg(QLatin1String(suffix))
                << month1 << month31 << "matomo-scheduled" << qint64(14) << realScheduled << "All Websites dashboard";
        }

        // Google Analytics (Universal) in its UI languages: the English Source/Medium report's figures.
        const QStringList sourceMedium{"SELECT COUNT(*) || ' ' || SUM(sessions) " + Web + " AND report = 'source_medium' => 8 15524.0",
                                       "SELECT sessions " + Web + " AND dimension = 'instagram.com / referral' => 1313",
                                       "SELECT CAST(sessions AS INTEGER) || ' ' || CAST(users AS INTEGER) || ' ' || CAST(new_users AS INTEGER) || ' ' "
                                       "|| bounce_rate || ' ' || avg_session_seconds || ' ' || CAST(conversions AS INTEGER) "
                                           + Web + " AND report = 'site' AND period_start < period_end => 15524 11444 8795 0.5097 106.0 10",
                                       "SELECT COUNT(*) || ' ' || SUM(sessions) " + Web + SiteDays + " => 14 15524.0",
                                       "SELECT sessions " + Web + SiteDays + " AND period_start = '2017-01-08' => 931"};
        const std::pair<const char *, const char *> gaLanguages[] = {
            {"de", "ga/de/Analytics Alle Websitedaten Quelle Medium 20170101-20170114.csv"},
            {"fr", "ga/fr/Analytics Toutes les données du site Web Source Support 20170101-20170114.csv"},
            {"es", "ga/es/Analytics Todos los datos del sitio web Fuente Medio 20170101-20170114.csv"},
            {"it", "ga/it/Analytics Tutti i dati del sito web Sorgente Mezzo 20170101-20170114.csv"},
            {"pt", "ga/pt/Analytics Todos os dados do website Origem mídia 20170101-20170114.csv"},
            {"en", "ga/Analytics All Web Site Data Source Medium 20170101-20170114.csv"},
        };
        for (const auto &[language, file] : gaLanguages)
            QTest::addRow("GA source/medium (%s)", language) << QString::fromUtf8(file) << none << none << "ga-universal" << qint64(8 + 1 + 14)
                                                             << sourceMedium << "";
        // A report on a dimension Beamline does not read: its rows are left out, its totals and
        // Day Index are read.
        QTest::newRow("GA browsers (nl)") << "ga/nl/Analytics All Web Site Data Browser en besturingssysteem 20170101-20170114.csv" << none << none
                                          << "ga-universal" << qint64(1 + 14)
                                          << QStringList{"SELECT COUNT(*) " + Web + " AND report <> 'site' => 0",
                                                         "SELECT CAST(sessions AS INTEGER) || ' ' || CAST(new_users AS INTEGER) || ' ' || bounce_rate " + Web
                                                             + " AND period_start < period_end => 15524 8795 0.5097",
                                                         "SELECT SUM(sessions) " + Web + SiteDays + " => 15524",
                                                         "SELECT sessions " + Web + SiteDays + " AND period_start = '2017-01-14' => 1186"}
                                          << "a Browser report";
        QTest::newRow("GA browser & OS, no Day Index") << "ga/Analytics All Web Site Data Browser & OS 20170101-20170114.csv" << none << none
                                                       << "ga-universal" << qint64(1)
                                                       << QStringList{"SELECT report || ' ' || sessions " + Web + " => site 15524.0"}
                                                       << "a Browser & OS report";
        // dgapitts/google-analytics-analyzer: the owner starred out the date range, so it is given.
        const QDate sep17(2014, 9, 17), sep18(2015, 9, 18);
        QTest::newRow("GA real Dutch browsers, period given") << "real/dgapitts/test_load_version.csv" << sep17 << sep18 << "ga-universal"
                                                              << qint64(1 + 367)
                                                              << QStringList{"SELECT CAST(sessions AS INTEGER) || ' ' || CAST(new_users AS INTEGER) || ' ' || bounce_rate "
                                                                             "|| ' ' || avg_session_seconds "
                                                                                 + Web + " AND period_start < period_end => 7374 6326 0.6732 66.0",
                                                                             "SELECT COUNT(*) || ' ' || SUM(sessions) " + Web + SiteDays + " => 367 7374.0",
                                                                             "SELECT MIN(period_start) || '/' || MAX(period_end) " + Web + " => 2014-09-17/2015-09-18",
                                                                             "SELECT COUNT(*) " + Web + " AND report <> 'site' => 0"}
                                                              << "a Browser report";
        // GA4 (tests/data/web/EXPECTED.md). An exploration: the grand total first, with an extra
        // "Grand total" cell, is the site's figure for the period; the pages are a breakdown
        // whose sessions overlap (63634 > 48211).
        const QString exploration = QStringLiteral(" AND report = 'site' AND period_start = '2024-11-22' AND period_end = '2026-01-20'");
        QTest::newRow("GA4 exploration, grand total") << "ga4/Pages-Free form 1.csv" << none << none << "ga4" << qint64(1 + 7)
            << QStringList{"SELECT CAST(sessions AS INTEGER) || ' ' || CAST(users AS INTEGER) || ' ' || CAST(conversions AS INTEGER) || ' ' || bounce_rate "
                               + Web + exploration + " => 48211 36034 733 0.4187",
                           "SELECT COUNT(*) || ' ' || SUM(sessions) " + Web + " AND report <> 'site' => 7 63634.0",
                           "SELECT COUNT(*) " + Web + " AND (dimension = 'Grand total' OR dimension = '') AND report <> 'site' => 0"}
            << "";
        // Standard reports without a totals row: only the breakdown.
        QTest::newRow("GA4 landing pages") << "ga4/Landing_page_Landing_page.csv" << none << none << "ga4" << qint64(6)
            << QStringList{"SELECT COUNT(*) || ' ' || SUM(sessions) " + Web + " AND report = 'landing_page' => 6 9128.0",
                           "SELECT MIN(period_start) || '/' || MAX(period_end) " + Web + " => 2025-02-01/2025-02-28",
                           "SELECT COUNT(*) " + Web + " AND report = 'site' => 0"}
            << "";
        QTest::newRow("GA4 pages and screens") << "ga4/Pages_and_screens_Page_path_and_screen_class.csv" << none << none << "ga4" << qint64(5)
            << QStringList{"SELECT SUM(pageviews) " + Web + " => 13863",
                           "SELECT sessions " + Web + " AND dimension = '/jobs' => 4772",
                           "SELECT ROUND(bounce_rate, 6) " + Web + " AND dimension = '/' => 0.298529",
                           "SELECT COUNT(*) " + Web + " AND report = 'site' => 0"}
            << "";
        QTest::newRow("GA real English browser & OS, period given") << "real/dgapitts/test_load_version_and_os.csv" << sep17 << sep18
                                                                    << "ga-universal" << qint64(1)
                                                                    << QStringList{"SELECT sessions " + Web + " => 7374"} << "a Browser & OS report";
    }

    void layouts()
    {
        QFETCH(QString, file);
        QFETCH(QDate, periodFrom);
        QFETCH(QDate, periodTo);
        QFETCH(QString, format);
        QFETCH(qint64, added);
        QFETCH(QStringList, checks);
        QFETCH(QString, warning);
        TestWorkspace ws;
        const ImportReport report = import(ws, web(file), periodFrom, periodTo);
        QVERIFY2(!report.failed(), qPrintable(report.error));
        QCOMPARE(report.format(), format);
        QCOMPARE(report.added, added);
        QCOMPARE(report.updated, 0);
        const QString warnings = report.warnings.join(QLatin1Char('\n'));
        if (warning.isEmpty())
            QVERIFY2(report.warnings.isEmpty(), qPrintable(warnings));
        else
            QVERIFY2(warnings.contains(warning), qPrintable(warnings));
        for (const QString &check : checks) {
            const QString sql = check.section(QStringLiteral(" => "), 0, 0);
            const QString expected = check.section(QStringLiteral(" => "), 1);
            const QString actual = text(scalar(ws.db(), sql));
            QVERIFY2(actual == expected, qPrintable(QStringLiteral("%1\n   got %2, expected %3").arg(sql, actual, expected)));
        }
    }

    // Without a period in its name or its rows, a report is not refused outright: the import
    // asks for the period, and nothing is written until it is given.
    void askForThePeriod_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("Matomo raw ids") << "real/matomo/test_csvExport_xp0__VisitsSummary.get_day.csv";
        QTest::newRow("Matomo German") << "real/matomo/test_csvExport_xp1_inner1_trans-de__VisitsSummary.get_day.csv";
        QTest::newRow("Matomo scheduled report")
            << "real/matomo/test_TwoVisitors_twoWebsites_differentDays_schedrep_in_csv__ScheduledReports.generateReport_month.original.csv";
        QTest::newRow("GA without its date range") << "real/dgapitts/test_load_version.csv";
    }

    void askForThePeriod()
    {
        QFETCH(QString, file);
        TestWorkspace ws;
        const QString before = dumpContent(ws.db());
        const ImportReport report = import(ws, web(file));
        QVERIFY(report.failed());
        QVERIFY(report.needsPeriod);
        QVERIFY2(report.error.contains(QLatin1String("give its period in the import preview")), qPrintable(report.error));
        QVERIFY2(report.error.contains(QLatin1String("--period FROM..TO")), qPrintable(report.error));
        QCOMPARE(dumpContent(ws.db()), before);
        // A file that fails for another reason does not ask for a period.
        const ImportReport other = import(ws, sample(QStringLiteral("broken/inconsistent_columns.csv")));
        QVERIFY(other.failed());
        QVERIFY(!other.needsPeriod);
    }

    // A period in the file name wins over the one given (which is only for files without one).
    void givenPeriodOnlyWhenTheFileHasNone()
    {
        TestWorkspace ws;
        const ImportReport report = import(ws, web(QStringLiteral("matomo/Export _ Visits Summary _ Thursday, January 5, 2017.csv")),
                                           QDate(2020, 1, 1), QDate(2020, 1, 31));
        QVERIFY2(!report.failed(), qPrintable(report.error));
        QCOMPARE(scalar(ws.db(), "SELECT period_start || '/' || period_end " + Web).toString(), QStringLiteral("2017-01-05/2017-01-05"));
    }

    // The figures the views show (AnalyticsRepository), from the files above.
    void matomoGermanDaysAreTheSiteSessionsPerDay()
    {
        TestWorkspace ws;
        QVERIFY(!import(ws, web(QStringLiteral("matomo/de/Export _ Besucherüberblick _ 1.–14. Januar 2017.csv"))).failed());
        const AnalyticsRepository analytics(ws.db(), QTimeZone("Europe/Zurich"));
        const DailyFigures daily = analytics.dailyFigures(QDate(2017, 1, 1), QDate(2017, 1, 14));
        const QList<double> sessions{276, 362, 346, 349, 362, 306, 273, 348, 308, 339, 278, 398, 310, 331};
        QCOMPARE(daily.days.size(), 14);
        for (int i = 0; i < 14; ++i)
            QCOMPARE(daily.days.at(i).web.sessions, std::optional<double>(sessions.at(i)));
        QCOMPARE(*daily.days.at(4).web.users, 289.0);
        QCOMPARE(*daily.days.at(4).web.bounceRate, 178.0 / 362);
        const PeriodStats s = analytics.periodStats(QDate(2017, 1, 1), QDate(2017, 1, 14));
        QCOMPARE(s.web.site.sessions, std::optional<double>(4586));
        QCOMPARE(*s.web.site.bounceRate, 2119.0 / 4586);
        QCOMPARE(*s.web.site.avgSessionSeconds, 600102.0 / 4586);
        QVERIFY(!s.web.site.users); // visitors do not add up over days
    }

    void scheduledReportGivesItsWeek()
    {
        TestWorkspace ws;
        QVERIFY(!import(ws, web(thin("matomo/scheduled/Example Physics Lab - January 2, 2017 – January 8, 2017 - Weekly web summary.csv"))).failed());
        const PeriodStats s = AnalyticsRepository(ws.db(), QTimeZone("Europe/Zurich")).periodStats(QDate(2017, 1, 2), QDate(2017, 1, 8));
        QCOMPARE(s.web.site.sessions, std::optional<double>(2346));
        QCOMPARE(s.web.site.users, std::optional<double>(1658));
        QCOMPARE(*s.web.site.avgSessionSeconds, 133.0); // "00:02:13"
        QCOMPARE(*s.web.site.bounceRate, 0.45);         // "45%"
        // instagram.com 247 + l.instagram.com 61, from the Websites section.
        QCOMPARE(s.web.byChannel.value(Platform::Instagram).sessions, std::optional<double>(247 + 61));
    }

    void gaGermanGivesTheSiteAndItsDays()
    {
        TestWorkspace ws;
        QVERIFY(!import(ws, web(QStringLiteral("ga/de/Analytics Alle Websitedaten Quelle Medium 20170101-20170114.csv"))).failed());
        const AnalyticsRepository analytics(ws.db(), QTimeZone("Europe/Zurich"));
        const PeriodStats s = analytics.periodStats(QDate(2017, 1, 1), QDate(2017, 1, 14));
        QCOMPARE(s.web.site.sessions, std::optional<double>(15524));
        QCOMPARE(s.web.site.users, std::optional<double>(11444));
        // Instagram: instagram.com + l.instagram.com; X: t.co; Facebook: facebook.com + m.facebook.com.
        QCOMPARE(s.web.byChannel.value(Platform::Instagram).sessions, std::optional<double>(2219));
        QCOMPARE(s.web.byChannel.value(Platform::X).sessions, std::optional<double>(697));
        QCOMPARE(s.web.byChannel.value(Platform::Facebook).sessions, std::optional<double>(1772));
        const DailyFigures daily = analytics.dailyFigures(QDate(2017, 1, 8), QDate(2017, 1, 8));
        QCOMPARE(daily.days.first().web.sessions, std::optional<double>(931));
    }

    void languagesAreListed()
    {
        const QStringList matomo{"en", "de", "fr", "es", "it", "nl", "pt", "pt-br"};
        QCOMPARE(Importer::format(QStringLiteral("matomo"))->languages(), matomo);
        QCOMPARE(Importer::format(QStringLiteral("matomo-scheduled"))->languages(), matomo);
        QCOMPARE(Importer::format(QStringLiteral("ga-universal"))->languages(), (QStringList{"en", "nl", "de", "fr", "es", "it", "pt"}));
    }
};

QTEST_GUILESS_MAIN(tst_WebFormats)
#include "tst_webformats.moc"
