// SPDX-License-Identifier: GPL-3.0-or-later
// beamline workspace copy: move a workspace between a file and a team's server (or two of a kind).
#include "commands.h"
#include "commandsupport.h"

#include <core/workspace/workspacecopy.h>

#include <QElapsedTimer>
#include <QLocale>

namespace Beamline::Commands {

namespace {

QString usage()
{
    return CommandSupport::tr("Usage: beamline workspace copy --from FILE|URI --to FILE|URI [--replace]\n"
                              "Copies a workspace to a new file or an empty PostgreSQL database (or back), in one "
                              "transaction, then verifies it.");
}

void printCounts(QTextStream &out, const WorkspaceCopy::Result &result)
{
    out << QStringLiteral("%1 %2 %3")
               .arg(CommandSupport::tr("table").leftJustified(24), CommandSupport::tr("source").rightJustified(10),
                    CommandSupport::tr("copy").rightJustified(10))
        << Qt::endl;
    for (const WorkspaceCopy::TableCount &count : result.counts) {
        out << QStringLiteral("%1 %2 %3").arg(count.table.leftJustified(24)).arg(count.source, 10).arg(count.target, 10)
            << Qt::endl;
    }
    out << QStringLiteral("%1 %2 %3")
               .arg(CommandSupport::tr("all tables").leftJustified(24))
               .arg(result.rows, 10)
               .arg(result.rows, 10)
        << Qt::endl;
    if (result.from.isValid()) {
        out << CommandSupport::tr("stats --json from %1 to %2: identical")
                   .arg(result.from.toString(Qt::ISODate), result.to.toString(Qt::ISODate))
            << Qt::endl;
    } else {
        out << CommandSupport::tr("stats: nothing imported, no figures to compare") << Qt::endl;
    }
}

int copy(const QStringList &arguments)
{
    CommandSupport cmd(
        QStringLiteral("workspace copy"),
        CommandSupport::tr("Copy a workspace: from a file to a team workspace on a PostgreSQL server, back to a file "
                           "(a backup, or to work offline), or between two of a kind. The copy keeps every row and "
                           "id, is one transaction on the target, and is verified before it is kept: the row count "
                           "of every table and the figures of `beamline stats --json` over the measured period must "
                           "be the same on both sides. The target must be a new file, an empty database or an "
                           "empty workspace."));
    QCommandLineParser &parser = cmd.parser();
    parser.addOption({ QStringLiteral("from"),
                       CommandSupport::tr("The workspace to copy: a FILE or postgresql://USER@HOST:PORT/DBNAME."),
                       QStringLiteral("FILE|URI") });
    parser.addOption({ QStringLiteral("to"),
                       CommandSupport::tr("Where to copy it: a new FILE, or an empty database's postgresql:// address."),
                       QStringLiteral("FILE|URI") });
    parser.addOption({ QStringLiteral("replace"),
                       CommandSupport::tr("Replace what the target holds (its rows are deleted in the "
                                          "copy's transaction; a failed copy keeps them).") });
    int code = 0;
    if (!cmd.parse(arguments, &code))
        return code;
    if (!parser.positionalArguments().mid(1).isEmpty())
        return cmd.usageError(CommandSupport::tr("Unexpected argument “%1”.").arg(parser.positionalArguments().at(1)));
    const QString from = parser.value(QStringLiteral("from"));
    const QString to = parser.value(QStringLiteral("to"));
    if (from.isEmpty() || to.isEmpty())
        return cmd.usageError(CommandSupport::tr("--from FILE|URI and --to FILE|URI are required."));
    if (WorkspaceCopy::sameLocation(from, to))
        return cmd.usageError(CommandSupport::tr("--from and --to name the same workspace."));

    // Progress on stderr, at most once a second, for workspaces big enough to take that long.
    QElapsedTimer clock;
    clock.start();
    qint64 lastReport = 0;
    WorkspaceCopy::Options options;
    options.replace = parser.isSet(QStringLiteral("replace"));
    options.progress = [&](const WorkspaceCopier::Progress &p) {
        if (clock.elapsed() - lastReport >= 1000) {
            lastReport = clock.elapsed();
            cmd.err() << CommandSupport::tr("copying %1: %2 of %3 rows; %4 of %5 rows in all (%6 %)")
                             .arg(p.table)
                             .arg(p.tableRows)
                             .arg(p.tableTotal)
                             .arg(p.copied)
                             .arg(p.total)
                             .arg(p.total > 0 ? 100 * p.copied / p.total : 100)
                      << Qt::endl;
        }
        return true;
    };
    const WorkspaceCopy::Result result = WorkspaceCopy::run(from, to, options);
    if (!result.ok())
        return cmd.failure(result.message);
    cmd.out() << CommandSupport::tr("Copied %1 rows in %2 tables from “%3” to “%4” in %5 s.")
                     .arg(result.rows)
                     .arg(result.counts.size())
                     .arg(from, to, QLocale::c().toString(clock.elapsed() / 1000.0, 'f', 1))
              << Qt::endl;
    printCounts(cmd.out(), result);
    cmd.out() << CommandSupport::tr("verified") << Qt::endl;
    return 0;
}

} // namespace

int workspace(const QStringList &arguments)
{
    const QString sub = arguments.value(1);
    if (sub == QLatin1String("copy"))
        return copy(arguments.mid(1));
    if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        QTextStream(sub.isEmpty() ? stderr : stdout) << usage() << Qt::endl;
        return sub.isEmpty() ? 2 : 0;
    }
    QTextStream(stderr) << CommandSupport::tr("beamline workspace: “%1” is not a subcommand (copy).").arg(sub) << Qt::endl;
    return 2;
}

} // namespace Beamline::Commands
