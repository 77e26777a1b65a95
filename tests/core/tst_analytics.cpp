// SPDX-License-Identifier: GPL-3.0-or-later
// Every definition of docs/metrics.md on data whose answers were worked out by hand.
#include "testsupport.h"

#include <core/db/attributionrulerepository.h>
#include <core/analytics/analyticsrepository.h>
#include <core/analytics/mentiondays.h>
#include <core/analytics/webchanneldays.h>
#include <core/db/channelrepository.h>
#include <core/domain/isotime.h>

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Beamline;
using namespace Beamline::Test;

namespace {

const QTimeZone Zurich("Europe/Zurich");

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

struct Fixture {
    qint64 x = 0, instagram = 0, facebook = 0, batch = 0, oldBatch = 0;
    int nextPost = 1;

    explicit Fixture(const QSqlDatabase &db)
    {
        ChannelRepository channels(db);
        x = channels.insert({0, Platform::X, QStringLiteral("lab"), {}});
        instagram = channels.insert({0, Platform::Instagram, QStringLiteral("lab"), {}});
        facebook = channels.insert({0, Platform::Facebook, QStringLiteral("lab"), {}});
        oldBatch = newBatch(db, QStringLiteral("old"));
        batch = newBatch(db, QStringLiteral("new"));
    }

    // A post with its current snapshot: impressions, views, likes, comments, shares.
    qint64 post(const QSqlDatabase &db, qint64 channel, const char *published, bool story, const QVariantList &metrics)
    {
        const qint64 id = nextPost++;
        exec(db, QStringLiteral("INSERT INTO platform_posts (id, channel_id, external_id, published_at, text, is_story, first_batch_id) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?)"),
             {id, channel, QStringLiteral("ext-%1").arg(id), QString::fromLatin1(published), QStringLiteral("Post %1").arg(id), story ? 1 : 0, batch});
        exec(db, QStringLiteral("INSERT INTO post_snapshots (platform_post_id, batch_id, captured_at, is_current, impressions, views, likes, "
                                "comments, shares) VALUES (?, ?, '2017-02-01T00:00:00Z', 1, ?, ?, ?, ?, ?)"),
             QVariantList{id, batch} + metrics);
        return id;
    }
};

} // namespace

class tst_Analytics : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_ws;
    std::unique_ptr<Fixture> m_f;

private Q_SLOTS:
    void init()
    {
        m_ws = std::make_unique<TestWorkspace>();
        m_ws->workspace().setTimeZone(Zurich);
        m_f = std::make_unique<Fixture>(m_ws->db());
    }

    void cleanup()
    {
        m_f.reset();
        m_ws.reset();
    }

    void engagementRateIsARatioOfSumsNotAMeanOfRates()
    {
        const QSqlDatabase db = m_ws->db();
        // X: 20 interactions on 1,000 impressions (2 %) and 30 on 3,000 (1 %). The rate is
        // 50 / 4,000 = 1.25 %, not the 1.5 % a mean of the two rates would give. The post
        // without impressions counts in interactions but in neither sum of the rate.
        m_f->post(db, m_f->x, "2017-01-10T09:00:00Z", false, {1000.0, Null, 10.0, 2.0, 8.0});
        m_f->post(db, m_f->x, "2017-01-11T09:00:00Z", false, {3000.0, Null, 20.0, 0.0, 10.0});
        m_f->post(db, m_f->x, "2017-01-12T09:00:00Z", false, {Null, Null, 5.0, Null, Null});
        // Instagram reports views instead of impressions: 120 interactions on 2,000 views = 6 %.
        m_f->post(db, m_f->instagram, "2017-01-10T12:00:00Z", false, {Null, 2000.0, 100.0, 10.0, 10.0});
        // Local days: 00:30 on 1 January in Zurich is in January; 00:30 on 1 February is not.
        m_f->post(db, m_f->x, "2016-12-31T23:30:00Z", false, {100.0, Null, 1.0, 0.0, 0.0});
        m_f->post(db, m_f->x, "2017-01-31T23:30:00Z", false, {100.0, Null, 50.0, 0.0, 0.0});

        const PeriodStats s = AnalyticsRepository(db, Zurich).periodStats(QDate(2017, 1, 1), QDate(2017, 1, 31));
        QCOMPARE(s.days, 31);
        const ChannelStats x = s.channels.value(Platform::X);
        QCOMPARE(x.posts, 4);
        QCOMPARE(x.impressions, std::optional<double>(4100));
        QCOMPARE(x.likes, std::optional<double>(36));
        QCOMPARE(x.comments, std::optional<double>(2));
        QCOMPARE(x.shares, std::optional<double>(18));
        QCOMPARE(x.interactions, std::optional<double>(56));
        QCOMPARE(*x.engagementRate, 51.0 / 4100.0); // 1 + 20 + 30 on 100 + 1,000 + 3,000
        const ChannelStats ig = s.channels.value(Platform::Instagram);
        QCOMPARE(*ig.engagementRate, 0.06);
        QCOMPARE(ig.impressions, std::optional<double>(2000));
        // Top posts: by interactions, then time.
        QCOMPARE(s.topPosts.size(), 5);
        QCOMPARE(s.topPosts.at(0).interactions, 120.0);
        QCOMPARE(s.topPosts.at(0).platform, Platform::Instagram);
        QCOMPARE(s.topPosts.at(1).interactions, 30.0);
        QCOMPARE(s.topPosts.at(2).interactions, 20.0);
        // Facebook has no data at all: it is left out, not zero.
        QVERIFY(!s.channels.contains(Platform::Facebook));
    }

    void onlyTheNewestSnapshotCounts()
    {
        const QSqlDatabase db = m_ws->db();
        const qint64 id = m_f->post(db, m_f->x, "2017-01-10T09:00:00Z", false, {1000.0, Null, 10.0, 0.0, 0.0});
        exec(db, QStringLiteral("INSERT INTO post_snapshots (platform_post_id, batch_id, captured_at, is_current, impressions, likes) "
                                "VALUES (?, ?, '2017-01-11T00:00:00Z', 0, 400, 4)"),
             {id, m_f->oldBatch});
        const PeriodStats s = AnalyticsRepository(db, Zurich).periodStats(QDate(2017, 1, 1), QDate(2017, 1, 31));
        QCOMPARE(s.channels.value(Platform::X).likes, std::optional<double>(10));
        QCOMPARE(s.channels.value(Platform::X).posts, 1);
    }

    void storyViewsUseViewsElseImpressions()
    {
        const QSqlDatabase db = m_ws->db();
        m_f->post(db, m_f->instagram, "2017-01-10T08:00:00Z", true, {Null, 500.0, Null, Null, Null});
        m_f->post(db, m_f->instagram, "2017-01-11T08:00:00Z", true, {300.0, Null, Null, Null, Null});
        m_f->post(db, m_f->instagram, "2017-01-12T08:00:00Z", false, {1000.0, Null, 10.0, 0.0, 0.0});
        const ChannelStats ig = AnalyticsRepository(db, Zurich).periodStats(QDate(2017, 1, 1), QDate(2017, 1, 31)).channels.value(Platform::Instagram);
        QCOMPARE(ig.storyViews, std::optional<double>(800));
        QCOMPARE(ig.posts, 1); // stories are not feed posts
        QCOMPARE(*ig.engagementRate, 0.01);
    }

    void followersPerDayDividesByCalendarDays()
    {
        const QSqlDatabase db = m_ws->db();
        // A sparse export: three days of January have a value; the other 28 count as zero.
        for (const auto &[day, value] : QList<QPair<QString, double>>{{"2017-01-03", 100}, {"2017-01-17", 50}, {"2017-01-30", 160}, {"2017-02-01", 999}})
            exec(db, QStringLiteral("INSERT INTO daily_metrics (channel_id, metric, day, key_hash, value, batch_id) VALUES (?, 'followers_gained', ?, 1, ?, ?)"),
                 {m_f->instagram, day, value, m_f->batch});
        // A superseded value (an older import of the same day) does not count.
        exec(db, QStringLiteral("INSERT INTO daily_metrics (channel_id, metric, day, key_hash, value, batch_id, superseded_by) "
                                "VALUES (?, 'followers_gained', '2017-01-03', 1, 7, ?, ?)"),
             {m_f->instagram, m_f->oldBatch, m_f->batch});
        const AnalyticsRepository analytics(db, Zurich);
        const ChannelStats ig = analytics.periodStats(QDate(2017, 1, 1), QDate(2017, 1, 31)).channels.value(Platform::Instagram);
        QCOMPARE(ig.followersGained, std::optional<double>(310));
        QCOMPARE(*ig.followersPerDay, 10.0);
        // Ten days with a single value of 50: 5 a day.
        QCOMPARE(*analytics.periodStats(QDate(2017, 1, 10), QDate(2017, 1, 19)).channels.value(Platform::Instagram).followersPerDay, 5.0);
        // A channel with no follower data has none, not zero.
        m_f->post(db, m_f->x, "2017-01-10T09:00:00Z", false, {1000.0, Null, 10.0, 0.0, 0.0});
        QVERIFY(!analytics.periodStats(QDate(2017, 1, 1), QDate(2017, 1, 31)).channels.value(Platform::X).followersPerDay);
    }

    void mentionsShareAndSentiment()
    {
        const QSqlDatabase db = m_ws->db();
        const QList<QPair<QString, QString>> mentions = {
            {"instagram", "positive"}, {"instagram", "positive"}, {"instagram", "positive"}, {"instagram", "neutral"},
            {"instagram", "neutral"},  {"instagram", ""},         {"x", "positive"},         {"x", "positive"},
            {"x", "negative"},         {"news", "neutral"}};
        int n = 0;
        for (const auto &[network, sentiment] : mentions) {
            exec(db, QStringLiteral("INSERT INTO mentions (tool, external_id, key_hash, occurred_at, network, sentiment, author, reach, batch_id) "
                                    "VALUES ('t', ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {QString::number(n), n, QStringLiteral("2017-01-%1T10:00:00Z").arg(10 + n % 5, 2, 10, QLatin1Char('0')), network,
                  sentiment.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(sentiment), n % 2 ? QStringLiteral("Ann") : QStringLiteral("Bob"),
                  double(100 * (n + 1)), m_f->batch});
            ++n;
        }
        // Outside the range.
        exec(db, QStringLiteral("INSERT INTO mentions (tool, external_id, key_hash, occurred_at, network, batch_id) VALUES ('t', 'late', 99, '2017-02-01T10:00:00Z', 'x', ?)"),
             {m_f->batch});
        // Counted one by one (written behind the daily counts' back), then from the daily counts.
        for (const bool summarised : {false, true}) {
            if (summarised)
                MentionDays(db).rebuild();
            QCOMPARE(MentionDays(db).isCurrent(), summarised);
            const PeriodStats s = AnalyticsRepository(db, Zurich).periodStats(QDate(2017, 1, 1), QDate(2017, 1, 31));
            QCOMPARE(s.mentions.total, 10);
            QCOMPARE(s.mentions.positive, 5);
            QCOMPARE(s.mentions.neutral, 3);
            QCOMPARE(s.mentions.negative, 1);
            QCOMPARE(s.mentions.unrated, 1);
            QCOMPARE(*s.channels.value(Platform::Instagram).mentionsShare, 0.6);
        }
        const AnalyticsRepository analytics(db, Zurich);
        const PeriodStats s = analytics.periodStats(QDate(2017, 1, 1), QDate(2017, 1, 31));
        QCOMPARE(s.mentions.total, 10);
        QCOMPARE(s.mentions.positive, 5);
        QCOMPARE(s.mentions.neutral, 3);
        QCOMPARE(s.mentions.negative, 1);
        QCOMPARE(s.mentions.unrated, 1);
        QCOMPARE(s.channels.value(Platform::Instagram).mentions, std::optional<qint64>(6));
        QCOMPARE(*s.channels.value(Platform::Instagram).mentionsShare, 0.6);
        QCOMPARE(*s.channels.value(Platform::X).mentionsShare, 0.3);
        QCOMPARE(s.mentions.byNetwork.value(QStringLiteral("news")), 1);
        // Top authors by reach: Ann has mentions 1, 3, 5, 7, 9 → reach 200 + 400 + … + 1,000 = 3,000.
        const auto authors = analytics.topMentionAuthors(QDate(2017, 1, 1), QDate(2017, 1, 31), 5);
        QCOMPARE(authors.first().name, QStringLiteral("Ann"));
        QCOMPARE(authors.first().value, 3000.0);
        QCOMPARE(authors.first().count, 5);
        // Per local day: ten mentions over 10–14 January.
        double perDay = 0;
        for (const DailySeries &series : analytics.mentionsPerDay(QDate(2017, 1, 1), QDate(2017, 1, 31)))
            perDay += series.value(QDate(2017, 1, 10));
        QCOMPARE(perDay, 2.0);
    }

    void mentionCountsAtTheEdgesOfTheRange()
    {
        // January in Zurich is [2016-12-31T23:00Z, 2017-01-31T23:00Z): whole UTC days from the
        // daily counts, the hours at either end from the mentions themselves.
        const QSqlDatabase db = m_ws->db();
        const QStringList times = {"2016-12-31T22:59:59Z" /* out */, "2016-12-31T23:00:00Z", "2016-12-31T23:30:00Z", "2017-01-01T00:00:00Z",
                                   "2017-01-15T12:00:00Z", "2017-01-31T22:59:59Z", "2017-01-31T23:00:00Z" /* out */};
        int n = 0;
        for (const QString &t : times) {
            exec(db, QStringLiteral("INSERT INTO mentions (tool, external_id, key_hash, occurred_at, network, batch_id) VALUES ('t', ?, ?, ?, 'x', ?)"),
                 {QString::number(n), n, t, m_f->batch});
            ++n;
        }
        // A replaced mention does not count.
        exec(db, QStringLiteral("INSERT INTO mentions (tool, external_id, key_hash, occurred_at, network, batch_id, superseded_by) "
                                "VALUES ('t', 'old', 99, '2017-01-15T12:00:00Z', 'x', ?, ?)"),
             {m_f->oldBatch, m_f->batch});
        for (const bool summarised : {false, true}) {
            if (summarised)
                MentionDays(db).rebuild();
            QCOMPARE(MentionDays(db).isCurrent(), summarised);
            const AnalyticsRepository analytics(db, Zurich);
            QCOMPARE(analytics.periodStats(QDate(2017, 1, 1), QDate(2017, 1, 31)).mentions.total, 5);
            QCOMPARE(analytics.periodStats(QDate(2017, 1, 1), QDate(2017, 1, 1)).mentions.total, 3); // a range inside one UTC day pair
            QCOMPARE(analytics.periodStats(QDate(2017, 1, 2), QDate(2017, 1, 30)).mentions.total, 1);
            QCOMPARE(analytics.periodStats(QDate(2016, 12, 31), QDate(2017, 2, 1)).mentions.total, 7);
        }
    }

    void webIsWeightedAndNeverAddsBreakdowns()
    {
        const QSqlDatabase db = m_ws->db();
        exec(db, QStringLiteral("INSERT INTO web_sources (id, provider, name) VALUES (1, 'ga', 'site')"), {});
        auto row = [&](const QString &report, const QString &start, const QString &end, const QString &dimension, double sessions,
                       QVariant bounce, QVariant duration, QVariant pageviews, QVariant exits) {
            static int hash = 0;
            // Each row holds the measures it has (web_traffic.live: sessions 1, users 2, bounce 8,
            // duration 16, pageviews 32, exits 512).
            const int live = 1 + 2 + (bounce.isNull() ? 0 : 8) + (duration.isNull() ? 0 : 16) + (pageviews.isNull() ? 0 : 32) + (exits.isNull() ? 0 : 512);
            exec(db, QStringLiteral("INSERT INTO web_traffic (source_id, report, period_start, period_end, dimension, key_hash, sessions, users, "
                                    "bounce_rate, avg_session_seconds, pageviews, exits, live, batch_id) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {report, start, end, dimension, ++hash, sessions, sessions * 0.8, bounce, duration, pageviews, exits, live, m_f->batch});
        };
        // The site over two days: 100 sessions (bounce 50 %, 2:00) and 300 (bounce 30 %, 3:20).
        row(QStringLiteral("site"), QStringLiteral("2017-01-02"), QStringLiteral("2017-01-02"), QStringLiteral(""), 100, 0.5, 120.0, 200.0, 100.0);
        row(QStringLiteral("site"), QStringLiteral("2017-01-03"), QStringLiteral("2017-01-03"), QStringLiteral(""), 300, 0.3, 200.0, 600.0, 300.0);
        // The same visits by source/medium.
        row(QStringLiteral("source_medium"), QStringLiteral("2017-01-02"), QStringLiteral("2017-01-02"), QStringLiteral("l.instagram.com / referral"), 40, 0.25, 300.0, Null, Null);
        row(QStringLiteral("source_medium"), QStringLiteral("2017-01-03"), QStringLiteral("2017-01-03"), QStringLiteral("instagram / story"), 10, 0.5, 400.0, Null, Null);
        row(QStringLiteral("source_medium"), QStringLiteral("2017-01-03"), QStringLiteral("2017-01-03"), QStringLiteral("t.co / referral"), 20, 0.5, 60.0, Null, Null);
        row(QStringLiteral("source_medium"), QStringLiteral("2017-01-03"), QStringLiteral("2017-01-03"), QStringLiteral("google / organic"), 330, 0.4, 150.0, Null, Null);
        // A whole-month export of Instagram's sources: it counts only in ranges that are all of
        // January, where it replaces the days it restates (l.instagram.com and the story of days 2 and 3).
        row(QStringLiteral("source_medium"), QStringLiteral("2017-01-01"), QStringLiteral("2017-01-31"), QStringLiteral("instagram.com / referral"), 1000, 0.1, 100.0, Null, Null);
        row(QStringLiteral("source_medium"), QStringLiteral("2017-01-01"), QStringLiteral("2017-01-31"), QStringLiteral("l.instagram.com / referral"), 40, 0.25, 300.0, Null, Null);
        row(QStringLiteral("source_medium"), QStringLiteral("2017-01-01"), QStringLiteral("2017-01-31"), QStringLiteral("instagram / story"), 10, 0.5, 400.0, Null, Null);

        // Twice: from the detailed rows (the rows above were written behind the daily
        // summary's back), then from the summary once it is rebuilt.
        for (const bool summarised : {false, true}) {
            if (summarised)
                WebChannelDays(db).rebuild();
            QCOMPARE(WebChannelDays(db).isCurrent(), summarised);
            const AnalyticsRepository analytics(db, Zurich);
            const PeriodStats s = analytics.periodStats(QDate(2017, 1, 1), QDate(2017, 1, 15));
            QCOMPARE(s.web.siteReport, QStringLiteral("site"));
            QCOMPARE(s.web.site.sessions, std::optional<double>(400)); // not 400 + 400
            QCOMPARE(*s.web.site.bounceRate, (0.5 * 100 + 0.3 * 300) / 400);  // 35 %
            QCOMPARE(*s.web.site.avgSessionSeconds, (120.0 * 100 + 200.0 * 300) / 400); // 180 s = 3:00
            QCOMPARE(*s.web.site.exitRate, 400.0 / 800.0);
            const WebStats ig = s.web.byChannel.value(Platform::Instagram);
            QCOMPARE(ig.sessions, std::optional<double>(50));
            QCOMPARE(*ig.avgSessionSeconds, (300.0 * 40 + 400.0 * 10) / 50); // 320 s
            QCOMPARE(*ig.bounceRate, (0.25 * 40 + 0.5 * 10) / 50);
            QCOMPARE(s.web.byChannel.value(Platform::X).sessions, std::optional<double>(20));
            QVERIFY(!s.web.byChannel.contains(Platform::Facebook));

            // The whole month takes in the monthly row as well.
            const PeriodStats month = analytics.periodStats(QDate(2017, 1, 1), QDate(2017, 1, 31));
            QCOMPARE(month.web.byChannel.value(Platform::Instagram).sessions, std::optional<double>(1050));
            QCOMPARE(*month.web.byChannel.value(Platform::Instagram).avgSessionSeconds, (300.0 * 40 + 400.0 * 10 + 100.0 * 1000) / 1050);
            // Per day: the site, and Instagram's share of it.
            QCOMPARE(analytics.siteSessionsPerDay(QDate(2017, 1, 1), QDate(2017, 1, 31)).value(QDate(2017, 1, 3)), 300.0);
            QCOMPARE(analytics.attributedSessionsPerDay(QDate(2017, 1, 1), QDate(2017, 1, 31)).value(Platform::Instagram).value(QDate(2017, 1, 3)), 10.0);
            // No web data: no numbers, not zeros.
            QVERIFY(!analytics.periodStats(QDate(2016, 1, 1), QDate(2016, 1, 31)).web.site.sessions);
            // A report's rows summed as they are (webStats), whatever they restate.
            const WebStats bySource = analytics.webStats(QStringLiteral("source_medium"), QDate(2017, 1, 1), QDate(2017, 1, 31));
            QCOMPARE(bySource.sessions, std::optional<double>(40 + 10 + 20 + 330 + 1000 + 40 + 10));
            QCOMPARE(*bySource.bounceRate, (0.25 * 40 + 0.5 * 10 + 0.5 * 20 + 0.4 * 330 + 0.1 * 1000 + 0.25 * 40 + 0.5 * 10) / 1450);
            QCOMPARE(analytics.webStats(QStringLiteral("source_medium"), QDate(2017, 1, 1), QDate(2017, 1, 15)).sessions,
                     std::optional<double>(400));
        }
    }

    void attributionRules_data()
    {
        QTest::addColumn<QString>("dimension");
        QTest::addColumn<QString>("platform"); // empty: none
        QTest::newRow("instagram referral") << "instagram.com / referral" << "instagram";
        QTest::newRow("l.instagram") << "l.instagram.com / referral" << "instagram";
        QTest::newRow("instagram utm") << "instagram / story" << "instagram";
        QTest::newRow("case") << "Instagram / Social" << "instagram";
        QTest::newRow("t.co") << "t.co / referral" << "x";
        QTest::newRow("x.com") << "x.com" << "x";
        QTest::newRow("m.facebook") << "m.facebook.com / referral" << "facebook";
        QTest::newRow("lm.facebook") << "lm.facebook.com / referral" << "facebook";
        QTest::newRow("lnkd.in") << "lnkd.in / referral" << "linkedin";
        QTest::newRow("youtube") << "youtube.com / referral" << "youtube";
        QTest::newRow("google") << "google / organic" << "";
        QTest::newRow("not a suffix match") << "notinstagram.com / referral" << "";
        QTest::newRow("direct") << "(direct) / (none)" << "";
    }

    void attributionRules()
    {
        QFETCH(QString, dimension);
        QFETCH(QString, platform);
        // The workspace's table starts as the documented defaults.
        QCOMPARE(AttributionRuleRepository(m_ws->db()).all().size(), Attribution::defaults().size());
        const auto found = AnalyticsRepository(m_ws->db(), Zurich).attribution().platformOf(dimension);
        QCOMPARE(found ? Platforms::key(*found) : QString(), platform);
    }

    void editedRulesApply()
    {
        QVector<AttributionRule> rules = AttributionRuleRepository(m_ws->db()).all();
        rules.prepend({0, 0, QStringLiteral("newsletter / email"), Platform::Other});
        rules.append({0, 0, QStringLiteral("*.instagram.com / *"), Platform::Instagram});
        QVERIFY(saveRules(m_ws->workspace(), rules));
        const Attribution attribution(AttributionRuleRepository(m_ws->db()).all());
        QCOMPARE(attribution.rules().first().pattern, QStringLiteral("newsletter / email"));
        QCOMPARE(attribution.platformOf(QStringLiteral("help.instagram.com / referral")), std::optional<Platform>(Platform::Instagram));
        QCOMPARE(attribution.platformOf(QStringLiteral("newsletter / email")), std::optional<Platform>(Platform::Other));
    }

    void changes_data()
    {
        QTest::addColumn<QVariant>("current");
        QTest::addColumn<QVariant>("previous");
        QTest::addColumn<QVariant>("absolute");
        QTest::addColumn<QVariant>("relative");
        QTest::addColumn<bool>("isNew");
        const QVariant none;
        QTest::newRow("the talk's followers") << QVariant(272.0) << QVariant(232.0) << QVariant(40.0) << QVariant(40.0 / 232.0) << false;
        QTest::newRow("a fall") << QVariant(167.0) << QVariant(302.0) << QVariant(-135.0) << QVariant(-135.0 / 302.0) << false;
        QTest::newRow("zero before is new") << QVariant(5.0) << QVariant(0.0) << QVariant(5.0) << none << true;
        QTest::newRow("nothing before is new") << QVariant(5.0) << none << QVariant(5.0) << none << true;
        QTest::newRow("zero and zero") << QVariant(0.0) << QVariant(0.0) << QVariant(0.0) << none << false;
        QTest::newRow("no data now") << none << QVariant(3.0) << none << none << false;
    }

    void changes()
    {
        QFETCH(QVariant, current);
        QFETCH(QVariant, previous);
        QFETCH(QVariant, absolute);
        QFETCH(QVariant, relative);
        QFETCH(bool, isNew);
        auto opt = [](const QVariant &v) { return v.isValid() ? std::optional<double>(v.toDouble()) : std::nullopt; };
        const Change c = Change::between(opt(current), opt(previous));
        QCOMPARE(c.absolute, opt(absolute));
        QCOMPARE(c.relative.has_value(), relative.isValid());
        if (c.relative)
            QCOMPARE(*c.relative, relative.toDouble());
        QCOMPARE(c.isNew, isNew);
    }
};

QTEST_GUILESS_MAIN(tst_Analytics)
#include "tst_analytics.moc"
