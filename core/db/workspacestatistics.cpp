// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacestatistics.h"

#include "sqlquery.h"

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
