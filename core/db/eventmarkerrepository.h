// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/eventmarker.h>

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace Beamline {

class EventMarkerRepository final
{
public:
    explicit EventMarkerRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    QVector<EventMarker> between(QDate from, QDate to) const;
    qint64 insert(const EventMarker &marker);
    void update(const EventMarker &marker);
    void remove(qint64 id);

private:
    QSqlDatabase m_db;
};

} // namespace Beamline
