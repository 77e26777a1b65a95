// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacecommand.h"

#include <core/services/workspaceedit.h>
#include <core/workspace/workspace.h>
#include <core/workspace/writer.h>
#include <ui/tasks/taskrunner.h>

namespace Beamline {

WorkspaceCommand::WorkspaceCommand(Workspace *workspace, const QString &text, PlanErrorHandler onError)
    : QUndoCommand(text)
    , m_workspace(workspace)
    , m_onError(std::move(onError))
{
}

QString WorkspaceCommand::run(bool forward)
{
    if (m_runner) {
        TaskRunner::Options options;
        options.title = text();
        options.label = forward ? tr("Redoing “%1”…").arg(text()) : tr("Undoing “%1”…").arg(text());
        // Cancelling would leave the stack describing a step that did not happen.
        options.cancellable = false;
        options.reportErrors = false;
        m_runner->runWrite(
            m_workspace, options, [this, forward](WriteScope &scope) { writeChange(scope, forward); }, nullptr,
            [this, alive = std::weak_ptr<int>(m_alive)](const WriteResult &result) {
                if (result.ok || alive.expired())
                    return;
                m_laterFailure = result.message.isEmpty() ? tr("The change was not written.") : result.message;
                if (m_onError)
                    m_onError(tr("“%1” could not be saved: %2").arg(text(), m_laterFailure));
            });
        return {};
    }
    const WriteResult result = m_workspace->writer().run([&](WriteScope &scope) { writeChange(scope, forward); });
    if (result.ok)
        return {};
    const QString message = result.message.isEmpty() ? tr("The change was not written.") : result.message;
    if (m_onError)
        m_onError(tr("“%1” could not be saved: %2").arg(text(), message));
    return message;
}

void WorkspaceCommand::redo()
{
    if (m_alreadyApplied) {
        m_alreadyApplied = false;
        m_firstRun = false;
        return;
    }
    const QString failure = run(true);
    if (m_firstRun && !failure.isEmpty())
        setObsolete(true);
    else if (!failure.isEmpty())
        m_laterFailure = failure;
    m_firstRun = false;
}

void WorkspaceCommand::undo()
{
    const QString failure = run(false);
    if (!failure.isEmpty())
        m_laterFailure = failure;
}

void EditCommand::writeChange(WriteScope &scope, bool forward)
{
    edit().apply(scope, forward);
}

} // namespace Beamline
