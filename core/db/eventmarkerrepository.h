// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace Beamline {

// Dated notes drawn on the time axes of charts (campaign start, press release...).
struct EventMarker {
    qint64 id = 0;
    QDate day;
    QString label;
    QString kind = QStringLiteral("note"); // note, campaign, press, launch

    bool operator==(const EventMarker &) const = default;
};

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
