// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/db/versionedrows.h>
#include <core/domain/attributionrule.h>

#include <core/workspace/workspace.h>

#include <QSqlDatabase>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Beamline::Test {

// The engine the tests run on: SQLite, or PostgreSQL when the environment says
// BEAMLINE_TEST_ENGINE=postgresql (CTest's <name>_postgresql variants, with the throwaway server
// of the postgres_server fixture, whose "PORT DIR" BEAMLINE_TEST_SERVER_STATE names).
bool onPostgres();
// The address of a database on the test server, as `user` (default: the server's superuser).
QString serverLocation(const QString &database, const QString &user = QStringLiteral("postgres"));
// Runs one statement on the test server's maintenance database as its superuser (CREATE ROLE...).
void serverExecute(const QString &sql);

// A new, empty database on the test server, dropped (with whatever still connects to it) when
// this object goes.
class ServerDatabase final
{
public:
    ServerDatabase();
    ~ServerDatabase();
    Q_DISABLE_COPY_MOVE(ServerDatabase)

    QString name() const { return m_name; }
    QString location(const QString &user = QStringLiteral("postgres")) const { return serverLocation(m_name, user); }

private:
    QString m_name;
};

// A fresh workspace created by the real migrations: a file in a temporary folder, or on
// PostgreSQL (onPostgres()) a new database on the test server.
class TestWorkspace final
{
public:
    TestWorkspace();
    ~TestWorkspace();

    Workspace &workspace() { return *m_workspace; }
    QSqlDatabase db() const { return m_workspace->connection(); }
    // The workspace's location: its file, or its server URI (what --db takes).
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    bool isServer() const { return m_server != nullptr; }
    // Closes and reopens the workspace (to check what really was stored).
    void reopen();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ServerDatabase> m_server;
    QString m_path;
    std::unique_ptr<Workspace> m_workspace;
};

// SQL that differs between the engines, for the tests' own assertions: text of `parts` joined
// with `separator` (group_concat / string_agg), and a number rounded to `digits` decimals.
QString joined(const QString &expression, const QString &separator);
QString rounded(const QString &expression, int digits);

// Every row of every table in a stable text form: two dumps are equal exactly when the
// database content is.
QString dumpContent(const QSqlDatabase &db);
// Runs a single-value query (test assertions only).
QVariant scalar(const QSqlDatabase &db, const QString &sql);
QString sha256Of(const QString &path);
// Stores an empty import batch named `name` and returns its id.
// A batch whose digest is its name, captured at `capturedAt` (default: 2017-02-01).
qint64 newBatch(const QSqlDatabase &db, const QString &name, const QDateTime &capturedAt = {});
// What decides between the batch's rows and other batches' (its capture time and digest).
VersionedRows::Precedence precedenceOf(const QSqlDatabase &db, qint64 batchId);
// Undoes an import through the workspace's writer; false when it failed or there was nothing to undo.
bool undoImport(Workspace &workspace, qint64 batchId);
// Saves the web attribution rules through the workspace's writer.
bool saveRules(Workspace &workspace, const QVector<AttributionRule> &rules);
// A sample export from tests/data/samples.
QString sample(const QString &relativePath);

} // namespace Beamline::Test
