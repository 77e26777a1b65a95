// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analyticsrepository.h"

#include <QJsonArray>
#include <QTimeZone>
#include <QVector>

#include <optional>

namespace Beamline {

// One cell of a channel's weekday × hour grid: the feed posts published in that hour of that
// weekday (the workspace's zone) and the median of their engagement rates.
struct TimingCell {
    Platform platform = Platform::Other;
    int weekday = 1; // 1 = Monday … 7 = Sunday
    int hour = 0;    // 0…23
    int posts = 0;
    double medianEngagementRate = 0;

    // A cell with fewer posts than this is shown but not ranked (greyed in the grid).
    static constexpr int MinimumPosts = 3;
    bool enough() const { return posts >= MinimumPosts; }
};

// "Best time to post", from the workspace's own published posts (docs/metrics.md, Timing).
namespace BestTimes {

// The cells that hold at least one post with an engagement rate (feed posts whose effective
// impressions are above 0 and that have interaction figures), by platform, weekday and hour.
QVector<TimingCell> cells(const QVector<PostMetrics> &posts, const QTimeZone &zone, std::optional<Platform> only = std::nullopt);

// The cells of an analytics range; the range and zone are the repository's.
QVector<TimingCell> cells(const AnalyticsRepository &analytics, QDate from, QDate to, const QTimeZone &zone,
                          std::optional<Platform> only = std::nullopt);

// The middle value, or the mean of the two middle values; nullopt for no values.
std::optional<double> median(QVector<double> values);

// Where a weekday and hour stand among a platform's cells with enough posts: 1 = best;
// nullopt when that cell has too few posts to rank.
struct Rank {
    int rank = 0;
    int of = 0;
};
std::optional<Rank> rank(const QVector<TimingCell> &cells, Platform platform, int weekday, int hour);

// [{"channel","weekday","hour","posts","median_engagement_rate"}], as `beamline best-times` prints.
QJsonArray toJson(const QVector<TimingCell> &cells);

} // namespace BestTimes

} // namespace Beamline
