// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdata.h"

#include <core/db/campaignrepository.h>
#include <core/db/eventmarkerrepository.h>
#include <core/db/importbatchrepository.h>
#include <core/db/pillarrepository.h>
#include <core/db/seriesrepository.h>

#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Beamline {

namespace {

// The Overview's figures per channel, in its order.
const char *const ChannelMetrics[]
    = { "posts", "interactions", "engagement_rate", "followers_per_day", "story_views", "mentions", "sessions" };
const char *const SiteMetrics[] = { "sessions", "users", "avg_session_seconds", "bounce_rate", "exit_rate" };

std::optional<double> webValue(const WebStats &w, const QString &metric)
{
    if (metric == QLatin1String("sessions"))
        return w.sessions;
    if (metric == QLatin1String("users"))
        return w.users;
    if (metric == QLatin1String("avg_session_seconds"))
        return w.avgSessionSeconds;
    if (metric == QLatin1String("bounce_rate"))
        return w.bounceRate;
    if (metric == QLatin1String("exit_rate"))
        return w.exitRate;
    return std::nullopt;
}

MetricUnit unitOf(const QString &metric)
{
    const auto definition = MetricDefinitions::find(metric);
    return definition ? definition->unit : MetricUnit::Count;
}

QString elided(const QString &text, int length)
{
    const QString t = text.simplified();
    return t.size() <= length ? t : t.left(length - 1) + QChar(0x2026);
}

std::optional<double> sum(const PeriodStats &s, std::optional<double> ChannelStats::*member)
{
    std::optional<double> total;
    for (const ChannelStats &c : s.channels) {
        if (c.*member)
            total = total.value_or(0) + *(c.*member);
    }
    return total;
}

} // namespace

std::optional<double> ReportBuilder::channelValue(const PeriodStats &s, Platform platform, const QString &metric)
{
    if (metric == QLatin1String("sessions")) {
        const auto web = s.web.byChannel.constFind(platform);
        return web == s.web.byChannel.cend() ? std::nullopt : web->sessions;
    }
    const auto found = s.channels.constFind(platform);
    if (found == s.channels.cend())
        return std::nullopt;
    const ChannelStats &c = *found;
    if (metric == QLatin1String("posts"))
        return double(c.posts);
    if (metric == QLatin1String("interactions"))
        return c.interactions;
    if (metric == QLatin1String("engagement_rate"))
        return c.engagementRate;
    if (metric == QLatin1String("followers_per_day"))
        return c.followersPerDay;
    if (metric == QLatin1String("story_views"))
        return c.storyViews;
    if (metric == QLatin1String("mentions"))
        return c.mentions ? std::optional<double>(double(*c.mentions)) : std::nullopt;
    return std::nullopt;
}

std::optional<double> ReportBuilder::siteValue(const PeriodStats &s, const QString &metric)
{
    return webValue(s.web.site, metric);
}

std::optional<double> ReportBuilder::instagramWebValue(const PeriodStats &s, const QString &metric)
{
    if (metric == QLatin1String("site_avg_session_seconds"))
        return s.web.site.avgSessionSeconds;
    if (metric == QLatin1String("sessions") || metric == QLatin1String("avg_session_seconds")) {
        const auto web = s.web.byChannel.constFind(Platform::Instagram);
        return web == s.web.byChannel.cend() ? std::nullopt : webValue(*web, metric);
    }
    return channelValue(s, Platform::Instagram, metric);
}

QString ReportBuilder::format(std::optional<double> value, MetricUnit unit)
{
    if (!value)
        return tr("no data");
    const QLocale locale;
    switch (unit) {
    case MetricUnit::Count:
        return locale.toString(*value, 'f', 0);
    case MetricUnit::PerDay:
        return tr("%1/day").arg(locale.toString(*value, 'f', std::abs(*value) < 10 ? 1 : 0));
    case MetricUnit::Rate:
        return tr("%1 %").arg(locale.toString(*value * 100, 'f', 1));
    case MetricUnit::Seconds: {
        const int s = qRound(*value);
        return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    }
    }
    return {};
}

FigureCard ReportBuilder::card(const QString &metric, std::optional<double> value, std::optional<double> previous, bool comparing)
{
    FigureCard c;
    c.metric = metric;
    c.title = MetricDefinitions::title(metric);
    c.value = value;
    c.previous = previous;
    const MetricUnit unit = unitOf(metric);
    c.valueText = format(value, unit);
    if (!comparing || !value || !previous)
        return c;
    c.verdict = MetricDefinitions::judge(metric, value, previous);
    const Change change = Change::between(value, previous);
    if (change.relative) {
        const double pct = *change.relative * 100;
        const QString arrow = pct >= 0.5 ? QStringLiteral("▲") : pct <= -0.5 ? QStringLiteral("▼") : QStringLiteral("=");
        c.changeText = tr("vs %1, %2 %3%4 %")
                           .arg(format(previous, unit), arrow, pct >= 0.5 ? QStringLiteral("+") : QString(),
                                QLocale().toString(qRound(pct)));
    } else {
        c.changeText = tr("vs %1").arg(format(previous, unit));
    }
    return c;
}

QStringList ReportBuilder::sentences(const PeriodStats &stats, const std::optional<PeriodStats> &previous)
{
    QStringList result;
    const QLocale locale;
    // The channel whose followers a day rose the most against the comparison (the news), else
    // the one that gained the most a day.
    const ChannelStats *growing = nullptr;
    double bestRise = 0;
    for (const ChannelStats &c : stats.channels) {
        const std::optional<double> before
            = previous ? ReportBuilder::channelValue(*previous, c.platform, QStringLiteral("followers_per_day")) : std::nullopt;
        if (!c.followersPerDay || !before || *before <= 0)
            continue;
        const double rise = *c.followersPerDay / *before;
        if (!growing || rise > bestRise) {
            growing = &c;
            bestRise = rise;
        }
    }
    const bool rose = growing != nullptr;
    for (const ChannelStats &c : stats.channels) {
        if (!rose && c.followersPerDay && (!growing || *c.followersPerDay > *growing->followersPerDay))
            growing = &c;
    }
    if (growing) {
        const QString name = Platforms::displayName(growing->platform);
        const double now = *growing->followersPerDay;
        const std::optional<double> before = previous
            ? ReportBuilder::channelValue(*previous, growing->platform, QStringLiteral("followers_per_day"))
            : std::nullopt;
        result.append(before ? tr("%1 gained %2 followers a day against %3.")
                                   .arg(name, locale.toString(now, 'f', 0), locale.toString(*before, 'f', 0))
                             : tr("%1 gained %2 followers a day.").arg(name, locale.toString(now, 'f', 0)));
    }
    // The channel that sent the most visits, and how long they lasted against the site's.
    auto sending = stats.web.byChannel.cend();
    for (auto it = stats.web.byChannel.cbegin(); it != stats.web.byChannel.cend(); ++it) {
        if (it->sessions && it->avgSessionSeconds
            && (sending == stats.web.byChannel.cend() || *it->sessions > *sending->sessions))
            sending = it;
    }
    if (sending != stats.web.byChannel.cend() && stats.web.site.avgSessionSeconds) {
        result.append(tr("Visits from %1 lasted %2 against %3 for the whole site.")
                          .arg(Platforms::displayName(sending.key()), format(sending->avgSessionSeconds, MetricUnit::Seconds),
                               format(stats.web.site.avgSessionSeconds, MetricUnit::Seconds)));
    }
    // Effort and response over every channel.
    qint64 posts = 0;
    for (const ChannelStats &c : stats.channels)
        posts += c.posts;
    const std::optional<double> interactions = sum(stats, &ChannelStats::interactions);
    if (posts > 0 && interactions) {
        const std::optional<double> before = previous ? sum(*previous, &ChannelStats::interactions) : std::nullopt;
        const Change change = Change::between(interactions, before);
        QString sentence = tr("The %Ln post(s) of the period drew %1 interactions", nullptr, int(posts))
                               .arg(locale.toString(*interactions, 'f', 0));
        if (change.relative)
            sentence = tr("%1, %2 against the comparison period.")
                           .arg(sentence,
                                tr("%1%2 %").arg(*change.relative >= 0 ? QStringLiteral("+") : QString(),
                                                 locale.toString(qRound(*change.relative * 100))));
        else
            sentence += QLatin1Char('.');
        result.append(sentence);
    }
    if (stats.mentions.total > 0) {
        const qint64 rated = stats.mentions.positive + stats.mentions.neutral + stats.mentions.negative;
        if (rated > 0)
            result.append(
                tr("%Ln mention(s), %1 % of the rated ones positive and %2 % negative.", nullptr, int(stats.mentions.total))
                    .arg(locale.toString(qRound(100.0 * stats.mentions.positive / rated)),
                         locale.toString(qRound(100.0 * stats.mentions.negative / rated))));
        else
            result.append(tr("%Ln mention(s), none rated.", nullptr, int(stats.mentions.total)));
    }
    if (result.size() < 4 && !stats.topPosts.isEmpty()) {
        const TopPost &top = stats.topPosts.first();
        result.append(
            tr("The top post, on %1, drew %2 interactions: “%3”.")
                .arg(Platforms::displayName(top.platform), locale.toString(top.interactions, 'f', 0), elided(top.text, 60)));
    }
    return result.mid(0, 4);
}

QStringList ReportBuilder::campaignNames(const QSqlDatabase &db)
{
    QStringList names;
    for (const Campaign &c : CampaignRepository(db).all())
        names.append(c.name);
    return names;
}

bool ReportBuilder::findCampaign(const QSqlDatabase &db, const QString &name, QDate *startsOn, QDate *endsOn)
{
    for (const Campaign &c : CampaignRepository(db).all()) {
        if (c.name.compare(name, Qt::CaseInsensitive) == 0 || c.hashtag.compare(name, Qt::CaseInsensitive) == 0
            || c.hashtag.compare(QString(QLatin1Char('#') + name), Qt::CaseInsensitive) == 0) {
            if (startsOn)
                *startsOn = c.startsOn;
            if (endsOn)
                *endsOn = c.endsOn;
            return true;
        }
    }
    return false;
}

namespace {

QVector<CardGroup> cardGroups(const PeriodStats &stats, const std::optional<PeriodStats> &previous)
{
    QVector<CardGroup> groups;
    const bool comparing = previous.has_value();
    QSet<Platform> platforms;
    for (auto it = stats.channels.cbegin(); it != stats.channels.cend(); ++it)
        platforms.insert(it.key());
    for (auto it = stats.web.byChannel.cbegin(); it != stats.web.byChannel.cend(); ++it)
        platforms.insert(it.key());
    QList<Platform> ordered(platforms.cbegin(), platforms.cend());
    std::sort(ordered.begin(), ordered.end());
    for (Platform platform : std::as_const(ordered)) {
        CardGroup group;
        group.title = Platforms::displayName(platform);
        for (const char *key : ChannelMetrics) {
            const QString metric = QString::fromLatin1(key);
            const std::optional<double> value = ReportBuilder::channelValue(stats, platform, metric);
            if (!value)
                continue;
            const std::optional<double> before
                = previous ? ReportBuilder::channelValue(*previous, platform, metric) : std::nullopt;
            group.cards.append(ReportBuilder::card(metric, value, before, comparing));
        }
        if (!group.cards.isEmpty())
            groups.append(group);
    }
    if (stats.web.site.hasData()) {
        CardGroup web;
        web.title = ReportBuilder::tr("Website");
        for (const char *key : SiteMetrics) {
            const QString metric = QString::fromLatin1(key);
            const std::optional<double> value = webValue(stats.web.site, metric);
            if (value)
                web.cards.append(ReportBuilder::card(metric, value,
                                                     previous ? webValue(previous->web.site, metric) : std::nullopt, comparing));
        }
        groups.append(web);
    }
    return groups;
}

QVector<FigureCard> instagramAndWeb(const PeriodStats &stats, const std::optional<PeriodStats> &previous)
{
    const bool comparing = previous.has_value();
    const auto ig = &ReportBuilder::instagramWebValue;
    QVector<FigureCard> cards;
    for (const QString &metric :
         { QStringLiteral("followers_per_day"), QStringLiteral("story_views"), QStringLiteral("interactions"),
           QStringLiteral("sessions"), QStringLiteral("avg_session_seconds") }) {
        const std::optional<double> value = ig(stats, metric);
        if (value)
            cards.append(ReportBuilder::card(metric, value, previous ? ig(*previous, metric) : std::nullopt, comparing));
    }
    if (cards.isEmpty() || !stats.web.site.avgSessionSeconds)
        return cards;
    // The site's visit length beside Instagram's: how long visitors from Instagram stay.
    FigureCard site = ReportBuilder::card(QStringLiteral("avg_session_seconds"), stats.web.site.avgSessionSeconds,
                                          previous ? previous->web.site.avgSessionSeconds : std::nullopt, comparing);
    site.title = ReportBuilder::tr("Visit length, whole site");
    for (FigureCard &c : cards) {
        if (c.metric == QLatin1String("sessions"))
            c.title = ReportBuilder::tr("Website visits from Instagram");
        else if (c.metric == QLatin1String("avg_session_seconds"))
            c.title = ReportBuilder::tr("Visit length from Instagram");
    }
    cards.append(site);
    return cards;
}

QVector<ReportPost> topPosts(const PeriodStats &stats, const QVector<PostMetrics> &posts)
{
    QHash<qint64, const PostMetrics *> byId;
    for (const PostMetrics &p : posts)
        byId.insert(p.platformPostId, &p);
    QVector<ReportPost> result;
    for (const TopPost &t : stats.topPosts) {
        ReportPost post;
        post.published = t.published;
        post.platform = t.platform;
        post.text = t.text;
        post.interactions = t.interactions;
        if (const PostMetrics *p = byId.value(t.platformPostId)) {
            post.likes = p->likes;
            post.comments = p->comments;
            post.shares = p->shares;
            post.impressions = p->impressions;
        }
        result.append(post);
    }
    return result;
}

QVector<ReportSource> sourcesOf(const QSqlDatabase &db, QDate from, QDate to)
{
    QVector<ReportSource> sources;
    for (const ImportBatch &b : ImportBatchRepository(db).all()) {
        // A batch without a known period may hold any day: it is listed.
        const bool meets = !b.periodStart.isValid() || !b.periodEnd.isValid() || (b.periodStart <= to && b.periodEnd >= from);
        if (b.status != ImportBatch::Status::Active || !meets)
            continue;
        ReportSource s;
        s.file = b.member.isEmpty() ? b.fileName : QStringLiteral("%1 ▸ %2").arg(b.fileName, b.member);
        s.format = b.format;
        s.periodStart = b.periodStart;
        s.periodEnd = b.periodEnd;
        s.exported = b.capturedAt;
        s.imported = b.importedAt;
        sources.append(s);
    }
    // Oldest import first: the order the figures were built in.
    std::reverse(sources.begin(), sources.end());
    return sources;
}

QVector<ReportDefinition> definitionsOf(const ReportData &data)
{
    QStringList keys;
    for (const CardGroup &g : data.cards) {
        for (const FigureCard &c : g.cards) {
            if (!keys.contains(c.metric))
                keys.append(c.metric);
        }
    }
    for (const FigureCard &c : data.instagramWeb) {
        if (!keys.contains(c.metric))
            keys.append(c.metric);
    }
    QVector<ReportDefinition> result;
    for (const QString &key : std::as_const(keys))
        result.append({ MetricDefinitions::title(key), MetricDefinitions::text(key) });
    result.append(
        { ReportBuilder::tr("Top posts"),
          ReportBuilder::tr(
              "Feed posts of the period with interaction figures, by interactions, then by publish time; at most 10.") });
    result.append(
        { ReportBuilder::tr("Series episode"),
          ReportBuilder::tr("A day on which a series published: the interactions of its posts that day on every channel, summed. "
                            "The series' median is the middle episode of the period.") });
    result.append(
        { ReportBuilder::tr("Interactions per post (pillars)"),
          ReportBuilder::tr("A pillar's interactions ÷ its feed posts with interaction figures, rounded; its engagement rate is "
                            "Σ interactions ÷ Σ impressions over its posts that have impressions.") });
    return result;
}

} // namespace

ReportData ReportBuilder::build(const QSqlDatabase &db, const QTimeZone &zone, const ReportRequest &request,
                                const QString &workspace, QDate reportDate)
{
    ReportData data;
    data.workspace = workspace;
    data.reportDate = reportDate;
    data.zone = zone;
    data.from = request.from;
    data.to = request.to;
    const AnalyticsRepository analytics(db, zone);
    data.stats = analytics.periodStats(request.from, request.to);
    if (request.compareFrom.isValid() && request.compareTo.isValid()) {
        data.compareFrom = request.compareFrom;
        data.compareTo = request.compareTo;
        data.previous = analytics.periodStats(request.compareFrom, request.compareTo);
    }
    const QVector<PostMetrics> posts = analytics.posts(request.from, request.to);
    if (!request.campaign.isEmpty()) {
        for (const Campaign &c : CampaignRepository(db).all()) {
            if (c.name.compare(request.campaign, Qt::CaseInsensitive) != 0
                && c.hashtag.compare(request.campaign, Qt::CaseInsensitive) != 0
                && c.hashtag.compare(QString(QLatin1Char('#') + request.campaign), Qt::CaseInsensitive) != 0)
                continue;
            data.campaignName = c.name;
            data.campaignHashtag = c.hashtag;
            data.campaignGoal = c.goal;
            data.campaignFrom = c.startsOn;
            data.campaignTo = c.endsOn;
            data.campaignPosts = int(std::count_if(posts.cbegin(), posts.cend(),
                                                   [&c](const PostMetrics &p) { return !p.story && p.campaignId == c.id; }));
            break;
        }
    }
    data.cards = cardGroups(data.stats, data.previous);
    data.instagramWeb = instagramAndWeb(data.stats, data.previous);
    data.sentences = sentences(data.stats, data.previous);
    data.topPosts = topPosts(data.stats, posts);
    data.series = ContentFigures::seriesEpisodes(posts, SeriesRepository(db).all(), zone);
    QHash<qint64, QString> pillarNames;
    for (const Pillar &p : PillarRepository(db).all())
        pillarNames.insert(p.id, p.name);
    const QMap<qint64, PillarFigures> pillars = ContentFigures::pillars(posts);
    for (auto it = pillars.cbegin(); it != pillars.cend(); ++it)
        data.pillars.append({ it.key() ? pillarNames.value(it.key(), tr("Unknown")) : tr("No pillar"), it.value() });
    for (const EventMarker &m : EventMarkerRepository(db).between(request.from, request.to))
        data.markers.append({ m.day, m.label });
    data.sources = sourcesOf(db, data.compareFrom.isValid() ? std::min(data.compareFrom, data.from) : data.from,
                             data.compareTo.isValid() ? std::max(data.compareTo, data.to) : data.to);
    data.definitions = definitionsOf(data);
    return data;
}

} // namespace Beamline
