// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspacepage.h"

#include <core/services/result.h>

#include <QDate>
#include <QDateTime>
#include <QPointer>

#include <memory>
#include <optional>

class QAction;
class QDialog;
class QHBoxLayout;
class QLabel;
class QMenu;
class QModelIndex;
class QSplitter;
class QStackedWidget;
class QToolButton;
class QTreeView;

namespace Beamline {

class DeferredReload;

class AttentionPanel;
class CalendarView;
class EmptyState;
class MonthView;
class PlanEditor;
class PlanFiles;
class PlanFilterModel;
class PlanModel;
class WeekView;
struct Post;

// The editorial calendar: month, week and list views of posts and series slots, filters,
// the "needs attention" panel, post and series editors, and the plan's export (.ics, CSV)
// and import (CSV). Every edit goes through the window's undo stack.
class PlanPage final : public WorkspacePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanPage)

public:
    enum class View { Month, Week, List };

    explicit PlanPage(QWidget *parent = nullptr);
    ~PlanPage() override;

    void setWorkspace(Workspace *workspace, QUndoStack *undoStack) override;
    QStringList screenshotViews() const override;
    void showScreenshotView(const QString &name) override;
    QWidget *screenshotWidget() const override;

    void setView(View view);
    View view() const;
    void goToDate(QDate date);
    QDate currentDate() const { return m_current; }

    // The Plan menu of the window.
    QList<QAction *> menuActions() const;
    QAction *newSeriesAction() const { return m_newSeriesAction; }

    MonthView *monthView() const { return m_month; }
    WeekView *weekView() const { return m_week; }
    QTreeView *listView() const { return m_list; }
    PlanModel *model() const { return m_model; }
    PlanFilterModel *filterModel() const { return m_filter; }
    AttentionPanel *attentionPanel() const { return m_attention; }

    // Undoable edits (also used by tests).
    void movePost(qint64 postId, const QDateTime &localStart);
    void savePost(const std::optional<Post> &before, const std::optional<Post> &after, const QString &text);

Q_SIGNALS:
    // For the window's message bar: kind 0 positive, 1 warning, 2 error.
    void message(int kind, const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    QHBoxLayout *createToolbar();
    void connectViews();
    void retranslate();
    void reload();
    // What the page shows around the calendar: the attention panel, the filter and series menus, today.
    void reloadAround();
    void updateRange();
    void updateRangeLabel();
    void applyTimeZone();
    void updateToolbarMode();
    void setAttentionPanelVisible(bool visible);
    void updateZoneLabel();
    void updateZoneToolTip();
    Result<void> rebuildFilterMenu();
    Result<void> rebuildSeriesMenu();
    void step(int delta);
    CalendarView *currentCalendar() const;
    // Goes to the day and selects the post there.
    void showPost(qint64 postId, QDate day);
    // The plan's files, asked over this page, saying what happened on the message bar.
    PlanFiles files();

    QPointer<Workspace> m_workspace;
    QUndoStack *m_undoStack = nullptr;
    DeferredReload *m_changes = nullptr; // reloads after a change, once shown
    QDate m_current;

    PlanModel *m_model;
    PlanFilterModel *m_filter;
    EmptyState *m_empty;
    QStackedWidget *m_stack;
    QWidget *m_content;
    QStackedWidget *m_views;
    MonthView *m_month;
    WeekView *m_week;
    QTreeView *m_list;
    AttentionPanel *m_attention;
    QSplitter *m_splitter;
    QLabel *m_rangeLabel;
    QLabel *m_zoneLabel;
    QToolButton *m_filterButton;
    QToolButton *m_seriesButton;
    QToolButton *m_exportButton;
    QMenu *m_filterMenu;
    QMenu *m_seriesMenu;
    QMenu *m_exportMenu;
    QPointer<QDialog> m_screenshotDialog;
    QHBoxLayout *m_toolbar = nullptr;
    QList<QToolButton *> m_adaptiveButtons;
    QWidget *m_attentionScroll = nullptr;
    bool m_panelSized = false; // the attention panel got its first width

    QAction *m_previousAction = nullptr;
    QAction *m_todayAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_monthAction = nullptr;
    QAction *m_weekAction = nullptr;
    QAction *m_listAction = nullptr;
    QAction *m_newPostAction = nullptr;
    QAction *m_newSeriesAction = nullptr;
    QAction *m_exportIcsAction = nullptr;
    QAction *m_exportCsvAction = nullptr;
    QAction *m_importCsvAction = nullptr;
    QAction *m_clearFiltersAction = nullptr;
    QAction *m_dropAction = nullptr;
    QAction *m_attentionAction = nullptr;

    std::unique_ptr<PlanEditor> m_editor; // the plan's edits, through the undo stack
};

} // namespace Beamline
