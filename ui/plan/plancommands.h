// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/entities.h>

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QUndoCommand>
#include <QVector>

#include <functional>
#include <memory>
#include <optional>

namespace Beamline {

class TaskRunner;
class Workspace;
class WriteScope;

// Reports a change that could not be written (a locked database...) to the page.
using PlanErrorHandler = std::function<void(const QString &message)>;

// An undoable change of the workspace: each run is one transaction, the views refresh
// after it, and a command whose first run fails removes itself from the stack. A run that
// fails later (an undo or a redo on a locked or full disk) leaves the commands around it
// describing a workspace that is not there: laterFailure() then says why, and the main
// window clears the stack (MainWindow watches it).
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
    // workspace's writer. Throws DatabaseError. The default marks the plan as changed.
    virtual void writeChange(WriteScope &scope, bool forward);
    // The same for commands that only change the plan (the default writeChange calls it).
    virtual void write(QSqlDatabase db, bool forward)
    {
        Q_UNUSED(db)
        Q_UNUSED(forward)
    }
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

// Creates, changes or deletes a planned post; undo puts back exactly what was there,
// under the same id.
class SavePostCommand final : public WorkspaceCommand
{
public:
    SavePostCommand(Workspace *workspace, std::optional<Post> before, std::optional<Post> after, const QString &text,
                    PlanErrorHandler onError);

    // The post's id once stored (for a new post, after the first redo).
    qint64 postId() const { return m_after ? m_after->id : (m_before ? m_before->id : 0); }

protected:
    void write(QSqlDatabase db, bool forward) override;

private:
    std::optional<Post> m_before;
    std::optional<Post> m_after;
};

// Creates, changes or deletes a series (its rule, skipped and moved occurrences...).
// Deleting keeps the posts and imported posts that belonged to it and links them back on undo.
class SaveSeriesCommand final : public WorkspaceCommand
{
public:
    SaveSeriesCommand(Workspace *workspace, std::optional<Series> before, std::optional<Series> after, const QString &text,
                      PlanErrorHandler onError);

    qint64 seriesId() const { return m_after ? m_after->id : (m_before ? m_before->id : 0); }

protected:
    void write(QSqlDatabase db, bool forward) override;

private:
    std::optional<Series> m_before;
    std::optional<Series> m_after;
    // Links a deletion cut, restored by undo.
    QList<QPair<qint64, QDateTime>> m_posts;
    QList<qint64> m_platformPosts;
};

// A plan CSV read into the workspace (already applied when pushed): undo removes the
// posts it added and puts back the ones it changed.
class ImportPlanCommand final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(Beamline::ImportPlanCommand)

public:
    ImportPlanCommand(Workspace *workspace, QVector<Post> before, QVector<Post> after, const QString &fileName, PlanErrorHandler onError);

protected:
    void write(QSqlDatabase db, bool forward) override;

private:
    QVector<Post> m_before;
    QVector<Post> m_after;
};

// Links imported posts to planned posts, or unlinks them, as the user decided; undo puts
// back each imported post's previous link and whether it was confirmed.
class LinkImportedPostsCommand final : public WorkspaceCommand
{
public:
    struct Link {
        qint64 platformPostId = 0;
        std::optional<qint64> postId;
        QString method;
        bool confirmed = false;
    };

    LinkImportedPostsCommand(Workspace *workspace, QVector<Link> before, QVector<Link> after, const QString &text,
                             PlanErrorHandler onError);

protected:
    void write(QSqlDatabase db, bool forward) override;

private:
    QVector<Link> m_before;
    QVector<Link> m_after;
};

} // namespace Beamline
