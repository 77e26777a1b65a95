// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "commandsupport.h"

#include <core/db/databaseerror.h>
#include <core/db/migrator.h>
#include <core/db/workspacestatistics.h>
#include <core/workspace/workspace.h>

#include <QJsonObject>

namespace Beamline::Commands {

int info(const QStringList &arguments)
{
    CommandSupport cmd(QStringLiteral("info"), CommandSupport::tr("Describe a workspace: format, name and what it holds."));
    cmd.addDbOption();
    cmd.parser().addOption({QStringLiteral("json"), CommandSupport::tr("Print one JSON object.")});
    int code = 0;
    if (!cmd.parse(arguments, &code))
        return code;
    auto workspace = cmd.openWorkspace(WorkspaceOpener::Mode::MustExist, false, &code);
    if (!workspace)
        return code;
    try {
        const WorkspaceStatistics::Counts counts = WorkspaceStatistics(workspace->connection()).counts();
        QJsonObject object{
            {QStringLiteral("file"), workspace->filePath()},
            {QStringLiteral("name"), workspace->name()},
            {QStringLiteral("format"), Migrator::currentVersion(workspace->connection())},
            {QStringLiteral("time_zone"), QString::fromUtf8(workspace->timeZone().id())},
            {QStringLiteral("demo"), workspace->isDemo()},
            {QStringLiteral("read_only"), workspace->isReadOnly()},
        };
        QJsonObject tables;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            tables.insert(it.key(), it.value());
        object.insert(QStringLiteral("counts"), tables);
        if (cmd.parser().isSet(QStringLiteral("json"))) {
            cmd.printJson(QJsonDocument(object));
        } else {
            cmd.out() << CommandSupport::tr("Workspace: %1").arg(workspace->name()) << Qt::endl;
            cmd.out() << CommandSupport::tr("File:      %1").arg(workspace->filePath()) << Qt::endl;
            cmd.out() << CommandSupport::tr("Format:    %1").arg(object.value(QStringLiteral("format")).toInt()) << Qt::endl;
            cmd.out() << CommandSupport::tr("Time zone: %1").arg(object.value(QStringLiteral("time_zone")).toString()) << Qt::endl;
            for (auto it = counts.cbegin(); it != counts.cend(); ++it)
                cmd.out() << QStringLiteral("  %1 %2").arg(it.key().leftJustified(16)).arg(it.value()) << Qt::endl;
        }
    } catch (const DatabaseError &error) {
        return cmd.databaseFailure(error);
    }
    return 0;
}

} // namespace Beamline::Commands
