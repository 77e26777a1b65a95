// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonperiod.h"

namespace Beamline::ComparisonPeriod {

DateRange previous(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return {};
    const QDate end = from.addDays(-1);
    return { end.addDays(-from.daysTo(to)), end };
}

DateRange yearBefore(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return {};
    return { from.addYears(-1), to.addYears(-1) };
}

} // namespace Beamline::ComparisonPeriod
