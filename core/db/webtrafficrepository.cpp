// SPDX-License-Identifier: GPL-3.0-or-later
#include "webtrafficrepository.h"

#include "sqlquery.h"
#include "versionedrows.h"

#include <core/domain/isotime.h>

namespace Beamline {

namespace {
const QStringList MetricColumns = {
    QStringLiteral("sessions"), QStringLiteral("users"), QStringLiteral("new_users"), QStringLiteral("bounce_rate"),
    QStringLiteral("avg_session_seconds"), QStringLiteral("pageviews"), QStringLiteral("unique_pageviews"),
    QStringLiteral("avg_time_on_page_seconds"), QStringLiteral("entrances"), QStringLiteral("exits"),
    QStringLiteral("exit_rate"), QStringLiteral("engaged_sessions"), QStringLiteral("conversions"), QStringLiteral("actions"),
};
const QStringList KeyColumns = {QStringLiteral("source_id"), QStringLiteral("report"), QStringLiteral("period_start"),
                                QStringLiteral("period_end"), QStringLiteral("dimension"), QStringLiteral("dimension2")};
} // namespace

const VersionedRows::Table &WebTrafficRepository::table()
{
    static const VersionedRows::Table t{QStringLiteral("web_traffic"), KeyColumns, 2, {1, 2, 0}, MetricColumns, {}, true};
    return t;
}

const QStringList &WebTrafficRepository::metricColumns()
{
    return MetricColumns;
}

WebTrafficRepository::WebTrafficRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

WebTrafficRepository::~WebTrafficRepository() = default;

qint64 WebTrafficRepository::ensureSource(const QString &provider, const QString &name)
{
    SqlQuery find(m_db, QStringLiteral("SELECT id FROM web_sources WHERE provider = :p AND name = :n"));
    find.bind(QStringLiteral(":p"), provider).bind(QStringLiteral(":n"), name).exec();
    if (find.next())
        return find.integer(0);
    SqlQuery insert(m_db, QStringLiteral("INSERT INTO web_sources (provider, name) VALUES (:p, :n)"));
    insert.bind(QStringLiteral(":p"), provider).bind(QStringLiteral(":n"), name).exec();
    return insert.lastInsertId();
}

QVector<WebTrafficRepository::Source> WebTrafficRepository::sources() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, provider, name FROM web_sources ORDER BY provider, name"));
    q.exec();
    QVector<Source> result;
    while (q.next())
        result.append({q.integer(0), q.text(1), q.text(2)});
    return result;
}

VersionedRows::Result WebTrafficRepository::write(qint64 batchId, const VersionedRows::Precedence &precedence, const WebTrafficRow &row)
{
    if (!m_writer)
        m_writer = std::make_unique<VersionedRows>(m_db, table());
    // The lists are reused from row to row, and a day's text is made once for its run of
    // rows: an import writes millions of them.
    if (m_key.isEmpty()) {
        m_key.resize(KeyColumns.size());
        m_values.resize(WebMetricCount);
    }
    if (row.periodStart != m_start.first)
        m_start = {row.periodStart, IsoTime::day(row.periodStart)};
    if (row.periodEnd != m_end.first)
        m_end = {row.periodEnd, row.periodEnd == row.periodStart ? m_start.second : IsoTime::day(row.periodEnd)};
    m_key[0] = row.sourceId;
    m_key[1] = row.report;
    m_key[2] = m_start.second;
    m_key[3] = m_end.second;
    m_key[4] = row.dimension;
    m_key[5] = row.dimension2;
    for (int i = 0; i < WebMetricCount; ++i)
        m_values[i] = nullable(row.values[i]);
    return m_writer->write(batchId, precedence, m_key, m_values, {}, row.sourceLine);
}

void WebTrafficRepository::undoBatch(qint64 batchId)
{
    VersionedRows::undoBatch(m_db, table(), batchId);
}

QVector<std::tuple<QString, QString, QString>> WebTrafficRepository::oneDaySpansOfBatch(qint64 batchId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT report, MIN(period_start), MAX(period_start) FROM web_traffic "
                                    "WHERE batch_id = :batch AND period_start = period_end GROUP BY report"));
    q.bind(QStringLiteral(":batch"), batchId).exec();
    QVector<std::tuple<QString, QString, QString>> spans;
    while (q.next())
        spans.append({q.text(0), q.text(1), q.text(2)});
    return spans;
}

QVector<WebTrafficRow> WebTrafficRepository::rows(const QString &report, QDate from, QDate to) const
{
    // Each row with the values it holds (a value a newer export restated reads as missing).
    QStringList held;
    for (int i = 0; i < MetricColumns.size(); ++i)
        held.append(VersionedRows::heldValue(MetricColumns.at(i), i));
    SqlQuery q(m_db, QStringLiteral("SELECT source_id, report, period_start, period_end, dimension, dimension2, %1, "
                                    "source_line FROM web_traffic WHERE report = :report AND period_start >= :from "
                                    "AND period_start <= :to AND period_end <= :to AND live <> 0 "
                                    "ORDER BY period_start, period_end, dimension, dimension2, id")
                         .arg(held.join(QLatin1String(", "))));
    q.bind(QStringLiteral(":report"), report).bind(QStringLiteral(":from"), IsoTime::day(from)).bind(QStringLiteral(":to"), IsoTime::day(to)).exec();
    QVector<WebTrafficRow> result;
    while (q.next()) {
        WebTrafficRow row;
        row.sourceId = q.integer(0);
        row.report = q.text(1);
        row.periodStart = IsoTime::parseDay(q.text(2));
        row.periodEnd = IsoTime::parseDay(q.text(3));
        row.dimension = q.text(4);
        row.dimension2 = q.text(5);
        for (int i = 0; i < WebMetricCount; ++i)
            row.values[i] = q.number(6 + i);
        row.sourceLine = q.integer(6 + WebMetricCount);
        result.append(row);
    }
    return result;
}

qint64 WebTrafficRepository::currentRowCount() const
{
    return SqlQuery::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM web_traffic WHERE live <> 0")).toLongLong();
}

} // namespace Beamline
