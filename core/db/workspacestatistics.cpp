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

std::optional<std::pair<QDate, QDate>> WorkspaceStatistics::measuredDays(const QTimeZone &zone) const
{
    QDate first, last;
    auto widen = [&](QDate from, QDate to) {
        if (from.isValid() && (!first.isValid() || from < first))
            first = from;
        if (to.isValid() && (!last.isValid() || to > last))
            last = to;
    };
    auto instants = [&](const QString &sql) {
        SqlQuery q(m_db, sql);
        q.exec();
        if (q.next())
            widen(IsoTime::parseUtc(q.text(0)).toTimeZone(zone).date(), IsoTime::parseUtc(q.text(1)).toTimeZone(zone).date());
    };
    auto days = [&](const QString &sql) {
        SqlQuery q(m_db, sql);
        q.exec();
        if (q.next())
            widen(IsoTime::parseDay(q.text(0).left(10)), IsoTime::parseDay(q.text(1).left(10)));
    };
    instants(QStringLiteral("SELECT MIN(published_at), MAX(published_at) FROM platform_posts WHERE published_at IS NOT NULL"));
    days(QStringLiteral("SELECT MIN(day), MAX(day) FROM daily_metrics WHERE superseded_by IS NULL"));
    days(QStringLiteral("SELECT MIN(period_start), MAX(period_end) FROM web_traffic WHERE live <> 0"));
    instants(QStringLiteral("SELECT MIN(occurred_at), MAX(occurred_at) FROM mentions WHERE superseded_by IS NULL"));
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
