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
struct WebSums {
    static constexpr int Count = 11;
    std::optional<double> sessions, users, bounceWeighted, bounceBase, durationWeighted, durationBase, exits, exitsBase,
        exitRateWeighted, exitRateBase, pageviews;

    // The SQL that sums web_traffic rows into these fields, in this order.
    static const QString &columns();

    // One web_traffic row's contribution, as columns() would sum it.
    static WebSums ofRow(const WebTrafficRow &row);

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
