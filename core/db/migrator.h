// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Beamline {

// Brings a workspace schema up to date. Migrations are numbered files
// (NNNN_what.sql) in a directory, by default the resources bundled with the core
// library. Each file is applied in one transaction together with the new
// PRAGMA user_version, so a failure leaves the previous version intact.
class Migrator final
{
public:
    struct Migration {
        int version = 0;
        QString name;
        QString path;
    };

    explicit Migrator(const QString &directory = QStringLiteral(":/sql/migrations"));

    // Highest version the migrations describe; 0 if there are none.
    int latestVersion() const;
    const QVector<Migration> &migrations() const { return m_migrations; }

    static int currentVersion(const QSqlDatabase &db);
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
