// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's activity: the lab's posts with their figures, its followers, the website's
// traffic and the mentions, written by DemoGenerator's later steps (demogenerator.cpp writes
// the workspace, its series and campaign, and runs the steps in order).
#include "demogenerator.h"
#include "demogeneratorstate.h"

#include <core/db/dailymetricrepository.h>
#include <core/db/mentionrepository.h>
#include <core/db/platformpostrepository.h>
#include <core/db/postrepository.h>
#include <core/db/webtrafficrepository.h>
#include <core/demo/democontent.h>
#include <core/domain/isotime.h>

#include <QHash>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace Beamline {

using namespace Demo;

namespace {

struct Rates {
    double likes, comments, shares, saves;
};

// A post's typical reach, and its interaction rates, on each platform.
double baseImpressions(Platform platform)
{
    static const QHash<Platform, double> base = { { Platform::X, 5200 },
                                                  { Platform::Facebook, 3600 },
                                                  { Platform::Instagram, 6800 },
                                                  { Platform::LinkedIn, 2100 },
                                                  { Platform::YouTube, 2900 } };
    return base.value(platform);
}

Rates ratesOn(Platform platform)
{
    static const QHash<Platform, Rates> rates = { { Platform::X, { 0.011, 0.0015, 0.0035, 0.0004 } },
                                                  { Platform::Facebook, { 0.026, 0.003, 0.004, 0 } },
                                                  { Platform::Instagram, { 0.052, 0.004, 0.003, 0.005 } },
                                                  { Platform::LinkedIn, { 0.02, 0.002, 0.002, 0 } },
                                                  { Platform::YouTube, { 0.03, 0.004, 0.003, 0 } } };
    return rates.value(platform);
}

} // namespace

void DemoGenerator::writePosts(State &st)
{
    // --- Content: what the lab publishes, day by day.
    PostRepository posts(m_db);
    PlatformPostRepository platformPosts(m_db);

    int week = 0;
    const QDate planEnd = today().addDays(42);
    for (QDate day = firstDay(); day <= planEnd; day = day.addDays(1)) {
        if (day.dayOfWeek() == Qt::Monday)
            ++week;
        const QList<Content> items = contentFor(day, week, campaignStart(), campaignEnd());
        for (const Content &c : items) {
            const QDateTime localStart(day, c.time, st.tz);
            const QDateTime utc = localStart.toUTC();
            Post post;
            post.title = c.title;
            post.body = c.body;
            post.pillarId = st.pillarIds[c.pillar];
            if (c.series >= 0) {
                post.seriesId = st.seriesIds[c.series];
                post.occurrence = IsoTime::makeWallClock(
                    c.series == GuessWhat && day == QDate(2016, 12, 28) ? QDate(2016, 12, 27) : day, c.time);
            }
            if (c.campaign)
                post.campaignId = st.campaignId;
            post.assigneeId = st.editors[(week + c.pillar) % 3];
            post.hashtags = hashtagsIn(c.body);
            if (c.body.contains(QLatin1String("https://")))
                post.links = { QStringLiteral("https://examplelab.org/news") };
            for (Platform p : c.platforms)
                post.channels.append(PostChannel { st.channel[p], {} });
            post.scheduledAt = utc;
            post.createdAt = utc.addDays(-7);
            post.updatedAt = utc.addDays(-1);

            if (day < today()) {
                // The week before today, #FollowFriday was missed: its slot stays empty.
                if (c.series == FollowFriday && day == QDate(2017, 1, 13))
                    continue;
                post.status = PostStatus::Published;
                post.publishedAt = utc;
                const qint64 postId = posts.insert(post);
                ++st.summary.plannedPosts;
                publish(st, platformPosts, c, utc, postId, false);
                continue;
            }

            // Ahead of today: a realistic plan with gaps for the panel to flag.
            const int daysAhead = int(today().daysTo(day));
            if (c.series >= 0 && daysAhead > 9 && (day.dayOfYear() % 3 != 0))
                continue; // unfilled series slots
            if (c.campaign)
                continue;
            if (daysAhead <= 2)
                // Tomorrow's #ThrowbackThursday still waits for review: the panel flags it.
                post.status = c.series == Throwback && daysAhead == 1 ? PostStatus::Review : PostStatus::Scheduled;
            else if (daysAhead <= 5)
                post.status = c.series == Throwback ? PostStatus::Review : PostStatus::Approved;
            else if (daysAhead <= 14)
                post.status = PostStatus::Draft;
            else
                post.status = PostStatus::Idea;
            posts.insert(post);
            ++st.summary.plannedPosts;
        }
    }

    // Ideas without a date yet.
    for (const QString &idea : { tr("Ask followers what they would name the new magnet"), tr("Time-lapse of the cavern cleaning"),
                                 tr("Explainer: what is a bunch crossing?") }) {
        Post post;
        post.title = idea;
        post.status = PostStatus::Idea;
        post.pillarId = st.pillarIds[idea.contains(QLatin1String("Explainer")) ? PhysicsNews : FunScience];
        post.assigneeId = st.editors[st.summary.plannedPosts % 3];
        posts.insert(post);
        ++st.summary.plannedPosts;
    }

    // Instagram stories during the campaign: one or two a day, taken over by influencers.
    for (QDate day = campaignStart(); day <= campaignEnd(); day = day.addDays(1)) {
        const int n = day.dayOfWeek() <= 5 ? 1 : 2;
        for (int i = 0; i < n; ++i) {
            Content story;
            story.body = QStringLiteral("#WhatsUpLHC story with %1").arg(QString::fromLatin1(Influencers[(day.day() + i) % 3]));
            story.pillar = FunScience;
            story.platforms = { Platform::Instagram };
            story.campaign = true;
            publish(st, platformPosts, story, QDateTime(day, QTime(18 + i, 0), st.tz).toUTC(), std::nullopt, true);
        }
    }
}

void DemoGenerator::publish(State &st, PlatformPostRepository &platformPosts, const Content &c, const QDateTime &whenUtc,
                            std::optional<qint64> postId, bool isStory)
{
    for (Platform platform : c.platforms) {
        PlatformPost pp;
        pp.channelId = st.channel[platform];
        pp.publishedAt = whenUtc;
        pp.text = c.body;
        pp.isStory = isStory;
        switch (platform) {
        case Platform::X:
            pp.externalId = snowflake(whenUtc, ++st.salt);
            pp.permalink = QStringLiteral("https://twitter.com/examplelab/status/") + pp.externalId;
            pp.postType = QStringLiteral("Tweet");
            break;
        case Platform::Facebook:
            pp.externalId = QStringLiteral("104512345678901_%1").arg(1200000000000000LL + whenUtc.toSecsSinceEpoch() + ++st.salt);
            pp.permalink
                = QStringLiteral("https://www.facebook.com/104512345678901/posts/") + pp.externalId.section(QLatin1Char('_'), 1);
            pp.postType = QStringLiteral("Photos");
            break;
        case Platform::Instagram:
            pp.externalId = QString::number(17800000000000000LL + whenUtc.toSecsSinceEpoch() * 10 + (++st.salt % 10));
            pp.permalink = QStringLiteral("https://www.instagram.com/p/%1/").arg(youtubeId(m_rng));
            pp.postType = isStory ? QStringLiteral("IG story") : QStringLiteral("IG image");
            break;
        case Platform::LinkedIn:
            pp.externalId
                = QStringLiteral("urn:li:activity:%1").arg(6200000000000000000LL + whenUtc.toSecsSinceEpoch() * 1000 + ++st.salt);
            pp.permalink = QStringLiteral("https://www.linkedin.com/feed/update/") + pp.externalId;
            pp.postType = QStringLiteral("Organic");
            break;
        case Platform::YouTube:
            pp.externalId = youtubeId(m_rng);
            pp.permalink = QStringLiteral("https://www.youtube.com/watch?v=") + pp.externalId;
            pp.postType = QStringLiteral("Video");
            break;
        case Platform::Other:
            break;
        }

        const double growth = 1.0 + 0.25 * firstDay().daysTo(whenUtc.date()) / 365.0;
        const bool inCampaign = whenUtc.date() >= campaignStart() && whenUtc.date() <= campaignEnd();
        double reach = baseImpressions(platform) * Pillars[c.pillar].reachFactor * growth * noise(0.35);
        if (platform == Platform::Instagram && inCampaign)
            reach *= c.campaign ? 2.1 : 1.45;
        if (isStory)
            reach = 11850 * noise(0.25);
        const double rateFactor = Pillars[c.pillar].rateFactor * noise(0.25);
        const Rates r = ratesOn(platform);
        PostSnapshot snapshot;
        const double impressions = std::round(reach);
        if (platform == Platform::Instagram || platform == Platform::YouTube)
            snapshot.set(PostMetric::Views, impressions);
        else
            snapshot.set(PostMetric::Impressions, impressions);
        snapshot.set(PostMetric::Reach, std::round(impressions * 0.72));
        if (!isStory) {
            snapshot.set(PostMetric::Likes, std::round(impressions * r.likes * rateFactor));
            snapshot.set(PostMetric::Comments, std::round(impressions * r.comments * rateFactor));
            snapshot.set(PostMetric::Shares, std::round(impressions * r.shares * rateFactor));
            if (r.saves > 0)
                snapshot.set(PostMetric::Saves, std::round(impressions * r.saves * rateFactor));
            snapshot.set(PostMetric::Clicks, std::round(impressions * 0.004 * noise(0.4)));
        }
        platformPosts.write(st.batch.id, st.precedence, 0, pp, snapshot);
        ++st.summary.platformPosts;
        if (postId)
            platformPosts.setPlannedPost(pp.id, postId, QStringLiteral("demo"), true);
        if (c.series >= 0)
            platformPosts.setSeries(pp.id, st.seriesIds[c.series]);
        if (c.campaign)
            platformPosts.setCampaign(pp.id, st.campaignId);
    }
}

void DemoGenerator::writeFollowers(State &st)
{
    // --- Daily account metrics: followers gained and lost, profile visits.
    DailyMetricRepository daily(m_db);
    struct FollowerModel {
        Platform platform;
        double before;
        double campaign;
    };
    const FollowerModel followerModels[] = { { Platform::X, 395, 410 },
                                             { Platform::Facebook, 142, 150 },
                                             { Platform::Instagram, 232, 272 },
                                             { Platform::LinkedIn, 36, 38 },
                                             { Platform::YouTube, 27, 29 } };
    const QDate comparisonStart = campaignStart().addDays(-(campaignStart().daysTo(campaignEnd()) + 1));
    for (const FollowerModel &model : followerModels) {
        // Totals over the campaign and over the equal period before it are exact
        // (the talk's "232/day versus 272/day"); days in between carry noise.
        QHash<QDate, double> gained;
        auto fillWindow = [&](QDate from, QDate to, double perDay) {
            const int days = int(from.daysTo(to)) + 1;
            double sum = 0;
            for (QDate d = from; d < to; d = d.addDays(1)) {
                gained[d] = around(perDay, 0.15);
                sum += gained[d];
            }
            gained[to] = qMax(0.0, std::round(perDay * days - sum));
        };
        fillWindow(comparisonStart, campaignStart().addDays(-1), model.before);
        fillWindow(campaignStart(), campaignEnd(), model.campaign);
        for (QDate d = firstDay(); d < today(); d = d.addDays(1)) {
            const double g = gained.contains(d) ? gained.value(d) : around(model.before * 0.95, 0.18);
            daily.write(
                st.batch.id, st.precedence,
                { st.channel[model.platform], QStringLiteral("followers_gained"), d, g, QStringLiteral("New followers") });
            daily.write(st.batch.id, st.precedence,
                        { st.channel[model.platform], QStringLiteral("followers_lost"), d, double(around(g * 0.09, 0.4)),
                          QStringLiteral("Unfollows") });
            daily.write(st.batch.id, st.precedence,
                        { st.channel[model.platform], QStringLiteral("profile_visits"), d, double(around(g * 3.1, 0.3)),
                          QStringLiteral("Profile visits") });
            st.summary.dailyValues += 3;
        }
    }
}

// Instagram-attributed sessions of each campaign day.
QHash<QDate, double> DemoGenerator::campaignInstagramSessions()
{
    QHash<QDate, double> instagramSessions;
    // Day-to-day variation, scaled so that the campaign adds up to exactly 18,377; the
    // rounding is left to the last day, which stays close to the average (never below zero).
    double weights = 0;
    for (QDate d = campaignStart(); d < campaignEnd(); d = d.addDays(1)) {
        instagramSessions[d] = around(1000, 0.2) / 1000.0;
        weights += instagramSessions[d];
    }
    weights += 1.0; // the last day
    const double scale = 18377.0 / weights;
    double sum = 0;
    for (QDate d = campaignStart(); d < campaignEnd(); d = d.addDays(1)) {
        instagramSessions[d] = std::round(instagramSessions[d] * scale);
        sum += instagramSessions[d];
    }
    instagramSessions[campaignEnd()] = 18377 - sum;
    return instagramSessions;
}

void DemoGenerator::writeWebTraffic(State &st)
{
    // --- Web traffic (a Universal Analytics view): source/medium by day, and the site
    // totals by day derived from the same rows so every breakdown tells the same story.
    WebTrafficRepository web(m_db);
    const qint64 source = web.ensureSource(QStringLiteral("ga"), QStringLiteral("examplelab.org — All Web Site Data"));
    struct Referrer {
        const char *name;
        double share;
        double seconds;
        double bounce;
        double pagesPerSession;
    };
    const Referrer referrers[] = {
        { "google / organic", 0.44, 150, 0.48, 2.4 },         { "(direct) / (none)", 0.27, 140, 0.55, 2.1 },
        { "t.co / referral", 0.05, 95, 0.62, 1.8 },           { "facebook.com / referral", 0.03, 105, 0.60, 1.7 },
        { "m.facebook.com / referral", 0.02, 80, 0.66, 1.5 }, { "linkedin.com / referral", 0.012, 170, 0.45, 2.2 },
        { "youtube.com / referral", 0.008, 130, 0.58, 1.9 },  { "news.example.com / referral", 0.03, 120, 0.57, 1.9 },
    };
    struct InstagramSource {
        const char *name;
        double share;
    };
    const InstagramSource instagramSources[]
        = { { "l.instagram.com / referral", 0.6 }, { "instagram.com / referral", 0.25 }, { "instagram / story", 0.15 } };
    // Instagram-attributed sessions: 18,377 during the campaign at 5:02 and a 60 % exit rate,
    // against 2:47 in the period before.
    const QHash<QDate, double> instagramSessions = campaignInstagramSessions();
    for (QDate d = firstDay(); d < today(); d = d.addDays(1)) {
        const bool weekend = d.dayOfWeek() >= 6;
        const double siteSessions = (weekend ? 2100 : 3100) * (1.0 + 0.2 * firstDay().daysTo(d) / 365.0) * noise(0.12);
        struct Row {
            QString dimension;
            double sessions, seconds, bounce, pages;
        };
        QList<Row> rows;
        for (const Referrer &r : referrers)
            rows.append({ QString::fromLatin1(r.name), std::round(siteSessions * r.share * noise(0.15)), r.seconds * noise(0.1),
                          qBound(0.05, r.bounce * noise(0.08), 0.95), r.pagesPerSession * noise(0.08) });
        const bool inCampaign = instagramSessions.contains(d);
        const double igSessions = inCampaign ? instagramSessions.value(d) : std::round(siteSessions * 0.018 * noise(0.2));
        double igLeft = igSessions;
        for (int i = 0; i < 3; ++i) {
            const double s = i == 2 ? igLeft : std::round(igSessions * instagramSources[i].share);
            igLeft -= s;
            // Exit rate 60 % ⇔ 1/0.6 pages per session (one exit per session).
            rows.append({ QString::fromLatin1(instagramSources[i].name), s, inCampaign ? 302.0 : 167.0, inCampaign ? 0.41 : 0.58,
                          inCampaign ? 1.0 / 0.6 : 1.35 });
        }
        double total = 0, users = 0, weightedSeconds = 0, weightedBounce = 0, pageviews = 0;
        for (const Row &r : rows) {
            WebTrafficRow row;
            row.sourceId = source;
            row.report = QStringLiteral("source_medium");
            row.periodStart = d;
            row.periodEnd = d;
            row.dimension = r.dimension;
            row.set(WebMetric::Sessions, r.sessions);
            row.set(WebMetric::Users, std::round(r.sessions * 0.86));
            row.set(WebMetric::NewUsers, std::round(r.sessions * 0.62));
            row.set(WebMetric::BounceRate, r.bounce);
            row.set(WebMetric::AvgSessionSeconds, r.seconds);
            row.set(WebMetric::Pageviews, std::round(r.sessions * r.pages));
            row.set(WebMetric::Exits, r.sessions);
            web.write(st.batch.id, st.precedence, row);
            ++st.summary.webRows;
            total += r.sessions;
            users += std::round(r.sessions * 0.86);
            weightedSeconds += r.sessions * r.seconds;
            weightedBounce += r.sessions * r.bounce;
            pageviews += std::round(r.sessions * r.pages);
        }
        WebTrafficRow day;
        day.sourceId = source;
        day.report = QStringLiteral("site");
        day.periodStart = d;
        day.periodEnd = d;
        day.set(WebMetric::Sessions, total);
        day.set(WebMetric::Users, users);
        day.set(WebMetric::BounceRate, total > 0 ? weightedBounce / total : 0);
        day.set(WebMetric::AvgSessionSeconds, total > 0 ? weightedSeconds / total : 0);
        day.set(WebMetric::Pageviews, pageviews);
        day.set(WebMetric::Exits, total);
        web.write(st.batch.id, st.precedence, day);
        ++st.summary.webRows;
    }
}

void DemoGenerator::writeMentions(State &st)
{
    // --- Mentions from a listening tool: Instagram dominates during the campaign.
    MentionRepository mentions(m_db);
    struct NetworkShare {
        const char *network;
        const char *domain;
        double before;
        double campaign;
    };
    const NetworkShare networks[] = { { "instagram", "instagram.com", 0.26, 0.78 }, { "x", "twitter.com", 0.46, 0.12 },
                                      { "facebook", "facebook.com", 0.14, 0.05 },   { "youtube", "youtube.com", 0.04, 0.01 },
                                      { "news", "news.example.com", 0.06, 0.025 },  { "blog", "blog.example.net", 0.04, 0.015 } };
    QStringList authors;
    QList<double> authorReach;
    for (int i = 0; i < 180; ++i) {
        authors.append(QStringLiteral("@fan%1_ex").arg(i + 1, 3, 10, QLatin1Char('0')));
        authorReach.append(std::round(800 * std::pow(noise(1.2), 2)));
    }
    for (int i = 0; i < 3; ++i) {
        authors.append(QString::fromLatin1(Influencers[i]));
        authorReach.append(180000 + 60000 * i);
    }
    int mentionNumber = 0;
    for (QDate d = firstDay(); d < today(); d = d.addDays(1)) {
        const bool inCampaign = d >= campaignStart() && d <= campaignEnd();
        const int n = around(inCampaign ? 128 : 58, 0.18);
        // Largest-remainder quotas keep each day's shares on target.
        QList<int> quota;
        QList<QPair<double, int>> remainders;
        int assigned = 0;
        for (int k = 0; k < 6; ++k) {
            const double exact = n * (inCampaign ? networks[k].campaign : networks[k].before);
            quota.append(int(std::floor(exact)));
            remainders.append({ exact - quota.constLast(), k });
            assigned += quota.constLast();
        }
        std::sort(remainders.begin(), remainders.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        for (int k = 0; assigned < n; ++k, ++assigned)
            ++quota[remainders[k % 6].second];
        for (int k = 0; k < 6; ++k) {
            for (int j = 0; j < quota[k]; ++j) {
                Mention m;
                m.tool = QStringLiteral("demo");
                m.externalId = QStringLiteral("demo-%1").arg(++mentionNumber);
                m.occurredAt = QDateTime(d, QTime(0, 0), st.tz).addSecs(qint64(m_rng.bounded(86400))).toUTC();
                m.network = QString::fromLatin1(networks[k].network);
                m.domain = QString::fromLatin1(networks[k].domain);
                const bool influencer = inCampaign && k == 0 && m_rng.bounded(40) == 0;
                const int a = influencer ? 180 + int(m_rng.bounded(3)) : int(m_rng.bounded(180));
                m.author = authors[a];
                m.authorHandle = authors[a];
                m.reach = authorReach[a];
                m.engagement = std::round(authorReach[a] * 0.03 * noise(0.5));
                const double u = m_rng.generateDouble();
                m.sentiment = u < (inCampaign ? 0.66 : 0.58) ? Sentiment::Positive
                                                             : (u < 0.93 ? Sentiment::Neutral : Sentiment::Negative);
                m.text = inCampaign && k == 0
                    ? QStringLiteral("Loving the #WhatsUpLHC stories from the collider!")
                    : QStringLiteral("Great post from @examplelab about %1").arg(QString::fromUtf8(NewsItems[mentionNumber % 8]));
                m.url = QStringLiteral("https://%1/post/%2").arg(m.domain).arg(mentionNumber);
                m.sourceName = m.domain;
                m.language = QStringLiteral("en");
                mentions.write(st.batch.id, st.precedence, m);
                ++st.summary.mentions;
            }
        }
    }
}

} // namespace Beamline
