// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspacepage.h"

#include <core/analytics/periodstats.h>
#include <core/domain/entities.h>
#include <ui/measure/figuresslide.h>
#include <ui/measure/measuretiles.h>

#include <QDate>
#include <QHash>
#include <QPointer>

#include <optional>
#include <utility>

class QAction;
class QComboBox;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace Beamline {

class DeferredReload;
struct ServiceError;

class ChartPanel;
class DateField;
class EmptyState;
class KpiTile;
class PresentationWindow;
class PostMetricsFilterModel;
class PostMetricsModel;
class TimingView;

// The impact dashboards: a range with presets and a comparison period, then Overview
// (figures per channel with their change), per-post engagement (chart and table),
// series and pillars, mentions, and Instagram against the website. Charts copy, export
// and present full screen.
class MeasurePage final : public WorkspacePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeasurePage)

public:
    enum class Comparison { PreviousPeriod, PreviousYear, None };
    enum class Tab { Overview, Posts, SeriesAndPillars, Mentions, InstagramWeb, Timing };

    explicit MeasurePage(QWidget *parent = nullptr);
    ~MeasurePage() override;

    void setWorkspace(Workspace *workspace, QUndoStack *undoStack) override;
    QStringList screenshotViews() const override;
    void showScreenshotView(const QString &name) override;
    QWidget *screenshotWidget() const override;

    void setRange(QDate from, QDate to);
    void setComparison(Comparison comparison);
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    QDate compareFrom() const { return m_compareFrom; }
    QDate compareTo() const { return m_compareTo; }
    void setTab(Tab tab);

    // For tests: the Overview tile of a channel ("x"... or "web") and a metric key.
    KpiTile *tile(const QString &channel, const QString &metric) const;
    const PeriodStats &stats() const { return m_stats; }
    const PeriodStats &previousStats() const { return m_previous; }
    PostMetricsFilterModel *postsModel() const { return m_postsFilter; }
    QList<ChartPanel *> chartPanels() const { return m_panels; }
    QAction *presentAction() const { return m_presentAction; }
    // View ▸ Export Chart…: enabled while the page shows charts; with several, asks which.
    QAction *exportChartAction() const { return m_exportChartAction; }
    void exportChart();
    // The charts the current view shows (none while the page is empty).
    QList<ChartPanel *> shownCharts() const;
    // The presentation under way (F5), or null.
    PresentationWindow *presentation() const;

Q_SIGNALS:
    void message(int kind, const QString &text);
    // The empty page's Import Exports button.
    void importRequested();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QHBoxLayout *buildRangeBar();
    // The views, with `corner` beside their tabs.
    void buildTabs(QWidget *corner);
    void buildOverview(QWidget *page);
    void buildPosts(QWidget *page);
    void buildInstagramWeb(QWidget *page);
    ChartPanel *addPanel(const QString &name);
    void reload();
    void refillPostFilters(const QVector<Series> &seriesList, const QVector<Pillar> &pillarList,
                           const QVector<Campaign> &campaignList);
    // Says in the message bar that the figures could not be read.
    void readFailed(const ServiceError &error);
    void refreshCharts(bool all = false);
    void applyPreset(int index);
    void rebuildPresets();
    void openOnLatestData();
    // After a change of the workspace: keeps the range unless it misses the data.
    void reloadAfterChange();
    void updateComparison();
    void updatePostFilters();
    void showPostDetails(const QModelIndex &index);
    void present();
    void updateExportChartAction();
    // The first slide's heading and range.
    QString periodText() const;
    QString overviewHeading() const;
    QStringList chartsOfTab(int tab) const;

    QPointer<Workspace> m_workspace;
    QUndoStack *m_undoStack = nullptr;
    DeferredReload *m_changes = nullptr; // reloads after a change, once shown
    bool m_openPending = false; // the workspace was set while the page was hidden: read it once shown
    QDate m_from;
    QDate m_to;
    QDate m_compareFrom;
    QDate m_compareTo;
    Comparison m_comparison = Comparison::PreviousPeriod;
    PeriodStats m_stats;
    PeriodStats m_previous;
    bool m_updating = false;
    QHash<int, bool> m_stale; // tabs whose charts wait for a refresh
    bool m_postsLoaded = false; // the per-post table holds the current range
    bool m_timingLoaded = false; // the timing grid holds the current range
    QHash<qint64, QString> m_seriesNames;
    QHash<qint64, QString> m_pillarNames;
    std::optional<std::pair<QDate, QDate>> m_measured; // the days the imports cover

    EmptyState *m_empty;
    QAction *m_importAction = nullptr;
    QStackedWidget *m_stack;
    QComboBox *m_preset;
    DateField *m_fromEdit;
    DateField *m_toEdit;
    QComboBox *m_compare;
    QLabel *m_compareLabel;
    QTabWidget *m_tabs;
    MeasureTiles m_figures;
    QList<ChartPanel *> m_panels;
    PostMetricsModel *m_posts;
    PostMetricsFilterModel *m_postsFilter;
    QTableView *m_postsTable;
    QComboBox *m_channelFilter;
    QComboBox *m_seriesFilter;
    QComboBox *m_pillarFilter;
    QComboBox *m_campaignFilter;
    QAction *m_presentAction;
    QAction *m_exportChartAction;
    QPointer<PresentationWindow> m_presentation;
    QPointer<QWidget> m_screenshotDialog;
    QPointer<QWidget> m_screenshotWidget;
    TimingView *m_timing;
    QSplitter *m_overviewSplit = nullptr;
    QWidget *m_overviewTiles = nullptr;
    bool m_overviewSized = false;
};

} // namespace Beamline
