// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "versionedrows.h"

#include <core/domain/imported.h>

#include <QSqlDatabase>
#include <QVector>

#include <memory>

namespace Beamline {

// Per-account daily values (followers gained/lost, profile visits, reach, story views...):
// one fact per (channel, metric, day, breakdown, dimension values) — the account's total
// has an empty breakdown. Every export's value is kept for undo.
class DailyMetricRepository final
{
public:
    explicit DailyMetricRepository(QSqlDatabase db);
    ~DailyMetricRepository();
    Q_DISABLE_COPY_MOVE(DailyMetricRepository)

    // Writes one value for a batch; which export holds a fact is decided as VersionedRows says.
    VersionedRows::Result write(qint64 batchId, const VersionedRows::Precedence &precedence, const DailyMetricValue &value);
    void undoBatch(qint64 batchId);

    static const VersionedRows::Table &table();
    // Current values of one channel's metric over [from, to], by day (totals and breakdowns).
    QVector<DailyMetricValue> values(qint64 channelId, const QString &metric, QDate from, QDate to) const;
    // Names of the metrics stored for a channel.
    QStringList metrics(qint64 channelId) const;

private:
    QSqlDatabase m_db;
    std::unique_ptr<VersionedRows> m_writer;
};

} // namespace Beamline
