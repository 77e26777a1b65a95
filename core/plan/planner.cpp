// SPDX-License-Identifier: GPL-3.0-or-later
#include "planner.h"

#include <core/db/platformpostrepository.h>
#include <core/db/postrepository.h>
#include <core/db/seriesrepository.h>
#include <core/domain/isotime.h>

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Beamline {

QVector<PlanItem> Planner::items(QDate from, QDate to, const QDateTime &nowUtc) const
{
    return items(IsoTime::startOfDay(from, m_zone), IsoTime::startOfDay(to.addDays(1), m_zone), nowUtc);
}

QVector<PlanItem> Planner::items(const QDateTime &fromUtc, const QDateTime &toUtc, const QDateTime &nowUtc) const
{
    QVector<PlanItem> result;
    const QVector<Series> allSeries = SeriesRepository(m_db).all();
    QHash<qint64, const Series *> seriesById;
    for (const Series &s : allSeries)
        seriesById.insert(s.id, &s);

    PostRepository posts(m_db);
    PlatformPostRepository platformPosts(m_db);
    QSet<QPair<qint64, QDateTime>> filled;
    // Posts that fill a slot of the range may be scheduled outside it (moved by hand):
    // look a little wider to know which slots are taken.
    const QVector<Post> nearby = posts.scheduledBetween(fromUtc.addDays(-14), toUtc.addDays(14));
    // A dropped post leaves its slot open.
    for (const Post &p : nearby) {
        if (p.seriesId && p.occurrence.isValid() && p.status != PostStatus::Dropped)
            filled.insert({*p.seriesId, p.occurrence});
    }
    for (const Post &p : posts.unscheduled()) {
        if (p.seriesId && p.occurrence.isValid() && p.status != PostStatus::Dropped)
            filled.insert({*p.seriesId, p.occurrence});
    }

    for (const Post &p : nearby) {
        if (p.scheduledAt < fromUtc || p.scheduledAt >= toUtc)
            continue;
        PlanItem item;
        item.kind = PlanItem::Kind::Post;
        item.post = p;
        item.startUtc = p.scheduledAt;
        item.title = p.title;
        for (const PostChannel &c : p.channels)
            item.channelIds.append(c.channelId);
        item.pillarId = p.pillarId;
        item.seriesId = p.seriesId;
        item.zone = m_zone;
        if (p.seriesId) {
            if (const Series *s = seriesById.value(*p.seriesId)) {
                item.seriesName = s->name;
                item.zone = QTimeZone(s->timeZone.toUtf8());
                if (!item.pillarId)
                    item.pillarId = s->pillarId;
                if (p.occurrence.isValid())
                    item.slot = Occurrence{s->id, p.occurrence, p.occurrence, Recurrence::toUtc(p.occurrence, item.zone), false};
            }
        }
        item.publishedOnPlatform = p.status == PostStatus::Published || !platformPosts.linkedTo(p.id).isEmpty();
        result.append(item);
    }

    for (const Series &s : allSeries) {
        if (!s.active)
            continue;
        for (const Occurrence &o : Recurrence::between(s, fromUtc, toUtc)) {
            if (filled.contains({s.id, o.original}))
                continue;
            PlanItem item;
            item.kind = PlanItem::Kind::EmptySlot;
            item.slot = o;
            item.startUtc = o.startUtc;
            item.title = s.name;
            item.channelIds = s.channelIds;
            item.pillarId = s.pillarId;
            item.seriesId = s.id;
            item.seriesName = s.name;
            item.zone = QTimeZone(s.timeZone.toUtf8());
            item.missed = nowUtc.isValid() && o.startUtc < nowUtc;
            result.append(item);
        }
    }
    std::stable_sort(result.begin(), result.end(), [](const PlanItem &a, const PlanItem &b) {
        if (a.startUtc != b.startUtc)
            return a.startUtc < b.startUtc;
        if (a.isEmptySlot() != b.isEmptySlot())
            return !a.isEmptySlot(); // posts before the slots they leave open
        return a.title < b.title;
    });
    return result;
}

} // namespace Beamline
