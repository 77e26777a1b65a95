// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <core/db/attributionrulerepository.h>
#include <core/analytics/analyticsrepository.h>
#include <core/analytics/mentiondays.h>
#include <core/analytics/webchanneldays.h>
#include <core/db/channelrepository.h>
#include <core/db/importbatchrepository.h>
#include <core/db/importprofilerepository.h>
#include <core/db/platformpostrepository.h>
#include <core/db/postrepository.h>
#include <core/db/seriesrepository.h>
#include <core/db/settingsrepository.h>
#include <core/domain/isotime.h>
#include <core/import/importer.h>
#include <core/import/importhistory.h>
#include <core/import/importprofile.h>

#include <QFile>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTest>

using namespace Beamline;
using namespace Beamline::Test;

// How imports behave as a whole: idempotent, merging, atomic, cancellable, undoable.
class tst_Importer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_files;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_files.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
        return path;
    }

    static ImportReport run(TestWorkspace &ws, const QString &path, ImportOptions options = {})
    {
        options.timeZone = QTimeZone("Europe/Zurich");
        return Importer(ws.workspace().database(), options).importFile(path);
    }

    // An X account content export with the given (id, impressions, likes) rows.
    static QByteArray xContent(const QList<std::tuple<QString, int, int>> &rows)
    {
        QByteArray out = "Post id,Date,Post text,Post Link,Impressions,Likes,Engagements,Bookmarks,Shares,New follows,Replies,Reposts,"
                         "Profile visits,Detail Expands,URL Clicks,Hashtag Clicks,Permalink Clicks";
        for (const auto &[id, impressions, likes] : rows) {
            const QDate day = snowflakeDay(id);
            out += "\n" + id.toLatin1() + ",\"" + QLocale::c().toString(day, QStringLiteral("ddd, MMM d, yyyy")).toLatin1()
                + "\",#ThrowbackThursday post " + id.right(4).toLatin1() + ",https://x.com/examplelab/status/" + id.toLatin1() + ","
                + QByteArray::number(impressions) + "," + QByteArray::number(likes) + ",10,1,1,0,2,3,4,5,6,7,8";
        }
        return out;
    }

    static QDate snowflakeDay(const QString &id)
    {
        return QDateTime::fromMSecsSinceEpoch(qint64(id.toULongLong() >> 22) + Q_INT64_C(1288834974657), QTimeZone::utc()).date();
    }

    static QString idAt(QDate day, int n)
    {
        const qint64 ms = QDateTime(day, QTime(10, n), QTimeZone::utc()).toMSecsSinceEpoch() - Q_INT64_C(1288834974657);
        return QString::number((ms << 22) + n);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sameFileTwiceChangesNothing()
    {
        TestWorkspace ws;
        const QString file = sample(QStringLiteral("x/tweet_activity_metrics_examplelab_20170101_20170201_en.csv"));
        const ImportReport first = run(ws, file);
        QCOMPARE(first.added, 20);
        const QString before = dumpContent(ws.db());
        const ImportReport second = run(ws, file);
        QVERIFY(!second.failed());
        QVERIFY(second.alreadyImported);
        QCOMPARE(second.added, 0);
        QCOMPARE(second.updated, 0);
        QCOMPARE(second.unchanged, 20);
        QCOMPARE(dumpContent(ws.db()), before);
    }

    void sameRowsInOtherBytesAreUnchanged()
    {
        // An Excel re-save: BOM and CRLF, same rows. Every row is recognised as already there.
        TestWorkspace ws;
        const QString file = sample(QStringLiteral("x/account_analytics_content_2026-01-01_2026-01-31.csv"));
        QCOMPARE(run(ws, file).added, 20);
        QFile original(file);
        original.open(QIODevice::ReadOnly);
        QByteArray resaved = "\xEF\xBB\xBF" + original.readAll();
        resaved.replace("\n", "\r\n");
        const ImportReport again = run(ws, write(QStringLiteral("account_analytics_content_2026-01-01_2026-01-31 (1).csv"), resaved));
        QVERIFY2(!again.failed(), qPrintable(again.error));
        QCOMPARE(again.format(), QStringLiteral("x-account-content"));
        QCOMPARE(again.added, 0);
        QCOMPARE(again.unchanged, 20);
        // Each export keeps its own snapshots, so undoing either leaves the other's figures.
        QCOMPARE(scalar(ws.db(), QStringLiteral("SELECT COUNT(*) FROM post_snapshots")).toInt(), 40);
        QCOMPARE(scalar(ws.db(), QStringLiteral("SELECT COUNT(*) FROM post_snapshots WHERE is_current = 1")).toInt(), 20);
        QVERIFY(undoImport(ws.workspace(), scalar(ws.db(), QStringLiteral("SELECT MIN(id) FROM import_batches")).toLongLong()));
        QCOMPARE(scalar(ws.db(), QStringLiteral("SELECT COUNT(*) FROM post_snapshots WHERE is_current = 1")).toInt(), 20);
    }

    void overlappingExportsKeepTheNewestSnapshot()
    {
        TestWorkspace ws;
        const QString a = idAt({2026, 1, 5}, 1), b = idAt({2026, 1, 20}, 2), c = idAt({2026, 2, 10}, 3);
        // 28 days to Jan 31, then 90 days to Feb 28: the later export has grown numbers.
        const QString early = write(QStringLiteral("account_analytics_content_2026-01-04_2026-01-31.csv"), xContent({{a, 100, 5}, {b, 200, 7}}));
        const QString late = write(QStringLiteral("account_analytics_content_2025-12-01_2026-02-28.csv"), xContent({{a, 150, 9}, {b, 200, 7}, {c, 50, 1}}));
        const ImportReport r1 = run(ws, early);
        QCOMPARE(r1.added, 2);
        const ImportReport r2 = run(ws, late);
        QCOMPARE(r2.added, 1);     // c
        QCOMPARE(r2.updated, 1);   // a grew
        QCOMPARE(r2.unchanged, 1); // b the same
        const QString likesOf = QStringLiteral("SELECT s.likes FROM post_snapshots s JOIN platform_posts p ON p.id = s.platform_post_id "
                                               "WHERE s.is_current = 1 AND p.external_id = '%1'");
        QCOMPARE(scalar(ws.db(), likesOf.arg(a)).toInt(), 9);
        // The older export imported again (other bytes) does not overwrite the newer numbers.
        const ImportReport r3 = run(ws, write(QStringLiteral("account_analytics_content_2026-01-04_2026-01-31 copy.csv"),
                                              xContent({{a, 100, 5}, {b, 200, 7}}) + "\n"));
        QCOMPARE(r3.skipped, 0);
        QCOMPARE(r3.older, 1);     // a: a newer snapshot is kept, this one is history
        QCOMPARE(r3.unchanged, 2); // a (older) and b (the same)
        QVERIFY(r3.warnings.join(QLatin1Char('\n')).contains(QLatin1String("a newer export already holds")));
        QCOMPARE(scalar(ws.db(), likesOf.arg(a)).toInt(), 9);
        // a's history holds both captures.
        const qint64 aId = scalar(ws.db(), QStringLiteral("SELECT id FROM platform_posts WHERE external_id = '%1'").arg(a)).toLongLong();
        QCOMPARE(PlatformPostRepository(ws.db()).history(aId).size(), 3);
    }

    void overlappingDailyExportsUpsert()
    {
        TestWorkspace ws;
        const QString header = QStringLiteral("sep=,\n\"Instagram follows\"\n\"Date\",\"Primary\"\n");
        auto utf16 = [](const QString &text) {
            QStringEncoder e(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
            return QByteArray(e.encode(text));
        };
        const QString first = write(QStringLiteral("Jan-01-2026_Jan-03-2026_follows.csv"),
                                    utf16(header + QStringLiteral("\"2026-01-01T00:00:00\",\"4\"\n\"2026-01-03T00:00:00\",\"2\"\n")));
        const QString second = write(QStringLiteral("Jan-02-2026_Jan-04-2026_follows.csv"),
                                     utf16(header + QStringLiteral("\"2026-01-03T00:00:00\",\"3\"\n\"2026-01-04T00:00:00\",\"5\"\n")));
        const ImportReport r1 = run(ws, first);
        QVERIFY2(!r1.failed(), qPrintable(r1.error));
        QCOMPARE(r1.added, 3); // Jan 2 is a missing day: 0
        const ImportReport r2 = run(ws, second);
        QCOMPARE(r2.added, 1);     // Jan 4
        QCOMPARE(r2.updated, 1);   // Jan 3: 2 -> 3
        QCOMPARE(r2.unchanged, 1); // Jan 2: still 0
        QCOMPARE(scalar(ws.db(), QStringLiteral("SELECT SUM(value) FROM daily_metrics WHERE superseded_by IS NULL")).toInt(), 4 + 0 + 3 + 5);
        // Undo the second: Jan 3 is 2 again and Jan 4 is gone.
        QVERIFY(undoImport(ws.workspace(), r2.batchIds.first()));
        QCOMPARE(scalar(ws.db(), QStringLiteral("SELECT SUM(value) FROM daily_metrics WHERE superseded_by IS NULL")).toInt(), 4 + 0 + 2);
    }

    void brokenFileLeavesTheWorkspaceAsItWas()
    {
        TestWorkspace ws;
        QCOMPARE(run(ws, sample(QStringLiteral("meta/Jan-01-2026_Jan-31-2026_17841400123456789.csv"))).added, 15);
        const QString before = dumpContent(ws.db());
        // A valid start, then a broken quote far down the file: nothing of it may stay.
        QFile good(sample(QStringLiteral("x/tweet_activity_metrics_examplelab_20170101_20170201_en.csv")));
        good.open(QIODevice::ReadOnly);
        const QByteArray broken = good.readAll() + "\"1\",\"https://twitter.com/examplelab/status/1\",\"never closed";
        const ImportReport report = run(ws, write(QStringLiteral("tweets.csv"), broken));
        QVERIFY(report.failed());
        QVERIFY(report.error.contains(QLatin1String("tweets.csv:")));
        QCOMPARE(dumpContent(ws.db()), before);
    }

    void cancelMidImportLeavesTheWorkspaceAsItWas()
    {
        TestWorkspace ws;
        QByteArray big = "# ----------------------------------------\n# Traffic acquisition: Session source / medium\n# Account: Lab\n"
                         "# Property: lab.example - GA4\n# ----------------------------------------\n#\n# All Users\n"
                         "# Start date: 20240101\n# End date: 20240131\nSession source / medium,Sessions,Engaged sessions\n";
        for (int i = 0; i < 20000; ++i)
            big += "source" + QByteArray::number(i) + ".example / referral," + QByteArray::number(i % 97 + 1) + ",1\n";
        const QString path = write(QStringLiteral("big_ga4.csv"), big);
        const QString before = dumpContent(ws.db());
        std::atomic<bool> cancel = false;
        int calls = 0;
        const ImportReport report = Importer(ws.workspace().database()).importFile(path, [&](qint64 done, qint64 total) {
            ++calls;
            QVERIFY(done <= total);
            if (done > total / 3)
                cancel = true;
        }, &cancel);
        QVERIFY(calls > 0);
        QVERIFY(report.cancelled);
        QVERIFY(report.failed());
        QCOMPARE(dumpContent(ws.db()), before);
        // Not cancelled, it imports all 20,000 rows.
        QCOMPARE(Importer(ws.workspace().database()).importFile(path).added, 20000);
    }

    void undoRestoresEverything()
    {
        TestWorkspace ws;
        const ImportReport ga = run(ws, sample(QStringLiteral("ga/Analytics All Web Site Data Landing Pages 20170101-20170131.csv")));
        const QString afterGa = dumpContent(ws.db());
        const ImportReport ig = run(ws, sample(QStringLiteral("meta/Jan-01-2026_Jan-31-2026_17841400123456789.csv")));
        const ImportReport mentions = run(ws, sample(QStringLiteral("listening/brandwatch_examplelab_mentions_2024-03.csv")));
        QVERIFY(!ig.failed() && !mentions.failed());
        QVERIFY(undoImport(ws.workspace(), mentions.batchIds.first()));
        QVERIFY(undoImport(ws.workspace(), ig.batchIds.first()));
        QVERIFY(!undoImport(ws.workspace(), ig.batchIds.first())); // already undone
        QCOMPARE(scalar(ws.db(), QStringLiteral("SELECT COUNT(*) FROM platform_posts")).toInt(), 0);
        QCOMPARE(scalar(ws.db(), QStringLiteral("SELECT COUNT(*) FROM mentions")).toInt(), 0);
        // Only the undone batches' status and the channel they created differ.
        QStringList a = afterGa.split(QLatin1Char('\n'));
        QStringList b = dumpContent(ws.db()).split(QLatin1Char('\n'));
        auto notBatchOrChannel = [](const QString &l) {
            return !l.contains(QLatin1String("|undone|")) && !l.contains(QLatin1String("|active|")) && !l.startsWith(QLatin1String("2|instagram"))
                && !l.contains(QLatin1String("Description")) && !l.contains(QLatin1String("|Full Text|")) && !l.contains(QLatin1String("|text"));
        };
        a.removeIf([&](const QString &l) { return !notBatchOrChannel(l); });
        b.removeIf([&](const QString &l) { return !notBatchOrChannel(l); });
        // The landing pages, the Day Index and the totals row each give the month's 15,078 sessions.
        QCOMPARE(scalar(ws.db(), QStringLiteral("SELECT SUM(sessions) FROM web_traffic WHERE live <> 0")).toInt(), 3 * 15078);
        Q_UNUSED(ga);
        // The undone file can be imported again.
        QCOMPARE(run(ws, sample(QStringLiteral("meta/Jan-01-2026_Jan-31-2026_17841400123456789.csv"))).added, 15);
    }

    void identicalRowsInOneFileCountOnce()
    {
        TestWorkspace ws;
        const QByteArray file = "# ----\n# All Web Site Data\n# Pages\n# 20170101-20170131\n# ----\n\n"
                                "Page,Pageviews,Exits\n/a,10,2\n/b,5,1\n/a,10,2\n,15,3\n";
        const ImportReport r = run(ws, write(QStringLiteral("Analytics Pages 20170101-20170131.csv"), file));
        QVERIFY2(!r.failed(), qPrintable(r.error));
        QCOMPARE(r.added, 3); // /a, /b and the totals row
        QCOMPARE(r.duplicates, 1);
        QVERIFY(r.warnings.join(QLatin1Char('\n')).contains(QLatin1String("line 10: repeats line 8")));
        QCOMPARE(scalar(ws.db(), QStringLiteral("SELECT COUNT(*) FROM web_traffic WHERE dimension = '/a'")).toInt(), 1);
        QCOMPARE(scalar(ws.db(), QStringLiteral("SELECT SUM(pageviews) FROM web_traffic WHERE report = 'page'")).toInt(), 15);
        // The same rows in a new file (other bytes): all unchanged.
        const ImportReport again = run(ws, write(QStringLiteral("Analytics Pages 20170101-20170131 (2).csv"), file + "\n"));
        QCOMPARE(again.added, 0);
        QCOMPARE(again.unchanged, 4);
        QCOMPARE(scalar(ws.db(), QStringLiteral("SELECT SUM(pageviews) FROM web_traffic WHERE report = 'page' AND live <> 0")).toInt(), 15);
    }

    void contradictoryRowsInOneFileImportNothing()
    {
        // Two rows for the same page and period with other numbers: a dimension is missing.
        TestWorkspace ws;
        const QByteArray file = "# ----\n# All Web Site Data\n# Pages\n# 20170101-20170131\n# ----\n\n"
                                "Page,Pageviews,Exits\n/a,10,2\n/b,5,1\n/a,12,2\n";
        const ImportReport r = run(ws, write(QStringLiteral("Analytics Pages 20170101-20170131.csv"), file));
        QVERIFY(r.failed());
        QVERIFY2(r.error.startsWith(QLatin1String("Analytics Pages 20170101-20170131.csv:10: ")), qPrintable(r.error));
        QVERIFY2(r.error.contains(QLatin1String("line 8")) && r.error.contains(QLatin1String("pageviews")), qPrintable(r.error));
        QCOMPARE(scalar(ws.db(), QStringLiteral("SELECT COUNT(*) FROM web_traffic")).toInt(), 0);
        QCOMPARE(scalar(ws.db(), QStringLiteral("SELECT COUNT(*) FROM import_batches")).toInt(), 0);
    }

    void frenchGa4WithSemicolons()
    {
        TestWorkspace ws;
        const QByteArray file = "# ----------------------------------------\n# Acquisition de trafic : Groupe de canaux principal de la session "
                                "(Groupe de canaux par défaut)\n# Compte : Labo\n# Propriété : labo.example\n"
                                "# ----------------------------------------\n#\n# Tous les utilisateurs\n# Date de début : 20260701\n"
                                "# Date de fin : 20260731\n"
                                "Groupe de canaux principal de la session (groupe de canaux par défaut);Sessions;Sessions avec engagement;"
                                "Taux d'engagement;Durée d'engagement moyenne par session\n"
                                "Total général;2 345;1 200;51,2 %;45,5\nOrganic Search;1 234;600;48,6 %;40,25\nDirect;1 111;600;54,0 %;51,3\n";
        const ImportReport r = run(ws, write(QStringLiteral("Acquisition_de_trafic.csv"), file));
        QVERIFY2(!r.failed(), qPrintable(r.error));
        QCOMPARE(r.format(), QStringLiteral("ga4"));
        QCOMPARE(r.added, 3); // the two channel groups and the total
        QCOMPARE(scalar(ws.db(), QStringLiteral("SELECT SUM(sessions) FROM web_traffic WHERE report = 'channel_group'")).toInt(), 2345);
        QCOMPARE(scalar(ws.db(), QStringLiteral("SELECT SUM(sessions) FROM web_traffic WHERE report = 'site'")).toInt(), 2345);
        QCOMPARE(scalar(ws.db(), "SELECT " + rounded("bounce_rate", 3) + " FROM web_traffic WHERE dimension = 'Organic Search'").toDouble(), 0.514);
        QCOMPARE(scalar(ws.db(), QStringLiteral("SELECT avg_session_seconds FROM web_traffic WHERE dimension = 'Organic Search'")).toDouble(), 40.25);
        QCOMPARE(scalar(ws.db(), QStringLiteral("SELECT period_start || '/' || period_end FROM web_traffic LIMIT 1")).toString(),
                 QStringLiteral("2026-07-01/2026-07-31"));
    }

    void ga4WithADateDimension()
    {
        // "Session source / medium" by "Date": each row covers its own day, inside the report's range.
        TestWorkspace ws;
        const QByteArray file = "# ----------------------------------------\n# Traffic acquisition: Session source / medium\n# Account: Lab\n"
                                "# Property: lab.example - GA4\n# ----------------------------------------\n#\n# All Users\n"
                                "# Start date: 20240101\n# End date: 20240102\n"
                                "Session source / medium,Date,Sessions,Engagement rate\n"
                                "l.instagram.com / referral,20240101,10,0.5\ngoogle / organic,20240101,30,0.25\n"
                                "l.instagram.com / referral,20240102,20,0.75\n";
        const ImportReport r = run(ws, write(QStringLiteral("ga4_by_day.csv"), file));
        QVERIFY2(!r.failed(), qPrintable(r.error));
        QCOMPARE(r.added, 3);
        QCOMPARE(scalar(ws.db(), "SELECT " + joined("period_start || '=' || CAST(sessions AS INTEGER)", " ")
                                     + " FROM (SELECT * FROM web_traffic WHERE dimension = 'l.instagram.com / referral' ORDER BY period_start) t")
                     .toString(),
                 QStringLiteral("2024-01-01=10 2024-01-02=20"));
        QCOMPARE(scalar(ws.db(), QStringLiteral("SELECT COUNT(*) FROM web_traffic WHERE report = 'source_medium' AND dimension2 = ''")).toInt(), 3);
        QCOMPARE(scalar(ws.db(), QStringLiteral("SELECT bounce_rate FROM web_traffic WHERE dimension = 'google / organic'")).toDouble(), 0.75);
    }

    void webSummaryFollowsImportsUndoAndRules()
    {
        TestWorkspace ws;
        const QSqlDatabase db = ws.db();
        auto ga4 = [&](const char *name, const char *start, const char *end, const QByteArray &rows) {
            const QByteArray head = QByteArray("# ----------------------------------------\n# Traffic acquisition: Session source / medium\n")
                + "# Account: Lab\n# Property: lab.example - GA4\n# ----------------------------------------\n#\n# All Users\n"
                + "# Start date: " + start + "\n# End date: " + end + "\nSession source / medium,Date,Sessions,Engagement rate\n";
            const ImportReport r = run(ws, write(QString::fromLatin1(name), head + rows));
            [&] { QVERIFY2(!r.failed(), qPrintable(r.error)); }();
            return r;
        };
        // Sessions of the summary on a day for a channel key ('' for traffic no rule attributes).
        auto summary = [&](const char *day, const char *platform) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT sessions FROM web_channel_days WHERE report = 'source_medium' AND day = ? AND platform = ?"));
            q.addBindValue(QString::fromLatin1(day));
            q.addBindValue(QString::fromLatin1(platform));
            q.exec();
            return q.next() ? q.value(0).toDouble() : -1.0;
        };
        const AnalyticsRepository analytics(db, QTimeZone("Europe/Zurich"));
        auto instagramSessions = [&] {
            return analytics.periodStats(QDate(2024, 1, 1), QDate(2024, 1, 3)).web.byChannel.value(Platform::Instagram).sessions.value_or(-1);
        };

        ga4("first.csv", "20240101", "20240102",
            "l.instagram.com / referral,20240101,10,0.5\ngoogle / organic,20240101,30,0.25\ninstagram / story,20240102,20,0.75\n");
        QVERIFY(WebChannelDays(db).isCurrent());
        QCOMPARE(summary("2024-01-01", "instagram"), 10.0);
        QCOMPARE(summary("2024-01-01", ""), 30.0);
        QCOMPARE(summary("2024-01-02", "instagram"), 20.0);
        QCOMPARE(instagramSessions(), 30.0);

        // An overlapping export replaces day 2 and adds day 3; day 1 stays.
        const ImportReport second = ga4("second.csv", "20240102", "20240103",
                                        "instagram / story,20240102,25,0.75\nl.instagram.com / referral,20240103,5,0.5\n");
        QVERIFY(WebChannelDays(db).isCurrent());
        QCOMPARE(summary("2024-01-01", "instagram"), 10.0);
        QCOMPARE(summary("2024-01-02", "instagram"), 25.0);
        QCOMPARE(summary("2024-01-03", "instagram"), 5.0);
        QCOMPARE(instagramSessions(), 40.0);
        // Added up row by row, it is what recomputing it from the rows gives.
        const QString dumpSql = "SELECT " + joined("line", " | ") + " FROM (SELECT report || ' ' || day || ' ' || platform || ' ' || "
            + rounded("sessions", 6) + " || ' ' || " + rounded("bounce_weighted", 6) + " || ' ' || " + rounded("bounce_base", 6)
            + " AS line FROM web_channel_days ORDER BY report, day, platform) t";
        const QString incremental = scalar(db, dumpSql).toString();
        WebChannelDays(db).rebuild();
        QCOMPARE(scalar(db, dumpSql).toString(), incremental);

        // The summary and the detailed rows agree: without the summary's record, the
        // views read web_traffic and find the same numbers.
        const QString state = *SettingsRepository(db).value(QStringLiteral("web_channel_days"));
        SettingsRepository(db).remove(QStringLiteral("web_channel_days"));
        QVERIFY(!WebChannelDays(db).isCurrent());
        QCOMPARE(instagramSessions(), 40.0);
        SettingsRepository(db).setValue(QStringLiteral("web_channel_days"), state);
        QVERIFY(WebChannelDays(db).isCurrent());

        // Undo brings back day 2 as it was and takes day 3 away.
        QVERIFY(undoImport(ws.workspace(), second.batchIds.first()));
        QVERIFY(WebChannelDays(db).isCurrent());
        QCOMPARE(summary("2024-01-02", "instagram"), 20.0);
        QCOMPARE(summary("2024-01-03", "instagram"), -1.0);
        QCOMPARE(instagramSessions(), 30.0);

        // A row written behind the summary's back makes it out of date, and the views
        // read the detailed rows, so the numbers stay right.
        QSqlQuery raw(db);
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO web_traffic (source_id, report, period_start, period_end, dimension, key_hash, sessions, "
                                        "live, batch_id) SELECT source_id, 'source_medium', '2024-01-03', '2024-01-03', 'instagram.com / referral', 1, "
                                        "7, 1, batch_id FROM web_traffic LIMIT 1")));
        QVERIFY(!WebChannelDays(db).isCurrent());
        QCOMPARE(instagramSessions(), 37.0);
        WebChannelDays(db).rebuild();
        QCOMPARE(summary("2024-01-03", "instagram"), 7.0);

        // Changing the rules re-attributes the summary in the same transaction.
        QVector<AttributionRule> rules = AttributionRuleRepository(db).all();
        rules.prepend({0, 0, QStringLiteral("google / *"), Platform::YouTube});
        QVERIFY(saveRules(ws.workspace(), rules));
        QVERIFY(WebChannelDays(db).isCurrent());
        QCOMPARE(summary("2024-01-01", "youtube"), 30.0);
        QCOMPARE(summary("2024-01-01", ""), -1.0);
    }

    void mentionCountsFollowImportsAndUndo()
    {
        TestWorkspace ws;
        const QSqlDatabase db = ws.db();
        // The daily counts hold exactly the current mentions, per UTC day, network and sentiment.
        auto agree = [&] {
            const QString all = joined("d || ' ' || n || ' ' || s || ' ' || c", " | ");
            return scalar(db, "SELECT " + all + " FROM (SELECT day AS d, network AS n, sentiment AS s, mentions AS c FROM mention_days ORDER BY 1, 2, 3) t")
                       .toString()
                == scalar(db, "SELECT " + all + " FROM (SELECT SUBSTR(occurred_at, 1, 10) AS d, network AS n, COALESCE(sentiment, '') AS s, "
                                                "COUNT(*) AS c FROM mentions WHERE superseded_by IS NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3) t")
                       .toString();
        };
        const ImportReport brandwatch = run(ws, sample(QStringLiteral("listening/brandwatch_examplelab_mentions_2024-03.csv")));
        QVERIFY(!brandwatch.failed());
        QVERIFY(MentionDays(db).isCurrent());
        QCOMPARE(scalar(db, QStringLiteral("SELECT SUM(mentions) FROM mention_days")).toInt(), 12);
        QVERIFY(agree());
        // A later Meltwater export (stable document ids) moves a mention from 3 to 5 March:
        // the mention is replaced, and both days are counted again.
        QVERIFY(!run(ws, sample(QStringLiteral("listening/meltwater_examplelab_explore_2025-03.csv"))).failed());
        QFile original(sample(QStringLiteral("listening/meltwater_examplelab_explore_2025-03.csv")));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QString text = QStringDecoder(QStringDecoder::Utf16LE).decode(original.readAll());
        QVERIFY(text.contains(QLatin1String("03-Mar-2025\t11:49 AM\tex9e671337224ceeb9")));
        text.replace(QLatin1String("03-Mar-2025\t11:49 AM\tex9e671337224ceeb9"), QLatin1String("05-Mar-2025\t11:49 AM\tex9e671337224ceeb9"));
        const ImportReport later = run(ws, write(QStringLiteral("meltwater_later.csv"), QStringEncoder(QStringEncoder::Utf16LE).encode(text)));
        QVERIFY2(!later.failed(), qPrintable(later.error));
        QCOMPARE(later.updated, 1);
        QVERIFY(MentionDays(db).isCurrent());
        QVERIFY(agree());
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM mention_days WHERE day = '2025-03-03'")).toInt(), 0);
        QVERIFY(undoImport(ws.workspace(), later.batchIds.first()));
        QVERIFY(agree());
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM mention_days WHERE day = '2025-03-03'")).toInt(), 1);
        QVERIFY(undoImport(ws.workspace(), later.batchIds.first() - 1)); // the first Meltwater export
        QVERIFY(agree());
        QVERIFY(!run(ws, sample(QStringLiteral("listening/meltwater_examplelab_classic_2024-03.csv"))).failed());
        QVERIFY(MentionDays(db).isCurrent());
        QVERIFY(agree());
        QVERIFY(undoImport(ws.workspace(), brandwatch.batchIds.first()));
        QVERIFY(MentionDays(db).isCurrent());
        QCOMPARE(scalar(db, QStringLiteral("SELECT SUM(mentions) FROM mention_days")).toInt(), 12); // Meltwater's twelve
        QVERIFY(agree());
        // The same file again after the undo: counted again.
        QVERIFY(!run(ws, sample(QStringLiteral("listening/brandwatch_examplelab_mentions_2024-03.csv"))).failed());
        QVERIFY(MentionDays(db).isCurrent());
        QCOMPARE(scalar(db, QStringLiteral("SELECT SUM(mentions) FROM mention_days")).toInt(), 24);
        QVERIFY(agree());
    }

    void germanMetaPostsWithExcelDates()
    {
        // A German Business Suite export re-saved by Excel: ';', decimal commas, dd.MM.yyyy.
        TestWorkspace ws;
        const QByteArray file = "\xEF\xBB\xBF""Beitrags-ID;Konto-ID;Konto-Benutzername;Kontoname;Beschreibung;Dauer (Sek.);Veröffentlichungszeitpunkt;"
                                "Permalink;Beitragstyp;Datenkommentar;Datum;Aufrufe;Reichweite;Gespeichert\r\n"
                                "18111185289945729;17841400123456789;examplelab;Example Lab;Hallo #ThrowbackThursday;0;01.09.2026 18:00;"
                                "https://www.instagram.com/p/x/;IG Karussell;;Lifetime;1.234;987;12\r\n";
        const ImportReport r = run(ws, write(QStringLiteral("Sep-01-2026_Sep-30-2026_17841400123456789.csv"), file));
        QVERIFY2(!r.failed(), qPrintable(r.error));
        QCOMPARE(r.format(), QStringLiteral("meta-instagram-posts"));
        QCOMPARE(scalar(ws.db(), QStringLiteral("SELECT views FROM post_snapshots")).toInt(), 1234);
        QCOMPARE(scalar(ws.db(), QStringLiteral("SELECT published_at FROM platform_posts")).toString(), QStringLiteral("2026-09-01T16:00:00Z"));
    }

    void rowsWithTheWrongNumberOfFieldsAreReported()
    {
        TestWorkspace ws;
        ImportProfile profile;
        profile.name = QStringLiteral("Weekly sheet");
        profile.target = ImportProfile::Target::Daily;
        profile.platform = Platform::X;
        profile.dateLayout = Values::DateLayout::Iso;
        profile.columns = {{QStringLiteral("Date"), QStringLiteral("day"), ColumnSpec::Kind::Text},
                           {QStringLiteral("Channel"), QString(), ColumnSpec::Kind::Text},
                           {QStringLiteral("Posts"), QStringLiteral("daily:posts_created"), ColumnSpec::Kind::Number},
                           {QStringLiteral("Impressions"), QStringLiteral("daily:impressions"), ColumnSpec::Kind::Number}};
        profile.headerSignature = QStringLiteral("date|channel|posts|impressions");
        ImportProfileRepository(ws.db()).save(profile.toRecord());
        // By default a row with too few or too many values stops the import, naming it.
        const ImportReport r = run(ws, sample(QStringLiteral("broken/inconsistent_columns.csv")));
        QVERIFY(r.failed());
        QCOMPARE(r.error, QStringLiteral("inconsistent_columns.csv:3: expected 4 fields as in the header, found 3"));
        QCOMPARE(scalar(ws.db(), QStringLiteral("SELECT COUNT(*) FROM daily_metrics")).toInt(), 0);

        // Asked to, it imports the good rows and lists each one it left out. Lines 3, 4 and 6
        // have too few or too many values; line 8 only has two empty cells too many and is read.
        ImportOptions options;
        options.skipBadRows = true;
        const ImportReport skipping = run(ws, sample(QStringLiteral("broken/inconsistent_columns.csv")), options);
        QVERIFY2(!skipping.failed(), qPrintable(skipping.error));
        QCOMPARE(skipping.format(), QStringLiteral("profile:Weekly sheet"));
        QCOMPARE(skipping.skipped, 3);
        QCOMPARE(skipping.skippedRows,
                 (QStringList{QStringLiteral("inconsistent_columns.csv:line 3: expected 4 fields as in the header, found 3"),
                              QStringLiteral("inconsistent_columns.csv:line 4: expected 4 fields as in the header, found 5 (a comma or quote "
                                             "inside a text that is not quoted?)"),
                              QStringLiteral("inconsistent_columns.csv:line 6: expected 4 fields as in the header, found 2")}));
        QVERIFY(skipping.warnings.join(QLatin1Char('\n')).contains(QLatin1String("line 8: expected 4 fields, found 6; the extra cells are empty")));
        QCOMPARE(scalar(ws.db(), QStringLiteral("SELECT SUM(value) FROM daily_metrics WHERE metric = 'impressions'")).toInt(),
                 4512 + 3980 + 5120 + 1890 + 2750);
    }

    void mappingProfileRoundTrip()
    {
        TestWorkspace ws;
        ImportProfile profile;
        profile.name = QStringLiteral("Mastodon by hand");
        profile.target = ImportProfile::Target::Posts;
        profile.platform = Platform::Other;
        profile.channelHandle = QStringLiteral("lab@social.example");
        profile.dateLayout = Values::DateLayout::EuropeanSlash;
        profile.decimal = QLatin1Char(',');
        profile.timeZone = QStringLiteral("Europe/Paris");
        profile.columns = {{QStringLiteral("Lien"), QStringLiteral("post.permalink"), ColumnSpec::Kind::Text},
                           {QStringLiteral("Jour"), QStringLiteral("post.time"), ColumnSpec::Kind::Text},
                           {QStringLiteral("Texte"), QStringLiteral("post.text"), ColumnSpec::Kind::Text},
                           {QStringLiteral("Vues"), QStringLiteral("metric:views"), ColumnSpec::Kind::Number},
                           {QStringLiteral("Boosts"), QStringLiteral("metric:shares"), ColumnSpec::Kind::Number, 1}};
        profile.headerSignature = QStringLiteral("lien|jour|texte|vues|boosts");
        const qint64 id = ImportProfileRepository(ws.db()).save(profile.toRecord());
        const auto stored = ImportProfile::fromRecord(*ImportProfileRepository(ws.db()).find(id));
        profile.id = id;
        QCOMPARE(stored, profile);
        QCOMPARE(ImportProfileRepository(ws.db()).forSignature(profile.headerSignature).size(), 1);

        const QString path = write(QStringLiteral("mastodon.csv"), "Lien;Jour;Texte;Vues;Boosts\n"
                                                                  "https://social.example/@lab/1;31/01/2026;Bonjour;1.234;5\n");
        const ImportReport r = run(ws, path);
        QVERIFY2(!r.failed(), qPrintable(r.error));
        QCOMPARE(r.format(), QStringLiteral("profile:Mastodon by hand"));
        QCOMPARE(scalar(ws.db(), QStringLiteral("SELECT views FROM post_snapshots")).toInt(), 1234);
        QCOMPARE(scalar(ws.db(), QStringLiteral("SELECT published_at FROM platform_posts")).toString(), QStringLiteral("2026-01-30T23:00:00Z"));
        QCOMPARE(scalar(ws.db(), QStringLiteral("SELECT handle FROM channels")).toString(), QStringLiteral("lab@social.example"));
        // Saving under the same name replaces it.
        profile.columns.removeLast();
        QCOMPARE(ImportProfileRepository(ws.db()).save(profile.toRecord()), id);
        QCOMPARE(ImportProfile::fromRecord(*ImportProfileRepository(ws.db()).find(id)).columns.size(), 4);
    }

    void hashtagsLinkPostsToSeriesAndPlan()
    {
        TestWorkspace ws;
        const qint64 x = ChannelRepository(ws.db()).insert({0, Platform::X, QStringLiteral("examplelab"), {}});
        Series tbt;
        tbt.name = QStringLiteral("#ThrowbackThursday");
        tbt.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=TH");
        tbt.dtstart = IsoTime::makeWallClock({2017, 1, 5}, QTime(11, 0));
        tbt.timeZone = QStringLiteral("Europe/Zurich");
        tbt.hashtags = {QStringLiteral("#ThrowbackThursday")};
        const qint64 series = SeriesRepository(ws.db()).insert(tbt);
        // The planned post for Jan 26 at 11:00 Zurich (10:00 UTC); the tweet went out at 10:02 UTC.
        Post planned;
        planned.title = QStringLiteral("TBT 1976");
        planned.body = QStringLiteral("#ThrowbackThursday 1976: the first protons in our super synchrotron");
        planned.seriesId = series;
        planned.scheduledAt = QDateTime({2017, 1, 26}, QTime(10, 0), QTimeZone::utc());
        planned.channels = {{x, {}}};
        planned.status = PostStatus::Scheduled;
        const qint64 postId = PostRepository(ws.db()).insert(planned);
        const ImportReport r = run(ws, sample(QStringLiteral("x/tweet_activity_metrics_examplelab_20170101_20170201_en.csv")));
        QVERIFY(!r.failed());
        QVERIFY(scalar(ws.db(), QStringLiteral("SELECT COUNT(*) FROM platform_posts WHERE series_id = %1").arg(series)).toInt() >= 4);
        QCOMPARE(scalar(ws.db(), QStringLiteral("SELECT COUNT(*) FROM platform_posts WHERE post_id = %1").arg(postId)).toInt(), 1);
        QCOMPARE(scalar(ws.db(), QStringLiteral("SELECT match_method FROM platform_posts WHERE post_id = %1").arg(postId)).toString(),
                 QStringLiteral("time+text"));
        QCOMPARE(scalar(ws.db(), QStringLiteral("SELECT match_confirmed FROM platform_posts WHERE post_id = %1").arg(postId)).toInt(), 0);
    }

    void previewWritesNothing()
    {
        TestWorkspace ws;
        const QString before = dumpContent(ws.db());
        ImportOptions options;
        options.preview = true;
        const ImportReport r = run(ws, sample(QStringLiteral("meta/Jan-01-2026_Jan-31-2026_104512345678901.csv")), options);
        QVERIFY(!r.failed());
        QCOMPARE(r.added, 15);
        QCOMPARE(r.periodStart, QDate(2026, 1, 2)); // the first post, 01/02/2026 10:00
        QCOMPARE(r.accounts, QStringList{QStringLiteral("Facebook Example Physics Lab")});
        QCOMPARE(dumpContent(ws.db()), before);
    }
};

QTEST_GUILESS_MAIN(tst_Importer)
#include "tst_importer.moc"
