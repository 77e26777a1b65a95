// SPDX-License-Identifier: GPL-3.0-or-later
#include "dailymetricrepository.h"

#include "sqlquery.h"
#include "versionedrows.h"

#include <core/domain/isotime.h>

namespace Beamline {

namespace {
const QStringList KeyColumns = {QStringLiteral("channel_id"), QStringLiteral("metric"), QStringLiteral("day")};
}

DailyMetricRepository::DailyMetricRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

DailyMetricRepository::~DailyMetricRepository() = default;

WriteOutcome DailyMetricRepository::write(qint64 batchId, const DailyMetricValue &value)
{
    if (!m_writer) {
        m_writer = std::make_unique<VersionedRows>(
            m_db, VersionedRows::Table{QStringLiteral("daily_metrics"), KeyColumns, 2, {0, 1, 2}, {QStringLiteral("value")},
                                       {QStringLiteral("source_column")}, true});
    }
    // A (channel, metric, day) has one value: a second row for it in the same file
    // replaces the first rather than adding an occurrence (replaceWithinBatch).
    int occurrence = 1;
    return m_writer->write(batchId, {value.channelId, value.metric, IsoTime::day(value.day)}, occurrence, {value.value},
                           {nullableText(value.sourceColumn)});
}

void DailyMetricRepository::undoBatch(qint64 batchId)
{
    VersionedRows::undoBatch(m_db, QStringLiteral("daily_metrics"), KeyColumns, batchId);
}

QVector<DailyMetricValue> DailyMetricRepository::values(qint64 channelId, const QString &metric, QDate from, QDate to) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT day, value, source_column FROM daily_metrics WHERE channel_id = :c AND metric = :m "
                                    "AND day >= :from AND day <= :to AND superseded_by IS NULL ORDER BY day"));
    q.bind(QStringLiteral(":c"), channelId)
        .bind(QStringLiteral(":m"), metric)
        .bind(QStringLiteral(":from"), IsoTime::day(from))
        .bind(QStringLiteral(":to"), IsoTime::day(to))
        .exec();
    QVector<DailyMetricValue> result;
    while (q.next())
        result.append({channelId, metric, IsoTime::parseDay(q.text(0)), q.value(1).toDouble(), q.text(2)});
    return result;
}

QStringList DailyMetricRepository::metrics(qint64 channelId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT DISTINCT metric FROM daily_metrics WHERE channel_id = :c AND superseded_by IS NULL ORDER BY metric"));
    q.bind(QStringLiteral(":c"), channelId).exec();
    QStringList result;
    while (q.next())
        result.append(q.text(0));
    return result;
}

} // namespace Beamline
