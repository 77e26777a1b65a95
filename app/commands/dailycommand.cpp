// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "commandsupport.h"

#include <core/analytics/analyticsrepository.h>
#include <core/analytics/figuresjson.h>
#include <core/db/databaseerror.h>
#include <core/workspace/workspace.h>

namespace Beamline::Commands {

int daily(const QStringList &arguments)
{
    CommandSupport cmd(QStringLiteral("daily"),
                       CommandSupport::tr("Print the figures of each day of a range: every channel's stored daily metrics "
                                          "(followers gained and lost, views, impressions…), the posts it published and its "
                                          "mentions, and the website's figures of the day. A missing figure is null (JSON) "
                                          "or empty (CSV)."));
    cmd.addDbOption();
    cmd.addRangeOptions();
    QCommandLineParser &parser = cmd.parser();
    cmd.addChannelOption();
    parser.addOption({QStringLiteral("json"), CommandSupport::tr("Print one JSON object.")});
    parser.addOption({QStringLiteral("csv"), CommandSupport::tr("Print CSV, one row per day and channel.")});
    int code = 0;
    if (!cmd.parse(arguments, &code))
        return code;
    QDate from, to;
    if (!cmd.parseRange(&from, &to, &code))
        return code;
    const bool json = parser.isSet(QStringLiteral("json"));
    const bool csv = parser.isSet(QStringLiteral("csv"));
    if (json == csv)
        return cmd.usageError(CommandSupport::tr("Give --json or --csv."));
    std::optional<Platform> only;
    if (!cmd.parseChannel(&only, &code))
        return code;
    auto workspace = cmd.openWorkspace(WorkspaceOpener::Mode::MustExist, false, &code);
    if (!workspace)
        return code;
    try {
        const AnalyticsRepository analytics(workspace->connection(), workspace->timeZone());
        const DailyFigures figures = analytics.dailyFigures(from, to, only);
        if (json)
            cmd.printJson(QJsonDocument(FiguresJson::daily(figures)));
        else
            cmd.out() << FiguresJson::dailyCsv(figures) << Qt::flush;
    } catch (const DatabaseError &error) {
        return cmd.databaseFailure(error);
    }
    return 0;
}

} // namespace Beamline::Commands
