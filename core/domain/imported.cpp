// SPDX-License-Identifier: GPL-3.0-or-later
#include "imported.h"

namespace Beamline {

namespace {
const char *const PostMetricKeys[PostMetricCount] = {
    "impressions", "reach", "views", "likes", "comments", "shares", "saves", "clicks", "follows",
    "video_views", "watch_seconds", "engagements", "profile_visits",
};
const char *const WebMetricKeys[WebMetricCount] = {
    "sessions", "users", "new_users", "bounce_rate", "avg_session_seconds", "pageviews", "unique_pageviews",
    "avg_time_on_page_seconds", "entrances", "exits", "exit_rate", "engaged_sessions", "conversions", "actions",
};
} // namespace

QString MetricKeys::key(PostMetric metric)
{
    return QString::fromLatin1(PostMetricKeys[static_cast<int>(metric)]);
}

std::optional<PostMetric> MetricKeys::postMetricFromKey(QStringView key)
{
    for (int i = 0; i < PostMetricCount; ++i) {
        if (key == QLatin1String(PostMetricKeys[i]))
            return static_cast<PostMetric>(i);
    }
    return std::nullopt;
}

QString MetricKeys::key(WebMetric metric)
{
    return QString::fromLatin1(WebMetricKeys[static_cast<int>(metric)]);
}

std::optional<WebMetric> MetricKeys::webMetricFromKey(QStringView key)
{
    for (int i = 0; i < WebMetricCount; ++i) {
        if (key == QLatin1String(WebMetricKeys[i]))
            return static_cast<WebMetric>(i);
    }
    return std::nullopt;
}

QString MetricKeys::key(Sentiment sentiment)
{
    switch (sentiment) {
    case Sentiment::Positive: return QStringLiteral("positive");
    case Sentiment::Neutral: return QStringLiteral("neutral");
    case Sentiment::Negative: return QStringLiteral("negative");
    }
    return QStringLiteral("neutral");
}

std::optional<Sentiment> MetricKeys::sentimentFromText(QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    if (t.isEmpty())
        return std::nullopt;
    if (t.startsWith(QLatin1String("pos")) || t == QLatin1String("positif") || t == QLatin1String("positiv"))
        return Sentiment::Positive;
    if (t.startsWith(QLatin1String("neg")) || t.startsWith(QLatin1String("nég")))
        return Sentiment::Negative;
    if (t.startsWith(QLatin1String("neu")) || t == QLatin1String("mixed"))
        return Sentiment::Neutral;
    return std::nullopt;
}

} // namespace Beamline
