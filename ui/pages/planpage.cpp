// SPDX-License-Identifier: GPL-3.0-or-later
#include "planpage.h"

#include <core/models/planmodel.h>
#include <core/plan/recurrence.h>
#include <core/services/planservice.h>
#include <core/workspace/workspace.h>
#include <ui/application.h>
#include <ui/plan/adaptivetoolbutton.h>
#include <ui/plan/attentionpanel.h>
#include <ui/plan/calendarview.h>
#include <ui/plan/planeditor.h>
#include <ui/plan/planfiles.h>
#include <ui/plan/planfiltermenu.h>
#include <ui/plan/posteditordialog.h>
#include <ui/plan/serieseditordialog.h>
#include <ui/widgets/deferredreload.h>
#include <ui/widgets/emptystate.h>

#include <QAction>
#include <QActionGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QScrollArea>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Beamline {

PlanPage::PlanPage(QWidget *parent)
    : WorkspacePage(parent)
    , m_model(new PlanModel(this))
    , m_filter(new PlanFilterModel(this))
    , m_empty(new EmptyState(this))
    , m_stack(new QStackedWidget(this))
    , m_content(new QWidget(this))
    , m_views(new QStackedWidget(this))
    , m_month(new MonthView(this))
    , m_week(new WeekView(this))
    , m_list(new QTreeView(this))
    , m_attention(new AttentionPanel(this))
    , m_splitter(new QSplitter(this))
    , m_rangeLabel(new QLabel(this))
    , m_zoneLabel(new QLabel(this))
    , m_filterButton(new AdaptiveToolButton(this))
    , m_seriesButton(new AdaptiveToolButton(this))
    , m_exportButton(new AdaptiveToolButton(this))
    , m_filterMenu(new QMenu(this))
    , m_seriesMenu(new QMenu(this))
    , m_exportMenu(new QMenu(this))
    , m_editor(std::make_unique<PlanEditor>(
          this,
          PlanEditor::Hooks { [this](int kind, const QString &text) { Q_EMIT message(kind, text); }, [this] { reload(); },
                              [this](qint64 postId, QDate day) { showPost(postId, day); } }))
{
    setObjectName(QStringLiteral("planPage"));
    m_filter->setSourceModel(m_model);
    m_month->setModel(m_filter);
    m_week->setModel(m_filter);
    m_list->setModel(m_filter);
    m_list->setObjectName(QStringLiteral("planList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(PlanModel::Title, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_month->setObjectName(QStringLiteral("monthView"));
    m_week->setObjectName(QStringLiteral("weekView"));

    createActions();
    m_toolbar = createToolbar();

    m_views->addWidget(m_month);
    m_views->addWidget(m_week);
    m_views->addWidget(m_list);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_attention);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(200);
    m_attentionScroll = scroll;
    m_splitter->addWidget(m_views);
    m_splitter->addWidget(scroll);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(0, false);
    m_splitter->setCollapsible(1, true); // View ▸ the attention panel, or drag it away
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
        const bool shown = m_splitter->sizes().value(1) > 0;
        if (m_attentionAction->isChecked() != shown) {
            const QSignalBlocker blocker(m_attentionAction);
            m_attentionAction->setChecked(shown);
        }
        QSettings().setValue(QStringLiteral("plan/attentionPanel"), shown);
    });

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(8, 6, 8, 8);
    contentLayout->addLayout(m_toolbar);
    contentLayout->addWidget(m_splitter, 1);

    m_empty->setIconName(QStringLiteral("view-calendar"));
    m_empty->addAction(m_newSeriesAction);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connectViews();
    retranslate();
    setView(View::Month);
    setWorkspace(nullptr, nullptr);
}

PlanPage::~PlanPage() = default;

QHBoxLayout *PlanPage::createToolbar()
{
    // Period, views, filters, series, new post, export.
    auto *bar = new QHBoxLayout;
    bar->setSpacing(4);
    for (QAction *action : { m_previousAction, m_todayAction, m_nextAction }) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(action == m_todayAction ? Qt::ToolButtonTextBesideIcon : Qt::ToolButtonIconOnly);
        button->setAutoRaise(true);
        bar->addWidget(button);
    }
    QFont rangeFont = m_rangeLabel->font();
    rangeFont.setPointSizeF(rangeFont.pointSizeF() * 1.25);
    rangeFont.setBold(true);
    m_rangeLabel->setFont(rangeFont);
    m_rangeLabel->setObjectName(QStringLiteral("rangeLabel"));
    bar->addSpacing(8);
    bar->addWidget(m_rangeLabel);
    m_zoneLabel->setObjectName(QStringLiteral("zoneLabel"));
    m_zoneLabel->setForegroundRole(QPalette::PlaceholderText);
    bar->addSpacing(8);
    bar->addWidget(m_zoneLabel);
    bar->addStretch();
    for (QAction *action : { m_monthAction, m_weekAction, m_listAction }) {
        auto *button = new AdaptiveToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        bar->addWidget(button);
        m_adaptiveButtons.append(button);
    }
    bar->addSpacing(8);
    for (QToolButton *button : { m_filterButton, m_seriesButton, m_exportButton }) {
        button->setPopupMode(QToolButton::InstantPopup);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        bar->addWidget(button);
        m_adaptiveButtons.append(button);
    }
    m_filterButton->setObjectName(QStringLiteral("filterButton"));
    m_filterButton->setMenu(m_filterMenu);
    m_filterButton->setIcon(Application::icon(QStringLiteral("view-filter")));
    m_seriesButton->setMenu(m_seriesMenu);
    m_seriesButton->setIcon(Application::icon(QStringLiteral("view-calendar-week")));
    m_exportButton->setMenu(m_exportMenu);
    m_exportButton->setIcon(Application::icon(QStringLiteral("document-export")));
    m_exportMenu->addAction(m_exportIcsAction);
    m_exportMenu->addAction(m_exportCsvAction);
    m_exportMenu->addSeparator();
    m_exportMenu->addAction(m_importCsvAction);
    auto *newPost = new AdaptiveToolButton(this);
    newPost->setDefaultAction(m_newPostAction);
    newPost->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addWidget(newPost);
    m_adaptiveButtons.append(newPost);
    return bar;
}

void PlanPage::connectViews()
{
    for (CalendarView *view : { static_cast<CalendarView *>(m_month), static_cast<CalendarView *>(m_week) }) {
        connect(view, &CalendarView::activated, this, [this](const QModelIndex &index) { m_editor->activate(index); });
        connect(view, &CalendarView::newPostRequested, this,
                [this](const QDateTime &localStart) { m_editor->newPostAt(localStart); });
        connect(view, &CalendarView::postMoveRequested, this, &PlanPage::movePost);
        connect(view, &CalendarView::slotMoveRequested, this,
                [this](const QModelIndex &index, const QDateTime &localStart) { m_editor->moveSlot(index, localStart); });
        connect(view, &CalendarView::dropRequested, this, [this](const QModelIndex &index) { m_editor->confirmDrop(index); });
        connect(view, &CalendarView::contextMenuRequested, this,
                [this](const QModelIndex &index, const QPoint &globalPos) { m_editor->showContextMenu(index, globalPos); });
        connect(view, &CalendarView::pageRequested, this, &PlanPage::step);
        connect(view, &CalendarView::currentDateChanged, this, [this](QDate date) {
            if (date != m_current) {
                m_current = date;
                updateRange();
            }
        });
    }
    connect(m_month, &CalendarView::dayOpened, this, [this](QDate day) {
        goToDate(day);
        setView(View::Week);
    });
    connect(m_list, &QTreeView::activated, this,
            [this](const QModelIndex &index) { m_editor->activate(index.siblingAtColumn(0)); });
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this, [this](QPoint pos) {
        const QModelIndex index = m_list->indexAt(pos);
        if (index.isValid())
            m_editor->showContextMenu(index.siblingAtColumn(0), m_list->viewport()->mapToGlobal(pos));
    });
    m_list->addAction(m_dropAction);
    connect(m_filter, &PlanFilterModel::filtersChanged, this, [this] {
        const int active = m_filter->activeFacets();
        m_filterButton->setText(active ? tr("Filters (%1)").arg(active) : tr("Filters"));
        m_clearFiltersAction->setEnabled(active > 0);
    });
    connect(m_attention, &AttentionPanel::slotActivated, this,
            [this](qint64 seriesId, const QDateTime &occurrence, const QDateTime &startUtc, bool open) {
                if (m_workspace)
                    goToDate(startUtc.toTimeZone(m_workspace->timeZone()).date());
                const QModelIndexList found
                    = m_filter->match(m_filter->index(0, 0), PlanModel::OccurrenceRole, occurrence, -1, Qt::MatchExactly);
                for (const QModelIndex &index : found) {
                    if (index.data(PlanModel::SeriesIdRole).toLongLong() == seriesId && currentCalendar())
                        currentCalendar()->setCurrentIndex(index);
                }
                if (open)
                    m_editor->fillSlot(seriesId, occurrence, startUtc);
            });
    connect(m_attention, &AttentionPanel::postActivated, this, [this](qint64 postId, const QDateTime &startUtc, bool open) {
        if (m_workspace)
            goToDate(startUtc.toTimeZone(m_workspace->timeZone()).date());
        if (currentCalendar())
            currentCalendar()->selectPost(postId);
        if (open)
            m_editor->editPost(postId);
    });
}

void PlanPage::createActions()
{
    m_previousAction = new QAction(Application::icon(QStringLiteral("go-previous")), QString(), this);
    m_previousAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_PageUp));
    connect(m_previousAction, &QAction::triggered, this, [this] { step(-1); });
    m_todayAction = new QAction(Application::icon(QStringLiteral("go-jump-today")), QString(), this);
    m_todayAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_todayAction, &QAction::triggered, this, [this] {
        if (m_workspace)
            goToDate(m_workspace->today());
    });
    m_nextAction = new QAction(Application::icon(QStringLiteral("go-next")), QString(), this);
    m_nextAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_PageDown));
    connect(m_nextAction, &QAction::triggered, this, [this] { step(1); });

    auto *views = new QActionGroup(this);
    m_monthAction = new QAction(Application::icon(QStringLiteral("view-calendar")), QString(), views);
    m_weekAction = new QAction(Application::icon(QStringLiteral("view-calendar-week")), QString(), views);
    m_listAction = new QAction(Application::icon(QStringLiteral("view-calendar-list")), QString(), views);
    const QList<QAction *> viewActions = { m_monthAction, m_weekAction, m_listAction };
    for (int i = 0; i < viewActions.size(); ++i) {
        viewActions.at(i)->setCheckable(true);
        viewActions.at(i)->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | (Qt::Key_M + 0 * i)));
        connect(viewActions.at(i), &QAction::triggered, this, [this, i] { setView(static_cast<View>(i)); });
    }
    m_monthAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_weekAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    m_listAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));

    m_newPostAction = new QAction(Application::icon(QStringLiteral("list-add")), QString(), this);
    m_newPostAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_newPostAction, &QAction::triggered, this, [this] {
        m_editor->newPostAt(QDateTime(m_current.isValid() ? m_current : QDate::currentDate(), QTime(9, 0), m_model->zone()));
    });
    m_newSeriesAction = new QAction(Application::icon(QStringLiteral("view-calendar-week")), QString(), this);
    connect(m_newSeriesAction, &QAction::triggered, this, [this] { m_editor->newSeries(m_current); });
    m_exportIcsAction = new QAction(Application::icon(QStringLiteral("text-calendar")), QString(), this);
    connect(m_exportIcsAction, &QAction::triggered, this, [this] {
        if (m_workspace)
            files().exportIcs(m_model->from(), m_model->to());
    });
    m_exportCsvAction = new QAction(Application::icon(QStringLiteral("document-export")), QString(), this);
    connect(m_exportCsvAction, &QAction::triggered, this, [this] {
        if (m_workspace)
            files().exportCsv(m_model->from(), m_model->to());
    });
    m_importCsvAction = new QAction(Application::icon(QStringLiteral("document-import")), QString(), this);
    connect(m_importCsvAction, &QAction::triggered, this, [this] {
        if (m_editor->canEdit())
            files().importCsv();
    });
    m_clearFiltersAction = new QAction(QString(), this);
    m_clearFiltersAction->setEnabled(false);
    connect(m_clearFiltersAction, &QAction::triggered, m_filter, &PlanFilterModel::clearFilters);
    m_attentionAction = new QAction(QString(), this);
    m_attentionAction->setCheckable(true);
    m_attentionAction->setShortcut(QKeySequence(Qt::Key_F9));
    m_attentionAction->setChecked(QSettings().value(QStringLiteral("plan/attentionPanel"), true).toBool());
    connect(m_attentionAction, &QAction::toggled, this, &PlanPage::setAttentionPanelVisible);
    m_dropAction = new QAction(QString(), this);
    m_dropAction->setShortcut(QKeySequence::Delete);
    m_dropAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_dropAction, &QAction::triggered, this, [this] {
        if (m_list->currentIndex().isValid())
            m_editor->confirmDrop(m_list->currentIndex().siblingAtColumn(0));
    });
}

void PlanPage::retranslate()
{
    m_previousAction->setText(tr("P&revious"));
    m_previousAction->setToolTip(
        tr("Previous month or week (%1)").arg(m_previousAction->shortcut().toString(QKeySequence::NativeText)));
    m_todayAction->setText(tr("&Today"));
    m_todayAction->setToolTip(tr("Go to today (%1)").arg(m_todayAction->shortcut().toString(QKeySequence::NativeText)));
    m_nextAction->setText(tr("&Next"));
    m_nextAction->setToolTip(tr("Next month or week (%1)").arg(m_nextAction->shortcut().toString(QKeySequence::NativeText)));
    m_monthAction->setText(tr("&Month"));
    m_weekAction->setText(tr("&Week"));
    m_listAction->setText(tr("&List"));
    m_newPostAction->setText(tr("New &Post…"));
    m_newSeriesAction->setText(tr("New &Series…"));
    m_exportIcsAction->setText(tr("Export as i&Calendar (.ics)…"));
    m_exportCsvAction->setText(tr("Export as CS&V…"));
    m_importCsvAction->setText(tr("&Import Plan from CSV…"));
    m_clearFiltersAction->setText(tr("&Clear Filters"));
    m_dropAction->setText(tr("&Drop Post"));
    m_attentionAction->setText(tr("Needs &Attention Panel"));
    m_attentionAction->setToolTip(tr("Show or hide the open slots, missed slots and pillar mix beside the calendar (%1)")
                                      .arg(m_attentionAction->shortcut().toString(QKeySequence::NativeText)));
    m_filterButton->setText(m_filter->activeFacets() ? tr("Filters (%1)").arg(m_filter->activeFacets()) : tr("Filters"));
    m_seriesButton->setText(tr("Series"));
    m_exportButton->setText(tr("Export"));
    m_empty->setTitle(tr("No workspace open"));
    m_empty->setText(tr("Open a workspace or the demo from the File menu to plan your posts."));
    updateRangeLabel();
    updateZoneLabel();
    if (m_workspace)
        updateZoneToolTip();
}

void PlanPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    WorkspacePage::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateToolbarMode();
}

void PlanPage::resizeEvent(QResizeEvent *event)
{
    WorkspacePage::resizeEvent(event);
    updateToolbarMode();
}

void PlanPage::showEvent(QShowEvent *event)
{
    WorkspacePage::showEvent(event);
    setAttentionPanelVisible(m_attentionAction->isChecked());
    updateToolbarMode();
}

void PlanPage::setAttentionPanelVisible(bool visible)
{
    const QList<int> sizes = m_splitter->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    if (total <= 0)
        return;
    if (visible && (sizes.value(1) == 0 || !m_panelSized)) {
        m_panelSized = true;
        const int panel = qBound(m_attentionScroll->minimumWidth(), total / 4, 280);
        m_splitter->setSizes({ total - panel, panel });
    } else if (!visible && sizes.value(1) > 0)
        m_splitter->setSizes({ total, 0 });
    QSettings().setValue(QStringLiteral("plan/attentionPanel"), visible);
}

void PlanPage::updateToolbarMode()
{
    // With less room than the toolbar's words need (1024 px wide, French), its buttons keep
    // their icons and tooltips only.
    if (!m_toolbar)
        return;
    int full = m_toolbar->sizeHint().width();
    for (QToolButton *button : std::as_const(m_adaptiveButtons)) {
        auto *adaptive = static_cast<AdaptiveToolButton *>(button);
        full += adaptive->sizeHintAs(Qt::ToolButtonTextBesideIcon).width() - adaptive->sizeHint().width();
    }
    const QMargins margins = m_content->layout()->contentsMargins();
    const bool compact = width() - margins.left() - margins.right() < full;
    for (QToolButton *button : std::as_const(m_adaptiveButtons))
        button->setToolButtonStyle(compact ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextBesideIcon);
}

QList<QAction *> PlanPage::menuActions() const
{
    return { m_newPostAction, m_newSeriesAction, nullptr,           m_monthAction,     m_weekAction,
             m_listAction,    m_attentionAction, nullptr,           m_previousAction,  m_todayAction,
             m_nextAction,    nullptr,           m_exportIcsAction, m_exportCsvAction, m_importCsvAction };
}

void PlanPage::setWorkspace(Workspace *workspace, QUndoStack *undoStack)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    m_undoStack = undoStack;
    m_editor->setWorkspace(workspace, undoStack);
    m_filter->clearFilters();
    const bool has = workspace != nullptr;
    for (QAction *action : { m_previousAction, m_todayAction, m_nextAction, m_monthAction, m_weekAction, m_listAction,
                             m_newPostAction, m_newSeriesAction, m_exportIcsAction, m_exportCsvAction, m_importCsvAction })
        action->setEnabled(has);
    if (!workspace) {
        m_model->setDatabase(QSqlDatabase(), QTimeZone::utc());
        m_attention->clear();
        m_stack->setCurrentWidget(m_empty);
        setFocusProxy(nullptr);
        return;
    }
    m_stack->setCurrentWidget(m_content);
    setFocusProxy(m_views->currentWidget());
    const bool writable = !workspace->isReadOnly();
    for (QAction *action : { m_newPostAction, m_newSeriesAction, m_importCsvAction })
        action->setEnabled(writable);
    if (!m_changes)
        m_changes = new DeferredReload(this, [this] { reload(); });
    connect(workspace, &Workspace::changed, m_changes, &DeferredReload::request);
    // The model reads the workspace once, for the month of today (not for the range of the
    // workspace shown before, nor twice).
    m_model->setRange(QDate(), QDate(), QDateTime());
    applyTimeZone();
    m_current = QDate();
    goToDate(workspace->today());
    // What needs attention, the filters and the series: once the calendar has painted, in a
    // turn of the event loop of their own (a workspace opens without a pause of the window).
    QTimer::singleShot(1, this, [this, opened = QPointer<Workspace>(workspace)] {
        if (m_workspace && m_workspace == opened)
            reloadAround();
    });
}

QStringList PlanPage::screenshotViews() const
{
    return { QStringLiteral("plan-month"), QStringLiteral("plan-week"), QStringLiteral("plan-list"),
             QStringLiteral("plan-series-editor"), QStringLiteral("plan-post-editor") };
}

void PlanPage::showScreenshotView(const QString &name)
{
    if (m_screenshotDialog) {
        m_screenshotDialog->close();
        m_screenshotDialog->deleteLater();
    }
    if (!m_workspace)
        return;
    if (name == QLatin1String("plan-month"))
        setView(View::Month);
    else if (name == QLatin1String("plan-week"))
        setView(View::Week);
    else if (name == QLatin1String("plan-list"))
        setView(View::List);
    if (name == QLatin1String("plan-month") || name == QLatin1String("plan-week")) {
        // Show an open slot selected, as an editor would be looking at it.
        goToDate(m_workspace->today());
        const QModelIndexList openSlots
            = m_filter->match(m_filter->index(0, 0), PlanModel::StatusKeyRole, QStringLiteral("empty"), 1, Qt::MatchExactly);
        if (!openSlots.isEmpty() && currentCalendar()
            && openSlots.first().data(PlanModel::DayRole).toDate().month() == m_current.month())
            currentCalendar()->setCurrentIndex(openSlots.first());
    }
    if (name == QLatin1String("plan-series-editor")) {
        const QVector<Series> all = PlanService(*m_workspace).allSeries().valueOr({});
        Series series = all.isEmpty() ? Series() : all.constLast();
        auto *dialog = new SeriesEditorDialog(m_workspace->connection(), series, this);
        dialog->setNow(m_workspace->now());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        m_screenshotDialog = dialog;
    }
    if (name == QLatin1String("plan-post-editor")) {
        // The next post still waiting for review, as its editor would open it.
        const QModelIndexList review
            = m_filter->match(m_filter->index(0, 0), PlanModel::StatusKeyRole, QStringLiteral("review"), 1, Qt::MatchExactly);
        const auto post = review.isEmpty()
            ? std::nullopt
            : PlanService(*m_workspace).post(review.first().data(PlanModel::PostIdRole).toLongLong()).valueOr(std::nullopt);
        if (post) {
            auto *dialog = new PostEditorDialog(m_workspace->connection(), m_workspace->timeZone(), *post, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->enableApproval(m_workspace); // Approve as the editor sees it, not disabled
            dialog->show();
            m_screenshotDialog = dialog;
        }
    }
}

QWidget *PlanPage::screenshotWidget() const
{
    return m_screenshotDialog;
}

void PlanPage::setView(View view)
{
    const QList<QAction *> actions = { m_monthAction, m_weekAction, m_listAction };
    actions.at(int(view))->setChecked(true);
    m_views->setCurrentIndex(int(view));
    updateRange();
    // Focus given to the page (after a dialog, a page switch) lands in the calendar.
    setFocusProxy(m_stack->currentWidget() == m_content ? m_views->currentWidget() : nullptr);
    if (QWidget *w = m_views->currentWidget(); w && isVisible())
        w->setFocus();
}

PlanPage::View PlanPage::view() const
{
    return static_cast<View>(m_views->currentIndex());
}

CalendarView *PlanPage::currentCalendar() const
{
    return qobject_cast<CalendarView *>(m_views->currentWidget());
}

void PlanPage::goToDate(QDate date)
{
    if (!date.isValid())
        return;
    m_current = date;
    m_month->setCurrentDate(date);
    m_week->setCurrentDate(date);
    updateRange();
}

void PlanPage::step(int delta)
{
    if (!m_current.isValid())
        return;
    goToDate(view() == View::Week ? m_current.addDays(7 * delta) : m_current.addMonths(delta));
}

void PlanPage::updateRange()
{
    if (!m_workspace || !m_current.isValid())
        return;
    m_month->setCurrentDate(m_current);
    m_week->setCurrentDate(m_current);
    QDate from, to;
    switch (view()) {
    case View::Month:
        from = m_month->firstDay();
        to = m_month->lastDay();
        break;
    case View::Week:
        from = m_week->firstDay();
        to = m_week->lastDay();
        break;
    case View::List:
        from = QDate(m_current.year(), m_current.month(), 1);
        to = from.addMonths(1).addDays(-1);
        break;
    }
    if (from != m_model->from() || to != m_model->to()) {
        const Result<void> read = Services::attempt([&] { m_model->setRange(from, to, m_workspace->now()); });
        if (!read)
            m_editor->readFailed(read.error());
    }
    updateRangeLabel();
}

void PlanPage::updateRangeLabel()
{
    if (!m_current.isValid()) {
        m_rangeLabel->clear();
        return;
    }
    if (view() == View::Week) {
        const QDate first = m_week->firstDay();
        const QDate last = m_week->lastDay();
        m_rangeLabel->setText(first.month() == last.month()
                                  ? tr("%1 – %2").arg(first.day()).arg(QLocale().toString(last, QStringLiteral("d MMMM yyyy")))
                                  : tr("%1 – %2").arg(QLocale().toString(first, QStringLiteral("d MMM")),
                                                      QLocale().toString(last, QStringLiteral("d MMM yyyy"))));
    } else {
        m_rangeLabel->setText(QLocale().toString(m_current, QStringLiteral("MMMM yyyy")));
    }
}

void PlanPage::applyTimeZone()
{
    // Every time on the page is in the workspace's zone, and the page says which.
    const QTimeZone zone = m_workspace->timeZone();
    m_model->setDatabase(m_workspace->connection(), zone);
    for (CalendarView *view : { static_cast<CalendarView *>(m_month), static_cast<CalendarView *>(m_week) }) {
        view->setTimeZone(zone);
        view->setToday(m_workspace->today());
    }
    updateZoneLabel();
}

void PlanPage::updateZoneLabel()
{
    if (!m_workspace) {
        m_zoneLabel->clear();
        return;
    }
    const QTimeZone zone = m_workspace->timeZone();
    m_zoneLabel->setText(tr("Times in %1").arg(QString::fromUtf8(zone.id())));
    // The zone's long name comes with the rest around the calendar (reloadAround): the first
    // displayName() loads the time zone names, which takes 10 ms.
}

void PlanPage::updateZoneToolTip()
{
    const QTimeZone zone = m_workspace->timeZone();
    m_zoneLabel->setToolTip(
        tr("The calendar, the lists and the editors show times in the workspace's time zone, %1 (%2). "
           "A series kept in another zone shows its own time as well.")
            .arg(QString::fromUtf8(zone.id()), zone.displayName(QTimeZone::GenericTime, QTimeZone::LongName)));
}

void PlanPage::reload()
{
    if (!m_workspace)
        return;
    const QDateTime now = m_workspace->now();
    // The model reads in core as the services do: its error comes back as a value too.
    Result<void> read = Services::attempt([&] {
        if (m_model->zone() != m_workspace->timeZone())
            applyTimeZone(); // changed in the workspace's settings
        m_model->setRange(m_model->from(), m_model->to(), now);
    });
    if (!read) {
        m_editor->readFailed(read.error());
        return;
    }
    reloadAround();
}

void PlanPage::reloadAround()
{
    updateZoneToolTip();
    const QDateTime now = m_workspace->now();
    Result<void> read;
    {
        const Result<PlanReview> review = PlanService(*m_workspace).review(m_workspace->timeZone(), now);
        if (review)
            m_attention->setReview(*review, m_workspace->timeZone());
        else
            read = review.error();
    }
    if (read)
        read = rebuildFilterMenu();
    if (read)
        read = rebuildSeriesMenu();
    if (!read) {
        m_editor->readFailed(read.error());
        return;
    }
    m_month->setToday(m_workspace->today());
    m_week->setToday(m_workspace->today());
}

void PlanPage::showPost(qint64 postId, QDate day)
{
    goToDate(day);
    if (currentCalendar())
        currentCalendar()->selectPost(postId);
}

PlanFiles PlanPage::files()
{
    return PlanFiles(this, *m_workspace, m_undoStack, [this](int kind, const QString &text) { Q_EMIT message(kind, text); });
}

Result<void> PlanPage::rebuildFilterMenu()
{
    m_filterMenu->clear();
    if (!m_workspace)
        return {};
    return PlanFilterMenu::fill(m_filterMenu, m_filter, m_clearFiltersAction, *m_workspace);
}

Result<void> PlanPage::rebuildSeriesMenu()
{
    m_seriesMenu->clear();
    m_seriesMenu->addAction(m_newSeriesAction);
    if (!m_workspace)
        return {};
    const Result<QVector<Series>> all = PlanService(*m_workspace).allSeries();
    if (!all)
        return all.error();
    if (!all->isEmpty())
        m_seriesMenu->addSeparator();
    for (const Series &s : all.value()) {
        QAction *action = m_seriesMenu->addAction(tr("Edit “%1”…").arg(s.name));
        action->setToolTip(Recurrence::describe(s));
        action->setStatusTip(Recurrence::describe(s));
        connect(action, &QAction::triggered, this, [this, id = s.id] { m_editor->editSeries(id); });
    }
    return {};
}

void PlanPage::savePost(const std::optional<Post> &before, const std::optional<Post> &after, const QString &text)
{
    m_editor->savePost(before, after, text);
}

void PlanPage::movePost(qint64 postId, const QDateTime &localStart)
{
    m_editor->movePost(postId, localStart);
}

} // namespace Beamline
