// SPDX-License-Identifier: GPL-3.0-or-later
#include "websums.h"

namespace Beamline {

namespace {
std::optional<double> ratio(std::optional<double> numerator, std::optional<double> denominator)
{
    if (!numerator || !denominator || *denominator <= 0)
        return std::nullopt;
    return *numerator / *denominator;
}
} // namespace

const QString &WebSums::columns()
{
    static const QString sql
        = QStringLiteral("SUM(sessions), SUM(users), "
                         "SUM(bounce_rate * sessions), SUM(CASE WHEN bounce_rate IS NOT NULL THEN sessions END), "
                         "SUM(avg_session_seconds * sessions), SUM(CASE WHEN avg_session_seconds IS NOT NULL THEN sessions END), "
                         "SUM(exits), SUM(CASE WHEN exits IS NOT NULL THEN pageviews END), "
                         "SUM(exit_rate * pageviews), SUM(CASE WHEN exit_rate IS NOT NULL THEN pageviews END), "
                         "SUM(pageviews)");
    return sql;
}

namespace {
constexpr std::optional<double> WebSums::*Fields[WebSums::Count]
    = { &WebSums::sessions,         &WebSums::users,        &WebSums::bounceWeighted, &WebSums::bounceBase,
        &WebSums::durationWeighted, &WebSums::durationBase, &WebSums::exits,          &WebSums::exitsBase,
        &WebSums::exitRateWeighted, &WebSums::exitRateBase, &WebSums::pageviews };
} // namespace

std::optional<double> &WebSums::operator[](int i)
{
    return this->*Fields[i];
}

WebSums WebSums::ofRow(const WebTrafficRow &row)
{
    // SQL's NULL rules: a product with a NULL is NULL, and SUM leaves NULLs out.
    auto times
        = [](std::optional<double> a, std::optional<double> b) { return a && b ? std::optional<double>(*a * *b) : std::nullopt; };
    auto baseIf = [](std::optional<double> rate, std::optional<double> base) { return rate ? base : std::nullopt; };
    const auto sessions = row.value(WebMetric::Sessions);
    const auto pageviews = row.value(WebMetric::Pageviews);
    const auto bounce = row.value(WebMetric::BounceRate);
    const auto duration = row.value(WebMetric::AvgSessionSeconds);
    const auto exits = row.value(WebMetric::Exits);
    const auto exitRate = row.value(WebMetric::ExitRate);
    WebSums s;
    s.sessions = sessions;
    s.users = row.value(WebMetric::Users);
    s.bounceWeighted = times(bounce, sessions);
    s.bounceBase = baseIf(bounce, sessions);
    s.durationWeighted = times(duration, sessions);
    s.durationBase = baseIf(duration, sessions);
    s.exits = exits;
    s.exitsBase = baseIf(exits, pageviews);
    s.exitRateWeighted = times(exitRate, pageviews);
    s.exitRateBase = baseIf(exitRate, pageviews);
    s.pageviews = pageviews;
    return s;
}

WebSums WebSums::read(const SqlQuery &q, int first)
{
    WebSums s;
    for (int i = 0; i < Count; ++i)
        s[i] = q.number(first + i);
    return s;
}

void WebSums::add(const WebSums &o)
{
    for (const auto field : Fields) {
        const std::optional<double> &theirs = o.*field;
        if (theirs)
            this->*field = (this->*field).value_or(0) + *theirs;
    }
}

WebStats WebSums::stats() const
{
    WebStats w;
    w.sessions = sessions;
    w.users = users;
    w.pageviews = pageviews;
    w.bounceRate = ratio(bounceWeighted, bounceBase);
    w.avgSessionSeconds = ratio(durationWeighted, durationBase);
    w.exitRate = exits && exitsBase ? ratio(exits, exitsBase) : ratio(exitRateWeighted, exitRateBase);
    return w;
}

} // namespace Beamline
