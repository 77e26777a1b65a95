// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <core/db/channelrepository.h>
#include <core/db/eventmarkerrepository.h>
#include <core/db/platformpostrepository.h>
#include <core/db/postrepository.h>
#include <core/services/dataservice.h>
#include <core/services/measureedits.h>
#include <core/services/planedits.h>
#include <core/workspace/writer.h>

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Beamline;
using namespace Beamline::Test;

// The edits behind the undo commands (core/services/planedits.h, measureedits.h), written and
// taken back through the writer without an undo stack: ids stay what the undo history
// expects, links cut by a deletion come back, markers send their change event.
class tst_WorkspaceEdits : public QObject
{
    Q_OBJECT

private:
    static Post post(const QString &title, const QDateTime &when = QDateTime({ 2026, 3, 2 }, QTime(9, 0), QTimeZone::utc()))
    {
        Post p;
        p.title = title;
        p.status = PostStatus::Scheduled;
        p.scheduledAt = when;
        return p;
    }
    static bool apply(Workspace &workspace, WorkspaceEdit &edit, bool forward)
    {
        const WriteResult result = workspace.writer().run([&](WriteScope &scope) { edit.apply(scope, forward); });
        if (!result.ok)
            qWarning() << result.message << result.detail;
        return result.ok;
    }
    static qint64 count(TestWorkspace &ws, const QString &table)
    {
        return scalar(ws.db(), QStringLiteral("SELECT COUNT(*) FROM ") + table).toLongLong();
    }
    // An imported post of a new X channel, linked to nothing; its id.
    static qint64 importedPost(TestWorkspace &ws)
    {
        const qint64 x = ChannelRepository(ws.db()).insert({ 0, Platform::X, QStringLiteral("lab"), {} });
        const qint64 batch = newBatch(ws.db(), QStringLiteral("posts.csv"));
        PlatformPost p;
        p.channelId = x;
        p.externalId = QStringLiteral("826369568074255646");
        p.text = QStringLiteral("Guess What It Is?");
        p.publishedAt = QDateTime({ 2026, 3, 2 }, QTime(9, 5), QTimeZone::utc());
        PostSnapshot s;
        s.set(PostMetric::Impressions, 1000);
        PlatformPostRepository(ws.db()).write(batch, precedenceOf(ws.db(), batch), 2, p, s);
        return p.id;
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<Beamline::ChangeSet>(); }

    void anUndoneAdditionKeepsItsIdFromLaterPosts()
    {
        TestWorkspace ws;
        PostEdit first(&ws.workspace(), std::nullopt, post(QStringLiteral("First")));
        QVERIFY(apply(ws.workspace(), first, true));
        const qint64 firstId = first.postId();
        QVERIFY(firstId > 0);
        QVERIFY(apply(ws.workspace(), first, false));
        QCOMPARE(count(ws, QStringLiteral("posts")), 0);

        // A post added meanwhile never takes the id the undone one will come back under.
        PostEdit second(&ws.workspace(), std::nullopt, post(QStringLiteral("Second")));
        QVERIFY(apply(ws.workspace(), second, true));
        QVERIFY(second.postId() != firstId);

        QVERIFY(apply(ws.workspace(), first, true));
        QCOMPARE(first.postId(), firstId);
        QCOMPARE(PostRepository(ws.db()).find(firstId)->title, QStringLiteral("First"));
        QCOMPARE(PostRepository(ws.db()).find(second.postId())->title, QStringLiteral("Second"));
    }

    void noIdIsHandedOutTwice_data()
    {
        // The tables whose rows an undo puts back under their ids, with a new row's columns
        // (%1: a number that keeps unique columns apart).
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("columns");
        QTest::addColumn<QString>("values");
        const auto row = [](const char *table, const char *columns, const char *values) {
            const QString now = QStringLiteral("'2026-01-01T00:00:00Z'");
            QTest::newRow(table) << QString::fromLatin1(table) << QString::fromLatin1(columns)
                                 << QString::fromLatin1(values).replace(QStringLiteral("NOW"), now);
        };
        row("channels", "platform, handle, display_name", "'x', 'h%1', 'H'");
        row("pillars", "name", "'p%1'");
        row("people", "name", "'n%1'");
        row("campaigns", "name, starts_on, ends_on", "'c%1', '2026-01-01', '2026-02-01'");
        row("partners", "name", "'p%1'");
        row("series", "uid, name, rrule, dtstart, time_zone, created_at",
            "'u%1', 's%1', 'FREQ=WEEKLY', '2026-01-01T09:00:00', 'Europe/Zurich', NOW");
        row("posts", "title, created_at, updated_at", "'t%1', NOW, NOW");
        row("event_markers", "day, label", "'2026-01-01', 'm%1'");
        row("import_profiles", "name, header_signature, definition, created_at, updated_at", "'i%1', 'sig', '{}', NOW, NOW");
    }
    void noIdIsHandedOutTwice()
    {
        QFETCH(QString, table);
        QFETCH(QString, columns);
        QFETCH(QString, values);
        TestWorkspace ws;
        auto insert = [&](int n) {
            QSqlQuery q(ws.db());
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, columns, values.arg(n))),
                     qPrintable(q.lastError().text()));
        };
        const QString greatest = QStringLiteral("SELECT MAX(id) FROM ") + table;
        insert(1);
        insert(2);
        const qint64 removed = scalar(ws.db(), greatest).toLongLong();
        QSqlQuery remove(ws.db());
        QVERIFY(remove.exec(QStringLiteral("DELETE FROM %1 WHERE id = %2").arg(table).arg(removed)));
        insert(3);
        QVERIFY(scalar(ws.db(), greatest).toLongLong() > removed);
    }

    void removingAPostRemembersItsLinksAndPutsThemBack()
    {
        TestWorkspace ws;
        PostEdit add(&ws.workspace(), std::nullopt, post(QStringLiteral("Launch")));
        QVERIFY(apply(ws.workspace(), add, true));
        const qint64 postId = add.postId();
        // The matcher (or the user) links an imported post to it meanwhile.
        const qint64 imported = importedPost(ws);
        PlatformPostRepository(ws.db()).setPlannedPost(imported, postId, QStringLiteral("time"), false);

        QVERIFY(apply(ws.workspace(), add, false)); // undo "Add post"
        QVERIFY(!PlatformPostRepository(ws.db()).find(imported)->postId);
        QVERIFY(apply(ws.workspace(), add, true)); // redo
        const auto linked = PlatformPostRepository(ws.db()).find(imported);
        QCOMPARE(linked->postId, std::optional<qint64>(postId));
        QCOMPARE(linked->matchMethod, QStringLiteral("time"));
        QCOMPARE(linked->matchConfirmed, false);

        // Deleting a post the same way, and taking the deletion back.
        const Post stored = *PostRepository(ws.db()).find(postId);
        PostEdit remove(&ws.workspace(), stored, std::nullopt);
        QVERIFY(apply(ws.workspace(), remove, true));
        QVERIFY(!PlatformPostRepository(ws.db()).find(imported)->postId);
        QVERIFY(apply(ws.workspace(), remove, false));
        QCOMPARE(PlatformPostRepository(ws.db()).find(imported)->postId, std::optional<qint64>(postId));
    }

    void movesOfOnePostBecomeOneChange()
    {
        TestWorkspace ws;
        PostEdit add(&ws.workspace(), std::nullopt, post(QStringLiteral("Launch")));
        QVERIFY(apply(ws.workspace(), add, true));
        const Post start = *PostRepository(ws.db()).find(add.postId());
        QVERIFY(!add.isMove());

        Post monday = start;
        monday.scheduledAt = start.scheduledAt.addDays(1);
        PostEdit toMonday(&ws.workspace(), start, monday);
        QVERIFY(toMonday.isMove());
        QVERIFY(apply(ws.workspace(), toMonday, true));
        Post tuesday = *PostRepository(ws.db()).find(start.id);
        tuesday.scheduledAt = start.scheduledAt.addDays(2);
        PostEdit toTuesday(&ws.workspace(), *PostRepository(ws.db()).find(start.id), tuesday);
        QVERIFY(apply(ws.workspace(), toTuesday, true));
        QVERIFY(toMonday.absorb(toTuesday));
        QVERIFY(!toMonday.changesNothing());

        // A change of something else is no move, and does not merge.
        Post renamed = *PostRepository(ws.db()).find(start.id);
        renamed.title = QStringLiteral("Launch day");
        PostEdit rename(&ws.workspace(), *PostRepository(ws.db()).find(start.id), renamed);
        QVERIFY(!rename.isMove());
        QVERIFY(!toMonday.absorb(rename));

        // Taking the merged move back returns the post to where it was before both.
        QVERIFY(apply(ws.workspace(), toMonday, false));
        QCOMPARE(PostRepository(ws.db()).find(start.id)->scheduledAt, start.scheduledAt);
        QVERIFY(apply(ws.workspace(), toMonday, true));
        QCOMPARE(PostRepository(ws.db()).find(start.id)->scheduledAt, start.scheduledAt.addDays(2));

        // Moved back where it started: the merged change changes nothing.
        Post back = *PostRepository(ws.db()).find(start.id);
        back.scheduledAt = start.scheduledAt;
        PostEdit moveBack(&ws.workspace(), *PostRepository(ws.db()).find(start.id), back);
        QVERIFY(toMonday.absorb(moveBack));
        QVERIFY(toMonday.changesNothing());
    }

    void aMarkerIsWrittenThroughTheWriterUnderOneId()
    {
        TestWorkspace ws;
        QSignalSpy spy(&ws.workspace().writer(), &Writer::changed);
        EventMarker marker;
        marker.day = QDate(2026, 3, 2);
        marker.label = QStringLiteral("Press release");
        marker.kind = QStringLiteral("press");
        MarkerEdit add(marker, true);
        QVERIFY(apply(ws.workspace(), add, true));
        const qint64 id = add.markerId();
        QVERIFY(id > 0);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().value<ChangeSet>().ids(ChangeSet::Kind::Markers), QSet<qint64> { id });

        const DataService data(ws.workspace());
        QCOMPARE(data.eventMarkers(QDate(2026, 3, 1), QDate(2026, 3, 31))->size(), 1);
        QVERIFY(apply(ws.workspace(), add, false));
        QCOMPARE(data.eventMarkers(QDate(2026, 3, 1), QDate(2026, 3, 31))->size(), 0);
        QVERIFY(apply(ws.workspace(), add, true));
        const auto markers = data.eventMarkers(QDate(2026, 3, 1), QDate(2026, 3, 31));
        QCOMPARE(markers->size(), 1);
        marker.id = id;
        QCOMPARE(markers->first(), marker);

        // Removing it, and taking the removal back, under the same id.
        MarkerEdit remove(markers->first(), false);
        QVERIFY(apply(ws.workspace(), remove, true));
        QCOMPARE(data.eventMarkers(QDate(2026, 3, 1), QDate(2026, 3, 31))->size(), 0);
        QVERIFY(apply(ws.workspace(), remove, false));
        QCOMPARE(data.eventMarkers(QDate(2026, 3, 1), QDate(2026, 3, 31))->first(), marker);
    }

    void aMarkerThatCannotBeWrittenIsAnError()
    {
        TestWorkspace ws;
        EventMarker marker;
        marker.day = QDate(2026, 3, 2);
        marker.label = QStringLiteral("Launch");
        MarkerEdit add(marker, true);
        QSignalSpy spy(&ws.workspace().writer(), &Writer::changed);
        // The table is gone: the write fails, and says so instead of being swallowed.
        QVERIFY(scalar(ws.db(), QStringLiteral("SELECT COUNT(*) FROM event_markers")).isValid());
        {
            const WriteResult dropped = ws.workspace().writer().run(
                [](WriteScope &scope) { QSqlQuery(scope.db()).exec(QStringLiteral("DROP TABLE event_markers")); });
            QVERIFY(dropped.ok);
        }
        const WriteResult result = ws.workspace().writer().run([&](WriteScope &scope) { add.apply(scope, true); });
        QVERIFY(!result.ok);
        QVERIFY(!result.message.isEmpty());
        QCOMPARE(spy.count(), 0);
    }

    void theRulesAreReplacedAndPutBack()
    {
        TestWorkspace ws;
        const DataService data(ws.workspace());
        const QVector<AttributionRule> before = data.attributionRules().value();
        QVector<AttributionRule> after = before;
        AttributionRule rule;
        rule.pattern = QStringLiteral("news.example.org");
        rule.platform = Platform::LinkedIn;
        after.prepend(rule);
        AttributionRulesEdit edit(before, after);
        QVERIFY(apply(ws.workspace(), edit, true));
        QCOMPARE(data.attributionRules()->size(), before.size() + 1);
        QCOMPARE(data.attributionRules()->first().pattern, QStringLiteral("news.example.org"));
        QVERIFY(apply(ws.workspace(), edit, false));
        const QVector<AttributionRule> restored = data.attributionRules().value();
        QCOMPARE(restored.size(), before.size());
        for (qsizetype i = 0; i < before.size(); ++i) {
            QCOMPARE(restored.at(i).pattern, before.at(i).pattern);
            QCOMPARE(restored.at(i).platform, before.at(i).platform);
        }
    }
};

QTEST_GUILESS_MAIN(tst_WorkspaceEdits)
#include "tst_workspaceedits.moc"
