// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QChart;

namespace Beamline {

// Lays out the labels of a chart's event markers (ChartFactory's dashed lines with a label
// above, series marked with the "marker" property) by the chart's real geometry and type,
// each time its plot area changes or ChartStyle restyles it. ChartFactory places them when
// it builds the chart, before the chart has a size; at a slide's size the type grows faster
// than the plot, and close markers' labels ran into each other. Here a label goes on the
// lowest row where it clears the labels already placed, stays inside the plot at its ends,
// and, when every row is taken, is shortened with "…" to the room left (or left out; its
// line stays, and the full text is the line's name).
class MarkerLabels final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarkerLabels)

public:
    // Makes `chart`'s marker labels follow its geometry from now on (once per chart).
    static void follow(QChart *chart);
    // Lays them out now, for a chart about to be drawn.
    static void relayout(QChart *chart);

private:
    explicit MarkerLabels(QChart *chart);
    void relayout();

    QChart *m_chart;
    bool m_busy = false;
};

} // namespace Beamline
