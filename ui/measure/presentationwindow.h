// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ui/charts/chartfactory.h>

#include <QWidget>

class QChartView;
class QLabel;

namespace Beamline {

// Full-screen presentation of a view's charts, one at a time, in large type. Right, Space
// or Page Down: next; Left or Page Up: previous; Home/End: first/last; Escape: leave.
class PresentationWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresentationWindow)

public:
    PresentationWindow(ChartFactory factory, ChartRequest request, QStringList charts, QWidget *parent = nullptr);

    int current() const { return m_current; }
    int count() const { return int(m_charts.size()); }
    void showChart(int index);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    ChartFactory m_factory;
    ChartRequest m_request;
    QStringList m_charts;
    int m_current = -1;
    QChartView *m_view;
    QLabel *m_footer;
};

} // namespace Beamline
