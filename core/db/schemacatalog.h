// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace Beamline {

// What a workspace's schema holds, asked of either engine's catalogue (sqlite_master and its
// PRAGMAs, or PostgreSQL's information schema): for copying a workspace between engines,
// comparing two, and tests. Throws DatabaseError.
namespace SchemaCatalog {

// The workspace's tables, by name; without the engine's own and the schema version's.
QStringList tables(const QSqlDatabase &db);
// A table's columns in their order.
QStringList columns(const QSqlDatabase &db, const QString &table);

// What a column stores, whatever the engine calls it (SQLite's declared type and its affinity
// rules; PostgreSQL's data type): what a value must become to be written there.
enum class ColumnKind { Integer, Real, Text, Blob, Boolean };
struct Column {
    QString name;
    ColumnKind kind = ColumnKind::Text;
};
// A table's columns with their kinds, in their order.
QList<Column> typedColumns(const QSqlDatabase &db, const QString &table);
// The tables a table's foreign keys refer to (itself excluded).
QStringList parents(const QSqlDatabase &db, const QString &table);
// The tables ordered so that each comes after those it refers to.
QStringList tablesInDependencyOrder(const QSqlDatabase &db);
// True when the connection's role may change the workspace (always on SQLite, where the file's
// permissions decide; on PostgreSQL the role's privileges on the plan).
bool mayWrite(const QSqlDatabase &db);
// After rows were written with their own ids: each table's id sequence continues after the
// greatest id (PostgreSQL's identity columns; SQLite needs nothing).
void continueIdentities(const QSqlDatabase &db);

} // namespace SchemaCatalog

} // namespace Beamline
