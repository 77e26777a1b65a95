// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QSize>
#include <QString>

class QChart;

namespace Beamline {

// The type of the charts, in one place. On screen a chart uses the desktop's sizes (in
// points, like the rest of the window). A chart that leaves the window — presented full
// screen, exported to PNG, SVG or PDF, copied to the clipboard, drawn on a report's page —
// gets type sized for the room it is drawn in, so that it reads across a meeting room: at
// 1600×900 pixels titles are 32 px, the line under the title, the legend, axis titles,
// value and pie labels 20 px, axis labels and event markers 18 px. At other sizes the type
// follows in proportion (the smaller of width ÷ 1600 and height ÷ 900), and never falls
// below the on-screen size.
//
// Drawing a chart of ChartFactory into a box of a page, say 1200×675 units:
//     std::unique_ptr<QChart> chart(factory.create(request));
//     ChartExporter::paint(chart.get(), painter, QSize(1200, 675)); // applies the style itself
// or, to lay the chart out in a view of one's own: ChartStyle::apply(chart, viewSize).
class ChartStyle final
{
public:
    enum class Role {
        Title, // the chart's title
        Subtitle, // the line under it: range and source
        Legend,
        AxisLabels, // tick labels
        AxisTitle,
        ValueLabels, // figures written on bars and points (ValueLabels)
        SliceLabels, // a pie's labels
        EventMarkers, // the labels of event markers on time axes
    };

    // The size the slide sizes are given for.
    static constexpr QSize SlideSize { 1600, 900 };

    // How much larger than at 1600×900 the type of a chart drawn at `size` is (0.5 at
    // 800×450, 2.4 at 3840×2160); 0 for an invalid size (on screen).
    static qreal scale(QSize size);
    // The type of `role` in pixels for a chart drawn at `size`; for an invalid size the
    // on-screen size at 96 dpi.
    static int pixelSize(Role role, QSize size);
    // Gives `font` the size of `role` for a chart drawn at `size` (an invalid size: the
    // on-screen size, in points), keeping its family and weight.
    static void setSize(QFont &font, Role role, QSize size = QSize());
    // A CSS font-size ("9pt", "20px") for rich text in a chart's title.
    static QString cssSize(Role role, QSize size = QSize());

    // Restyles every text of `chart` for a drawing of `size` pixels (an invalid size: back
    // to the on-screen type): title and the line under it, legend, axes' labels and titles,
    // value labels, pie labels, event markers; margins grow with the type. Applying it
    // again with another size replaces the sizes (they do not compound). Null is ignored.
    static void apply(QChart *chart, QSize size = QSize());
    // The size `chart` was last styled for; invalid when on-screen (or never styled).
    static QSize styledSize(const QChart *chart);
};

} // namespace Beamline
