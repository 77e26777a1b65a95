// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventmarkerrepository.h"

#include "sqlquery.h"

#include <core/domain/isotime.h>

namespace Beamline {

QVector<EventMarker> EventMarkerRepository::between(QDate from, QDate to) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, day, label, kind FROM event_markers WHERE day >= :from AND day <= :to ORDER BY day, id"));
    q.bind(QStringLiteral(":from"), IsoTime::day(from)).bind(QStringLiteral(":to"), IsoTime::day(to)).exec();
    QVector<EventMarker> result;
    while (q.next())
        result.append({q.integer(0), IsoTime::parseDay(q.text(1)), q.text(2), q.text(3)});
    return result;
}

qint64 EventMarkerRepository::insert(const EventMarker &marker)
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO event_markers (day, label, kind) VALUES (:day, :label, :kind)"));
    q.bind(QStringLiteral(":day"), IsoTime::day(marker.day)).bind(QStringLiteral(":label"), marker.label).bind(QStringLiteral(":kind"), marker.kind).exec();
    return q.lastInsertId();
}

void EventMarkerRepository::update(const EventMarker &marker)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE event_markers SET day = :day, label = :label, kind = :kind WHERE id = :id"));
    q.bind(QStringLiteral(":day"), IsoTime::day(marker.day))
        .bind(QStringLiteral(":label"), marker.label)
        .bind(QStringLiteral(":kind"), marker.kind)
        .bind(QStringLiteral(":id"), marker.id)
        .exec();
}

void EventMarkerRepository::remove(qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM event_markers WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
}

} // namespace Beamline
