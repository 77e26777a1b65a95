// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "commandsupport.h"

#include <core/import/importer.h>
#include <core/workspace/workspace.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

namespace Beamline::Commands {

int import(const QStringList &arguments)
{
    CommandSupport cmd(QStringLiteral("import"),
                       CommandSupport::tr("Import platform exports (CSV, ZIP, XLS) into a workspace. Each file is one transaction: "
                                          "a file with an error changes nothing. Importing the same file twice changes nothing."));
    cmd.addDbOption();
    cmd.parser().addOption({QStringLiteral("format"), CommandSupport::tr("Read every file as this format (see --list-formats) "
                                                                         "or a saved mapping's name, instead of detecting it."),
                            QStringLiteral("NAME")});
    cmd.parser().addOption({QStringLiteral("time-zone"), CommandSupport::tr("Zone of exports that give local times without one "
                                                                            "(default: the workspace's)."),
                            QStringLiteral("ZONE")});
    cmd.parser().addOption({QStringLiteral("json"), CommandSupport::tr("Print a JSON array, one object per file, and nothing else.")});
    cmd.parser().addOption({QStringLiteral("preview"), CommandSupport::tr("Read and count only; write nothing.")});
    cmd.parser().addOption({QStringLiteral("skip-bad-rows"),
                            CommandSupport::tr("Leave out the rows that cannot be read (listed in the output) instead of importing "
                                               "nothing from a file that has any.")});
    cmd.parser().addOption({QStringLiteral("list-formats"), CommandSupport::tr("List the formats Beamline recognises and exit.")});
    cmd.parser().addPositionalArgument(QStringLiteral("PATH"), CommandSupport::tr("Export files or folders."), QStringLiteral("PATH..."));
    int code = 0;
    if (!cmd.parse(arguments, &code))
        return code;
    if (cmd.parser().isSet(QStringLiteral("list-formats"))) {
        // One line per format: its id, its name and the UI languages of the exports it reads.
        for (const auto &format : Importer::formats())
            cmd.out() << format->id().leftJustified(30) << format->displayName() << QStringLiteral(" (")
                      << format->languages().join(QStringLiteral(", ")) << QLatin1Char(')') << Qt::endl;
        return 0;
    }
    const QStringList paths = Importer::expandPaths(cmd.parser().positionalArguments().mid(1));
    if (paths.isEmpty())
        return cmd.usageError(CommandSupport::tr("Give at least one file to import."));
    ImportOptions options;
    options.format = cmd.parser().value(QStringLiteral("format"));
    options.preview = cmd.parser().isSet(QStringLiteral("preview"));
    options.skipBadRows = cmd.parser().isSet(QStringLiteral("skip-bad-rows"));
    if (cmd.parser().isSet(QStringLiteral("time-zone"))) {
        options.timeZone = QTimeZone(cmd.parser().value(QStringLiteral("time-zone")).toUtf8());
        if (!options.timeZone.isValid())
            return cmd.usageError(CommandSupport::tr("Unknown time zone “%1”; use an IANA name such as Europe/Zurich.")
                                      .arg(cmd.parser().value(QStringLiteral("time-zone"))));
    }
    // A workspace that does not exist yet is created.
    auto workspace = cmd.openWorkspace(WorkspaceOpener::Mode::CreateIfMissing, !options.preview, &code);
    if (!workspace)
        return code;

    const bool json = cmd.parser().isSet(QStringLiteral("json"));
    Importer importer(workspace->database(), options);
    QJsonArray results;
    bool anyFailed = false;
    for (const QString &path : paths) {
        const ImportReport report = importer.importFile(path);
        anyFailed = anyFailed || report.failed();
        if (json) {
            results.append(QJsonObject{
                {QStringLiteral("file"), path},
                {QStringLiteral("format"), report.format().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(report.format())},
                {QStringLiteral("added"), report.added},
                {QStringLiteral("updated"), report.updated},
                {QStringLiteral("unchanged"), report.unchanged},
                {QStringLiteral("skipped"), report.skipped},
                {QStringLiteral("skipped_rows"), QJsonArray::fromStringList(report.skippedRows)},
                {QStringLiteral("older"), report.older},
                {QStringLiteral("duplicates"), report.duplicates},
                {QStringLiteral("warnings"), QJsonArray::fromStringList(report.warnings)},
                {QStringLiteral("error"), report.failed() ? QJsonValue(report.error) : QJsonValue(QJsonValue::Null)},
            });
            continue;
        }
        if (report.failed()) {
            cmd.err() << QStringLiteral("beamline import: ") << report.error << Qt::endl;
            if (report.formats.contains(QStringLiteral("unknown")))
                cmd.err() << CommandSupport::tr("  Read it as a known format or a saved mapping with --format NAME (see --list-formats).")
                          << Qt::endl;
            continue;
        }
        cmd.out() << CommandSupport::tr("%1: %2, %3 added, %4 updated, %5 unchanged, %6 skipped")
                         .arg(path, report.format().isEmpty() ? CommandSupport::tr("nothing to import") : report.format())
                         .arg(report.added)
                         .arg(report.updated)
                         .arg(report.unchanged)
                         .arg(report.skipped)
                  << Qt::endl;
        for (const QString &row : report.skippedRows)
            cmd.err() << QStringLiteral("  skipped: ") << row << Qt::endl;
        for (const QString &warning : report.warnings)
            cmd.err() << QStringLiteral("  warning: ") << warning << Qt::endl;
    }
    if (json)
        cmd.printJson(QJsonDocument(results));
    return anyFailed ? 1 : 0;
}

} // namespace Beamline::Commands
