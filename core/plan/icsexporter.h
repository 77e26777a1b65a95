// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QTimeZone>

namespace Beamline {

// Writes the plan as an iCalendar file (RFC 5545) with libical, for calendar applications:
// one VEVENT per series with its RRULE, EXDATE for skipped dates and the series' stable
// UID; an overriding VEVENT (RECURRENCE-ID) for each occurrence that was moved or that a
// post fills; one VEVENT per other planned post. Every event is TRANSPARENT so the plan
// never blocks meeting slots, and each zone used gets its VTIMEZONE.
class IcsExporter final
{
    Q_DECLARE_TR_FUNCTIONS(Beamline::IcsExporter)

public:
    struct Options {
        // The local days [from, to] of the workspace zone; series rules are clipped to the
        // occurrences in that range. Both invalid: everything, rules unclipped.
        QDate from;
        QDate to;
        QList<qint64> seriesIds; // empty: all active series
        bool includePosts = true; // posts that fill no series slot
        QDateTime stampUtc;       // DTSTAMP; now when invalid
        QString calendarName;
    };

    IcsExporter(QSqlDatabase db, QTimeZone workspaceZone) : m_db(std::move(db)), m_zone(std::move(workspaceZone)) {}

    // The calendar text; empty with error() set when something could not be expressed.
    QByteArray exportCalendar(const Options &options);
    QString error() const { return m_error; }

    // "post-42-1a2b3c4d@beamline": stable across exports of the same workspace.
    QString postUid(qint64 postId) const;

private:
    QSqlDatabase m_db;
    QTimeZone m_zone;
    QString m_error;
};

} // namespace Beamline
