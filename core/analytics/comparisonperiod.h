// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

namespace Beamline {

// The one rule for the period a range is compared with, shared by the Measure page,
// `beamline stats` and the impact report.
struct DateRange {
    QDate from;
    QDate to;

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    bool operator==(const DateRange &) const = default;
};

namespace ComparisonPeriod {

// The equal-length range that ends the day before `from` (14–20 Nov → 7–13 Nov).
DateRange previous(QDate from, QDate to);
// The same days a year before (29 Feb falls back to 28 Feb).
DateRange yearBefore(QDate from, QDate to);

} // namespace ComparisonPeriod

} // namespace Beamline
