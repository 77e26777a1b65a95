// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ui/charts/chartfactory.h>

#include <QWidget>

#include <functional>

class QChartView;
class QLabel;
class QUndoStack;

namespace Beamline {

class Workspace;
struct ChartTable;

// A chart of a Measure view with what meetings need: copy to the clipboard, export to
// PNG, SVG or PDF at a chosen size, the figures of a time chart as data (Copy Data,
// Export Data as CSV), and event markers on time axes (context menu).
class ChartPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartPanel)

public:
    explicit ChartPanel(const QString &name, QWidget *parent = nullptr);

    QString name() const { return m_name; }
    void setWorkspace(Workspace *workspace, QUndoStack *undoStack);
    // Draws the chart for this request (its name is the panel's).
    void refresh(ChartRequest request);
    ChartRequest request() const { return m_request; }
    QChartView *view() const { return m_view; }

    void copyToClipboard();
    void exportWithDialog();
    // The figures of a time chart, day by day: tab-separated to the clipboard (header row
    // with the series' names), or to a CSV file.
    void copyData();
    void exportData();
    ChartTable dataTable() const;
    // False when the range has no figures for this chart (the panel says so).
    bool hasData() const;

Q_SIGNALS:
    void message(int kind, const QString &text);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void addMarker();
    // Says on the page why a marker could not be written.
    std::function<void(const QString &)> markerErrorHandler();
    bool hasTimeAxis() const;

    QString m_name;
    QChartView *m_view;
    QLabel *m_noData;
    Workspace *m_workspace = nullptr;
    QUndoStack *m_undoStack = nullptr;
    ChartRequest m_request;
};

} // namespace Beamline
