// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrationsteps.h"

#include "dailymetricrepository.h"
#include "mentionrepository.h"
#include "webtrafficrepository.h"

namespace Beamline::MigrationSteps {

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
    default:
        break;
    }
}

} // namespace Beamline::MigrationSteps
