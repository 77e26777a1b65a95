// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <core/analytics/mentiondays.h>
#include <core/analytics/webchanneldays.h>
#include <core/db/seriesrepository.h>
#include <core/demo/demogenerator.h>
#include <core/domain/isotime.h>

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace Beamline;
using namespace Beamline::Test;

// The demo must tell the talk's story with numbers that add up.
class tst_DemoGenerator : public QObject
{
    Q_OBJECT

private:
    TestWorkspace m_ws;
    DemoGenerator::Summary m_summary;

    double number(const QString &sql) { return scalar(m_ws.db(), sql).toDouble(); }

private Q_SLOTS:
    void initTestCase() { m_summary = DemoGenerator::generate(m_ws.workspace().writer()); }

    void labelledAsDemo()
    {
        QVERIFY(m_ws.workspace().isDemo());
        QVERIFY(m_ws.workspace().name().contains(QLatin1String("synthetic")));
        QCOMPARE(m_ws.workspace().today(), DemoGenerator::today());
        QCOMPARE(m_ws.workspace().timeZone().id(), QByteArray("Europe/Zurich"));
    }

    void seriesAndCampaignFromTheTalk()
    {
        QStringList names;
        for (const Series &s : SeriesRepository(m_ws.db()).all())
            names.append(s.name);
        QCOMPARE(names, (QStringList{QStringLiteral("#FollowFriday"), QStringLiteral("#ThrowbackThursday"), QStringLiteral("Guess What It Is")}));
        QCOMPARE(scalar(m_ws.db(), QStringLiteral("SELECT starts_on || '/' || ends_on FROM campaigns WHERE hashtag = '#WhatsUpLHC'")).toString(),
                 QStringLiteral("2016-11-14/2017-01-12"));
        QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM pillars")), 4.0);
        QCOMPARE(number("SELECT " + rounded("SUM(target_share)", 6) + " FROM pillars"), 1.0);
    }

    void everyImportedRowHasItsBatch()
    {
        const qint64 batch = scalar(m_ws.db(), QStringLiteral("SELECT id FROM import_batches WHERE format = 'demo'")).toLongLong();
        QVERIFY(batch > 0);
        for (const char *table : {"post_snapshots", "daily_metrics", "web_traffic", "mentions"}) {
            QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE batch_id <> %2").arg(QLatin1String(table)).arg(batch)), 0.0);
            QVERIFY(number(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))) > 0);
        }
        // Every published post has exactly one current snapshot.
        QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM platform_posts p WHERE (SELECT COUNT(*) FROM post_snapshots s "
                                       "WHERE s.platform_post_id = p.id AND s.is_current = 1) <> 1")), 0.0);
        QCOMPARE(qint64(m_summary.platformPosts), scalar(m_ws.db(), QStringLiteral("SELECT COUNT(*) FROM platform_posts")).toLongLong());
    }

    void followersPerDayAsInTheTalk()
    {
        // 272/day during the campaign (60 days) against 232/day in the 60 days before.
        const QString sql = QStringLiteral("SELECT SUM(value) FROM daily_metrics d JOIN channels c ON c.id = d.channel_id "
                                           "WHERE c.platform = 'instagram' AND metric = 'followers_gained' AND day BETWEEN '%1' AND '%2'");
        QCOMPARE(number(sql.arg(QStringLiteral("2016-11-14"), QStringLiteral("2017-01-12"))) / 60.0, 272.0);
        QCOMPARE(number(sql.arg(QStringLiteral("2016-09-15"), QStringLiteral("2016-11-13"))) / 60.0, 232.0);
    }

    void instagramTrafficAsInTheTalk()
    {
        const QString where = QStringLiteral("FROM web_traffic WHERE report = 'source_medium' AND period_start >= '2016-11-14' "
                                             "AND period_end <= '2017-01-12' AND (dimension LIKE '%instagram%')");
        QCOMPARE(number(QStringLiteral("SELECT SUM(sessions) ") + where), 18377.0);
        const double avg = number(QStringLiteral("SELECT SUM(sessions * avg_session_seconds) / SUM(sessions) ") + where);
        QCOMPARE(qRound(avg), 302); // 5:02
        const double exitRate = number(QStringLiteral("SELECT SUM(exits) / SUM(pageviews) ") + where);
        QVERIFY(qAbs(exitRate - 0.60) < 0.01);
        // Site totals by day equal the sum of the source/medium breakdown.
        QCOMPARE(number(QStringLiteral("SELECT SUM(sessions) FROM web_traffic WHERE report = 'site'")),
                 number(QStringLiteral("SELECT SUM(sessions) FROM web_traffic WHERE report = 'source_medium'")));
        // Every day has visits from Instagram, none a negative count (the campaign's last day
        // once took the rounding of all the others and went below zero).
        QVERIFY(number(QStringLiteral("SELECT MIN(sessions) ") + where) > 0);
        QVERIFY(number(QStringLiteral("SELECT MIN(sessions) FROM web_traffic")) >= 0);
        // The daily summaries are built with the demo.
        QVERIFY(WebChannelDays(m_ws.db()).isCurrent());
        QVERIFY(MentionDays(m_ws.db()).isCurrent());
    }

    void instagramDominatesMentionsDuringTheCampaign()
    {
        const double all = number(QStringLiteral("SELECT COUNT(*) FROM mentions WHERE occurred_at >= '2016-11-13T23:00:00Z' AND occurred_at < '2017-01-12T23:00:00Z'"));
        const double ig = number(QStringLiteral("SELECT COUNT(*) FROM mentions WHERE network = 'instagram' AND occurred_at >= '2016-11-13T23:00:00Z' AND occurred_at < '2017-01-12T23:00:00Z'"));
        QVERIFY(all > 1000);
        QVERIFY2(qAbs(ig / all - 0.78) < 0.01, qPrintable(QString::number(ig / all)));
    }

    void storiesDuringTheCampaign()
    {
        const double views = number(QStringLiteral("SELECT SUM(s.views) FROM platform_posts p JOIN post_snapshots s ON s.platform_post_id = p.id "
                                                   "AND s.is_current = 1 WHERE p.is_story = 1"));
        QVERIFY2(views > 800000 && views < 1100000, qPrintable(QString::number(views)));
    }

    void planAroundToday()
    {
        // Published up to today, planned after; the week before today has a missed slot.
        QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM posts WHERE status = 'published' AND scheduled_at >= '2017-01-18'")), 0.0);
        QVERIFY(number(QStringLiteral("SELECT COUNT(*) FROM posts WHERE status IN ('draft', 'review', 'approved', 'scheduled') AND scheduled_at >= '2017-01-18'")) >= 5);
        QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM posts p JOIN series s ON s.id = p.series_id WHERE s.name = '#FollowFriday' AND p.occurrence = '2017-01-13T11:00'")), 0.0);
        QVERIFY(number(QStringLiteral("SELECT COUNT(*) FROM posts WHERE scheduled_at IS NULL")) >= 3);
    }

    void sameSeedSameWorkspace()
    {
        TestWorkspace other;
        DemoGenerator::generate(other.workspace().writer());
        // Only clock readings and random UIDs may differ between two runs: blank them.
        for (const QSqlDatabase &db : {m_ws.db(), other.db()}) {
            for (const char *sql : {"UPDATE settings SET value = '' WHERE key = 'created_at'",
                                    "UPDATE series SET uid = name, created_at = ''",
                                    "UPDATE posts SET created_at = '', updated_at = '' WHERE scheduled_at IS NULL",
                                    "UPDATE import_batches SET imported_at = ''"}) {
                QSqlQuery q(db);
                QVERIFY2(q.exec(QString::fromLatin1(sql)), sql);
            }
        }
        const QString a = dumpContent(m_ws.db());
        const QString b = dumpContent(other.db());
        QVERIFY(a.size() > 100000);
        QCOMPARE(a, b);
    }

    void createWorkspaceRefusesOtherFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mine.beamline"));
        {
            auto ws = Workspace::open(path, WorkspaceOpener::Mode::CreateIfMissing);
            QVERIFY(ws);
        }
        QString error;
        QVERIFY(!DemoGenerator::createWorkspace(path, &error));
        QVERIFY(error.contains(QLatin1String("not a demo workspace")));

        const QString demo = dir.filePath(QStringLiteral("demo.beamline"));
        QVERIFY2(DemoGenerator::createWorkspace(demo, &error), qPrintable(error));
        const QString before = sha256Of(demo);
        QVERIFY(DemoGenerator::createWorkspace(demo, &error)); // reused, not regenerated
        QCOMPARE(sha256Of(demo), before);
    }
};

QTEST_GUILESS_MAIN(tst_DemoGenerator)
#include "tst_demogenerator.moc"
