// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/entities.h>
#include <core/services/workspaceedit.h>

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QVector>

#include <optional>

namespace Beamline {

class Workspace;

// Creates (no before), changes or deletes (no after) a planned post; taking it back puts back
// exactly what was there, under the same id. Deleting a post remembers the imported posts
// linked to it (by the matcher or by hand), and writing it back links them again.
// With a workspace, each write checks the version the post was read at or the newer one this
// editor's own last write left, so that only another editor's change since is refused.
class PostEdit final : public WorkspaceEdit
{
public:
    PostEdit(Workspace *workspace, std::optional<Post> before, std::optional<Post> after);

    // The post's id once stored (for a new post, after the first apply).
    qint64 postId() const { return m_after ? m_after->id : (m_before ? m_before->id : 0); }
    // A move: the same post before and after, only its time differs (as made; it stays one
    // when it absorbs later moves).
    bool isMove() const { return m_move; }
    // Takes the end of `later`, a move of the same post that followed this one, as its own end
    // (repeated moves become one change); false, and nothing changed, when either is no move.
    bool absorb(const PostEdit &later);
    // Whether writing it would change nothing (moves that came back where they started).
    bool changesNothing() const;

    void apply(WriteScope &scope, bool forward) override;

private:
    struct Link {
        qint64 platformPostId = 0;
        QString method;
        bool confirmed = false;
    };

    bool onlyTimeDiffers() const;

    Workspace *m_workspace;
    std::optional<Post> m_before;
    std::optional<Post> m_after;
    bool m_move;
    QVector<Link> m_links; // cut by the last deletion, restored when the post comes back
};

// Creates, changes or deletes a series (its rule, skipped and moved occurrences...). Deleting
// keeps the posts and imported posts that belonged to it, and taking it back links them again.
class SeriesEdit final : public WorkspaceEdit
{
public:
    SeriesEdit(std::optional<Series> before, std::optional<Series> after);

    qint64 seriesId() const { return m_after ? m_after->id : (m_before ? m_before->id : 0); }
    void apply(WriteScope &scope, bool forward) override;

private:
    std::optional<Series> m_before;
    std::optional<Series> m_after;
    QList<QPair<qint64, QDateTime>> m_posts;
    QList<qint64> m_platformPosts;
};

// A plan CSV read into the workspace: the posts it added and the ones it changed. Taking it
// back removes the added posts and puts back the changed ones; the file's rows are written
// without a version check (one editor's batch, undone as a whole).
class ImportPlanEdit final : public WorkspaceEdit
{
public:
    ImportPlanEdit(QVector<Post> before, QVector<Post> after);
    void apply(WriteScope &scope, bool forward) override;

private:
    QVector<Post> m_before;
    QVector<Post> m_after;
};

// Links imported posts to planned posts, or unlinks them; taking it back puts back each
// imported post's previous link and whether it was confirmed.
class LinkPostsEdit final : public WorkspaceEdit
{
public:
    struct Link {
        qint64 platformPostId = 0;
        std::optional<qint64> postId;
        QString method;
        bool confirmed = false;
    };

    LinkPostsEdit(QVector<Link> before, QVector<Link> after);
    void apply(WriteScope &scope, bool forward) override;

private:
    QVector<Link> m_before;
    QVector<Link> m_after;
};

} // namespace Beamline
