// SPDX-License-Identifier: GPL-3.0-or-later
#include "measurepage.h"

#include <core/models/postmetricsmodel.h>
#include <core/services/measureservice.h>
#include <core/workspace/workspace.h>
#include <ui/application.h>
#include <ui/measure/chartpanel.h>
#include <ui/measure/figuresslide.h>
#include <ui/measure/kpitile.h>
#include <ui/measure/posthistory.h>
#include <ui/measure/presentationwindow.h>
#include <ui/measure/timingview.h>
#include <ui/widgets/currentpagestack.h>
#include <ui/widgets/datefield.h>
#include <ui/widgets/deferredreload.h>
#include <ui/widgets/emptystate.h>

#include <QAction>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Beamline {

MeasurePage::MeasurePage(QWidget *parent)
    : WorkspacePage(parent)
    , m_empty(new EmptyState(this))
    , m_stack(new CurrentPageStack(this))
    , m_preset(new QComboBox(this))
    , m_fromEdit(new DateField(this))
    , m_toEdit(new DateField(this))
    , m_compare(new QComboBox(this))
    , m_compareLabel(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_posts(new PostMetricsModel(this))
    , m_postsFilter(new PostMetricsFilterModel(this))
    , m_postsTable(new QTableView(this))
    , m_channelFilter(new QComboBox(this))
    , m_seriesFilter(new QComboBox(this))
    , m_pillarFilter(new QComboBox(this))
    , m_campaignFilter(new QComboBox(this))
    , m_presentAction(new QAction(Application::icon(QStringLiteral("view-presentation")), QString(), this))
    , m_exportChartAction(new QAction(Application::icon(QStringLiteral("document-export")), QString(), this))
    , m_timing(new TimingView(this))
{
    setObjectName(QStringLiteral("measurePage"));
    m_postsFilter->setSourceModel(m_posts);

    // The range bar.
    m_preset->setObjectName(QStringLiteral("rangePreset"));
    m_fromEdit->setObjectName(QStringLiteral("from"));
    m_toEdit->setObjectName(QStringLiteral("to"));
    m_fromEdit->setAccessibleName(tr("First day"));
    m_toEdit->setAccessibleName(tr("Last day"));
    m_compare->addItem(QString(), int(Comparison::PreviousPeriod));
    m_compare->addItem(QString(), int(Comparison::PreviousYear));
    m_compare->addItem(QString(), int(Comparison::None));
    m_compareLabel->setForegroundRole(QPalette::PlaceholderText);
    m_presentAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_presentAction, &QAction::triggered, this, &MeasurePage::present);
    m_exportChartAction->setObjectName(QStringLiteral("exportChartAction"));
    m_exportChartAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportChartAction->setEnabled(false);
    connect(m_exportChartAction, &QAction::triggered, this, &MeasurePage::exportChart);
    auto *presentButton = new QToolButton(this);
    presentButton->setDefaultAction(m_presentAction);
    presentButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    presentButton->setAutoRaise(true);
    QHBoxLayout *bar = buildRangeBar();
    buildTabs(presentButton);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(8, 6, 8, 8);
    contentLayout->addLayout(bar);
    contentLayout->addWidget(m_tabs, 1);
    m_empty->setIconName(QStringLiteral("office-chart-line"));
    // The way out of an empty Measure page, as on the Data page.
    m_importAction = new QAction(Application::icon(QStringLiteral("document-import")), tr("Import Exports…"), this);
    m_importAction->setObjectName(QStringLiteral("measureImport"));
    connect(m_importAction, &QAction::triggered, this, &MeasurePage::importRequested);
    m_empty->addAction(m_importAction);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_preset, &QComboBox::activated, this, &MeasurePage::applyPreset);
    // A typed day counts once typing is over; a first day after the last one moves the
    // other end rather than swap them under the user's hands.
    connect(m_fromEdit, &DateField::dateChanged, this, [this](QDate from) {
        if (m_updating)
            return;
        m_preset->setCurrentIndex(m_preset->findData(0)); // Custom
        setRange(from, std::max(from, m_to));
    });
    connect(m_toEdit, &DateField::dateChanged, this, [this](QDate to) {
        if (m_updating)
            return;
        m_preset->setCurrentIndex(m_preset->findData(0));
        setRange(std::min(m_from, to), to);
    });
    connect(m_compare, &QComboBox::activated, this, [this] { setComparison(Comparison(m_compare->currentData().toInt())); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        refreshCharts();
        updateExportChartAction();
    });
    connect(m_stack, &QStackedWidget::currentChanged, this, &MeasurePage::updateExportChartAction);

    changeEvent(nullptr);
    setWorkspace(nullptr, nullptr);
}

MeasurePage::~MeasurePage() = default;

QHBoxLayout *MeasurePage::buildRangeBar()
{
    auto *rangeLabel = new QLabel(tr("&Range:"), this);
    rangeLabel->setBuddy(m_preset);
    auto *compareLabel = new QLabel(tr("&Compare with:"), this);
    compareLabel->setBuddy(m_compare);
    // The bar must fit a 1024-pixel window in every language: the combo boxes take the
    // room their items need only when there is some, and the comparison's dates give way first.
    for (QComboBox *combo : { m_preset, m_compare }) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
        combo->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    }
    m_compareLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_compareLabel->setMinimumWidth(0);
    auto *bar = new QHBoxLayout;
    bar->addWidget(rangeLabel);
    bar->addWidget(m_preset, 2);
    bar->addWidget(m_fromEdit);
    bar->addWidget(new QLabel(QStringLiteral("–"), this));
    bar->addWidget(m_toEdit);
    bar->addSpacing(12);
    bar->addWidget(compareLabel);
    bar->addWidget(m_compare, 1);
    bar->addWidget(m_compareLabel, 1);
    return bar;
}

void MeasurePage::buildTabs(QWidget *corner)
{
    auto *overview = new QWidget(this);
    auto *postsPage = new QWidget(this);
    auto *seriesPage = new QWidget(this);
    auto *mentionsPage = new QWidget(this);
    auto *instagramPage = new QWidget(this);
    buildOverview(overview);
    buildPosts(postsPage);
    {
        auto *layout = new QVBoxLayout(seriesPage);
        auto *split = new QSplitter(Qt::Vertical, seriesPage);
        split->addWidget(addPanel(QStringLiteral("series")));
        split->addWidget(addPanel(QStringLiteral("pillars")));
        layout->addWidget(split);
    }
    {
        auto *grid = new QGridLayout(mentionsPage);
        grid->addWidget(addPanel(QStringLiteral("mentions-share")), 0, 0);
        grid->addWidget(addPanel(QStringLiteral("mentions-time")), 0, 1);
        grid->addWidget(addPanel(QStringLiteral("sentiment")), 1, 0);
        grid->addWidget(addPanel(QStringLiteral("top-authors")), 1, 1);
    }
    buildInstagramWeb(instagramPage);
    m_tabs->addTab(overview, QString());
    m_tabs->addTab(postsPage, QString());
    m_tabs->addTab(seriesPage, QString());
    m_tabs->addTab(mentionsPage, QString());
    m_tabs->addTab(instagramPage, QString());
    m_tabs->addTab(m_timing, QString());
    m_tabs->setDocumentMode(true);
    m_tabs->setCornerWidget(corner, Qt::TopRightCorner);
    setFocusProxy(m_tabs);
}

ChartPanel *MeasurePage::addPanel(const QString &name)
{
    auto *panel = new ChartPanel(name, this);
    connect(panel, &ChartPanel::message, this, &MeasurePage::message);
    m_panels.append(panel);
    return panel;
}

void MeasurePage::buildOverview(QWidget *page)
{
    QWidget *tilesWidget = m_figures.buildOverview(page);
    auto *scroll = new QScrollArea(page);
    scroll->setWidget(tilesWidget);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *split = new QSplitter(Qt::Vertical, page);
    split->addWidget(scroll);
    split->addWidget(addPanel(QStringLiteral("followers")));
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    m_overviewSplit = split;
    m_overviewTiles = tilesWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(split);
}

void MeasurePage::buildPosts(QWidget *page)
{
    auto *filters = new QHBoxLayout;
    const QList<QPair<QString, QComboBox *>> combos = { { tr("C&hannel:"), m_channelFilter },
                                                        { tr("&Series:"), m_seriesFilter },
                                                        { tr("&Pillar:"), m_pillarFilter },
                                                        { tr("Ca&mpaign:"), m_campaignFilter } };
    for (const auto &[text, combo] : combos) {
        auto *label = new QLabel(text, page);
        label->setBuddy(combo);
        filters->addWidget(label);
        filters->addWidget(combo);
        connect(combo, &QComboBox::activated, this, &MeasurePage::updatePostFilters);
    }
    filters->addStretch();
    m_channelFilter->setObjectName(QStringLiteral("channelFilter"));
    m_seriesFilter->setObjectName(QStringLiteral("seriesFilter"));
    m_pillarFilter->setObjectName(QStringLiteral("pillarFilter"));
    m_campaignFilter->setObjectName(QStringLiteral("campaignFilter"));
    m_postsTable->setObjectName(QStringLiteral("postsTable"));
    m_postsTable->setModel(m_postsFilter);
    m_postsTable->setSortingEnabled(true);
    m_postsTable->sortByColumn(PostMetricsModel::Interactions, Qt::DescendingOrder);
    m_postsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_postsTable->setAlternatingRowColors(true);
    m_postsTable->verticalHeader()->hide();
    m_postsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_postsTable->horizontalHeader()->setSectionResizeMode(PostMetricsModel::Text, QHeaderView::Stretch);
    // Long series and pillar names are cut (their tooltip has them) before the text is.
    for (int column : { int(PostMetricsModel::SeriesColumn), int(PostMetricsModel::PillarColumn) })
        m_postsTable->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Interactive);
    m_postsTable->horizontalHeader()->setMinimumSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("00000")));
    m_postsTable->setTextElideMode(Qt::ElideRight);
    // Two lines of each post's text.
    m_postsTable->setWordWrap(true);
    m_postsTable->verticalHeader()->setDefaultSectionSize(fontMetrics().lineSpacing() * 2 + 8);
    connect(m_postsTable, &QTableView::activated, this, &MeasurePage::showPostDetails);
    // The table takes the page's whole width, so its text and every figure show without
    // a scroll bar; the chart of the top posts sits above it.
    auto *split = new QSplitter(Qt::Vertical, page);
    split->addWidget(addPanel(QStringLiteral("engagement")));
    split->addWidget(m_postsTable);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
}

void MeasurePage::buildInstagramWeb(QWidget *page)
{
    QHBoxLayout *row = m_figures.buildInstagramWeb(page);
    auto *bottom = new QSplitter(Qt::Horizontal, page);
    bottom->addWidget(addPanel(QStringLiteral("web-duration")));
    bottom->addWidget(addPanel(QStringLiteral("web-exit-rate")));
    auto *split = new QSplitter(Qt::Vertical, page);
    split->addWidget(addPanel(QStringLiteral("instagram-web")));
    split->addWidget(bottom);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(row);
    layout->addWidget(split, 1);
}

void MeasurePage::hideEvent(QHideEvent *event)
{
    WorkspacePage::hideEvent(event);
    updateExportChartAction();
}

void MeasurePage::showEvent(QShowEvent *event)
{
    WorkspacePage::showEvent(event);
    updateExportChartAction();
    // The figures' height to the figures (all their rows when the page has room), the rest
    // to the chart.
    if (!m_overviewSized && m_overviewSplit->height() > 0) {
        m_overviewSized = true;
        const int total = m_overviewSplit->height() - m_overviewSplit->handleWidth();
        const int tiles = qMin(m_overviewTiles->sizeHint().height() + 4, total - 260);
        m_overviewSplit->setSizes({ qMax(120, tiles), total - qMax(120, tiles) });
    }
}

void MeasurePage::changeEvent(QEvent *event)
{
    if (!event || event->type() == QEvent::LanguageChange) {
        m_compare->setItemText(0, tr("Previous period"));
        m_compare->setItemText(1, tr("Same period a year before"));
        m_compare->setItemText(2, tr("No comparison"));
        m_presentAction->setText(tr("&Present"));
        m_presentAction->setToolTip(
            tr("Show this view's charts full screen, one at a time, after the figures on the Overview (%1)")
                .arg(m_presentAction->shortcut().toString(QKeySequence::NativeText)));
        m_exportChartAction->setText(tr("&Export Chart…"));
        m_exportChartAction->setStatusTip(tr("Export one of the charts shown to PNG, SVG or PDF"));
        m_tabs->setTabText(0, tr("&Overview"));
        m_tabs->setTabText(1, tr("Per &Post"));
        m_tabs->setTabText(2, tr("Series && P&illars"));
        m_tabs->setTabText(3, tr("M&entions"));
        m_tabs->setTabText(4, tr("Instagram && &Web"));
        m_tabs->setTabText(5, tr("&Timing"));
        m_importAction->setText(tr("Import Exports…"));
        m_empty->setTitle(tr("No workspace open"));
        m_empty->setText(tr("Open a workspace or the demo from the File menu, then drop the platforms' exports on the window."));
    }
    if (event)
        WorkspacePage::changeEvent(event);
}

void MeasurePage::setWorkspace(Workspace *workspace, QUndoStack *undoStack)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    m_undoStack = undoStack;
    m_presentAction->setEnabled(workspace != nullptr);
    updateExportChartAction();
    m_importAction->setEnabled(workspace && !workspace->isReadOnly());
    for (ChartPanel *panel : std::as_const(m_panels))
        panel->setWorkspace(workspace, undoStack);
    if (!workspace) {
        m_openPending = false;
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    if (!m_changes)
        m_changes = new DeferredReload(this, [this] { reloadAfterChange(); });
    connect(workspace, &Workspace::changed, m_changes, &DeferredReload::request);
    // Reading what the workspace measured and its figures waits until the page is shown: a
    // workspace opens on the plan, and years of figures would stall the window for nothing.
    m_openPending = true;
    m_changes->request();
}

void MeasurePage::setTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void MeasurePage::reload()
{
    if (!m_workspace || !m_from.isValid())
        return;
    const MeasureService measure(*m_workspace);
    // Nothing imported yet: say what to do instead of showing empty charts.
    const Result<bool> measured = measure.hasMeasurements();
    if (!measured)
        return readFailed(measured.error());
    if (!measured.value()) {
        m_empty->setTitle(tr("Nothing measured yet"));
        m_empty->setText(
            tr("Drop a platform export here (X, Meta Business Suite, YouTube, LinkedIn, Google Analytics, Matomo or a "
               "listening tool) and its figures appear in these views."));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_stack->setCurrentIndex(1);
    auto stats = measure.periodStats(m_from, m_to);
    auto previous
        = m_compareFrom.isValid() ? measure.periodStats(m_compareFrom, m_compareTo) : Result<PeriodStats>(PeriodStats());
    const auto series = measure.series();
    const auto pillars = measure.pillars();
    const auto campaigns = measure.campaigns();
    if (!stats)
        return readFailed(stats.error());
    if (!previous)
        return readFailed(previous.error());
    if (!series)
        return readFailed(series.error());
    if (!pillars)
        return readFailed(pillars.error());
    if (!campaigns)
        return readFailed(campaigns.error());
    m_stats = std::move(stats).value();
    m_previous = std::move(previous).value();
    refillPostFilters(*series, *pillars, *campaigns);
    m_figures.refresh(m_stats, m_previous, m_compareFrom.isValid());
    for (int i = 0; i < m_tabs->count(); ++i)
        m_stale.insert(i, true);
    refreshCharts();
}

void MeasurePage::refillPostFilters(const QVector<Series> &seriesList, const QVector<Pillar> &pillarList,
                                    const QVector<Campaign> &campaignList)
{
    // Filters of the per-post view, keeping the choice. Its table is filled when it is shown.
    QHash<qint64, QString> &seriesNames = m_seriesNames, &pillarNames = m_pillarNames;
    seriesNames.clear();
    pillarNames.clear();
    for (const Series &s : seriesList)
        seriesNames.insert(s.id, s.name);
    for (const Pillar &p : pillarList)
        pillarNames.insert(p.id, p.name);
    m_postsLoaded = false;
    m_timingLoaded = false;
    auto refill = [](QComboBox *combo, const QString &all, const QList<QPair<QVariant, QString>> &items) {
        const QVariant current = combo->currentData();
        combo->clear();
        combo->addItem(all, QVariant());
        for (const auto &[value, text] : items)
            combo->addItem(text, value);
        combo->setCurrentIndex(qMax(0, combo->findData(current)));
    };
    QList<QPair<QVariant, QString>> channels, series, pillars, campaigns;
    for (Platform p : Platforms::measured())
        channels.append({ Platforms::key(p), Platforms::displayName(p) });
    for (auto it = seriesNames.cbegin(); it != seriesNames.cend(); ++it)
        series.append({ it.key(), it.value() });
    for (auto it = pillarNames.cbegin(); it != pillarNames.cend(); ++it)
        pillars.append({ it.key(), it.value() });
    for (const Campaign &c : campaignList)
        campaigns.append({ c.id, c.name });
    std::sort(series.begin(), series.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
    std::sort(pillars.begin(), pillars.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
    refill(m_channelFilter, tr("All channels"), channels);
    refill(m_seriesFilter, tr("All series"), series);
    refill(m_pillarFilter, tr("All pillars"), pillars);
    refill(m_campaignFilter, tr("All campaigns"), campaigns);
}

void MeasurePage::readFailed(const ServiceError &error)
{
    Q_EMIT message(2, tr("The figures could not be read: %1").arg(error.message));
}

QStringList MeasurePage::chartsOfTab(int tab) const
{
    QStringList names;
    QWidget *page = m_tabs->widget(tab);
    for (ChartPanel *panel : m_panels) {
        if (page && page->isAncestorOf(panel))
            names.append(panel->name());
    }
    return names;
}

void MeasurePage::refreshCharts(bool all)
{
    if (!m_workspace || !m_from.isValid())
        return;
    ChartRequest request;
    request.from = m_from;
    request.to = m_to;
    request.compareFrom = m_compareFrom;
    request.compareTo = m_compareTo;
    request.dark = Application::isDark();
    request.lastCompleteDay = m_workspace->today().addDays(-1);
    request.maxBars = 10; // legible above the table
    request.platforms = m_postsFilter->platforms();
    request.seriesId = m_postsFilter->series();
    request.pillarId = m_postsFilter->pillar();
    request.campaignId = m_postsFilter->campaign();
    request.stats = &m_stats;
    request.previousStats = m_compareFrom.isValid() ? &m_previous : nullptr;
    request.failed = [page = QPointer<MeasurePage>(this)](const ServiceError &error) {
        if (page)
            page->readFailed(error);
    };
    if (!m_postsLoaded && (all || m_tabs->currentIndex() == int(Tab::Posts))) {
        if (const auto posts = MeasureService(*m_workspace).posts(m_from, m_to); !posts) {
            readFailed(posts.error());
        } else {
            m_posts->setPosts(*posts, m_workspace->timeZone(), m_seriesNames, m_pillarNames);
            m_postsLoaded = true;
            for (int column : { int(PostMetricsModel::SeriesColumn), int(PostMetricsModel::PillarColumn) }) {
                m_postsTable->resizeColumnToContents(column);
                m_postsTable->setColumnWidth(column,
                                             qMin(m_postsTable->columnWidth(column), fontMetrics().averageCharWidth() * 16));
            }
        }
    }
    if (!m_timingLoaded && (all || m_tabs->currentIndex() == int(Tab::Timing))) {
        if (const auto cells = MeasureService(*m_workspace).bestTimes(m_from, m_to); !cells) {
            readFailed(cells.error());
        } else {
            m_timing->setCells(*cells, QString::fromUtf8(m_workspace->timeZone().id()));
            m_timingLoaded = true;
        }
    }
    for (int tab = 0; tab < m_tabs->count(); ++tab) {
        if (!all && tab != m_tabs->currentIndex())
            continue;
        if (!m_stale.value(tab, true))
            continue;
        const QStringList names = chartsOfTab(tab);
        for (ChartPanel *panel : std::as_const(m_panels)) {
            if (names.contains(panel->name())) {
                ChartRequest r = request;
                if (panel->name() != QLatin1String("engagement"))
                    r.platforms.clear(), r.seriesId = r.pillarId = r.campaignId = 0; // filters belong to the per-post view
                panel->refresh(r);
            }
        }
        m_stale.insert(tab, false);
    }
}

void MeasurePage::updatePostFilters()
{
    const QString channel = m_channelFilter->currentData().toString();
    m_postsFilter->setPlatforms(channel.isEmpty() ? QSet<Platform>()
                                                  : QSet<Platform> { Platforms::fromKey(channel).value_or(Platform::Other) });
    m_postsFilter->setSeries(m_seriesFilter->currentData().toLongLong());
    m_postsFilter->setPillar(m_pillarFilter->currentData().toLongLong());
    m_postsFilter->setCampaign(m_campaignFilter->currentData().toLongLong());
    m_stale.insert(int(Tab::Posts), true);
    refreshCharts();
}

void MeasurePage::showPostDetails(const QModelIndex &index)
{
    if (!m_workspace || !index.isValid())
        return;
    const qint64 id = index.data(PostMetricsModel::PlatformPostIdRole).toLongLong();
    const auto details = MeasureService(*m_workspace).postDetails(id);
    if (!details)
        return readFailed(details.error());
    if (!details.value())
        return;
    PostHistory::exec(this, *details.value(),
                      Platforms::displayName(
                          Platforms::fromKey(index.data(PostMetricsModel::PlatformRole).toString()).value_or(Platform::Other)),
                      m_workspace->timeZone());
}

KpiTile *MeasurePage::tile(const QString &channel, const QString &metric) const
{
    return m_figures.tile(channel, metric);
}

} // namespace Beamline
