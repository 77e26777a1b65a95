// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "commandsupport.h"

#include <core/analytics/comparisonperiod.h>
#include <core/analytics/reportdata.h>
#include <core/db/databaseerror.h>
#include <core/domain/isotime.h>
#include <core/workspace/workspace.h>
#include <ui/report/reportwriter.h>

#include <QDir>
#include <QFileInfo>

namespace Beamline::Commands {

namespace {

// Reads --NAME as a day into *out; false after a usage error (in *code).
bool readDay(CommandSupport &cmd, const QString &option, QDate *out, int *code)
{
    const QString text = cmd.parser().value(option);
    *out = IsoTime::parseDay(text);
    if (out->isValid())
        return true;
    *code = cmd.usageError(text.isEmpty() ? CommandSupport::tr("--%1 YYYY-MM-DD is required.").arg(option)
                                          : CommandSupport::tr("--%1: “%2” is not a date like 2017-01-31.").arg(option, text));
    return false;
}

void addOptions(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("from"),
                       CommandSupport::tr("First local day of the report (default: the campaign's first day)."),
                       QStringLiteral("YYYY-MM-DD") });
    parser.addOption({ QStringLiteral("to"),
                       CommandSupport::tr("Last local day of the report, included (default: the campaign's last day)."),
                       QStringLiteral("YYYY-MM-DD") });
    parser.addOption(
        { QStringLiteral("compare-previous"), CommandSupport::tr("Compare with the equal-length period just before.") });
    parser.addOption({ QStringLiteral("compare-from"), CommandSupport::tr("First day of the comparison period."),
                       QStringLiteral("YYYY-MM-DD") });
    parser.addOption(
        { QStringLiteral("compare-to"), CommandSupport::tr("Last day of the comparison period."), QStringLiteral("YYYY-MM-DD") });
    parser.addOption({ QStringLiteral("campaign"), CommandSupport::tr("A campaign (name or hashtag) the report is about."),
                       QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("lang"), CommandSupport::tr("Language of the report: en or fr (default: the system's)."),
                       QStringLiteral("LANG") });
    parser.addOption({ QStringLiteral("paper"), CommandSupport::tr("a4 (default) or letter."), QStringLiteral("PAPER") });
    parser.addOption({ QStringLiteral("out"), CommandSupport::tr("The PDF file to write."), QStringLiteral("FILE") });
}

} // namespace

int report(const QStringList &arguments)
{
    CommandSupport cmd(
        QStringLiteral("report"),
        CommandSupport::tr("Write the impact report of a period as a PDF: figures, views, definitions and sources."));
    cmd.addDbOption();
    QCommandLineParser &parser = cmd.parser();
    addOptions(parser);
    int code = 0;
    if (!cmd.parse(arguments, &code))
        return code;
    if (!parser.positionalArguments().mid(1).isEmpty())
        return cmd.usageError(CommandSupport::tr("Unexpected argument “%1”.").arg(parser.positionalArguments().at(1)));
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return cmd.usageError(CommandSupport::tr("--out FILE.pdf is required."));
    if (QFileInfo(out).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0)
        return cmd.usageError(CommandSupport::tr("--out: “%1” does not end in .pdf.").arg(out));
    const QString paper = parser.value(QStringLiteral("paper")).toLower();
    if (!paper.isEmpty() && paper != QLatin1String("a4") && paper != QLatin1String("letter"))
        return cmd.usageError(
            CommandSupport::tr("--paper: “%1” is not a4 or letter.").arg(parser.value(QStringLiteral("paper"))));
    const QString lang = parser.value(QStringLiteral("lang"));
    if (!lang.isEmpty() && lang != QLatin1String("en") && lang != QLatin1String("fr"))
        return cmd.usageError(CommandSupport::tr("--lang: “%1” is not en or fr.").arg(lang));
    const bool explicitCompare = parser.isSet(QStringLiteral("compare-from")) || parser.isSet(QStringLiteral("compare-to"));
    if (explicitCompare && parser.isSet(QStringLiteral("compare-previous")))
        return cmd.usageError(CommandSupport::tr("Give either --compare-previous or --compare-from and --compare-to, not both."));
    const QString campaign = parser.value(QStringLiteral("campaign"));
    const bool needCampaignDates = !parser.isSet(QStringLiteral("from")) || !parser.isSet(QStringLiteral("to"));
    if (needCampaignDates && campaign.isEmpty())
        return cmd.usageError(CommandSupport::tr("--from and --to YYYY-MM-DD are required (or --campaign NAME for its dates)."));

    auto workspace = cmd.openWorkspace(WorkspaceOpener::Mode::MustExist, false, &code);
    if (!workspace)
        return code;
    try {
        ReportRequest request;
        request.campaign = campaign;
        QDate campaignFrom, campaignTo;
        if (!campaign.isEmpty() && !ReportBuilder::findCampaign(workspace->connection(), campaign, &campaignFrom, &campaignTo)) {
            const QStringList names = ReportBuilder::campaignNames(workspace->connection());
            return cmd.usageError(names.isEmpty()
                                      ? CommandSupport::tr("--campaign: the workspace has no campaign “%1”.").arg(campaign)
                                      : CommandSupport::tr("--campaign: “%1” is not a campaign; choose one of %2.")
                                            .arg(campaign, names.join(QStringLiteral(", "))));
        }
        request.from = campaignFrom;
        request.to = campaignTo;
        if (parser.isSet(QStringLiteral("from")) && !readDay(cmd, QStringLiteral("from"), &request.from, &code))
            return code;
        if (parser.isSet(QStringLiteral("to")) && !readDay(cmd, QStringLiteral("to"), &request.to, &code))
            return code;
        if (!request.from.isValid() || !request.to.isValid())
            return cmd.usageError(CommandSupport::tr("The campaign “%1” has no dates: give --from and --to.").arg(campaign));
        if (request.to < request.from)
            return cmd.usageError(CommandSupport::tr("--to is before --from."));
        if (explicitCompare) {
            if (!readDay(cmd, QStringLiteral("compare-from"), &request.compareFrom, &code)
                || !readDay(cmd, QStringLiteral("compare-to"), &request.compareTo, &code))
                return code;
            if (request.compareTo < request.compareFrom)
                return cmd.usageError(CommandSupport::tr("--compare-to is before --compare-from."));
        } else if (parser.isSet(QStringLiteral("compare-previous"))) {
            const DateRange previous = ComparisonPeriod::previous(request.from, request.to);
            request.compareFrom = previous.from;
            request.compareTo = previous.to;
        }
        const ReportData data = ReportBuilder::build(workspace->connection(), workspace->timeZone(), request, workspace->name(),
                                                     workspace->today());
        const ReportWriter writer(data, workspace->connection(),
                                  paper == QLatin1String("letter") ? QPageSize::Letter : QPageSize::A4);
        QString error;
        if (!writer.writePdf(out, &error))
            return cmd.failure(error);
        cmd.out() << CommandSupport::tr("Wrote %1 (%n page(s)).", nullptr, writer.pageCount()).arg(QDir::toNativeSeparators(out))
                  << Qt::endl;
    } catch (const DatabaseError &error) {
        return cmd.databaseFailure(error);
    }
    return 0;
}

} // namespace Beamline::Commands
