// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/analytics/analyticsrepository.h>
#include <core/domain/entities.h>
#include <core/plan/planreview.h>
#include <core/services/result.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QTimeZone>
#include <QVector>

#include <optional>

namespace Beamline {

class Workspace;
class Writer;

// What the plan's page and dialogs read, and the plan's rules they apply: the workspace's
// zone, posts and series, the "needs attention" review, the draft that fills a slot, what
// deleting a post does, a series with one slot moved or skipped. Reads run on the given
// connection; the one write (a new assignee) goes through the writer, and is refused as an
// error value without one. Every call returns its value or its error as a value; changes of
// posts and series themselves go through the undo commands (ui/commands/plancommands.h).
class PlanService final
{
    Q_DECLARE_TR_FUNCTIONS(Beamline::PlanService)

public:
    // Reads on `db`; writes through `writer`, when given, on the calling thread's connection.
    explicit PlanService(QSqlDatabase db, Writer *writer = nullptr);
    // The workspace's connection, and its writer unless it is open read-only.
    explicit PlanService(const Workspace &workspace);

    // The workspace's IANA time zone id; empty when none is stored.
    Result<QString> workspaceTimeZoneId() const;
    // Why a series may not be saved under its name (another series has it), or an empty string.
    Result<QString> checkSeriesName(const Series &series) const;
    // The posts planned within `days` days either side of `when`, nearest first.
    Result<QVector<Post>> postsPlannedAround(const QDateTime &when, int days) const;
    // Every imported post published from `from` to `to` (UTC days) with its figures.
    Result<QVector<PostMetrics>> postMetrics(QDate from, QDate to) const;

    // One planned post; no value when there is none with this id.
    Result<std::optional<Post>> post(qint64 postId) const;
    // One series; no value when there is none with this id.
    Result<std::optional<Series>> series(qint64 seriesId) const;
    // Every series, in the workspace's order.
    Result<QVector<Series>> allSeries() const;
    // What needs attention at `nowUtc` (open and missed slots, the pillar mix), days in `zone`.
    Result<PlanReview> review(const QTimeZone &zone, const QDateTime &nowUtc) const;

    // The draft that fills an empty slot of a series: the series' name as title, its text,
    // hashtags, owner and channels, at the slot's time. No value when the series is gone.
    Result<std::optional<Post>> draftForSlot(qint64 seriesId, const QDateTime &occurrence, const QDateTime &startUtc) const;
    // What deleting a stored post writes instead of removing it: a post imported posts are
    // linked to is dropped (kept with the status Dropped, its links and figures with it), so
    // the value is that post; no value when the post may simply be deleted.
    Result<std::optional<Post>> keptOnDeletion(const Post &stored) const;
    // The id of the person with this name; someone new is added (one write of the writer,
    // a People change) when the workspace has nobody by that name.
    Result<qint64> ensurePerson(const QString &name);

    // The series with its slot of `occurrence` (a wall clock of the series) moved to `start`
    // (any zone; kept as the wall clock of the series' zone). An earlier move or skip of the
    // slot is replaced; a move back to the rule's own time leaves no exception.
    static Series withSlotMoved(const Series &series, const QDateTime &occurrence, const QDateTime &start);
    // The series with its slot of `occurrence` skipped (replacing an earlier move or skip).
    static Series withSlotSkipped(const Series &series, const QDateTime &occurrence);

private:
    QSqlDatabase m_db;
    Writer *m_writer = nullptr;
};

} // namespace Beamline
