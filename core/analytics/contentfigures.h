// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/analytics/analyticsrepository.h>
#include <core/domain/entities.h>

#include <QMap>
#include <QSet>
#include <QTimeZone>
#include <QVector>

#include <optional>

namespace Beamline {

// A series' episodes in a range: an episode is a local day on which the series published,
// its interactions summed over the series' posts of that day on every channel.
struct SeriesEpisodes {
    qint64 seriesId = 0;
    QString name;
    QMap<QDate, double> episodes;
    double median = 0; // of the episodes' interactions
};

// A content pillar's posts in a range (pillarId 0: posts without a pillar).
struct PillarFigures {
    qint64 pillarId = 0;
    int posts = 0;
    double interactions = 0;
    double interactionsPerPost = 0; // rounded to a whole interaction, as the chart shows it
    // Σ interactions ÷ Σ impressions over the pillar's posts that have impressions; empty
    // when none has.
    std::optional<double> engagementRate;
};

// Which posts a per-post view shows: empty or 0 means every one.
struct PostFilter {
    QSet<Platform> platforms;
    qint64 seriesId = 0;
    qint64 pillarId = 0;
    qint64 campaignId = 0;

    bool accepts(const PostMetrics &post) const;
};

// The per-post figures of the Series and Pillars views, computed from the posts of a range
// (AnalyticsRepository::posts). Only feed posts with interactions count; stories do not.
namespace ContentFigures {

// The median of the values (the mean of the middle two for an even count); 0 when empty.
double median(QVector<double> values);

// The series in `all`'s order that have episodes among `posts`. `platforms` empty: every
// channel; `onlySeries` 0: every series.
QVector<SeriesEpisodes> seriesEpisodes(const QVector<PostMetrics> &posts, const QVector<Series> &all, const QTimeZone &zone,
                                       const QSet<Platform> &platforms = {}, qint64 onlySeries = 0);

// By pillar id, in id order (0, posts without a pillar, first).
QMap<qint64, PillarFigures> pillars(const QVector<PostMetrics> &posts, const QSet<Platform> &platforms = {});

// The feed posts with interaction figures that pass `filter`, most interactions first (posts
// with as many keep their order): the top-posts chart.
QVector<PostMetrics> topPosts(QVector<PostMetrics> posts, const PostFilter &filter = {});

} // namespace ContentFigures

} // namespace Beamline
