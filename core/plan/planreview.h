// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planner.h"

#include <QCoreApplication>
#include <QVector>

#include <cmath>

namespace Beamline {

// How one pillar weighs in the coming weeks against the share the team aims for.
struct PillarMix {
    qint64 pillarId = 0; // 0: posts with no pillar
    QString name;
    QString color;
    int items = 0;                     // planned posts and empty series slots of the pillar
    double share = 0;                  // items / all items of the window
    std::optional<double> targetShare; // from the pillar, 0..1

    // Share minus target, in points of share; 0 without a target.
    double gap() const { return targetShare ? share - *targetShare : 0.0; }
    // More than `tolerance` away from its target.
    bool offTarget(double tolerance = 0.05) const { return targetShare && std::abs(gap()) > tolerance; }
};

// What needs attention in the plan ("plan vs actual"): the next series slots nobody has
// filled, slots that went by with no post, posts not yet approved close to their time,
// and the pillar mix of the coming weeks. One definition, used by the Plan page's panel
// and by tests (see docs/metrics.md, "Plan").
struct PlanReview {
    QVector<PlanItem> openSlots;   // empty slots from now to now + lookAhead, in time order
    QVector<PlanItem> missed;      // empty slots in the lookBack before now, most recent first
    QVector<PlanItem> notReady;    // posts (idea, draft, in review) starting within `soon`
    QVector<PillarMix> pillarMix;  // the coming weeks, in pillar order
    int plannedItems = 0;          // posts and slots counted by the mix

    struct Options {
        int lookAheadDays = 28;
        int lookBackDays = 28;
        int soonHours = 48;
    };

    static PlanReview compute(const Planner &planner, const QDateTime &nowUtc, const Options &options);
    static PlanReview compute(const Planner &planner, const QDateTime &nowUtc) { return compute(planner, nowUtc, Options()); }
};

} // namespace Beamline
