// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyticsrepository.h"

#include "mentiondays.h"
#include "sitefigures.h"
#include "webchanneldays.h"
#include "websums.h"

#include <core/db/attributionrulerepository.h>
#include <core/db/sqlquery.h>
#include <core/domain/isotime.h>

#include <algorithm>

namespace Beamline {

namespace {

std::optional<double> optionalDouble(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

std::optional<double> ratio(std::optional<double> numerator, std::optional<double> denominator)
{
    if (!numerator || !denominator || *denominator <= 0)
        return std::nullopt;
    return *numerator / *denominator;
}

constexpr auto plus = &WebSums::plus;

// Rows that count in a range: current, and their whole period inside it.
const QString WebRowsInRange = QStringLiteral("report = :report AND period_start >= :from AND period_start <= :to AND period_end <= :to AND live <> 0");

// The same sums from the daily summary, in the order of WebSums::columns().
const QString &summarySumColumns()
{
    static const QString sql = [] {
        QStringList sums;
        for (const QString &c : WebSums::summaryColumns())
            sums.append(QStringLiteral("SUM(%1)").arg(c));
        return sums.join(QStringLiteral(", "));
    }();
    return sql;
}
const QString SummaryRange = QStringLiteral("report = :report AND day >= :from AND day <= :to");
// Rows over more than one day, which the summary leaves out (web_traffic_spans finds them).
const QString SpanRowsInRange = QStringLiteral(
    "report = :report AND period_start >= :from AND period_start <= :to AND period_end <= :to AND period_start < period_end AND live <> 0");

// The account's daily total of an additive metric: its own total row where an export gave
// one, else the rows of one breakdown (the first by name), which partition it.
const QString ChannelTotalRows = QStringLiteral(
    "d.superseded_by IS NULL AND d.breakdown = (SELECT MIN(x.breakdown) FROM daily_metrics x WHERE x.channel_id = d.channel_id "
    "AND x.metric = d.metric AND x.day = d.day AND x.superseded_by IS NULL)");
// A metric that does not add up over a breakdown (reach, a follower count) comes from total rows only.
const QString ChannelTotalOnlyRows = QStringLiteral("d.superseded_by IS NULL AND d.breakdown = ''");

// Daily metrics that are counts of people or levels, not additive over a breakdown.
const QStringList &levelMetrics()
{
    static const QStringList levels = {QStringLiteral("reach"), QStringLiteral("followers"), QStringLiteral("followers_total"),
                                       QStringLiteral("unique_viewers"), QStringLiteral("unique_impressions"), QStringLiteral("engagement_rate"),
                                       QStringLiteral("video_completion_rate"), QStringLiteral("video_average_watch_seconds")};
    return levels;
}

const QString PostRange = QStringLiteral("p.published_at >= :from AND p.published_at < :to");

// A platform's figures in the period's, made when first asked for.
ChannelStats &channelOf(PeriodStats &stats, Platform platform)
{
    ChannelStats &c = stats.channels[platform];
    c.platform = platform;
    return c;
}

} // namespace

Change Change::between(std::optional<double> current, std::optional<double> previous)
{
    Change c;
    c.current = current;
    c.previous = previous;
    if (!current)
        return c;
    c.absolute = *current - previous.value_or(0);
    if (previous && *previous != 0)
        c.relative = (*current - *previous) / std::abs(*previous);
    else
        c.isNew = *current != 0; // nothing before: "new", never a division by zero
    return c;
}

AnalyticsRepository::AnalyticsRepository(QSqlDatabase db, QTimeZone zone)
    : m_db(std::move(db))
    , m_zone(std::move(zone))
{
}

QString AnalyticsRepository::rangeStartUtc(QDate from) const
{
    return IsoTime::utc(IsoTime::startOfDay(from, m_zone));
}

QString AnalyticsRepository::rangeEndUtc(QDate to) const
{
    return IsoTime::utc(IsoTime::startOfDay(to.addDays(1), m_zone));
}

bool AnalyticsRepository::addsUp(const QString &metric)
{
    // Counts of people or levels: the same person is in several breakdown rows, a level is no sum.
    return !levelMetrics().contains(metric);
}

Attribution AnalyticsRepository::attribution() const
{
    return Attribution(AttributionRuleRepository(m_db).all());
}

PeriodStats AnalyticsRepository::periodStats(QDate from, QDate to) const
{
    PeriodStats stats;
    stats.from = from;
    stats.to = to;
    stats.days = int(from.daysTo(to)) + 1;
    const QString fromUtc = rangeStartUtc(from);
    const QString toUtc = rangeEndUtc(to);
    addPostStats(stats, fromUtc, toUtc);
    addFollowerStats(stats);
    addMentionStats(stats);
    for (auto it = stats.channels.begin(); it != stats.channels.end();) {
        if (it.key() == Platform::Other || !it->hasData())
            it = stats.channels.erase(it);
        else
            ++it;
    }
    addWebStats(stats);
    stats.topPosts = topPosts(fromUtc, toUtc);
    return stats;
}

void AnalyticsRepository::addPostStats(PeriodStats &stats, const QString &fromUtc, const QString &toUtc) const
{
    // Feed posts: counts, sums and the engagement rate over the posts that have impressions.
    {
        // Summed per channel first, so the date index is walked once rather than once per channel.
        SqlQuery q(m_db, QStringLiteral(
            "SELECT c.platform, SUM(x.posts), SUM(x.impressions), SUM(x.likes), SUM(x.comments), SUM(x.shares), SUM(x.interactions), "
            "SUM(x.rated_interactions) FROM (SELECT p.channel_id, COUNT(*) AS posts, "
            "SUM(CASE WHEN COALESCE(s.impressions, s.views) IS NOT NULL THEN COALESCE(s.impressions, s.views) END) AS impressions, "
            "SUM(s.likes) AS likes, SUM(s.comments) AS comments, SUM(s.shares) AS shares, "
            "SUM(CASE WHEN s.likes IS NOT NULL OR s.comments IS NOT NULL OR s.shares IS NOT NULL "
            "    THEN COALESCE(s.likes, 0) + COALESCE(s.comments, 0) + COALESCE(s.shares, 0) END) AS interactions, "
            "SUM(CASE WHEN COALESCE(s.impressions, s.views) IS NOT NULL "
            "    THEN COALESCE(s.likes, 0) + COALESCE(s.comments, 0) + COALESCE(s.shares, 0) END) AS rated_interactions "
            "FROM platform_posts p LEFT JOIN post_snapshots s ON s.platform_post_id = p.id AND s.is_current = 1 "
            "WHERE %1 AND p.is_story = 0 GROUP BY p.channel_id) x JOIN channels c ON c.id = x.channel_id GROUP BY c.platform").arg(PostRange));
        q.bind(QStringLiteral(":from"), fromUtc).bind(QStringLiteral(":to"), toUtc).exec();
        while (q.next()) {
            const auto platform = Platforms::fromKey(q.text(0));
            if (!platform)
                continue;
            ChannelStats &c = channelOf(stats, *platform);
            c.posts += q.value(1).toLongLong();
            c.impressions = plus(c.impressions, optionalDouble(q.value(2)));
            c.likes = plus(c.likes, optionalDouble(q.value(3)));
            c.comments = plus(c.comments, optionalDouble(q.value(4)));
            c.shares = plus(c.shares, optionalDouble(q.value(5)));
            c.interactions = plus(c.interactions, optionalDouble(q.value(6)));
            c.engagementRate = ratio(optionalDouble(q.value(7)), c.impressions);
        }
    }
    // Stories.
    {
        SqlQuery q(m_db, QStringLiteral("SELECT c.platform, SUM(x.views) FROM (SELECT p.channel_id, SUM(COALESCE(s.views, s.impressions)) AS views "
                                        "FROM platform_posts p LEFT JOIN post_snapshots s ON s.platform_post_id = p.id AND s.is_current = 1 "
                                        "WHERE %1 AND p.is_story = 1 GROUP BY p.channel_id) x JOIN channels c ON c.id = x.channel_id "
                                        "GROUP BY c.platform").arg(PostRange));
        q.bind(QStringLiteral(":from"), fromUtc).bind(QStringLiteral(":to"), toUtc).exec();
        while (q.next()) {
            if (const auto platform = Platforms::fromKey(q.text(0)))
                channelOf(stats, *platform).storyViews = plus(channelOf(stats, *platform).storyViews, optionalDouble(q.value(1)));
        }
    }
}

void AnalyticsRepository::addFollowerStats(PeriodStats &stats) const
{
    const QDate from = stats.from, to = stats.to;
    // Followers gained per calendar day.
    {
        SqlQuery q(m_db, QStringLiteral("SELECT c.platform, SUM(d.value) FROM daily_metrics d JOIN channels c ON c.id = d.channel_id "
                                        "WHERE d.metric = :metric AND d.day >= :from AND d.day <= :to AND %1 "
                                        "GROUP BY c.platform").arg(ChannelTotalRows));
        q.bind(QStringLiteral(":metric"), QStringLiteral("followers_gained"))
            .bind(QStringLiteral(":from"), IsoTime::day(from))
            .bind(QStringLiteral(":to"), IsoTime::day(to))
            .exec();
        while (q.next()) {
            const auto platform = Platforms::fromKey(q.text(0));
            if (!platform)
                continue;
            ChannelStats &c = channelOf(stats, *platform);
            c.followersGained = plus(c.followersGained, optionalDouble(q.value(1)));
            c.followersPerDay = c.followersGained ? std::optional<double>(*c.followersGained / stats.days) : std::nullopt;
        }
    }
}

void AnalyticsRepository::addMentionStats(PeriodStats &stats) const
{
    // Mentions: per network, and each measured platform's share.
    stats.mentions = mentionStats(stats.from, stats.to);
    for (Platform platform : Platforms::measured()) {
        const qint64 n = stats.mentions.byNetwork.value(Platforms::key(platform));
        if (n > 0 || stats.channels.contains(platform)) {
            ChannelStats &c = channelOf(stats, platform);
            c.mentions = n;
            c.mentionsShare = stats.mentions.total > 0 ? std::optional<double>(double(n) / double(stats.mentions.total)) : std::nullopt;
        }
    }
}

void AnalyticsRepository::addWebStats(PeriodStats &stats) const
{
    const QDate from = stats.from, to = stats.to;
    // Web: the site's figures from the reports that give them; channels by the attribution rules.
    const SiteFigures::Figures site = SiteFigures::forRange(siteBlocks(from, to), from, to);
    if (site.sums.sessions || site.sums.pageviews || site.sums.users) {
        stats.web.site = site.sums.stats();
        stats.web.siteReport = site.reports.join(QLatin1Char(','));
    }
    const QMap<Platform, QVector<SiteFigures::Block>> attributed = channelBlocks(from, to);
    QStringList channelReports;
    for (auto it = attributed.cbegin(); it != attributed.cend(); ++it) {
        const SiteFigures::Figures channel = SiteFigures::forRange(*it, from, to, SiteFigures::Scope::Channel);
        if (channel.sums.sessions) {
            stats.web.byChannel.insert(it.key(), channel.sums.stats());
            for (const QString &report : channel.reports) {
                if (!channelReports.contains(report))
                    channelReports.append(report);
            }
        }
    }
    stats.web.channelReport = channelReports.join(QLatin1Char(','));
}

QVector<TopPost> AnalyticsRepository::topPosts(const QString &fromUtc, const QString &toUtc) const
{
    // Top posts by interactions.
    QVector<TopPost> posts;
    {
        SqlQuery q(m_db, QStringLiteral(
            "SELECT p.id, c.platform, p.external_id, p.published_at, p.text, "
            "COALESCE(s.likes, 0) + COALESCE(s.comments, 0) + COALESCE(s.shares, 0) AS interactions "
            "FROM platform_posts p JOIN channels c ON c.id = p.channel_id "
            "JOIN post_snapshots s ON s.platform_post_id = p.id AND s.is_current = 1 "
            "WHERE %1 AND p.is_story = 0 AND (s.likes IS NOT NULL OR s.comments IS NOT NULL OR s.shares IS NOT NULL) "
            "ORDER BY interactions DESC, p.published_at, p.id LIMIT 10").arg(PostRange));
        q.bind(QStringLiteral(":from"), fromUtc).bind(QStringLiteral(":to"), toUtc).exec();
        while (q.next()) {
            TopPost t;
            t.platformPostId = q.value(0).toLongLong();
            t.platform = Platforms::fromKey(q.text(1)).value_or(Platform::Other);
            t.externalId = q.text(2);
            t.published = IsoTime::parseUtc(q.text(3));
            t.text = q.text(4);
            t.interactions = q.value(5).toDouble();
            posts.append(t);
        }
    }
    return posts;
}

MentionStats AnalyticsRepository::mentionStats(QDate from, QDate to) const
{
    MentionStats m;
    auto add = [&m](const QString &network, const QString &sentiment, qint64 n) {
        m.total += n;
        m.byNetwork[network] += n;
        if (sentiment == QLatin1String("positive"))
            m.positive += n;
        else if (sentiment == QLatin1String("neutral"))
            m.neutral += n;
        else if (sentiment == QLatin1String("negative"))
            m.negative += n;
        else
            m.unrated += n;
    };
    // Mentions of [fromUtc, toUtc), counted one by one.
    auto count = [&](const QString &fromUtc, const QString &toUtc) {
        SqlQuery q(m_db, QStringLiteral("SELECT network, sentiment, COUNT(*) FROM mentions WHERE occurred_at >= :from AND occurred_at < :to "
                                        "AND superseded_by IS NULL GROUP BY network, sentiment"));
        q.bind(QStringLiteral(":from"), fromUtc).bind(QStringLiteral(":to"), toUtc).exec();
        while (q.next())
            add(q.text(0), q.text(1), q.value(2).toLongLong());
    };
    const QDateTime start = IsoTime::startOfDay(from, m_zone).toUTC();
    const QDateTime end = IsoTime::startOfDay(to.addDays(1), m_zone).toUTC();
    // The whole UTC days inside the range come from the daily counts, the hours at either
    // end from the mentions.
    const QDate firstWhole = start.time() == QTime(0, 0) ? start.date() : start.date().addDays(1);
    const QDate lastWhole = end.date().addDays(-1);
    if (firstWhole > lastWhole || !MentionDays(m_db).isCurrent()) {
        count(IsoTime::utc(start), IsoTime::utc(end));
        return m;
    }
    SqlQuery q(m_db, QStringLiteral("SELECT network, sentiment, SUM(mentions) FROM mention_days WHERE day >= :first AND day <= :last "
                                    "GROUP BY network, sentiment"));
    q.bind(QStringLiteral(":first"), IsoTime::day(firstWhole)).bind(QStringLiteral(":last"), IsoTime::day(lastWhole)).exec();
    while (q.next())
        add(q.text(0), q.text(1), q.value(2).toLongLong());
    count(IsoTime::utc(start), IsoTime::utc(QDateTime(firstWhole, QTime(0, 0), QTimeZone::utc())));
    count(IsoTime::utc(QDateTime(lastWhole.addDays(1), QTime(0, 0), QTimeZone::utc())), IsoTime::utc(end));
    return m;
}

QVector<SiteFigures::Block> AnalyticsRepository::siteBlocks(QDate from, QDate to) const
{
    // The web sources in the order of provider and name (never of their ids, which follow the imports).
    QHash<qint64, int> sourceOrder;
    {
        SqlQuery q(m_db, QStringLiteral("SELECT id FROM web_sources ORDER BY provider, name, id"));
        q.exec();
        while (q.next())
            sourceOrder.insert(q.integer(0), int(sourceOrder.size()));
    }
    QVector<SiteFigures::Block> blocks;
    auto bindRange = [&](SqlQuery &q, const QString &report) {
        q.bind(QStringLiteral(":report"), report).bind(QStringLiteral(":from"), IsoTime::day(from)).bind(QStringLiteral(":to"), IsoTime::day(to)).exec();
    };
    // Rows: source, first day, last day, the sums.
    auto collect = [&](SqlQuery &q, SiteFigures::Origin origin) {
        while (q.next()) {
            const int source = q.value(0).isNull() ? -1 : sourceOrder.value(q.integer(0), -1);
            blocks.append({IsoTime::parseDay(q.text(1)), IsoTime::parseDay(q.text(2)), origin, source,
                           SiteFigures::partitionedPart(origin, WebSums::read(q, 3))});
        }
    };
    SqlQuery any(m_db, QStringLiteral("SELECT 1 FROM web_traffic WHERE %1 LIMIT 1").arg(WebRowsInRange));
    for (SiteFigures::Origin origin : SiteFigures::origins()) {
        const QString report = SiteFigures::reportKey(origin);
        bindRange(any, report);
        const bool present = any.next();
        any.finish();
        if (!present)
            continue;
        const QString byPeriod = QStringLiteral("SELECT source_id, period_start, period_end, %1 FROM web_traffic WHERE %2 "
                                                "GROUP BY source_id, period_start, period_end");
        if (readsSummary(report)) {
            // One-day rows from the daily summary (every channel and source of a day together),
            // longer ones from the rows.
            SqlQuery days(m_db, QStringLiteral("SELECT NULL, day, day, %1 FROM web_channel_days WHERE %2 GROUP BY day")
                                    .arg(summarySumColumns(), SummaryRange));
            bindRange(days, report);
            collect(days, origin);
            SqlQuery spans(m_db, byPeriod.arg(WebSums::columns(), SpanRowsInRange));
            bindRange(spans, report);
            collect(spans, origin);
            continue;
        }
        SqlQuery rows(m_db, byPeriod.arg(WebSums::columns(), WebRowsInRange));
        bindRange(rows, report);
        collect(rows, origin);
    }
    return blocks;
}

bool AnalyticsRepository::readsSummary(const QString &report) const
{
    return WebChannelDays::summarises(report) && WebChannelDays(m_db).isCurrent();
}

WebStats AnalyticsRepository::webStats(const QString &report, QDate from, QDate to) const
{
    WebSums sums;
    bool found = false;
    auto read = [&](const QString &sql) {
        SqlQuery q(m_db, sql);
        q.bind(QStringLiteral(":report"), report).bind(QStringLiteral(":from"), IsoTime::day(from)).bind(QStringLiteral(":to"), IsoTime::day(to)).exec();
        if (q.next()) {
            sums.add(WebSums::read(q, 0));
            found = true;
        }
    };
    if (readsSummary(report)) {
        read(QStringLiteral("SELECT %1 FROM web_channel_days WHERE %2").arg(summarySumColumns(), SummaryRange));
        read(QStringLiteral("SELECT %1 FROM web_traffic WHERE %2").arg(WebSums::columns(), SpanRowsInRange));
    } else {
        read(QStringLiteral("SELECT %1 FROM web_traffic WHERE %2").arg(WebSums::columns(), WebRowsInRange));
    }
    return found ? sums.stats() : WebStats();
}

QMap<Platform, QVector<SiteFigures::Block>> AnalyticsRepository::channelBlocks(QDate from, QDate to) const
{
    QHash<qint64, int> sourceOrder;
    {
        SqlQuery q(m_db, QStringLiteral("SELECT id FROM web_sources ORDER BY provider, name, id"));
        q.exec();
        while (q.next())
            sourceOrder.insert(q.integer(0), int(sourceOrder.size()));
    }
    // Per channel, report, source and period: the attributed rows summed.
    QMap<Platform, QMap<std::tuple<int, int, QDate, QDate>, WebSums>> sums;
    auto bindRange = [&](SqlQuery &q, const QString &report) {
        q.bind(QStringLiteral(":report"), report).bind(QStringLiteral(":from"), IsoTime::day(from)).bind(QStringLiteral(":to"), IsoTime::day(to)).exec();
    };
    const Attribution rules = attribution();
    QHash<QString, std::optional<Platform>> platforms;
    auto platformOf = [&](const QString &dimension) {
        auto it = platforms.constFind(dimension);
        if (it == platforms.constEnd())
            it = platforms.insert(dimension, rules.platformOf(dimension));
        return *it;
    };
    for (SiteFigures::Origin origin : {SiteFigures::Origin::SourceMedium, SiteFigures::Origin::Referrer}) {
        const QString report = SiteFigures::reportKey(origin);
        const bool summary = readsSummary(report);
        if (summary) {
            // One-day rows from the daily summary (every source of a day together).
            SqlQuery q(m_db, QStringLiteral("SELECT day, platform, %1 FROM web_channel_days WHERE %2 AND platform <> '' GROUP BY day, platform")
                                 .arg(summarySumColumns(), SummaryRange));
            bindRange(q, report);
            while (q.next()) {
                const QDate day = IsoTime::parseDay(q.text(0));
                if (const auto platform = Platforms::fromKey(q.text(1)))
                    sums[*platform][{int(origin), -1, day, day}].add(WebSums::read(q, 2));
            }
        }
        // Without the summary every row, else only the rows over several days, by their dimension.
        SqlQuery q(m_db, QStringLiteral("SELECT source_id, period_start, period_end, dimension, %1 FROM web_traffic WHERE %2 "
                                        "GROUP BY source_id, period_start, period_end, dimension")
                             .arg(WebSums::columns(), summary ? SpanRowsInRange : WebRowsInRange));
        bindRange(q, report);
        while (q.next()) {
            if (const auto platform = platformOf(q.text(3))) {
                const std::tuple<int, int, QDate, QDate> key{int(origin), sourceOrder.value(q.integer(0), -1),
                                                             IsoTime::parseDay(q.text(1)), IsoTime::parseDay(q.text(2))};
                sums[*platform][key].add(WebSums::read(q, 4));
            }
        }
    }
    QMap<Platform, QVector<SiteFigures::Block>> blocks;
    for (auto channel = sums.cbegin(); channel != sums.cend(); ++channel) {
        for (auto it = channel->cbegin(); it != channel->cend(); ++it) {
            const auto &[origin, source, start, end] = it.key();
            blocks[channel.key()].append({start, end, SiteFigures::Origin(origin), source, it.value()});
        }
    }
    return blocks;
}

QVector<PostMetrics> AnalyticsRepository::posts(QDate from, QDate to) const
{
    SqlQuery q(m_db, QStringLiteral(
        "SELECT p.id, c.platform, p.external_id, p.permalink, p.published_at, p.text, p.post_type, p.is_story, "
        "s.impressions, s.views, s.likes, s.comments, s.shares, s.saves, s.clicks, "
        "COALESCE(p.series_id, pl.series_id), COALESCE(pl.pillar_id, se.pillar_id), COALESCE(p.campaign_id, pl.campaign_id), p.post_id "
        "FROM platform_posts p JOIN channels c ON c.id = p.channel_id "
        "LEFT JOIN post_snapshots s ON s.platform_post_id = p.id AND s.is_current = 1 "
        "LEFT JOIN posts pl ON pl.id = p.post_id "
        "LEFT JOIN series se ON se.id = COALESCE(p.series_id, pl.series_id) "
        "WHERE %1 ORDER BY p.published_at DESC, p.id DESC").arg(PostRange));
    q.bind(QStringLiteral(":from"), rangeStartUtc(from)).bind(QStringLiteral(":to"), rangeEndUtc(to)).exec();
    QVector<PostMetrics> result;
    while (q.next()) {
        PostMetrics m;
        m.platformPostId = q.value(0).toLongLong();
        m.platform = Platforms::fromKey(q.text(1)).value_or(Platform::Other);
        m.externalId = q.text(2);
        m.permalink = q.text(3);
        m.published = IsoTime::parseUtc(q.text(4));
        m.text = q.text(5);
        m.postType = q.text(6);
        m.story = q.value(7).toInt() != 0;
        m.views = optionalDouble(q.value(9));
        m.impressions = q.value(8).isNull() ? m.views : optionalDouble(q.value(8));
        m.likes = optionalDouble(q.value(10));
        m.comments = optionalDouble(q.value(11));
        m.shares = optionalDouble(q.value(12));
        m.saves = optionalDouble(q.value(13));
        m.clicks = optionalDouble(q.value(14));
        m.seriesId = q.value(15).toLongLong();
        m.pillarId = q.value(16).toLongLong();
        m.campaignId = q.value(17).toLongLong();
        m.postId = q.value(18).toLongLong();
        result.append(m);
    }
    return result;
}

QMap<Platform, DailySeries> AnalyticsRepository::dailyMetric(const QString &metric, QDate from, QDate to) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT c.platform, d.day, SUM(d.value) FROM daily_metrics d JOIN channels c ON c.id = d.channel_id "
                                    "WHERE d.metric = :metric AND d.day >= :from AND d.day <= :to AND %1 "
                                    "GROUP BY c.platform, d.day").arg(addsUp(metric) ? ChannelTotalRows : ChannelTotalOnlyRows));
    q.bind(QStringLiteral(":metric"), metric).bind(QStringLiteral(":from"), IsoTime::day(from)).bind(QStringLiteral(":to"), IsoTime::day(to)).exec();
    QMap<Platform, DailySeries> result;
    while (q.next()) {
        if (const auto platform = Platforms::fromKey(q.text(0)))
            result[*platform][IsoTime::parseDay(q.text(1))] += q.value(2).toDouble();
    }
    return result;
}

DailySeries AnalyticsRepository::siteSessionsPerDay(QDate from, QDate to) const
{
    // One-day figures only: a figure over a period has no day to be drawn on.
    DailySeries series;
    const QMap<QDate, WebSums> days = SiteFigures::perDay(siteBlocks(from, to));
    for (auto it = days.cbegin(); it != days.cend(); ++it) {
        if (it->sessions)
            series.insert(it.key(), *it->sessions);
    }
    return series;
}

QMap<QDate, WebStats> AnalyticsRepository::siteStatsPerDay(QDate from, QDate to) const
{
    QMap<QDate, WebStats> result;
    const QMap<QDate, WebSums> days = SiteFigures::perDay(siteBlocks(from, to));
    for (auto it = days.cbegin(); it != days.cend(); ++it)
        result.insert(it.key(), it->stats());
    return result;
}

QMap<Platform, DailySeries> AnalyticsRepository::attributedSessionsPerDay(QDate from, QDate to) const
{
    QMap<Platform, DailySeries> result;
    const QMap<QDate, QMap<Platform, WebStats>> days = attributedStatsPerDay(from, to);
    for (auto day = days.cbegin(); day != days.cend(); ++day) {
        for (auto channel = day->cbegin(); channel != day->cend(); ++channel) {
            if (channel->sessions)
                result[channel.key()].insert(day.key(), *channel->sessions);
        }
    }
    return result;
}

DailyFigures AnalyticsRepository::dailyFigures(QDate from, QDate to, std::optional<Platform> only) const
{
    DailyFigures figures;
    figures.from = from;
    figures.to = to;
    QMap<QDate, DayFigures> days;
    for (QDate d = from; d <= to; d = d.addDays(1))
        days[d].day = d;
    auto wanted = [&only](Platform p) { return !only || *only == p; };
    auto add = [](std::optional<double> &value, double x) { value = value.value_or(0) + x; };

    // Each account's stored total of the day: its own total row, else one breakdown where the
    // metric adds up (as dailyMetric()).
    {
        const QStringList &levels = levelMetrics();
        SqlQuery q(m_db, QStringLiteral(
            "SELECT c.platform, d.metric, d.day, SUM(d.value) FROM daily_metrics d JOIN channels c ON c.id = d.channel_id "
            "WHERE d.day >= :from AND d.day <= :to AND d.superseded_by IS NULL AND d.breakdown = (CASE WHEN d.metric IN (%1) THEN '' "
            "ELSE (SELECT MIN(x.breakdown) FROM daily_metrics x WHERE x.channel_id = d.channel_id AND x.metric = d.metric "
            "AND x.day = d.day AND x.superseded_by IS NULL) END) GROUP BY c.platform, d.metric, d.day")
                             .arg(SqlQuery::placeholders(0, int(levels.size()))));
        for (int i = 0; i < levels.size(); ++i)
            q.bind(i, levels.at(i));
        q.bind(QStringLiteral(":from"), IsoTime::day(from)).bind(QStringLiteral(":to"), IsoTime::day(to)).exec();
        while (q.next()) {
            const auto platform = Platforms::fromKey(q.text(0));
            const QDate day = IsoTime::parseDay(q.text(2));
            if (platform && wanted(*platform) && days.contains(day))
                add(days[day].channels[*platform][q.text(1)], q.value(3).toDouble());
        }
    }
    // Feed posts published, on their local day.
    for (const PostMetrics &post : posts(from, to)) {
        const QDate day = post.published.toTimeZone(m_zone).date();
        if (!post.story && wanted(post.platform) && days.contains(day))
            add(days[day].channels[post.platform][QStringLiteral("posts")], 1);
    }
    // Mentions on each measured platform's network.
    const QMap<QString, DailySeries> mentions = mentionsPerDay(from, to);
    for (Platform platform : Platforms::measured()) {
        if (!wanted(platform))
            continue;
        const DailySeries series = mentions.value(Platforms::key(platform));
        for (auto it = series.cbegin(); it != series.cend(); ++it) {
            if (days.contains(it.key()))
                add(days[it.key()].channels[platform][QStringLiteral("mentions")], it.value());
        }
    }
    // The site's figures of each day, and each channel's share.
    const QMap<QDate, WebStats> site = siteStatsPerDay(from, to);
    for (auto it = site.cbegin(); it != site.cend(); ++it) {
        if (days.contains(it.key()))
            days[it.key()].web = it.value();
    }
    const QMap<QDate, QMap<Platform, WebStats>> attributed = attributedStatsPerDay(from, to);
    for (auto it = attributed.cbegin(); it != attributed.cend(); ++it) {
        if (!days.contains(it.key()))
            continue;
        for (auto channel = it->cbegin(); channel != it->cend(); ++channel) {
            if (wanted(channel.key()))
                days[it.key()].webByChannel.insert(channel.key(), channel.value());
        }
    }
    figures.days = days.values().toVector();
    return figures;
}

QMap<QDate, QMap<Platform, WebStats>> AnalyticsRepository::attributedStatsPerDay(QDate from, QDate to) const
{
    QMap<QDate, QMap<Platform, WebStats>> result;
    const QMap<Platform, QVector<SiteFigures::Block>> blocks = channelBlocks(from, to);
    for (auto channel = blocks.cbegin(); channel != blocks.cend(); ++channel) {
        const QMap<QDate, WebSums> days = SiteFigures::perDay(*channel, SiteFigures::Scope::Channel);
        for (auto day = days.cbegin(); day != days.cend(); ++day) {
            if (day->sessions)
                result[day.key()].insert(channel.key(), day->stats());
        }
    }
    return result;
}

QMap<QString, DailySeries> AnalyticsRepository::mentionsPerDay(QDate from, QDate to) const
{
    // Counted per UTC hour in SQL, then put on the local day of that hour.
    SqlQuery q(m_db, QStringLiteral("SELECT network, SUBSTR(occurred_at, 1, 13), COUNT(*) FROM mentions "
                                    "WHERE occurred_at >= :from AND occurred_at < :to AND superseded_by IS NULL "
                                    "GROUP BY network, SUBSTR(occurred_at, 1, 13)"));
    q.bind(QStringLiteral(":from"), rangeStartUtc(from)).bind(QStringLiteral(":to"), rangeEndUtc(to)).exec();
    QMap<QString, DailySeries> result;
    while (q.next()) {
        const QDateTime hour = IsoTime::parseUtc(QString(q.text(1) + QStringLiteral(":00:00Z")));
        result[q.text(0)][hour.toTimeZone(m_zone).date()] += q.value(2).toDouble();
    }
    return result;
}

QVector<AnalyticsRepository::Ranked> AnalyticsRepository::topMentionAuthors(QDate from, QDate to, int limit) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT COALESCE(NULLIF(author, ''), author_handle) AS who, SUM(reach), COUNT(*) FROM mentions "
                                    "WHERE occurred_at >= :from AND occurred_at < :to AND superseded_by IS NULL "
                                    "AND COALESCE(NULLIF(author, ''), author_handle) IS NOT NULL "
                                    "GROUP BY COALESCE(NULLIF(author, ''), author_handle) ORDER BY 2 DESC, 3 DESC, 1 LIMIT :limit"));
    q.bind(QStringLiteral(":from"), rangeStartUtc(from)).bind(QStringLiteral(":to"), rangeEndUtc(to)).bind(QStringLiteral(":limit"), limit).exec();
    QVector<Ranked> result;
    while (q.next())
        result.append({q.text(0), q.value(1).toDouble(), q.value(2).toLongLong()});
    return result;
}

QVector<AnalyticsRepository::Ranked> AnalyticsRepository::topMentionSources(QDate from, QDate to, int limit) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT COALESCE(NULLIF(domain, ''), NULLIF(source_name, ''), network) AS source, SUM(reach), COUNT(*) "
                                    "FROM mentions WHERE occurred_at >= :from AND occurred_at < :to AND superseded_by IS NULL "
                                    "GROUP BY COALESCE(NULLIF(domain, ''), NULLIF(source_name, ''), network) ORDER BY 3 DESC, 2 DESC, 1 LIMIT :limit"));
    q.bind(QStringLiteral(":from"), rangeStartUtc(from)).bind(QStringLiteral(":to"), rangeEndUtc(to)).bind(QStringLiteral(":limit"), limit).exec();
    QVector<Ranked> result;
    while (q.next())
        result.append({q.text(0), q.value(1).toDouble(), q.value(2).toLongLong()});
    return result;
}

} // namespace Beamline
