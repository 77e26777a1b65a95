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
