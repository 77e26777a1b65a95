// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartfigures.h"

#include <algorithm>

namespace Beamline::ChartFigures {

DaySpan lineSpan(const DailySeries &series, QDate from, QDate to, QDate lastCompleteDay)
{
    QDate last = to;
    if (lastCompleteDay.isValid())
        last = std::min(last, lastCompleteDay);
    DaySpan span;
    for (auto it = series.cbegin(); it != series.cend(); ++it) {
        if (it.key() < from || it.key() > last)
            continue;
        if (!span.from.isValid())
            span.from = it.key();
        span.to = it.key();
    }
    return span;
}

double perDay(const DailySeries &series, QDate from, QDate to)
{
    double sum = 0;
    for (auto day = series.cbegin(); day != series.cend(); ++day)
        sum += day.key() >= from && day.key() <= to ? day.value() : 0;
    return sum / double(from.daysTo(to) + 1);
}

DailySeries total(const QMap<QString, DailySeries> &series)
{
    DailySeries all;
    for (auto it = series.cbegin(); it != series.cend(); ++it) {
        for (auto day = it->cbegin(); day != it->cend(); ++day)
            all[day.key()] += day.value();
    }
    return all;
}

QVector<QPair<QString, qint64>> mentionNetworks(const MentionStats &mentions)
{
    QVector<QPair<QString, qint64>> networks;
    for (auto it = mentions.byNetwork.cbegin(); it != mentions.byNetwork.cend(); ++it)
        networks.append({ it.key(), it.value() });
    std::sort(networks.begin(), networks.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    return networks;
}

double share(qint64 part, qint64 total)
{
    return total ? double(part) / double(total) : 0;
}

} // namespace Beamline::ChartFigures
