// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentfigures.h"

#include <algorithm>
#include <cmath>

namespace Beamline {

bool PostFilter::accepts(const PostMetrics &p) const
{
    return (platforms.isEmpty() || platforms.contains(p.platform)) && (!seriesId || p.seriesId == seriesId)
        && (!pillarId || p.pillarId == pillarId) && (!campaignId || p.campaignId == campaignId);
}

namespace ContentFigures {

double median(QVector<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2;
}

QVector<SeriesEpisodes> seriesEpisodes(const QVector<PostMetrics> &posts, const QVector<Series> &all, const QTimeZone &zone,
                                       const QSet<Platform> &platforms, qint64 onlySeries)
{
    QMap<qint64, QMap<QDate, double>> bySeries;
    for (const PostMetrics &p : posts) {
        if (p.seriesId && !p.story && p.hasInteractions() && (platforms.isEmpty() || platforms.contains(p.platform)))
            bySeries[p.seriesId][p.published.toTimeZone(zone).date()] += p.interactions();
    }
    QVector<SeriesEpisodes> result;
    for (const Series &s : all) {
        if (!bySeries.contains(s.id) || (onlySeries && onlySeries != s.id))
            continue;
        SeriesEpisodes episodes;
        episodes.seriesId = s.id;
        episodes.name = s.name;
        episodes.episodes = bySeries.value(s.id);
        episodes.median = median(episodes.episodes.values().toVector());
        result.append(episodes);
    }
    return result;
}

QMap<qint64, PillarFigures> pillars(const QVector<PostMetrics> &posts, const QSet<Platform> &platforms)
{
    struct Sums {
        double rated = 0; // interactions of the posts with impressions
        double impressions = 0;
    };
    QMap<qint64, PillarFigures> result;
    QMap<qint64, Sums> sums;
    for (const PostMetrics &p : posts) {
        if (p.story || !p.hasInteractions() || (!platforms.isEmpty() && !platforms.contains(p.platform)))
            continue;
        PillarFigures &f = result[p.pillarId];
        f.pillarId = p.pillarId;
        f.interactions += p.interactions();
        ++f.posts;
        if (p.impressions) {
            sums[p.pillarId].rated += p.interactions();
            sums[p.pillarId].impressions += *p.impressions;
        }
    }
    for (auto it = result.begin(); it != result.end(); ++it) {
        it->interactionsPerPost = std::round(it->interactions / it->posts);
        const Sums s = sums.value(it.key());
        if (s.impressions > 0)
            it->engagementRate = s.rated / s.impressions;
    }
    return result;
}

QVector<PostMetrics> topPosts(QVector<PostMetrics> posts, const PostFilter &filter)
{
    posts.erase(std::remove_if(posts.begin(), posts.end(),
                               [&](const PostMetrics &p) { return p.story || !p.hasInteractions() || !filter.accepts(p); }),
                posts.end());
    std::stable_sort(posts.begin(), posts.end(),
                     [](const PostMetrics &a, const PostMetrics &b) { return a.interactions() > b.interactions(); });
    return posts;
}

} // namespace ContentFigures

} // namespace Beamline
