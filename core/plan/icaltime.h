// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to core/plan: libical's types stay out of the public headers.

#include <QDateTime>

#include <libical/ical.h>

namespace Beamline::IcalTime {

// A wall-clock carrier (see entities.h) as a floating libical time, without a zone.
inline icaltimetype fromWallClock(const QDateTime &wallClock)
{
    icaltimetype t = icaltime_null_time();
    t.year = wallClock.date().year();
    t.month = wallClock.date().month();
    t.day = wallClock.date().day();
    t.hour = wallClock.time().hour();
    t.minute = wallClock.time().minute();
    t.second = wallClock.time().second();
    t.is_date = 0;
    return t;
}

} // namespace Beamline::IcalTime
