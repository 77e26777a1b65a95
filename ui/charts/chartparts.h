// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/analytics/analyticsrepository.h>
#include <core/analytics/chartfigures.h>

#include <QColor>
#include <QFont>
#include <QSize>
#include <QString>

class QAbstractAxis;
class QChart;
class QDateTimeAxis;
class QValueAxis;

namespace Beamline {

struct ChartRequest;

// What the Measure charts have in common: type sizes, axes, colours and number formats.
namespace ChartParts {

// The type of a chart made for a slide is that of a 1600×900 slide; the exporter and the
// presentation restyle it for the size they draw it at.
QSize styleSize(const ChartRequest &r);
// A visit length as m:ss.
QString minutesText(double seconds);
// A round step for at most `ticks` intervals up to `max`: 1, 2, 2.5 or 5 times a power of
// ten; never below 1 for counts (no "0 0 0 1 1 1" axis).
double niceStep(double max, int ticks, bool integer);
// Decimals that tell a step's ticks apart: 0 for 5, 1 for 0.5, 2 for 0.25.
int decimalsOf(double step);
// The text on one line, cut to `length` characters with an ellipsis.
QString elide(const QString &text, int length);
// Colours for what is not a platform (news, blogs...): the palette's colours no platform uses.
QColor otherColor(int index);
// A mention network's name ("News sites").
QString networkName(const QString &network);
void styleAxis(QAbstractAxis *axis, const ChartRequest &r);
QDateTimeAxis *dateAxis(QChart *chart, const ChartRequest &r, qint64 fromMs, qint64 toMs);
// A value axis from 0 with round ticks; `integer` for counts.
QValueAxis *valueAxis(QChart *chart, const ChartRequest &r, double max, const QString &title, Qt::Alignment side = Qt::AlignLeft,
                      bool integer = true);
// The bold type of the values written on bars and points.
QFont labelFont(const ChartRequest &r);
QColor textColor(const ChartRequest &r);
QString count(double value);
QString percent(double value);
// A day's line from its first to its last day with a value (no drop to 0 at either end
// where an export does not reach, nor on today's unfinished figures), zero-filled inside.
DaySpan spanOf(const DailySeries &series, const ChartRequest &r);

} // namespace ChartParts

} // namespace Beamline
