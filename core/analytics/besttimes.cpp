// SPDX-License-Identifier: GPL-3.0-or-later
#include "besttimes.h"

#include <QJsonObject>
#include <QMap>

#include <algorithm>
#include <tuple>

namespace Beamline::BestTimes {

std::optional<double> median(QVector<double> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 == 1 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

QVector<TimingCell> cells(const QVector<PostMetrics> &posts, const QTimeZone &zone, std::optional<Platform> only)
{
    // (platform, weekday, hour) → the engagement rate of each post published then.
    QMap<std::tuple<int, int, int>, QVector<double>> rates;
    for (const PostMetrics &p : posts) {
        if (p.story || !p.published.isValid() || !p.hasInteractions() || !p.impressions || *p.impressions <= 0)
            continue;
        if (only && p.platform != *only)
            continue;
        const QDateTime local = p.published.toTimeZone(zone);
        rates[{int(p.platform), local.date().dayOfWeek(), local.time().hour()}].append(p.interactions() / *p.impressions);
    }
    QVector<TimingCell> result;
    result.reserve(rates.size());
    for (auto it = rates.cbegin(); it != rates.cend(); ++it) {
        TimingCell cell;
        cell.platform = Platform(std::get<0>(it.key()));
        cell.weekday = std::get<1>(it.key());
        cell.hour = std::get<2>(it.key());
        cell.posts = int(it.value().size());
        cell.medianEngagementRate = *median(it.value());
        result.append(cell);
    }
    return result;
}

QVector<TimingCell> cells(const AnalyticsRepository &analytics, QDate from, QDate to, const QTimeZone &zone, std::optional<Platform> only)
{
    return cells(analytics.posts(from, to), zone, only);
}

std::optional<Rank> rank(const QVector<TimingCell> &cells, Platform platform, int weekday, int hour)
{
    std::optional<double> own;
    QVector<double> rates;
    for (const TimingCell &c : cells) {
        if (c.platform != platform || !c.enough())
            continue;
        rates.append(c.medianEngagementRate);
        if (c.weekday == weekday && c.hour == hour)
            own = c.medianEngagementRate;
    }
    if (!own)
        return std::nullopt;
    // Ties share the better rank.
    const int better = int(std::count_if(rates.cbegin(), rates.cend(), [&](double r) { return r > *own; }));
    return Rank{better + 1, int(rates.size())};
}

QJsonArray toJson(const QVector<TimingCell> &cells)
{
    QJsonArray out;
    for (const TimingCell &c : cells) {
        out.append(QJsonObject{{QStringLiteral("channel"), Platforms::key(c.platform)},
                               {QStringLiteral("weekday"), c.weekday},
                               {QStringLiteral("hour"), c.hour},
                               {QStringLiteral("posts"), c.posts},
                               {QStringLiteral("median_engagement_rate"), c.medianEngagementRate}});
    }
    return out;
}

} // namespace Beamline::BestTimes
