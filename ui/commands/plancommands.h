// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/entities.h>
#include <core/services/planedits.h>
#include <ui/commands/workspacecommand.h>

#include <QCoreApplication>
#include <QVector>

#include <optional>

namespace Beamline {

// Creates, changes or deletes a planned post (PostEdit); undo puts back exactly what was
// there, under the same id, with the links to imported posts a deletion cut. Moves of one
// post that follow each other (dragging it in the calendar, moving it with the keyboard)
// merge into one step, whose undo returns the post to where it was before the first.
class SavePostCommand final : public EditCommand
{
public:
    SavePostCommand(Workspace *workspace, std::optional<Post> before, std::optional<Post> after, const QString &text,
                    PlanErrorHandler onError);

    // The post's id once stored (for a new post, after the first redo).
    qint64 postId() const { return m_edit.postId(); }

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

protected:
    WorkspaceEdit &edit() override { return m_edit; }

private:
    PostEdit m_edit;
};

// Creates, changes or deletes a series (SeriesEdit). Deleting keeps the posts and imported
// posts that belonged to it and links them back on undo.
class SaveSeriesCommand final : public EditCommand
{
public:
    SaveSeriesCommand(Workspace *workspace, std::optional<Series> before, std::optional<Series> after, const QString &text,
                      PlanErrorHandler onError);

    qint64 seriesId() const { return m_edit.seriesId(); }

protected:
    WorkspaceEdit &edit() override { return m_edit; }

private:
    SeriesEdit m_edit;
};

// A plan CSV read into the workspace (already applied when pushed): undo removes the
// posts it added and puts back the ones it changed.
class ImportPlanCommand final : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(Beamline::ImportPlanCommand)

public:
    ImportPlanCommand(Workspace *workspace, QVector<Post> before, QVector<Post> after, const QString &fileName,
                      PlanErrorHandler onError);

protected:
    WorkspaceEdit &edit() override { return m_edit; }

private:
    ImportPlanEdit m_edit;
};

// Links imported posts to planned posts, or unlinks them, as the user decided; undo puts
// back each imported post's previous link and whether it was confirmed.
class LinkImportedPostsCommand final : public EditCommand
{
public:
    using Link = LinkPostsEdit::Link;

    LinkImportedPostsCommand(Workspace *workspace, QVector<Link> before, QVector<Link> after, const QString &text,
                             PlanErrorHandler onError);

protected:
    WorkspaceEdit &edit() override { return m_edit; }

private:
    LinkPostsEdit m_edit;
};

} // namespace Beamline
