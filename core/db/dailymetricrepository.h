// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/imported.h>

#include <QSqlDatabase>
#include <QVector>

#include <memory>

namespace Beamline {

class VersionedRows;

// Per-account daily values (followers gained/lost, profile visits, reach, story views...),
// upserted by (channel, metric, day); replaced values are kept for undo.
class DailyMetricRepository final
{
public:
    explicit DailyMetricRepository(QSqlDatabase db);
    ~DailyMetricRepository();
    Q_DISABLE_COPY_MOVE(DailyMetricRepository)

    WriteOutcome write(qint64 batchId, const DailyMetricValue &value);
    void undoBatch(qint64 batchId);

    // Current values of one channel's metric over [from, to], by day.
    QVector<DailyMetricValue> values(qint64 channelId, const QString &metric, QDate from, QDate to) const;
    // Names of the metrics stored for a channel.
    QStringList metrics(qint64 channelId) const;

private:
    QSqlDatabase m_db;
    std::unique_ptr<VersionedRows> m_writer;
};

} // namespace Beamline
