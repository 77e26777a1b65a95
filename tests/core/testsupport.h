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

// A fresh workspace in a temporary folder, created by the real migrations.
class TestWorkspace final
{
public:
    TestWorkspace();
    ~TestWorkspace();

    Workspace &workspace() { return *m_workspace; }
    QSqlDatabase db() const { return m_workspace->connection(); }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    // Closes and reopens the file (to check what really was stored).
    void reopen();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_workspace;
};

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
