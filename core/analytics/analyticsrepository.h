// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attribution.h"
#include "periodstats.h"
#include "sitefigures.h"
#include "websums.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QTimeZone>

namespace Beamline {

// One imported post with its current (newest) metrics and what it belongs to in the plan.
struct PostMetrics {
    qint64 platformPostId = 0;
    Platform platform = Platform::Other;
    QString externalId;
    QString permalink;
    QDateTime published; // UTC
    QString text;
    QString postType;
    bool story = false;
    std::optional<double> impressions; // effective: impressions, else views
    std::optional<double> likes;
    std::optional<double> comments;
    std::optional<double> shares;
    std::optional<double> saves;
    std::optional<double> clicks;
    std::optional<double> views;
    qint64 seriesId = 0;
    qint64 pillarId = 0;
    qint64 campaignId = 0;
    qint64 postId = 0;

    double interactions() const { return likes.value_or(0) + comments.value_or(0) + shares.value_or(0); }
    bool hasInteractions() const { return likes || comments || shares; }
};

// A value per local day (missing days are absent; callers decide whether they are zero).
using DailySeries = QMap<QDate, double>;

// The measuring queries: every SQL statement behind Measure and `beamline stats`. Ranges
// are local days [from, to] of the workspace's zone; instants are compared as UTC text.
class AnalyticsRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Beamline::AnalyticsRepository)

public:
    AnalyticsRepository(QSqlDatabase db, QTimeZone zone);

    PeriodStats periodStats(QDate from, QDate to) const;

    // Posts published in the range (feed posts and stories), newest first.
    QVector<PostMetrics> posts(QDate from, QDate to) const;
    // Whether a daily account metric adds up over a breakdown (views by country do; reach does not).
    static bool addsUp(const QString &metric);
    // Σ of a daily account metric per day and platform (followers_gained...): each account's
    // total of the day, from a breakdown where the total is missing and the metric adds up.
    QMap<Platform, DailySeries> dailyMetric(const QString &metric, QDate from, QDate to) const;
    // Web sessions per day: of the whole site (docs/metrics.md, "The site's figures"), and
    // attributed to each channel.
    DailySeries siteSessionsPerDay(QDate from, QDate to) const;
    // The site's one-day figures of each day that has any.
    QMap<QDate, WebStats> siteStatsPerDay(QDate from, QDate to) const;
    QMap<Platform, DailySeries> attributedSessionsPerDay(QDate from, QDate to) const;
    // Every day of the range: each channel's stored daily metrics (its total of the day, as
    // dailyMetric()), the posts it published, its mentions, and the site's web figures
    // (docs/metrics.md, "Per day"). `only`: one platform's channels.
    DailyFigures dailyFigures(QDate from, QDate to, std::optional<Platform> only = std::nullopt) const;
    // Web figures per day of each channel, attributed by the source/medium rules.
    QMap<QDate, QMap<Platform, WebStats>> attributedStatsPerDay(QDate from, QDate to) const;
    // Mentions per local day and network.
    QMap<QString, DailySeries> mentionsPerDay(QDate from, QDate to) const;
    struct Ranked {
        QString name;
        double value = 0;
        qint64 count = 0;
    };
    // Authors by Σ reach, and sources (site or network) by number of mentions.
    QVector<Ranked> topMentionAuthors(QDate from, QDate to, int limit) const;
    QVector<Ranked> topMentionSources(QDate from, QDate to, int limit) const;

    // Web statistics over the rows of one report in the range (for tests and the views).
    WebStats webStats(const QString &report, QDate from, QDate to) const;

    Attribution attribution() const;

    QString rangeStartUtc(QDate from) const;
    QString rangeEndUtc(QDate to) const;

private:
    // The parts of periodStats().
    void addPostStats(PeriodStats &stats, const QString &fromUtc, const QString &toUtc) const;
    void addFollowerStats(PeriodStats &stats) const;
    void addMentionStats(PeriodStats &stats) const;
    void addWebStats(PeriodStats &stats) const;
    QVector<TopPost> topPosts(const QString &fromUtc, const QString &toUtc) const;
    QVector<SiteFigures::Block> siteBlocks(QDate from, QDate to) const;
    MentionStats mentionStats(QDate from, QDate to) const;
    // Whether a report's one-day rows are read from the daily channel summary.
    bool readsSummary(const QString &report) const;
    // The web traffic attributed to each channel, as blocks of its reports (source/medium, referrer).
    QMap<Platform, QVector<SiteFigures::Block>> channelBlocks(QDate from, QDate to) const;

    QSqlDatabase m_db;
    QTimeZone m_zone;
};

} // namespace Beamline
