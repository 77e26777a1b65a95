// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace Beamline {

// Opens a workspace safely: creates and migrates a new one, copies an old file aside
// before migrating it, opens a newer one read-only, and refuses (untouched) a file that is
// not SQLite or not a Beamline workspace. A postgresql:// location is a team workspace on a
// server: an empty database becomes a new workspace, a role without write privileges opens
// it read-only, and a database holding other tables is refused.
class WorkspaceOpener final
{
    Q_DECLARE_TR_FUNCTIONS(Beamline::WorkspaceOpener)

public:
    enum class Status {
        Opened,         // already at the current schema
        Created,        // a new workspace was created
        Migrated,       // an older schema was upgraded (backupPath holds the copy)
        OpenedReadOnly, // newer schema than this program, or the file is not writable
        Refused,        // not opened; the file was left untouched
    };

    struct Result {
        Status status = Status::Refused;
        std::unique_ptr<Database> database;
        QString message; // user-facing, translated; empty when there is nothing to say
        QString backupPath;
        int fromVersion = 0;
        int toVersion = 0;

        bool ok() const { return database != nullptr; }
    };

    enum class Mode { CreateIfMissing, MustExist };

    // `migrations` overrides the bundled migration folder (tests use it to rehearse upgrades).
    static Result open(const QString &filePath, Mode mode = Mode::CreateIfMissing, const QString &migrations = {});
    // Latest schema version this program knows.
    static int supportedVersion();

    // True when `path` names a workspace rather than an export: a file whose SQLite header
    // carries Beamline's application id (Database::ApplicationId, big-endian at offset 68), or
    // a name ending in ".beamline", which need not exist yet (opening it creates it). Reads at
    // most the first 72 bytes of the file; a folder is never a workspace.
    static bool isWorkspaceFile(const QString &path);

private:
    static Result openServer(const QString &location, Mode mode, const QString &migrations);
};

} // namespace Beamline
