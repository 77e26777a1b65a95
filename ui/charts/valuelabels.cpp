// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuelabels.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QHorizontalPercentBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QPercentBarSeries>
#include <QStackedBarSeries>
#include <QXYSeries>

namespace Beamline {

namespace {

// Black or white, whichever reads on the colour.
QColor textOn(const QColor &fill)
{
    const double luminance = 0.299 * fill.red() + 0.587 * fill.green() + 0.114 * fill.blue();
    return luminance > 150 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace

ValueLabels::ValueLabels(QChart *chart, QObject *series, Format format, const QFont &font, const QColor &color, Bars bars)
    : QObject(chart)
    , m_chart(chart)
    , m_series(series)
    , m_format(std::move(format))
    , m_font(font)
    , m_color(color)
    , m_bars(bars)
{
    setObjectName(QStringLiteral("valueLabels"));
    connect(chart, &QChart::plotAreaChanged, this, &ValueLabels::relayout);
    connect(series, &QObject::destroyed, this, [this] {
        m_series = nullptr;
        qDeleteAll(m_items);
        m_items.clear();
    });
    relayout();
}

void ValueLabels::addTo(QChart *chart, QAbstractBarSeries *series, Format format, const QFont &font, const QColor &outside, Bars bars)
{
    new ValueLabels(chart, series, std::move(format), font, outside, bars);
}

void ValueLabels::addTo(QChart *chart, QXYSeries *series, Format format, const QFont &font, const QColor &color)
{
    new ValueLabels(chart, series, std::move(format), font, color, Bars::Each);
}

void ValueLabels::setFont(const QFont &font)
{
    if (font == m_font)
        return;
    m_font = font;
    relayout();
}

QStringList ValueLabels::texts(QChart *chart)
{
    QStringList all;
    for (ValueLabels *labels : chart->findChildren<ValueLabels *>(QStringLiteral("valueLabels"), Qt::FindDirectChildrenOnly)) {
        for (QGraphicsSimpleTextItem *item : std::as_const(labels->m_items))
            all.append(item->text());
    }
    return all;
}

void ValueLabels::relayout()
{
    qDeleteAll(m_items);
    m_items.clear();
    if (!m_series || !m_chart->plotArea().isValid())
        return;
    const QFontMetricsF metrics(m_font);
    auto place = [&](const QString &text, const QPointF &topLeft, const QColor &color) {
        auto *item = new QGraphicsSimpleTextItem(text, m_chart);
        item->setFont(m_font);
        item->setBrush(color);
        item->setPos(topLeft);
        item->setZValue(100);
        m_items.append(item);
    };

    if (auto *xy = qobject_cast<QXYSeries *>(m_series)) {
        for (const QPointF &p : xy->points()) {
            const QString text = m_format(p.y());
            const QPointF at = m_chart->mapToPosition(p, xy);
            place(text, QPointF(at.x() - metrics.horizontalAdvance(text) / 2, at.y() - metrics.height() - 6), m_color);
        }
        return;
    }

    auto *bars = qobject_cast<QAbstractBarSeries *>(m_series);
    if (!bars)
        return;
    const bool horizontal = qobject_cast<QHorizontalBarSeries *>(bars) || qobject_cast<QHorizontalStackedBarSeries *>(bars)
        || qobject_cast<QHorizontalPercentBarSeries *>(bars);
    const bool stacked = qobject_cast<QStackedBarSeries *>(bars) || qobject_cast<QHorizontalStackedBarSeries *>(bars)
        || qobject_cast<QPercentBarSeries *>(bars) || qobject_cast<QHorizontalPercentBarSeries *>(bars);
    const QList<QBarSet *> sets = bars->barSets();
    if (sets.isEmpty())
        return;
    const qreal width = bars->barWidth();
    int categories = 0;
    for (QBarSet *set : sets)
        categories = qMax(categories, int(set->count()));
    // A point of the plot from a (category, value) pair, whichever way the bars run.
    auto point = [&](qreal category, qreal value) {
        return m_chart->mapToPosition(horizontal ? QPointF(value, category) : QPointF(category, value), bars);
    };
    for (int c = 0; c < categories; ++c) {
        qreal base = 0;
        // The stack's outer segment: the last one with a value.
        int outer = int(sets.size()) - 1;
        while (stacked && outer > 0 && (c >= sets.at(outer)->count() || sets.at(outer)->at(c) == 0))
            --outer;
        for (int i = 0; i < sets.size(); ++i) {
            QBarSet *set = sets.at(i);
            const qreal value = c < set->count() ? set->at(c) : 0;
            const qreal centre = stacked ? c : c - width / 2 + (i + 0.5) * width / sets.size();
            const qreal from = stacked ? base : 0;
            const qreal to = from + value;
            base = to;
            const bool last = stacked ? i == outer : i == sets.size() - 1;
            if (m_bars == Bars::StackTotal && i != sets.size() - 1)
                continue;
            const qreal shown = m_bars == Bars::StackTotal ? base : value;
            if (value == 0 && m_bars == Bars::Each)
                continue;
            const QString text = m_format(shown);
            const QPointF start = point(centre, m_bars == Bars::StackTotal ? 0 : from);
            const QPointF end = point(centre, to);
            const qreal length = horizontal ? end.x() - start.x() : start.y() - end.y();
            const qreal need = horizontal ? metrics.horizontalAdvance(text) + 8 : metrics.height() + 4;
            const qreal textWidth = metrics.horizontalAdvance(text);
            const bool inside = m_bars == Bars::Each && length >= need;
            if (!inside && stacked && m_bars == Bars::Each && !last)
                continue; // a thin segment inside a stack: no room, no label
            QPointF topLeft;
            if (horizontal)
                topLeft = QPointF(inside ? end.x() - textWidth - 4 : end.x() + 4, end.y() - metrics.height() / 2);
            else
                topLeft = QPointF(end.x() - textWidth / 2, inside ? end.y() + 2 : end.y() - metrics.height() - 2);
            place(text, topLeft, inside ? textOn(set->color()) : m_color);
        }
    }
}

} // namespace Beamline
