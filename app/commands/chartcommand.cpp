// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "commandsupport.h"

#include <core/db/databaseerror.h>
#include <core/domain/isotime.h>
#include <core/workspace/workspace.h>
#include <ui/charts/chartexporter.h>
#include <ui/charts/chartfactory.h>

#include <QChart>
#include <QDir>
#include <QFileInfo>

#include <memory>

namespace Beamline::Commands {

int chart(const QStringList &arguments)
{
    CommandSupport cmd(QStringLiteral("chart"), CommandSupport::tr("Render a chart of the Measure views to PNG, SVG or PDF, without a display."));
    cmd.addDbOption();
    QCommandLineParser &parser = cmd.parser();
    parser.addPositionalArgument(QStringLiteral("NAME"), CommandSupport::tr("The chart: %1.").arg(ChartFactory::names().join(QStringLiteral(", "))));
    parser.addOption({QStringLiteral("from"), CommandSupport::tr("First local day of the range."), QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("to"), CommandSupport::tr("Last local day of the range (included)."), QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("compare-from"), CommandSupport::tr("First day of the comparison period."), QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("compare-to"), CommandSupport::tr("Last day of the comparison period."), QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("out"), CommandSupport::tr("The file to write: .png, .svg or .pdf."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("size"), CommandSupport::tr("Size in pixels (default 1600x900)."), QStringLiteral("WxH")});
    parser.addOption({QStringLiteral("theme"), CommandSupport::tr("light (default) or dark."), QStringLiteral("THEME")});
    parser.addOption({QStringLiteral("presentation"), CommandSupport::tr("As presented full screen: thicker lines, fewer bars. The type always suits --size.")});
    int code = 0;
    if (!cmd.parse(arguments, &code))
        return code;
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 1)
        return cmd.usageError(CommandSupport::tr("Name one chart: %1.").arg(ChartFactory::names().join(QStringLiteral(", "))));
    ChartRequest request;
    request.name = positional.first();
    if (!ChartFactory::names().contains(request.name))
        return cmd.usageError(CommandSupport::tr("“%1” is not a chart; choose one of %2.").arg(request.name, ChartFactory::names().join(QStringLiteral(", "))));
    request.from = IsoTime::parseDay(parser.value(QStringLiteral("from")));
    request.to = IsoTime::parseDay(parser.value(QStringLiteral("to")));
    if (!request.from.isValid() || !request.to.isValid() || request.to < request.from)
        return cmd.usageError(CommandSupport::tr("--from and --to must be dates like 2017-01-31, --to not before --from."));
    if (parser.isSet(QStringLiteral("compare-from")) || parser.isSet(QStringLiteral("compare-to"))) {
        request.compareFrom = IsoTime::parseDay(parser.value(QStringLiteral("compare-from")));
        request.compareTo = IsoTime::parseDay(parser.value(QStringLiteral("compare-to")));
        if (!request.compareFrom.isValid() || !request.compareTo.isValid() || request.compareTo < request.compareFrom)
            return cmd.usageError(CommandSupport::tr("--compare-from and --compare-to must be dates, --compare-to not before --compare-from."));
    }
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return cmd.usageError(CommandSupport::tr("--out FILE is required (.png, .svg or .pdf)."));
    if (!ChartExporter::suffixes().contains(QFileInfo(out).suffix().toLower()))
        return cmd.usageError(CommandSupport::tr("--out: “%1” does not end in .png, .svg or .pdf.").arg(out));
    const QSize size = parser.isSet(QStringLiteral("size")) ? ChartExporter::parseSize(parser.value(QStringLiteral("size"))) : QSize(1600, 900);
    if (!size.isValid())
        return cmd.usageError(CommandSupport::tr("--size: “%1” is not a size like 1600x900.").arg(parser.value(QStringLiteral("size"))));
    const QString theme = parser.value(QStringLiteral("theme"));
    if (!theme.isEmpty() && theme != QLatin1String("light") && theme != QLatin1String("dark"))
        return cmd.usageError(CommandSupport::tr("--theme: “%1” is not light or dark.").arg(theme));
    request.dark = theme == QLatin1String("dark");
    request.presentation = parser.isSet(QStringLiteral("presentation"));

    auto workspace = cmd.openWorkspace(WorkspaceOpener::Mode::MustExist, false, &code);
    if (!workspace)
        return code;
    try {
        request.lastCompleteDay = workspace->today().addDays(-1); // today's figures are not complete
        auto chart = ChartFactory(workspace->connection(), workspace->timeZone()).build(request);
        if (!chart)
            return cmd.failure(chart.error().text());
        QString error;
        if (!ChartExporter::save(chart->get(), out, size, &error))
            return cmd.failure(error);
        cmd.out() << CommandSupport::tr("Wrote %1 (%2×%3).").arg(QDir::toNativeSeparators(out)).arg(size.width()).arg(size.height()) << Qt::endl;
    } catch (const DatabaseError &error) {
        return cmd.databaseFailure(error);
    }
    return 0;
}

} // namespace Beamline::Commands
