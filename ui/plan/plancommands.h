// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/entities.h>

#include <QCoreApplication>
#include <QUndoCommand>
#include <QVector>

#include <functional>
#include <optional>

namespace Beamline {

class Workspace;

// Reports a change that could not be written (a locked database...) to the page.
using PlanErrorHandler = std::function<void(const QString &message)>;

// Creates, changes or deletes a planned post; undo puts back exactly what was there,
// under the same id. A command whose first run fails removes itself from the stack.
class SavePostCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Beamline::SavePostCommand)

public:
    SavePostCommand(Workspace *workspace, std::optional<Post> before, std::optional<Post> after, const QString &text,
                    PlanErrorHandler onError);

    void redo() override;
    void undo() override;

    // The post's id once stored (for a new post, after the first redo).
    qint64 postId() const { return m_after ? m_after->id : (m_before ? m_before->id : 0); }

    // Texts for the Edit menu: "Move “Title”", "Add “Title”"...
    static QString moveText(const Post &post);

private:
    bool apply(std::optional<Post> &target, const std::optional<Post> &current);

    Workspace *m_workspace;
    std::optional<Post> m_before;
    std::optional<Post> m_after;
    PlanErrorHandler m_onError;
    bool m_firstRun = true;
};

// Creates, changes or deletes a series (its rule, skipped and moved occurrences...).
// Deleting keeps the posts and imported posts that belonged to it and links them back on undo.
class SaveSeriesCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Beamline::SaveSeriesCommand)

public:
    SaveSeriesCommand(Workspace *workspace, std::optional<Series> before, std::optional<Series> after, const QString &text,
                      PlanErrorHandler onError);

    void redo() override;
    void undo() override;
    qint64 seriesId() const { return m_after ? m_after->id : (m_before ? m_before->id : 0); }

private:
    bool apply(std::optional<Series> &target, const std::optional<Series> &current);

    Workspace *m_workspace;
    std::optional<Series> m_before;
    std::optional<Series> m_after;
    PlanErrorHandler m_onError;
    bool m_firstRun = true;
    // Links a deletion cut, restored by undo.
    QList<QPair<qint64, QDateTime>> m_posts;
    QList<qint64> m_platformPosts;
};

// A plan CSV read into the workspace (already applied when pushed): undo removes the
// posts it added and puts back the ones it changed.
class ImportPlanCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Beamline::ImportPlanCommand)

public:
    ImportPlanCommand(Workspace *workspace, QVector<Post> before, QVector<Post> after, const QString &fileName, PlanErrorHandler onError);

    void redo() override;
    void undo() override;

private:
    void apply(bool forward);

    Workspace *m_workspace;
    QVector<Post> m_before;
    QVector<Post> m_after;
    PlanErrorHandler m_onError;
    bool m_applied = true;
};

} // namespace Beamline
