// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/entities.h>
#include <core/services/result.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QPointer>

#include <functional>
#include <optional>

class QModelIndex;
class QPoint;
class QUndoStack;
class QWidget;

namespace Beamline {

class SeriesEditorDialog;
class Workspace;

// The plan's edits as the Plan page offers them: new posts and series, the post and series
// editors, moving, skipping and dropping, a post's status and the context menu of a calendar
// item. Reads go through PlanService; every change is an undo command pushed on the window's
// stack. Dialogs open over `parent`. Its words are the Plan page's (translation context
// Beamline::PlanPage).
class PlanEditor final
{
    Q_DECLARE_TR_FUNCTIONS(Beamline::PlanPage)

public:
    // What the editor asks of the page.
    struct Hooks {
        std::function<void(int kind, const QString &text)> message; // the message bar: 0 positive, 1 warning, 2 error
        std::function<void()> reload; // read the plan again (after a refused change)
        std::function<void(qint64 postId, QDate day)> showPost; // go to the day and select the post
    };

    PlanEditor(QWidget *parent, Hooks hooks);

    void setWorkspace(Workspace *workspace, QUndoStack *undoStack);
    // The workspace may be changed; says why not on the message bar otherwise.
    bool canEdit();

    // A double click or Enter on a calendar item: its post's editor, or a post for its slot.
    void activate(const QModelIndex &index);
    void newPostAt(const QDateTime &localStart);
    void fillSlot(qint64 seriesId, const QDateTime &occurrence, const QDateTime &startUtc);
    void editPost(qint64 postId);
    void savePost(const std::optional<Post> &before, const std::optional<Post> &after, const QString &text);
    void movePost(qint64 postId, const QDateTime &localStart);
    void moveSlot(const QModelIndex &index, const QDateTime &localStart);
    void skipSlot(const QModelIndex &index);
    // Asks before dropping the post of `index`.
    void confirmDrop(const QModelIndex &index);
    void dropPost(const QModelIndex &index);
    void setPostStatus(qint64 postId, int status);
    void showContextMenu(const QModelIndex &index, const QPoint &globalPos);
    // A new series starting on `day` at 10:00.
    void newSeries(QDate day);
    void editSeries(qint64 seriesId);

    // Says on the message bar that the plan could not be read, and why.
    void readFailed(const ServiceError &error);

private:
    void runPostEditor(const Post &post, bool isNew);
    void runSeriesEditor(SeriesEditorDialog &dialog, bool isNew);
    void sayError(const QString &error) { m_hooks.message(2, error); }
    // The value of a lookup; nothing when there is none or the read failed (then said).
    template<typename T> std::optional<T> found(const Result<std::optional<T>> &result)
    {
        if (!result) {
            readFailed(result.error());
            return std::nullopt;
        }
        return result.value();
    }

    QWidget *m_parent;
    Hooks m_hooks;
    QPointer<Workspace> m_workspace;
    QUndoStack *m_undoStack = nullptr;
};

} // namespace Beamline
