// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

namespace Beamline::MigrationSteps {

// What a numbered migration needs the program for, after its SQL and inside its
// transaction: digests the program computes, decisions SQL cannot make. Throws
// DatabaseError like the statements.
void afterStatements(int version, const QSqlDatabase &db);

} // namespace Beamline::MigrationSteps
