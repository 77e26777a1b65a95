// SPDX-License-Identifier: GPL-3.0-or-later
// The plan built from series and posts: slots filled, empty, missed and moved; what needs
// attention; the .ics export read back by libical; the CSV export and import.
#include "testsupport.h"

#include <core/db/channelrepository.h>
#include <core/db/pillarrepository.h>
#include <core/db/postrepository.h>
#include <core/db/seriesrepository.h>
#include <core/domain/isotime.h>
#include <core/plan/icsexporter.h>
#include <core/plan/plancsv.h>
#include <core/workspace/writer.h>
#include <core/plan/planner.h>
#include <core/plan/planreview.h>

#include <QBuffer>
#include <QSignalSpy>
#include <QTest>

#include <libical/ical.h>

using namespace Beamline;
using namespace Beamline::Test;

namespace {

const QTimeZone Zurich("Europe/Zurich");

QDateTime utc(const char *text)
{
    return IsoTime::parseUtc(QString::fromLatin1(text));
}

QDateTime wall(const char *text)
{
    return IsoTime::parseWallClock(QString::fromLatin1(text));
}

// The fixture, with the answers worked out by hand in the tests below:
//   #ThrowbackThursday  weekly on Thursday 10:00 from 2016-12-29, X + Instagram, Physics news;
//                       2017-01-26 skipped.
//   #FollowFriday       last Friday of the month 11:00 from 2016-12-30, X, Community;
//                       2017-01-27 moved to Monday 2017-01-30 09:00.
//   posts: TBT 01-05 published; TBT 01-12 draft; "Fun fact" 01-13 in review (Fun science);
//          "Open day" 01-20 approved (Human stories); TBT 01-19 dropped; an unscheduled idea.
struct Fixture {
    qint64 x = 0, instagram = 0;
    qint64 physics = 0, fun = 0, human = 0, community = 0;
    qint64 tbt = 0, ff = 0;
    qint64 published = 0, draft = 0, funFact = 0, openDay = 0, dropped = 0, idea = 0;

    explicit Fixture(TestWorkspace &ws)
    {
        ws.workspace().setTimeZone(Zurich);
        QSqlDatabase db = ws.db();
        ChannelRepository channels(db);
        x = channels.insert({0, Platform::X, QStringLiteral("lab"), QStringLiteral("Lab on X")});
        instagram = channels.insert({0, Platform::Instagram, QStringLiteral("lab"), QStringLiteral("Lab on Instagram")});
        PillarRepository pillars(db);
        physics = pillars.insert({0, QStringLiteral("Physics news"), QStringLiteral("#0072B2"), 0.5, 0});
        fun = pillars.insert({0, QStringLiteral("Fun science"), QStringLiteral("#009E73"), 0.25, 1});
        human = pillars.insert({0, QStringLiteral("Human stories"), QStringLiteral("#E69F00"), 0.25, 2});
        community = pillars.insert({0, QStringLiteral("Community"), QStringLiteral("#CC79A7"), std::nullopt, 3});

        SeriesRepository series(db);
        Series s;
        s.name = QStringLiteral("#ThrowbackThursday");
        s.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=TH");
        s.dtstart = wall("2016-12-29T10:00");
        s.timeZone = QStringLiteral("Europe/Zurich");
        s.pillarId = physics;
        s.channelIds = {x, instagram};
        s.hashtags = {QStringLiteral("#ThrowbackThursday"), QStringLiteral("#TBT")};
        s.exceptions = {{wall("2017-01-26T10:00"), SeriesException::Kind::Skip, {}, QStringLiteral("Open day instead")}};
        tbt = series.insert(s);
        Series f;
        f.name = QStringLiteral("#FollowFriday");
        f.rrule = QStringLiteral("FREQ=MONTHLY;BYDAY=-1FR");
        f.dtstart = wall("2016-12-30T11:00");
        f.timeZone = QStringLiteral("Europe/Zurich");
        f.pillarId = community;
        f.channelIds = {x};
        f.exceptions = {{wall("2017-01-27T11:00"), SeriesException::Kind::Move, wall("2017-01-30T09:00"), {}}};
        ff = series.insert(f);

        PostRepository posts(db);
        auto post = [&](const QString &title, PostStatus status, const char *at, std::optional<qint64> seriesId,
                        const char *occurrence, std::optional<qint64> pillar) {
            Post p;
            p.title = title;
            p.status = status;
            if (at)
                p.scheduledAt = utc(at);
            p.seriesId = seriesId;
            if (occurrence)
                p.occurrence = wall(occurrence);
            p.pillarId = pillar;
            p.channels = {{x, {}}};
            return posts.insert(p);
        };
        published = post(QStringLiteral("1971: first collider"), PostStatus::Published, "2017-01-05T09:00:00Z", tbt, "2017-01-05T10:00", {});
        draft = post(QStringLiteral("1976: the super synchrotron"), PostStatus::Draft, "2017-01-12T09:00:00Z", tbt, "2017-01-12T10:00", {});
        funFact = post(QStringLiteral("Fun fact"), PostStatus::Review, "2017-01-13T08:00:00Z", {}, nullptr, fun);
        openDay = post(QStringLiteral("Open day"), PostStatus::Approved, "2017-01-20T14:00:00Z", {}, nullptr, human);
        dropped = post(QStringLiteral("Dropped idea"), PostStatus::Dropped, "2017-01-19T09:00:00Z", tbt, "2017-01-19T10:00", {});
        idea = post(QStringLiteral("Someday"), PostStatus::Idea, nullptr, {}, nullptr, {});
    }
};

QStringList describe(const QVector<PlanItem> &items)
{
    QStringList list;
    for (const PlanItem &item : items) {
        const QString kind = item.isEmptySlot() ? (item.missed ? QStringLiteral("missed") : QStringLiteral("empty"))
                                                : PostStatuses::key(*item.status());
        list.append(QStringLiteral("%1 %2 %3").arg(IsoTime::withOffset(item.startUtc, item.zone), kind, item.title));
    }
    return list;
}

icalcomponent *parse(const QByteArray &ics)
{
    return icalparser_parse_string(ics.constData());
}

QStringList propertyValues(icalcomponent *component, icalproperty_kind kind)
{
    QStringList values;
    for (icalproperty *p = icalcomponent_get_first_property(component, kind); p; p = icalcomponent_get_next_property(component, kind))
        values.append(QString::fromUtf8(icalproperty_get_value_as_string(p)));
    return values;
}

QString parameterOf(icalcomponent *component, icalproperty_kind kind)
{
    icalproperty *p = icalcomponent_get_first_property(component, kind);
    icalparameter *tz = p ? icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER) : nullptr;
    return tz ? QString::fromUtf8(icalparameter_get_tzid(tz)) : QString();
}

} // namespace

class TestPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plannerFillsSlotsWithPosts();
    void reviewSaysWhatNeedsAttention();
    void icsReadsBackInLibical();
    void icsTakesInOccurrencesMovedIntoTheRange();
    void icsIsStableAndSelective();
    void csvRoundTrip();
    void csvImportAddsAndFillsSlots();
    void csvCarriesEachChannelsWording();
    void csvErrorsNameLineAndColumnAndChangeNothing_data();
    void csvErrorsNameLineAndColumnAndChangeNothing();
    void characterLimits_data();
    void characterLimits();
};

void TestPlan::plannerFillsSlotsWithPosts()
{
    TestWorkspace ws;
    const Fixture f(ws);
    const Planner planner(ws.db(), Zurich);
    const QVector<PlanItem> items = planner.items(QDate(2016, 12, 26), QDate(2017, 2, 3), utc("2017-01-11T12:00:00Z"));
    QCOMPARE(describe(items), (QStringList{
        "2016-12-29T10:00:00+01:00 missed #ThrowbackThursday",
        "2016-12-30T11:00:00+01:00 missed #FollowFriday",
        "2017-01-05T10:00:00+01:00 published 1971: first collider",
        "2017-01-12T10:00:00+01:00 draft 1976: the super synchrotron",
        "2017-01-13T09:00:00+01:00 review Fun fact",
        "2017-01-19T10:00:00+01:00 dropped Dropped idea",
        "2017-01-19T10:00:00+01:00 empty #ThrowbackThursday", // a dropped post leaves its slot open
        "2017-01-20T15:00:00+01:00 approved Open day",
        // 2017-01-26 is skipped; #FollowFriday of 01-27 moved to Monday 01-30.
        "2017-01-30T09:00:00+01:00 empty #FollowFriday",
        "2017-02-02T10:00:00+01:00 empty #ThrowbackThursday",
    }));
    const PlanItem &moved = items.at(8);
    QVERIFY(moved.slot->moved);
    QCOMPARE(IsoTime::wallClock(moved.slot->original), QStringLiteral("2017-01-27T11:00"));
    // A series post takes the series' pillar when it has none of its own.
    QCOMPARE(items.at(3).pillarId, std::optional<qint64>(f.physics));
    QCOMPARE(items.at(3).seriesName, QStringLiteral("#ThrowbackThursday"));
}

void TestPlan::reviewSaysWhatNeedsAttention()
{
    TestWorkspace ws;
    const Fixture f(ws);
    const Planner planner(ws.db(), Zurich);
    // Now: Wednesday 2017-01-11 13:00 in Zurich. The coming 28 days hold (by hand):
    //   draft TBT 01-12 (Physics), Fun fact 01-13 (Fun), empty TBT 01-19 (Physics), Open day 01-20 (Human),
    //   empty FF 01-30 (Community), empty TBT 02-02 (Physics); the dropped post does not count.
    const PlanReview review = PlanReview::compute(planner, utc("2017-01-11T12:00:00Z"));
    QCOMPARE(review.plannedItems, 6);
    QCOMPARE(describe(review.openSlots), (QStringList{"2017-01-19T10:00:00+01:00 empty #ThrowbackThursday",
                                                      "2017-01-30T09:00:00+01:00 empty #FollowFriday",
                                                      "2017-02-02T10:00:00+01:00 empty #ThrowbackThursday"}));
    QCOMPARE(describe(review.missed), (QStringList{"2016-12-30T11:00:00+01:00 missed #FollowFriday",
                                                   "2016-12-29T10:00:00+01:00 missed #ThrowbackThursday"}));
    // Within 48 hours and not approved yet: the draft (tomorrow) and the post in review (Friday 09:00).
    QCOMPARE(describe(review.notReady), (QStringList{"2017-01-12T10:00:00+01:00 draft 1976: the super synchrotron",
                                                     "2017-01-13T09:00:00+01:00 review Fun fact"}));

    QCOMPARE(review.pillarMix.size(), 4);
    const PillarMix &physics = review.pillarMix.at(0);
    QCOMPARE(physics.name, QStringLiteral("Physics news"));
    QCOMPARE(physics.items, 3);
    QCOMPARE(physics.share, 0.5);
    QCOMPARE(physics.gap(), 0.0);
    QVERIFY(!physics.offTarget());
    const PillarMix &fun = review.pillarMix.at(1);
    QCOMPARE(fun.items, 1);
    QCOMPARE(fun.share, 1.0 / 6);
    QVERIFY(fun.offTarget()); // 16.7 % against 25 %
    QCOMPARE(review.pillarMix.at(2).items, 1);
    QCOMPARE(review.pillarMix.at(3).items, 1);
    QVERIFY(!review.pillarMix.at(3).offTarget()); // Community has no target

    // Ten minutes before the post in review is due, it still needs attention; after, it has gone by.
    const PlanReview later = PlanReview::compute(planner, utc("2017-01-13T07:50:00Z"));
    QCOMPARE(later.notReady.size(), 1);
    QCOMPARE(later.notReady.first().post->id, f.funFact);
}

void TestPlan::icsReadsBackInLibical()
{
    TestWorkspace ws;
    const Fixture f(ws);
    IcsExporter exporter(ws.db(), Zurich);
    IcsExporter::Options options;
    options.from = QDate(2017, 1, 1);
    options.to = QDate(2017, 1, 31);
    options.stampUtc = utc("2017-01-11T12:00:00Z");
    const QByteArray ics = exporter.exportCalendar(options);
    QVERIFY2(!ics.isEmpty(), qPrintable(exporter.error()));

    icalcomponent *calendar = parse(ics);
    QVERIFY(calendar);
    QCOMPARE(icalcomponent_isa(calendar), ICAL_VCALENDAR_COMPONENT);
    QCOMPARE(icalcomponent_count_errors(calendar), 0);
    icalcomponent *zone = icalcomponent_get_first_component(calendar, ICAL_VTIMEZONE_COMPONENT);
    QVERIFY(zone);
    QCOMPARE(propertyValues(zone, ICAL_TZID_PROPERTY), QStringList{"Europe/Zurich"});

    const SeriesRepository series(ws.db());
    const QString tbtUid = series.find(f.tbt)->uid;
    const QString ffUid = series.find(f.ff)->uid;
    QStringList seen;
    icalcomponent *tbtMaster = nullptr;
    for (icalcomponent *e = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); e;
         e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
        QCOMPARE(propertyValues(e, ICAL_TRANSP_PROPERTY), QStringList{"TRANSPARENT"});
        const QString uid = QString::fromUtf8(icalcomponent_get_uid(e));
        const QStringList recurrenceId = propertyValues(e, ICAL_RECURRENCEID_PROPERTY);
        const QString start = propertyValues(e, ICAL_DTSTART_PROPERTY).value(0);
        const QString who = uid == tbtUid ? QStringLiteral("TBT") : uid == ffUid ? QStringLiteral("FF") : QStringLiteral("post");
        seen.append(QStringLiteral("%1 %2 %3").arg(who, recurrenceId.value(0, QStringLiteral("-")), start));
        if (who != QLatin1String("post"))
            QCOMPARE(parameterOf(e, ICAL_DTSTART_PROPERTY), QStringLiteral("Europe/Zurich"));
        else
            QVERIFY(uid.startsWith(QLatin1String("post-")));
        if (who == QLatin1String("TBT") && recurrenceId.isEmpty())
            tbtMaster = e;
        if (!recurrenceId.isEmpty())
            QCOMPARE(parameterOf(e, ICAL_RECURRENCEID_PROPERTY), QStringLiteral("Europe/Zurich"));
    }
    QCOMPARE(seen, (QStringList{
        "FF - 20170127T110000",                 // series in name order
        "FF 20170127T110000 20170130T090000",   // moved to Monday
        "TBT - 20170105T100000",                // the rule, clipped to January
        "TBT 20170105T100000 20170105T100000",  // filled by the published post
        "TBT 20170112T100000 20170112T100000",  // filled by the draft
        "post - 20170113T090000",
        "post - 20170120T150000",
    }));
    QVERIFY(tbtMaster);
    QCOMPARE(propertyValues(tbtMaster, ICAL_RRULE_PROPERTY), QStringList{"FREQ=WEEKLY;UNTIL=20170126T090000Z;BYDAY=TH"});
    QCOMPARE(propertyValues(tbtMaster, ICAL_EXDATE_PROPERTY), QStringList{"20170126T100000"});
    QCOMPARE(propertyValues(tbtMaster, ICAL_DURATION_PROPERTY), QStringList{"PT30M"});

    // libical expands the rule it reads to the slots Beamline planned (the skip removed).
    QStringList instances;
    icalcomponent_foreach_recurrence(
        tbtMaster, icaltime_from_string("20170101T000000Z"), icaltime_from_string("20170201T000000Z"),
        [](icalcomponent *, struct icaltime_span *span, void *data) {
            static_cast<QStringList *>(data)->append(IsoTime::utc(QDateTime::fromSecsSinceEpoch(span->start, QTimeZone::utc())));
        },
        &instances);
    QCOMPARE(instances, (QStringList{"2017-01-05T09:00:00Z", "2017-01-12T09:00:00Z", "2017-01-19T09:00:00Z"}));
    icalcomponent_free(calendar);
}

void TestPlan::icsTakesInOccurrencesMovedIntoTheRange()
{
    // #FollowFriday of Friday 27 January was moved to Monday 30 January. Exported alone, the
    // week of 30 January holds no #FollowFriday slot of its own, yet must show that one.
    TestWorkspace ws;
    const Fixture f(ws);
    Post thanks;
    thanks.title = QStringLiteral("Thanks, friends");
    thanks.status = PostStatus::Approved;
    thanks.seriesId = f.ff;
    thanks.occurrence = wall("2017-01-27T11:00");
    thanks.scheduledAt = utc("2017-01-30T08:00:00Z"); // 09:00 in Zurich, the moved time
    thanks.channels = {{f.x, {}}};
    PostRepository(ws.db()).insert(thanks);

    IcsExporter exporter(ws.db(), Zurich);
    IcsExporter::Options options;
    options.from = QDate(2017, 1, 30);
    options.to = QDate(2017, 2, 5);
    options.stampUtc = utc("2017-01-11T12:00:00Z");
    const QByteArray ics = exporter.exportCalendar(options);
    QVERIFY2(!ics.isEmpty(), qPrintable(exporter.error()));
    icalcomponent *calendar = parse(ics);
    QVERIFY(calendar);
    QCOMPARE(icalcomponent_count_errors(calendar), 0);
    const QString ffUid = SeriesRepository(ws.db()).find(f.ff)->uid;
    const QString tbtUid = SeriesRepository(ws.db()).find(f.tbt)->uid;
    QStringList seen;
    for (icalcomponent *e = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); e;
         e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
        QString uid = QString::fromUtf8(icalcomponent_get_uid(e));
        const QString ffMoved = QString(ffUid).insert(ffUid.lastIndexOf(QLatin1Char('@')), QStringLiteral("-20170127T1100"));
        uid.replace(ffMoved, QStringLiteral("FF moved 27 Jan")).replace(ffUid, QStringLiteral("FF")).replace(tbtUid, QStringLiteral("TBT"));
        seen.append(QStringLiteral("%1 %2 %3 %4").arg(uid, propertyValues(e, ICAL_RECURRENCEID_PROPERTY).value(0, QStringLiteral("-")),
                                                      propertyValues(e, ICAL_DTSTART_PROPERTY).value(0),
                                                      QString::fromUtf8(icalcomponent_get_summary(e))));
    }
    QCOMPARE(seen, (QStringList{
        // No #FollowFriday rule in this week; the moved occurrence stands alone, with its post.
        "FF moved 27 Jan - 20170130T090000 #FollowFriday: Thanks, friends",
        "TBT - 20170202T100000 #ThrowbackThursday",
    }));
    icalcomponent_free(calendar);

    // Without the post, the moved slot still shows.
    PostRepository(ws.db()).remove(PostRepository(ws.db()).forOccurrence(f.ff, wall("2017-01-27T11:00"))->id);
    const QByteArray movedUid = QString(ffUid).insert(ffUid.lastIndexOf(QLatin1Char('@')), QStringLiteral("-20170127T1100")).toUtf8();
    QVERIFY(exporter.exportCalendar(options).contains(movedUid));
    // The month of January still has it as an override of the rule, as before.
    options.from = QDate(2017, 1, 1);
    options.to = QDate(2017, 1, 31);
    const QByteArray january = exporter.exportCalendar(options);
    QVERIFY(january.contains("RECURRENCE-ID;TZID=Europe/Zurich:20170127T110000"));
    QVERIFY(!january.contains(movedUid));
}

void TestPlan::icsIsStableAndSelective()
{
    TestWorkspace ws;
    const Fixture f(ws);
    IcsExporter exporter(ws.db(), Zurich);
    IcsExporter::Options options;
    options.from = QDate(2017, 1, 1);
    options.to = QDate(2017, 1, 31);
    options.stampUtc = utc("2017-01-11T12:00:00Z");
    const QByteArray first = exporter.exportCalendar(options);
    QCOMPARE(exporter.exportCalendar(options), first); // same plan, same file: calendars update in place
    QVERIFY(first.contains(exporter.postUid(f.funFact).toUtf8()));

    options.seriesIds = {f.ff};
    options.includePosts = false;
    const QByteArray onlyFf = exporter.exportCalendar(options);
    QCOMPARE(onlyFf.count("BEGIN:VEVENT"), 2);
    QVERIFY(!onlyFf.contains("Fun fact"));

    // A range with no occurrence of a series leaves it out.
    options.seriesIds = {};
    options.includePosts = true;
    options.from = QDate(2017, 1, 14);
    options.to = QDate(2017, 1, 17);
    const QByteArray quiet = exporter.exportCalendar(options);
    QCOMPARE(quiet.count("BEGIN:VEVENT"), 0);

    options.to = QDate(2017, 1, 1);
    QVERIFY(exporter.exportCalendar(options).isEmpty());
    QVERIFY(exporter.error().contains(QLatin1String("before it starts")));
}

void TestPlan::csvRoundTrip()
{
    TestWorkspace ws;
    const Fixture f(ws);
    PlanCsv csv(ws.db(), Zurich);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    csv.write(&buffer, QDate(2017, 1, 1), QDate(2017, 2, 5), utc("2017-01-11T12:00:00Z"));
    const QByteArray text = buffer.data();
    const QList<QByteArray> lines = text.split('\n');
    QCOMPARE(lines.first().trimmed(), QByteArray("id,date,time,time_zone,status,series,occurrence,title,channels,pillar,campaign,"
                                                 "assignee,language,hashtags,links,text,notes,text:x,text:instagram"));
    QVERIFY(text.contains(QByteArray(QByteArray::number(f.draft) + ",2017-01-12,10:00,Europe/Zurich,draft,#ThrowbackThursday,2017-01-12T10:00,"
                                                        "1976: the super synchrotron,x,Physics news")));
    QVERIFY(text.contains(",2017-01-30,09:00,Europe/Zurich,empty,#FollowFriday,2017-01-27T11:00,,x,Community"));

    const QString before = dumpContent(ws.db());
    buffer.close();
    buffer.open(QIODevice::ReadOnly);
    const PlanCsv::Result result = csv.read(ws.workspace().writer(), &buffer, QStringLiteral("plan.csv"));
    QVERIFY2(result.ok(), qPrintable(result.errors.join(QLatin1Char('\n'))));
    QCOMPARE(result.inserted, 0);
    QCOMPARE(result.updated, 0);
    QCOMPARE(result.unchanged, 5); // published, draft, fun fact, open day, dropped
    QCOMPARE(result.skipped, 3);   // the three empty slots
    QCOMPARE(dumpContent(ws.db()), before);
}

void TestPlan::csvImportAddsAndFillsSlots()
{
    TestWorkspace ws;
    const Fixture f(ws);
    QByteArray text = "title,date,time,series,channels,status,hashtags,assignee\n"
                      "\"1983: W and Z, found\",2017-02-02,10:00,#throwbackthursday,x instagram,draft,TBT CERN,\n"
                      "Spreadsheet idea,,,,,,,\n";
    text.replace("\n", "\r\n");
    QBuffer buffer(&text);
    buffer.open(QIODevice::ReadOnly);
    QSignalSpy written(&ws.workspace().writer(), &Writer::changed);
    const PlanCsv::Result result = PlanCsv(ws.db(), Zurich).read(ws.workspace().writer(), &buffer, QStringLiteral("bulk.csv"));
    QVERIFY2(result.ok(), qPrintable(result.errors.join(QLatin1Char('\n'))));
    QCOMPARE(result.inserted, 2);
    // One write of the workspace's writer, which names the two new posts.
    QCOMPARE(written.count(), 1);
    const ChangeSet changes = written.first().first().value<ChangeSet>();
    QCOMPARE(changes.ids(ChangeSet::Kind::Posts).size(), 2);

    PostRepository posts(ws.db());
    const auto filled = posts.forOccurrence(f.tbt, wall("2017-02-02T10:00"));
    QVERIFY(filled);
    QCOMPARE(filled->title, QStringLiteral("1983: W and Z, found"));
    QCOMPARE(filled->scheduledAt, utc("2017-02-02T09:00:00Z"));
    QCOMPARE(filled->status, PostStatus::Draft);
    QCOMPARE(filled->hashtags, (QStringList{"#CERN", "#TBT"}));
    QCOMPARE(filled->channels.size(), 2);
    QCOMPARE(posts.unscheduled().size(), 2); // the fixture's idea and the new one
    // The slot is no longer open.
    const PlanReview review = PlanReview::compute(Planner(ws.db(), Zurich), utc("2017-01-11T12:00:00Z"));
    QCOMPARE(review.openSlots.size(), 2);
}

void TestPlan::csvCarriesEachChannelsWording()
{
    TestWorkspace ws;
    const Fixture f(ws);
    PostRepository posts(ws.db());
    Post post = *posts.find(f.draft);
    post.channels = {{f.x, QStringLiteral("1976, first beam: thread 🧵 https://examplelab.org/sps")}, {f.instagram, {}}};
    posts.update(post);

    // Out: the X wording in its own column, quoted because of its comma.
    PlanCsv csv(ws.db(), Zurich);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    csv.write(&buffer, QDate(2017, 1, 1), QDate(2017, 2, 5), utc("2017-01-11T12:00:00Z"));
    QVERIFY(buffer.data().contains(QStringLiteral(",\"1976, first beam: thread 🧵 https://examplelab.org/sps\",\r\n").toUtf8()));
    // Back in: nothing changes.
    buffer.close();
    buffer.open(QIODevice::ReadOnly);
    PlanCsv::Result same = csv.read(ws.workspace().writer(), &buffer, QStringLiteral("plan.csv"));
    QVERIFY2(same.ok(), qPrintable(same.errors.join(QLatin1Char('\n'))));
    QCOMPARE(same.updated, 0);

    // A reviewer writes Instagram's caption and clears X's wording.
    QByteArray text = "id,title,text:instagram,text:x\n" + QByteArray::number(f.draft)
        + ",1976: the super synchrotron,\"Swipe for 1976 ➡️\n#ThrowbackThursday\",\n";
    QBuffer edit(&text);
    edit.open(QIODevice::ReadOnly);
    const PlanCsv::Result result = csv.read(ws.workspace().writer(), &edit, QStringLiteral("review.csv"));
    QVERIFY2(result.ok(), qPrintable(result.errors.join(QLatin1Char('\n'))));
    QCOMPARE(result.updated, 1);
    const Post after = *posts.find(f.draft);
    QCOMPARE(after.channels.size(), 2);
    for (const PostChannel &pc : after.channels) {
        if (pc.channelId == f.instagram)
            QCOMPARE(pc.textVariant, QStringLiteral("Swipe for 1976 ➡️\n#ThrowbackThursday"));
        else
            QVERIFY(pc.textVariant.isEmpty());
    }
}

void TestPlan::csvErrorsNameLineAndColumnAndChangeNothing_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error");

    QTest::newRow("status") << QByteArray("title,date,status\nok,2017-02-01,draft\nbad,2017-02-01,publishd\n")
                            << "plan.csv:3:3: “publishd” is not a status";
    QTest::newRow("date") << QByteArray("title,date\nbad,2017-02-30\n") << "plan.csv:2:2: “2017-02-30” is not a date";
    QTest::newRow("time") << QByteArray("title,date,time\nbad,2017-02-01,25:00\n") << "plan.csv:2:3: “25:00” is not a time";
    QTest::newRow("zone") << QByteArray("title,date,time_zone\nbad,2017-02-01,Europe/Zurch\n")
                          << "plan.csv:2:3: “Europe/Zurch” is not a time zone";
    QTest::newRow("series") << QByteArray("title,series\nbad,#MotivationMonday\n")
                            << "plan.csv:2:2: there is no series “#MotivationMonday” (known: #FollowFriday, #ThrowbackThursday)";
    QTest::newRow("not a slot") << QByteArray("title,series,occurrence\nbad,#ThrowbackThursday,2017-02-03T10:00\n")
                                << "plan.csv:2:3: 2017-02-03T10:00 is not an occurrence of “#ThrowbackThursday”";
    QTest::newRow("channel") << QByteArray("title,channels\nbad,x tiktok\n") << "plan.csv:2:2: “tiktok” is not a channel";
    QTest::newRow("pillar") << QByteArray("title,pillar\nbad,Cats\n") << "plan.csv:2:2: there is no pillar “Cats”";
    QTest::newRow("unknown id") << QByteArray("id,title\n999,bad\n") << "plan.csv:2:1: there is no post with id “999”";
    QTest::newRow("unknown column") << QByteArray("title,mood\nbad,happy\n") << "plan.csv:1:2: “mood” is not a plan column";
    QTest::newRow("no title column") << QByteArray("date\n2017-02-01\n") << "plan.csv:1:1: the “title” column is missing";
    QTest::newRow("wording for an unknown channel") << QByteArray("title,text:tiktok\nbad,hi\n")
                                                    << "plan.csv:1:2: “text:tiktok” names no channel";
    QTest::newRow("wording for a channel the post is not on") << QByteArray("title,channels,text:instagram\nbad,x,hi\n")
                                                              << "plan.csv:2:3: the post is not planned on instagram";
    QTest::newRow("unterminated quote") << QByteArray("title,date\ngood,2017-02-01\n\"bad,2017-02-01\n") << "plan.csv:3:";
}

void TestPlan::csvErrorsNameLineAndColumnAndChangeNothing()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    TestWorkspace ws;
    const Fixture f(ws);
    const QString before = dumpContent(ws.db());
    QBuffer buffer(&text);
    buffer.open(QIODevice::ReadOnly);
    const PlanCsv::Result result = PlanCsv(ws.db(), Zurich).read(ws.workspace().writer(), &buffer, QStringLiteral("plan.csv"));
    QVERIFY(!result.ok());
    QVERIFY2(result.errors.first().startsWith(error), qPrintable(result.errors.first()));
    QCOMPARE(result.inserted + result.updated, 0);
    QCOMPARE(dumpContent(ws.db()), before);
}

void TestPlan::characterLimits_data()
{
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("limit");

    QTest::newRow("x plain") << "x" << "Hello, CERN!" << 12 << 280;
    QTest::newRow("x link counts 23") << "x" << "Open data: https://examplelab.org/news/2017/01/open-data-300-tb" << 34 << 280;
    QTest::newRow("x two links") << "x" << "http://a.example https://b.example/x" << 47 << 280;
    QTest::newRow("x accents count 1") << "x" << QString::fromUtf8("Schrödinger") << 11 << 280;
    QTest::newRow("x combining accent is one") << "x" << QString::fromUtf8("Schro\u0308dinger") << 11 << 280;
    QTest::newRow("x emoji counts 2") << "x" << QString::fromUtf8("Go \U0001F680") << 5 << 280;
    QTest::newRow("x family emoji is one cluster") << "x" << QString::fromUtf8("\U0001F468\u200D\U0001F469\u200D\U0001F467") << 2 << 280;
    QTest::newRow("x CJK counts 2") << "x" << QString::fromUtf8("粒子") << 4 << 280;
    QTest::newRow("instagram emoji counts 1") << "instagram" << QString::fromUtf8("Go \U0001F680") << 4 << 2200;
    QTest::newRow("instagram link is text") << "instagram" << "https://examplelab.org" << 22 << 2200;
    QTest::newRow("linkedin") << "linkedin" << QString(2999, QLatin1Char('a')) << 2999 << 3000;
    QTest::newRow("facebook") << "facebook" << "" << 0 << 63206;
    QTest::newRow("youtube title") << "youtube" << "Guess What It Is #12" << 20 << 100;
}

void TestPlan::characterLimits()
{
    QFETCH(QString, platform);
    QFETCH(QString, text);
    QFETCH(int, length);
    QFETCH(int, limit);
    const Platform p = *Platforms::fromKey(platform);
    QCOMPARE(Platforms::textLength(p, text), length);
    QCOMPARE(Platforms::characterLimit(p), limit);
}

QTEST_GUILESS_MAIN(TestPlan)
#include "tst_plan.moc"
