// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartparts.h"

#include "chartfactory.h"
#include "chartstyle.h"

#include <core/analytics/chartfigures.h>

#include <QAbstractAxis>
#include <QChart>
#include <QDateTimeAxis>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Beamline::ChartParts {

// The type of a chart made for a slide is that of a 1600×900 slide; the exporter and the
// presentation restyle it for the size they draw it at.
QSize styleSize(const ChartRequest &r)
{
    return r.presentation ? ChartStyle::SlideSize : QSize();
}

QString minutesText(double seconds)
{
    const int s = qRound(seconds);
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

// A round step for at most `ticks` intervals up to `max`: 1, 2, 2.5 or 5 times a power of
// ten; never below 1 for counts (no "0 0 0 1 1 1" axis).
double niceStep(double max, int ticks, bool integer)
{
    if (max <= 0)
        return 1;
    const double raw = max / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = 10 * magnitude;
    for (double m : { 1.0, 2.0, 2.5, 5.0, 10.0 }) {
        if (raw <= m * magnitude) {
            step = m * magnitude;
            break;
        }
    }
    if (integer && step < 1)
        step = 1;
    if (integer && step == 2.5)
        step = 2; // whole numbers only
    return step;
}

// Decimals that tell a step's ticks apart: 0 for 5, 1 for 0.5, 2 for 0.25.
int decimalsOf(double step)
{
    int decimals = 0;
    while (decimals < 4 && std::abs(step * std::pow(10.0, decimals) - std::round(step * std::pow(10.0, decimals))) > 1e-9)
        ++decimals;
    return decimals;
}

QString elide(const QString &text, int length)
{
    QString t = text.simplified();
    return t.size() <= length ? t : t.left(length - 1) + QChar(0x2026);
}

// Colours for what is not a platform (news, blogs...): the palette's colours no platform uses.
QColor otherColor(int index)
{
    const QColor colors[]
        = { QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73), QColor(0xF0, 0xE4, 0x42), QColor(0x99, 0x99, 0x99) };
    return colors[index % 4];
}

QString networkName(const QString &network)
{
    if (const auto platform = Platforms::fromKey(network); platform && *platform != Platform::Other)
        return Platforms::displayName(*platform);
    if (network == QLatin1String("news"))
        return ChartFactory::tr("News sites");
    if (network == QLatin1String("blog"))
        return ChartFactory::tr("Blogs");
    if (network == QLatin1String("web"))
        return ChartFactory::tr("Other web");
    return network;
}

void styleAxis(QAbstractAxis *axis, const ChartRequest &r)
{
    QFont f = axis->labelsFont();
    ChartStyle::setSize(f, ChartStyle::Role::AxisLabels, styleSize(r));
    axis->setLabelsFont(f);
    QFont t = axis->titleFont();
    ChartStyle::setSize(t, ChartStyle::Role::AxisTitle, styleSize(r));
    t.setBold(false);
    axis->setTitleFont(t);
}

QDateTimeAxis *dateAxis(QChart *chart, const ChartRequest &r, qint64 fromMs, qint64 toMs)
{
    auto *axis = new QDateTimeAxis;
    const int days = int(r.from.daysTo(r.to));
    axis->setFormat(days > 200 ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM"));
    axis->setTickCount(qBound(2, days + 1, 7));
    axis->setRange(QDateTime::fromMSecsSinceEpoch(fromMs), QDateTime::fromMSecsSinceEpoch(toMs));
    styleAxis(axis, r);
    chart->addAxis(axis, Qt::AlignBottom);
    return axis;
}

// A value axis from 0 with round ticks; `integer` for counts.
QValueAxis *valueAxis(QChart *chart, const ChartRequest &r, double max, const QString &title, Qt::Alignment side, bool integer)
{
    auto *axis = new QValueAxis;
    // Long numbers along a horizontal axis need room: fewer ticks.
    const int ticks = side == Qt::AlignBottom && max >= 100000 ? 3 : 5;
    const double step = niceStep(max * 1.05, ticks, integer);
    const double top = std::max(step, std::ceil(max * 1.05 / step - 1e-9) * step);
    axis->setRange(0, top);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(decimalsOf(step)));
    axis->setTitleText(title);
    styleAxis(axis, r);
    chart->addAxis(axis, side);
    return axis;
}

QFont labelFont(const ChartRequest &r)
{
    QFont f;
    ChartStyle::setSize(f, ChartStyle::Role::ValueLabels, styleSize(r));
    f.setBold(true);
    return f;
}

QColor textColor(const ChartRequest &r)
{
    return r.dark ? QColor(0xEE, 0xEE, 0xEE) : QColor(0x22, 0x22, 0x22);
}

QString count(double value)
{
    return QLocale().toString(value, 'f', 0);
}

QString percent(double value)
{
    return QLocale().toString(value, 'f', 1) + QStringLiteral(" %");
}

// A day's line from its first to its last day with a value (no drop to 0 at either end
// where an export does not reach, nor on today's unfinished figures), zero-filled inside.
DaySpan spanOf(const DailySeries &series, const ChartRequest &r)
{
    return ChartFigures::lineSpan(series, r.from, r.to, r.lastCompleteDay);
}

} // namespace Beamline::ChartParts
