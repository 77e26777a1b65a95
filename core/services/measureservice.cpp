// SPDX-License-Identifier: GPL-3.0-or-later
#include "measureservice.h"

#include <core/db/campaignrepository.h>
#include <core/db/eventmarkerrepository.h>
#include <core/db/importbatchrepository.h>
#include <core/db/pillarrepository.h>
#include <core/db/platformpostrepository.h>
#include <core/db/seriesrepository.h>
#include <core/db/workspacestatistics.h>
#include <core/workspace/workspace.h>

namespace Beamline {

using Services::attempt;

MeasureService::MeasureService(QSqlDatabase db, QTimeZone zone)
    : m_db(std::move(db))
    , m_zone(std::move(zone))
{
}

MeasureService::MeasureService(const Workspace &workspace)
    : MeasureService(workspace.connection(), workspace.timeZone())
{
}

Result<bool> MeasureService::hasMeasurements() const
{
    return attempt([&] { return WorkspaceStatistics(m_db).hasMeasurements(); });
}

Result<std::optional<MeasuredDays>> MeasureService::measuredDays() const
{
    return attempt([&]() -> std::optional<MeasuredDays> {
        const auto days = WorkspaceStatistics(m_db).measuredDays(m_zone);
        if (!days)
            return std::nullopt;
        return MeasuredDays { days->first, days->second };
    });
}

Result<QVector<Campaign>> MeasureService::campaigns() const
{
    return attempt([&] { return CampaignRepository(m_db).all(); });
}

Result<QVector<Series>> MeasureService::series() const
{
    return attempt([&] { return SeriesRepository(m_db).all(); });
}

Result<QVector<Pillar>> MeasureService::pillars() const
{
    return attempt([&] { return PillarRepository(m_db).all(); });
}

Result<QVector<EventMarker>> MeasureService::eventMarkers(QDate from, QDate to) const
{
    return attempt([&] { return EventMarkerRepository(m_db).between(from, to); });
}

Result<PeriodStats> MeasureService::periodStats(QDate from, QDate to) const
{
    return attempt([&] { return AnalyticsRepository(m_db, m_zone).periodStats(from, to); });
}

Result<QVector<PostMetrics>> MeasureService::posts(QDate from, QDate to) const
{
    return attempt([&] { return AnalyticsRepository(m_db, m_zone).posts(from, to); });
}

Result<QMap<Platform, DailySeries>> MeasureService::dailyMetric(const QString &metric, QDate from, QDate to) const
{
    return attempt([&] { return AnalyticsRepository(m_db, m_zone).dailyMetric(metric, from, to); });
}

Result<QMap<Platform, DailySeries>> MeasureService::attributedSessionsPerDay(QDate from, QDate to) const
{
    return attempt([&] { return AnalyticsRepository(m_db, m_zone).attributedSessionsPerDay(from, to); });
}

Result<QMap<QString, DailySeries>> MeasureService::mentionsPerDay(QDate from, QDate to) const
{
    return attempt([&] { return AnalyticsRepository(m_db, m_zone).mentionsPerDay(from, to); });
}

Result<QVector<AnalyticsRepository::Ranked>> MeasureService::topMentionAuthors(QDate from, QDate to, int limit) const
{
    return attempt([&] { return AnalyticsRepository(m_db, m_zone).topMentionAuthors(from, to, limit); });
}

Result<QVector<TimingCell>> MeasureService::bestTimes(QDate from, QDate to) const
{
    return attempt([&] { return BestTimes::cells(AnalyticsRepository(m_db, m_zone), from, to, m_zone); });
}

Result<std::optional<PostDetails>> MeasureService::postDetails(qint64 platformPostId) const
{
    return attempt([&]() -> std::optional<PostDetails> {
        PlatformPostRepository posts(m_db);
        auto post = posts.find(platformPostId);
        if (!post)
            return std::nullopt;
        PostDetails details;
        details.post = std::move(*post);
        ImportBatchRepository batches(m_db);
        QHash<qint64, QString> files; // a post's exports often share a file
        for (const PlatformPostRepository::SnapshotRecord &record : posts.history(platformPostId)) {
            if (!files.contains(record.batchId)) {
                const auto batch = batches.find(record.batchId);
                files.insert(record.batchId, batch ? batch->fileName : QString());
            }
            details.captures.append(
                { record.capturedAt, record.isCurrent, files.value(record.batchId), record.sourceLine, record.snapshot });
        }
        return details;
    });
}

} // namespace Beamline
