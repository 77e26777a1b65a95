// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>
#include <QTimeZone>
#include <QVector>

#include <core/domain/entities.h>

class QIODevice;

namespace Beamline {

class Writer;

// The plan as a spreadsheet: for review by people without Beamline and for bulk planning.
// Columns (header row, any order on import):
//   id, date, time, time_zone, status, series, occurrence, title, channels, pillar,
//   campaign, assignee, language, hashtags, links, text, notes, and "text:<channel>" for
//   each channel's own wording of the post (empty: the post's text)
// Dates are the post's local day in `time_zone`; status is a key (idea, draft, review,
// approved, scheduled, published, dropped) or, for series slots with no post, "empty" or
// "missed"; channels, hashtags and links are separated by spaces; a channel is its
// platform key ("x", "instagram") or "key:handle" when the workspace has several.
class PlanCsv final
{
    Q_DECLARE_TR_FUNCTIONS(Beamline::PlanCsv)

public:
    PlanCsv(QSqlDatabase db, QTimeZone workspaceZone) : m_db(std::move(db)), m_zone(std::move(workspaceZone)) {}

    // The fixed columns; the file adds VariantPrefix + channel key per channel.
    static QStringList columns();
    static const QString VariantPrefix;

    // Writes the posts and empty slots of the local days [from, to] (UTF-8, comma).
    void write(QIODevice *device, QDate from, QDate to, const QDateTime &nowUtc) const;

    struct Result {
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;    // rows with an id whose post already says the same
        int skipped = 0;      // empty slot rows and blank lines
        QStringList errors;   // "plan.csv:4:9: …"; none written when there are any
        // What changed, for undo: the posts as they were (for updated ones) and as they are.
        QVector<Post> before;
        QVector<Post> after;
        bool ok() const { return errors.isEmpty(); }
    };
    // Reads rows back in one write of `writer` (the workspace's, on this object's connection):
    // a row with an id updates that post, one without creates a post; rows of empty slots are
    // skipped. Any error leaves the workspace as it was.
    Result read(Writer &writer, QIODevice *device, const QString &fileName);

private:
    QSqlDatabase m_db;
    QTimeZone m_zone;
};

} // namespace Beamline
