// SPDX-License-Identifier: GPL-3.0-or-later
#include "figuresjson.h"

#include <core/domain/isotime.h>

#include <QJsonArray>
#include <QSet>

namespace Beamline::FiguresJson {

namespace {

QJsonValue json(std::optional<double> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue json(std::optional<qint64> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject webJson(const WebStats &w, bool full)
{
    QJsonObject o{{QStringLiteral("sessions"), json(w.sessions)},
                  {QStringLiteral("users"), json(w.users)},
                  {QStringLiteral("avg_session_seconds"), json(w.avgSessionSeconds)},
                  {QStringLiteral("bounce_rate"), json(w.bounceRate)}};
    if (full) {
        o.insert(QStringLiteral("exit_rate"), json(w.exitRate));
        o.insert(QStringLiteral("pageviews"), json(w.pageviews));
    }
    return o;
}

// The channel keys every day lists, null when nothing is stored; other stored daily metrics follow.
const QStringList &dayChannelKeys()
{
    static const QStringList keys = {
        QStringLiteral("posts"), QStringLiteral("followers_gained"), QStringLiteral("followers_lost"), QStringLiteral("views"),
        QStringLiteral("impressions"), QStringLiteral("profile_visits"), QStringLiteral("story_views"), QStringLiteral("mentions"),
    };
    return keys;
}

QStringList channelKeysOf(const DailyFigures &figures)
{
    QStringList keys = dayChannelKeys();
    QStringList extra;
    for (const DayFigures &day : figures.days) {
        for (const auto &channel : day.channels) {
            for (auto it = channel.cbegin(); it != channel.cend(); ++it) {
                if (!keys.contains(it.key()) && !extra.contains(it.key()))
                    extra.append(it.key());
            }
        }
    }
    extra.sort();
    return keys + extra;
}

QString csvCell(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString csvNumber(std::optional<double> value)
{
    return value ? QString::number(*value, 'g', 15) : QString();
}

} // namespace

QJsonObject stats(const PeriodStats &s)
{
    QJsonObject channels;
    for (const ChannelStats &c : s.channels) {
        channels.insert(Platforms::key(c.platform),
                        QJsonObject{{QStringLiteral("posts"), c.posts},
                                    {QStringLiteral("impressions"), json(c.impressions)},
                                    {QStringLiteral("likes"), json(c.likes)},
                                    {QStringLiteral("comments"), json(c.comments)},
                                    {QStringLiteral("shares"), json(c.shares)},
                                    {QStringLiteral("interactions"), json(c.interactions)},
                                    {QStringLiteral("engagement_rate"), json(c.engagementRate)},
                                    {QStringLiteral("followers_gained"), json(c.followersGained)},
                                    {QStringLiteral("followers_per_day"), json(c.followersPerDay)},
                                    {QStringLiteral("story_views"), json(c.storyViews)},
                                    {QStringLiteral("mentions"), json(c.mentions)},
                                    {QStringLiteral("mentions_share"), json(c.mentionsShare)}});
    }
    QJsonObject web = webJson(s.web.site, true);
    QJsonObject byChannel;
    for (auto it = s.web.byChannel.cbegin(); it != s.web.byChannel.cend(); ++it)
        byChannel.insert(Platforms::key(it.key()), webJson(it.value(), false));
    web.insert(QStringLiteral("by_channel"), byChannel);
    web.insert(QStringLiteral("site_report"), s.web.siteReport.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.web.siteReport));
    QJsonArray top;
    for (const TopPost &t : s.topPosts) {
        top.append(QJsonObject{{QStringLiteral("channel"), Platforms::key(t.platform)},
                               {QStringLiteral("id"), t.externalId},
                               {QStringLiteral("published"), IsoTime::utc(t.published)},
                               {QStringLiteral("text"), t.text},
                               {QStringLiteral("interactions"), t.interactions}});
    }
    QJsonObject networks;
    for (auto it = s.mentions.byNetwork.cbegin(); it != s.mentions.byNetwork.cend(); ++it)
        networks.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("from"), IsoTime::day(s.from)},
                       {QStringLiteral("to"), IsoTime::day(s.to)},
                       {QStringLiteral("days"), s.days},
                       {QStringLiteral("channels"), channels},
                       {QStringLiteral("mentions"), QJsonObject{{QStringLiteral("total"), s.mentions.total},
                                                                {QStringLiteral("positive"), s.mentions.positive},
                                                                {QStringLiteral("neutral"), s.mentions.neutral},
                                                                {QStringLiteral("negative"), s.mentions.negative},
                                                                {QStringLiteral("unrated"), s.mentions.unrated},
                                                                {QStringLiteral("by_network"), networks}}},
                       {QStringLiteral("web"), web},
                       {QStringLiteral("top_posts"), top}};
}

QJsonObject daily(const DailyFigures &figures)
{
    const QStringList keys = channelKeysOf(figures);
    QJsonArray days;
    for (const DayFigures &day : figures.days) {
        QJsonObject channels;
        for (auto channel = day.channels.cbegin(); channel != day.channels.cend(); ++channel) {
            QJsonObject values;
            for (const QString &key : keys)
                values.insert(key, json(channel->value(key)));
            channels.insert(Platforms::key(channel.key()), values);
        }
        QJsonObject web = webJson(day.web, true);
        QJsonObject byChannel;
        for (auto it = day.webByChannel.cbegin(); it != day.webByChannel.cend(); ++it)
            byChannel.insert(Platforms::key(it.key()), webJson(it.value(), false));
        web.insert(QStringLiteral("by_channel"), byChannel);
        days.append(QJsonObject{{QStringLiteral("day"), IsoTime::day(day.day)}, {QStringLiteral("channels"), channels}, {QStringLiteral("web"), web}});
    }
    return QJsonObject{{QStringLiteral("from"), IsoTime::day(figures.from)}, {QStringLiteral("to"), IsoTime::day(figures.to)},
                       {QStringLiteral("days"), days}};
}

QString dailyCsv(const DailyFigures &figures)
{
    const QStringList keys = channelKeysOf(figures);
    const QStringList webKeys = {QStringLiteral("web_sessions"), QStringLiteral("web_users"), QStringLiteral("web_pageviews"),
                                 QStringLiteral("web_bounce_rate"), QStringLiteral("web_avg_session_seconds"),
                                 QStringLiteral("web_sessions_from_channel")};
    QString out = (QStringList{QStringLiteral("day"), QStringLiteral("channel")} + keys + webKeys).join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const DayFigures &day : figures.days) {
        QList<Platform> platforms = day.channels.keys();
        for (auto it = day.webByChannel.cbegin(); it != day.webByChannel.cend(); ++it) {
            if (!platforms.contains(it.key()))
                platforms.append(it.key());
        }
        std::sort(platforms.begin(), platforms.end());
        if (platforms.isEmpty())
            platforms.append(Platform::Other); // a day with only the site's figures
        for (Platform platform : std::as_const(platforms)) {
            const bool none = platform == Platform::Other && !day.channels.contains(platform);
            QStringList row = {IsoTime::day(day.day), none ? QString() : Platforms::key(platform)};
            const auto values = day.channels.value(platform);
            for (const QString &key : keys)
                row.append(csvNumber(values.value(key)));
            row += {csvNumber(day.web.sessions), csvNumber(day.web.users), csvNumber(day.web.pageviews), csvNumber(day.web.bounceRate),
                    csvNumber(day.web.avgSessionSeconds), csvNumber(day.webByChannel.value(platform).sessions)};
            for (QString &cell : row)
                cell = csvCell(cell);
            out += row.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        }
    }
    return out;
}

} // namespace Beamline::FiguresJson
