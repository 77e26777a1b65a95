// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <core/domain/serverlocation.h>
#include <core/demo/demogenerator.h>
#include <core/workspace/workspace.h>
#include <ui/application.h>
#include <ui/help/helpwindows.h>
#include <ui/import/importcontroller.h>
#include <ui/pages/datapage.h>
#include <ui/pages/measurepage.h>
#include <ui/pages/planpage.h>
#include <ui/setup/newworkspacedialog.h>
#include <ui/commands/workspacecommand.h>
#include <ui/report/reportdialog.h>
#include <ui/widgets/connectdialog.h>
#include <ui/setup/setupchecklist.h>
#include <ui/setup/workspacesettingsdialog.h>
#include <ui/widgets/currentpagestack.h>
#include <ui/widgets/messagebar.h>
#include <ui/tasks/taskrunner.h>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDir>
#include <QDirIterator>
#include <QDragEnterEvent>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScopeGuard>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace Beamline {

namespace {
constexpr int MaxRecent = 8;

// Expands dropped folders into the files inside them.
QStringList expandPaths(const QList<QUrl> &urls)
{
    QStringList files;
    for (const QUrl &url : urls) {
        if (!url.isLocalFile())
            continue;
        const QString path = url.toLocalFile();
        const QFileInfo info(path);
        if (info.isDir()) {
            QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
            QStringList inFolder;
            while (it.hasNext())
                inFolder.append(it.next());
            inFolder.sort();
            files += inFolder;
        } else if (info.isFile()) {
            files.append(info.absoluteFilePath());
        }
    }
    return files;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_undoStack(new QUndoStack(this))
    , m_tasks(new TaskRunner(this))
    , m_import(new ImportController(this, m_tasks))
    , m_messageBar(new MessageBar(this))
    , m_navigation(new QListWidget(this))
    , m_pages(new CurrentPageStack(this))
    , m_workspaceLabel(new QLabel(this))
    , m_readOnlyLabel(new QLabel(this))
    , m_checklist(new SetupChecklist(this))
    , m_pendingTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);

    m_pageWidgets = {new PlanPage(this), new MeasurePage(this), new DataPage(this)};
    for (WorkspacePage *page : std::as_const(m_pageWidgets))
        m_pages->addWidget(page);

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setViewMode(QListView::IconMode);
    m_navigation->setFlow(QListView::TopToBottom);
    m_navigation->setMovement(QListView::Static);
    m_navigation->setWrapping(false);
    m_navigation->setIconSize(QSize(32, 32));
    m_navigation->setGridSize(QSize(92, 72));
    m_navigation->setFixedWidth(100);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    m_navigation->setAccessibleName(tr("Sections"));
    for (const char *icon : {"view-calendar", "office-chart-line", "server-database"}) {
        auto *item = new QListWidgetItem(Application::icon(QString::fromLatin1(icon)), QString(), m_navigation);
        item->setTextAlignment(Qt::AlignHCenter | Qt::AlignBottom);
    }
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_pageActions.size())
            m_pageActions.at(row)->setChecked(true);
        m_checklist->setPageShowsIt(row == int(Page::Plan));
    });

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(6, 6, 6, 0);
    contentLayout->setSpacing(6);
    contentLayout->addWidget(m_messageBar);
    contentLayout->addWidget(m_checklist);
    contentLayout->addWidget(m_pages, 1);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    auto *separator = new QFrame(central);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    layout->addWidget(separator);
    layout->addWidget(content, 1);
    setCentralWidget(central);

    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyBadge"));
    statusBar()->addWidget(m_workspaceLabel, 1);
    statusBar()->addPermanentWidget(m_readOnlyLabel);

    createActions();
    createMenus();
    retranslate();
    m_navigation->setCurrentRow(0);

    qApp->installEventFilter(this);
    connect(m_checklist, &SetupChecklist::addChannelsRequested, this, [this] { showWorkspaceSettings(int(WorkspaceSettingsDialog::Page::Channels)); });
    connect(m_checklist, &SetupChecklist::createSeriesRequested, this, &MainWindow::createSeries);
    connect(m_checklist, &SetupChecklist::importRequested, this, &MainWindow::importFiles);
    m_import->setUndoStack(m_undoStack);
    connect(m_undoStack, &QUndoStack::indexChanged, this, &MainWindow::clearUndoAfterFailure);
    // An undo run as a task fails after the stack moved: look again when it ends.
    connect(m_tasks, &TaskRunner::taskFinished, this, &MainWindow::clearUndoAfterFailure);
    connect(m_tasks, &TaskRunner::failed, this, &MainWindow::showError);
    connect(this, &MainWindow::filesDropped, m_import, &ImportController::start);
    connect(m_import, &ImportController::summary, this, &MainWindow::showImportSummary);
    auto *data = static_cast<DataPage *>(m_pageWidgets.at(int(Page::Data)));
    connect(data, &DataPage::importRequested, this, &MainWindow::importFiles);
    connect(static_cast<MeasurePage *>(m_pageWidgets.at(int(Page::Measure))), &MeasurePage::importRequested, this, &MainWindow::importFiles);
    connect(data, &DataPage::message, this, &MainWindow::showMessage);
    connect(static_cast<PlanPage *>(m_pageWidgets.at(int(Page::Plan))), &PlanPage::message, this, &MainWindow::showMessage);
    connect(static_cast<MeasurePage *>(m_pageWidgets.at(int(Page::Measure))), &MeasurePage::message, this, &MainWindow::showMessage);

    m_pendingTimer->setSingleShot(true);
    m_pendingTimer->setInterval(250);
    connect(m_pendingTimer, &QTimer::timeout, this, [this] { openFiles(std::exchange(m_pendingFiles, {})); });

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // 1280×820, or the whole of a smaller screen (a 1024×700 laptop), never beyond it.
        // (The offscreen platform's 800×600 "screen" is no screen: screenshots and tests
        // keep 1280×820.)
        const bool real = QGuiApplication::platformName() != QLatin1String("offscreen") && screen();
        const QSize available = real ? screen()->availableGeometry().size() : QSize(1280, 820);
        const QSize wanted(1280, 820);
        resize(wanted.boundedTo(available));
        if (available.width() < wanted.width() || available.height() < wanted.height())
            setWindowState(windowState() | Qt::WindowMaximized);
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    updateWindowState();
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
    // A task may be writing to the workspace: let it end (or cancel it) before it closes.
    m_tasks->cancel();
    m_tasks->waitForIdle();
    m_import->setWorkspace(nullptr);
    m_checklist->setWorkspace(nullptr);
    // Pages may hold models over the workspace: detach them before it closes.
    for (WorkspacePage *page : std::as_const(m_pageWidgets))
        page->setWorkspace(nullptr, m_undoStack);
}

QString MainWindow::demoWorkspacePath()
{
    return QDir(Application::dataDirectory()).filePath(QStringLiteral("demo.beamline"));
}

QString MainWindow::defaultWorkspacePath()
{
    return QDir(Application::dataDirectory()).filePath(QStringLiteral("workspace.beamline"));
}

void MainWindow::createActions()
{
    m_newAction = new QAction(Application::icon(QStringLiteral("document-new")), QString(), this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newWorkspace);

    m_openAction = new QAction(Application::icon(QStringLiteral("document-open")), QString(), this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openWorkspaceDialog);

    m_connectAction = new QAction(Application::icon(QStringLiteral("network-server")), QString(), this);
    m_connectAction->setObjectName(QStringLiteral("connectAction"));
    connect(m_connectAction, &QAction::triggered, this, &MainWindow::connectDialog);

    m_demoAction = new QAction(Application::icon(QStringLiteral("beamline")), QString(), this);
    connect(m_demoAction, &QAction::triggered, this, &MainWindow::openDemoWorkspace);

    m_importAction = new QAction(Application::icon(QStringLiteral("document-import")), QString(), this);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importFiles);

    m_reportAction = new QAction(Application::icon(QStringLiteral("document-export")), QString(), this);
    m_reportAction->setObjectName(QStringLiteral("exportReportAction"));
    connect(m_reportAction, &QAction::triggered, this, [this] {
        if (m_workspace)
            ReportDialog(m_workspace.get(), this).exec();
    });
    m_quitAction = new QAction(Application::icon(QStringLiteral("application-exit")), QString(), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_undoStack->createUndoAction(this);
    m_undoAction->setIcon(Application::icon(QStringLiteral("edit-undo")));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoStack->createRedoAction(this);
    m_redoAction->setIcon(Application::icon(QStringLiteral("edit-redo")));
    m_redoAction->setShortcut(QKeySequence::Redo);

    auto *pageGroup = new QActionGroup(this);
    const char *icons[] = {"view-calendar", "office-chart-line", "server-database"};
    for (int i = 0; i < 3; ++i) {
        auto *action = new QAction(Application::icon(QString::fromLatin1(icons[i])), QString(), pageGroup);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] { showPage(static_cast<Page>(i)); });
        m_pageActions.append(action);
    }

    m_fullScreenAction = new QAction(Application::icon(QStringLiteral("view-fullscreen")), QString(), this);
    m_fullScreenAction->setShortcut(QKeySequence::FullScreen);
    m_fullScreenAction->setCheckable(true);
    connect(m_fullScreenAction, &QAction::toggled, this, [this](bool on) {
        if (on)
            showFullScreen();
        else
            showNormal();
    });

    m_themeGroup = new QActionGroup(this);
    for (int i = 0; i < 3; ++i) {
        auto *action = new QAction(m_themeGroup);
        action->setCheckable(true);
        action->setData(i);
        action->setChecked(static_cast<int>(Application::theme()) == i);
        connect(action, &QAction::triggered, this, [i] { Application::setTheme(static_cast<Application::Theme>(i)); });
    }

    m_workspaceSettingsAction = new QAction(Application::icon(QStringLiteral("preferences-system")), QString(), this);
    m_workspaceSettingsAction->setObjectName(QStringLiteral("workspaceSettingsAction"));
    connect(m_workspaceSettingsAction, &QAction::triggered, this, [this] { showWorkspaceSettings(); });
    m_shortcutsAction = new QAction(Application::icon(QStringLiteral("configure-shortcuts")), QString(), this);
    m_shortcutsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Question));
    connect(m_shortcutsAction, &QAction::triggered, this, [this] { showHelp(int(HelpWindow::Topic::Shortcuts)); });
    m_metricsAction = new QAction(Application::icon(QStringLiteral("help-metrics")), QString(), this);
    connect(m_metricsAction, &QAction::triggered, this, [this] { showHelp(int(HelpWindow::Topic::Metrics)); });
    m_guideAction = new QAction(Application::icon(QStringLiteral("help-contents")), QString(), this);
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    connect(m_guideAction, &QAction::triggered, this, [this] { showHelp(int(HelpWindow::Topic::Guide)); });

    m_aboutAction = new QAction(Application::icon(QStringLiteral("help-about")), QString(), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addAction(m_connectAction);
    m_recentMenu = m_fileMenu->addMenu(Application::icon(QStringLiteral("document-open-recent")), QString());
    m_fileMenu->addAction(m_demoAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addAction(m_reportAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    rebuildRecentMenu();

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);

    m_planMenu = menuBar()->addMenu(QString());
    for (QAction *action : static_cast<PlanPage *>(m_pageWidgets.at(int(Page::Plan)))->menuActions()) {
        if (action)
            m_planMenu->addAction(action);
        else
            m_planMenu->addSeparator();
    }

    m_viewMenu = menuBar()->addMenu(QString());
    for (QAction *action : std::as_const(m_pageActions))
        m_viewMenu->addAction(action);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(static_cast<MeasurePage *>(m_pageWidgets.at(int(Page::Measure)))->exportChartAction());
    m_viewMenu->addSeparator();
    m_themeMenu = m_viewMenu->addMenu(QString());
    m_themeMenu->addActions(m_themeGroup->actions());
    m_viewMenu->addAction(m_fullScreenAction);

    m_settingsMenu = menuBar()->addMenu(QString());
    m_settingsMenu->addAction(m_workspaceSettingsAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_guideAction);
    m_helpMenu->addAction(m_shortcutsAction);
    m_helpMenu->addAction(m_metricsAction);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_planMenu->setTitle(tr("&Plan"));
    m_viewMenu->setTitle(tr("&View"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_helpMenu->setTitle(tr("&Help"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_themeMenu->setTitle(tr("&Theme"));
    m_newAction->setText(tr("&New Workspace…"));
    m_newAction->setStatusTip(tr("Create an empty workspace file"));
    m_openAction->setText(tr("&Open Workspace…"));
    m_openAction->setStatusTip(tr("Open a workspace file"));
    m_connectAction->setText(tr("Connect to &Team Workspace…"));
    m_connectAction->setStatusTip(tr("Open a workspace that a team shares on a PostgreSQL server"));
    m_demoAction->setText(tr("Open &Demo Workspace"));
    m_demoAction->setStatusTip(tr("Open a workspace with synthetic data modelled on a lab's campaign"));
    m_importAction->setText(tr("&Import Exports…"));
    m_importAction->setStatusTip(tr("Import CSV exports from X, Meta, YouTube, LinkedIn, Google Analytics, Matomo and listening tools"));
    m_reportAction->setText(tr("Export Re&port…"));
    m_reportAction->setStatusTip(tr("Write a PDF impact report of a period: figures, charts, definitions and sources"));
    m_quitAction->setText(tr("&Quit"));
    m_undoAction->setText(tr("&Undo"));
    m_redoAction->setText(tr("&Redo"));
    const QStringList pages = {tr("Plan"), tr("Measure"), tr("Data")};
    const QStringList pageTips = {tr("Series, calendar and the posts to come"), tr("Impact of posts, series and campaigns"),
                                  tr("Imported exports and their history")};
    for (int i = 0; i < 3; ++i) {
        m_pageActions.at(i)->setText(pages.at(i));
        m_pageActions.at(i)->setStatusTip(pageTips.at(i));
        m_navigation->item(i)->setText(pages.at(i));
        m_navigation->item(i)->setToolTip(pageTips.at(i) + QStringLiteral(" (") + m_pageActions.at(i)->shortcut().toString(QKeySequence::NativeText) + QLatin1Char(')'));
    }
    const QStringList themes = {tr("Follow the &System"), tr("&Light"), tr("&Dark")};
    const auto themeActions = m_themeGroup->actions();
    for (int i = 0; i < themeActions.size(); ++i)
        themeActions.at(i)->setText(themes.at(i));
    m_fullScreenAction->setText(tr("&Full Screen"));
    m_workspaceSettingsAction->setText(tr("&Workspace…"));
    m_workspaceSettingsAction->setStatusTip(tr("Name and time zone, channels, pillars, people and campaigns of this workspace"));
    m_guideAction->setText(tr("Beamline &User Guide"));
    m_shortcutsAction->setText(tr("&Keyboard Shortcuts"));
    m_metricsAction->setText(tr("&Metric Definitions"));
    m_metricsAction->setStatusTip(tr("How each figure is computed, and from which columns of which export"));
    m_aboutAction->setText(tr("&About Beamline"));
    m_aboutQtAction->setText(tr("About &Qt"));
    updateWindowState();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(static_cast<int>(page));
    // The keyboard follows to the page shown (the month grid for Plan), so its keys and
    // the window's shortcuts work without a click.
    if (isVisible() && !m_navigation->hasFocus())
        m_pages->currentWidget()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::restoreFocus()
{
    // After a dialog or an import: give the keyboard back to the window, where Ctrl+1/2/3,
    // Ctrl+I and the Alt menu letters work, instead of leaving it nowhere.
    if (QApplication::activeModalWidget() || QApplication::activePopupWidget() || !isVisible())
        return;
    if (!isActiveWindow())
        activateWindow();
    QWidget *focus = focusWidget();
    if (!focus || !focus->isVisible() || !focus->isEnabled() || focus == this)
        m_pages->currentWidget()->setFocus(Qt::ActiveWindowFocusReason);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // A dialog of this window closed: bring the keyboard back once it is gone.
    if (event->type() == QEvent::Hide && watched->isWidgetType()) {
        auto *widget = static_cast<QWidget *>(watched);
        if (widget->isWindow() && widget != this && qobject_cast<QDialog *>(widget) && widget->parentWidget()
            && widget->parentWidget()->window() == this)
            QTimer::singleShot(0, this, &MainWindow::restoreFocus);
    }
    return QMainWindow::eventFilter(watched, event);
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

bool MainWindow::openWorkspace(const QString &path, int flags)
{
    if (m_opening)
        return false; // asked again while the window waits for an opening
    m_opening = true;
    const auto opened = qScopeGuard([this] { m_opening = false; });
    // A task may be writing to the workspace open now: it ends first.
    m_tasks->waitForIdle();
    // Creating or migrating the file and rebuilding its summaries take seconds on years of
    // figures: a worker does it while the window paints and shows the progress.
    auto result = std::make_shared<Workspace::OpenResult>();
    TaskRunner::Options task;
    task.title = tr("Open Workspace");
    task.label = tr("Opening “%1”… An older workspace is upgraded and its daily summaries are brought up to date first.")
                     .arg(ServerLocation::isServer(path) ? path : QDir::toNativeSeparators(path));
    task.cancellable = false;
    task.minimumDuration = 200;
    task.errorText = tr("The workspace could not be opened: %1");
    m_tasks->run<bool>(
        task,
        [path, result](TaskControl &) {
            *result = Workspace::prepare(path, Workspace::OpenMode::CreateIfMissing);
            return true;
        },
        nullptr, {});
    m_tasks->waitForIdle();
    std::unique_ptr<Workspace> workspace = Workspace::adopt(*result);
    if (!workspace) {
        if (!result->message.isEmpty())
            m_messageBar->showMessage(MessageBar::Kind::Error, result->message);
        return false;
    }
    // The window's own connection (SQLite reads the schema: 10-20 ms); then the window paints
    // and its timers run before the pages read the workspace.
    (void)workspace->connection();
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    for (WorkspacePage *page : std::as_const(m_pageWidgets))
        page->setWorkspace(nullptr, m_undoStack);
    m_import->setWorkspace(nullptr);
    m_checklist->setWorkspace(nullptr);
    if (auto *settings = findChild<WorkspaceSettingsDialog *>())
        settings->close(); // it edits the workspace being closed
    m_undoStack->clear();
    m_workspace = std::move(workspace);
    m_import->setWorkspace(m_workspace.get());
    m_checklist->setWorkspace(m_workspace.get());
    connect(m_workspace.get(), &Workspace::nameChanged, this, &MainWindow::updateWindowState);
    for (WorkspacePage *page : std::as_const(m_pageWidgets))
        page->setWorkspace(m_workspace.get(), m_undoStack);

    if (!(flags & KeepMessages))
        m_messageBar->clear();
    if (!result->message.isEmpty()) {
        m_messageBar->showMessage(result->status == Workspace::OpenStatus::OpenedReadOnly ? MessageBar::Kind::Warning
                                                                                             : MessageBar::Kind::Information,
                                  result->message);
    }
    // The keyboard starts in the page (the month grid), not in the navigation list.
    m_pages->currentWidget()->setFocus(Qt::OtherFocusReason);
    // Remembering it writes the settings file to disk (20-30 ms): after the window has
    // painted the workspace, in a turn of the event loop of its own (a timer, not a posted
    // call, so that input and paints waiting since the opening go first).
    QTimer::singleShot(1, this, [this, location = m_workspace->filePath(), server = m_workspace->database().isServer()] {
        if (server) {
            ConnectDialog::addRecentConnection(location);
            QSettings().setValue(QStringLiteral("workspace/last"), location);
        } else {
            addRecent(location);
        }
    });
    updateWindowState();
    Q_EMIT workspaceChanged(m_workspace.get());
    return true;
}

void MainWindow::openFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    // A modal dialog (the import preview, a file dialog) may hold the open workspace: the
    // files wait until it is closed.
    if (QApplication::activeModalWidget()) {
        m_pendingFiles += paths;
        m_pendingTimer->start();
        return;
    }
    QStringList workspaces, exports, missing;
    for (const QString &path : paths) {
        if (ServerLocation::isServer(path)) {
            workspaces.append(path);
            continue;
        }
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (Workspace::isWorkspaceFile(absolute))
            workspaces.append(absolute);
        else if (QFileInfo::exists(absolute))
            exports.append(absolute);
        else
            missing.append(QDir::toNativeSeparators(absolute));
    }

    QStringList notes;
    bool workspaceFailed = false;
    if (!workspaces.isEmpty()) {
        const QString wanted = workspaces.constFirst();
        const bool alreadyOpen = m_workspace
            && (ServerLocation::isServer(wanted) ? m_workspace->filePath() == wanted : QFileInfo(m_workspace->filePath()) == QFileInfo(wanted));
        workspaceFailed = !alreadyOpen && !openWorkspace(wanted);
        if (workspaces.size() > 1) {
            notes.append(tr("Beamline opens one workspace at a time; %n other workspace(s) were not opened.", nullptr,
                            int(workspaces.size() - 1)));
        }
    }
    if (!missing.isEmpty())
        notes.append(tr("Not found: %1.").arg(missing.join(QStringLiteral(", "))));
    if (!exports.isEmpty()) {
        if (workspaceFailed)
            notes.append(tr("The exports were not imported, since the workspace could not be opened."));
        else if (!m_workspace || m_workspace->isReadOnly())
            notes.append(tr("The exports were not imported: this workspace is read-only."));
        else if (m_import->isBusy())
            notes.append(tr("The exports were not imported: another import is running. Open them again when it has finished."));
        else
            m_import->start(exports);
    }
    if (!notes.isEmpty()) {
        // After a failed opening, its reason comes first.
        const QString before = workspaceFailed ? m_messageBar->text() : QString();
        m_messageBar->showMessage(workspaceFailed ? MessageBar::Kind::Error : MessageBar::Kind::Warning,
                                  (before.isEmpty() ? QString() : before + QLatin1Char(' ')) + notes.join(QLatin1Char(' ')));
    }
}

void MainWindow::updateWindowState()
{
    const bool open = m_workspace != nullptr;
    const bool writable = open && !m_workspace->isReadOnly();
    m_importAction->setEnabled(writable);
    m_workspaceSettingsAction->setEnabled(open);
    m_reportAction->setEnabled(open);
    if (open) {
        setWindowTitle(m_workspace->name());
        setWindowFilePath(m_workspace->filePath());
        m_workspaceLabel->setText(tr("Workspace: %1").arg(m_workspace->name()));
        m_workspaceLabel->setToolTip(QDir::toNativeSeparators(m_workspace->filePath()));
        m_readOnlyLabel->setText(writable ? QString() : tr("Read-only"));
        m_readOnlyLabel->setVisible(!writable);
    } else {
        setWindowTitle(QString());
        m_workspaceLabel->setText(tr("No workspace open"));
        m_readOnlyLabel->hide();
    }
}

void MainWindow::addRecent(const QString &path)
{
    {
        QSettings settings; // written once, when it goes
        QStringList recent = settings.value(QStringLiteral("workspace/recent")).toStringList();
        recent.removeAll(path);
        recent.prepend(path);
        while (recent.size() > MaxRecent)
            recent.removeLast();
        settings.setValue(QStringLiteral("workspace/recent"), recent);
        settings.setValue(QStringLiteral("workspace/last"), path);
    }
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("workspace/recent")).toStringList();
    int n = 0;
    for (const QString &path : recent) {
        if (!QFileInfo::exists(path))
            continue;
        QAction *action = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(++n).arg(QFileInfo(path).fileName()));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openWorkspace(path); });
    }
    m_recentMenu->setEnabled(n > 0);
}

void MainWindow::newWorkspace()
{
    const QString dir = m_workspace && !m_workspace->database().isServer() ? QFileInfo(m_workspace->filePath()).absolutePath() : QDir::homePath();
    QString path = QFileDialog::getSaveFileName(this, tr("New Workspace"), QDir(dir).filePath(tr("workspace.beamline")),
                                                tr("Beamline workspaces (*.beamline);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".beamline");
    if (QFileInfo::exists(path) && QFileInfo(path).size() > 0) {
        m_messageBar->showMessage(MessageBar::Kind::Warning,
                                  tr("“%1” already exists; it was opened instead of being replaced.").arg(QDir::toNativeSeparators(path)));
        openWorkspace(path, KeepMessages);
        return;
    }
    if (openWorkspace(path))
        setUpNewWorkspace();
}

void MainWindow::setUpNewWorkspace()
{
    // A workspace just created: its name and its team's time zone, asked at once rather
    // than left to the file's name and this computer's zone.
    if (!m_workspace || m_workspace->isReadOnly())
        return;
    NewWorkspaceDialog dialog(m_workspace->name(), m_workspace->timeZone(), this);
    if (dialog.exec() != QDialog::Accepted || !m_workspace)
        return;
    if (!dialog.name().isEmpty() && dialog.name() != m_workspace->name())
        m_workspace->setName(dialog.name());
    if (dialog.zone() != m_workspace->timeZone())
        m_workspace->setTimeZone(dialog.zone());
}

void MainWindow::openWorkspaceDialog()
{
    const QString dir = m_workspace && !m_workspace->database().isServer() ? QFileInfo(m_workspace->filePath()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Workspace"), dir,
                                                      tr("Beamline workspaces (*.beamline);;All files (*)"));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::connectDialog()
{
    ConnectDialog dialog(this);
    if (m_workspace && m_workspace->database().isServer())
        dialog.setLocation(m_workspace->filePath());
    if (dialog.exec() != QDialog::Accepted)
        return;
    openWorkspace(dialog.location()); // with its progress dialog, no wait cursor
}

bool MainWindow::createDemoWorkspace()
{
    // Writing the demo's year of figures takes seconds: a task, while the window paints.
    TaskRunner::Options task;
    task.title = tr("Demo Workspace");
    task.label = tr("Creating the demo workspace…");
    task.cancellable = false;
    bool created = false;
    m_tasks->run<QString>(
        task,
        [path = demoWorkspacePath()](TaskControl &) {
            QString error;
            if (!DemoGenerator::createWorkspace(path, &error) && error.isEmpty())
                error = tr("The demo workspace could not be created.");
            return error;
        },
        nullptr,
        [this, &created](TaskOutcome<QString> &outcome) {
            created = outcome.value && outcome.value->isEmpty();
            if (outcome.value && !created)
                m_messageBar->showMessage(MessageBar::Kind::Error, *outcome.value);
        });
    m_tasks->waitForIdle();
    return created;
}

void MainWindow::openDemoWorkspace()
{
    if (createDemoWorkspace())
        openWorkspace(demoWorkspacePath());
}

QStringList MainWindow::saveScreenshots(const QString &directory)
{
    QDir().mkpath(directory);
    QStringList written;
    const QStringList pageNames = {QStringLiteral("plan"), QStringLiteral("measure"), QStringLiteral("data")};
    auto shoot = [&](const QString &name) {
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        const QString file = QDir(directory).filePath(name + QStringLiteral(".png"));
        QWidget *target = m_pageWidgets.at(int(currentPage()))->screenshotWidget();
        if (target) {
            // A dialog: give it time to lay out and paint.
            target->resize(target->size().expandedTo(target->sizeHint()));
            QCoreApplication::processEvents();
        }
        if ((target ? target->grab() : grab()).save(file))
            written.append(file);
    };
    for (int i = 0; i < m_pageWidgets.size(); ++i) {
        showPage(static_cast<Page>(i));
        const QStringList views = m_pageWidgets.at(i)->screenshotViews();
        if (views.isEmpty())
            shoot(pageNames.at(i));
        for (const QString &view : views) {
            m_pageWidgets.at(i)->showScreenshotView(view);
            shoot(view);
        }
    }
    for (WorkspacePage *page : std::as_const(m_pageWidgets))
        page->showScreenshotView(QString()); // closes what a view opened
    // The window on a small screen (1024×700): the same views must fit and stay readable.
    const QSize full = size();
    resize(1024, 700);
    const QList<QPair<Page, QString>> small = {{Page::Plan, QStringLiteral("plan-month")}, {Page::Measure, QStringLiteral("measure-overview")},
                                               {Page::Measure, QStringLiteral("measure-instagram-web")}};
    for (const auto &[page, view] : small) {
        showPage(page);
        m_pageWidgets.at(int(page))->showScreenshotView(view);
        shoot(QStringLiteral("small-") + view);
    }
    for (WorkspacePage *page : std::as_const(m_pageWidgets))
        page->showScreenshotView(QString());
    resize(full);
    showPage(Page::Plan);
    // Settings ▸ Workspace, on the pages a new team fills first.
    const std::pair<const char *, WorkspaceSettingsDialog::Page> settingsViews[] = {
        {"settings-channels", WorkspaceSettingsDialog::Page::Channels}, {"settings-pillars", WorkspaceSettingsDialog::Page::Pillars}};
    for (const auto &[name, page] : settingsViews) {
        if (WorkspaceSettingsDialog *dialog = showWorkspaceSettings(int(page))) {
            QCoreApplication::processEvents();
            QCoreApplication::processEvents();
            const QString file = QDir(directory).filePath(QLatin1String(name) + QStringLiteral(".png"));
            if (dialog->grab().save(file))
                written.append(file);
        }
    }
    if (auto *dialog = findChild<WorkspaceSettingsDialog *>())
        dialog->close();
    return written;
}

void MainWindow::showFirstRunHint()
{
    if (!m_workspace || !m_workspace->isDemo())
        return;
    m_messageBar->showMessage(MessageBar::Kind::Information,
                              tr("Welcome to Beamline. This demo workspace holds synthetic data modelled on a lab's "
                                 "#WhatsUpLHC campaign, so you can explore planning and measuring right away."));
    auto *start = new QAction(Application::icon(QStringLiteral("document-new")), tr("Start My Own Workspace"), m_messageBar);
    connect(start, &QAction::triggered, this, [this] {
        const QString path = defaultWorkspacePath();
        const bool exists = QFileInfo::exists(path) && QFileInfo(path).size() > 0;
        if (openWorkspace(path) && !exists)
            setUpNewWorkspace();
    });
    m_messageBar->addAction(start);
}

void MainWindow::importFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import Exports"), QDir::homePath(),
                                                            tr("Exports (*.csv *.tsv *.txt *.zip *.xls *.xlsx);;All files (*)"));
    if (!files.isEmpty())
        Q_EMIT filesDropped(files);
}

void MainWindow::showMessage(int kind, const QString &text)
{
    const MessageBar::Kind kinds[] = {MessageBar::Kind::Positive, MessageBar::Kind::Warning, MessageBar::Kind::Error};
    m_messageBar->showMessage(kinds[qBound(0, kind, 2)], text);
}

void MainWindow::showError(const QString &text)
{
    m_messageBar->showMessage(MessageBar::Kind::Error, text);
}

void MainWindow::clearUndoAfterFailure()
{
    for (int i = 0; i < m_undoStack->count(); ++i) {
        const auto *command = dynamic_cast<const WorkspaceCommand *>(m_undoStack->command(i));
        if (!command || command->laterFailure().isEmpty())
            continue;
        // The stack moved past a step that did not happen: from here on its before/after pairs
        // would be applied to the wrong workspace. No further undo until it is cleared, which
        // waits for the stack to leave the undo() or redo() still running.
        m_undoAction->setEnabled(false);
        m_redoAction->setEnabled(false);
        QMetaObject::invokeMethod(m_undoStack, &QUndoStack::clear, Qt::QueuedConnection);
        showError(tr("The undo history was cleared: “%1” could not be undone or redone, so the steps in it no longer match the "
                     "workspace. %2")
                      .arg(command->text(), command->laterFailure()));
        return;
    }
}

void MainWindow::showImportSummary(int kind, const QString &text, bool hasData)
{
    QTimer::singleShot(0, this, &MainWindow::restoreFocus);
    if (text.isEmpty())
        return;
    showMessage(kind, text);
    if (hasData) {
        auto *charts = new QAction(Application::icon(QStringLiteral("office-chart-line")), tr("Show Charts"), m_messageBar);
        connect(charts, &QAction::triggered, this, [this] { showPage(Page::Measure); });
        m_messageBar->addAction(charts);
    }
    auto *history = new QAction(Application::icon(QStringLiteral("server-database")), tr("Show History"), m_messageBar);
    connect(history, &QAction::triggered, this, [this] { showPage(Page::Data); });
    m_messageBar->addAction(history);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const auto urls = event->mimeData()->urls();
    const bool local = std::any_of(urls.cbegin(), urls.cend(), [](const QUrl &url) { return url.isLocalFile(); });
    if (local && m_workspace && !m_workspace->isReadOnly())
        event->acceptProposedAction();
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    // Only collect the paths here; importing happens elsewhere.
    const QStringList files = expandPaths(event->mimeData()->urls());
    event->acceptProposedAction();
    if (!files.isEmpty())
        Q_EMIT filesDropped(files);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

WorkspaceSettingsDialog *MainWindow::showWorkspaceSettings(int page)
{
    if (!m_workspace)
        return nullptr;
    auto *dialog = findChild<WorkspaceSettingsDialog *>();
    if (!dialog) {
        dialog = new WorkspaceSettingsDialog(m_workspace.get(), m_undoStack, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        // Fit a small screen (1024×700) with room for the window's frame.
        dialog->resize(dialog->size().boundedTo(size() - QSize(40, 60)).expandedTo(QSize(640, 420)));
    }
    dialog->showPage(static_cast<WorkspaceSettingsDialog::Page>(page));
    dialog->open();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

HelpWindow *MainWindow::showHelp(int topic)
{
    for (HelpWindow *window : findChildren<HelpWindow *>()) {
        if (int(window->topic()) == topic) {
            window->raise();
            window->activateWindow();
            return window;
        }
    }
    auto *window = new HelpWindow(static_cast<HelpWindow::Topic>(topic), menuBar(), this);
    window->show();
    return window;
}

void MainWindow::createSeries()
{
    showPage(Page::Plan);
    static_cast<PlanPage *>(m_pageWidgets.at(int(Page::Plan)))->newSeriesAction()->trigger();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Beamline"),
                       tr("<h3>Beamline %1</h3>"
                          "<p>Plan a science lab's social-media series on a calendar and measure their impact "
                          "from the platforms' exports.</p>"
                          "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

} // namespace Beamline
