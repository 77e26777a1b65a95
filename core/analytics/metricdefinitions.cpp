// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricdefinitions.h"

#include <cmath>

namespace Beamline {

const QList<MetricDefinition> &MetricDefinitions::all()
{
    using D = MetricDirection;
    using U = MetricUnit;
    static const QList<MetricDefinition> definitions = {
        // Per channel and period (`stats` → channels.*).
        {QStringLiteral("posts"), D::Neutral, U::Count}, // effort, not impact
        {QStringLiteral("impressions"), D::HigherIsBetter, U::Count},
        {QStringLiteral("likes"), D::HigherIsBetter, U::Count},
        {QStringLiteral("comments"), D::HigherIsBetter, U::Count},
        {QStringLiteral("shares"), D::HigherIsBetter, U::Count},
        {QStringLiteral("interactions"), D::HigherIsBetter, U::Count},
        {QStringLiteral("engagement_rate"), D::HigherIsBetter, U::Rate},
        {QStringLiteral("followers_gained"), D::HigherIsBetter, U::Count},
        {QStringLiteral("followers_per_day"), D::HigherIsBetter, U::PerDay},
        {QStringLiteral("story_views"), D::HigherIsBetter, U::Count},
        {QStringLiteral("mentions"), D::HigherIsBetter, U::Count},
        {QStringLiteral("mentions_share"), D::HigherIsBetter, U::Rate},
        // Daily account metrics.
        {QStringLiteral("followers_lost"), D::LowerIsBetter, U::Count},
        {QStringLiteral("profile_visits"), D::HigherIsBetter, U::Count},
        {QStringLiteral("reach"), D::HigherIsBetter, U::Count},
        {QStringLiteral("views"), D::HigherIsBetter, U::Count},
        {QStringLiteral("video_views"), D::HigherIsBetter, U::Count},
        // The website (`stats` → web.*).
        {QStringLiteral("sessions"), D::HigherIsBetter, U::Count},
        {QStringLiteral("users"), D::HigherIsBetter, U::Count},
        {QStringLiteral("pageviews"), D::HigherIsBetter, U::Count},
        {QStringLiteral("avg_session_seconds"), D::HigherIsBetter, U::Seconds},
        {QStringLiteral("bounce_rate"), D::LowerIsBetter, U::Rate},
        {QStringLiteral("exit_rate"), D::LowerIsBetter, U::Rate},
        // Mentions by sentiment.
        {QStringLiteral("negative_mentions"), D::LowerIsBetter, U::Count},
        {QStringLiteral("positive_mentions"), D::HigherIsBetter, U::Count},
    };
    return definitions;
}

std::optional<MetricDefinition> MetricDefinitions::find(QStringView key)
{
    for (const MetricDefinition &d : all()) {
        if (d.key == key)
            return d;
    }
    return std::nullopt;
}

MetricDirection MetricDefinitions::direction(QStringView key)
{
    const auto definition = find(key);
    return definition ? definition->direction : MetricDirection::Neutral;
}

MetricDefinitions::Verdict MetricDefinitions::judge(QStringView key, std::optional<double> current, std::optional<double> previous,
                                                    double tolerance)
{
    if (!current || !previous)
        return Verdict::Neutral;
    const double delta = *current - *previous;
    const double relative = *previous != 0 ? delta / std::abs(*previous) : (delta != 0 ? (delta > 0 ? 1.0 : -1.0) : 0.0);
    if (std::abs(relative) < tolerance)
        return Verdict::Neutral;
    switch (direction(key)) {
    case MetricDirection::HigherIsBetter: return relative > 0 ? Verdict::Better : Verdict::Worse;
    case MetricDirection::LowerIsBetter: return relative < 0 ? Verdict::Better : Verdict::Worse;
    case MetricDirection::Neutral: return Verdict::Neutral;
    }
    return Verdict::Neutral;
}

} // namespace Beamline
