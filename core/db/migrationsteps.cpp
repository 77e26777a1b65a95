// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrationsteps.h"

#include "dailymetricrepository.h"
#include "databaseerror.h"
#include "engine.h"
#include "mentionrepository.h"
#include "sqlquery.h"
#include "webtrafficrepository.h"

namespace Beamline::MigrationSteps {

namespace {

// 0007_ids_never_reused rewrote table declarations in sqlite_master: every connection reads
// them again once the schema version moved on. Then the file must still be sound.
void finishAutoincrement(const QSqlDatabase &db)
{
    const qint64 schema = SqlQuery::scalar(db, QStringLiteral("PRAGMA schema_version")).toLongLong();
    // PRAGMA takes no bound parameters; the number comes from the database itself.
    SqlQuery::execute(db, QStringLiteral("PRAGMA schema_version = %1").arg(schema + 1));
    SqlQuery::execute(db, QStringLiteral("PRAGMA writable_schema = OFF"));
    const QString check = SqlQuery::scalar(db, QStringLiteral("PRAGMA quick_check")).toString();
    if (check != QLatin1String("ok"))
        throw DatabaseError(QStringLiteral("The workspace failed its check after migration 7"), check);
}

} // namespace

void afterStatements(int version, const QSqlDatabase &db)
{
    switch (version) {
    case 3:
        // 0003_facts: the daily metrics' key gained the breakdown, and 'timeseries' became
        // 'site'; the digests of those keys change. Then the exports' capture times, not the
        // order they were imported in, decide which rows hold each fact.
        VersionedRows::rehash(db, DailyMetricRepository::table());
        VersionedRows::rehash(db, WebTrafficRepository::table(), QStringLiteral("report = 'site'"));
        VersionedRows::resolveAll(db, DailyMetricRepository::table());
        VersionedRows::resolveAll(db, WebTrafficRepository::table());
        VersionedRows::resolveAll(db, MentionRepository::table());
        break;
    case 7:
        if (!Engines::isPostgres(db))
            finishAutoincrement(db);
        break;
    default:
        break;
    }
}

} // namespace Beamline::MigrationSteps
