// SPDX-License-Identifier: GPL-3.0-or-later
#include "planedits.h"

#include <core/db/platformpostrepository.h>
#include <core/db/postrepository.h>
#include <core/db/seriesrepository.h>
#include <core/db/writescope.h>
#include <core/workspace/workspace.h>

#include <QHash>

namespace Beamline {

namespace {

// Every plan edit may reach the calendar, the series and the links to imported posts.
void planChanged(WriteScope &scope, qint64 postId = 0)
{
    scope.changed(ChangeSet::Kind::Posts, postId);
    scope.changed(ChangeSet::Kind::Series);
    scope.changed(ChangeSet::Kind::Matches);
}

} // namespace

PostEdit::PostEdit(Workspace *workspace, std::optional<Post> before, std::optional<Post> after)
    : m_workspace(workspace)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_move(onlyTimeDiffers())
{
}

bool PostEdit::onlyTimeDiffers() const
{
    if (!m_before || !m_after || m_before->id != m_after->id || m_before->id == 0)
        return false;
    // What the repository writes itself (versions, who and when) is no part of the edit.
    Post same = *m_after;
    same.scheduledAt = m_before->scheduledAt;
    same.version = m_before->version;
    same.createdAt = m_before->createdAt;
    same.updatedAt = m_before->updatedAt;
    same.updatedBy = m_before->updatedBy;
    same.createdBy = m_before->createdBy;
    same.changedBy = m_before->changedBy;
    same.approvedBy = m_before->approvedBy;
    same.approvedAt = m_before->approvedAt;
    return same == *m_before;
}

bool PostEdit::absorb(const PostEdit &later)
{
    if (!m_move || !later.m_move || later.m_before->id != m_after->id)
        return false;
    m_after = later.m_after;
    return true;
}

bool PostEdit::changesNothing() const
{
    return m_move && m_before->scheduledAt == m_after->scheduledAt;
}

void PostEdit::apply(WriteScope &scope, bool forward)
{
    const QSqlDatabase db = scope.db();
    const std::optional<Post> &target = forward ? m_after : m_before;
    const std::optional<Post> &current = forward ? m_before : m_after;
    PostRepository posts(db);
    const qint64 id = target ? target->id : current->id;
    const qint64 own = m_workspace ? m_workspace->ownPostVersion(id) : 0;
    const qint64 expected = qMax(target ? target->version : current->version, own);
    if (!target) {
        // The links go with the post (the foreign key clears them): remember them first.
        PlatformPostRepository platformPosts(db);
        m_links.clear();
        for (const PlatformPost &p : platformPosts.linkedTo(current->id))
            m_links.append({ p.id, p.matchMethod, p.matchConfirmed });
        posts.remove(current->id, expected);
        planChanged(scope, current->id);
        return;
    }
    Post written = *target;
    written.version = expected;
    if (!current) {
        const qint64 newId = posts.insert(written); // the same id again when it comes back
        (forward ? m_after : m_before)->id = newId;
        if (m_workspace)
            m_workspace->setOwnPostVersion(newId, PostRepository::insertedVersion(written));
        PlatformPostRepository platformPosts(db);
        for (const Link &link : std::as_const(m_links)) {
            // Unless the imported post went elsewhere meanwhile (or is gone).
            if (const auto p = platformPosts.find(link.platformPostId); p && !p->postId)
                platformPosts.setPlannedPost(link.platformPostId, newId, link.method, link.confirmed);
        }
        m_links.clear();
        planChanged(scope, newId);
        return;
    }
    const qint64 version = posts.update(written);
    if (m_workspace)
        m_workspace->setOwnPostVersion(id, version);
    planChanged(scope, id);
}

SeriesEdit::SeriesEdit(std::optional<Series> before, std::optional<Series> after)
    : m_before(std::move(before))
    , m_after(std::move(after))
{
}

void SeriesEdit::apply(WriteScope &scope, bool forward)
{
    const QSqlDatabase db = scope.db();
    std::optional<Series> &target = forward ? m_after : m_before;
    const std::optional<Series> &current = forward ? m_before : m_after;
    SeriesRepository series(db);
    PostRepository posts(db);
    PlatformPostRepository platformPosts(db);
    if (!target) {
        // Remember who belonged to the series before the foreign keys let go of them.
        m_posts.clear();
        for (const Post &p : posts.forSeries(current->id))
            m_posts.append({ p.id, p.occurrence });
        m_platformPosts = platformPosts.idsInSeries(current->id);
        series.remove(current->id);
    } else if (!current) {
        target->id = series.insert(*target);
        for (const auto &link : std::as_const(m_posts)) {
            if (auto p = posts.find(link.first); p && !p->seriesId) {
                p->seriesId = target->id;
                p->occurrence = link.second;
                posts.update(*p);
            }
        }
        for (qint64 id : std::as_const(m_platformPosts))
            platformPosts.setSeries(id, target->id);
    } else {
        series.update(*target);
    }
    planChanged(scope);
    scope.changed(ChangeSet::Kind::Series, seriesId());
}

ImportPlanEdit::ImportPlanEdit(QVector<Post> before, QVector<Post> after)
    : m_before(std::move(before))
    , m_after(std::move(after))
{
}

void ImportPlanEdit::apply(WriteScope &scope, bool forward)
{
    PostRepository posts(scope.db());
    QHash<qint64, Post> before;
    for (const Post &p : std::as_const(m_before))
        before.insert(p.id, p);
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
    planChanged(scope);
}

LinkPostsEdit::LinkPostsEdit(QVector<Link> before, QVector<Link> after)
    : m_before(std::move(before))
    , m_after(std::move(after))
{
}

void LinkPostsEdit::apply(WriteScope &scope, bool forward)
{
    PlatformPostRepository posts(scope.db());
    for (const Link &link : std::as_const(forward ? m_after : m_before))
        posts.setPlannedPost(link.platformPostId, link.postId, link.method, link.confirmed);
    planChanged(scope);
}

} // namespace Beamline
