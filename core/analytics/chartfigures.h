// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/analytics/analyticsrepository.h>
#include <core/analytics/periodstats.h>

#include <QDate>
#include <QMap>
#include <QPair>
#include <QString>
#include <QVector>

namespace Beamline {

// The days a daily line covers; invalid when it has no day in the range.
struct DaySpan {
    QDate from;
    QDate to;
    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
};

// The rules behind the Measure charts' figures (docs/metrics.md), apart from how they are
// drawn: the charts, the presentation, the report and `beamline chart` share them.
namespace ChartFigures {

// From the first to the last day of `series` with a value within [from, to], stopping at
// `lastCompleteDay` when it is valid (today's figures are not complete): a daily line does
// not drop to 0 at either end where an export does not reach. Days inside it without a value
// count as zero.
DaySpan lineSpan(const DailySeries &series, QDate from, QDate to, QDate lastCompleteDay = {});

// Σ of the values in [from, to] ÷ the range's calendar days; days an export left out count as
// zero (the Overview's "per day").
double perDay(const DailySeries &series, QDate from, QDate to);

// The values of every series added up per day.
DailySeries total(const QMap<QString, DailySeries> &series);

// The networks of the mentions with their counts, most mentions first.
QVector<QPair<QString, qint64>> mentionNetworks(const MentionStats &mentions);

// part ÷ total, 0 for a total of 0.
double share(qint64 part, qint64 total);

} // namespace ChartFigures

} // namespace Beamline
