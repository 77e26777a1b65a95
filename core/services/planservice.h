// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/analytics/analyticsrepository.h>
#include <core/domain/entities.h>
#include <core/services/result.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QVector>

namespace Beamline {

// What the plan's dialogs read: the workspace's zone, the series and posts around a date, and
// the figures of recent posts. Reads only, on the given connection; every call returns its value
// or its error as a value.
class PlanService final
{
    Q_DECLARE_TR_FUNCTIONS(Beamline::PlanService)

public:
    explicit PlanService(QSqlDatabase db);

    // The workspace's IANA time zone id; empty when none is stored.
    Result<QString> workspaceTimeZoneId() const;
    // Why a series may not be saved under its name (another series has it), or an empty string.
    Result<QString> checkSeriesName(const Series &series) const;
    // The posts planned within `days` days either side of `when`, nearest first.
    Result<QVector<Post>> postsPlannedAround(const QDateTime &when, int days) const;
    // Every imported post published from `from` to `to` (UTC days) with its figures.
    Result<QVector<PostMetrics>> postMetrics(QDate from, QDate to) const;

private:
    QSqlDatabase m_db;
};

} // namespace Beamline
