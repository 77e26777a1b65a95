// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricdefinitions.h"

#include <QCoreApplication>

#include <cmath>

namespace Beamline {

const QList<MetricDefinition> &MetricDefinitions::all()
{
    using D = MetricDirection;
    using U = MetricUnit;
    static const QList<MetricDefinition> definitions = {
        // Per channel and period (`stats` → channels.*).
        {QStringLiteral("posts"), D::Neutral, U::Count, QT_TRANSLATE_NOOP("Beamline::MetricDefinitions", "Posts"),
         QT_TRANSLATE_NOOP("Beamline::MetricDefinitions", "Feed posts published in the range (stories are counted as story views).")}, // effort, not impact
        {QStringLiteral("impressions"), D::HigherIsBetter, U::Count, QT_TRANSLATE_NOOP("Beamline::MetricDefinitions", "Impressions"),
         QT_TRANSLATE_NOOP("Beamline::MetricDefinitions", "Σ effective impressions (impressions, else views) of the posts published in the range that have them.")},
        {QStringLiteral("likes"), D::HigherIsBetter, U::Count, QT_TRANSLATE_NOOP("Beamline::MetricDefinitions", "Likes"),
         QT_TRANSLATE_NOOP("Beamline::MetricDefinitions", "Likes, favourites and reactions of the posts published in the range, from each post's newest export.")},
        {QStringLiteral("comments"), D::HigherIsBetter, U::Count, QT_TRANSLATE_NOOP("Beamline::MetricDefinitions", "Comments"),
         QT_TRANSLATE_NOOP("Beamline::MetricDefinitions", "Comments and replies of the posts published in the range, from each post's newest export.")},
        {QStringLiteral("shares"), D::HigherIsBetter, U::Count, QT_TRANSLATE_NOOP("Beamline::MetricDefinitions", "Shares"),
         QT_TRANSLATE_NOOP("Beamline::MetricDefinitions", "Shares plus retweets and reposts of the posts published in the range, from each post's newest export.")},
        {QStringLiteral("interactions"), D::HigherIsBetter, U::Count, QT_TRANSLATE_NOOP("Beamline::MetricDefinitions", "Interactions"),
         QT_TRANSLATE_NOOP("Beamline::MetricDefinitions", "Likes + comments + shares of the posts published in the range, from each post's newest export.")},
        {QStringLiteral("engagement_rate"), D::HigherIsBetter, U::Rate, QT_TRANSLATE_NOOP("Beamline::MetricDefinitions", "Engagement rate"),
         QT_TRANSLATE_NOOP("Beamline::MetricDefinitions", "Σ interactions ÷ Σ impressions over the posts that have impressions (views where the platform counts views). Never a mean of per-post rates.")},
        {QStringLiteral("followers_gained"), D::HigherIsBetter, U::Count, QT_TRANSLATE_NOOP("Beamline::MetricDefinitions", "New followers"),
         QT_TRANSLATE_NOOP("Beamline::MetricDefinitions", "Σ new followers of the days in the range, from the account exports.")},
        {QStringLiteral("followers_per_day"), D::HigherIsBetter, U::PerDay, QT_TRANSLATE_NOOP("Beamline::MetricDefinitions", "Followers gained per day"),
         QT_TRANSLATE_NOOP("Beamline::MetricDefinitions", "Σ new followers in the range ÷ calendar days of the range; days an export left out count as zero.")},
        {QStringLiteral("story_views"), D::HigherIsBetter, U::Count, QT_TRANSLATE_NOOP("Beamline::MetricDefinitions", "Story views"),
         QT_TRANSLATE_NOOP("Beamline::MetricDefinitions", "Σ views (or impressions) of the stories published in the range.")},
        {QStringLiteral("mentions"), D::HigherIsBetter, U::Count, QT_TRANSLATE_NOOP("Beamline::MetricDefinitions", "Mentions"),
         QT_TRANSLATE_NOOP("Beamline::MetricDefinitions", "Mentions found on this network by the listening tools in the range.")},
        {QStringLiteral("mentions_share"), D::HigherIsBetter, U::Rate, QT_TRANSLATE_NOOP("Beamline::MetricDefinitions", "Share of mentions"),
         QT_TRANSLATE_NOOP("Beamline::MetricDefinitions", "This network's mentions ÷ all mentions of the range.")},
        // Daily account metrics.
        {QStringLiteral("followers_lost"), D::LowerIsBetter, U::Count, QT_TRANSLATE_NOOP("Beamline::MetricDefinitions", "Followers lost"),
         QT_TRANSLATE_NOOP("Beamline::MetricDefinitions", "Unfollows of the day, from the account exports.")},
        {QStringLiteral("profile_visits"), D::HigherIsBetter, U::Count, QT_TRANSLATE_NOOP("Beamline::MetricDefinitions", "Profile visits"),
         QT_TRANSLATE_NOOP("Beamline::MetricDefinitions", "Profile or page visits, from the account exports.")},
        {QStringLiteral("reach"), D::HigherIsBetter, U::Count, QT_TRANSLATE_NOOP("Beamline::MetricDefinitions", "Reach"),
         QT_TRANSLATE_NOOP("Beamline::MetricDefinitions", "Distinct accounts reached, as the platform counts them; it does not add up over days.")},
        {QStringLiteral("views"), D::HigherIsBetter, U::Count, QT_TRANSLATE_NOOP("Beamline::MetricDefinitions", "Views"),
         QT_TRANSLATE_NOOP("Beamline::MetricDefinitions", "Times the account's content was viewed where the platform counts views.")},
        {QStringLiteral("video_views"), D::HigherIsBetter, U::Count, QT_TRANSLATE_NOOP("Beamline::MetricDefinitions", "Video views"),
         QT_TRANSLATE_NOOP("Beamline::MetricDefinitions", "Video plays.")},
        // The website (`stats` → web.*).
        {QStringLiteral("sessions"), D::HigherIsBetter, U::Count, QT_TRANSLATE_NOOP("Beamline::MetricDefinitions", "Website visits"),
         QT_TRANSLATE_NOOP("Beamline::MetricDefinitions", "Sessions of the whole site, from one breakdown (the time series when there is one); for a channel, the sessions the source/medium rules attribute to it.")},
        {QStringLiteral("users"), D::HigherIsBetter, U::Count, QT_TRANSLATE_NOOP("Beamline::MetricDefinitions", "Visitors"),
         QT_TRANSLATE_NOOP("Beamline::MetricDefinitions", "Users summed over the rows of the same breakdown.")},
        {QStringLiteral("pageviews"), D::HigherIsBetter, U::Count, QT_TRANSLATE_NOOP("Beamline::MetricDefinitions", "Page views"),
         QT_TRANSLATE_NOOP("Beamline::MetricDefinitions", "Σ page views of the same breakdown.")},
        {QStringLiteral("avg_session_seconds"), D::HigherIsBetter, U::Seconds, QT_TRANSLATE_NOOP("Beamline::MetricDefinitions", "Visit length"),
         QT_TRANSLATE_NOOP("Beamline::MetricDefinitions", "Average length (m:ss) of a visit, weighted by sessions.")},
        {QStringLiteral("bounce_rate"), D::LowerIsBetter, U::Rate, QT_TRANSLATE_NOOP("Beamline::MetricDefinitions", "Bounce rate"),
         QT_TRANSLATE_NOOP("Beamline::MetricDefinitions", "Bounce rate weighted by sessions.")},
        {QStringLiteral("exit_rate"), D::LowerIsBetter, U::Rate, QT_TRANSLATE_NOOP("Beamline::MetricDefinitions", "Exit rate"),
         QT_TRANSLATE_NOOP("Beamline::MetricDefinitions", "Σ exits ÷ Σ pageviews.")},
        // Mentions by sentiment.
        {QStringLiteral("negative_mentions"), D::LowerIsBetter, U::Count, QT_TRANSLATE_NOOP("Beamline::MetricDefinitions", "Negative mentions"),
         QT_TRANSLATE_NOOP("Beamline::MetricDefinitions", "Mentions the listening tools rated negative.")},
        {QStringLiteral("positive_mentions"), D::HigherIsBetter, U::Count, QT_TRANSLATE_NOOP("Beamline::MetricDefinitions", "Positive mentions"),
         QT_TRANSLATE_NOOP("Beamline::MetricDefinitions", "Mentions the listening tools rated positive.")},
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

QString MetricDefinitions::title(QStringView key)
{
    const auto definition = find(key);
    return definition && definition->title ? QCoreApplication::translate("Beamline::MetricDefinitions", definition->title) : key.toString();
}

QString MetricDefinitions::text(QStringView key)
{
    const auto definition = find(key);
    return definition && definition->text ? QCoreApplication::translate("Beamline::MetricDefinitions", definition->text) : QString();
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
