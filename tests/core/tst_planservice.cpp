// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <core/db/channelrepository.h>
#include <core/db/personrepository.h>
#include <core/db/pillarrepository.h>
#include <core/db/platformpostrepository.h>
#include <core/db/postrepository.h>
#include <core/db/seriesrepository.h>
#include <core/domain/isotime.h>
#include <core/services/planservice.h>
#include <core/workspace/writer.h>

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Beamline;
using namespace Beamline::Test;

// The plan service the plan page and its dialogs call: reads on a real workspace, the plan's
// rules (a linked post is dropped, not deleted; a slot's draft; moving and skipping a slot),
// a new assignee written through the writer, and errors as values.
class tst_PlanService : public QObject
{
    Q_OBJECT

private:
    static QDateTime utc(const char *text) { return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate); }
    static qint64 post(TestWorkspace &ws, const QString &title, const char *at)
    {
        Post p;
        p.title = title;
        p.scheduledAt = utc(at);
        return PostRepository(ws.db()).insert(p);
    }
    static QDateTime wall(const char *text) { return IsoTime::parseWallClock(QString::fromLatin1(text)); }
    // #ThrowbackThursday: weekly on Thursday 10:00 in Zurich from 2017-01-05, on X, with a
    // text, hashtags, an owner and a pillar.
    static Series throwback(TestWorkspace &ws)
    {
        ws.workspace().setTimeZone(QTimeZone("Europe/Zurich"));
        Series s;
        s.name = QStringLiteral("#ThrowbackThursday");
        s.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=TH");
        s.dtstart = wall("2017-01-05T10:00");
        s.timeZone = QStringLiteral("Europe/Zurich");
        s.channelIds = { ChannelRepository(ws.db()).insert({ 0, Platform::X, QStringLiteral("lab"), {} }) };
        s.pillarId = PillarRepository(ws.db()).insert({ 0, QStringLiteral("Physics news"), QStringLiteral("#0072B2"), 0.5, 0 });
        s.ownerId = PersonRepository(ws.db()).insert({ 0, QStringLiteral("Ada"), {} });
        s.templateText = QStringLiteral("From the archive:");
        s.hashtags = { QStringLiteral("#ThrowbackThursday"), QStringLiteral("#TBT") };
        s.id = SeriesRepository(ws.db()).insert(s);
        return s;
    }
    // A series' exceptions as text: "skip 2017-01-19T10:00", "move 2017-01-19T10:00 2017-01-20T09:00".
    static QStringList describe(const QList<SeriesException> &exceptions)
    {
        QStringList out;
        for (const SeriesException &e : exceptions)
            out.append(e.kind == SeriesException::Kind::Skip
                           ? QStringLiteral("skip %1").arg(IsoTime::wallClock(e.occurrence))
                           : QStringLiteral("move %1 %2").arg(IsoTime::wallClock(e.occurrence), IsoTime::wallClock(e.movedTo)));
        return out;
    }
    static QList<SeriesException> parse(const QStringList &texts)
    {
        QList<SeriesException> out;
        for (const QString &text : texts) {
            const QStringList parts = text.split(QLatin1Char(' '));
            const QDateTime original = IsoTime::parseWallClock(parts.at(1));
            if (parts.at(0) == QLatin1String("skip"))
                out.append({ original, SeriesException::Kind::Skip, {}, {} });
            else
                out.append({ original, SeriesException::Kind::Move, IsoTime::parseWallClock(parts.at(2)), {} });
        }
        return out;
    }
    static int people(TestWorkspace &ws) { return scalar(ws.db(), QStringLiteral("SELECT COUNT(*) FROM people")).toInt(); }

private Q_SLOTS:
    void theWorkspaceZoneIsRead()
    {
        TestWorkspace ws;
        ws.workspace().setTimeZone(QTimeZone("Europe/Zurich"));
        QCOMPARE(PlanService(ws.db()).workspaceTimeZoneId().value(), QStringLiteral("Europe/Zurich"));
    }

    void aSeriesNameIsTakenOnlyByAnotherSeries()
    {
        TestWorkspace ws;
        Series tbt;
        tbt.name = QStringLiteral("Throwback Thursday");
        tbt.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=TH");
        tbt.dtstart = utc("2026-01-01T10:00:00Z");
        tbt.timeZone = QStringLiteral("Europe/Zurich");
        tbt.id = SeriesRepository(ws.db()).insert(tbt);
        const PlanService plan(ws.db());
        QCOMPARE(plan.checkSeriesName(tbt).value(), QString()); // itself
        Series other = tbt;
        other.id = 0;
        QCOMPARE(plan.checkSeriesName(other).value(), QStringLiteral("There is already a series named “Throwback Thursday”."));
        other.name = QStringLiteral("Follow Friday");
        QCOMPARE(plan.checkSeriesName(other).value(), QString());
    }

    void postsAroundADateComeNearestFirst()
    {
        TestWorkspace ws;
        const qint64 before2 = post(ws, QStringLiteral("two days before"), "2026-03-08T12:00:00Z");
        const qint64 after1 = post(ws, QStringLiteral("a day after"), "2026-03-11T12:00:00Z");
        const qint64 sameDay = post(ws, QStringLiteral("an hour after"), "2026-03-10T13:00:00Z");
        post(ws, QStringLiteral("fifteen days after"), "2026-03-25T12:00:00Z");
        post(ws, QStringLiteral("not scheduled"), "");
        const auto around = PlanService(ws.db()).postsPlannedAround(utc("2026-03-10T12:00:00Z"), 14);
        QVERIFY(around.ok());
        QList<qint64> ids;
        for (const Post &p : around.value())
            ids.append(p.id);
        QCOMPARE(ids, (QList<qint64> { sameDay, after1, before2 }));
    }

    void recentPostFiguresAreRead()
    {
        TestWorkspace ws;
        const auto none = PlanService(ws.db()).postMetrics(QDate(2025, 1, 1), QDate(2026, 1, 1));
        QVERIFY(none.ok());
        QCOMPARE(none->size(), 0);
    }

    void postsAndSeriesAreLookedUp()
    {
        TestWorkspace ws;
        const Series tbt = throwback(ws);
        const qint64 id = post(ws, QStringLiteral("Open day"), "2017-01-20T14:00:00Z");
        const PlanService plan(ws.db());
        QCOMPARE(plan.post(id).value()->title, QStringLiteral("Open day"));
        QVERIFY(plan.post(id + 1).ok());
        QVERIFY(!plan.post(id + 1).value());
        QCOMPARE(plan.series(tbt.id).value()->name, QStringLiteral("#ThrowbackThursday"));
        QVERIFY(!plan.series(tbt.id + 1).value());
        const auto all = plan.allSeries();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().id, tbt.id);
    }

    void theReviewListsTheOpenAndMissedSlots()
    {
        TestWorkspace ws;
        throwback(ws);
        // Now: Wednesday 2017-01-11 13:00 in Zurich. The 28 days ahead (to 02-08 13:00) hold the
        // Thursdays 01-12, 01-19, 01-26 and 02-02; the 28 days back only the first slot, 01-05.
        const auto review = PlanService(ws.db()).review(QTimeZone("Europe/Zurich"), utc("2017-01-11T12:00:00Z"));
        QVERIFY(review.ok());
        QStringList open;
        for (const PlanItem &item : review->openSlots)
            open.append(IsoTime::withOffset(item.startUtc, QTimeZone("Europe/Zurich")));
        QCOMPARE(open,
                 (QStringList { "2017-01-12T10:00:00+01:00", "2017-01-19T10:00:00+01:00", "2017-01-26T10:00:00+01:00",
                                "2017-02-02T10:00:00+01:00" }));
        QCOMPARE(review->missed.size(), 1);
        QCOMPARE(review->missed.first().startUtc, utc("2017-01-05T09:00:00Z"));
    }

    void aSlotsDraftFollowsItsSeries()
    {
        TestWorkspace ws;
        const Series tbt = throwback(ws);
        const PlanService plan(ws.db());
        const auto draft = plan.draftForSlot(tbt.id, wall("2017-01-19T10:00"), utc("2017-01-19T09:00:00Z"));
        QVERIFY(draft.ok());
        QVERIFY(draft.value());
        const Post &p = *draft.value();
        QCOMPARE(p.id, qint64(0));
        QCOMPARE(p.title, QStringLiteral("#ThrowbackThursday"));
        QCOMPARE(p.status, PostStatus::Draft);
        QCOMPARE(p.seriesId, std::optional<qint64>(tbt.id));
        QCOMPARE(p.occurrence, wall("2017-01-19T10:00"));
        QCOMPARE(p.scheduledAt, utc("2017-01-19T09:00:00Z"));
        QCOMPARE(p.body, QStringLiteral("From the archive:"));
        QCOMPARE(p.hashtags, (QStringList { "#ThrowbackThursday", "#TBT" }));
        QCOMPARE(p.assigneeId, tbt.ownerId);
        QCOMPARE(p.channels.size(), 1);
        QCOMPARE(p.channels.first().channelId, tbt.channelIds.first());
        QVERIFY(p.channels.first().textVariant.isEmpty());
        QVERIFY(!p.pillarId); // it follows the series' pillar rather than copying it
        // A series deleted meanwhile: nothing to fill.
        const auto gone = plan.draftForSlot(tbt.id + 1, wall("2017-01-19T10:00"), utc("2017-01-19T09:00:00Z"));
        QVERIFY(gone.ok());
        QVERIFY(!gone.value());
    }

    void aLinkedPostIsDroppedNotDeleted_data()
    {
        QTest::addColumn<bool>("linked");
        QTest::addColumn<bool>("kept");
        QTest::newRow("no imported post linked: deleted") << false << false;
        QTest::newRow("an imported post linked: dropped") << true << true;
    }

    void aLinkedPostIsDroppedNotDeleted()
    {
        QFETCH(bool, linked);
        QFETCH(bool, kept);
        TestWorkspace ws;
        const qint64 id = post(ws, QStringLiteral("Open day"), "2017-01-20T14:00:00Z");
        const qint64 x = ChannelRepository(ws.db()).insert({ 0, Platform::X, QStringLiteral("lab"), {} });
        const qint64 batch = newBatch(ws.db(), QStringLiteral("x.csv"));
        PlatformPostRepository imported(ws.db());
        PlatformPost published;
        published.channelId = x;
        published.externalId = QStringLiteral("826369568074255646");
        published.publishedAt = utc("2017-01-20T14:02:00Z");
        PostSnapshot snapshot;
        snapshot.set(PostMetric::Impressions, 1000);
        QCOMPARE(imported.write(batch, precedenceOf(ws.db(), batch), 2, published, snapshot).outcome, WriteOutcome::Added);
        if (linked)
            imported.setPlannedPost(published.id, id, QStringLiteral("manual"), true);

        const Post stored = *PostRepository(ws.db()).find(id);
        const auto result = PlanService(ws.db()).keptOnDeletion(stored);
        QVERIFY(result.ok());
        QCOMPARE(bool(result.value()), kept);
        if (kept) {
            Post expected = stored;
            expected.status = PostStatus::Dropped;
            QVERIFY(*result.value() == expected);
        }
        // Nothing written by asking.
        QVERIFY(*PostRepository(ws.db()).find(id) == stored);
    }

    void aNewAssigneeIsAddedThroughTheWriter_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("added");
        QTest::newRow("somebody known") << QStringLiteral("Ada") << false;
        QTest::newRow("somebody new") << QStringLiteral("Grace") << true;
    }

    void aNewAssigneeIsAddedThroughTheWriter()
    {
        QFETCH(QString, name);
        QFETCH(bool, added);
        qRegisterMetaType<Beamline::ChangeSet>();
        TestWorkspace ws;
        const qint64 ada = PersonRepository(ws.db()).insert({ 0, QStringLiteral("Ada"), {} });
        QSignalSpy spy(&ws.workspace().writer(), &Writer::changed);
        PlanService plan(ws.workspace());
        const Result<qint64> id = plan.ensurePerson(name);
        QVERIFY(id.ok());
        QCOMPARE(people(ws), added ? 2 : 1);
        const auto person = PersonRepository(ws.db()).findByName(name);
        QVERIFY(person);
        QCOMPARE(*id, person->id);
        if (!added) {
            QCOMPARE(*id, ada);
            QCOMPARE(spy.count(), 0);
            return;
        }
        QTRY_COMPARE(spy.count(), 1);
        const ChangeSet changes = spy.first().first().value<ChangeSet>();
        QCOMPARE(changes.ids(ChangeSet::Kind::People), QSet<qint64> { *id });
        // The same name again: the same person.
        QCOMPARE(plan.ensurePerson(name).value(), *id);
        QCOMPARE(people(ws), 2);
    }

    void aNewAssigneeIsRefusedWithoutAWriter()
    {
        TestWorkspace ws;
        PlanService readOnly(ws.db());
        const Result<qint64> id = readOnly.ensurePerson(QStringLiteral("Grace"));
        QVERIFY(!id.ok());
        QCOMPARE(id.error().message, QStringLiteral("This workspace is open for reading only."));
        QCOMPARE(people(ws), 0);
    }

    // Moving or skipping one slot of a series: the exceptions the series is saved with.
    void aSlotIsMovedOrSkipped_data()
    {
        QTest::addColumn<QStringList>("before");
        QTest::addColumn<QString>("action"); // "skip", or "move" and the new start
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<QStringList>("after");
        const QStringList none;
        const QString other = QStringLiteral("skip 2017-01-26T10:00");
        const QDateTime fridayNine = QDateTime(QDate(2017, 1, 20), QTime(9, 0), QTimeZone("Europe/Zurich"));
        QTest::newRow("move") << none << QStringLiteral("move") << fridayNine
                              << QStringList { "move 2017-01-19T10:00 2017-01-20T09:00" };
        // 08:00 UTC is 09:00 in Zurich in January: the series keeps its own wall clock.
        QTest::newRow("move, given in UTC") << none << QStringLiteral("move")
                                            << QDateTime(QDate(2017, 1, 20), QTime(8, 0), QTimeZone::utc())
                                            << QStringList { "move 2017-01-19T10:00 2017-01-20T09:00" };
        QTest::newRow("move again") << QStringList { other, "move 2017-01-19T10:00 2017-01-18T10:00" } << QStringLiteral("move")
                                    << fridayNine << QStringList { other, "move 2017-01-19T10:00 2017-01-20T09:00" };
        QTest::newRow("move back to the rule's time")
            << QStringList { "move 2017-01-19T10:00 2017-01-20T09:00", other } << QStringLiteral("move")
            << QDateTime(QDate(2017, 1, 19), QTime(10, 0), QTimeZone("Europe/Zurich")) << QStringList { other };
        QTest::newRow("skip") << QStringList { other } << QStringLiteral("skip") << QDateTime()
                              << QStringList { other, "skip 2017-01-19T10:00" };
        QTest::newRow("skip a moved slot") << QStringList { "move 2017-01-19T10:00 2017-01-20T09:00" } << QStringLiteral("skip")
                                           << QDateTime() << QStringList { "skip 2017-01-19T10:00" };
        QTest::newRow("skip twice") << QStringList { "skip 2017-01-19T10:00" } << QStringLiteral("skip") << QDateTime()
                                    << QStringList { "skip 2017-01-19T10:00" };
    }

    void aSlotIsMovedOrSkipped()
    {
        QFETCH(QStringList, before);
        QFETCH(QString, action);
        QFETCH(QDateTime, start);
        QFETCH(QStringList, after);
        Series series;
        series.id = 7;
        series.name = QStringLiteral("#ThrowbackThursday");
        series.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=TH");
        series.dtstart = wall("2017-01-05T10:00");
        series.timeZone = QStringLiteral("Europe/Zurich");
        series.exceptions = parse(before);
        const QDateTime slot = wall("2017-01-19T10:00");
        const Series edited = action == QLatin1String("skip") ? PlanService::withSlotSkipped(series, slot)
                                                              : PlanService::withSlotMoved(series, slot, start);
        QCOMPARE(describe(edited.exceptions), after);
        Series rest = edited;
        rest.exceptions = series.exceptions;
        QVERIFY(rest == series); // nothing else changes
    }

    void aFailedReadIsAnErrorValue()
    {
        const PlanService broken { QSqlDatabase() };
        QVERIFY(!broken.workspaceTimeZoneId().ok());
        QVERIFY(!broken.checkSeriesName(Series()).ok());
        QVERIFY(!broken.postsPlannedAround(QDateTime::currentDateTimeUtc(), 14).ok());
        QVERIFY(!broken.postMetrics(QDate(2025, 1, 1), QDate(2026, 1, 1)).ok());
        QVERIFY(!broken.post(1).ok());
        QVERIFY(!broken.series(1).ok());
        QVERIFY(!broken.allSeries().ok());
        QVERIFY(!broken.review(QTimeZone::utc(), QDateTime::currentDateTimeUtc()).ok());
        QVERIFY(!broken.draftForSlot(1, QDateTime::currentDateTime(), QDateTime::currentDateTimeUtc()).ok());
        QVERIFY(!broken.keptOnDeletion(Post()).ok());
        PlanService brokenWithoutWriter { QSqlDatabase() };
        QVERIFY(!brokenWithoutWriter.ensurePerson(QStringLiteral("Grace")).ok());
        QVERIFY(!broken.workspaceTimeZoneId().error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_PlanService)
#include "tst_planservice.moc"
