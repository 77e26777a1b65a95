// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "periodstats.h"

#include <core/db/sqlquery.h>
#include <core/domain/imported.h>

#include <QString>

#include <optional>

namespace Beamline {

// The sums behind combined web measures, kept apart so that rows, days and breakdowns can
// be added before anything is divided (docs/metrics.md, "Web").
//
// Each row contributes only the measures it holds (web_traffic.live; a measure a newer export
// restated is another row's); a weighted rate is weighted by the base of the row that holds it.
// Visitors are not additive: `usersRows` counts the rows that gave them, and stats() gives
// visitors only when one row did.
struct WebSums {
    static constexpr int Count = 12;
    std::optional<double> sessions, users, bounceWeighted, bounceBase, durationWeighted, durationBase, exits, exitsBase,
        exitRateWeighted, exitRateBase, pageviews, usersRows;

    // The SQL that sums web_traffic rows (alias-less) into these fields, in this order.
    static const QString &columns();
    // The columns of the daily summary (web_channel_days) that hold these fields, in this order.
    static const QStringList &summaryColumns();

    // One web_traffic row's contribution, as columns() would sum it, when it holds the
    // measures `held` (WebMetric bits, as web_traffic.live; -1: every measure it has).
    static WebSums ofRow(const WebTrafficRow &row, qint64 held = -1);

    // Count columns of a result, starting at `first`, in the order of columns().
    static WebSums read(const SqlQuery &q, int first);

    static std::optional<double> plus(std::optional<double> a, std::optional<double> b)
    {
        if (!a)
            return b;
        if (!b)
            return a;
        return *a + *b;
    }

    // The fields in the order of columns().
    std::optional<double> &operator[](int i);
    const std::optional<double> &operator[](int i) const { return const_cast<WebSums &>(*this)[i]; }

    void add(const WebSums &o);
    WebStats stats() const;
};

} // namespace Beamline
