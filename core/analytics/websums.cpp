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

namespace {
// SQL of a measure the row holds (NULL otherwise), and of another column of the row when it holds that measure.
QString held(WebMetric metric, const QString &column)
{
    return QStringLiteral("CASE WHEN (live & %1) <> 0 THEN %2 END").arg(qint64(1) << int(metric)).arg(column);
}
} // namespace

const QString &WebSums::columns()
{
    static const QString sql = QStringList{
        QStringLiteral("SUM(%1)").arg(held(WebMetric::Sessions, QStringLiteral("sessions"))),
        QStringLiteral("SUM(%1)").arg(held(WebMetric::Users, QStringLiteral("users"))),
        QStringLiteral("SUM(%1)").arg(held(WebMetric::BounceRate, QStringLiteral("bounce_rate * sessions"))),
        QStringLiteral("SUM(%1)").arg(held(WebMetric::BounceRate, QStringLiteral("sessions"))),
        QStringLiteral("SUM(%1)").arg(held(WebMetric::AvgSessionSeconds, QStringLiteral("avg_session_seconds * sessions"))),
        QStringLiteral("SUM(%1)").arg(held(WebMetric::AvgSessionSeconds, QStringLiteral("sessions"))),
        QStringLiteral("SUM(%1)").arg(held(WebMetric::Exits, QStringLiteral("exits"))),
        QStringLiteral("SUM(%1)").arg(held(WebMetric::Exits, QStringLiteral("pageviews"))),
        QStringLiteral("SUM(%1)").arg(held(WebMetric::ExitRate, QStringLiteral("exit_rate * pageviews"))),
        QStringLiteral("SUM(%1)").arg(held(WebMetric::ExitRate, QStringLiteral("pageviews"))),
        QStringLiteral("SUM(%1)").arg(held(WebMetric::Pageviews, QStringLiteral("pageviews"))),
        QStringLiteral("SUM(%1)").arg(held(WebMetric::Users, QStringLiteral("1"))),
    }.join(QStringLiteral(", "));
    return sql;
}

const QStringList &WebSums::summaryColumns()
{
    static const QStringList columns = {
        QStringLiteral("sessions"), QStringLiteral("users"), QStringLiteral("bounce_weighted"), QStringLiteral("bounce_base"),
        QStringLiteral("duration_weighted"), QStringLiteral("duration_base"), QStringLiteral("exits"), QStringLiteral("exits_base"),
        QStringLiteral("exit_rate_weighted"), QStringLiteral("exit_rate_base"), QStringLiteral("pageviews"), QStringLiteral("users_rows"),
    };
    return columns;
}

namespace {
constexpr std::optional<double> WebSums::*Fields[WebSums::Count]
    = { &WebSums::sessions,         &WebSums::users,        &WebSums::bounceWeighted, &WebSums::bounceBase,
        &WebSums::durationWeighted, &WebSums::durationBase, &WebSums::exits,          &WebSums::exitsBase,
        &WebSums::exitRateWeighted, &WebSums::exitRateBase, &WebSums::pageviews,      &WebSums::usersRows };
} // namespace

std::optional<double> &WebSums::operator[](int i)
{
    return this->*Fields[i];
}

WebSums WebSums::ofRow(const WebTrafficRow &row, qint64 held)
{
    // SQL's NULL rules: a product with a NULL is NULL, and SUM leaves NULLs out.
    auto times
        = [](std::optional<double> a, std::optional<double> b) { return a && b ? std::optional<double>(*a * *b) : std::nullopt; };
    auto holds = [held](WebMetric m) { return (held & (qint64(1) << int(m))) != 0; };
    auto ifHeld = [&holds](WebMetric m, std::optional<double> v) { return holds(m) ? v : std::nullopt; };
    const auto sessions = row.value(WebMetric::Sessions);
    const auto pageviews = row.value(WebMetric::Pageviews);
    WebSums s;
    s.sessions = ifHeld(WebMetric::Sessions, sessions);
    s.users = ifHeld(WebMetric::Users, row.value(WebMetric::Users));
    s.bounceWeighted = ifHeld(WebMetric::BounceRate, times(row.value(WebMetric::BounceRate), sessions));
    s.bounceBase = row.value(WebMetric::BounceRate) ? ifHeld(WebMetric::BounceRate, sessions) : std::nullopt;
    s.durationWeighted = ifHeld(WebMetric::AvgSessionSeconds, times(row.value(WebMetric::AvgSessionSeconds), sessions));
    s.durationBase = row.value(WebMetric::AvgSessionSeconds) ? ifHeld(WebMetric::AvgSessionSeconds, sessions) : std::nullopt;
    s.exits = ifHeld(WebMetric::Exits, row.value(WebMetric::Exits));
    s.exitsBase = row.value(WebMetric::Exits) ? ifHeld(WebMetric::Exits, pageviews) : std::nullopt;
    s.exitRateWeighted = ifHeld(WebMetric::ExitRate, times(row.value(WebMetric::ExitRate), pageviews));
    s.exitRateBase = row.value(WebMetric::ExitRate) ? ifHeld(WebMetric::ExitRate, pageviews) : std::nullopt;
    s.pageviews = ifHeld(WebMetric::Pageviews, pageviews);
    s.usersRows = s.users ? std::optional<double>(1) : std::nullopt;
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
    // Visitors of several rows (days, sources) are not their sum: given only from one row.
    w.users = usersRows && *usersRows == 1 ? users : std::nullopt;
    w.pageviews = pageviews;
    w.bounceRate = ratio(bounceWeighted, bounceBase);
    w.avgSessionSeconds = ratio(durationWeighted, durationBase);
    w.exitRate = exits && exitsBase ? ratio(exits, exitsBase) : ratio(exitRateWeighted, exitRateBase);
    return w;
}

} // namespace Beamline
