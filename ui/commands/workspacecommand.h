// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>
#include <memory>

namespace Beamline {

class TaskRunner;
class Workspace;
class WorkspaceEdit;
class WriteScope;

// Reports a change that could not be written (a locked database...) to the page.
using PlanErrorHandler = std::function<void(const QString &message)>;

// Every undoable change of the workspace is one of these (ui/commands holds them all): each run
// is one write of the workspace's writer, the views refresh after it, and a command whose first
// run fails removes itself from the stack. A run that fails later (an undo or a redo on a locked
// or full disk) leaves the commands around it describing a workspace that is not there:
// laterFailure() then says why, and the main window clears the stack (MainWindow watches it).
class WorkspaceCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Beamline::WorkspaceCommand)

public:
    WorkspaceCommand(Workspace *workspace, const QString &text, PlanErrorHandler onError);

    void redo() final;
    void undo() final;

    // Why an undo or a redo after the first run failed (translated); empty while none has.
    QString laterFailure() const { return m_laterFailure; }
    // Runs undo and redo as tasks of this runner (off the UI thread), for a change that takes
    // long to write; writeChange() must then use nothing but its scope. A failure is known
    // when the task ends: laterFailure() says it then (the window looks after each task).
    void setTaskRunner(TaskRunner *runner) { m_runner = runner; }

protected:
    // Writes the change (forward: redo) or takes it back (undo), inside one write of the
    // workspace's writer. Throws DatabaseError.
    virtual void writeChange(WriteScope &scope, bool forward) = 0;
    // For a change already written when the command is pushed: its first redo does nothing.
    void setAlreadyApplied() { m_alreadyApplied = true; }
    Workspace *workspace() const { return m_workspace; }

private:
    // The failure's message, empty on success.
    QString run(bool forward);

    Workspace *m_workspace;
    PlanErrorHandler m_onError;
    TaskRunner *m_runner = nullptr;
    // Alive as long as the command: a task that ends after the stack dropped it does nothing.
    std::shared_ptr<int> m_alive = std::make_shared<int>(0);
    QString m_laterFailure;
    bool m_firstRun = true;
    bool m_alreadyApplied = false;
};

// A command whose change is an edit object of core (core/services/*edits.h), which holds the
// state and the writing, so that it is tested without the undo stack.
class EditCommand : public WorkspaceCommand
{
public:
    using WorkspaceCommand::WorkspaceCommand;

protected:
    virtual WorkspaceEdit &edit() = 0;
    void writeChange(WriteScope &scope, bool forward) override;
};

// The undo stack's merge ids of the commands that merge (QUndoCommand::id()).
enum class CommandId { MovePost = 1 };

} // namespace Beamline
