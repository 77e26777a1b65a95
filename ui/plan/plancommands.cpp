// SPDX-License-Identifier: GPL-3.0-or-later
#include "plancommands.h"

#include <ui/tasks/taskrunner.h>

#include <core/db/databaseerror.h>
#include <core/db/platformpostrepository.h>
#include <core/db/postrepository.h>
#include <core/db/seriesrepository.h>
#include <core/workspace/workspace.h>
#include <core/workspace/writer.h>

#include <QHash>

namespace Beamline {

WorkspaceCommand::WorkspaceCommand(Workspace *workspace, const QString &text, PlanErrorHandler onError)
    : QUndoCommand(text)
    , m_workspace(workspace)
    , m_onError(std::move(onError))
{
}

void WorkspaceCommand::writeChange(WriteScope &scope, bool forward)
{
    write(scope.db(), forward);
    scope.changed(ChangeSet::Kind::Posts);
    scope.changed(ChangeSet::Kind::Series);
    scope.changed(ChangeSet::Kind::Matches);
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

SavePostCommand::SavePostCommand(Workspace *workspace, std::optional<Post> before, std::optional<Post> after, const QString &text,
                                 PlanErrorHandler onError)
    : WorkspaceCommand(workspace, text, std::move(onError))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void SavePostCommand::write(QSqlDatabase db, bool forward)
{
    const std::optional<Post> &target = forward ? m_after : m_before;
    const std::optional<Post> &current = forward ? m_before : m_after;
    PostRepository posts(db);
    // Each write checks the version the post was read at, or the newer one this editor's own
    // last save left (an undo after further edits of the same post): only another editor's
    // change since is refused, undo included.
    const qint64 id = target ? target->id : current->id;
    const qint64 expected = qMax(target ? target->version : current->version, workspace()->ownPostVersion(id));
    if (!target) {
        posts.remove(current->id, expected);
        return;
    }
    Post written = *target;
    written.version = expected;
    if (!current) {
        const qint64 newId = posts.insert(written); // the same id again when a deletion is undone
        if (forward)
            m_after->id = newId;
        else
            m_before->id = newId;
        workspace()->setOwnPostVersion(newId, PostRepository::insertedVersion(written));
    } else {
        workspace()->setOwnPostVersion(id, posts.update(written));
    }
}

SaveSeriesCommand::SaveSeriesCommand(Workspace *workspace, std::optional<Series> before, std::optional<Series> after,
                                     const QString &text, PlanErrorHandler onError)
    : WorkspaceCommand(workspace, text, std::move(onError))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void SaveSeriesCommand::write(QSqlDatabase db, bool forward)
{
    std::optional<Series> &target = forward ? m_after : m_before;
    const std::optional<Series> &current = forward ? m_before : m_after;
    SeriesRepository series(db);
    PostRepository posts(db);
    PlatformPostRepository platformPosts(db);
    if (!target) {
        // Remember who belonged to the series before the foreign keys let go of them.
        m_posts.clear();
        for (const Post &p : posts.forSeries(current->id))
            m_posts.append({p.id, p.occurrence});
        m_platformPosts = platformPosts.idsInSeries(current->id);
        series.remove(current->id);
    } else if (!current) {
        target->id = series.insert(*target);
        for (const auto &[postId, occurrence] : std::as_const(m_posts)) {
            if (auto p = posts.find(postId); p && !p->seriesId) {
                p->seriesId = target->id;
                p->occurrence = occurrence;
                posts.update(*p);
            }
        }
        for (qint64 id : std::as_const(m_platformPosts))
            platformPosts.setSeries(id, target->id);
    } else {
        series.update(*target);
    }
}

ImportPlanCommand::ImportPlanCommand(Workspace *workspace, QVector<Post> before, QVector<Post> after, const QString &fileName,
                                     PlanErrorHandler onError)
    : WorkspaceCommand(workspace, tr("Import Plan “%1”").arg(fileName), std::move(onError))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setAlreadyApplied(); // the import itself did the first run
}

void ImportPlanCommand::write(QSqlDatabase db, bool forward)
{
    PostRepository posts(db);
    QHash<qint64, Post> before;
    for (const Post &p : std::as_const(m_before))
        before.insert(p.id, p);
    // The file's rows are written as they are (no version check: a plan import is one
    // editor's batch, undone as a whole).
    auto unchecked = [](Post p) {
        p.version = 0;
        return p;
    };
    for (const Post &p : std::as_const(m_after)) {
        if (forward)
            posts.find(p.id) ? void(posts.update(unchecked(p))) : void(posts.insert(p));
        else if (before.contains(p.id))
            posts.update(unchecked(before.value(p.id)));
        else
            posts.remove(p.id);
    }
}

LinkImportedPostsCommand::LinkImportedPostsCommand(Workspace *workspace, QVector<Link> before, QVector<Link> after, const QString &text,
                                                   PlanErrorHandler onError)
    : WorkspaceCommand(workspace, text, std::move(onError))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void LinkImportedPostsCommand::write(QSqlDatabase db, bool forward)
{
    PlatformPostRepository posts(db);
    for (const Link &link : std::as_const(forward ? m_after : m_before))
        posts.setPlannedPost(link.platformPostId, link.postId, link.method, link.confirmed);
}

} // namespace Beamline
