// SPDX-License-Identifier: GPL-3.0-or-later
#include "measurepage.h"

#include <core/analytics/analyticsrepository.h>
#include <core/analytics/besttimes.h>
#include <core/analytics/comparisonperiod.h>
#include <core/analytics/reportdata.h>
#include <core/db/campaignrepository.h>
#include <core/db/databaseerror.h>
#include <core/db/importbatchrepository.h>
#include <core/db/pillarrepository.h>
#include <core/db/platformpostrepository.h>
#include <core/db/seriesrepository.h>
#include <core/db/workspacestatistics.h>
#include <core/domain/isotime.h>
#include <core/models/postmetricsmodel.h>
#include <core/workspace/workspace.h>
#include <ui/application.h>
#include <ui/charts/chartstyle.h>
#include <ui/measure/chartexportdialog.h>
#include <ui/widgets/deferredreload.h>
#include <ui/measure/chartpanel.h>
#include <ui/measure/figuresslide.h>
#include <ui/measure/kpitile.h>
#include <ui/measure/presentationwindow.h>
#include <ui/measure/timingview.h>
#include <ui/widgets/currentpagestack.h>
#include <ui/widgets/datefield.h>
#include <ui/widgets/emptystate.h>

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QStandardItemModel>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Beamline {

namespace {

struct Metric {
    const char *key;
    const char *title;
    const char *definition;
    KpiTile::Format format;
};

// The Overview's figures per channel, with their one definition (docs/metrics.md).
const Metric ChannelMetrics[] = {
    {"posts", QT_TRANSLATE_NOOP("Beamline::MeasurePage", "Posts"),
     QT_TRANSLATE_NOOP("Beamline::MeasurePage", "Feed posts published in the range (stories are counted as story views)."), KpiTile::Format::Count},
    {"interactions", QT_TRANSLATE_NOOP("Beamline::MeasurePage", "Interactions"),
     QT_TRANSLATE_NOOP("Beamline::MeasurePage", "Likes + comments + shares of the posts published in the range, from each post's newest export."),
     KpiTile::Format::Count},
    {"engagement_rate", QT_TRANSLATE_NOOP("Beamline::MeasurePage", "Engagement rate"),
     QT_TRANSLATE_NOOP("Beamline::MeasurePage", "Σ interactions ÷ Σ impressions over the posts that have impressions (views where the platform "
                                                "counts views). Never a mean of per-post rates."),
     KpiTile::Format::Percent},
    {"followers_per_day", QT_TRANSLATE_NOOP("Beamline::MeasurePage", "Followers gained"),
     QT_TRANSLATE_NOOP("Beamline::MeasurePage", "Σ new followers in the range ÷ calendar days of the range; days an export left out count as zero."),
     KpiTile::Format::PerDay},
    {"mentions", QT_TRANSLATE_NOOP("Beamline::MeasurePage", "Mentions"),
     QT_TRANSLATE_NOOP("Beamline::MeasurePage", "Mentions found on this network by the listening tools in the range."), KpiTile::Format::Count},
    {"sessions", QT_TRANSLATE_NOOP("Beamline::MeasurePage", "Website visits"),
     QT_TRANSLATE_NOOP("Beamline::MeasurePage", "Sessions the web analytics attribute to this channel by the source/medium rules."),
     KpiTile::Format::Count},
};


QString tileKey(const QString &channel, const QString &metric)
{
    return channel + QLatin1Char('/') + metric;
}

} // namespace

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
    auto *rangeLabel = new QLabel(tr("&Range:"), this);
    rangeLabel->setBuddy(m_preset);
    auto *compareLabel = new QLabel(tr("&Compare with:"), this);
    compareLabel->setBuddy(m_compare);
    // The bar must fit a 1024-pixel window in every language: the combo boxes take the
    // room their items need only when there is some, and the comparison's dates give way first.
    for (QComboBox *combo : {m_preset, m_compare}) {
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
    m_tabs->setCornerWidget(presentButton, Qt::TopRightCorner);
    setFocusProxy(m_tabs);

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

ChartPanel *MeasurePage::addPanel(const QString &name)
{
    auto *panel = new ChartPanel(name, this);
    connect(panel, &ChartPanel::message, this, &MeasurePage::message);
    m_panels.append(panel);
    return panel;
}

void MeasurePage::buildOverview(QWidget *page)
{
    auto *grid = new QGridLayout;
    grid->setSpacing(5);
    int column = 1;
    for (const Metric &m : ChannelMetrics) {
        auto *header = new QLabel(tr(m.title), page);
        header->setToolTip(tr(m.definition));
        QFont f = header->font();
        f.setBold(true);
        header->setFont(f);
        grid->addWidget(header, 0, column++);
    }
    int row = 1;
    for (Platform platform : Platforms::measured()) {
        auto *name = new QLabel(Platforms::displayName(platform), page);
        QFont f = name->font();
        f.setBold(true);
        name->setFont(f);
        grid->addWidget(name, row, 0);
        column = 1;
        for (const Metric &m : ChannelMetrics) {
            auto *tile = new KpiTile(page);
            tile->setTitle(tr("%1, %2").arg(Platforms::displayName(platform), tr(m.title)));
            tile->setTitleVisible(false);
            tile->setDefinition(tr(m.definition));
            tile->setMetric(QString::fromLatin1(m.key));
            tile->setObjectName(tileKey(Platforms::key(platform), QString::fromLatin1(m.key)));
            m_tiles.insert(tile->objectName(), tile);
            grid->addWidget(tile, row, column++);
        }
        ++row;
    }
    // The website as a whole.
    auto *web = new QLabel(tr("Website"), page);
    QFont f = web->font();
    f.setBold(true);
    web->setFont(f);
    grid->addWidget(web, row, 0);
    const QList<std::tuple<QString, QString, QString, KpiTile::Format>> site = {
        {QStringLiteral("sessions"), tr("Visits"), tr("Sessions of the whole site, from one breakdown (the time series when there is one)."), KpiTile::Format::Count},
        {QStringLiteral("users"), tr("Visitors"), tr("Users summed over the rows of the same breakdown."), KpiTile::Format::Count},
        {QStringLiteral("avg_session_seconds"), tr("Visit length"), tr("Average length (m:ss) of a visit, weighted by sessions."), KpiTile::Format::Duration},
        {QStringLiteral("bounce_rate"), tr("Bounce rate"), tr("Bounce rate weighted by sessions."), KpiTile::Format::Percent},
        {QStringLiteral("exit_rate"), tr("Exit rate"), tr("Σ exits ÷ Σ pageviews."), KpiTile::Format::Percent},
    };
    column = 1;
    for (const auto &[key, title, definition, format] : site) {
        Q_UNUSED(format)
        auto *tile = new KpiTile(page);
        tile->setTitle(title);
        tile->setDefinition(definition);
        tile->setMetric(key);
        tile->setObjectName(tileKey(QStringLiteral("web"), key));
        m_tiles.insert(tile->objectName(), tile);
        grid->addWidget(tile, row, column++);
    }
    // The figures keep their rows together at the top; the chart below takes the rest of
    // the height. On a small screen the figures scroll (both ways) and the chart keeps
    // its minimum.
    grid->setRowStretch(row + 1, 1);
    for (int c = 1; c <= int(std::size(ChannelMetrics)); ++c)
        grid->setColumnStretch(c, 1);
    auto *tilesWidget = new QWidget(page);
    tilesWidget->setLayout(grid);
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
    const QList<QPair<QString, QComboBox *>> combos = {{tr("C&hannel:"), m_channelFilter}, {tr("&Series:"), m_seriesFilter},
                                                       {tr("&Pillar:"), m_pillarFilter},   {tr("Ca&mpaign:"), m_campaignFilter}};
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
    for (int column : {int(PostMetricsModel::SeriesColumn), int(PostMetricsModel::PillarColumn)})
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
    auto *row = new QHBoxLayout;
    const QList<std::tuple<QString, QString, QString>> tiles = {
        {QStringLiteral("followers_per_day"), tr("Instagram followers gained"), tr("Σ new followers ÷ calendar days of the range.")},
        {QStringLiteral("story_views"), tr("Story views"), tr("Σ views (or impressions) of the stories published in the range.")},
        {QStringLiteral("interactions"), tr("Instagram interactions"), tr("Likes + comments + shares of the posts published in the range.")},
        {QStringLiteral("sessions"), tr("Visits from Instagram"), tr("Sessions attributed to Instagram by the source/medium rules.")},
        {QStringLiteral("avg_session_seconds"), tr("Visit length, from Instagram"),
         tr("Average length (m:ss) of the visits from Instagram, weighted by sessions.")},
        {QStringLiteral("site_avg_session_seconds"), tr("Visit length, whole site"),
         tr("Average length (m:ss) of all the site's visits, weighted by sessions.")},
    };
    for (const auto &[key, title, definition] : tiles) {
        auto *tile = new KpiTile(page);
        tile->setTitle(title);
        tile->setDefinition(definition);
        tile->setMetric(key == QLatin1String("site_avg_session_seconds") ? QStringLiteral("avg_session_seconds") : key);
        tile->setObjectName(tileKey(QStringLiteral("instagram-web"), key));
        m_tiles.insert(tile->objectName(), tile);
        row->addWidget(tile);
    }
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
        m_overviewSplit->setSizes({qMax(120, tiles), total - qMax(120, tiles)});
    }
}

void MeasurePage::changeEvent(QEvent *event)
{
    if (!event || event->type() == QEvent::LanguageChange) {
        m_compare->setItemText(0, tr("Previous period"));
        m_compare->setItemText(1, tr("Same period a year before"));
        m_compare->setItemText(2, tr("No comparison"));
        m_presentAction->setText(tr("&Present"));
        m_presentAction->setToolTip(tr("Show this view's charts full screen, one at a time, after the figures on the Overview (%1)")
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
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    if (!m_changes)
        m_changes = new DeferredReload(this, [this] { reloadAfterChange(); });
    connect(workspace, &Workspace::changed, m_changes, &DeferredReload::request);
    rebuildPresets();
    openOnLatestData();
}

void MeasurePage::reloadAfterChange()
{
    if (!m_workspace)
        return;
    // An import may have widened the data, a campaign may have been added: keep the
    // range, unless it shows nothing of what is there (the first import into a new
    // workspace of last year's exports).
    const QVariant preset = m_preset->currentData();
    rebuildPresets();
    const bool relative = preset.typeId() == QMetaType::Int && preset.toInt() != 0; // last 28 days, this month…
    const bool fromData = preset.typeId() == QMetaType::QString;                    // latest data, all data
    const bool missesData = m_measured && (m_to < m_measured->first || m_from > m_measured->second);
    if (fromData && m_preset->findData(preset) >= 0) {
        m_preset->setCurrentIndex(m_preset->findData(preset));
        applyPreset(m_preset->currentIndex()); // the data's days moved
    } else if (fromData || (relative && missesData)) {
        openOnLatestData();
    } else {
        reload();
    }
}

void MeasurePage::openOnLatestData()
{
    // The last 28 days, or the last 28 days that have figures when the imports end earlier
    // (an archive of old exports).
    const int latest = m_preset->findData(QStringLiteral("latest"));
    const int preset = latest >= 0 ? latest : m_preset->findData(28);
    m_preset->setCurrentIndex(preset);
    applyPreset(preset);
}

void MeasurePage::rebuildPresets()
{
    const QVariant current = m_preset->currentData();
    m_preset->clear();
    m_measured.reset();
    if (m_workspace) {
        try {
            const auto days = WorkspaceStatistics(m_workspace->connection()).measuredDays(m_workspace->timeZone());
            if (days)
                m_measured = *days;
        } catch (const DatabaseError &error) {
            Q_EMIT message(2, tr("The figures could not be read: %1").arg(error.message()));
        }
    }
    m_preset->addItem(tr("Last 7 days"), 7);
    m_preset->addItem(tr("Last 28 days"), 28);
    m_preset->addItem(tr("Last 90 days"), 90);
    m_preset->addItem(tr("This month"), -1);
    m_preset->addItem(tr("Last month"), -2);
    if (m_measured) {
        const QDate today = m_workspace->today();
        // The data ends before yesterday: the last weeks that have figures.
        if (m_measured->second < today.addDays(-1))
            m_preset->addItem(tr("Latest 28 days of data (to %1)").arg(QLocale().toString(m_measured->second, QStringLiteral("d MMM yyyy"))),
                              QStringLiteral("latest"));
        m_preset->addItem(tr("All data (%1)").arg(ChartFactory::rangeText(m_measured->first, m_measured->second)), QStringLiteral("all"));
        m_preset->setToolTip(tr("The imported figures cover %1.").arg(ChartFactory::rangeText(m_measured->first, m_measured->second)));
    } else {
        m_preset->setToolTip(tr("Nothing imported yet."));
    }
    m_preset->insertSeparator(m_preset->count());
    bool campaigns = false;
    if (m_workspace) {
        for (const Campaign &c : CampaignRepository(m_workspace->connection()).all()) {
            if (c.startsOn.isValid() && c.endsOn.isValid()) {
                m_preset->addItem(tr("Campaign %1").arg(c.hashtag.isEmpty() ? c.name : c.hashtag), QVariantList{c.startsOn, c.endsOn});
                campaigns = true;
            }
        }
    }
    if (!campaigns) {
        // Say where campaigns come from instead of listing none.
        m_preset->addItem(tr("No campaigns yet: add one in Settings ▸ Workspace ▸ Campaigns"), QStringLiteral("no-campaigns"));
        if (auto *model = qobject_cast<QStandardItemModel *>(m_preset->model()))
            model->item(m_preset->count() - 1)->setEnabled(false);
    }
    m_preset->insertSeparator(m_preset->count());
    m_preset->addItem(tr("Custom"), 0);
    const int again = current.isValid() ? m_preset->findData(current) : -1;
    m_preset->setCurrentIndex(again >= 0 ? again : m_preset->findData(0));
}

void MeasurePage::applyPreset(int index)
{
    if (!m_workspace || index < 0)
        return;
    const QDate today = m_workspace->today();
    const QVariant data = m_preset->itemData(index);
    if (data.typeId() == QMetaType::QVariantList) {
        const QVariantList range = data.toList();
        setRange(range.at(0).toDate(), range.at(1).toDate());
        return;
    }
    if (data.typeId() == QMetaType::QString) {
        if (!m_measured)
            return;
        if (data.toString() == QLatin1String("latest"))
            setRange(std::max(m_measured->first, m_measured->second.addDays(-27)), m_measured->second);
        else if (data.toString() == QLatin1String("all"))
            setRange(m_measured->first, m_measured->second);
        return;
    }
    const int days = data.toInt();
    if (days > 0)
        setRange(today.addDays(1 - days), today);
    else if (days == -1)
        setRange(QDate(today.year(), today.month(), 1), today);
    else if (days == -2) {
        const QDate first = QDate(today.year(), today.month(), 1).addMonths(-1);
        setRange(first, first.addMonths(1).addDays(-1));
    }
}

void MeasurePage::setRange(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid())
        return;
    if (to < from)
        std::swap(from, to);
    m_from = from;
    m_to = to;
    m_updating = true;
    m_fromEdit->setDate(from);
    m_toEdit->setDate(to);
    m_updating = false;
    updateComparison();
    reload();
}

void MeasurePage::setComparison(Comparison comparison)
{
    m_comparison = comparison;
    m_compare->setCurrentIndex(m_compare->findData(int(comparison)));
    updateComparison();
    reload();
}

void MeasurePage::updateComparison()
{
    switch (m_comparison) {
    case Comparison::PreviousPeriod: {
        const DateRange previous = ComparisonPeriod::previous(m_from, m_to);
        m_compareFrom = previous.from;
        m_compareTo = previous.to;
        break;
    }
    case Comparison::PreviousYear: {
        const DateRange before = ComparisonPeriod::yearBefore(m_from, m_to);
        m_compareFrom = before.from;
        m_compareTo = before.to;
        break;
    }
    case Comparison::None:
        m_compareFrom = m_compareTo = QDate();
        break;
    }
    m_compareLabel->setText(m_compareFrom.isValid() ? ChartFactory::rangeText(m_compareFrom, m_compareTo) : QString());
}

void MeasurePage::setTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void MeasurePage::reload()
{
    if (!m_workspace || !m_from.isValid())
        return;
    try {
        // Nothing imported yet: say what to do instead of showing empty charts.
        if (!WorkspaceStatistics(m_workspace->connection()).hasMeasurements()) {
            m_empty->setTitle(tr("Nothing measured yet"));
            m_empty->setText(tr("Drop a platform export here (X, Meta Business Suite, YouTube, LinkedIn, Google Analytics, Matomo or a "
                                "listening tool) and its figures appear in these views."));
            m_stack->setCurrentWidget(m_empty);
            return;
        }
        m_stack->setCurrentIndex(1);
        const AnalyticsRepository analytics(m_workspace->connection(), m_workspace->timeZone());
        m_stats = analytics.periodStats(m_from, m_to);
        m_previous = m_compareFrom.isValid() ? analytics.periodStats(m_compareFrom, m_compareTo) : PeriodStats();
        // Filters of the per-post view, keeping the choice. Its table is filled when it is shown.
        QHash<qint64, QString> &seriesNames = m_seriesNames, &pillarNames = m_pillarNames;
        seriesNames.clear();
        pillarNames.clear();
        for (const Series &s : SeriesRepository(m_workspace->connection()).all())
            seriesNames.insert(s.id, s.name);
        for (const Pillar &p : PillarRepository(m_workspace->connection()).all())
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
            channels.append({Platforms::key(p), Platforms::displayName(p)});
        for (auto it = seriesNames.cbegin(); it != seriesNames.cend(); ++it)
            series.append({it.key(), it.value()});
        for (auto it = pillarNames.cbegin(); it != pillarNames.cend(); ++it)
            pillars.append({it.key(), it.value()});
        for (const Campaign &c : CampaignRepository(m_workspace->connection()).all())
            campaigns.append({c.id, c.name});
        std::sort(series.begin(), series.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
        std::sort(pillars.begin(), pillars.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
        refill(m_channelFilter, tr("All channels"), channels);
        refill(m_seriesFilter, tr("All series"), series);
        refill(m_pillarFilter, tr("All pillars"), pillars);
        refill(m_campaignFilter, tr("All campaigns"), campaigns);
    } catch (const DatabaseError &error) {
        Q_EMIT message(2, tr("The figures could not be read: %1").arg(error.message()));
        return;
    }
    refreshTiles();
    for (int i = 0; i < m_tabs->count(); ++i)
        m_stale.insert(i, true);
    refreshCharts();
}

void MeasurePage::refreshTiles()
{
    const bool comparing = m_compareFrom.isValid();
    for (Platform platform : Platforms::measured()) {
        for (const Metric &m : ChannelMetrics) {
            const QString metric = QString::fromLatin1(m.key);
            KpiTile *tile = m_tiles.value(tileKey(Platforms::key(platform), metric));
            tile->setValue(ReportBuilder::channelValue(m_stats, platform, metric), m.format, ReportBuilder::channelValue(m_previous, platform, metric), comparing);
        }
    }
    auto web = [](const PeriodStats &s, const QString &key) -> std::optional<double> {
        if (key == QLatin1String("sessions"))
            return s.web.site.sessions;
        if (key == QLatin1String("users"))
            return s.web.site.users;
        if (key == QLatin1String("avg_session_seconds"))
            return s.web.site.avgSessionSeconds;
        if (key == QLatin1String("bounce_rate"))
            return s.web.site.bounceRate;
        return s.web.site.exitRate;
    };
    const QList<QPair<QString, KpiTile::Format>> site = {{QStringLiteral("sessions"), KpiTile::Format::Count},
                                                         {QStringLiteral("users"), KpiTile::Format::Count},
                                                         {QStringLiteral("avg_session_seconds"), KpiTile::Format::Duration},
                                                         {QStringLiteral("bounce_rate"), KpiTile::Format::Percent},
                                                         {QStringLiteral("exit_rate"), KpiTile::Format::Percent}};
    for (const auto &[key, format] : site)
        m_tiles.value(tileKey(QStringLiteral("web"), key))->setValue(web(m_stats, key), format, web(m_previous, key), comparing);

    auto instagram = [](const PeriodStats &s, const QString &key) -> std::optional<double> {
        if (key == QLatin1String("avg_session_seconds"))
        {
            const auto web = s.web.byChannel.constFind(Platform::Instagram);
            return web == s.web.byChannel.cend() ? std::nullopt : web->avgSessionSeconds;
        }
        if (key == QLatin1String("site_avg_session_seconds"))
            return s.web.site.avgSessionSeconds;
        return ReportBuilder::channelValue(s, Platform::Instagram, key);
    };
    const QList<QPair<QString, KpiTile::Format>> ig = {{QStringLiteral("followers_per_day"), KpiTile::Format::PerDay},
                                                       {QStringLiteral("story_views"), KpiTile::Format::Count},
                                                       {QStringLiteral("interactions"), KpiTile::Format::Count},
                                                       {QStringLiteral("sessions"), KpiTile::Format::Count},
                                                       {QStringLiteral("avg_session_seconds"), KpiTile::Format::Duration},
                                                       {QStringLiteral("site_avg_session_seconds"), KpiTile::Format::Duration}};
    for (const auto &[key, format] : ig)
        m_tiles.value(tileKey(QStringLiteral("instagram-web"), key))->setValue(instagram(m_stats, key), format, instagram(m_previous, key), comparing);
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
    if (!m_postsLoaded && (all || m_tabs->currentIndex() == int(Tab::Posts))) {
        try {
            const AnalyticsRepository analytics(m_workspace->connection(), m_workspace->timeZone());
            m_posts->setPosts(analytics.posts(m_from, m_to), m_workspace->timeZone(), m_seriesNames, m_pillarNames);
            m_postsLoaded = true;
            for (int column : {int(PostMetricsModel::SeriesColumn), int(PostMetricsModel::PillarColumn)}) {
                m_postsTable->resizeColumnToContents(column);
                m_postsTable->setColumnWidth(column, qMin(m_postsTable->columnWidth(column), fontMetrics().averageCharWidth() * 16));
            }
        } catch (const DatabaseError &error) {
            Q_EMIT message(2, tr("The figures could not be read: %1").arg(error.message()));
        }
    }
    if (!m_timingLoaded && (all || m_tabs->currentIndex() == int(Tab::Timing))) {
        try {
            const AnalyticsRepository analytics(m_workspace->connection(), m_workspace->timeZone());
            m_timing->setCells(BestTimes::cells(analytics, m_from, m_to, m_workspace->timeZone()), QString::fromUtf8(m_workspace->timeZone().id()));
            m_timingLoaded = true;
        } catch (const DatabaseError &error) {
            Q_EMIT message(2, tr("The figures could not be read: %1").arg(error.message()));
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
    m_postsFilter->setPlatforms(channel.isEmpty() ? QSet<Platform>() : QSet<Platform>{Platforms::fromKey(channel).value_or(Platform::Other)});
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
    PlatformPostRepository repository(m_workspace->connection());
    const auto post = repository.find(id);
    if (!post)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Post on %1").arg(Platforms::displayName(Platforms::fromKey(index.data(PostMetricsModel::PlatformRole).toString()).value_or(Platform::Other))));
    auto *text = new QTextBrowser(&dialog);
    text->setOpenExternalLinks(true);
    QString html = QStringLiteral("<p>%1</p>").arg(post->text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    html += QStringLiteral("<p>%1</p>").arg(tr("Published %1").arg(QLocale().toString(post->publishedAt.toTimeZone(m_workspace->timeZone()), QLocale::LongFormat)).toHtmlEscaped());
    if (!post->permalink.isEmpty())
        html += QStringLiteral("<p><a href=\"%1\">%2</a></p>").arg(post->permalink.toHtmlEscaped(), tr("Open on the platform"));
    text->setHtml(html);
    text->setMaximumHeight(fontMetrics().height() * 8);
    // Every export that saw the post: its figures then, and the file they came from.
    const auto history = repository.history(id);
    const QList<QPair<PostMetric, QString>> columns = {{PostMetric::Impressions, tr("Impressions")}, {PostMetric::Views, tr("Views")},
                                                       {PostMetric::Likes, tr("Likes")},             {PostMetric::Comments, tr("Comments")},
                                                       {PostMetric::Shares, tr("Shares")},           {PostMetric::Saves, tr("Saves")}};
    auto *table = new QTableWidget(int(history.size()), int(columns.size()) + 2, &dialog);
    QStringList headers{tr("Captured"), tr("Source file")};
    for (const auto &c : columns)
        headers.append(c.second);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    ImportBatchRepository batches(m_workspace->connection());
    for (int row = 0; row < history.size(); ++row) {
        const auto &record = history.at(row);
        const auto batch = batches.find(record.batchId);
        table->setItem(row, 0, new QTableWidgetItem(QLocale().toString(record.capturedAt.toTimeZone(m_workspace->timeZone()), QLocale::ShortFormat)
                                                    + (record.isCurrent ? tr(" (current)") : QString())));
        table->setItem(row, 1, new QTableWidgetItem(batch ? tr("%1, line %2").arg(batch->fileName).arg(record.sourceLine) : QString()));
        for (int c = 0; c < columns.size(); ++c) {
            const auto v = record.snapshot.value(columns.at(c).first);
            auto *item = new QTableWidgetItem(v ? QLocale().toString(*v, 'f', 0) : QString());
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(row, c + 2, item);
        }
    }
    table->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(new QLabel(tr("Metric history"), &dialog));
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    dialog.resize(760, 480);
    dialog.exec();
}

void MeasurePage::present()
{
    // F5 again (or from the window while presenting) ends the presentation.
    if (m_presentation && m_presentation->isVisible()) {
        m_presentation->close();
        return;
    }
    if (!m_workspace)
        return;
    ChartRequest request;
    request.from = m_from;
    request.to = m_to;
    request.compareFrom = m_compareFrom;
    request.compareTo = m_compareTo;
    request.lastCompleteDay = m_workspace->today().addDays(-1);
    request.stats = &m_stats;
    request.previousStats = m_compareFrom.isValid() ? &m_previous : nullptr;
    const int tab = m_tabs->currentIndex();
    QWidget *first = nullptr;
    // The view being shown: its charts, after the figures on the Overview (the meeting's
    // deck) and on Instagram & Web.
    if (tab == int(Tab::Overview))
        first = new FiguresSlide(overviewHeading(), periodText(), overviewColumns(), overviewRows());
    else if (tab == int(Tab::InstagramWeb))
        first = new FiguresSlide(tr("Instagram and the website"), periodText(), {}, {instagramWebRow()});
    const QStringList charts = chartsOfTab(tab);
    auto *window = new PresentationWindow(ChartFactory(m_workspace->connection(), m_workspace->timeZone()), request, charts, first, this);
    m_presentation = window;
    window->showFullScreen();
    window->setFocus();
}

PresentationWindow *MeasurePage::presentation() const
{
    return m_presentation;
}

QString MeasurePage::periodText() const
{
    const QString range = ChartFactory::rangeText(m_from, m_to);
    return m_compareFrom.isValid() ? tr("%1 against %2").arg(range, ChartFactory::rangeText(m_compareFrom, m_compareTo)) : range;
}

QString MeasurePage::overviewHeading() const
{
    // A campaign's figures say whose they are.
    if (m_preset->currentData().typeId() == QMetaType::QVariantList)
        return tr("%1: figures per channel").arg(m_preset->currentText());
    return tr("Figures per channel");
}

QStringList MeasurePage::overviewColumns() const
{
    QStringList columns;
    for (const Metric &m : ChannelMetrics)
        columns.append(tr(m.title));
    return columns;
}

QList<FiguresSlide::Row> MeasurePage::overviewRows() const
{
    // The channels that have a figure in the range (or the one before), then the website.
    QList<FiguresSlide::Row> rows;
    auto add = [&rows](FiguresSlide::Row row) {
        for (const KpiTile::Figure &f : std::as_const(row.figures)) {
            if (f.hasValue || !f.previous.isEmpty()) {
                rows.append(row);
                return;
            }
        }
    };
    for (Platform platform : Platforms::measured()) {
        FiguresSlide::Row row;
        row.name = Platforms::displayName(platform);
        for (const Metric &m : ChannelMetrics)
            row.figures.append(m_tiles.value(tileKey(Platforms::key(platform), QString::fromLatin1(m.key)))->figure());
        add(row);
    }
    FiguresSlide::Row web;
    web.name = tr("Website");
    for (const char *key : {"sessions", "users", "avg_session_seconds", "bounce_rate", "exit_rate"}) {
        const KpiTile::Figure figure = m_tiles.value(tileKey(QStringLiteral("web"), QString::fromLatin1(key)))->figure();
        web.figures.append(figure);
        web.titles.append(figure.title);
    }
    add(web);
    return rows;
}

FiguresSlide::Row MeasurePage::instagramWebRow() const
{
    FiguresSlide::Row row;
    for (const char *key : {"followers_per_day", "story_views", "interactions", "sessions", "avg_session_seconds", "site_avg_session_seconds"}) {
        const KpiTile::Figure figure = m_tiles.value(tileKey(QStringLiteral("instagram-web"), QString::fromLatin1(key)))->figure();
        row.figures.append(figure);
        row.titles.append(figure.title);
    }
    return row;
}

QList<ChartPanel *> MeasurePage::shownCharts() const
{
    QList<ChartPanel *> shown;
    if (!m_workspace || m_stack->currentIndex() != 1)
        return shown;
    const QStringList names = chartsOfTab(m_tabs->currentIndex());
    for (ChartPanel *panel : m_panels) {
        if (names.contains(panel->name()))
            shown.append(panel);
    }
    return shown;
}

void MeasurePage::updateExportChartAction()
{
    m_exportChartAction->setEnabled(isVisible() && !shownCharts().isEmpty());
}

void MeasurePage::exportChart()
{
    const QList<ChartPanel *> charts = shownCharts();
    if (charts.isEmpty())
        return;
    ChartPanel *chosen = charts.first();
    if (charts.size() > 1) {
        // A short list, in the order of the page; Enter exports the highlighted one.
        QStringList titles;
        for (ChartPanel *panel : charts)
            titles.append(ChartFactory::titleOf(panel->view()->chart()).isEmpty() ? ChartFactory::displayName(panel->name())
                                                                                : ChartFactory::titleOf(panel->view()->chart()));
        QInputDialog dialog(this);
        dialog.setObjectName(QStringLiteral("chooseChartDialog"));
        dialog.setWindowTitle(tr("Export Chart"));
        dialog.setLabelText(tr("&Chart to export:"));
        dialog.setComboBoxItems(titles);
        dialog.setOption(QInputDialog::UseListViewForComboBoxItems);
        dialog.setOkButtonText(tr("&Export…"));
        if (dialog.exec() != QDialog::Accepted)
            return;
        const int index = int(titles.indexOf(dialog.textValue()));
        if (index < 0)
            return;
        chosen = charts.at(index);
    }
    chosen->exportWithDialog();
}

QStringList MeasurePage::screenshotViews() const
{
    return {QStringLiteral("measure-overview"), QStringLiteral("measure-posts"),         QStringLiteral("measure-series"),
            QStringLiteral("measure-mentions"), QStringLiteral("measure-instagram-web"), QStringLiteral("measure-timing"),
            QStringLiteral("measure-present-figures"), QStringLiteral("measure-present-chart"), QStringLiteral("measure-export-dialog")};
}

void MeasurePage::showScreenshotView(const QString &name)
{
    // What the previous view opened closes first.
    if (m_presentation)
        m_presentation->close();
    m_presentation = nullptr;
    if (m_screenshotDialog)
        m_screenshotDialog->deleteLater();
    m_screenshotWidget = nullptr;
    if (!m_workspace || name.isEmpty())
        return;
    // The story of the demo: the #WhatsUpLHC campaign against the weeks before it.
    const int campaign = m_preset->findText(QStringLiteral("#WhatsUpLHC"), Qt::MatchContains);
    if (campaign >= 0 && m_preset->currentIndex() != campaign) {
        m_preset->setCurrentIndex(campaign);
        applyPreset(campaign);
    }
    if (name.startsWith(QLatin1String("measure-present-"))) {
        // F5 on the Overview, on a 1600×900 screen: the figures, then the first chart.
        setTab(Tab::Overview);
        present();
        m_presentation->showNormal();
        m_presentation->resize(ChartStyle::SlideSize);
        if (name == QLatin1String("measure-present-chart"))
            m_presentation->showSlide(1);
        m_screenshotWidget = m_presentation;
        return;
    }
    if (name == QLatin1String("measure-export-dialog")) {
        setTab(Tab::Overview);
        if (const QList<ChartPanel *> charts = shownCharts(); !charts.isEmpty()) {
            m_screenshotDialog = new ChartExportDialog(charts.first()->view()->chart(), this);
            m_screenshotDialog->setAttribute(Qt::WA_DeleteOnClose);
            m_screenshotDialog->show();
            m_screenshotWidget = m_screenshotDialog;
        }
        return;
    }
    const QStringList views = screenshotViews();
    setTab(Tab(views.indexOf(name)));
}

QWidget *MeasurePage::screenshotWidget() const
{
    return m_screenshotWidget;
}

KpiTile *MeasurePage::tile(const QString &channel, const QString &metric) const
{
    return m_tiles.value(tileKey(channel, metric));
}

} // namespace Beamline
