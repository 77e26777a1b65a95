// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recurrence.h"

#include <core/domain/entities.h>

#include <QSqlDatabase>
#include <QTimeZone>
#include <QVector>

#include <optional>

namespace Beamline {

// One thing on the calendar: a planned post, or a series slot that no post fills yet.
struct PlanItem {
    enum class Kind { Post, EmptySlot };

    Kind kind = Kind::Post;
    std::optional<Post> post;
    std::optional<Occurrence> slot; // the series occurrence, for series posts and empty slots
    QDateTime startUtc;
    QTimeZone zone;                 // the series' zone, else the workspace's
    QString title;
    QList<qint64> channelIds;
    std::optional<qint64> pillarId;
    std::optional<qint64> seriesId;
    QString seriesName;
    bool missed = false;            // an empty slot in the past
    bool publishedOnPlatform = false; // an imported post is linked to it

    bool isEmptySlot() const { return kind == Kind::EmptySlot; }
    std::optional<PostStatus> status() const { return post ? std::optional<PostStatus>(post->status) : std::nullopt; }
};

// Builds the calendar of a period: the posts scheduled in it and every series slot in it,
// a slot being filled by the post that names it (series and original time).
class Planner final
{
public:
    Planner(QSqlDatabase db, QTimeZone workspaceZone) : m_db(std::move(db)), m_zone(std::move(workspaceZone)) {}

    // Items starting in [fromUtc, toUtc), in time order. Slots before nowUtc with no post are missed.
    QVector<PlanItem> items(const QDateTime &fromUtc, const QDateTime &toUtc, const QDateTime &nowUtc) const;
    // The same for the local calendar days [from, to] of the workspace.
    QVector<PlanItem> items(QDate from, QDate to, const QDateTime &nowUtc) const;

    QTimeZone zone() const { return m_zone; }
    QSqlDatabase database() const { return m_db; }

private:
    QSqlDatabase m_db;
    QTimeZone m_zone;
};

} // namespace Beamline
