// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "commandsupport.h"

#include <core/analytics/analyticsrepository.h>
#include <core/analytics/comparisonperiod.h>
#include <core/analytics/figuresjson.h>
#include <core/db/databaseerror.h>
#include <core/domain/isotime.h>
#include <core/workspace/workspace.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace Beamline::Commands {

namespace {

QString number(std::optional<double> value, int decimals = 0)
{
    return value ? QLocale().toString(*value, 'f', decimals) : CommandSupport::tr("no data");
}

QString percent(std::optional<double> value)
{
    return value ? QLocale().toString(*value * 100, 'f', 1) + QStringLiteral(" %") : CommandSupport::tr("no data");
}

QString duration(std::optional<double> seconds)
{
    if (!seconds)
        return CommandSupport::tr("no data");
    const int s = qRound(*seconds);
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

void printText(QTextStream &out, const PeriodStats &s, const std::optional<PeriodStats> &compare)
{
    out << CommandSupport::tr("%1 to %2 (%n day(s))", nullptr, s.days).arg(IsoTime::day(s.from), IsoTime::day(s.to));
    if (compare)
        out << CommandSupport::tr(", compared with %1 to %2").arg(IsoTime::day(compare->from), IsoTime::day(compare->to));
    out << Qt::endl;
    for (const ChannelStats &c : s.channels) {
        out << QStringLiteral("  %1").arg(Platforms::displayName(c.platform).leftJustified(10));
        out << CommandSupport::tr("posts %1, interactions %2, engagement %3, followers/day %4, mentions %5")
                   .arg(c.posts)
                   .arg(number(c.interactions), percent(c.engagementRate), number(c.followersPerDay, 1),
                        c.mentions ? QString::number(*c.mentions) : CommandSupport::tr("no data"));
        if (compare && compare->channels.contains(c.platform)) {
            const Change change = Change::between(c.followersPerDay, compare->channels.value(c.platform).followersPerDay);
            if (change.relative)
                out << CommandSupport::tr(" (%1/day vs %2/day, %3%4 %)")
                           .arg(number(change.current), number(change.previous), *change.relative >= 0 ? QStringLiteral("+") : QString(),
                                QLocale().toString(*change.relative * 100, 'f', 0));
        }
        out << Qt::endl;
    }
    out << CommandSupport::tr("  Web: %1 sessions, %2 per session, exit rate %3")
               .arg(number(s.web.site.sessions), duration(s.web.site.avgSessionSeconds), percent(s.web.site.exitRate))
        << Qt::endl;
    for (auto it = s.web.byChannel.cbegin(); it != s.web.byChannel.cend(); ++it)
        out << CommandSupport::tr("    from %1: %2 sessions, %3 per session")
                   .arg(Platforms::displayName(it.key()), number(it->sessions), duration(it->avgSessionSeconds))
            << Qt::endl;
}

} // namespace

int stats(const QStringList &arguments)
{
    CommandSupport cmd(QStringLiteral("stats"), CommandSupport::tr("Print the impact figures of a period (and a comparison period)."));
    cmd.addDbOption();
    QCommandLineParser &parser = cmd.parser();
    parser.addOption({QStringLiteral("from"), CommandSupport::tr("First local day of the range."), QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("to"), CommandSupport::tr("Last local day of the range (included)."), QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("compare-from"), CommandSupport::tr("First day of the comparison period."), QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("compare-to"), CommandSupport::tr("Last day of the comparison period."), QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("compare-previous"), CommandSupport::tr("Compare with the equal-length period just before.")});
    parser.addOption({QStringLiteral("json"), CommandSupport::tr("Print one JSON object.")});
    int code = 0;
    if (!cmd.parse(arguments, &code))
        return code;
    auto day = [&](const QString &option, QDate *out) {
        const QString text = parser.value(option);
        *out = IsoTime::parseDay(text);
        if (!out->isValid()) {
            code = cmd.usageError(text.isEmpty() ? CommandSupport::tr("--%1 YYYY-MM-DD is required.").arg(option)
                                                 : CommandSupport::tr("--%1: “%2” is not a date like 2017-01-31.").arg(option, text));
            return false;
        }
        return true;
    };
    QDate from, to, compareFrom, compareTo;
    if (!day(QStringLiteral("from"), &from) || !day(QStringLiteral("to"), &to))
        return code;
    if (to < from)
        return cmd.usageError(CommandSupport::tr("--to is before --from."));
    const bool explicitCompare = parser.isSet(QStringLiteral("compare-from")) || parser.isSet(QStringLiteral("compare-to"));
    if (explicitCompare) {
        if (!day(QStringLiteral("compare-from"), &compareFrom) || !day(QStringLiteral("compare-to"), &compareTo))
            return code;
        if (compareTo < compareFrom)
            return cmd.usageError(CommandSupport::tr("--compare-to is before --compare-from."));
    } else if (parser.isSet(QStringLiteral("compare-previous"))) {
        const DateRange previous = ComparisonPeriod::previous(from, to);
        compareFrom = previous.from;
        compareTo = previous.to;
    }
    auto workspace = cmd.openWorkspace(WorkspaceOpener::Mode::MustExist, false, &code);
    if (!workspace)
        return code;
    try {
        const AnalyticsRepository analytics(workspace->connection(), workspace->timeZone());
        const PeriodStats current = analytics.periodStats(from, to);
        std::optional<PeriodStats> previous;
        if (compareFrom.isValid())
            previous = analytics.periodStats(compareFrom, compareTo);
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonObject object = FiguresJson::stats(current);
            if (previous)
                object.insert(QStringLiteral("compare"), FiguresJson::stats(*previous));
            cmd.printJson(QJsonDocument(object));
        } else {
            printText(cmd.out(), current, previous);
        }
    } catch (const DatabaseError &error) {
        return cmd.databaseFailure(error);
    }
    return 0;
}

} // namespace Beamline::Commands
