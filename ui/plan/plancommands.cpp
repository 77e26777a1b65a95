// SPDX-License-Identifier: GPL-3.0-or-later
#include "plancommands.h"

#include <core/db/databaseerror.h>
#include <core/db/platformpostrepository.h>
#include <core/db/postrepository.h>
#include <core/db/scopedtransaction.h>
#include <core/db/seriesrepository.h>
#include <core/workspace/workspace.h>

#include <QHash>
#include <QLocale>

namespace Beamline {

SavePostCommand::SavePostCommand(Workspace *workspace, std::optional<Post> before, std::optional<Post> after, const QString &text,
                                 PlanErrorHandler onError)
    : QUndoCommand(text)
    , m_workspace(workspace)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_onError(std::move(onError))
{
}

QString SavePostCommand::moveText(const Post &post)
{
    return tr("Move “%1”").arg(post.title);
}

bool SavePostCommand::apply(std::optional<Post> &target, const std::optional<Post> &current)
{
    try {
        QSqlDatabase db = m_workspace->connection();
        ScopedTransaction transaction(db);
        PostRepository posts(db);
        if (!target)
            posts.remove(current->id);
        else if (!current)
            target->id = posts.insert(*target);
        else
            posts.update(*target);
        transaction.commit();
    } catch (const DatabaseError &error) {
        if (m_onError)
            m_onError(tr("“%1” could not be saved: %2").arg(text(), error.message()));
        return false;
    }
    m_workspace->notifyChanged();
    return true;
}

void SavePostCommand::redo()
{
    const bool ok = apply(m_after, m_before);
    if (m_firstRun && !ok)
        setObsolete(true);
    m_firstRun = false;
}

void SavePostCommand::undo()
{
    apply(m_before, m_after);
}

SaveSeriesCommand::SaveSeriesCommand(Workspace *workspace, std::optional<Series> before, std::optional<Series> after,
                                     const QString &text, PlanErrorHandler onError)
    : QUndoCommand(text)
    , m_workspace(workspace)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_onError(std::move(onError))
{
}

bool SaveSeriesCommand::apply(std::optional<Series> &target, const std::optional<Series> &current)
{
    try {
        QSqlDatabase db = m_workspace->connection();
        ScopedTransaction transaction(db);
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
        transaction.commit();
    } catch (const DatabaseError &error) {
        if (m_onError)
            m_onError(tr("“%1” could not be saved: %2").arg(text(), error.message()));
        return false;
    }
    m_workspace->notifyChanged();
    return true;
}

void SaveSeriesCommand::redo()
{
    const bool ok = apply(m_after, m_before);
    if (m_firstRun && !ok)
        setObsolete(true);
    m_firstRun = false;
}

void SaveSeriesCommand::undo()
{
    apply(m_before, m_after);
}

ImportPlanCommand::ImportPlanCommand(Workspace *workspace, QVector<Post> before, QVector<Post> after, const QString &fileName,
                                     PlanErrorHandler onError)
    : QUndoCommand(tr("Import Plan “%1”").arg(fileName))
    , m_workspace(workspace)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_onError(std::move(onError))
{
}

void ImportPlanCommand::apply(bool forward)
{
    try {
        QSqlDatabase db = m_workspace->connection();
        ScopedTransaction transaction(db);
        PostRepository posts(db);
        QHash<qint64, Post> before;
        for (const Post &p : std::as_const(m_before))
            before.insert(p.id, p);
        for (const Post &p : std::as_const(m_after)) {
            if (forward)
                posts.find(p.id) ? posts.update(p) : void(posts.insert(p));
            else if (before.contains(p.id))
                posts.update(before.value(p.id));
            else
                posts.remove(p.id);
        }
        transaction.commit();
    } catch (const DatabaseError &error) {
        if (m_onError)
            m_onError(tr("“%1” could not be undone: %2").arg(text(), error.message()));
        return;
    }
    m_workspace->notifyChanged();
}

void ImportPlanCommand::redo()
{
    if (m_applied) {
        m_applied = false; // the import itself did the first run
        return;
    }
    apply(true);
}

void ImportPlanCommand::undo()
{
    apply(false);
}

} // namespace Beamline
