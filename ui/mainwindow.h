// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

class QActionGroup;
class QLabel;
class QListWidget;
class QStackedWidget;
class QTimer;
class QUndoStack;

namespace Beamline {

class HelpWindow;
class ImportController;
class MessageBar;
class SetupChecklist;
class TaskRunner;
class WorkspaceSettingsDialog;
class Workspace;
class WorkspacePage;

// The application window: navigation between Plan, Measure and Data, the standard
// menus, an inline message bar, the status bar, and file drops anywhere on it.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Page { Plan, Measure, Data };
    enum OpenFlag { NoFlags = 0, KeepMessages = 1 };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a workspace file (created if missing). On failure the current workspace
    // stays open and the message bar says why. Creating, migrating and rebuilding the
    // summaries run off the UI thread with a progress dialog (the window stays painted);
    // the call returns once the workspace is open.
    bool openWorkspace(const QString &path, int flags = NoFlags);
    Workspace *workspace() const { return m_workspace.get(); }
    QUndoStack *undoStack() const { return m_undoStack; }
    MessageBar *messageBar() const { return m_messageBar; }
    ImportController *importController() const { return m_import; }
    // Runs the window's long operations off the UI thread, with one progress dialog.
    TaskRunner *taskRunner() const { return m_tasks; }

    // Opens what the desktop or a later launch hands over: the first workspace among `paths`
    // becomes the open one (see WorkspaceOpener::isWorkspaceFile), and the other files
    // (exports: CSV, TSV, ZIP, XLS, XLSX, or folders of them) go to the import preview of the
    // workspace then open. Waits while a dialog is open, since it may be working on the
    // current workspace.
    void openFiles(const QStringList &paths);

    void showPage(Page page);
    Page currentPage() const;
    // Tells a first-time user that this is demo data and how to start their own workspace.
    void showFirstRunHint();
    SetupChecklist *setupChecklist() const { return m_checklist; }
    // Settings ▸ Workspace, opened on a page (WorkspaceSettingsDialog::Page); it closes itself.
    WorkspaceSettingsDialog *showWorkspaceSettings(int page = 0);
    // A Help window (HelpWindow::Topic), one of each at a time.
    HelpWindow *showHelp(int topic);

    // Shows an error in the message bar: the last resort for a database error that escaped
    // an event handler (GuiApplication).
    void showError(const QString &text);

    // Saves a PNG of every page (and every view a page names) into `directory`, named
    // after the page and view. Used by scripts/screenshots.sh. Returns the files written.
    QStringList saveScreenshots(const QString &directory);

    // Creates the demo workspace at demoWorkspacePath() (or keeps it) off the UI thread, with
    // progress; returns once done. False (and the message bar says why) when it failed.
    bool createDemoWorkspace();

    static QString demoWorkspacePath();
    static QString defaultWorkspacePath();

Q_SIGNALS:
    // Local files dropped on the window (folders already expanded).
    void filesDropped(const QStringList &paths);
    void workspaceChanged(Beamline::Workspace *workspace);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslate();
    void updateWindowState();
    void addRecent(const QString &path);
    void rebuildRecentMenu();
    void newWorkspace();
    void setUpNewWorkspace();
    void openWorkspaceDialog();
    void connectDialog();
    void openDemoWorkspace();
    void importFiles();
    void showImportSummary(int kind, const QString &text, bool hasData);
    void showMessage(int kind, const QString &text);
    // A command's undo or redo failed after its first run: clears the stack and says so.
    void clearUndoAfterFailure();
    void showAbout();
    void restoreFocus();
    void createSeries();

    std::unique_ptr<Workspace> m_workspace;
    QUndoStack *m_undoStack;
    TaskRunner *m_tasks;
    ImportController *m_import;
    MessageBar *m_messageBar;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    QList<WorkspacePage *> m_pageWidgets;
    QLabel *m_workspaceLabel;
    QLabel *m_readOnlyLabel;
    SetupChecklist *m_checklist;
    QStringList m_pendingFiles; // handed over while a dialog was open
    QTimer *m_pendingTimer;
    bool m_opening = false;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_planMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_themeMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_reportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QList<QAction *> m_pageActions;
    QAction *m_fullScreenAction = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QAction *m_workspaceSettingsAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_metricsAction = nullptr;
    QAction *m_guideAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace Beamline
