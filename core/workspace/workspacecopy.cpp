// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacecopy.h"

#include <core/analytics/analyticsrepository.h>
#include <core/analytics/figuresjson.h>
#include <core/db/database.h>
#include <core/db/databaseerror.h>
#include <core/db/migrator.h>
#include <core/db/schemacatalog.h>
#include <core/db/settingsrepository.h>
#include <core/db/workspaceopener.h>
#include <core/db/workspacestatistics.h>
#include <core/domain/serverlocation.h>
#include <core/workspace/writer.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace Beamline {

namespace {

// The connection the copy reads and writes through, on each side.
const QString Purpose = QStringLiteral("copy");

QString shown(const QString &location)
{
    if (ServerLocation::isServer(location)) {
        const ServerLocation server = ServerLocation::parse(location);
        return server.isValid() ? server.toString() : location;
    }
    return QDir::toNativeSeparators(QFileInfo(location).absoluteFilePath());
}

QTimeZone zoneOf(const QSqlDatabase &db)
{
    const QTimeZone zone(SettingsRepository(db).value(SettingsRepository::TimeZone, QString()).toUtf8());
    return zone.isValid() ? zone : QTimeZone::systemTimeZone();
}

QByteArray statsJson(const QSqlDatabase &db, QDate from, QDate to)
{
    const AnalyticsRepository analytics(db, zoneOf(db));
    return QJsonDocument(FiguresJson::stats(analytics.periodStats(from, to))).toJson(QJsonDocument::Compact);
}

// Where the copy goes: an existing workspace (opened as every command opens one), or a place
// that becomes one inside the copy's transaction (a new or empty file, an empty database).
struct Target {
    std::unique_ptr<Database> database;
    bool newFile = false; // the file did not exist: remove it if the copy fails
    bool emptyFile = false; // the file existed, empty: empty it again if the copy fails
    QString path;
    QString error;
};

Target openTarget(const QString &location)
{
    Target target;
    if (ServerLocation::isServer(location)) {
        const ServerLocation server = ServerLocation::parse(location);
        if (!server.isValid()) {
            target.error = server.error();
            return target;
        }
        try {
            auto database = std::make_unique<Database>(server.toString());
            const QSqlDatabase db = database->connection(Purpose);
            if (Migrator::currentVersion(db) == 0) {
                if (!SchemaCatalog::tables(db).isEmpty()) {
                    target.error = WorkspaceCopy::tr("“%1” holds tables that are not a Beamline workspace. Nothing was changed.")
                                       .arg(server.toString());
                    return target;
                }
                target.database = std::move(database);
                return target;
            }
        } catch (const DatabaseError &error) {
            target.error = WorkspaceCopy::tr("“%1” could not be opened: %2")
                               .arg(server.toString(), error.detail().isEmpty() ? error.message() : error.detail());
            return target;
        }
    } else {
        const QFileInfo info(location);
        target.path = info.absoluteFilePath();
        if (!info.exists() || (info.isFile() && info.size() == 0)) {
            target.newFile = !info.exists();
            target.emptyFile = info.exists();
            if (!QDir().mkpath(info.absolutePath())) {
                target.error
                    = WorkspaceCopy::tr("Could not create the folder “%1”.").arg(QDir::toNativeSeparators(info.absolutePath()));
                return target;
            }
            target.database = std::make_unique<Database>(target.path);
            return target;
        }
    }
    WorkspaceOpener::Result opened = WorkspaceOpener::open(location, WorkspaceOpener::Mode::MustExist);
    if (!opened.ok()) {
        target.error = opened.message;
        return target;
    }
    if (opened.database->isReadOnly()) {
        target.error = opened.message.isEmpty() ? WorkspaceCopy::tr("“%1” is read-only.").arg(shown(location)) : opened.message;
        return target;
    }
    target.database = std::move(opened.database);
    return target;
}

// Leaves a target that the copy was to create as it was found: no file, or an empty one.
void undoNewFile(Target &target)
{
    if (!target.newFile && !target.emptyFile)
        return;
    target.database.reset(); // closes its connections
    for (const char *suffix : { "-wal", "-shm", "-journal" })
        QFile::remove(target.path + QLatin1String(suffix));
    if (target.newFile) {
        QFile::remove(target.path);
    } else {
        QFile file(target.path);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.close();
    }
}

// Compares both sides inside the copy's transactions; throws to roll the copy back.
void verify(const QSqlDatabase &source, const QSqlDatabase &target, WorkspaceCopy::Result *result)
{
    const WorkspaceCopier::Counts sourceCounts = WorkspaceCopier::rowCounts(source);
    const WorkspaceCopier::Counts targetCounts = WorkspaceCopier::rowCounts(target);
    result->counts.clear();
    result->rows = 0;
    QStringList different;
    for (auto it = sourceCounts.cbegin(); it != sourceCounts.cend(); ++it) {
        const qint64 copied = targetCounts.value(it.key(), -1);
        result->counts.append(WorkspaceCopy::TableCount { it.key(), it.value(), copied });
        result->rows += it.value();
        if (copied != it.value())
            different.append(WorkspaceCopy::tr("%1 (%2 rows, %3 in the copy)").arg(it.key()).arg(it.value()).arg(copied));
    }
    if (!different.isEmpty() || targetCounts.size() != sourceCounts.size())
        throw DatabaseError(
            WorkspaceCopy::tr("The copy does not have the source's rows: %1.").arg(different.join(QStringLiteral(", "))));

    const auto days = WorkspaceStatistics(source).measuredDays(zoneOf(source));
    if (!days)
        return;
    result->from = days->first;
    result->to = days->second;
    result->statsIdentical = statsJson(source, result->from, result->to) == statsJson(target, result->from, result->to);
    if (!result->statsIdentical)
        throw DatabaseError(WorkspaceCopy::tr("The figures of the copy differ from the source's (stats from %1 to %2).")
                                .arg(result->from.toString(Qt::ISODate), result->to.toString(Qt::ISODate)));
}

} // namespace

bool WorkspaceCopy::sameLocation(const QString &a, const QString &b)
{
    const bool serverA = ServerLocation::isServer(a);
    if (serverA != ServerLocation::isServer(b))
        return false;
    if (serverA) {
        const ServerLocation x = ServerLocation::parse(a);
        const ServerLocation y = ServerLocation::parse(b);
        const auto host
            = [](const ServerLocation &s) { return s.host().isEmpty() ? QStringLiteral("localhost") : s.host().toLower(); };
        const auto port = [](const ServerLocation &s) { return s.port() > 0 ? s.port() : 5432; };
        return host(x) == host(y) && port(x) == port(y) && x.database() == y.database();
    }
    const QFileInfo x(a);
    const QFileInfo y(b);
    if (x.exists() && y.exists())
        return x.canonicalFilePath() == y.canonicalFilePath();
    return x.absoluteFilePath() == y.absoluteFilePath();
}

WorkspaceCopy::Result WorkspaceCopy::run(const QString &from, const QString &to, const Options &options)
{
    Result result;
    if (sameLocation(from, to)) {
        result.status = Result::Status::Refused;
        result.message = tr("“%1” is both the source and the target; copy to another file or database.").arg(shown(to));
        return result;
    }
    WorkspaceOpener::Result source = WorkspaceOpener::open(from, WorkspaceOpener::Mode::MustExist);
    if (!source.ok()) {
        result.status = Result::Status::Refused;
        result.message = source.message;
        return result;
    }
    Target target = openTarget(to);
    if (!target.database) {
        result.status = Result::Status::Refused;
        result.message = target.error;
        return result;
    }

    WorkspaceCopier::Options copyOptions;
    copyOptions.replace = options.replace;
    copyOptions.progress = options.progress;
    // Windows open on a team workspace that a copy replaced reload everything.
    ChangeSet everything;
    for (int k = 0; k <= int(ChangeSet::Kind::Settings); ++k)
        everything.add(ChangeSet::Kind(k));
    copyOptions.notifyChannel = Writer::notifyChannel();
    copyOptions.notice = Writer::notice(target.database->token(), everything);
    copyOptions.check = [&result](const QSqlDatabase &s, const QSqlDatabase &t) { verify(s, t, &result); };
    try {
        WorkspaceCopier copier(source.database->connection(Purpose), target.database->connection(Purpose));
        const WorkspaceCopier::Result copied = copier.copy(copyOptions);
        switch (copied.status) {
        case WorkspaceCopier::Status::Copied:
            result.status = Result::Status::Copied;
            return result;
        case WorkspaceCopier::Status::TargetNotEmpty:
            result.status = Result::Status::Refused;
            result.message
                = tr("“%1” already holds a workspace with data (%2); nothing was changed. Copy to a new file or an empty "
                     "database, or add --replace to replace what it holds.")
                      .arg(shown(to), copied.nonEmpty.join(QStringLiteral(", ")));
            break;
        case WorkspaceCopier::Status::Cancelled:
            result.status = Result::Status::Cancelled;
            result.message = tr("The copy was cancelled; “%1” was left as it was.").arg(shown(to));
            break;
        }
    } catch (const DatabaseError &error) {
        result.status = Result::Status::Failed;
        result.message
            = tr("The copy failed, and “%1” was left as it was: %2")
                  .arg(shown(to),
                       error.detail().isEmpty() ? error.message()
                                                : error.message() + QStringLiteral(" (") + error.detail() + QLatin1Char(')'));
    }
    undoNewFile(target);
    return result;
}

} // namespace Beamline
