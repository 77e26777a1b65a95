// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/analytics/analyticsrepository.h>
#include <core/analytics/besttimes.h>
#include <core/analytics/periodstats.h>
#include <core/domain/entities.h>
#include <core/domain/eventmarker.h>
#include <core/domain/imported.h>
#include <core/services/result.h>

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QSqlDatabase>
#include <QTimeZone>
#include <QVector>

#include <optional>
#include <utility>

namespace Beamline {

class Workspace;

// The days imported figures cover, as local days of the workspace's zone.
struct MeasuredDays {
    QDate first;
    QDate last;
};

// One export's view of an imported post: when it was captured, the file and line it came
// from, and the post's figures then.
struct PostCapture {
    QDateTime capturedAt; // UTC
    bool isCurrent = false; // the newest export's figures, the ones the views count
    QString fileName; // empty when the import is gone
    qint64 sourceLine = 0;
    PostSnapshot snapshot;
};

// An imported post with every export that saw it, oldest capture first.
struct PostDetails {
    PlatformPost post;
    QVector<PostCapture> captures;
};

// What the Measure page and its charts read: what the imports cover, the plan's campaigns,
// series and pillars, the event markers, the period's figures and an imported post's
// history. Reads only, on the given connection, with local days in the given zone; every
// call returns its value or its error as a value (never throws).
class MeasureService final
{
    Q_DECLARE_TR_FUNCTIONS(Beamline::MeasureService)

public:
    MeasureService(QSqlDatabase db, QTimeZone zone);
    explicit MeasureService(const Workspace &workspace);

    const QTimeZone &zone() const { return m_zone; }

    // Whether anything was imported (posts, daily account figures, web rows or mentions).
    Result<bool> hasMeasurements() const;
    // The first and last day imported figures cover; empty when nothing was imported.
    Result<std::optional<MeasuredDays>> measuredDays() const;

    // The plan's campaigns, series and pillars, in the repositories' order.
    Result<QVector<Campaign>> campaigns() const;
    Result<QVector<Series>> series() const;
    Result<QVector<Pillar>> pillars() const;
    // The event markers from `from` to `to` (both included), by day.
    Result<QVector<EventMarker>> eventMarkers(QDate from, QDate to) const;

    // The figures of a range (AnalyticsRepository::periodStats).
    Result<PeriodStats> periodStats(QDate from, QDate to) const;
    // Posts published in the range (feed posts and stories), newest first.
    Result<QVector<PostMetrics>> posts(QDate from, QDate to) const;
    // Σ of a daily account metric per day and platform (followers_gained...).
    Result<QMap<Platform, DailySeries>> dailyMetric(const QString &metric, QDate from, QDate to) const;
    // Web sessions per day attributed to each channel by the source/medium rules.
    Result<QMap<Platform, DailySeries>> attributedSessionsPerDay(QDate from, QDate to) const;
    // Mentions per day, by network.
    Result<QMap<QString, DailySeries>> mentionsPerDay(QDate from, QDate to) const;
    // The `limit` authors of mentions with the largest Σ reach, largest first.
    Result<QVector<AnalyticsRepository::Ranked>> topMentionAuthors(QDate from, QDate to, int limit) const;
    // The weekday × hour cells of the posts of the range (the Timing view).
    Result<QVector<TimingCell>> bestTimes(QDate from, QDate to) const;

    // An imported post and its history; empty when there is no such post.
    Result<std::optional<PostDetails>> postDetails(qint64 platformPostId) const;

private:
    QSqlDatabase m_db;
    QTimeZone m_zone;
};

} // namespace Beamline
