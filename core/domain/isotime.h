// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace Beamline {

// The text forms stored in the database and printed by the command line.
namespace IsoTime {

// "2017-01-05T09:00:00Z"; empty for an invalid value.
QString utc(const QDateTime &instant);
// Accepts the form above and any ISO 8601 instant with an offset; invalid on failure.
QDateTime parseUtc(QStringView text);

// Wall-clock text "2017-01-05T10:00" (no zone). See the note in entities.h.
QString wallClock(const QDateTime &local);
QDateTime parseWallClock(QStringView text);
// Builds a wall-clock carrier from a date and a time.
QDateTime makeWallClock(QDate date, QTime time);

QString day(QDate date);
QDate parseDay(QStringView text);

// Instant → "2017-01-05T10:00:00+01:00" in the given zone.
QString withOffset(const QDateTime &instant, const QTimeZone &zone);

// The UTC instants bounding the local calendar days [from, to] (inclusive) in a zone:
// [from 00:00 local, the day after `to` 00:00 local).
QDateTime startOfDay(QDate day, const QTimeZone &zone);

} // namespace IsoTime

} // namespace Beamline
