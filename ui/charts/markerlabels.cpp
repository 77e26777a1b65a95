// SPDX-License-Identifier: GPL-3.0-or-later
#include "markerlabels.h"

#include <QChart>
#include <QColor>
#include <QFontMetricsF>
#include <QLineSeries>
#include <QScatterSeries>

#include <algorithm>
#include <cmath>

namespace Beamline {

namespace {

constexpr int Rows = 4;
constexpr qreal DotSize = 6;

// A marker: its dashed line (two points, the day at 0 and at the label's height) and the
// one-point series whose point label is the text.
struct Marker {
    QLineSeries *line = nullptr;
    QScatterSeries *label = nullptr;
};

QVector<Marker> markersOf(const QChart *chart)
{
    QVector<Marker> markers;
    QLineSeries *line = nullptr;
    for (QAbstractSeries *series : chart->series()) {
        if (!series->property("marker").toBool())
            continue;
        if (auto *scatter = qobject_cast<QScatterSeries *>(series)) {
            if (line && line->count() == 2 && scatter->count() == 1)
                markers.append({ line, scatter });
            line = nullptr;
        } else if (auto *l = qobject_cast<QLineSeries *>(series)) {
            line = l;
        }
    }
    std::stable_sort(markers.begin(), markers.end(),
                     [](const Marker &a, const Marker &b) { return a.line->at(0).x() < b.line->at(0).x(); });
    return markers;
}

// How far above its point Qt Charts draws a point label's baseline.
qreal labelOffset(const QScatterSeries *label)
{
    return label->markerSize() / 2 + label->pen().widthF();
}

} // namespace

MarkerLabels::MarkerLabels(QChart *chart)
    : QObject(chart)
    , m_chart(chart)
{
    setObjectName(QStringLiteral("markerLabels"));
    connect(chart, &QChart::plotAreaChanged, this, qOverload<>(&MarkerLabels::relayout));
}

void MarkerLabels::follow(QChart *chart)
{
    if (chart && !chart->findChild<MarkerLabels *>(QStringLiteral("markerLabels"), Qt::FindDirectChildrenOnly))
        new MarkerLabels(chart);
}

void MarkerLabels::relayout(QChart *chart)
{
    if (!chart)
        return;
    follow(chart);
    chart->findChild<MarkerLabels *>(QStringLiteral("markerLabels"), Qt::FindDirectChildrenOnly)->relayout();
}

void MarkerLabels::relayout()
{
    const QRectF plot = m_chart->plotArea();
    const QVector<Marker> markers = markersOf(m_chart);
    if (m_busy || markers.isEmpty() || plot.width() < 10 || plot.height() < 10)
        return;
    m_busy = true;
    QVector<qreal> rowEnds(Rows, plot.left() - 1e9);
    for (const Marker &m : markers) {
        const QString full = m.label->name(); // the text as stored; the shown one may be shortened
        const QFontMetricsF metrics(m.label->pointLabelsFont());
        const qreal gap = metrics.horizontalAdvance(QStringLiteral("  "));
        const qreal day = m_chart->mapToPosition(m.line->at(0), m.line).x();
        QString text = full;
        qreal width = metrics.horizontalAdvance(text);
        if (width > plot.width()) {
            text = metrics.elidedText(full, Qt::ElideRight, plot.width());
            width = metrics.horizontalAdvance(text);
        }
        // Centred over its line, kept inside the plot at the ends.
        qreal centre = std::clamp(day, plot.left() + width / 2, plot.right() - width / 2);
        int row = 0;
        while (row < Rows && rowEnds.at(row) + gap > centre - width / 2)
            ++row;
        if (row == Rows) {
            // Every row is taken here: the row that frees first, the text cut to what is left.
            row = int(std::min_element(rowEnds.cbegin(), rowEnds.cend()) - rowEnds.cbegin());
            const qreal left = rowEnds.at(row) + gap;
            text = metrics.elidedText(full, Qt::ElideRight, std::max<qreal>(0, plot.right() - left));
            width = metrics.horizontalAdvance(text);
            centre = left + width / 2;
            if (text.size() < 4) { // "…" or two letters say nothing: the line alone
                text.clear();
                width = 0;
            }
        }
        if (!text.isEmpty())
            rowEnds[row] = centre + width / 2;
        // Rows from the top of the plot, a line of type and a half apart.
        const qreal step = metrics.height() * 1.5;
        const qreal y = plot.top() + std::max(plot.height() * 0.1, metrics.height() + labelOffset(m.label)) + row * step;
        const QPointF at = m_chart->mapToValue(QPointF(centre, std::min(y, plot.bottom())), m.label);
        // The dashed line stops at the label's dot; the dot shows only where it is on its line.
        m.line->replace(1, QPointF(m.line->at(0).x(), at.y()));
        m.label->replace(0, at);
        m.label->setMarkerSize(DotSize);
        const bool onLine = std::abs(centre - day) < 0.5;
        const QColor colour = m.line->pen().color();
        m.label->setColor(onLine ? colour : QColor(Qt::transparent));
        m.label->setBorderColor(onLine ? colour : QColor(Qt::transparent));
        m.label->setPointLabelsFormat(text);
    }
    m_busy = false;
}

} // namespace Beamline
