// SPDX-License-Identifier: GPL-3.0-or-later
// The measure service the Measure page and its charts read through, on a small workspace
// whose answers were worked out by hand; and the chart rules it shares with them.
#include "testsupport.h"

#include <core/analytics/chartfigures.h>
#include <core/analytics/contentfigures.h>
#include <core/analytics/reportdata.h>
#include <core/db/campaignrepository.h>
#include <core/db/channelrepository.h>
#include <core/db/eventmarkerrepository.h>
#include <core/db/pillarrepository.h>
#include <core/db/seriesrepository.h>
#include <core/services/measureservice.h>

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Beamline;
using namespace Beamline::Test;

namespace {

const QTimeZone Zurich("Europe/Zurich");
const QDate January1(2017, 1, 1);
const QDate January31(2017, 1, 31);

// Runs one statement with positional values (test fixtures only).
void exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    QVERIFY2(q.prepare(sql), qPrintable(q.lastError().text()));
    for (const QVariant &v : values)
        q.addBindValue(v);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text() + QLatin1Char('\n') + sql));
}

const QVariant Null = QVariant(QMetaType::fromType<double>());

// Two posts on X and a story on Instagram in January 2017, follower figures on two days, three
// mentions, two campaigns, two series, two pillars and three event markers.
struct Fixture {
    qint64 x = 0, instagram = 0, older = 0, january = 0;
    qint64 first = 1, second = 2, story = 3; // the imported posts' ids

    explicit Fixture(const QSqlDatabase &db)
    {
        ChannelRepository channels(db);
        x = channels.insert({ 0, Platform::X, QStringLiteral("lab"), {} });
        instagram = channels.insert({ 0, Platform::Instagram, QStringLiteral("lab"), {} });
        older = newBatch(db, QStringLiteral("older.csv"), QDateTime(QDate(2017, 1, 15), QTime(0, 0), QTimeZone::utc()));
        january = newBatch(db, QStringLiteral("january.csv"));
        // 00:30 on Friday 6 January in Zurich.
        post(db, first, x, "2017-01-05T23:30:00Z", false);
        snapshot(db, first, older, "2017-01-15T00:00:00Z", false, 7, { 400.0, Null, 10.0, 0.0, 0.0 });
        snapshot(db, first, january, "2017-02-01T00:00:00Z", true, 2, { 1000.0, Null, 30.0, 5.0, 5.0 }); // 40 interactions
        // 10:00 on Tuesday 10 January in Zurich.
        post(db, second, x, "2017-01-10T09:00:00Z", false);
        snapshot(db, second, january, "2017-02-01T00:00:00Z", true, 3, { 3000.0, Null, 15.0, 0.0, 5.0 }); // 20 interactions
        post(db, story, instagram, "2017-01-12T08:00:00Z", true);
        snapshot(db, story, january, "2017-02-01T00:00:00Z", true, 4, { Null, 500.0, Null, Null, Null });
        for (const auto &[day, value] :
             QList<QPair<QString, double>> { { QStringLiteral("2017-01-03"), 100 }, { QStringLiteral("2017-01-17"), 55 } })
            exec(db,
                 QStringLiteral("INSERT INTO daily_metrics (channel_id, metric, day, key_hash, value, batch_id) VALUES (?, "
                                "'followers_gained', ?, 1, ?, ?)"),
                 { instagram, day, value, january });
        int n = 0;
        for (const auto &[at, network, author, reach] : QList<std::tuple<QString, QString, QString, double>> {
                 { QStringLiteral("2017-01-20T10:00:00Z"), QStringLiteral("x"), QStringLiteral("Ann"), 300 },
                 { QStringLiteral("2017-01-20T12:00:00Z"), QStringLiteral("x"), QStringLiteral("Bob"), 100 },
                 { QStringLiteral("2017-01-21T10:00:00Z"), QStringLiteral("news"), QStringLiteral("Ann"), 50 } }) {
            exec(db,
                 QStringLiteral(
                     "INSERT INTO mentions (tool, external_id, key_hash, occurred_at, network, author, reach, batch_id) "
                     "VALUES ('t', ?, ?, ?, ?, ?, ?, ?)"),
                 { QString::number(n), n, at, network, author, reach, january });
            ++n;
        }

        CampaignRepository campaigns(db);
        Campaign openDays;
        openDays.name = QStringLiteral("Open days");
        openDays.startsOn = QDate(2016, 10, 1);
        openDays.endsOn = QDate(2016, 10, 2);
        campaigns.insert(openDays);
        Campaign winter;
        winter.name = QStringLiteral("Winter school");
        winter.hashtag = QStringLiteral("#winter");
        winter.startsOn = QDate(2017, 1, 9);
        winter.endsOn = QDate(2017, 1, 20);
        campaigns.insert(winter);
        SeriesRepository series(db);
        for (const char *name : { "Throwback", "Follow Friday" }) {
            Series s;
            s.name = QString::fromLatin1(name);
            s.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=FR");
            s.dtstart = QDateTime(QDate(2017, 1, 6), QTime(9, 0), QTimeZone::utc());
            s.timeZone = QStringLiteral("Europe/Zurich");
            series.insert(s);
        }
        PillarRepository pillars(db);
        pillars.insert({ 0, QStringLiteral("Science"), {}, {}, 1 });
        pillars.insert({ 0, QStringLiteral("People"), {}, {}, 0 });
        EventMarkerRepository markers(db);
        markers.insert({ 0, QDate(2017, 1, 31), QStringLiteral("Launch"), QStringLiteral("launch") });
        markers.insert({ 0, QDate(2017, 1, 9), QStringLiteral("Press release"), QStringLiteral("press") });
        markers.insert({ 0, QDate(2017, 2, 1), QStringLiteral("Later"), QStringLiteral("note") });
    }

    void post(const QSqlDatabase &db, qint64 id, qint64 channel, const char *published, bool isStory)
    {
        exec(db,
             QStringLiteral(
                 "INSERT INTO platform_posts (id, channel_id, external_id, published_at, text, is_story, first_batch_id) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?)"),
             { id, channel, QStringLiteral("ext-%1").arg(id), QString::fromLatin1(published), QStringLiteral("Post %1").arg(id),
               isStory ? 1 : 0, january });
    }

    // A snapshot: impressions, views, likes, comments, shares.
    void snapshot(const QSqlDatabase &db, qint64 id, qint64 batch, const char *captured, bool current, int line,
                  const QVariantList &metrics)
    {
        exec(db,
             QStringLiteral("INSERT INTO post_snapshots (platform_post_id, batch_id, captured_at, is_current, source_line, "
                            "impressions, views, "
                            "likes, comments, shares) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             QVariantList { id, batch, QString::fromLatin1(captured), current ? 1 : 0, line } + metrics);
    }
};

PostMetrics metrics(Platform platform, double likes, bool story = false)
{
    PostMetrics p;
    p.platform = platform;
    p.likes = likes;
    p.story = story;
    return p;
}

} // namespace

class tst_MeasureService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_ws;
    std::unique_ptr<Fixture> m_f;

    MeasureService service() const { return MeasureService(m_ws->db(), Zurich); }

private Q_SLOTS:
    void init()
    {
        m_ws = std::make_unique<TestWorkspace>();
        m_ws->workspace().setTimeZone(Zurich);
    }

    void cleanup()
    {
        m_f.reset();
        m_ws.reset();
    }

    void anEmptyWorkspaceHasNoMeasurements()
    {
        const MeasureService measure(m_ws->workspace());
        QCOMPARE(measure.zone(), Zurich);
        QCOMPARE(measure.hasMeasurements().value(), false);
        QVERIFY(measure.measuredDays().ok());
        QVERIFY(!measure.measuredDays().value());
        QVERIFY(measure.campaigns()->isEmpty());
        QVERIFY(measure.posts(January1, January31)->isEmpty());
        QVERIFY(measure.bestTimes(January1, January31)->isEmpty());
    }

    void whatTheImportsCover()
    {
        m_f = std::make_unique<Fixture>(m_ws->db());
        QCOMPARE(service().hasMeasurements().value(), true);
        // Follower figures from 3 January, mentions up to 21 January.
        const auto days = service().measuredDays();
        QVERIFY(days.ok() && days.value());
        QCOMPARE(days.value()->first, QDate(2017, 1, 3));
        QCOMPARE(days.value()->last, QDate(2017, 1, 21));
    }

    void thePlansListsAndTheMarkers()
    {
        m_f = std::make_unique<Fixture>(m_ws->db());
        QStringList names;
        for (const Campaign &c : service().campaigns().value())
            names.append(c.name);
        QCOMPARE(names, (QStringList { QStringLiteral("Winter school"), QStringLiteral("Open days") })); // newest first
        names.clear();
        for (const Series &s : service().series().value())
            names.append(s.name);
        QCOMPARE(names, (QStringList { QStringLiteral("Follow Friday"), QStringLiteral("Throwback") })); // by name
        names.clear();
        for (const Pillar &p : service().pillars().value())
            names.append(p.name);
        QCOMPARE(names, (QStringList { QStringLiteral("People"), QStringLiteral("Science") })); // by position
        names.clear();
        // Both ends included; 1 February is outside.
        for (const EventMarker &m : service().eventMarkers(January1, January31).value())
            names.append(m.label);
        QCOMPARE(names, (QStringList { QStringLiteral("Press release"), QStringLiteral("Launch") }));
    }

    void theFiguresOfAPeriod()
    {
        m_f = std::make_unique<Fixture>(m_ws->db());
        const auto stats = service().periodStats(January1, January31);
        QVERIFY(stats.ok());
        QCOMPARE(stats->days, 31);
        const ChannelStats x = stats->channels.value(Platform::X);
        QCOMPARE(x.posts, 2);
        QCOMPARE(x.interactions, std::optional<double>(60)); // 40 + 20, the newest export's
        QCOMPARE(*x.engagementRate, 60.0 / 4000.0);
        const ChannelStats ig = stats->channels.value(Platform::Instagram);
        QCOMPARE(ig.storyViews, std::optional<double>(500));
        QCOMPARE(ig.followersGained, std::optional<double>(155));
        QCOMPARE(*ig.followersPerDay, 155.0 / 31.0);
        QCOMPARE(stats->mentions.total, 3);

        const auto posts = service().posts(January1, January31);
        QVERIFY(posts.ok());
        QCOMPARE(posts->size(), 3);
        QCOMPARE(posts->at(0).platformPostId, m_f->story); // newest first
        QCOMPARE(posts->at(1).interactions(), 20.0);
        QCOMPARE(posts->at(2).interactions(), 40.0);

        const auto followers = service().dailyMetric(QStringLiteral("followers_gained"), January1, January31);
        QCOMPARE(followers.value(),
                 (QMap<Platform, DailySeries> {
                     { Platform::Instagram, { { QDate(2017, 1, 3), 100 }, { QDate(2017, 1, 17), 55 } } } }));
        QCOMPARE(service().dailyMetric(QStringLiteral("followers_gained"), QDate(2017, 1, 4), QDate(2017, 1, 16)).value(),
                 (QMap<Platform, DailySeries> {}));
        // No web analytics imported: no visits to attribute.
        QVERIFY(service().attributedSessionsPerDay(January1, January31)->isEmpty());
    }

    void mentionsAndTheirAuthors()
    {
        m_f = std::make_unique<Fixture>(m_ws->db());
        const auto perDay = service().mentionsPerDay(January1, January31);
        QCOMPARE(perDay.value(),
                 (QMap<QString, DailySeries> { { QStringLiteral("news"), { { QDate(2017, 1, 21), 1 } } },
                                               { QStringLiteral("x"), { { QDate(2017, 1, 20), 2 } } } }));
        const auto authors = service().topMentionAuthors(January1, January31, 10);
        QVERIFY(authors.ok());
        QCOMPARE(authors->size(), 2);
        QCOMPARE(authors->at(0).name, QStringLiteral("Ann"));
        QCOMPARE(authors->at(0).value, 350.0);
        QCOMPARE(authors->at(0).count, 2);
        QCOMPARE(authors->at(1).name, QStringLiteral("Bob"));
        QCOMPARE(authors->at(1).value, 100.0);
        QCOMPARE(service().topMentionAuthors(January1, January31, 1)->size(), 1);
    }

    void bestTimesOfThePosts()
    {
        m_f = std::make_unique<Fixture>(m_ws->db());
        // The two X posts, in their local hours: Friday 00:00 (40 ÷ 1,000) and Tuesday 10:00
        // (20 ÷ 3,000); the story is not a feed post.
        const auto cells = service().bestTimes(January1, January31);
        QVERIFY(cells.ok());
        QCOMPARE(cells->size(), 2);
        QHash<QPair<int, int>, double> rates;
        for (const TimingCell &c : cells.value()) {
            QCOMPARE(c.platform, Platform::X);
            QCOMPARE(c.posts, 1);
            rates.insert({ c.weekday, c.hour }, c.medianEngagementRate);
        }
        QCOMPARE(rates.value({ 5, 0 }), 0.04);
        QCOMPARE(rates.value({ 2, 10 }), 20.0 / 3000.0);
    }

    void aPostWithEveryExportThatSawIt()
    {
        m_f = std::make_unique<Fixture>(m_ws->db());
        const auto details = service().postDetails(m_f->first);
        QVERIFY(details.ok() && details.value());
        QCOMPARE(details.value()->post.text, QStringLiteral("Post 1"));
        QCOMPARE(details.value()->post.publishedAt, QDateTime(QDate(2017, 1, 5), QTime(23, 30), QTimeZone::utc()));
        const QVector<PostCapture> &captures = details.value()->captures;
        QCOMPARE(captures.size(), 2);
        QCOMPARE(captures.at(0).fileName, QStringLiteral("older.csv"));
        QCOMPARE(captures.at(0).sourceLine, 7);
        QCOMPARE(captures.at(0).isCurrent, false);
        QCOMPARE(captures.at(0).snapshot.value(PostMetric::Likes), std::optional<double>(10));
        QCOMPARE(captures.at(1).fileName, QStringLiteral("january.csv"));
        QCOMPARE(captures.at(1).sourceLine, 2);
        QCOMPARE(captures.at(1).isCurrent, true);
        QCOMPARE(captures.at(1).capturedAt, QDateTime(QDate(2017, 2, 1), QTime(0, 0), QTimeZone::utc()));
        QCOMPARE(captures.at(1).snapshot.value(PostMetric::Likes), std::optional<double>(30));
        QCOMPARE(captures.at(1).snapshot.value(PostMetric::Impressions), std::optional<double>(1000));
        // No such post: no details, and no error.
        const auto none = service().postDetails(999);
        QVERIFY(none.ok());
        QVERIFY(!none.value());
    }

    void aFailedReadIsAnErrorValue()
    {
        const MeasureService broken(QSqlDatabase(), Zurich);
        QVERIFY(!broken.hasMeasurements().ok());
        QVERIFY(!broken.measuredDays().ok());
        QVERIFY(!broken.campaigns().ok());
        QVERIFY(!broken.series().ok());
        QVERIFY(!broken.pillars().ok());
        QVERIFY(!broken.eventMarkers(January1, January31).ok());
        QVERIFY(!broken.periodStats(January1, January31).ok());
        QVERIFY(!broken.posts(January1, January31).ok());
        QVERIFY(!broken.dailyMetric(QStringLiteral("followers_gained"), January1, January31).ok());
        QVERIFY(!broken.attributedSessionsPerDay(January1, January31).ok());
        QVERIFY(!broken.mentionsPerDay(January1, January31).ok());
        QVERIFY(!broken.topMentionAuthors(January1, January31, 10).ok());
        QVERIFY(!broken.bestTimes(January1, January31).ok());
        QVERIFY(!broken.postDetails(1).ok());
        QVERIFY(!broken.periodStats(January1, January31).error().message.isEmpty());
    }

    // The rules the charts take from core, on figures worked out by hand.
    void dailyLines()
    {
        const DailySeries series {
            { QDate(2017, 1, 2), 4 }, { QDate(2017, 1, 5), 6 }, { QDate(2017, 1, 9), 5 }, { QDate(2017, 2, 1), 100 }
        };
        // From the first to the last day with a value in the range.
        DaySpan span = ChartFigures::lineSpan(series, January1, January31);
        QCOMPARE(span.from, QDate(2017, 1, 2));
        QCOMPARE(span.to, QDate(2017, 1, 9));
        // Stopping at the last complete day.
        span = ChartFigures::lineSpan(series, January1, January31, QDate(2017, 1, 8));
        QCOMPARE(span.to, QDate(2017, 1, 5));
        QVERIFY(!ChartFigures::lineSpan(series, QDate(2017, 1, 10), January31).isValid());
        // 15 over 31 days; over 3–9 January, 11 over 7 days.
        QCOMPARE(ChartFigures::perDay(series, January1, January31), 15.0 / 31.0);
        QCOMPARE(ChartFigures::perDay(series, QDate(2017, 1, 3), QDate(2017, 1, 9)), 11.0 / 7.0);
        const DailySeries other { { QDate(2017, 1, 5), 1 }, { QDate(2017, 1, 6), 2 } };
        QCOMPARE(ChartFigures::total({ { QStringLiteral("a"), series }, { QStringLiteral("b"), other } }),
                 (DailySeries { { QDate(2017, 1, 2), 4 },
                                { QDate(2017, 1, 5), 7 },
                                { QDate(2017, 1, 6), 2 },
                                { QDate(2017, 1, 9), 5 },
                                { QDate(2017, 2, 1), 100 } }));
    }

    void mentionShares()
    {
        MentionStats m;
        m.total = 8;
        m.byNetwork = { { QStringLiteral("blog"), 1 }, { QStringLiteral("instagram"), 5 }, { QStringLiteral("x"), 2 } };
        QCOMPARE(ChartFigures::mentionNetworks(m),
                 (QVector<QPair<QString, qint64>> {
                     { QStringLiteral("instagram"), 5 }, { QStringLiteral("x"), 2 }, { QStringLiteral("blog"), 1 } }));
        QCOMPARE(ChartFigures::share(2, 8), 0.25);
        QCOMPARE(ChartFigures::share(2, 0), 0.0);
    }

    void topPostsKeepFeedPostsWithFigures()
    {
        QVector<PostMetrics> posts = { metrics(Platform::X, 5), metrics(Platform::Instagram, 50, true),
                                       metrics(Platform::X, 9), metrics(Platform::LinkedIn, 5),
                                       PostMetrics(),           metrics(Platform::X, 7) };
        for (int i = 0; i < posts.size(); ++i)
            posts[i].platformPostId = i + 1;
        posts[4].platform = Platform::X; // no figures at all
        posts[5].seriesId = 3;
        posts[5].campaignId = 4;
        auto ids = [](const QVector<PostMetrics> &list) {
            QList<qint64> result;
            for (const PostMetrics &p : list)
                result.append(p.platformPostId);
            return result;
        };
        // Most interactions first; the two posts with 5 keep their order; no story, no post without figures.
        QCOMPARE(ids(ContentFigures::topPosts(posts)), (QList<qint64> { 3, 6, 1, 4 }));
        QCOMPARE(ids(ContentFigures::topPosts(posts, { { Platform::X }, 0, 0, 0 })), (QList<qint64> { 3, 6, 1 }));
        QCOMPARE(ids(ContentFigures::topPosts(posts, { {}, 3, 0, 0 })), (QList<qint64> { 6 }));
        QCOMPARE(ids(ContentFigures::topPosts(posts, { {}, 0, 0, 4 })), (QList<qint64> { 6 }));
        QCOMPARE(ids(ContentFigures::topPosts(posts, { {}, 0, 2, 0 })), (QList<qint64> {}));
    }

    void instagramAgainstTheSite()
    {
        PeriodStats s;
        s.web.site.sessions = 1000;
        s.web.site.avgSessionSeconds = 167;
        s.web.site.exitRate = 0.4;
        WebStats fromInstagram;
        fromInstagram.sessions = 120;
        fromInstagram.avgSessionSeconds = 302;
        s.web.byChannel.insert(Platform::Instagram, fromInstagram);
        ChannelStats ig;
        ig.platform = Platform::Instagram;
        ig.followersPerDay = 12.5;
        s.channels.insert(Platform::Instagram, ig);
        QCOMPARE(ReportBuilder::siteValue(s, QStringLiteral("sessions")), std::optional<double>(1000));
        QCOMPARE(ReportBuilder::siteValue(s, QStringLiteral("exit_rate")), std::optional<double>(0.4));
        QCOMPARE(ReportBuilder::siteValue(s, QStringLiteral("users")), std::nullopt);
        QCOMPARE(ReportBuilder::instagramWebValue(s, QStringLiteral("sessions")), std::optional<double>(120));
        QCOMPARE(ReportBuilder::instagramWebValue(s, QStringLiteral("avg_session_seconds")), std::optional<double>(302));
        QCOMPARE(ReportBuilder::instagramWebValue(s, QStringLiteral("site_avg_session_seconds")), std::optional<double>(167));
        QCOMPARE(ReportBuilder::instagramWebValue(s, QStringLiteral("followers_per_day")), std::optional<double>(12.5));
        QCOMPARE(ReportBuilder::instagramWebValue(PeriodStats(), QStringLiteral("avg_session_seconds")), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(tst_MeasureService)
#include "tst_measureservice.moc"
