// SPDX-License-Identifier: GPL-3.0-or-later
#include "planpage.h"

#include <core/db/channelrepository.h>
#include <core/db/campaignrepository.h>
#include <core/db/databaseerror.h>
#include <core/db/personrepository.h>
#include <core/db/pillarrepository.h>
#include <core/db/platformpostrepository.h>
#include <core/db/postrepository.h>
#include <core/db/seriesrepository.h>
#include <core/domain/isotime.h>
#include <core/models/planmodel.h>
#include <core/plan/icsexporter.h>
#include <core/plan/plancsv.h>
#include <core/plan/planreview.h>
#include <core/plan/recurrence.h>
#include <core/workspace/workspace.h>

#include <ui/application.h>
#include <ui/widgets/deferredreload.h>
#include <ui/plan/attentionpanel.h>
#include <ui/plan/calendarview.h>
#include <ui/plan/plancommands.h>
#include <ui/plan/posteditordialog.h>
#include <ui/plan/serieseditordialog.h>
#include <ui/widgets/emptystate.h>

#include <QAction>
#include <QActionGroup>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QTimer>

namespace Beamline {

namespace {

// Asks for a range of days (and, for .ics, which series and whether to add other posts).
struct RangeChoice {
    QDate from;
    QDate to;
    QList<qint64> seriesIds;
    bool includePosts = true;
};

std::optional<RangeChoice> askRange(QWidget *parent, const QString &title, QDate from, QDate to, const QVector<Series> *series)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *fromEdit = new QDateEdit(from, &dialog);
    auto *toEdit = new QDateEdit(to, &dialog);
    for (QDateEdit *edit : {fromEdit, toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    auto *form = new QFormLayout;
    form->addRow(PlanPage::tr("&From:"), fromEdit);
    form->addRow(PlanPage::tr("&To:"), toEdit);
    QList<QPair<qint64, QCheckBox *>> boxes;
    QCheckBox *posts = nullptr;
    if (series) {
        auto *list = new QVBoxLayout;
        for (const Series &s : *series) {
            auto *box = new QCheckBox(s.name, &dialog);
            box->setChecked(s.active);
            boxes.append({s.id, box});
            list->addWidget(box);
        }
        form->addRow(PlanPage::tr("Series:"), list);
        posts = new QCheckBox(PlanPage::tr("Include the &other planned posts"), &dialog);
        posts->setChecked(true);
        form->addRow(QString(), posts);
    }
    auto *problem = new QLabel(&dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(PlanPage::tr("&Export"));
    auto check = [&] {
        const bool ok = fromEdit->date() <= toEdit->date();
        problem->setText(ok ? QString() : PlanPage::tr("The range ends before it starts."));
        buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    };
    QObject::connect(fromEdit, &QDateEdit::dateChanged, &dialog, check);
    QObject::connect(toEdit, &QDateEdit::dateChanged, &dialog, check);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(problem);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    RangeChoice choice{fromEdit->date(), toEdit->date(), {}, posts ? posts->isChecked() : true};
    for (const auto &[id, box] : std::as_const(boxes)) {
        if (box->isChecked())
            choice.seriesIds.append(id);
    }
    return choice;
}

QString documentsPath(const QString &fileName)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(fileName);
}

// A toolbar button that can do with its icon alone when the window is narrow: its minimum
// is the icon (the page switches it to icon-only below the width its text needs).
class AdaptiveToolButton final : public QToolButton
{
public:
    explicit AdaptiveToolButton(QWidget *parent)
        : QToolButton(parent)
    {
        setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed); // may shrink to its minimum
    }

    QSize minimumSizeHint() const override
    {
        const QSize full = QToolButton::minimumSizeHint();
        const int indicator = popupMode() == QToolButton::InstantPopup && menu() ? 12 : 0;
        return QSize(qMin(full.width(), iconSize().width() + 12 + indicator), full.height());
    }

    // The size hint in a style, without keeping it.
    QSize sizeHintAs(Qt::ToolButtonStyle style)
    {
        const Qt::ToolButtonStyle current = toolButtonStyle();
        if (current == style)
            return sizeHint();
        setToolButtonStyle(style);
        const QSize hint = sizeHint();
        setToolButtonStyle(current);
        return hint;
    }
};

} // namespace

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

    // Toolbar: period, views, filters, series, new post, export.
    auto *bar = new QHBoxLayout;
    bar->setSpacing(4);
    for (QAction *action : {m_previousAction, m_todayAction, m_nextAction}) {
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
    for (QAction *action : {m_monthAction, m_weekAction, m_listAction}) {
        auto *button = new AdaptiveToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        bar->addWidget(button);
        m_adaptiveButtons.append(button);
    }
    bar->addSpacing(8);
    for (QToolButton *button : {m_filterButton, m_seriesButton, m_exportButton}) {
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
    m_toolbar = bar;

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
    contentLayout->addLayout(bar);
    contentLayout->addWidget(m_splitter, 1);

    m_empty->setIconName(QStringLiteral("view-calendar"));
    m_empty->addAction(m_newSeriesAction);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    // Views.
    for (CalendarView *view : {static_cast<CalendarView *>(m_month), static_cast<CalendarView *>(m_week)}) {
        connect(view, &CalendarView::activated, this, &PlanPage::activate);
        connect(view, &CalendarView::newPostRequested, this, &PlanPage::newPostAt);
        connect(view, &CalendarView::postMoveRequested, this, &PlanPage::movePost);
        connect(view, &CalendarView::slotMoveRequested, this, &PlanPage::moveSlot);
        connect(view, &CalendarView::dropRequested, this, &PlanPage::confirmDrop);
        connect(view, &CalendarView::contextMenuRequested, this, &PlanPage::showContextMenu);
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
    connect(m_list, &QTreeView::activated, this, [this](const QModelIndex &index) { activate(index.siblingAtColumn(0)); });
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this, [this](QPoint pos) {
        const QModelIndex index = m_list->indexAt(pos);
        if (index.isValid())
            showContextMenu(index.siblingAtColumn(0), m_list->viewport()->mapToGlobal(pos));
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
                const QModelIndexList found = m_filter->match(m_filter->index(0, 0), PlanModel::OccurrenceRole, occurrence, -1, Qt::MatchExactly);
                for (const QModelIndex &index : found) {
                    if (index.data(PlanModel::SeriesIdRole).toLongLong() == seriesId && currentCalendar())
                        currentCalendar()->setCurrentIndex(index);
                }
                if (open)
                    fillSlot(seriesId, occurrence, startUtc);
            });
    connect(m_attention, &AttentionPanel::postActivated, this, [this](qint64 postId, const QDateTime &startUtc, bool open) {
        if (m_workspace)
            goToDate(startUtc.toTimeZone(m_workspace->timeZone()).date());
        if (currentCalendar())
            currentCalendar()->selectPost(postId);
        if (open)
            editPost(postId);
    });

    retranslate();
    setView(View::Month);
    setWorkspace(nullptr, nullptr);
}

PlanPage::~PlanPage() = default;

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
    const QList<QAction *> viewActions = {m_monthAction, m_weekAction, m_listAction};
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
        newPostAt(QDateTime(m_current.isValid() ? m_current : QDate::currentDate(), QTime(9, 0), m_model->zone()));
    });
    m_newSeriesAction = new QAction(Application::icon(QStringLiteral("view-calendar-week")), QString(), this);
    connect(m_newSeriesAction, &QAction::triggered, this, &PlanPage::newSeries);
    m_exportIcsAction = new QAction(Application::icon(QStringLiteral("text-calendar")), QString(), this);
    connect(m_exportIcsAction, &QAction::triggered, this, &PlanPage::exportIcs);
    m_exportCsvAction = new QAction(Application::icon(QStringLiteral("document-export")), QString(), this);
    connect(m_exportCsvAction, &QAction::triggered, this, &PlanPage::exportCsv);
    m_importCsvAction = new QAction(Application::icon(QStringLiteral("document-import")), QString(), this);
    connect(m_importCsvAction, &QAction::triggered, this, &PlanPage::importCsv);
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
            confirmDrop(m_list->currentIndex().siblingAtColumn(0));
    });
}

void PlanPage::retranslate()
{
    m_previousAction->setText(tr("P&revious"));
    m_previousAction->setToolTip(tr("Previous month or week (%1)").arg(m_previousAction->shortcut().toString(QKeySequence::NativeText)));
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
        m_splitter->setSizes({total - panel, panel});
    }
    else if (!visible && sizes.value(1) > 0)
        m_splitter->setSizes({total, 0});
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
    return {m_newPostAction, m_newSeriesAction, nullptr, m_monthAction, m_weekAction, m_listAction, m_attentionAction, nullptr,
            m_previousAction, m_todayAction, m_nextAction, nullptr, m_exportIcsAction, m_exportCsvAction, m_importCsvAction};
}

void PlanPage::setWorkspace(Workspace *workspace, QUndoStack *undoStack)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    m_undoStack = undoStack;
    m_filter->clearFilters();
    const bool has = workspace != nullptr;
    for (QAction *action : {m_previousAction, m_todayAction, m_nextAction, m_monthAction, m_weekAction, m_listAction, m_newPostAction,
                            m_newSeriesAction, m_exportIcsAction, m_exportCsvAction, m_importCsvAction})
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
    for (QAction *action : {m_newPostAction, m_newSeriesAction, m_importCsvAction})
        action->setEnabled(writable);
    if (!m_changes)
        m_changes = new DeferredReload(this, [this] { reload(); });
    connect(workspace, &Workspace::changed, m_changes, &DeferredReload::request);
    applyTimeZone();
    m_current = QDate();
    goToDate(workspace->today());
    reload();
}

QStringList PlanPage::screenshotViews() const
{
    return {QStringLiteral("plan-month"), QStringLiteral("plan-week"), QStringLiteral("plan-list"), QStringLiteral("plan-series-editor"),
            QStringLiteral("plan-post-editor")};
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
        const QModelIndexList openSlots = m_filter->match(m_filter->index(0, 0), PlanModel::StatusKeyRole, QStringLiteral("empty"), 1, Qt::MatchExactly);
        if (!openSlots.isEmpty() && currentCalendar() && openSlots.first().data(PlanModel::DayRole).toDate().month() == m_current.month())
            currentCalendar()->setCurrentIndex(openSlots.first());
    }
    if (name == QLatin1String("plan-series-editor")) {
        const QVector<Series> all = SeriesRepository(m_workspace->connection()).all();
        Series series = all.isEmpty() ? Series() : all.constLast();
        auto *dialog = new SeriesEditorDialog(m_workspace->connection(), series, this);
        dialog->setNow(m_workspace->now());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        m_screenshotDialog = dialog;
    }
    if (name == QLatin1String("plan-post-editor")) {
        // The next post still waiting for review, as its editor would open it.
        const QModelIndexList review = m_filter->match(m_filter->index(0, 0), PlanModel::StatusKeyRole, QStringLiteral("review"), 1, Qt::MatchExactly);
        const auto post = review.isEmpty() ? std::nullopt : PostRepository(m_workspace->connection()).find(review.first().data(PlanModel::PostIdRole).toLongLong());
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
    const QList<QAction *> actions = {m_monthAction, m_weekAction, m_listAction};
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
    if (from != m_model->from() || to != m_model->to())
        m_model->setRange(from, to, m_workspace->now());
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
                                  : tr("%1 – %2").arg(QLocale().toString(first, QStringLiteral("d MMM")), QLocale().toString(last, QStringLiteral("d MMM yyyy"))));
    } else {
        m_rangeLabel->setText(QLocale().toString(m_current, QStringLiteral("MMMM yyyy")));
    }
}

void PlanPage::applyTimeZone()
{
    // Every time on the page is in the workspace's zone, and the page says which.
    const QTimeZone zone = m_workspace->timeZone();
    m_model->setDatabase(m_workspace->connection(), zone);
    for (CalendarView *view : {static_cast<CalendarView *>(m_month), static_cast<CalendarView *>(m_week)}) {
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
    m_zoneLabel->setToolTip(tr("The calendar, the lists and the editors show times in the workspace's time zone, %1 (%2). "
                               "A series kept in another zone shows its own time as well.")
                                .arg(QString::fromUtf8(zone.id()), zone.displayName(QTimeZone::GenericTime, QTimeZone::LongName)));
}

void PlanPage::reload()
{
    if (!m_workspace)
        return;
    try {
        if (m_model->zone() != m_workspace->timeZone())
            applyTimeZone(); // changed in the workspace's settings
        const QDateTime now = m_workspace->now();
        m_model->setRange(m_model->from(), m_model->to(), now);
        m_attention->setReview(PlanReview::compute(Planner(m_workspace->connection(), m_workspace->timeZone()), now), m_workspace->timeZone());
        rebuildFilterMenu();
        rebuildSeriesMenu();
        m_month->setToday(m_workspace->today());
        m_week->setToday(m_workspace->today());
    } catch (const DatabaseError &error) {
        Q_EMIT message(2, tr("The plan could not be read: %1").arg(error.message()));
    }
}

void PlanPage::rebuildFilterMenu()
{
    m_filterMenu->clear();
    if (!m_workspace)
        return;
    QSqlDatabase db = m_workspace->connection();
    auto facetMenu = [this](const QString &title, PlanFilterModel::Facet facet, const QList<QPair<QString, QString>> &values) {
        QMenu *menu = m_filterMenu->addMenu(title);
        const QSet<QString> selected = m_filter->filter(facet);
        for (const QPair<QString, QString> &entry : values) {
            // Not a structured binding: clang before 16 cannot capture one in the lambda below.
            const QString value = entry.first;
            QAction *action = menu->addAction(entry.second);
            action->setCheckable(true);
            action->setChecked(selected.contains(value));
            connect(action, &QAction::toggled, this, [this, facet, value](bool on) {
                QSet<QString> set = m_filter->filter(facet);
                if (on)
                    set.insert(value);
                else
                    set.remove(value);
                m_filter->setFilter(facet, set);
            });
        }
        menu->setEnabled(!values.isEmpty());
    };
    QList<QPair<QString, QString>> channels, pillars, series, campaigns, statuses, people;
    const QVector<Channel> allChannels = ChannelRepository(db).all();
    for (const Channel &c : allChannels)
        channels.append({QString::number(c.id), channelLabel(c, allChannels)});
    for (const Pillar &p : PillarRepository(db).all())
        pillars.append({QString::number(p.id), p.name});
    pillars.append({QStringLiteral("0"), tr("No pillar")});
    for (const Series &s : SeriesRepository(db).all())
        series.append({QString::number(s.id), s.name});
    series.append({QStringLiteral("0"), tr("Not in a series")});
    for (const Campaign &c : CampaignRepository(db).all())
        campaigns.append({QString::number(c.id), c.name});
    campaigns.append({QStringLiteral("0"), tr("No campaign")});
    for (PostStatus s : PostStatuses::all())
        statuses.append({PostStatuses::key(s), PostStatuses::displayName(s)});
    statuses.append({QStringLiteral("empty"), PlanModel::statusName(QStringLiteral("empty"))});
    statuses.append({QStringLiteral("missed"), PlanModel::statusName(QStringLiteral("missed"))});
    for (const Person &p : PersonRepository(db).all())
        people.append({QString::number(p.id), p.name});
    people.append({QStringLiteral("0"), tr("Nobody")});
    facetMenu(tr("&Channel"), PlanFilterModel::Facet::Channel, channels);
    facetMenu(tr("&Pillar"), PlanFilterModel::Facet::Pillar, pillars);
    facetMenu(tr("&Series"), PlanFilterModel::Facet::Series, series);
    facetMenu(tr("C&ampaign"), PlanFilterModel::Facet::Campaign, campaigns);
    facetMenu(tr("S&tatus"), PlanFilterModel::Facet::Status, statuses);
    facetMenu(tr("A&ssignee"), PlanFilterModel::Facet::Assignee, people);
    m_filterMenu->addSeparator();
    m_filterMenu->addAction(m_clearFiltersAction);
}

void PlanPage::rebuildSeriesMenu()
{
    m_seriesMenu->clear();
    m_seriesMenu->addAction(m_newSeriesAction);
    if (!m_workspace)
        return;
    const QVector<Series> all = SeriesRepository(m_workspace->connection()).all();
    if (!all.isEmpty())
        m_seriesMenu->addSeparator();
    for (const Series &s : all) {
        QAction *action = m_seriesMenu->addAction(tr("Edit “%1”…").arg(s.name));
        action->setToolTip(Recurrence::describe(s));
        action->setStatusTip(Recurrence::describe(s));
        connect(action, &QAction::triggered, this, [this, id = s.id] { editSeries(id); });
    }
}

bool PlanPage::canEdit()
{
    if (!m_workspace)
        return false;
    if (m_workspace->isReadOnly()) {
        Q_EMIT message(1, tr("This workspace is open read-only; the plan cannot be changed."));
        return false;
    }
    return true;
}

void PlanPage::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    if (index.data(PlanModel::KindRole).toString() == QLatin1String("post"))
        editPost(index.data(PlanModel::PostIdRole).toLongLong());
    else
        fillSlot(index.data(PlanModel::SeriesIdRole).toLongLong(), index.data(PlanModel::OccurrenceRole).toDateTime(),
                 index.data(PlanModel::StartRole).toDateTime());
}

void PlanPage::newPostAt(const QDateTime &localStart)
{
    if (!canEdit())
        return;
    Post post;
    post.status = PostStatus::Idea;
    post.scheduledAt = Recurrence::toUtc(IsoTime::makeWallClock(localStart.date(), localStart.time()), m_workspace->timeZone());
    runPostEditor(post, true);
}

void PlanPage::fillSlot(qint64 seriesId, const QDateTime &occurrence, const QDateTime &startUtc)
{
    if (!canEdit())
        return;
    const auto series = SeriesRepository(m_workspace->connection()).find(seriesId);
    if (!series)
        return;
    Post post;
    post.title = series->name;
    post.status = PostStatus::Draft;
    post.seriesId = seriesId;
    post.occurrence = occurrence;
    post.scheduledAt = startUtc;
    post.body = series->templateText;
    post.hashtags = series->hashtags;
    post.assigneeId = series->ownerId;
    for (qint64 channel : series->channelIds)
        post.channels.append(PostChannel{channel, QString()});
    runPostEditor(post, true);
}

void PlanPage::editPost(qint64 postId)
{
    if (!m_workspace)
        return;
    const auto post = PostRepository(m_workspace->connection()).find(postId);
    if (post)
        runPostEditor(*post, false);
}

void PlanPage::runPostEditor(const Post &post, bool isNew)
{
    PostEditorDialog dialog(m_workspace->connection(), m_workspace->timeZone(), post, this);
    if (m_workspace->isReadOnly())
        dialog.setEnabled(false);
    else if (!isNew)
        dialog.enableApproval(m_workspace);
    const int answer = dialog.exec();
    // An approval in the dialog is already stored: edits compare with the approved post.
    const Post stored = dialog.wasApproved() ? dialog.storedPost() : post;
    if (answer != QDialog::Accepted || !canEdit())
        return;
    if (dialog.deleteRequested()) {
        if (!PlatformPostRepository(m_workspace->connection()).linkedTo(post.id).isEmpty()) {
            Q_EMIT message(1, tr("“%1” is linked to imported posts, so it was dropped rather than deleted.").arg(post.title));
            Post dropped = stored;
            dropped.status = PostStatus::Dropped;
            savePost(stored, dropped, tr("Drop “%1”").arg(post.title));
            return;
        }
        savePost(stored, std::nullopt, tr("Delete “%1”").arg(post.title));
        return;
    }
    Post edited = dialog.post();
    if (const QString name = dialog.newAssignee(); !name.isEmpty()) {
        try {
            edited.assigneeId = PersonRepository(m_workspace->connection()).ensure(name);
        } catch (const DatabaseError &error) {
            Q_EMIT message(2, error.message());
        }
    }
    if (isNew)
        savePost(std::nullopt, edited, tr("Add “%1”").arg(edited.title));
    else if (!(edited == stored))
        savePost(stored, edited, tr("Edit “%1”").arg(edited.title));
}

void PlanPage::savePost(const std::optional<Post> &before, const std::optional<Post> &after, const QString &text)
{
    if (!m_workspace || !m_undoStack)
        return;
    // Refused (another editor's change came first): say so, and show the post as it now is.
    auto *command = new SavePostCommand(m_workspace, before, after, text, [this](const QString &error) {
        Q_EMIT message(2, error);
        QTimer::singleShot(0, this, &PlanPage::reload);
    });
    m_undoStack->push(command);
}

void PlanPage::movePost(qint64 postId, const QDateTime &localStart)
{
    if (!canEdit())
        return;
    const auto post = PostRepository(m_workspace->connection()).find(postId);
    if (!post)
        return;
    Post moved = *post;
    moved.scheduledAt = Recurrence::toUtc(IsoTime::makeWallClock(localStart.date(), localStart.time()), m_workspace->timeZone());
    if (moved.scheduledAt == post->scheduledAt)
        return;
    savePost(*post, moved, tr("Move “%1” to %2").arg(post->title, QLocale().toString(localStart, QStringLiteral("ddd d MMM HH:mm"))));
    goToDate(localStart.date());
    if (currentCalendar())
        currentCalendar()->selectPost(postId);
}

void PlanPage::moveSlot(const QModelIndex &index, const QDateTime &localStart)
{
    if (!canEdit())
        return;
    const auto series = SeriesRepository(m_workspace->connection()).find(index.data(PlanModel::SeriesIdRole).toLongLong());
    if (!series)
        return;
    const QDateTime original = index.data(PlanModel::OccurrenceRole).toDateTime();
    // The slot's new wall clock in the series' own zone.
    const QDateTime inSeriesZone = localStart.toTimeZone(QTimeZone(series->timeZone.toUtf8()));
    const QDateTime wall = IsoTime::makeWallClock(inSeriesZone.date(), inSeriesZone.time());
    Series edited = *series;
    edited.exceptions.removeIf([&](const SeriesException &e) { return e.occurrence == original; });
    if (wall != original)
        edited.exceptions.append({original, SeriesException::Kind::Move, wall, {}});
    m_undoStack->push(new SaveSeriesCommand(m_workspace, *series, edited,
                                            tr("Move a “%1” slot to %2").arg(series->name, QLocale().toString(localStart, QStringLiteral("ddd d MMM HH:mm"))),
                                            [this](const QString &error) { Q_EMIT message(2, error); }));
}

void PlanPage::skipSlot(const QModelIndex &index)
{
    if (!canEdit())
        return;
    const auto series = SeriesRepository(m_workspace->connection()).find(index.data(PlanModel::SeriesIdRole).toLongLong());
    if (!series)
        return;
    const QDateTime original = index.data(PlanModel::OccurrenceRole).toDateTime();
    Series edited = *series;
    edited.exceptions.removeIf([&](const SeriesException &e) { return e.occurrence == original; });
    edited.exceptions.append({original, SeriesException::Kind::Skip, {}, {}});
    m_undoStack->push(new SaveSeriesCommand(m_workspace, *series, edited,
                                            tr("Skip “%1” on %2").arg(series->name, QLocale().toString(original.date(), QLocale::ShortFormat)),
                                            [this](const QString &error) { Q_EMIT message(2, error); }));
}

void PlanPage::confirmDrop(const QModelIndex &index)
{
    // Delete is one key away from everything else: say which post it drops, and ask.
    if (!index.isValid() || index.data(PlanModel::KindRole).toString() != QLatin1String("post") || !canEdit())
        return;
    const QPersistentModelIndex persistent(index);
    const QString title = index.siblingAtColumn(PlanModel::Title).data().toString();
    const QString when = index.siblingAtColumn(PlanModel::Start).data().toString();
    QMessageBox box(QMessageBox::Question, tr("Drop Post"), tr("Drop “%1” (%2)?").arg(title, when), QMessageBox::NoButton, this);
    box.setInformativeText(tr("It stays in the plan, marked as dropped. Edit ▸ Undo brings it back."));
    QPushButton *drop = box.addButton(tr("&Drop Post"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(drop);
    box.exec();
    if (box.clickedButton() == drop && persistent.isValid())
        dropPost(persistent);
}

void PlanPage::dropPost(const QModelIndex &index)
{
    if (index.data(PlanModel::KindRole).toString() != QLatin1String("post"))
        return;
    setPostStatus(index.data(PlanModel::PostIdRole).toLongLong(), int(PostStatus::Dropped));
}

void PlanPage::setPostStatus(qint64 postId, int status)
{
    if (!canEdit())
        return;
    const auto post = PostRepository(m_workspace->connection()).find(postId);
    if (!post || post->status == PostStatus(status))
        return;
    Post edited = *post;
    edited.status = PostStatus(status);
    savePost(*post, edited, edited.status == PostStatus::Dropped ? tr("Drop “%1”").arg(post->title)
                                                                 : tr("Mark “%1” as %2").arg(post->title, PostStatuses::displayName(edited.status).toLower()));
}

void PlanPage::showContextMenu(const QModelIndex &index, const QPoint &globalPos)
{
    if (!m_workspace || !index.isValid())
        return;
    QMenu menu(this);
    const QPersistentModelIndex persistent(index);
    if (index.data(PlanModel::KindRole).toString() == QLatin1String("post")) {
        const qint64 postId = index.data(PlanModel::PostIdRole).toLongLong();
        menu.addAction(Application::icon(QStringLiteral("document-open")), tr("&Edit…"), this, [this, postId] { editPost(postId); });
        QMenu *status = menu.addMenu(tr("&Status"));
        const QString current = index.data(PlanModel::StatusKeyRole).toString();
        for (PostStatus s : PostStatuses::all()) {
            QAction *action = status->addAction(PostStatuses::displayName(s), this, [this, postId, s] { setPostStatus(postId, int(s)); });
            action->setCheckable(true);
            action->setChecked(PostStatuses::key(s) == current);
        }
        menu.addSeparator();
        menu.addAction(Application::icon(QStringLiteral("edit-delete")), tr("&Drop"), this, [this, persistent] { dropPost(persistent); });
    } else {
        const qint64 seriesId = index.data(PlanModel::SeriesIdRole).toLongLong();
        menu.addAction(Application::icon(QStringLiteral("list-add")), tr("&Write the Post for This Slot…"), this, [this, persistent] { activate(persistent); });
        menu.addAction(tr("S&kip This Occurrence"), this, [this, persistent] { skipSlot(persistent); });
        menu.addSeparator();
        menu.addAction(tr("Edit the &Series…"), this, [this, seriesId] { editSeries(seriesId); });
    }
    menu.setEnabled(!m_workspace->isReadOnly());
    menu.exec(globalPos);
}

void PlanPage::newSeries()
{
    if (!canEdit())
        return;
    Series series;
    series.timeZone = QString::fromUtf8(m_workspace->timeZone().id());
    series.dtstart = IsoTime::makeWallClock(m_current.isValid() ? m_current : m_workspace->today(), QTime(10, 0));
    SeriesEditorDialog dialog(m_workspace->connection(), series, this);
    dialog.setNow(m_workspace->now());
    runSeriesEditor(dialog, true);
}

void PlanPage::editSeries(qint64 seriesId)
{
    if (!m_workspace)
        return;
    const auto series = SeriesRepository(m_workspace->connection()).find(seriesId);
    if (!series)
        return;
    SeriesEditorDialog dialog(m_workspace->connection(), *series, this);
    dialog.setNow(m_workspace->now());
    runSeriesEditor(dialog, false);
}

void PlanPage::runSeriesEditor(SeriesEditorDialog &dialog, bool isNew)
{
    if (dialog.exec() != QDialog::Accepted || !canEdit())
        return;
    const Series edited = dialog.series();
    auto onError = [this](const QString &error) { Q_EMIT message(2, error); };
    if (isNew) {
        m_undoStack->push(new SaveSeriesCommand(m_workspace, std::nullopt, edited, tr("Add series “%1”").arg(edited.name), onError));
        Q_EMIT message(0, tr("“%1” added: %2.").arg(edited.name, Recurrence::describe(edited)));
        return;
    }
    const auto before = SeriesRepository(m_workspace->connection()).find(edited.id);
    if (!before)
        return;
    if (dialog.deleteRequested())
        m_undoStack->push(new SaveSeriesCommand(m_workspace, *before, std::nullopt, tr("Delete series “%1”").arg(before->name), onError));
    else if (!(edited == *before))
        m_undoStack->push(new SaveSeriesCommand(m_workspace, *before, edited, tr("Edit series “%1”").arg(edited.name), onError));
}

void PlanPage::exportIcs()
{
    if (!m_workspace)
        return;
    const QVector<Series> series = SeriesRepository(m_workspace->connection()).all();
    const auto choice = askRange(this, tr("Export the Plan as iCalendar"), m_model->from(), m_model->to(), &series);
    if (!choice)
        return;
    const QString suggested = documentsPath(tr("plan-%1.ics").arg(choice->from.toString(QStringLiteral("yyyy-MM-dd"))));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the Plan as iCalendar"), suggested, tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    IcsExporter::Options options;
    options.from = choice->from;
    options.to = choice->to;
    options.seriesIds = choice->seriesIds;
    options.includePosts = choice->includePosts;
    options.calendarName = m_workspace->name();
    if (options.seriesIds.isEmpty() && !series.isEmpty())
        options.seriesIds = {-1}; // none of them
    IcsExporter exporter(m_workspace->connection(), m_workspace->timeZone());
    const QByteArray ics = exporter.exportCalendar(options);
    if (ics.isEmpty()) {
        Q_EMIT message(2, exporter.error());
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ics) != ics.size() || !file.commit()) {
        Q_EMIT message(2, tr("“%1” could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    Q_EMIT message(0, tr("Exported %n event(s) to “%1”.", nullptr, int(ics.count("BEGIN:VEVENT"))).arg(QFileInfo(path).fileName()));
}

void PlanPage::exportCsv()
{
    if (!m_workspace)
        return;
    const auto choice = askRange(this, tr("Export the Plan as CSV"), m_model->from(), m_model->to(), nullptr);
    if (!choice)
        return;
    const QString suggested = documentsPath(tr("plan-%1.csv").arg(choice->from.toString(QStringLiteral("yyyy-MM-dd"))));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the Plan as CSV"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        Q_EMIT message(2, tr("“%1” could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    PlanCsv(m_workspace->connection(), m_workspace->timeZone()).write(&file, choice->from, choice->to, m_workspace->now());
    if (!file.commit()) {
        Q_EMIT message(2, tr("“%1” could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    Q_EMIT message(0, tr("Exported the plan from %1 to %2 to “%3”.")
                          .arg(QLocale().toString(choice->from, QLocale::ShortFormat), QLocale().toString(choice->to, QLocale::ShortFormat),
                               QFileInfo(path).fileName()));
}

void PlanPage::importCsv()
{
    if (!canEdit())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a Plan from CSV"), documentsPath(QString()), tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Q_EMIT message(2, tr("“%1” could not be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    const PlanCsv::Result result = PlanCsv(m_workspace->connection(), m_workspace->timeZone()).read(&file, QFileInfo(path).fileName());
    if (!result.ok()) {
        Q_EMIT message(2, tr("Nothing was imported. %1").arg(result.errors.mid(0, 3).join(QLatin1Char(' '))));
        return;
    }
    if (!result.after.isEmpty())
        m_undoStack->push(new ImportPlanCommand(m_workspace, result.before, result.after, QFileInfo(path).fileName(),
                                                [this](const QString &error) { Q_EMIT message(2, error); }));
    m_workspace->notifyChanged();
    Q_EMIT message(0, tr("%1: %n post(s) added, %2 updated, %3 unchanged.", nullptr, result.inserted)
                          .arg(QFileInfo(path).fileName())
                          .arg(result.updated)
                          .arg(result.unchanged));
}

} // namespace Beamline
