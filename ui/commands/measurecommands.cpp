// SPDX-License-Identifier: GPL-3.0-or-later
#include "measurecommands.h"

namespace Beamline {

MarkerCommand::MarkerCommand(Workspace *workspace, EventMarker marker, bool adding, const QString &text, PlanErrorHandler onError)
    : EditCommand(workspace, text, std::move(onError))
    , m_edit(std::move(marker), adding)
{
}

AttributionRulesCommand::AttributionRulesCommand(Workspace *workspace, QVector<AttributionRule> before,
                                                 QVector<AttributionRule> after, PlanErrorHandler onError, TaskRunner *runner)
    : EditCommand(workspace, tr("Change Web Attribution Rules"), std::move(onError))
    , m_edit(std::move(before), std::move(after))
{
    if (runner) {
        setAlreadyApplied();
        setTaskRunner(runner);
    }
}

} // namespace Beamline
