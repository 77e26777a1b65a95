// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "versionedrows.h"

#include <core/domain/imported.h>

#include <QSqlDatabase>
#include <QVariantMap>
#include <QVector>

#include <memory>
#include <optional>

namespace Beamline {

class FastStatement;

// Posts as the platforms' exports describe them, with one lifetime snapshot of their
// metrics per export. The newest capture is a post's current value; older ones stay as
// its history.
class PlatformPostRepository final
{
public:
    struct SnapshotRecord {
        qint64 id = 0;
        qint64 batchId = 0;
        QDateTime capturedAt;
        bool isCurrent = false;
        qint64 sourceLine = 0;
        PostSnapshot snapshot;
    };

    explicit PlatformPostRepository(QSqlDatabase db);
    ~PlatformPostRepository();
    Q_DISABLE_COPY_MOVE(PlatformPostRepository)

    // Stores one export row: the post (created or refreshed) and its snapshot. Sets post.id.
    // The snapshot of the newest export (precedence: capture time, then the file's digest) is
    // the post's current one, whatever the order of the imports. Added: a new post; Updated:
    // a newer snapshot; Unchanged: same values as the current snapshot; Older: kept as
    // history behind a newer snapshot; Duplicate / Conflict: the post's second row in one
    // file, with the same or with other figures.
    VersionedRows::Result write(qint64 batchId, const VersionedRows::Precedence &precedence, qint64 sourceLine, PlatformPost &post,
                                const PostSnapshot &snapshot);
    void undoBatch(qint64 batchId);
    // Puts back what undoBatch() removed of a batch, as RowJournal::select read it: the posts
    // known only through it (unless they are back), with their links where the linked rows
    // still exist, and its snapshots; each post's newest snapshot is then its current one.
    void restoreBatch(const QVector<QVariantMap> &posts, const QVector<QVariantMap> &snapshots);

    std::optional<PlatformPost> find(qint64 id) const;
    std::optional<PlatformPost> find(qint64 channelId, const QString &externalId) const;
    // Posts published in [fromUtc, toUtc), oldest first.
    QVector<PlatformPost> publishedBetween(const QDateTime &fromUtc, const QDateTime &toUtc) const;
    std::optional<SnapshotRecord> currentSnapshot(qint64 platformPostId) const;
    // Every snapshot of a post, oldest capture first.
    QVector<SnapshotRecord> history(qint64 platformPostId) const;
    qint64 count() const;

    void setPlannedPost(qint64 platformPostId, std::optional<qint64> postId, const QString &method, bool confirmed);
    void setSeries(qint64 platformPostId, std::optional<qint64> seriesId);
    void setCampaign(qint64 platformPostId, std::optional<qint64> campaignId);
    // Posts linked to a planned post by a suggestion the user has not confirmed yet.
    // Imported posts whose link to the plan nobody confirmed: those Beamline linked, and
    // with includeUnlinked those it found nothing for as well. Newest first.
    QVector<PlatformPost> unconfirmedMatches(bool includeUnlinked = false) const;
    // Posts that have a snapshot from this batch, by id, at most `limit` after `afterId`
    // (page through a big import without holding it all).
    QVector<PlatformPost> touchedBy(qint64 batchId, qint64 afterId = 0, int limit = 1000000) const;
    // Posts linked to a planned post.
    QVector<PlatformPost> linkedTo(qint64 postId) const;
    // Imported posts counted in a series (to restore the links when a deletion is undone).
    QList<qint64> idsInSeries(qint64 seriesId) const;

private:
    void setCurrentForBatch(qint64 platformPostId, qint64 batchId);
    void prepare();
    // Makes each post without a current snapshot take its newest one.
    void promoteNewest();
    qint64 insertSnapshot(qint64 postId, qint64 batchId, const QDateTime &capturedAt, qint64 line,
                          const PostSnapshot &snapshot, bool current);

    QSqlDatabase m_db;
    std::unique_ptr<FastStatement> m_find;
    std::unique_ptr<FastStatement> m_insertPost;
    std::unique_ptr<FastStatement> m_insertSnapshot;
    std::unique_ptr<FastStatement> m_clearCurrent;
    std::unique_ptr<FastStatement> m_refreshPost;
    QHash<qint64, bool> m_freshChannel;
    qint64 m_freshBatch = 0;
};

} // namespace Beamline
