// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartstyle.h"

#include "markerlabels.h"
#include "valuelabels.h"

#include <QAbstractAxis>
#include <QChart>
#include <QGraphicsLayout>
#include <QLegend>
#include <QPieSeries>
#include <QPieSlice>
#include <QRegularExpression>
#include <QXYSeries>

#include <algorithm>
#include <cmath>

namespace Beamline {

namespace {

struct Sizes {
    qreal screenPoints; // on screen, as the window's own type
    int slidePixels; // at 1600×900
};

Sizes sizesOf(ChartStyle::Role role)
{
    switch (role) {
    case ChartStyle::Role::Title:
        return { 11, 32 };
    case ChartStyle::Role::Subtitle:
        return { 9, 20 };
    case ChartStyle::Role::Legend:
        return { 9, 20 };
    case ChartStyle::Role::AxisLabels:
        return { 8.5, 18 };
    case ChartStyle::Role::AxisTitle:
        return { 9, 20 };
    case ChartStyle::Role::ValueLabels:
        return { 8.5, 20 };
    case ChartStyle::Role::SliceLabels:
        return { 8.5, 20 };
    case ChartStyle::Role::EventMarkers:
        return { 8, 18 };
    }
    return { 9, 20 };
}

const char *const StyledSizeProperty = "beamlineStyledSize";

} // namespace

qreal ChartStyle::scale(QSize size)
{
    if (!size.isValid() || size.isEmpty())
        return 0;
    return std::min(qreal(size.width()) / SlideSize.width(), qreal(size.height()) / SlideSize.height());
}

int ChartStyle::pixelSize(Role role, QSize size)
{
    const Sizes sizes = sizesOf(role);
    // Points at 96 dpi, the resolution the exports are drawn at.
    const qreal screen = sizes.screenPoints * 96.0 / 72.0;
    return int(std::ceil(std::max(screen, sizes.slidePixels * scale(size)) - 1e-9));
}

void ChartStyle::setSize(QFont &font, Role role, QSize size)
{
    if (scale(size) > 0)
        font.setPixelSize(pixelSize(role, size));
    else
        font.setPointSizeF(sizesOf(role).screenPoints);
}

QString ChartStyle::cssSize(Role role, QSize size)
{
    return scale(size) > 0 ? QStringLiteral("%1px").arg(pixelSize(role, size))
                           : QStringLiteral("%1pt").arg(sizesOf(role).screenPoints);
}

void ChartStyle::apply(QChart *chart, QSize size)
{
    if (!chart)
        return;
    if (scale(size) <= 0)
        size = QSize();
    chart->setProperty(StyledSizeProperty, size);

    QFont title = chart->titleFont();
    setSize(title, Role::Title, size);
    chart->setTitleFont(title);
    // The line under the title is rich text with its own size.
    static const QRegularExpression inlineSize(QStringLiteral("font-size:\\s*[0-9.]+(pt|px)"));
    QString text = chart->title();
    text.replace(inlineSize, QStringLiteral("font-size:") + cssSize(Role::Subtitle, size));
    if (text != chart->title())
        chart->setTitle(text);

    QFont legend = chart->legend()->font();
    setSize(legend, Role::Legend, size);
    chart->legend()->setFont(legend);

    for (QAbstractAxis *axis : chart->axes()) {
        QFont labels = axis->labelsFont();
        setSize(labels, Role::AxisLabels, size);
        axis->setLabelsFont(labels);
        QFont axisTitle = axis->titleFont();
        setSize(axisTitle, Role::AxisTitle, size);
        axis->setTitleFont(axisTitle);
    }
    for (QAbstractSeries *series : chart->series()) {
        if (auto *pie = qobject_cast<QPieSeries *>(series)) {
            for (QPieSlice *slice : pie->slices()) {
                QFont f = slice->labelFont();
                setSize(f, Role::SliceLabels, size);
                slice->setLabelFont(f);
            }
        } else if (auto *xy = qobject_cast<QXYSeries *>(series); xy && xy->pointLabelsVisible()) {
            QFont f = xy->pointLabelsFont();
            setSize(f, Role::EventMarkers, size);
            xy->setPointLabelsFont(f);
        }
    }
    for (ValueLabels *labels : chart->findChildren<ValueLabels *>(QString(), Qt::FindDirectChildrenOnly)) {
        QFont f = labels->font();
        setSize(f, Role::ValueLabels, size);
        labels->setFont(f);
    }
    const int margin = std::max(6, int(std::lround(16 * scale(size))));
    chart->setMargins(QMargins(margin, margin, margin, margin));
    // Lay the chart out again now, for a drawing that follows at once.
    if (chart->layout()) {
        chart->layout()->invalidate();
        chart->layout()->activate();
    }
    // Event markers' labels follow the type and the plot from now on.
    MarkerLabels::relayout(chart);
}

QSize ChartStyle::styledSize(const QChart *chart)
{
    return chart ? chart->property(StyledSizeProperty).toSize() : QSize();
}

} // namespace Beamline
