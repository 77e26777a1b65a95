// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcommands.h"

namespace Beamline {

ImportCommand::ImportCommand(Workspace *workspace, std::shared_ptr<ImportEdit> edit, const QString &text,
                             PlanErrorHandler onError, TaskRunner *runner)
    : EditCommand(workspace, text, std::move(onError))
    , m_edit(std::move(edit))
{
    setAlreadyApplied(); // the import, or the Data page's undo, did the first run
    if (runner)
        setTaskRunner(runner);
}

ImportProfileCommand::ImportProfileCommand(Workspace *workspace, std::optional<ImportProfileRecord> before,
                                           std::optional<ImportProfileRecord> after, const QString &text,
                                           PlanErrorHandler onError)
    : EditCommand(workspace, text, std::move(onError))
    , m_edit(std::move(before), std::move(after))
{
}

} // namespace Beamline
