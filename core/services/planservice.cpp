// SPDX-License-Identifier: GPL-3.0-or-later
#include "planservice.h"

#include <core/db/postrepository.h>
#include <core/db/seriesrepository.h>
#include <core/db/settingsrepository.h>

#include <QTimeZone>

#include <algorithm>

namespace Beamline {

using Services::attempt;

PlanService::PlanService(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<QString> PlanService::workspaceTimeZoneId() const
{
    return attempt([&] { return SettingsRepository(m_db).value(SettingsRepository::TimeZone, QString()); });
}

Result<QString> PlanService::checkSeriesName(const Series &series) const
{
    return attempt([&] {
        const auto existing = SeriesRepository(m_db).findByName(series.name);
        if (existing && existing->id != series.id)
            return tr("There is already a series named “%1”.").arg(series.name);
        return QString();
    });
}

Result<QVector<Post>> PlanService::postsPlannedAround(const QDateTime &when, int days) const
{
    return attempt([&] {
        QVector<Post> posts = PostRepository(m_db).scheduledBetween(when.addDays(-days), when.addDays(days));
        std::stable_sort(posts.begin(), posts.end(), [&](const Post &a, const Post &b) {
            return qAbs(a.scheduledAt.secsTo(when)) < qAbs(b.scheduledAt.secsTo(when));
        });
        return posts;
    });
}

Result<QVector<PostMetrics>> PlanService::postMetrics(QDate from, QDate to) const
{
    return attempt([&] { return AnalyticsRepository(m_db, QTimeZone::utc()).posts(from, to); });
}

} // namespace Beamline
