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

    // Stores a new post (with its id when it has one: a deletion undone) at the version
    // insertedVersion() gives: 1, or one more than the version of the post put back.
    qint64 insert(const Post &post);
    static qint64 insertedVersion(const Post &post);
    // Saves a post and returns its new version. When post.version is set, the save is refused
    // with EditConflict (nothing written) if the stored post is no longer at that version:
    // another editor changed or deleted it since it was read.
    qint64 update(const Post &post);
    // Deletes a post; with `expectedVersion` set, only at that version (else EditConflict).
    void remove(qint64 id, qint64 expectedVersion = 0);
    // Moves a post to another time; the rest of it is unchanged.
    void reschedule(qint64 id, const QDateTime &scheduledAtUtc);
    void setStatus(qint64 id, PostStatus status);
    // Approves a post as the current person (PersonRepository::current()) and returns its new
    // version; with expectedVersion set, only at that version (else EditConflict). On a
    // server the trigger refuses it (DatabaseError, isPermissionDenied()) unless the
    // connected role is an approver.
    qint64 approve(qint64 id, qint64 expectedVersion = 0);

    // Who a change is recorded as made by: the connection's database role on a server, the
    // system user on a file.
    static QString editorName(const QSqlDatabase &db);

private:
    [[noreturn]] void conflict(qint64 id, const QString &title) const;
    QVector<Post> select(const QString &where, const QVariantMap &bindings, const QString &order) const;
    void writeChildren(const Post &post, qint64 id);
    // Who writes (created_by, changed_by, approved_by): looked up once per repository.
    std::optional<qint64> currentPerson() const;

    QSqlDatabase m_db;
    mutable std::optional<qint64> m_me; // 0: nobody
};

} // namespace Beamline
