// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspacepage.h"

#include <ui/commands/plancommands.h>

#include <functional>

class QAction;
class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace Beamline {

class DeferredReload;

class AttributionEditor;
class EmptyState;
class ImportHistoryModel;
class MatchReviewModel;

// The data behind the charts: the import history (with undo), the links between
// imported posts and the plan, and the saved column mappings.
class DataPage final : public WorkspacePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataPage)

public:
    explicit DataPage(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace, QUndoStack *undoStack) override;
    QStringList screenshotViews() const override;
    void showScreenshotView(const QString &name) override;

    ImportHistoryModel *historyModel() const { return m_history; }
    // Undoes the selected import after asking.
    void undoSelectedImport();
    // Undoes an import without asking; says how it went in the message bar.
    void undoImport(qint64 batchId);

    // Links to the plan (each an undoable command): the selected imported posts are
    // linked to a planned post, confirmed as linked, or unlinked.
    MatchReviewModel *matchModel() const { return m_matches; }
    void setShowUnlinked(bool show);
    void selectMatch(int row); // a row of matchModel()
    void linkSelectedTo(qint64 postId);
    void confirmMatches();
    void unlinkMatches();

Q_SIGNALS:
    void importRequested();
    // A message for the window's message bar: kind 0 positive, 1 warning, 2 error.
    void message(int kind, const QString &text);

private:
    void reload();
    void showDetails();
    void updateActions();
    void changeLinks(const QString &text, const std::function<void(LinkImportedPostsCommand::Link &)> &change);
    void deleteMapping();

    Workspace *m_workspace = nullptr;
    QUndoStack *m_undoStack = nullptr;
    DeferredReload *m_changes = nullptr; // reloads after a change, once shown
    ImportHistoryModel *m_history;
    MatchReviewModel *m_matches;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QTabWidget *m_tabs;
    QTableView *m_historyView;
    QTextBrowser *m_details;
    QPushButton *m_undo;
    QTableView *m_matchView;
    QPushButton *m_confirm;
    QPushButton *m_unlink;
    QPushButton *m_linkTo;
    QCheckBox *m_showUnlinked;
    QLabel *m_matchHint;
    QStackedWidget *m_matchStack;
    EmptyState *m_matchEmpty;
    QListWidget *m_mappings;
    QPushButton *m_deleteMapping;
    QAction *m_importAction;
    AttributionEditor *m_attribution = nullptr;
};

} // namespace Beamline
