// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ui/charts/chartfactory.h>

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QStackedWidget;

namespace Beamline {

// Full-screen presentation of a view, one slide at a time: a first slide of its own when
// given one (the Overview's figures), then its charts, each in type sized for the screen
// (ChartStyle). A chart with no figures in the range is left out. Right, Down, Space or
// Page Down: next; Left, Up, Backspace or Page Up: previous; Home/End: first/last;
// Escape, Q or F5: leave. A click moves on, a right click back.
class PresentationWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresentationWindow)

public:
    // `first` (may be null) becomes the first slide; the window takes it.
    PresentationWindow(ChartFactory factory, ChartRequest request, QStringList charts, QWidget *first = nullptr,
                       QWidget *parent = nullptr);

    int current() const { return m_current; }
    int count() const;
    void showSlide(int index);
    // The slide shown, and its chart when it is one (null on the first slide of its own).
    QWidget *currentSlide() const;
    QChart *currentChart() const;
    // The names of the charts shown, in order (those with figures).
    QStringList charts() const { return m_charts; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void restyleChart();

    QStringList m_charts;
    int m_current = -1;
    bool m_hasFirst = false;
    QStackedWidget *m_slides;
    QLabel *m_footer;
};

} // namespace Beamline
