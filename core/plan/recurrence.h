// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/entities.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>
#include <QVector>

namespace Beamline {

// One slot of a series: where the rule puts it (original) and when it really is (start,
// after a move). Wall-clock times are in the series' zone; startUtc is the instant.
struct Occurrence {
    qint64 seriesId = 0;
    QDateTime original;
    QDateTime start;
    QDateTime startUtc;
    bool moved = false;

    bool operator==(const Occurrence &) const = default;
};

// Expands series with libical: RFC 5545 rules (FREQ, INTERVAL, BYDAY with ordinals,
// BYMONTHDAY, BYMONTH, BYSETPOS, COUNT, UNTIL...) over a wall-clock start in an IANA zone,
// minus skipped dates, plus moved occurrences. Wall-clock times stay put across daylight
// saving; a time that does not exist in the zone (spring forward) takes the offset before
// the gap and an ambiguous one (fall back) its first instant, as RFC 5545 says.
class Recurrence final
{
    Q_DECLARE_TR_FUNCTIONS(Beamline::Recurrence)

public:
    // An empty string when the rule is valid, else a message naming the part that is not.
    static QString validate(const QString &rrule);
    // "Every Thursday at 10:00", "Last Friday of every month at 11:00", "Every 2 weeks on
    // Monday and Thursday at 09:30, 10 times"...
    static QString describe(const QString &rrule, const QDateTime &dtstart, const QString &zone = {});
    static QString describe(const Series &series);

    // Occurrences whose start lies in [fromUtc, endUtc), in time order (skipped ones left
    // out, moved ones where they moved to). At most `limit`.
    static QVector<Occurrence> between(const Series &series, const QDateTime &fromUtc, const QDateTime &endUtc, int limit = 5000);
    // The next `count` occurrences starting at or after `afterUtc`.
    static QVector<Occurrence> next(const Series &series, const QDateTime &afterUtc, int count);
    // True when `wallClock` is a slot of the rule (ignoring skips and moves).
    static bool isSlot(const Series &series, const QDateTime &wallClock);

    // Wall clock in a zone to an instant, by RFC 5545's rules for gaps and overlaps.
    static QDateTime toUtc(const QDateTime &wallClock, const QTimeZone &zone);
};

} // namespace Beamline
