// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Beamline {

// Brings a workspace schema up to date. Migrations are numbered files
// (NNNN_what.sql) in a directory, by default the resources bundled with the core
// library. Each file is applied in one transaction together with the new schema version
// (SQLite's PRAGMA user_version; on PostgreSQL the one row of beamline_schema), so a
// failure leaves the previous version intact.
//
// One schema, two engines: where PostgreSQL's DDL differs (identity columns, 64-bit integers,
// double precision, byte-order collation), the subfolder postgresql/ holds that engine's
// variant of the same numbered step, under the same name; a step without one runs as it is on
// both. The program's own steps after the SQL (MigrationSteps) run on both.
class Migrator final
{
public:
    struct Migration {
        int version = 0;
        QString name;
        QString path;
        QString postgresPath; // PostgreSQL's variant; empty when the step is the same on both
    };

    explicit Migrator(const QString &directory = QStringLiteral(":/sql/migrations"));

    // Highest version the migrations describe; 0 if there are none.
    int latestVersion() const;
    const QVector<Migration> &migrations() const { return m_migrations; }

    static int currentVersion(const QSqlDatabase &db);
    // The file a migration runs on the engine of `db`.
    static QString pathFor(const Migration &migration, const QSqlDatabase &db);
    // Applies every migration newer than the database's version. Throws DatabaseError;
    // the failing migration leaves no trace.
    void migrate(const QSqlDatabase &db) const;

    // Splits a script into statements: ';' at the end of a statement, outside quotes
    // and comments. (Qt's SQLite driver runs one statement per exec.)
    static QStringList splitStatements(const QString &script);

private:
    QVector<Migration> m_migrations;
};

} // namespace Beamline
