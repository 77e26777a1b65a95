// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <core/domain/serverlocation.h>

namespace Beamline {

// The two database engines a workspace can live on: an SQLite file (the default, nothing to
// install) or a PostgreSQL database that a team shares.
enum class Engine { SQLite, PostgreSQL };

namespace Engines {
// The engine of an open connection (by its Qt driver).
Engine of(const QSqlDatabase &db);
inline bool isPostgres(const QSqlDatabase &db) { return of(db) == Engine::PostgreSQL; }
// The Qt SQL driver of an engine ("QSQLITE", "QPSQL").
QString driverName(Engine engine);
} // namespace Engines

} // namespace Beamline
