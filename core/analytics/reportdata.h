// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/analytics/analyticsrepository.h>
#include <core/analytics/contentfigures.h>
#include <core/analytics/metricdefinitions.h>
#include <core/analytics/periodstats.h>

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>
#include <QTimeZone>
#include <QVector>

#include <optional>

namespace Beamline {

// What an impact report covers. The comparison range is invalid for none.
struct ReportRequest {
    QDate from;
    QDate to;
    QDate compareFrom;
    QDate compareTo;
    QString campaign; // a campaign's name or hashtag; empty: none
};

// One figure of the summary: its value, the comparison's, and the verdict on the change by
// the metric's good direction (MetricDefinitions).
struct FigureCard {
    QString metric; // MetricDefinitions key
    QString title;
    std::optional<double> value;
    std::optional<double> previous;
    MetricDefinitions::Verdict verdict = MetricDefinitions::Verdict::Neutral;
    QString valueText; // "272/day"
    QString changeText; // "vs 232/day, ▲ +17 %"; empty without a comparison
};

struct CardGroup {
    QString title; // "Instagram", "Website"
    QVector<FigureCard> cards;
};

struct ReportPost {
    QDateTime published; // UTC
    Platform platform = Platform::Other;
    QString text;
    std::optional<double> likes;
    std::optional<double> comments;
    std::optional<double> shares;
    std::optional<double> impressions;
    double interactions = 0;
};

struct ReportPillar {
    QString name;
    PillarFigures figures;
};

struct ReportMarker {
    QDate day;
    QString label;
};

// An import the figures come from.
struct ReportSource {
    QString file;
    QString format;
    QDate periodStart;
    QDate periodEnd;
    QDateTime exported; // when the export was taken (UTC), may be invalid
    QDateTime imported; // UTC
};

struct ReportDefinition {
    QString title;
    QString text;
};

// Everything an impact report shows, assembled from the same queries as `beamline stats`
// (AnalyticsRepository::periodStats) and the Measure views. No widget, no painting: the
// renderer lays it out.
struct ReportData {
    QString workspace;
    QDate reportDate;
    QTimeZone zone;
    QDate from;
    QDate to;
    QDate compareFrom; // invalid: no comparison
    QDate compareTo;
    QString campaignName; // empty: none
    QString campaignHashtag;
    QString campaignGoal;
    QDate campaignFrom;
    QDate campaignTo;
    int campaignPosts = 0; // the period's feed posts tagged with the campaign

    PeriodStats stats;
    std::optional<PeriodStats> previous;
    QVector<CardGroup> cards; // one group per channel with data, then the website
    QVector<FigureCard> instagramWeb; // Instagram against the website
    QStringList sentences; // three or four, written from the figures
    QVector<ReportPost> topPosts; // stats.topPosts with their figures, same order
    QVector<SeriesEpisodes> series;
    QVector<ReportPillar> pillars;
    QVector<ReportMarker> markers; // event markers of the period
    QVector<ReportSource> sources; // the active imports whose period meets the report's
    QVector<ReportDefinition> definitions;

    bool comparing() const { return previous.has_value(); }
};

class ReportBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(Beamline::ReportBuilder)

public:
    // Reads the figures. Throws DatabaseError. An unknown campaign is left out (check with
    // findCampaign() first).
    static ReportData build(const QSqlDatabase &db, const QTimeZone &zone, const ReportRequest &request, const QString &workspace,
                            QDate reportDate);
    // The campaigns' names, for a chooser.
    static QStringList campaignNames(const QSqlDatabase &db);
    // Whether a campaign has this name or hashtag (case-insensitive); its dates when found.
    static bool findCampaign(const QSqlDatabase &db, const QString &name, QDate *startsOn = nullptr, QDate *endsOn = nullptr);

    // A figure as the Overview shows it: 1,234 · 272/day (one decimal under 10) · 4.3 % · 5:02.
    static QString format(std::optional<double> value, MetricUnit unit);
    static FigureCard card(const QString &metric, std::optional<double> value, std::optional<double> previous, bool comparing);
    // A channel's figure by its key (posts, interactions, engagement_rate, followers_per_day,
    // story_views, mentions, sessions); none when the period has no such figure. The Overview's
    // cards read them the same way.
    static std::optional<double> channelValue(const PeriodStats &stats, Platform platform, const QString &metric);
    // A figure of the whole website by its key (sessions, users, avg_session_seconds, bounce_rate,
    // exit_rate); none when the period has no such figure.
    static std::optional<double> siteValue(const PeriodStats &s, const QString &metric);
    // A figure of Instagram against the website: Instagram's followers_per_day, story_views and
    // interactions, the sessions and avg_session_seconds of the visits Instagram sent, and
    // site_avg_session_seconds of all the site's visits.
    static std::optional<double> instagramWebValue(const PeriodStats &s, const QString &metric);
    // The sentences of the summary, from the figures alone.
    static QStringList sentences(const PeriodStats &stats, const std::optional<PeriodStats> &previous);
};

} // namespace Beamline
