// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacestatistics.h"

#include "sqlquery.h"

#include <core/domain/isotime.h>

namespace Beamline {

bool WorkspaceStatistics::hasMeasurements() const
{
    // Stops at the first row: cheap however much was imported.
    for (const char *table : {"platform_posts", "daily_metrics", "web_traffic", "mentions"}) {
        if (SqlQuery::scalar(m_db, QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(QString::fromLatin1(table))).isValid())
            return true;
    }
    return false;
}

void WorkspaceStatistics::webDays(const std::function<void(QDate, QDate)> &widen) const
{
    // MIN and MAX over the live rows would read every web row (0.4 s for two million). The
    // key index starts with the report and the day: per report (found by skipping through the
    // index), the first and last live day are at its ends. A row spanning days ends after
    // its start; those rows have their own index.
    SqlQuery reports(m_db, QStringLiteral("WITH RECURSIVE r(report) AS (SELECT MIN(report) FROM web_traffic UNION ALL "
                                          "SELECT (SELECT MIN(w.report) FROM web_traffic w WHERE w.report > r.report) FROM r "
                                          "WHERE r.report IS NOT NULL) SELECT report FROM r WHERE report IS NOT NULL"));
    reports.exec();
    QStringList names;
    while (reports.next())
        names.append(reports.text(0));
    SqlQuery first(m_db, QStringLiteral("SELECT period_start FROM web_traffic WHERE report = :report AND live <> 0 "
                                        "ORDER BY period_start LIMIT 1"));
    SqlQuery last(m_db, QStringLiteral("SELECT period_start FROM web_traffic WHERE report = :report AND live <> 0 "
                                       "ORDER BY period_start DESC LIMIT 1"));
    for (const QString &report : std::as_const(names)) {
        QDate from, to;
        first.bind(QStringLiteral(":report"), report).exec();
        if (first.next())
            from = IsoTime::parseDay(first.text(0).left(10));
        first.finish();
        last.bind(QStringLiteral(":report"), report).exec();
        if (last.next())
            to = IsoTime::parseDay(last.text(0).left(10));
        last.finish();
        widen(from, to);
    }
    const QVariant spanEnd =
        SqlQuery::scalar(m_db, QStringLiteral("SELECT MAX(period_end) FROM web_traffic WHERE period_start < period_end AND live <> 0"));
    widen(QDate(), IsoTime::parseDay(spanEnd.toString().left(10)));
}

std::optional<std::pair<QDate, QDate>> WorkspaceStatistics::measuredDays(const QTimeZone &zone) const
{
    QDate first, last;
    auto widen = [&](QDate from, QDate to) {
        if (from.isValid() && (!first.isValid() || from < first))
            first = from;
        if (to.isValid() && (!last.isValid() || to > last))
            last = to;
    };
    // The first and last value of an indexed column: each read stops at the index's end (MIN
    // and MAX together, with a condition, would read the whole table).
    auto ends = [&](const QString &table, const QString &column, const QString &condition) {
        const QString select = QStringLiteral("SELECT %1 FROM %2 WHERE %1 IS NOT NULL AND %3 ORDER BY %1 %4 LIMIT 1");
        return std::make_pair(SqlQuery::scalar(m_db, select.arg(column, table, condition, QStringLiteral("ASC"))).toString(),
                              SqlQuery::scalar(m_db, select.arg(column, table, condition, QStringLiteral("DESC"))).toString());
    };
    auto instants = [&](const QString &table, const QString &column, const QString &condition) {
        const auto [from, to] = ends(table, column, condition);
        if (!from.isEmpty())
            widen(IsoTime::parseUtc(from).toTimeZone(zone).date(), IsoTime::parseUtc(to).toTimeZone(zone).date());
    };
    instants(QStringLiteral("platform_posts"), QStringLiteral("published_at"), QStringLiteral("1 = 1"));
    const auto [firstDay, lastDay] = ends(QStringLiteral("daily_metrics"), QStringLiteral("day"), QStringLiteral("superseded_by IS NULL"));
    widen(IsoTime::parseDay(firstDay.left(10)), IsoTime::parseDay(lastDay.left(10)));
    webDays(widen);
    instants(QStringLiteral("mentions"), QStringLiteral("occurred_at"), QStringLiteral("superseded_by IS NULL"));
    if (!first.isValid() || !last.isValid())
        return std::nullopt;
    return std::make_pair(first, last);
}

WorkspaceStatistics::SetupProgress WorkspaceStatistics::setupProgress() const
{
    SetupProgress progress;
    progress.channels = SqlQuery::scalar(m_db, QStringLiteral("SELECT 1 FROM channels LIMIT 1")).isValid();
    progress.series = SqlQuery::scalar(m_db, QStringLiteral("SELECT 1 FROM series LIMIT 1")).isValid();
    progress.imports = SqlQuery::scalar(m_db, QStringLiteral("SELECT 1 FROM import_batches WHERE status = 'active' LIMIT 1")).isValid();
    return progress;
}

WorkspaceStatistics::Counts WorkspaceStatistics::counts() const
{
    struct Entry {
        const char *key;
        const char *sql;
    };
    static const Entry entries[] = {
        {"channels", "SELECT COUNT(*) FROM channels"},
        {"pillars", "SELECT COUNT(*) FROM pillars"},
        {"series", "SELECT COUNT(*) FROM series"},
        {"campaigns", "SELECT COUNT(*) FROM campaigns"},
        {"partners", "SELECT COUNT(*) FROM partners"},
        {"posts", "SELECT COUNT(*) FROM posts"},
        {"platform_posts", "SELECT COUNT(*) FROM platform_posts"},
        {"post_snapshots", "SELECT COUNT(*) FROM post_snapshots"},
        {"daily_metrics", "SELECT COUNT(*) FROM daily_metrics WHERE superseded_by IS NULL"},
        {"web_traffic", "SELECT COUNT(*) FROM web_traffic WHERE live <> 0"},
        {"mentions", "SELECT COUNT(*) FROM mentions WHERE superseded_by IS NULL"},
        {"import_batches", "SELECT COUNT(*) FROM import_batches WHERE status = 'active'"},
    };
    Counts result;
    for (const Entry &entry : entries)
        result.insert(QString::fromLatin1(entry.key), SqlQuery::scalar(m_db, QString::fromLatin1(entry.sql)).toLongLong());
    return result;
}

} // namespace Beamline
