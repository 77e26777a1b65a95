// SPDX-License-Identifier: GPL-3.0-or-later
#include "dailymetricrepository.h"

#include "sqlquery.h"
#include "versionedrows.h"

#include <core/domain/isotime.h>

namespace Beamline {

namespace {
const QStringList KeyColumns = {QStringLiteral("channel_id"), QStringLiteral("metric"), QStringLiteral("day"), QStringLiteral("breakdown"),
                                QStringLiteral("dimension")};
} // namespace

const VersionedRows::Table &DailyMetricRepository::table()
{
    static const VersionedRows::Table t{QStringLiteral("daily_metrics"), KeyColumns, 2, {0, 1, 2}, {QStringLiteral("value")},
                                        {QStringLiteral("source_column")}, false};
    return t;
}

DailyMetricRepository::DailyMetricRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

DailyMetricRepository::~DailyMetricRepository() = default;

VersionedRows::Result DailyMetricRepository::write(qint64 batchId, const VersionedRows::Precedence &precedence, const DailyMetricValue &value)
{
    if (!m_writer)
        m_writer = std::make_unique<VersionedRows>(m_db, table());
    return m_writer->write(batchId, precedence, {value.channelId, value.metric, IsoTime::day(value.day), value.breakdown, value.dimension},
                           {value.value}, {nullableText(value.sourceColumn)}, value.sourceLine);
}

void DailyMetricRepository::undoBatch(qint64 batchId)
{
    VersionedRows::undoBatch(m_db, table(), batchId);
}

QVector<DailyMetricValue> DailyMetricRepository::values(qint64 channelId, const QString &metric, QDate from, QDate to) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT day, value, source_column, breakdown, dimension, source_line FROM daily_metrics "
                                    "WHERE channel_id = :c AND metric = :m AND day >= :from AND day <= :to AND superseded_by IS NULL "
                                    "ORDER BY day, breakdown, dimension"));
    q.bind(QStringLiteral(":c"), channelId)
        .bind(QStringLiteral(":m"), metric)
        .bind(QStringLiteral(":from"), IsoTime::day(from))
        .bind(QStringLiteral(":to"), IsoTime::day(to))
        .exec();
    QVector<DailyMetricValue> result;
    while (q.next())
        result.append({channelId, metric, IsoTime::parseDay(q.text(0)), q.value(1).toDouble(), q.text(2), q.text(3), q.text(4), q.integer(5)});
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
