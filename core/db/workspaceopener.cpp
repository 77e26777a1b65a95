// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspaceopener.h"

#include "database.h"
#include "databaseerror.h"
#include "migrator.h"
#include "schemacatalog.h"
#include "sqlquery.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSql)

namespace Beamline {

namespace {

constexpr char SqliteMagic[] = "SQLite format 3";

struct Probe {
    bool exists = false;
    bool empty = false;
    bool sqlite = false;
    QString error;
};

Probe probeFile(const QString &path)
{
    Probe probe;
    QFileInfo info(path);
    probe.exists = info.exists();
    if (!probe.exists)
        return probe;
    if (info.isDir()) {
        probe.error = WorkspaceOpener::tr("“%1” is a folder, not a workspace file.").arg(QDir::toNativeSeparators(path));
        return probe;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        probe.error = WorkspaceOpener::tr("Could not read “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return probe;
    }
    const QByteArray head = file.read(16);
    probe.empty = head.isEmpty();
    probe.sqlite = head.size() == 16 && head.startsWith(QByteArray(SqliteMagic)) && head.at(15) == '\0';
    return probe;
}

QString backupPathFor(const QString &path, int version)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString candidate = QStringLiteral("%1.v%2-%3.bak").arg(path).arg(version).arg(stamp);
    int n = 2;
    while (QFile::exists(candidate))
        candidate = QStringLiteral("%1.v%2-%3-%4.bak").arg(path).arg(version).arg(stamp).arg(n++);
    return candidate;
}

} // namespace

int WorkspaceOpener::supportedVersion()
{
    return Migrator().latestVersion();
}

bool WorkspaceOpener::isWorkspaceFile(const QString &path)
{
    if (ServerLocation::isServer(path))
        return true;
    const QFileInfo info(path);
    if (info.isDir())
        return false;
    if (info.suffix().compare(QLatin1String("beamline"), Qt::CaseInsensitive) == 0)
        return true;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(72);
    if (head.size() < 72 || !head.startsWith(QByteArray(SqliteMagic, sizeof SqliteMagic)))
        return false;
    const auto byte = [&head](int i) { return quint32(quint8(head.at(i))); };
    const quint32 applicationId = byte(68) << 24 | byte(69) << 16 | byte(70) << 8 | byte(71);
    return applicationId == quint32(Database::ApplicationId);
}

WorkspaceOpener::Result WorkspaceOpener::openServer(const QString &location, Mode mode, const QString &migrations)
{
    Result result;
    const ServerLocation server = ServerLocation::parse(location);
    if (!server.isValid()) {
        result.message = server.error();
        return result;
    }
    const QString shown = server.toString();
    const Migrator migrator = migrations.isEmpty() ? Migrator() : Migrator(migrations);
    const int latest = migrator.latestVersion();
    result.toVersion = latest;

    auto database = std::make_unique<Database>(shown, Database::Access::ReadWrite);
    try {
        const QSqlDatabase db = database->connection();
        const int version = Migrator::currentVersion(db);
        result.fromVersion = version;
        if (version == 0) {
            // A new team workspace is an empty database that IT created for it; a database with
            // other tables is someone else's.
            if (SchemaCatalog::tables(db).size() > 0) {
                result.message = tr("“%1” holds tables that are not a Beamline workspace. Nothing was changed.").arg(shown);
                return result;
            }
            if (mode == Mode::MustExist) {
                result.message = tr("“%1” holds no Beamline workspace yet.").arg(shown);
                return result;
            }
        } else if (SqlQuery::scalar(db, QStringLiteral("SELECT application_id FROM beamline_schema WHERE id = 1")).toLongLong()
                   != Database::ApplicationId) {
            result.message = tr("“%1” is not a Beamline workspace. Nothing was changed.").arg(shown);
            return result;
        }
        const bool mayWrite = version == 0 || SchemaCatalog::mayWrite(db);
        if (version > latest || !mayWrite) {
            database.reset();
            result.database = std::make_unique<Database>(shown, Database::Access::ReadOnly);
            result.database->connection(); // fails here, not later, when even reading is refused
            result.status = Status::OpenedReadOnly;
            result.message = version > latest
                ? tr("“%1” was saved by a newer version of Beamline (workspace format %2; this version knows up to %3). "
                     "It is open read-only so nothing in it can be lost.").arg(shown).arg(version).arg(latest)
                : tr("You may read “%1” but not change it (your database role is a viewer's); it is open read-only.").arg(shown);
            return result;
        }
        if (version < latest) {
            // Each step is one transaction on the server: a failed upgrade leaves the previous
            // version as it was (a copy aside is the server's backups' business, pg_dump).
            migrator.migrate(db);
            result.status = version == 0 ? Status::Created : Status::Migrated;
            if (version > 0)
                result.message = tr("The workspace was upgraded from format %1 to %2.").arg(version).arg(latest);
        } else {
            result.status = Status::Opened;
        }
    } catch (const DatabaseError &error) {
        result.database.reset();
        result.message = error.isBusy() ? tr("“%1” is busy: another program holds its lock. Try again in a moment.").arg(shown)
                                        : tr("“%1” could not be opened: %2").arg(shown, error.detail().isEmpty() ? error.message() : error.detail());
        result.status = Status::Refused;
        return result;
    }
    result.database = std::move(database);
    return result;
}

WorkspaceOpener::Result WorkspaceOpener::open(const QString &filePath, Mode mode, const QString &migrations)
{
    if (ServerLocation::isServer(filePath))
        return openServer(filePath, mode, migrations);
    Result result;
    const QString path = QFileInfo(filePath).absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(path);
    const Probe probe = probeFile(path);
    if (!probe.error.isEmpty()) {
        result.message = probe.error;
        return result;
    }
    if (!probe.exists && mode == Mode::MustExist) {
        result.message = tr("“%1” does not exist.").arg(shown);
        return result;
    }
    if (probe.exists && !probe.empty && !probe.sqlite) {
        result.message = tr("“%1” is not a Beamline workspace (it is not an SQLite database). The file was not changed.").arg(shown);
        return result;
    }
    if (!probe.exists) {
        const QDir dir = QFileInfo(path).absoluteDir();
        if (!dir.exists() && !QDir().mkpath(dir.absolutePath())) {
            result.message = tr("Could not create the folder “%1”.").arg(QDir::toNativeSeparators(dir.absolutePath()));
            return result;
        }
    }

    const Migrator migrator = migrations.isEmpty() ? Migrator() : Migrator(migrations);
    const int latest = migrator.latestVersion();
    result.toVersion = latest;

    int version = 0;
    if (probe.exists && !probe.empty) {
        // Inspect through a read-only connection so a foreign file is never written to.
        try {
            Database inspect(path, Database::Access::ReadOnly);
            const QSqlDatabase db = inspect.connection(QStringLiteral("probe"));
            const qint64 applicationId = SqlQuery::scalar(db, QStringLiteral("PRAGMA application_id")).toLongLong();
            version = SqlQuery::scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
            const int objects = SqlQuery::scalar(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master")).toInt();
            if (applicationId != Database::ApplicationId && (objects > 0 || version != 0)) {
                result.message = tr("“%1” is an SQLite database, but not a Beamline workspace. The file was not changed.").arg(shown);
                return result;
            }
        } catch (const DatabaseError &error) {
            result.message = error.isBusy()
                ? tr("“%1” is locked by another program. Close it there and try again.").arg(shown)
                : tr("“%1” could not be read: %2").arg(shown, error.detail());
            return result;
        }
    }
    result.fromVersion = version;

    const bool writable = !probe.exists || QFileInfo(path).isWritable();
    if (version > latest || !writable) {
        result.database = std::make_unique<Database>(path, Database::Access::ReadOnly);
        result.status = Status::OpenedReadOnly;
        result.message = version > latest
            ? tr("“%1” was saved by a newer version of Beamline (workspace format %2; this version knows up to %3). "
                 "It is open read-only so nothing in it can be lost.").arg(shown).arg(version).arg(latest)
            : tr("“%1” is not writable; it is open read-only.").arg(shown);
        return result;
    }

    auto database = std::make_unique<Database>(path, Database::Access::ReadWrite);
    try {
        const QSqlDatabase db = database->connection();
        if (version < latest) {
            if (version > 0) {
                SqlQuery::execute(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
                result.backupPath = backupPathFor(path, version);
                if (!QFile::copy(path, result.backupPath)) {
                    result.message = tr("Could not copy “%1” aside before upgrading it; it was left as it was.").arg(shown);
                    result.backupPath.clear();
                    return result;
                }
                qCInfo(lcSql) << "backed up" << path << "to" << result.backupPath;
            }
            migrator.migrate(db);
            // The new header (application id, user_version) is in the WAL until a checkpoint;
            // write it to the file itself so that file managers recognise the workspace by its
            // content (shared-mime-info reads offset 68) while it is open.
            SqlQuery::execute(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            result.status = version == 0 ? Status::Created : Status::Migrated;
            if (version > 0) {
                result.message = tr("The workspace was upgraded from format %1 to %2. A copy of the old file was kept as “%3”.")
                                     .arg(version).arg(latest).arg(QDir::toNativeSeparators(result.backupPath));
            }
        } else {
            result.status = Status::Opened;
        }
    } catch (const DatabaseError &error) {
        result.message = error.isBusy()
            ? tr("“%1” is locked by another program. Close it there and try again.").arg(shown)
            : tr("“%1” could not be opened: %2").arg(shown, error.detail());
        result.status = Status::Refused;
        return result;
    }
    result.database = std::move(database);
    return result;
}

} // namespace Beamline
