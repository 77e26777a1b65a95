// SPDX-License-Identifier: GPL-3.0-or-later
#include "planreview.h"

#include <core/db/pillarrepository.h>

#include <QHash>

#include <algorithm>

namespace Beamline {

PlanReview PlanReview::compute(const Planner &planner, const QDateTime &nowUtc, const Options &options)
{
    PlanReview review;
    const QVector<PlanItem> ahead = planner.items(nowUtc, nowUtc.addDays(options.lookAheadDays), nowUtc);
    const QVector<PlanItem> behind = planner.items(nowUtc.addDays(-options.lookBackDays), nowUtc, nowUtc);
    const QDateTime soonEnd = nowUtc.addSecs(qint64(options.soonHours) * 3600);

    QHash<qint64, int> countByPillar;
    for (const PlanItem &item : ahead) {
        if (item.isEmptySlot()) {
            review.openSlots.append(item);
        } else {
            const PostStatus status = *item.status();
            if (status == PostStatus::Dropped)
                continue; // dropped posts are not part of the plan
            if ((status == PostStatus::Idea || status == PostStatus::Draft || status == PostStatus::Review) && item.startUtc < soonEnd)
                review.notReady.append(item);
        }
        ++countByPillar[item.pillarId.value_or(0)];
        ++review.plannedItems;
    }
    for (auto it = behind.crbegin(); it != behind.crend(); ++it) {
        if (it->isEmptySlot() && it->missed)
            review.missed.append(*it);
    }

    const QVector<Pillar> pillars = PillarRepository(planner.database()).all();
    for (const Pillar &p : pillars) {
        PillarMix mix;
        mix.pillarId = p.id;
        mix.name = p.name;
        mix.color = p.color;
        mix.items = countByPillar.value(p.id);
        mix.targetShare = p.targetShare;
        review.pillarMix.append(mix);
    }
    if (const int none = countByPillar.value(0); none > 0) {
        PillarMix mix;
        mix.name = QCoreApplication::translate("Beamline::PlanReview", "No pillar");
        mix.items = none;
        review.pillarMix.append(mix);
    }
    for (PillarMix &mix : review.pillarMix)
        mix.share = review.plannedItems > 0 ? double(mix.items) / review.plannedItems : 0.0;
    return review;
}

} // namespace Beamline
