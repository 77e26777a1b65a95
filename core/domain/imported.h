// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace Beamline {

// Canonical per-post metrics (docs/metrics.md). Their keys are the snapshot columns.
enum class PostMetric {
    Impressions, Reach, Views, Likes, Comments, Shares, Saves, Clicks, Follows,
    VideoViews, WatchSeconds, Engagements, ProfileVisits,
};
inline constexpr int PostMetricCount = 13;

// Canonical web-analytics measures (docs/metrics.md). Rates are fractions, durations seconds.
enum class WebMetric {
    Sessions, Users, NewUsers, BounceRate, AvgSessionSeconds, Pageviews, UniquePageviews,
    AvgTimeOnPageSeconds, Entrances, Exits, ExitRate, EngagedSessions, Conversions, Actions,
};
inline constexpr int WebMetricCount = 14;

enum class Sentiment { Positive, Neutral, Negative };

class MetricKeys final
{
public:
    static QString key(PostMetric metric);
    static std::optional<PostMetric> postMetricFromKey(QStringView key);
    static QString key(WebMetric metric);
    static std::optional<WebMetric> webMetricFromKey(QStringView key);
    static QString key(Sentiment sentiment);
    static std::optional<Sentiment> sentimentFromText(QStringView text);
};

struct ImportBatch {
    enum class Status { Active, Undone };
    qint64 id = 0;
    QString fileName;
    QString filePath;
    QString member; // ZIP member or sheet name; empty for a plain file
    QString sha256;
    QString format;
    QDateTime importedAt; // UTC
    QDate periodStart;
    QDate periodEnd;
    QDateTime capturedAt; // when the export was taken (newest snapshot wins)
    qint64 rowsRead = 0;
    qint64 rowsAdded = 0;
    qint64 rowsUpdated = 0;
    qint64 rowsUnchanged = 0;
    qint64 rowsSkipped = 0;
    QStringList warnings;
    QString metadata; // JSON object: report title, preamble values...
    Status status = Status::Active;
    QDateTime undoneAt;
};

struct PostSnapshot {
    std::array<std::optional<double>, PostMetricCount> values {};
    QHash<QString, double> extras; // non-canonical columns, by normalised name

    std::optional<double> value(PostMetric m) const { return values[static_cast<int>(m)]; }
    void set(PostMetric m, std::optional<double> v) { values[static_cast<int>(m)] = v; }
    bool operator==(const PostSnapshot &) const = default;
};

// A post as a platform export describes it.
struct PlatformPost {
    qint64 id = 0;
    qint64 channelId = 0;
    QString externalId;
    QString permalink;
    QDateTime publishedAt; // UTC
    QString text;
    QString postType;
    bool isStory = false;
    std::optional<qint64> postId; // linked planned post
    QString matchMethod;
    bool matchConfirmed = false;
    std::optional<qint64> seriesId;
    std::optional<qint64> campaignId;
};

struct DailyMetricValue {
    qint64 channelId = 0;
    QString metric; // followers_gained, followers_lost, profile_visits, reach, impressions...
    QDate day;
    double value = 0;
    QString sourceColumn;
    // A breakdown's row: the dimension names ("geography", "device_type,geography") and the
    // row's values for them ("CH", "Mobile\u001fCH"). Both empty for the account's total.
    QString breakdown {};
    QString dimension {};
    qint64 sourceLine = 0;
};

struct WebTrafficRow {
    qint64 sourceId = 0;
    // site (the site's own figures: a day, or a report's totals row over its period), or the
    // breakdown: source_medium, channel_group, landing_page, page, referrer, keyword, content, other:<x>
    QString report;
    QDate periodStart;
    QDate periodEnd;
    QString dimension {};
    QString dimension2;
    std::array<std::optional<double>, WebMetricCount> values {};
    qint64 sourceLine = 0;

    std::optional<double> value(WebMetric m) const { return values[static_cast<int>(m)]; }
    void set(WebMetric m, std::optional<double> v) { values[static_cast<int>(m)] = v; }
};

struct Mention {
    QString tool;
    QString externalId;
    QDateTime occurredAt; // UTC
    QString network; // x, facebook, instagram, linkedin, youtube, news, blog, forum, other
    QString sourceName;
    QString domain;
    QString author;
    QString authorHandle;
    std::optional<double> reach;
    std::optional<double> engagement;
    std::optional<Sentiment> sentiment;
    QString url;
    QString title;
    QString text;
    QString country;
    QString language;
    qint64 sourceLine = 0;
};

// What writing one imported row did.
enum class WriteOutcome {
    Added,     // facts nobody had given before
    Updated,   // replaced a stored value (the old one is kept for undo)
    Unchanged, // identical to what was stored
    Older,     // a newer export already holds these facts: kept as history only
    Duplicate, // the same facts again within one file (an earlier line gave them)
    Conflict,  // contradicts an earlier line of the same file: the import stops
    Rejected,  // a row left out as unreadable (counted as skipped when it was left out)
};

// What an import did to one kind of row. Older and duplicate rows are also counted as
// unchanged: nothing the figures read changed because of them.
struct WriteCounts {
    qint64 added = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 skipped = 0;
    qint64 older = 0;      // of unchanged: a newer export holds the facts
    qint64 duplicates = 0; // of unchanged: repeated within the file

    void count(WriteOutcome outcome)
    {
        switch (outcome) {
        case WriteOutcome::Added: ++added; break;
        case WriteOutcome::Updated: ++updated; break;
        case WriteOutcome::Unchanged: ++unchanged; break;
        case WriteOutcome::Older: ++unchanged; ++older; break;
        case WriteOutcome::Duplicate: ++unchanged; ++duplicates; break;
        case WriteOutcome::Conflict:
        case WriteOutcome::Rejected: break;
        }
    }
    qint64 total() const { return added + updated + unchanged + skipped; }

    WriteCounts &operator+=(const WriteCounts &o)
    {
        added += o.added;
        updated += o.updated;
        unchanged += o.unchanged;
        skipped += o.skipped;
        older += o.older;
        duplicates += o.duplicates;
        return *this;
    }
};

} // namespace Beamline
