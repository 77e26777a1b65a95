// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QObject>

#include <functional>

class QAbstractBarSeries;
class QChart;
class QGraphicsSimpleTextItem;
class QXYSeries;

namespace Beamline {

// Values written on a chart's bars or points in our own number format (the locale's, with
// separators, the same decimals on every label, m:ss for durations). Qt Charts' own labels
// print values with %g (46 beside 46.4, 232.1 beside 1022) and leave a white label outside
// a short bar. A label sits inside the end of its bar, in a colour that reads on the bar,
// or just past the end when the bar is too short; a point's label sits above it, clear of
// any line. The labels follow the chart when it is resized or exported at another size.
class ValueLabels final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ValueLabels)

public:
    using Format = std::function<QString(double)>;
    enum class Bars { Each, StackTotal };

    // Labels every bar of `series` (vertical or horizontal, grouped or stacked); for a
    // stacked series either each segment that has room, or the stack's total at its end.
    // `outside` is the text colour past a bar's end (the chart's text colour).
    static void addTo(QChart *chart, QAbstractBarSeries *series, Format format, const QFont &font, const QColor &outside,
                      Bars bars = Bars::Each);
    // Labels every point of `series` above it, in `color`.
    static void addTo(QChart *chart, QXYSeries *series, Format format, const QFont &font, const QColor &color);

    // The texts shown, for tests.
    static QStringList texts(QChart *chart);

    // The labels' type; a new one lays them out again (ChartStyle sizes it for a slide).
    QFont font() const { return m_font; }
    void setFont(const QFont &font);

private:
    ValueLabels(QChart *chart, QObject *series, Format format, const QFont &font, const QColor &color, Bars bars);
    void relayout();

    QChart *m_chart;
    QObject *m_series;
    Format m_format;
    QFont m_font;
    QColor m_color;
    Bars m_bars;
    QList<QGraphicsSimpleTextItem *> m_items;
};

} // namespace Beamline
