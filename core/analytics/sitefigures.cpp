// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitefigures.h"

#include <algorithm>

namespace Beamline {

namespace {

// WebSums fields that are decided together (a weighted rate with its base).
struct Group {
    QList<int> fields;
    bool additive = true;
};

const QVector<Group> &groups()
{
    static const QVector<Group> all = {
        {{0}},         // sessions
        {{1, 11}, false}, // users, and the rows that gave them
        {{2, 3}},      // bounce rate × sessions, sessions
        {{4, 5}},      // duration × sessions, sessions
        {{6, 7}},      // exits, pageviews
        {{8, 9}},      // exit rate × pageviews, pageviews
        {{10}},        // pageviews
    };
    return all;
}

bool has(const WebSums &sums, const Group &group)
{
    return sums[group.fields.first()].has_value();
}

void take(WebSums &into, const WebSums &from, const Group &group)
{
    for (int f : group.fields)
        into[f] = WebSums::plus(into[f], from[f]);
}

} // namespace

QString SiteFigures::reportKey(Origin origin)
{
    switch (origin) {
    case Origin::Site: return QStringLiteral("site");
    case Origin::SourceMedium: return QStringLiteral("source_medium");
    case Origin::ChannelGroup: return QStringLiteral("channel_group");
    case Origin::LandingPage: return QStringLiteral("landing_page");
    case Origin::Page: return QStringLiteral("page");
    }
    return {};
}

const QVector<SiteFigures::Origin> &SiteFigures::origins()
{
    static const QVector<Origin> all = {Origin::Site, Origin::SourceMedium, Origin::ChannelGroup, Origin::LandingPage, Origin::Page};
    return all;
}

WebSums SiteFigures::partitionedPart(Origin origin, const WebSums &sums)
{
    if (origin == Origin::Site)
        return sums;
    WebSums part;
    const QList<int> fields = origin == Origin::Page ? QList<int>{6, 7, 8, 9, 10} // a session visits several pages
                                                     : QList<int>{0, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    for (int f : fields)
        part[f] = sums[f];
    return part;
}

SiteFigures::Figures SiteFigures::forRange(const QVector<Block> &blocks, QDate from, QDate to)
{
    Figures result;
    QVector<bool> used(blocks.size(), false);
    const qint64 days = from.daysTo(to) + 1;
    for (const Group &group : groups()) {
        // The site's own figure over exactly the range.
        int exactSite = -1, exactPart = -1;
        for (int b = 0; b < blocks.size(); ++b) {
            const Block &block = blocks.at(b);
            if (block.from != from || block.to != to || !has(block.sums, group))
                continue;
            if (block.origin == Origin::Site)
                exactSite = b;
            else if (exactPart < 0 || block.origin < blocks.at(exactPart).origin)
                exactPart = b;
        }
        if (exactSite >= 0) {
            take(result.sums, blocks.at(exactSite).sums, group);
            used[exactSite] = true;
            continue;
        }
        if (!group.additive)
            continue;
        // Else tile the range: finest periods first, the most trusted report first.
        QVector<int> order;
        for (int b = 0; b < blocks.size(); ++b) {
            const Block &block = blocks.at(b);
            if (block.from >= from && block.to <= to && block.from <= block.to && has(block.sums, group) && b != exactPart)
                order.append(b);
        }
        std::sort(order.begin(), order.end(), [&blocks](int a, int b) {
            const Block &x = blocks.at(a);
            const Block &y = blocks.at(b);
            const qint64 lx = x.from.daysTo(x.to), ly = y.from.daysTo(y.to);
            if (lx != ly)
                return lx < ly;
            if (x.origin != y.origin)
                return x.origin < y.origin;
            return x.from < y.from;
        });
        QVector<bool> covered(days, false);
        QVector<int> tiles;
        for (int b : std::as_const(order)) {
            const Block &block = blocks.at(b);
            const qint64 first = from.daysTo(block.from), last = from.daysTo(block.to);
            bool free = true;
            for (qint64 d = first; d <= last && free; ++d)
                free = !covered.at(d);
            if (!free)
                continue;
            for (qint64 d = first; d <= last; ++d)
                covered[d] = true;
            tiles.append(b);
        }
        // A breakdown over exactly the range is complete where the tiles leave days out.
        const bool complete = std::all_of(covered.cbegin(), covered.cend(), [](bool c) { return c; });
        if (!complete && exactPart >= 0)
            tiles = {exactPart};
        for (int b : std::as_const(tiles)) {
            take(result.sums, blocks.at(b).sums, group);
            used[b] = true;
        }
    }
    for (Origin origin : origins()) {
        for (int b = 0; b < blocks.size(); ++b) {
            if (used.at(b) && blocks.at(b).origin == origin) {
                result.reports.append(reportKey(origin));
                break;
            }
        }
    }
    return result;
}

QMap<QDate, WebSums> SiteFigures::perDay(const QVector<Block> &blocks)
{
    QMap<QDate, QVector<const Block *>> byDay;
    for (const Block &block : blocks) {
        if (block.from == block.to)
            byDay[block.from].append(&block);
    }
    QMap<QDate, WebSums> result;
    for (auto it = byDay.cbegin(); it != byDay.cend(); ++it) {
        WebSums day;
        for (const Group &group : groups()) {
            const Block *best = nullptr;
            for (const Block *block : it.value()) {
                if (has(block->sums, group) && (group.additive || block->origin == Origin::Site) && (!best || block->origin < best->origin))
                    best = block;
            }
            if (best)
                take(day, best->sums, group);
        }
        result.insert(it.key(), day);
    }
    return result;
}

} // namespace Beamline
