// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/platform.h>

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QString>
#include <QVector>

#include <optional>

namespace Beamline {

// The numbers of one period, as docs/metrics.md defines them. A value that has no data is
// empty (std::nullopt), never zero.
struct ChannelStats {
    Platform platform = Platform::Other;
    qint64 posts = 0; // feed posts published in the range (stories are counted in storyViews)
    std::optional<double> impressions; // Σ effective impressions of the posts that have them
    std::optional<double> likes;
    std::optional<double> comments;
    std::optional<double> shares;
    std::optional<double> interactions;       // Σ likes + comments + shares
    std::optional<double> engagementRate;     // Σ interactions ÷ Σ impressions, over posts with impressions
    std::optional<double> followersGained;    // Σ followers_gained of the days in the range
    std::optional<double> followersPerDay;    // followersGained ÷ calendar days of the range
    std::optional<double> storyViews;         // Σ views (or impressions) of stories
    std::optional<qint64> mentions;           // mentions on this network in the range
    std::optional<double> mentionsShare;      // mentions ÷ all mentions of the range

    bool hasData() const
    {
        return posts > 0 || followersGained || storyViews || (mentions && *mentions > 0);
    }
};

struct MentionStats {
    qint64 total = 0;
    qint64 positive = 0;
    qint64 neutral = 0;
    qint64 negative = 0;
    qint64 unrated = 0;
    QMap<QString, qint64> byNetwork; // "x", "instagram", "news", "blog"...
};

// Web analytics over a set of rows, combined as docs/metrics.md says.
struct WebStats {
    std::optional<double> sessions;
    std::optional<double> users;
    std::optional<double> avgSessionSeconds; // weighted by sessions
    std::optional<double> bounceRate;        // weighted by sessions
    std::optional<double> exitRate;          // Σ exits ÷ Σ pageviews, else pageview-weighted
    std::optional<double> pageviews;

    bool hasData() const { return sessions.has_value(); }
};

struct WebOverview {
    WebStats site;                         // docs/metrics.md, "The site's figures"
    QString siteReport;                    // the reports they came from ("site", "site,source_medium")
    QMap<Platform, WebStats> byChannel;    // attributed by the source/medium rules
    QString channelReport;                 // the breakdowns attributed (source_medium, referrer)
};

struct TopPost {
    qint64 platformPostId = 0;
    Platform platform = Platform::Other;
    QString externalId;
    QDateTime published; // UTC
    QString text;
    double interactions = 0;
};

struct PeriodStats {
    QDate from;
    QDate to;
    int days = 0;
    QMap<Platform, ChannelStats> channels; // the measured platforms with data
    MentionStats mentions;
    WebOverview web;
    QVector<TopPost> topPosts; // by interactions, at most 10
};

// The figures of each day of a range (`beamline daily`, Copy Data of the time charts).
struct DayFigures {
    QDate day;
    // Per measured platform: posts published that day and their figures, the stored daily
    // metrics (followers_gained, views…), mentions; a missing key has no data.
    QMap<Platform, QMap<QString, std::optional<double>>> channels;
    WebStats web;                       // the site's one-day figures
    QMap<Platform, WebStats> webByChannel; // attributed by the source/medium rules
};

struct DailyFigures {
    QDate from;
    QDate to;
    QVector<DayFigures> days; // every day of the range, in order
};

// A change between two periods: absolute and relative. Relative is empty when the previous
// value is zero or missing ("new"); everything is empty when the current value is missing.
struct Change {
    std::optional<double> current;
    std::optional<double> previous;
    std::optional<double> absolute;
    std::optional<double> relative;
    bool isNew = false; // there was nothing (or zero) before

    static Change between(std::optional<double> current, std::optional<double> previous);
};

} // namespace Beamline
