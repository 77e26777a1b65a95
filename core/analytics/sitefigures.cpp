// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitefigures.h"

#include <QHash>
#include <QSet>

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
    case Origin::Referrer: return QStringLiteral("referrer");
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

namespace {

// The sources in the order they are preferred for a group: more days covered first, then
// the source order.
QVector<int> sourcePreference(const QVector<SiteFigures::Block> &blocks, const Group &group)
{
    QHash<int, QSet<QDate>> days;
    for (const SiteFigures::Block &block : blocks) {
        if (!has(block.sums, group))
            continue;
        for (QDate d = block.from; d <= block.to; d = d.addDays(1))
            days[block.source].insert(d);
    }
    QVector<int> sources = days.keys().toVector();
    std::sort(sources.begin(), sources.end(), [&days](int a, int b) {
        const qsizetype da = days.value(a).size(), db = days.value(b).size();
        return da != db ? da > db : a < b;
    });
    return sources;
}

// A before B: more trusted report, then preferred source.
bool better(const SiteFigures::Block &a, const SiteFigures::Block &b, const QVector<int> &preference)
{
    if (a.origin != b.origin)
        return a.origin < b.origin;
    return preference.indexOf(a.source) < preference.indexOf(b.source);
}

} // namespace

SiteFigures::Figures SiteFigures::forRange(const QVector<Block> &blocks, QDate from, QDate to, Scope scope)
{
    Figures result;
    QVector<bool> used(blocks.size(), false);
    const qint64 days = from.daysTo(to) + 1;
    for (const Group &group : groups()) {
        QVector<Block> inRange;
        QVector<int> index;
        for (int b = 0; b < blocks.size(); ++b) {
            const Block &block = blocks.at(b);
            if (block.from >= from && block.to <= to && block.from <= block.to && has(block.sums, group)) {
                inRange.append(block);
                index.append(b);
            }
        }
        const QVector<int> preference = sourcePreference(inRange, group);
        // The site's own figure over exactly the range; else the best breakdown over it. For a
        // channel, any report's row over exactly the range is its own figure.
        int exactSite = -1, exactPart = -1;
        for (int i = 0; i < inRange.size(); ++i) {
            const Block &block = inRange.at(i);
            if (block.from != from || block.to != to)
                continue;
            int &exact = block.origin == Origin::Site || scope == Scope::Channel ? exactSite : exactPart;
            if (exact < 0 || better(block, inRange.at(exact), preference))
                exact = i;
        }
        if (exactSite >= 0) {
            take(result.sums, inRange.at(exactSite).sums, group);
            used[index.at(exactSite)] = true;
            continue;
        }
        if (!group.additive)
            continue;
        // Else tile the range: finest periods first, the most trusted report and source first.
        QVector<int> order;
        for (int i = 0; i < inRange.size(); ++i) {
            if (i != exactPart)
                order.append(i);
        }
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            const Block &x = inRange.at(a);
            const Block &y = inRange.at(b);
            const qint64 lx = x.from.daysTo(x.to), ly = y.from.daysTo(y.to);
            if (lx != ly)
                return lx < ly;
            if (x.origin != y.origin || x.source != y.source)
                return better(x, y, preference);
            return x.from < y.from;
        });
        QVector<bool> covered(days, false);
        QVector<int> tiles;
        for (int i : std::as_const(order)) {
            const Block &block = inRange.at(i);
            const qint64 first = from.daysTo(block.from), last = from.daysTo(block.to);
            bool free = true;
            for (qint64 d = first; d <= last && free; ++d)
                free = !covered.at(d);
            if (!free)
                continue;
            for (qint64 d = first; d <= last; ++d)
                covered[d] = true;
            tiles.append(i);
        }
        // A breakdown over exactly the range is complete where the tiles leave days out.
        const bool complete = std::all_of(covered.cbegin(), covered.cend(), [](bool c) { return c; });
        if (!complete && exactPart >= 0)
            tiles = {exactPart};
        for (int i : std::as_const(tiles)) {
            take(result.sums, inRange.at(i).sums, group);
            used[index.at(i)] = true;
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

QMap<QDate, WebSums> SiteFigures::perDay(const QVector<Block> &blocks, Scope scope)
{
    QMap<QDate, QVector<const Block *>> byDay;
    for (const Block &block : blocks) {
        if (block.from == block.to)
            byDay[block.from].append(&block);
    }
    QVector<QVector<int>> preferences;
    for (const Group &group : groups())
        preferences.append(sourcePreference(blocks, group));
    QMap<QDate, WebSums> result;
    for (auto it = byDay.cbegin(); it != byDay.cend(); ++it) {
        WebSums day;
        for (int g = 0; g < groups().size(); ++g) {
            const Group &group = groups().at(g);
            const Block *best = nullptr;
            for (const Block *block : it.value()) {
                if (has(block->sums, group) && (group.additive || block->origin == Origin::Site || scope == Scope::Channel)
                    && (!best || better(*block, *best, preferences.at(g))))
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
