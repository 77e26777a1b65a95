// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/entities.h>

#include <QSqlDatabase>
#include <QVector>

#include <optional>

namespace Beamline {

// Planned posts with their channels (and per-channel text), hashtags and links.
class PostRepository final
{
public:
    explicit PostRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    std::optional<Post> find(qint64 id) const;
    // Posts scheduled in [fromUtc, toUtc), in time order.
    QVector<Post> scheduledBetween(const QDateTime &fromUtc, const QDateTime &toUtc) const;
    // Posts with no date yet (ideas, drafts waiting for a slot).
    QVector<Post> unscheduled() const;
    QVector<Post> forSeries(qint64 seriesId) const;
    std::optional<Post> forOccurrence(qint64 seriesId, const QDateTime &occurrence) const;
    QVector<Post> all() const;

    qint64 insert(const Post &post);
    void update(const Post &post);
    void remove(qint64 id);
    // Moves a post to another time; the rest of it is unchanged.
    void reschedule(qint64 id, const QDateTime &scheduledAtUtc);
    void setStatus(qint64 id, PostStatus status);

private:
    QVector<Post> select(const QString &where, const QVariantMap &bindings, const QString &order) const;
    void writeChildren(const Post &post, qint64 id);

    QSqlDatabase m_db;
};

} // namespace Beamline
