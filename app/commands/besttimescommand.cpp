// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "commandsupport.h"

#include <core/analytics/analyticsrepository.h>
#include <core/analytics/besttimes.h>
#include <core/db/databaseerror.h>
#include <core/workspace/workspace.h>

#include <QLocale>

#include <algorithm>

namespace Beamline::Commands {

int bestTimes(const QStringList &arguments)
{
    CommandSupport cmd(QStringLiteral("best-times"),
                       CommandSupport::tr("Print, for each channel, the median engagement rate of the posts published in each hour of "
                                          "each weekday (the workspace's time zone), with the number of posts. Text lists the best "
                                          "hours that have at least %n post(s); JSON lists every hour with a post.",
                                          nullptr, TimingCell::MinimumPosts));
    cmd.addDbOption();
    cmd.addRangeOptions();
    QCommandLineParser &parser = cmd.parser();
    cmd.addChannelOption();
    parser.addOption({QStringLiteral("json"), CommandSupport::tr("Print JSON: [{\"channel\", \"weekday\" (1 = Monday), \"hour\", \"posts\", "
                                                                 "\"median_engagement_rate\"}].")});
    int code = 0;
    if (!cmd.parse(arguments, &code))
        return code;
    QDate from, to;
    if (!cmd.parseRange(&from, &to, &code))
        return code;
    std::optional<Platform> only;
    if (!cmd.parseChannel(&only, &code))
        return code;
    auto workspace = cmd.openWorkspace(WorkspaceOpener::Mode::MustExist, false, &code);
    if (!workspace)
        return code;
    try {
        const AnalyticsRepository analytics(workspace->connection(), workspace->timeZone());
        const QVector<TimingCell> cells = BestTimes::cells(analytics, from, to, workspace->timeZone(), only);
        if (parser.isSet(QStringLiteral("json"))) {
            cmd.printJson(QJsonDocument(BestTimes::toJson(cells)));
            return 0;
        }
        // Text: each channel's five best hours with enough posts, best first.
        QTextStream &out = cmd.out();
        out << CommandSupport::tr("Times in %1").arg(QString::fromUtf8(workspace->timeZone().id())) << Qt::endl;
        bool any = false;
        for (Platform platform : Platforms::measured()) {
            QVector<TimingCell> ranked;
            for (const TimingCell &c : cells) {
                if (c.platform == platform && c.enough())
                    ranked.append(c);
            }
            if (ranked.isEmpty())
                continue;
            any = true;
            std::stable_sort(ranked.begin(), ranked.end(),
                             [](const TimingCell &a, const TimingCell &b) { return a.medianEngagementRate > b.medianEngagementRate; });
            out << Platforms::displayName(platform) << Qt::endl;
            const QLocale locale;
            for (qsizetype i = 0; i < std::min<qsizetype>(5, ranked.size()); ++i) {
                const TimingCell &c = ranked.at(i);
                out << QStringLiteral("  %1 %2:00  %3  ")
                           .arg(locale.dayName(c.weekday, QLocale::ShortFormat))
                           .arg(c.hour, 2, 10, QLatin1Char('0'))
                           .arg(locale.toString(c.medianEngagementRate * 100, 'f', 2) + QLatin1Char('%'))
                    << CommandSupport::tr("(%n post(s))", nullptr, c.posts) << Qt::endl;
            }
        }
        if (!any)
            out << CommandSupport::tr("No hour has %n published post(s) with an engagement rate in this range.", nullptr, TimingCell::MinimumPosts)
                << Qt::endl;
    } catch (const DatabaseError &error) {
        return cmd.databaseFailure(error);
    }
    return 0;
}

} // namespace Beamline::Commands
