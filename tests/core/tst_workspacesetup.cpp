// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <core/db/campaignrepository.h>
#include <core/db/channelmerge.h>
#include <core/db/channelrepository.h>
#include <core/db/databaseerror.h>
#include <core/db/personrepository.h>
#include <core/db/pillarrepository.h>
#include <core/db/postrepository.h>
#include <core/db/rowjournal.h>
#include <core/db/scopedtransaction.h>
#include <core/db/seriesrepository.h>
#include <core/db/versionedrows.h>
#include <core/import/importer.h>

#include <QSqlQuery>
#include <QTest>

using namespace Beamline;
using namespace Beamline::Test;

// What Settings ▸ Workspace writes: channels with their order, limits and aliases,
// merging two channels, and removals that undo exactly.
class tst_WorkspaceSetup : public QObject
{
    Q_OBJECT

private:
    // The dump with each table's rows sorted: rows put back by undo may come back in
    // another physical order, which is not a difference.
    static QString content(const QSqlDatabase &db)
    {
        QStringList out;
        QStringList rows;
        const auto flush = [&] {
            rows.sort();
            out += rows;
            rows.clear();
        };
        for (const QString &line : dumpContent(db).split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("== "))) {
                flush();
                out.append(line);
            } else {
                rows.append(line);
            }
        }
        flush();
        return out.join(QLatin1Char('\n'));
    }

    static void exec(const QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery q(db);
        QVERIFY2(q.exec(sql), qPrintable(sql));
    }

    static qint64 snapshot(const QSqlDatabase &db, qint64 post, qint64 batch, const char *capturedAt, int current, double likes)
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO post_snapshots (platform_post_id, batch_id, captured_at, is_current, likes) VALUES (?, ?, ?, ?, ?)"));
        q.addBindValue(post);
        q.addBindValue(batch);
        q.addBindValue(QString::fromLatin1(capturedAt));
        q.addBindValue(current);
        q.addBindValue(likes);
        if (!q.exec())
            qFatal("snapshot insert failed");
        return q.lastInsertId().toLongLong();
    }

    static void daily(const QSqlDatabase &db, qint64 channel, const char *day, double value, qint64 batch, std::optional<qint64> supersededBy = {})
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO daily_metrics (channel_id, metric, day, key_hash, value, batch_id, superseded_by) "
                                 "VALUES (?, 'followers_gained', ?, ?, ?, ?, ?)"));
        q.addBindValue(channel);
        q.addBindValue(QString::fromLatin1(day));
        q.addBindValue(VersionedRows::keyHash({channel, QStringLiteral("followers_gained"), QString::fromLatin1(day), QString(), QString()}));
        q.addBindValue(value);
        q.addBindValue(batch);
        q.addBindValue(supersededBy ? QVariant(*supersededBy) : QVariant(QMetaType::fromType<qint64>()));
        if (!q.exec())
            qFatal("daily insert failed");
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void channelsKeepTheirOrderColourAndLimit()
    {
        TestWorkspace ws;
        ChannelRepository channels(ws.db());
        const qint64 x = channels.insert({0, Platform::X, QStringLiteral("lhclab"), QStringLiteral("LHC Lab")});
        const qint64 instagram = channels.insert({0, Platform::Instagram, QStringLiteral("lhclab"), {}});
        const qint64 facebook = channels.insert({0, Platform::Facebook, QStringLiteral("LHCLab"), {}});
        // New channels go last, in the order they were added (not by platform).
        QCOMPARE(channels.find(x)->position, 0);
        QCOMPARE(channels.find(instagram)->position, 1);
        QCOMPARE(channels.find(facebook)->position, 2);
        channels.setOrder({facebook, x, instagram});
        QList<qint64> order;
        for (const Channel &c : channels.all())
            order.append(c.id);
        QCOMPARE(order, (QList<qint64>{facebook, x, instagram}));

        Channel c = *channels.find(x);
        QCOMPARE(c.characterLimit(), 280); // X's own
        c.color = QStringLiteral("#0072b2");
        c.charLimit = 25000; // a premium account
        channels.update(c);
        QCOMPARE(channels.find(x)->color, QStringLiteral("#0072b2"));
        QCOMPARE(channels.find(x)->characterLimit(), 25000);
        c.charLimit.reset();
        channels.update(c);
        QCOMPARE(channels.find(x)->charLimit, std::nullopt);
        QCOMPARE(channels.find(instagram)->label(), QStringLiteral("lhclab")); // the handle when no name is given
        QCOMPARE(channels.find(x)->label(), QStringLiteral("LHC Lab"));
    }

    void accountsResolveByHandleOrAlias_data()
    {
        QTest::addColumn<int>("platform");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("expected"); // handle of the channel found, empty for none
        QTest::newRow("handle") << int(Platform::Facebook) << QStringLiteral("ExamplePhysicsLab") << QStringLiteral("ExamplePhysicsLab");
        QTest::newRow("handle, other case and @") << int(Platform::Facebook) << QStringLiteral(" @examplephysicslab ")
                                                  << QStringLiteral("ExamplePhysicsLab");
        QTest::newRow("page id alias") << int(Platform::Facebook) << QStringLiteral("104512345678901") << QStringLiteral("ExamplePhysicsLab");
        QTest::newRow("alias is per platform") << int(Platform::Instagram) << QStringLiteral("104512345678901") << QString();
        QTest::newRow("unknown") << int(Platform::Facebook) << QStringLiteral("someoneelse") << QString();
    }

    void accountsResolveByHandleOrAlias()
    {
        QFETCH(int, platform);
        QFETCH(QString, account);
        QFETCH(QString, expected);
        TestWorkspace ws;
        ChannelRepository channels(ws.db());
        const qint64 page = channels.insert({0, Platform::Facebook, QStringLiteral("ExamplePhysicsLab"), {}});
        channels.addAlias(Platform::Facebook, QStringLiteral("104512345678901"), page);
        QCOMPARE(channels.aliases(page), QStringList{QStringLiteral("104512345678901")});
        const auto found = channels.resolve(static_cast<Platform>(platform), account);
        QCOMPARE(found ? found->handle : QString(), expected);
    }

    void importLandsOnTheAliasedChannel()
    {
        TestWorkspace ws;
        ChannelRepository channels(ws.db());
        const qint64 page = channels.insert({0, Platform::Facebook, QStringLiteral("ExamplePhysicsLab"), QStringLiteral("Example Physics Lab")});
        const QString file = sample(QStringLiteral("meta/Jan-01-2026_Jan-31-2026_104512345678901.csv"));

        // Before the team says which channel the page id is, the preview names it as new.
        ImportOptions preview;
        preview.preview = true;
        const ImportReport before = Importer(ws.workspace().database(), preview).importFile(file);
        QVERIFY2(!before.failed(), qPrintable(before.error));
        QCOMPARE(before.newAccounts.size(), 1);
        QCOMPARE(before.newAccounts.first().platform, Platform::Facebook);
        QCOMPARE(before.newAccounts.first().handle, QStringLiteral("104512345678901"));
        QCOMPARE(before.newAccounts.first().displayName, QStringLiteral("Example Physics Lab"));

        channels.addAlias(Platform::Facebook, QStringLiteral("104512345678901"), page);
        QVERIFY(Importer(ws.workspace().database(), preview).importFile(file).newAccounts.isEmpty());
        const ImportReport report = Importer(ws.workspace().database()).importFile(file);
        QVERIFY2(!report.failed(), qPrintable(report.error));
        QCOMPARE(channels.all().size(), 1); // no "Facebook (104512345678901)" beside the page
        QVERIFY(scalar(ws.db(), QStringLiteral("SELECT COUNT(*) FROM platform_posts")).toInt() > 0);
        QCOMPARE(scalar(ws.db(), QStringLiteral("SELECT COUNT(*) FROM platform_posts WHERE channel_id <> %1").arg(page)).toInt(), 0);
    }

    void mergeMovesEverythingAndUndoGivesItBack()
    {
        TestWorkspace ws;
        const QSqlDatabase db = ws.db();
        ChannelRepository channels(db);
        const qint64 byId = channels.insert({0, Platform::Facebook, QStringLiteral("104512345678901"), {}});
        const qint64 page = channels.insert({0, Platform::Facebook, QStringLiteral("ExamplePhysicsLab"), {}});
        channels.addAlias(Platform::Facebook, QStringLiteral("examplephysicslab.page"), byId);
        // Imported in this order, but b1's export was taken last: it wins where they disagree.
        const qint64 b1 = newBatch(db, QStringLiteral("first"));
        const qint64 b2 = newBatch(db, QStringLiteral("second"));
        const qint64 b3 = newBatch(db, QStringLiteral("third"));
        exec(db, QStringLiteral("UPDATE import_batches SET captured_at = '2026-02-10T00:00:00Z' WHERE id = %1").arg(b1));
        exec(db, QStringLiteral("UPDATE import_batches SET captured_at = '2026-01-20T00:00:00Z' WHERE id = %1").arg(b2));
        exec(db, QStringLiteral("UPDATE import_batches SET captured_at = '2026-02-01T00:00:00Z' WHERE id = %1").arg(b3));

        // Imported posts: "shared" exists under both names; "only" under the page id.
        exec(db, QStringLiteral("INSERT INTO platform_posts (id, channel_id, external_id, first_batch_id) VALUES (1, %1, 'shared', %2)").arg(byId).arg(b1));
        exec(db, QStringLiteral("INSERT INTO platform_posts (id, channel_id, external_id, first_batch_id) VALUES (2, %1, 'only', %2)").arg(byId).arg(b1));
        exec(db, QStringLiteral("INSERT INTO platform_posts (id, channel_id, external_id, first_batch_id) VALUES (3, %1, 'shared', %2)").arg(page).arg(b2));
        snapshot(db, 1, b1, "2026-01-10T00:00:00Z", 0, 10);
        const qint64 newest = snapshot(db, 1, b3, "2026-02-01T00:00:00Z", 1, 30); // the newest capture of "shared"
        snapshot(db, 2, b1, "2026-01-10T00:00:00Z", 1, 5);
        snapshot(db, 3, b2, "2026-01-20T00:00:00Z", 1, 20);
        snapshot(db, 3, b3, "2026-01-20T00:00:00Z", 0, 21); // b3 wrote "shared" under both names

        // Daily figures: the 5th only under the id; the 6th under both, the id's from the later export.
        daily(db, byId, "2026-01-05", 4, b1);
        daily(db, byId, "2026-01-06", 7, b1);
        daily(db, page, "2026-01-06", 9, b2);
        daily(db, byId, "2026-01-07", 1, b3); // b3 wrote the 7th for both: the page's row is kept
        daily(db, page, "2026-01-07", 2, b3);

        // The plan: a series and a post on the id, another post on both.
        Series series;
        series.name = QStringLiteral("#ThrowbackThursday");
        series.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=TH");
        series.dtstart = QDateTime(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC);
        series.timeZone = QStringLiteral("Europe/Zurich");
        series.channelIds = {byId};
        const qint64 seriesId = SeriesRepository(db).insert(series);
        Post one;
        one.title = QStringLiteral("One");
        one.channels = {{byId, QStringLiteral("id text")}};
        const qint64 postOne = PostRepository(db).insert(one);
        Post both;
        both.title = QStringLiteral("Both");
        both.channels = {{byId, QStringLiteral("id text")}, {page, QStringLiteral("page text")}};
        const qint64 postBoth = PostRepository(db).insert(both);

        const QString before = content(db);
        RowJournal journal;
        {
            ScopedTransaction transaction(db);
            journal = ChannelMerge::merge(db, byId, page);
            transaction.commit();
        }
        const QString after = content(db);

        QVERIFY(!channels.find(byId));
        QCOMPARE(channels.resolve(Platform::Facebook, QStringLiteral("104512345678901"))->id, page);
        QCOMPARE(channels.resolve(Platform::Facebook, QStringLiteral("ExamplePhysicsLab.page"))->id, page);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM platform_posts WHERE channel_id = %1").arg(page)).toInt(), 2);
        // "shared": one row with the snapshots of b1, b2 and b3 (b3's of the kept row), the newest current.
        QCOMPARE(scalar(db, QStringLiteral("SELECT group_concat(batch_id, ',') FROM (SELECT batch_id FROM post_snapshots "
                                           "WHERE platform_post_id = 3 ORDER BY batch_id)")).toString(),
                 QStringLiteral("%1,%2,%3").arg(b1).arg(b2).arg(b3));
        QCOMPARE(scalar(db, QStringLiteral("SELECT likes FROM post_snapshots WHERE platform_post_id = 3 AND is_current = 1")).toDouble(), 21.0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM post_snapshots WHERE id = %1").arg(newest)).toInt(), 0);
        // Daily: the 5th moved; on the 6th the export taken last (b1: 7) holds the figure and
        // the page's row (b2: 9) is kept as a version; the 7th keeps the page's row of b3.
        const auto current = [&](const char *day) {
            return scalar(db, QStringLiteral("SELECT group_concat(value, ',') FROM daily_metrics WHERE channel_id = %1 AND day = '%2' "
                                             "AND superseded_by IS NULL").arg(page).arg(QLatin1String(day))).toString();
        };
        QCOMPARE(current("2026-01-05"), QStringLiteral("4.0"));
        QCOMPARE(current("2026-01-06"), QStringLiteral("7.0"));
        QCOMPARE(current("2026-01-07"), QStringLiteral("2.0"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT superseded_by FROM daily_metrics WHERE day = '2026-01-06' AND value = 9")).toLongLong(), b1);
        for (const char *day : {"2026-01-05", "2026-01-06"}) {
            const qint64 hash = VersionedRows::keyHash({page, QStringLiteral("followers_gained"), QLatin1String(day), QString(), QString()});
            QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM daily_metrics WHERE day = '%1' AND key_hash <> %2")
                                    .arg(QLatin1String(day))
                                    .arg(hash))
                         .toInt(),
                     0);
        }
        // The plan: the series and the first post go out on the page; the second keeps its page text.
        QCOMPARE(SeriesRepository(db).find(seriesId)->channelIds, QList<qint64>{page});
        QCOMPARE(PostRepository(db).find(postOne)->channels, (QList<PostChannel>{{page, QStringLiteral("id text")}}));
        QCOMPARE(PostRepository(db).find(postBoth)->channels, (QList<PostChannel>{{page, QStringLiteral("page text")}}));

        {
            ScopedTransaction transaction(db);
            journal.undo(db);
            transaction.commit();
        }
        QCOMPARE(content(db), before);
        {
            ScopedTransaction transaction(db);
            ChannelMerge::merge(db, byId, page);
            transaction.commit();
        }
        QCOMPARE(content(db), after);
    }

    void mergeRefusesAnotherPlatform()
    {
        TestWorkspace ws;
        ChannelRepository channels(ws.db());
        const qint64 x = channels.insert({0, Platform::X, QStringLiteral("lab"), {}});
        const qint64 instagram = channels.insert({0, Platform::Instagram, QStringLiteral("lab"), {}});
        QVERIFY_THROWS_EXCEPTION(DatabaseError, ChannelMerge::merge(ws.db(), x, instagram));
        QVERIFY_THROWS_EXCEPTION(DatabaseError, ChannelMerge::merge(ws.db(), x, x));
    }

    void mergeKnowsEveryTableThatNamesAChannel()
    {
        // A table added with a reference to channels must be merged too, or merging
        // would delete its rows with the merged channel.
        TestWorkspace ws;
        QSqlQuery tables(ws.db());
        QVERIFY(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
        QStringList referencing;
        while (tables.next()) {
            const QString table = tables.value(0).toString();
            QSqlQuery keys(ws.db());
            QVERIFY(keys.exec(QStringLiteral("PRAGMA foreign_key_list(\"%1\")").arg(table)));
            while (keys.next()) {
                if (keys.value(2).toString() == QLatin1String("channels") && !referencing.contains(table))
                    referencing.append(table);
            }
        }
        QStringList known = ChannelMerge::tablesReferencingChannels();
        known.sort();
        referencing.sort();
        QCOMPARE(referencing, known);
    }

    void removalsUndoExactly()
    {
        TestWorkspace ws;
        const QSqlDatabase db = ws.db();
        const qint64 channel = ChannelRepository(db).insert({0, Platform::Instagram, QStringLiteral("lhclab"), {}});
        ChannelRepository(db).addAlias(Platform::Instagram, QStringLiteral("lhc.lab"), channel);
        const qint64 pillar = PillarRepository(db).insert({0, QStringLiteral("Physics news"), QStringLiteral("#0072B2"), 0.35, 0});
        const qint64 editor = PersonRepository(db).insert({0, QStringLiteral("Ana"), {}, Person::Role::Editor});
        const qint64 approver = PersonRepository(db).insert({0, QStringLiteral("Ben"), {}, Person::Role::Approver});
        QCOMPARE(PersonRepository(db).find(approver)->role, Person::Role::Approver);
        CampaignRepository campaigns(db);
        const qint64 partner = campaigns.insertPartner({0, QStringLiteral("Women in Physics"), Platform::X, QStringLiteral("wip"), {}, {}});
        Campaign campaign{0, QStringLiteral("Open days"), QStringLiteral("#OpenDays"), QDate(2026, 9, 1), QDate(2026, 9, 30), {}, {}, {partner}};
        const qint64 campaignId = campaigns.insert(campaign);
        Series series;
        series.name = QStringLiteral("#ThrowbackThursday");
        series.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=TH");
        series.dtstart = QDateTime(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC);
        series.timeZone = QStringLiteral("Europe/Zurich");
        series.channelIds = {channel};
        series.pillarId = pillar;
        series.ownerId = editor;
        SeriesRepository(db).insert(series);
        Post post;
        post.title = QStringLiteral("Open day");
        post.pillarId = pillar;
        post.assigneeId = editor;
        post.approverId = approver;
        post.campaignId = campaignId;
        post.channels = {{channel, QStringLiteral("variant")}};
        const qint64 postId = PostRepository(db).insert(post);
        QCOMPARE(PostRepository(db).find(postId)->approverId, std::optional<qint64>(approver));

        const QString before = content(db);
        const auto check = [&](const std::function<void(RowJournal &)> &remove, const QString &gone) {
            RowJournal journal;
            {
                ScopedTransaction transaction(db);
                remove(journal);
                transaction.commit();
            }
            QCOMPARE(scalar(db, gone).toInt(), 0);
            QVERIFY(content(db) != before);
            {
                ScopedTransaction transaction(db);
                journal.undo(db);
                transaction.commit();
            }
            QCOMPARE(content(db), before);
        };
        check([&](RowJournal &j) { ChannelRepository(db).removeRecorded(channel, j); },
              QStringLiteral("SELECT COUNT(*) FROM post_channels"));
        check([&](RowJournal &j) { PillarRepository(db).removeRecorded(pillar, j); },
              QStringLiteral("SELECT COUNT(*) FROM posts WHERE pillar_id IS NOT NULL"));
        check([&](RowJournal &j) { PersonRepository(db).removeRecorded(editor, j); },
              QStringLiteral("SELECT COUNT(*) FROM series WHERE owner_id IS NOT NULL"));
        check([&](RowJournal &j) { PersonRepository(db).removeRecorded(approver, j); },
              QStringLiteral("SELECT COUNT(*) FROM posts WHERE approver_id IS NOT NULL"));
        check([&](RowJournal &j) { CampaignRepository(db).removeRecorded(campaignId, j); },
              QStringLiteral("SELECT COUNT(*) FROM campaign_partners"));
        check([&](RowJournal &j) { CampaignRepository(db).removePartnerRecorded(partner, j); },
              QStringLiteral("SELECT COUNT(*) FROM partners"));
    }

    void usageCountsWhatAChannelHolds()
    {
        TestWorkspace ws;
        const QSqlDatabase db = ws.db();
        const qint64 channel = ChannelRepository(db).insert({0, Platform::X, QStringLiteral("lab"), {}});
        QVERIFY(!ChannelRepository(db).usage(channel).hasImportedData());
        const qint64 batch = newBatch(db, QStringLiteral("b"));
        daily(db, channel, "2026-01-05", 3, batch);
        daily(db, channel, "2026-01-06", 4, batch);
        const ChannelUsage usage = ChannelRepository(db).usage(channel);
        QCOMPARE(usage.dailyValues, 2);
        QCOMPARE(usage.importedPosts, 0);
        QVERIFY(usage.hasImportedData());
    }
};

QTEST_GUILESS_MAIN(tst_WorkspaceSetup)
#include "tst_workspacesetup.moc"
