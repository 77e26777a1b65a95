// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <core/db/campaignrepository.h>
#include <core/db/channelrepository.h>
#include <core/db/dailymetricrepository.h>
#include <core/db/databaseerror.h>
#include <core/db/eventmarkerrepository.h>
#include <core/db/importbatchrepository.h>
#include <core/db/mentionrepository.h>
#include <core/db/personrepository.h>
#include <core/db/pillarrepository.h>
#include <core/db/platformpostrepository.h>
#include <core/db/postrepository.h>
#include <core/db/rowjournal.h>
#include <core/db/sqlquery.h>
#include <core/db/scopedtransaction.h>
#include <core/db/seriesrepository.h>
#include <core/db/settingsrepository.h>
#include <core/db/webtrafficrepository.h>
#include <core/db/workspacestatistics.h>
#include <core/domain/isotime.h>
#include <core/workspace/writer.h>
#include <core/workspace/workspace.h>
#include <core/db/workspaceopener.h>

#include <QTest>

using namespace Beamline;
using namespace Beamline::Test;

class tst_Repositories : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void settings()
    {
        TestWorkspace ws;
        SettingsRepository repo(ws.db());
        QVERIFY(!repo.value(QStringLiteral("missing")));
        repo.setValue(QStringLiteral("name"), QStringLiteral("Lab"));
        repo.setValue(QStringLiteral("name"), QStringLiteral("Lab 2"));
        QCOMPARE(repo.value(QStringLiteral("name"), QString()), QStringLiteral("Lab 2"));
        repo.remove(QStringLiteral("name"));
        QVERIFY(!repo.value(QStringLiteral("name")));
        // A new workspace records its creation and a time zone.
        QVERIFY(repo.value(SettingsRepository::CreatedAt));
        QVERIFY(repo.value(SettingsRepository::TimeZone));
    }

    void channels()
    {
        TestWorkspace ws;
        ChannelRepository repo(ws.db());
        const qint64 x = repo.insert({0, Platform::X, QStringLiteral("examplelab"), QStringLiteral("Example Lab")});
        const qint64 ig = repo.ensure(Platform::Instagram, QStringLiteral("examplelab"), QStringLiteral("Example Lab"));
        QCOMPARE(repo.ensure(Platform::Instagram, QStringLiteral("ExampleLab"), QString()), ig); // handles are case-insensitive
        QCOMPARE(repo.all().size(), 2);
        QCOMPARE(repo.all().first().platform, Platform::X); // X sorts first
        Channel c = *repo.find(x);
        QCOMPARE(c.displayName, QStringLiteral("Example Lab"));
        c.displayName = QStringLiteral("Renamed");
        repo.update(c);
        QCOMPARE(repo.find(x)->displayName, QStringLiteral("Renamed"));
        QCOMPARE(repo.firstOf(Platform::Instagram)->id, ig);
        QVERIFY(!repo.firstOf(Platform::YouTube));
        // The pair (platform, handle) is unique.
        QVERIFY_THROWS_EXCEPTION(DatabaseError, repo.insert({0, Platform::X, QStringLiteral("examplelab"), {}}));
        repo.remove(x);
        QVERIFY(!repo.find(x));
    }

    void pillarsAndPeople()
    {
        TestWorkspace ws;
        PillarRepository pillars(ws.db());
        const Pillar fun{0, QStringLiteral("Fun science"), QStringLiteral("#009E73"), 0.25, 2};
        const qint64 id = pillars.insert(fun);
        Pillar stored = *pillars.find(id);
        QCOMPARE(stored.name, fun.name);
        QCOMPARE(stored.targetShare, fun.targetShare);
        stored.targetShare.reset();
        pillars.update(stored);
        QVERIFY(!pillars.find(id)->targetShare);
        QCOMPARE(pillars.findByName(QStringLiteral("FUN SCIENCE"))->id, id);
        // Target shares are fractions.
        QVERIFY_THROWS_EXCEPTION(DatabaseError, pillars.insert({0, QStringLiteral("Bad"), {}, 1.5, 0}));

        PersonRepository people(ws.db());
        const qint64 noor = people.ensure(QStringLiteral("Noor"));
        QCOMPARE(people.ensure(QStringLiteral("noor")), noor);
        people.update({noor, QStringLiteral("Noor Haddad"), QStringLiteral("noor@example.invalid")});
        QCOMPARE(people.find(noor)->email, QStringLiteral("noor@example.invalid"));
        QCOMPARE(people.all().size(), 1);
    }

    void campaignsAndPartners()
    {
        TestWorkspace ws;
        CampaignRepository repo(ws.db());
        Partner p;
        p.name = QStringLiteral("Quark Queen");
        p.platform = Platform::Instagram;
        p.handle = QStringLiteral("@quarkqueen_ex");
        const qint64 partner = repo.insertPartner(p);
        Campaign c;
        c.name = QStringLiteral("#WhatsUpLHC");
        c.hashtag = QStringLiteral("#WhatsUpLHC");
        c.startsOn = {2016, 11, 14};
        c.endsOn = {2017, 1, 12};
        c.goal = QStringLiteral("Instagram reach");
        c.partnerIds = {partner};
        c.id = repo.insert(c);
        QCOMPARE(*repo.find(c.id), c);
        QCOMPARE(repo.findByHashtag(QStringLiteral("#whatsuplhc"))->id, c.id);
        QCOMPARE(repo.findPartner(partner)->platform, std::optional<Platform>(Platform::Instagram));
        repo.removePartner(partner);
        QVERIFY(repo.find(c.id)->partnerIds.isEmpty());
        // A campaign cannot end before it starts.
        c.id = 0;
        c.name = QStringLiteral("Backwards");
        c.endsOn = {2016, 1, 1};
        QVERIFY_THROWS_EXCEPTION(DatabaseError, repo.insert(c));
    }

    void series()
    {
        TestWorkspace ws;
        const qint64 x = ChannelRepository(ws.db()).insert({0, Platform::X, QStringLiteral("lab"), {}});
        SeriesRepository repo(ws.db());
        Series s;
        s.name = QStringLiteral("#ThrowbackThursday");
        s.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=TH");
        s.dtstart = IsoTime::makeWallClock({2017, 1, 5}, QTime(10, 0));
        s.timeZone = QStringLiteral("Europe/Zurich");
        s.hashtags = {QStringLiteral("#ThrowbackThursday"), QStringLiteral("#TBT")};
        s.channelIds = {x};
        s.exceptions = {{IsoTime::makeWallClock({2017, 1, 12}, QTime(10, 0)), SeriesException::Kind::Skip, {}, QStringLiteral("holiday")}};
        const qint64 id = repo.insert(s);
        Series stored = *repo.find(id);
        QVERIFY(stored.uid.endsWith(QLatin1String("@beamline")));
        QVERIFY(stored.createdAt.isValid());
        QCOMPARE(stored.dtstart, s.dtstart);
        QCOMPARE(stored.hashtags, s.hashtags);
        QCOMPARE(stored.channelIds, s.channelIds);
        QCOMPARE(stored.exceptions, s.exceptions);

        const SeriesException moved{IsoTime::makeWallClock({2017, 1, 19}, QTime(10, 0)), SeriesException::Kind::Move,
                                    IsoTime::makeWallClock({2017, 1, 20}, QTime(9, 0)), {}};
        repo.setException(id, moved);
        QCOMPARE(repo.find(id)->exceptions.size(), 2);
        repo.removeException(id, s.exceptions.first().occurrence);
        QCOMPARE(repo.find(id)->exceptions, QList<SeriesException>{moved});

        stored = *repo.find(id);
        stored.name = QStringLiteral("#TBT");
        stored.channelIds.clear();
        repo.update(stored);
        QCOMPARE(repo.findByName(QStringLiteral("#tbt"))->channelIds, QList<qint64>{});
        repo.remove(id);
        QVERIFY(repo.all().isEmpty());
        QCOMPARE(scalar(ws.db(), QStringLiteral("SELECT COUNT(*) FROM series_exceptions")).toInt(), 0);
    }

    void posts()
    {
        TestWorkspace ws;
        const qint64 x = ChannelRepository(ws.db()).insert({0, Platform::X, QStringLiteral("lab"), {}});
        const qint64 ig = ChannelRepository(ws.db()).insert({0, Platform::Instagram, QStringLiteral("lab"), {}});
        PostRepository repo(ws.db());
        Post p;
        p.title = QStringLiteral("Guess What It Is");
        p.body = QStringLiteral("Guess What It Is? #GuessWhatItIs");
        p.status = PostStatus::Review;
        p.scheduledAt = QDateTime({2017, 1, 17}, QTime(11, 0), QTimeZone::utc());
        p.language = QStringLiteral("fr");
        p.channels = {{x, QStringLiteral("short for X")}, {ig, {}}};
        p.hashtags = {QStringLiteral("#GuessWhatItIs")};
        p.links = {QStringLiteral("https://examplelab.org/gwii")};
        p.id = repo.insert(p);
        Post stored = *repo.find(p.id);
        QCOMPARE(stored.title, p.title);
        QCOMPARE(stored.status, PostStatus::Review);
        QCOMPARE(stored.scheduledAt, p.scheduledAt);
        QCOMPARE(stored.channels, p.channels);
        QCOMPARE(stored.hashtags, p.hashtags);
        QCOMPARE(stored.links, p.links);
        QCOMPARE(stored.language, QStringLiteral("fr"));

        Post idea;
        idea.title = QStringLiteral("Later");
        repo.insert(idea);
        QCOMPARE(repo.unscheduled().size(), 1);
        const QDateTime from({2017, 1, 16}, QTime(0, 0), QTimeZone::utc());
        QCOMPARE(repo.scheduledBetween(from, from.addDays(1)).size(), 0);
        QCOMPARE(repo.scheduledBetween(from, from.addDays(2)).size(), 1);
        QCOMPARE(repo.scheduledBetween(from, from.addDays(2)).first().channels.size(), 2);

        repo.reschedule(p.id, p.scheduledAt.addDays(3));
        QCOMPARE(repo.find(p.id)->scheduledAt, p.scheduledAt.addDays(3));
        repo.setStatus(p.id, PostStatus::Approved);
        QCOMPARE(repo.find(p.id)->status, PostStatus::Approved);
        repo.remove(p.id);
        QVERIFY(!repo.find(p.id));
        QCOMPARE(scalar(ws.db(), QStringLiteral("SELECT COUNT(*) FROM post_channels")).toInt(), 0);
    }

    void aStaleSaveIsRefusedAndSaysWhoChangedThePost()
    {
        // Two editors on one workspace (two connections, as two workstations have) read the
        // same post; the first saves; the second's save, from the version it read, is refused.
        TestWorkspace ws;
        WorkspaceOpener::Result opened;
        const std::unique_ptr<Workspace> other = Workspace::open(ws.path(), WorkspaceOpener::Mode::MustExist, &opened);
        QVERIFY2(other, qPrintable(opened.message));
        Post p;
        p.title = QStringLiteral("Guess What It Is");
        qint64 id = 0;
        QVERIFY(ws.workspace().writer().run([&](WriteScope &scope) { id = PostRepository(scope.db()).insert(p); }).ok);
        Post mine = *PostRepository(ws.db()).find(id);
        Post theirs = *PostRepository(other->connection()).find(id);
        QCOMPARE(mine.version, 1);
        QCOMPARE(theirs.version, 1);

        mine.title = QStringLiteral("Guess What It Is: the answer");
        qint64 version = 0;
        QVERIFY(ws.workspace().writer().run([&](WriteScope &scope) { version = PostRepository(scope.db()).update(mine); }).ok);
        QCOMPARE(version, 2);
        const Post stored = *PostRepository(ws.db()).find(id);
        QCOMPARE(stored.version, 2);
        QCOMPARE(stored.updatedBy, PostRepository::editorName(ws.db()));
        QVERIFY(!stored.updatedBy.isEmpty());

        theirs.notes = QStringLiteral("their notes");
        const WriteResult refused = other->writer().run([&](WriteScope &scope) { PostRepository(scope.db()).update(theirs); });
        QVERIFY(!refused.ok);
        QVERIFY(refused.conflict);
        const QString expected = QStringLiteral("“Guess What It Is: the answer” was changed by %1 at %2")
                                     .arg(stored.updatedBy, stored.updatedAt.toLocalTime().toString(QStringLiteral("HH:mm")));
        QVERIFY2(refused.message.startsWith(expected), qPrintable(refused.message + QStringLiteral(" / ") + expected));
        // Nothing was overwritten.
        QCOMPARE(*PostRepository(other->connection()).find(id), stored);

        // From the current version, the save goes through; a deletion from an old one does not.
        Post current = *PostRepository(other->connection()).find(id);
        current.notes = QStringLiteral("their notes");
        QVERIFY(other->writer().run([&](WriteScope &scope) { PostRepository(scope.db()).update(current); }).ok);
        const WriteResult deletion = ws.workspace().writer().run([&](WriteScope &scope) { PostRepository(scope.db()).remove(id, stored.version); });
        QVERIFY(deletion.conflict);
        QCOMPARE(PostRepository(ws.db()).find(id)->notes, QStringLiteral("their notes"));
        QCOMPARE(PostRepository(ws.db()).find(id)->version, 3);
        // A post deleted meanwhile: said so.
        QVERIFY(ws.workspace().writer().run([&](WriteScope &scope) { PostRepository(scope.db()).remove(id, 3); }).ok);
        const WriteResult gone = other->writer().run([&](WriteScope &scope) { PostRepository(scope.db()).update(current); });
        QVERIFY(gone.conflict);
        QVERIFY2(gone.message.contains(QLatin1String("was deleted by another editor")), qPrintable(gone.message));
    }

    void peopleHaveALoginAndARole()
    {
        TestWorkspace ws;
        PersonRepository people(ws.db());
        Person viewer{0, QStringLiteral("Vera"), {}, Person::Role::Viewer, QStringLiteral("vera")};
        viewer.id = people.insert(viewer);
        QCOMPARE(*people.find(viewer.id), viewer);
        QCOMPARE(people.findByLogin(QStringLiteral("vera"))->id, viewer.id);
        QVERIFY(!people.findByLogin(QStringLiteral("VERA")));
        // One login names one person; the role is one of three.
        QVERIFY_THROWS_EXCEPTION(DatabaseError, people.insert({0, QStringLiteral("Other Vera"), {}, Person::Role::Editor, QStringLiteral("vera")}));
        QVERIFY_THROWS_EXCEPTION(DatabaseError, SqlQuery::execute(ws.db(), QStringLiteral("UPDATE people SET role = 'owner'")));
        QCOMPARE(Person::parseRole(u"Approver"), Person::Role::Approver);
        QVERIFY(!Person::parseRole(u"owner"));
    }

    void postsRecordWhoCreatedChangedAndApprovedThem()
    {
        // The person whose login is the connection's (the database role on a server, the
        // system account on a file) is who writes.
        TestWorkspace ws;
        PersonRepository people(ws.db());
        const QString login = people.currentLogin();
        QVERIFY(!login.isEmpty());
        QVERIFY(!people.current());
        const qint64 anna = people.insert({0, QStringLiteral("Anna"), {}, Person::Role::Approver, login});
        QCOMPARE(people.currentId(), anna);

        Post p;
        p.title = QStringLiteral("Guess What It Is");
        p.status = PostStatus::Review;
        qint64 id = 0;
        QVERIFY(ws.workspace().writer().run([&](WriteScope &scope) { id = PostRepository(scope.db()).insert(p); }).ok);
        Post stored = *PostRepository(ws.db()).find(id);
        QCOMPARE(stored.createdBy, anna);
        QCOMPARE(stored.changedBy, anna);
        QVERIFY(!stored.approvedBy);
        QVERIFY(!stored.approvedAt.isValid());

        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        qint64 version = 0;
        QVERIFY(ws.workspace().writer().run([&](WriteScope &scope) { version = PostRepository(scope.db()).approve(id, stored.version); }).ok);
        QCOMPARE(version, stored.version + 1);
        stored = *PostRepository(ws.db()).find(id);
        QCOMPARE(stored.status, PostStatus::Approved);
        QCOMPARE(stored.approvedBy, anna);
        QVERIFY(stored.approvedAt >= before && stored.approvedAt <= QDateTime::currentDateTimeUtc().addSecs(1));

        // Back to a draft: the approval is withdrawn; approved again through the status.
        QVERIFY(ws.workspace().writer().run([&](WriteScope &scope) { PostRepository(scope.db()).setStatus(id, PostStatus::Draft); }).ok);
        stored = *PostRepository(ws.db()).find(id);
        QVERIFY(!stored.approvedBy);
        QVERIFY(!stored.approvedAt.isValid());
        stored.status = PostStatus::Approved;
        QVERIFY(ws.workspace().writer().run([&](WriteScope &scope) { PostRepository(scope.db()).update(stored); }).ok);
        stored = *PostRepository(ws.db()).find(id);
        QCOMPARE(stored.approvedBy, anna);
        QVERIFY(stored.approvedAt.isValid());
        // Scheduling it keeps the approval.
        stored.status = PostStatus::Scheduled;
        QVERIFY(ws.workspace().writer().run([&](WriteScope &scope) { PostRepository(scope.db()).update(stored); }).ok);
        QCOMPARE(PostRepository(ws.db()).find(id)->approvedBy, anna);
        // A stale approval is refused like a stale save.
        const WriteResult stale = ws.workspace().writer().run([&](WriteScope &scope) { PostRepository(scope.db()).approve(id, 1); });
        QVERIFY(stale.conflict);
    }

    void onAFileMeIsWhoWrites()
    {
        if (onPostgres())
            QSKIP("on a server the database role says who writes");
        TestWorkspace ws;
        PersonRepository people(ws.db());
        const qint64 anna = people.insert({0, QStringLiteral("Anna"), {}, Person::Role::Editor, people.currentLogin()});
        const qint64 ben = people.insert({0, QStringLiteral("Ben"), {}, Person::Role::Editor, QStringLiteral("ben")});
        Post p;
        p.title = QStringLiteral("Guess What It Is");
        qint64 id = 0;
        QVERIFY(ws.workspace().writer().run([&](WriteScope &scope) { id = PostRepository(scope.db()).insert(p); }).ok);
        QCOMPARE(PostRepository(ws.db()).find(id)->createdBy, anna);
        // Ben edits the file on the same account: "me" says so. One editor on a file may approve.
        SettingsRepository(ws.db()).setValue(SettingsRepository::Me, QString::number(ben));
        QCOMPARE(people.currentId(), ben);
        QVERIFY(people.mayApprove());
        QVERIFY(ws.workspace().writer().run([&](WriteScope &scope) { PostRepository(scope.db()).reschedule(id, QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC)); }).ok);
        QCOMPARE(PostRepository(ws.db()).find(id)->changedBy, ben);
        QVERIFY(ws.workspace().writer().run([&](WriteScope &scope) { PostRepository(scope.db()).approve(id); }).ok);
        const Post stored = *PostRepository(ws.db()).find(id);
        QCOMPARE(stored.createdBy, anna);
        QCOMPARE(stored.changedBy, ben);
        QCOMPARE(stored.approvedBy, ben);
        // Removing Ben clears his names, and undo puts them back.
        RowJournal journal;
        QVERIFY(ws.workspace().writer().run([&](WriteScope &scope) { PersonRepository(scope.db()).removeRecorded(ben, journal); }).ok);
        QVERIFY(!PostRepository(ws.db()).find(id)->approvedBy);
        QVERIFY(ws.workspace().writer().run([&](WriteScope &scope) { journal.undo(scope.db()); }).ok);
        QCOMPARE(PostRepository(ws.db()).find(id)->approvedBy, ben);
        QCOMPARE(PostRepository(ws.db()).find(id)->changedBy, ben);
    }

    void importBatches()
    {
        TestWorkspace ws;
        ImportBatchRepository repo(ws.db());
        ImportBatch b;
        b.fileName = QStringLiteral("export.csv");
        b.sha256 = QStringLiteral("abc");
        b.format = QStringLiteral("x-tweet-activity");
        b.id = repo.insert(b);
        b.rowsRead = 20;
        b.rowsAdded = 18;
        b.rowsSkipped = 2;
        b.periodStart = {2017, 1, 1};
        b.periodEnd = {2017, 1, 31};
        b.warnings = {QStringLiteral("line 3: one"), QStringLiteral("line 9: two")};
        repo.finish(b);
        repo.writeColumns(b.id, {{QStringLiteral("likes"), QStringLiteral("likes")}, {QStringLiteral("app opens"), {}}});
        const ImportBatch stored = *repo.find(b.id);
        QCOMPARE(stored.rowsAdded, 18);
        QCOMPARE(stored.warnings, b.warnings);
        QCOMPARE(stored.periodEnd, b.periodEnd);
        QCOMPARE(repo.columns(b.id).size(), 2);
        QCOMPARE(repo.columns(b.id).at(0).role, QStringLiteral("likes"));
        QVERIFY(repo.columns(b.id).at(1).role.isEmpty());
        QCOMPARE(repo.findActive(QStringLiteral("abc"), {})->id, b.id);
        repo.markUndone(b.id);
        QVERIFY(!repo.findActive(QStringLiteral("abc"), {}));
        QCOMPARE(repo.find(b.id)->status, ImportBatch::Status::Undone);
    }

    void platformPostSnapshots()
    {
        TestWorkspace ws;
        const qint64 x = ChannelRepository(ws.db()).insert({0, Platform::X, QStringLiteral("lab"), {}});
        ImportBatchRepository batches(ws.db());
        const QDateTime early({2017, 2, 1}, QTime(0, 0), QTimeZone::utc());
        const qint64 b1 = newBatch(ws.db(), QStringLiteral("28d.csv"), early);
        const qint64 b2 = newBatch(ws.db(), QStringLiteral("90d.csv"), early.addDays(30));
        PlatformPostRepository repo(ws.db());
        PlatformPost post;
        post.channelId = x;
        post.externalId = QStringLiteral("826369568074255646");
        post.text = QStringLiteral("Guess What It Is?");
        post.publishedAt = QDateTime({2017, 1, 31}, QTime(10, 0), QTimeZone::utc());
        PostSnapshot s1;
        s1.set(PostMetric::Impressions, 1000);
        s1.set(PostMetric::Likes, 10);
        s1.extras.insert(QStringLiteral("detail_expands"), 7);
        QCOMPARE(repo.write(b1, precedenceOf(ws.db(), b1), 2, post, s1).outcome, WriteOutcome::Added);
        QCOMPARE(repo.write(b1, precedenceOf(ws.db(), b1), 3, post, s1).outcome, WriteOutcome::Duplicate); // the same row again
        // The same post with other figures in the same file contradicts the first row.
        PostSnapshot other = s1;
        other.set(PostMetric::Likes, 11);
        const auto conflict = repo.write(b1, precedenceOf(ws.db(), b1), 4, post, other);
        QCOMPARE(conflict.outcome, WriteOutcome::Conflict);
        QCOMPARE(conflict.otherLine, 2);
        QCOMPARE(conflict.columns, QStringList{QStringLiteral("likes")});

        PostSnapshot s2 = s1;
        s2.set(PostMetric::Likes, 15);
        QCOMPARE(repo.write(b2, precedenceOf(ws.db(), b2), 5, post, s2).outcome, WriteOutcome::Updated);
        QCOMPARE(repo.currentSnapshot(post.id)->snapshot, s2);
        QCOMPARE(repo.history(post.id).size(), 2);

        // An older export arriving later is history, not the current value.
        const qint64 b3 = newBatch(ws.db(), QStringLiteral("old.csv"), early.addDays(-10));
        PostSnapshot s0 = s1;
        s0.set(PostMetric::Likes, 4);
        QCOMPARE(repo.write(b3, precedenceOf(ws.db(), b3), 5, post, s0).outcome, WriteOutcome::Older);
        QCOMPARE(repo.currentSnapshot(post.id)->snapshot, s2);

        // Undoing the newest batch makes the next newest current again.
        repo.undoBatch(b2);
        QCOMPARE(repo.currentSnapshot(post.id)->snapshot, s1);
        repo.undoBatch(b1);
        QCOMPARE(repo.currentSnapshot(post.id)->snapshot, s0);
        repo.undoBatch(b3);
        QVERIFY(!repo.find(post.id));
        QCOMPARE(repo.count(), 0);
    }

    void dailyWebMentionsRoundTrip()
    {
        TestWorkspace ws;
        const qint64 ig = ChannelRepository(ws.db()).insert({0, Platform::Instagram, QStringLiteral("lab"), {}});
        const qint64 b = newBatch(ws.db(), QStringLiteral("f.csv"));
        DailyMetricRepository daily(ws.db());
        QCOMPARE(daily.write(b, precedenceOf(ws.db(), b), {ig, QStringLiteral("followers_gained"), {2017, 1, 5}, 4, QStringLiteral("Primary")}).outcome,
                 WriteOutcome::Added);
        QCOMPARE(daily.values(ig, QStringLiteral("followers_gained"), {2017, 1, 1}, {2017, 1, 31}).size(), 1);
        QCOMPARE(daily.metrics(ig), QStringList{QStringLiteral("followers_gained")});

        WebTrafficRepository web(ws.db());
        const qint64 source = web.ensureSource(QStringLiteral("ga4"), QStringLiteral("Example"));
        QCOMPARE(web.ensureSource(QStringLiteral("ga4"), QStringLiteral("Example")), source);
        WebTrafficRow row;
        row.sourceId = source;
        row.report = QStringLiteral("source_medium");
        row.periodStart = {2017, 1, 1};
        row.periodEnd = {2017, 1, 31};
        row.dimension = QStringLiteral("l.instagram.com / referral");
        row.set(WebMetric::Sessions, 120);
        row.set(WebMetric::BounceRate, 0.41);
        QCOMPARE(web.write(b, precedenceOf(ws.db(), b), row).outcome, WriteOutcome::Added);
        const auto rows = web.rows(QStringLiteral("source_medium"), {2017, 1, 1}, {2017, 1, 31});
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().value(WebMetric::Sessions), std::optional<double>(120));
        QVERIFY(!rows.first().value(WebMetric::Users));
        // A period that does not lie inside the range is not returned.
        QVERIFY(web.rows(QStringLiteral("source_medium"), {2017, 1, 2}, {2017, 1, 31}).isEmpty());

        MentionRepository mentions(ws.db());
        Mention m;
        m.tool = QStringLiteral("brandwatch");
        m.externalId = QStringLiteral("123");
        m.occurredAt = QDateTime({2017, 1, 3}, QTime(9, 0), QTimeZone::utc());
        m.network = QStringLiteral("instagram");
        m.sentiment = Sentiment::Positive;
        m.reach = 5000;
        QCOMPARE(mentions.write(b, precedenceOf(ws.db(), b), m).outcome, WriteOutcome::Added);
        const auto stored = mentions.between(m.occurredAt.addDays(-1), m.occurredAt.addDays(1));
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().sentiment, std::optional<Sentiment>(Sentiment::Positive));
        QCOMPARE(stored.first().reach, std::optional<double>(5000));
    }

    // The days the figures cover, from every kind of figure; each end read from an index.
    void measuredDaysSpanEveryKindOfFigure()
    {
        TestWorkspace ws;
        const QTimeZone zurich("Europe/Zurich");
        const WorkspaceStatistics statistics(ws.db());
        using Days = std::optional<std::pair<QDate, QDate>>;
        QCOMPARE(statistics.measuredDays(zurich), Days());
        const qint64 ig = ChannelRepository(ws.db()).insert({0, Platform::Instagram, QStringLiteral("lab"), {}});
        const qint64 b = newBatch(ws.db(), QStringLiteral("f.csv"));
        // 23:30 UTC is the next day in Zurich.
        PlatformPost post;
        post.channelId = ig;
        post.externalId = QStringLiteral("1");
        post.publishedAt = QDateTime({2017, 1, 3}, QTime(23, 30), QTimeZone::utc());
        PlatformPostRepository(ws.db()).write(b, precedenceOf(ws.db(), b), 2, post, PostSnapshot());
        QCOMPARE(statistics.measuredDays(zurich), Days(std::make_pair(QDate(2017, 1, 4), QDate(2017, 1, 4))));
        QCOMPARE(statistics.measuredDays(QTimeZone::utc()), Days(std::make_pair(QDate(2017, 1, 3), QDate(2017, 1, 3))));
        DailyMetricRepository(ws.db()).write(b, precedenceOf(ws.db(), b), {ig, QStringLiteral("followers_gained"), {2017, 1, 5}, 4, {}});
        QCOMPARE(statistics.measuredDays(zurich), Days(std::make_pair(QDate(2017, 1, 4), QDate(2017, 1, 5))));

        // Web rows of two reports: one-day rows, and a row spanning three months that ends last.
        WebTrafficRepository web(ws.db());
        const qint64 source = web.ensureSource(QStringLiteral("ga4"), QStringLiteral("Example"));
        auto webRow = [&](const QString &report, QDate from, QDate to, const QString &dimension) {
            WebTrafficRow row;
            row.sourceId = source;
            row.report = report;
            row.periodStart = from;
            row.periodEnd = to;
            row.dimension = dimension;
            row.set(WebMetric::Sessions, 10);
            QCOMPARE(web.write(b, precedenceOf(ws.db(), b), row).outcome, WriteOutcome::Added);
        };
        webRow(QStringLiteral("site"), {2017, 1, 10}, {2017, 1, 10}, {});
        webRow(QStringLiteral("site"), {2016, 11, 20}, {2016, 11, 20}, {});
        webRow(QStringLiteral("source_medium"), {2016, 12, 1}, {2017, 2, 28}, QStringLiteral("google / organic"));
        webRow(QStringLiteral("source_medium"), {2017, 1, 2}, {2017, 1, 2}, QStringLiteral("google / organic"));
        QCOMPARE(statistics.measuredDays(zurich), Days(std::make_pair(QDate(2016, 11, 20), QDate(2017, 2, 28))));

        // A mention after midnight in Zurich, not yet in UTC.
        Mention m;
        m.tool = QStringLiteral("brandwatch");
        m.externalId = QStringLiteral("1");
        m.occurredAt = QDateTime({2017, 2, 28}, QTime(23, 30), QTimeZone::utc());
        m.network = QStringLiteral("x");
        MentionRepository(ws.db()).write(b, precedenceOf(ws.db(), b), m);
        QCOMPARE(statistics.measuredDays(zurich), Days(std::make_pair(QDate(2016, 11, 20), QDate(2017, 3, 1))));
        QCOMPARE(statistics.measuredDays(QTimeZone::utc()), Days(std::make_pair(QDate(2016, 11, 20), QDate(2017, 2, 28))));
    }

    void eventMarkers()
    {
        TestWorkspace ws;
        EventMarkerRepository repo(ws.db());
        EventMarker m{0, {2016, 11, 14}, QStringLiteral("#WhatsUpLHC starts"), QStringLiteral("campaign")};
        m.id = repo.insert(m);
        QCOMPARE(repo.between({2016, 11, 1}, {2016, 11, 30}), QVector<EventMarker>{m});
        m.label = QStringLiteral("Start");
        repo.update(m);
        QCOMPARE(repo.between({2016, 11, 14}, {2016, 11, 14}).first().label, QStringLiteral("Start"));
        repo.remove(m.id);
        QVERIFY(repo.between({2016, 1, 1}, {2017, 1, 1}).isEmpty());
    }

    void transactionRollsBackUnlessCommitted()
    {
        TestWorkspace ws;
        {
            ScopedTransaction t(ws.db());
            PillarRepository(ws.db()).insert({0, QStringLiteral("Gone"), {}, {}, 0});
            {
                ScopedTransaction inner(ws.db()); // a savepoint
                PillarRepository(ws.db()).insert({0, QStringLiteral("Inner"), {}, {}, 0});
                inner.commit();
            }
        }
        QVERIFY(PillarRepository(ws.db()).all().isEmpty());
        {
            ScopedTransaction t(ws.db());
            PillarRepository(ws.db()).insert({0, QStringLiteral("Kept"), {}, {}, 0});
            {
                ScopedTransaction inner(ws.db());
                PillarRepository(ws.db()).insert({0, QStringLiteral("Rolled back"), {}, {}, 0});
            }
            t.commit();
        }
        const auto all = PillarRepository(ws.db()).all();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().name, QStringLiteral("Kept"));
    }
};

QTEST_GUILESS_MAIN(tst_Repositories)
#include "tst_repositories.moc"
