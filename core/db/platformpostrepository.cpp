// SPDX-License-Identifier: GPL-3.0-or-later
#include "platformpostrepository.h"

#include "faststatement.h"
#include "rowjournal.h"
#include "sqlquery.h"

#include <core/domain/isotime.h>

#include <QJsonDocument>
#include <QSet>
#include <QJsonObject>

namespace Beamline {

namespace {
const QString SnapshotColumns = QStringLiteral("impressions, reach, views, likes, comments, shares, saves, clicks, follows, "
                                               "video_views, watch_seconds, engagements, profile_visits, extras");
const QString PostColumns = QStringLiteral("id, channel_id, external_id, permalink, published_at, text, post_type, is_story, "
                                           "post_id, match_method, match_confirmed, series_id, campaign_id");

// {"detail_expands":7,"hashtag_clicks":3}: keys sorted so equal extras give equal text.
// Written by hand: QJsonDocument costs more than the rest of a row. Keys are the program's
// own metric keys ([a-z0-9_]), so they need no escaping.
QString extrasJson(const QHash<QString, double> &extras)
{
    if (extras.isEmpty())
        return {};
    QStringList keys = extras.keys();
    keys.sort();
    QString json;
    json.reserve(24 * keys.size());
    json += QLatin1Char('{');
    for (const QString &key : std::as_const(keys)) {
        if (json.size() > 1)
            json += QLatin1Char(',');
        json += QLatin1Char('"') + key + QStringLiteral("\":") + QString::number(extras.value(key), 'g', 17);
    }
    json += QLatin1Char('}');
    return json;
}

QHash<QString, double> parseExtras(const QString &json)
{
    QHash<QString, double> extras;
    if (json.isEmpty())
        return extras;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        extras.insert(it.key(), it.value().toDouble());
    return extras;
}

// Reads 14 snapshot columns starting at `first`.
PostSnapshot readSnapshot(const SqlQuery &q, int first)
{
    PostSnapshot s;
    for (int i = 0; i < PostMetricCount; ++i)
        s.values[i] = q.number(first + i);
    s.extras = parseExtras(q.text(first + PostMetricCount));
    return s;
}

std::optional<qint64> optionalId(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

QVariant idOrNull(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

// From a SqlQuery, or a FastStatement where many posts are read.
template<typename Query>
PlatformPost readPost(const Query &q)
{
    PlatformPost p;
    p.id = q.integer(0);
    p.channelId = q.integer(1);
    p.externalId = q.text(2);
    p.permalink = q.text(3);
    p.publishedAt = IsoTime::parseUtc(q.text(4));
    p.text = q.text(5);
    p.postType = q.text(6);
    p.isStory = q.integer(7) != 0;
    p.postId = optionalId(q.value(8));
    p.matchMethod = q.text(9);
    p.matchConfirmed = q.integer(10) != 0;
    p.seriesId = optionalId(q.value(11));
    p.campaignId = optionalId(q.value(12));
    return p;
}

bool sameSnapshot(const PostSnapshot &a, const PostSnapshot &b)
{
    for (int i = 0; i < PostMetricCount; ++i) {
        const auto &x = a.values[i];
        const auto &y = b.values[i];
        if (x.has_value() != y.has_value() || (x && qAbs(*x - *y) > 1e-9 * qMax(1.0, qAbs(*x))))
            return false;
    }
    if (a.extras.size() != b.extras.size())
        return false;
    for (auto it = a.extras.cbegin(); it != a.extras.cend(); ++it) {
        const auto other = b.extras.constFind(it.key());
        if (other == b.extras.cend() || qAbs(*other - it.value()) > 1e-9 * qMax(1.0, qAbs(it.value())))
            return false;
    }
    return true;
}
} // namespace

PlatformPostRepository::PlatformPostRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

PlatformPostRepository::~PlatformPostRepository() = default;

void PlatformPostRepository::prepare()
{
    if (m_find)
        return;
    m_find = std::make_unique<FastStatement>(m_db, QStringLiteral(
        "SELECT p.id, p.text, p.permalink, p.published_at, p.post_type, s.id, s.batch_id, s.captured_at, %1, "
        "(SELECT b.id FROM post_snapshots b WHERE b.platform_post_id = p.id AND b.batch_id = :p0), "
        "(SELECT b.source_line FROM post_snapshots b WHERE b.platform_post_id = p.id AND b.batch_id = :p3), "
        "(SELECT i.sha256 FROM import_batches i WHERE i.id = s.batch_id) "
        "FROM platform_posts p LEFT JOIN post_snapshots s ON s.platform_post_id = p.id AND s.is_current = 1 "
        "WHERE p.channel_id = :p1 AND p.external_id = :p2").arg(SnapshotColumns));
    m_insertPost = std::make_unique<FastStatement>(m_db, QStringLiteral(
        "INSERT INTO platform_posts (channel_id, external_id, permalink, published_at, text, post_type, is_story, "
        "first_batch_id) VALUES (%1) ON CONFLICT (channel_id, external_id) DO NOTHING").arg(SqlQuery::placeholders(0, 8)));
    m_insertSnapshot = std::make_unique<FastStatement>(m_db, QStringLiteral(
        "INSERT INTO post_snapshots (platform_post_id, batch_id, captured_at, is_current, source_line, %1) "
        "VALUES (%2)").arg(SnapshotColumns, SqlQuery::placeholders(0, 5 + PostMetricCount + 1)));
    m_clearCurrent = std::make_unique<FastStatement>(m_db, QStringLiteral(
        "UPDATE post_snapshots SET is_current = 0 WHERE platform_post_id = :p0 AND is_current = 1"));
    m_refreshPost = std::make_unique<FastStatement>(m_db, QStringLiteral(
        "UPDATE platform_posts SET permalink = COALESCE(:p0, permalink), published_at = COALESCE(:p1, published_at), "
        "text = COALESCE(:p2, text), post_type = COALESCE(:p3, post_type), is_story = :p4 WHERE id = :p5"));
}

namespace {
// Binds text as SQL NULL when empty (the COALESCE refresh keeps the stored value then).
void bindTextOrNull(FastStatement &q, int position, const QString &text)
{
    if (text.isEmpty())
        q.bindNull(position);
    else
        q.bind(position, text);
}

// Reads 14 snapshot columns starting at `first` from a fast statement.
PostSnapshot readSnapshot(const FastStatement &q, int first)
{
    PostSnapshot s;
    for (int i = 0; i < PostMetricCount; ++i)
        s.values[i] = q.optionalNumber(first + i);
    s.extras = parseExtras(q.text(first + PostMetricCount));
    return s;
}
} // namespace

qint64 PlatformPostRepository::insertSnapshot(qint64 postId, qint64 batchId, const QDateTime &capturedAt, qint64 line,
                                              const PostSnapshot &snapshot, bool current)
{
    FastStatement &q = *m_insertSnapshot;
    q.bind(0, postId).bind(1, batchId).bind(2, IsoTime::utc(capturedAt)).bind(3, current ? 1 : 0).bind(4, line);
    int position = 5;
    for (const auto &v : snapshot.values)
        q.bind(position++, v);
    bindTextOrNull(q, position, extrasJson(snapshot.extras));
    q.exec();
    return q.lastInsertId();
}

VersionedRows::Result PlatformPostRepository::write(qint64 batchId, const VersionedRows::Precedence &precedence, qint64 sourceLine,
                                                   PlatformPost &post, const PostSnapshot &snapshot)
{
    prepare();
    const QDateTime capturedAt = IsoTime::parseUtc(precedence.capturedAt);
    if (m_freshBatch != batchId) {
        m_freshChannel.clear();
        m_freshBatch = batchId;
    }
    auto fresh = m_freshChannel.find(post.channelId);
    if (fresh == m_freshChannel.end()) {
        SqlQuery any(m_db, QStringLiteral("SELECT 1 FROM platform_posts WHERE channel_id = :c LIMIT 1"));
        any.bind(QStringLiteral(":c"), post.channelId).exec();
        fresh = m_freshChannel.insert(post.channelId, !any.next());
    }

    auto insertNew = [&]() -> bool {
        FastStatement &q = *m_insertPost;
        q.bind(0, post.channelId).bind(1, post.externalId);
        bindTextOrNull(q, 2, post.permalink);
        bindTextOrNull(q, 3, IsoTime::utc(post.publishedAt));
        bindTextOrNull(q, 4, post.text);
        bindTextOrNull(q, 5, post.postType);
        q.bind(6, post.isStory ? 1 : 0).bind(7, batchId);
        q.exec();
        if (q.changes() == 0)
            return false;
        post.id = q.lastInsertId();
        insertSnapshot(post.id, batchId, capturedAt, sourceLine, snapshot, true);
        return true;
    };

    if (*fresh && insertNew())
        return {WriteOutcome::Added, 0, {}, true};

    FastStatement &find = *m_find;
    find.bind(0, batchId).bind(1, post.channelId).bind(2, post.externalId).bind(3, batchId);
    find.query();
    if (!find.next()) {
        find.finish();
        if (insertNew())
            return {WriteOutcome::Added, 0, {}, true};
        return {WriteOutcome::Unchanged, 0, {}, false}; // unreachable: the row exists if the insert clashed
    }
    post.id = find.integer(0);
    const bool hasCurrent = !find.isNull(5);
    const qint64 currentBatch = find.integer(6);
    const VersionedRows::Precedence current{find.text(7), find.text(8 + PostMetricCount + 3)};
    const PostSnapshot currentSnapshot = hasCurrent ? readSnapshot(find, 8) : PostSnapshot{};
    const bool hasSameBatchSnapshot = !find.isNull(8 + PostMetricCount + 1);
    const qint64 sameBatchLine = find.integer(8 + PostMetricCount + 2);
    find.finish();

    auto refresh = [&] {
        FastStatement &q = *m_refreshPost;
        bindTextOrNull(q, 0, post.permalink);
        bindTextOrNull(q, 1, IsoTime::utc(post.publishedAt));
        bindTextOrNull(q, 2, post.text);
        bindTextOrNull(q, 3, post.postType);
        q.bind(4, post.isStory ? 1 : 0).bind(5, post.id);
        q.exec();
    };

    if (hasSameBatchSnapshot) {
        // The same post twice in one file: the same figures again, or a contradiction.
        if (hasCurrent && currentBatch == batchId && sameSnapshot(currentSnapshot, snapshot))
            return {WriteOutcome::Duplicate, sameBatchLine, {}, false};
        QStringList differ;
        const PostSnapshot mine = hasCurrent && currentBatch == batchId ? currentSnapshot : PostSnapshot{};
        for (int i = 0; i < PostMetricCount; ++i) {
            if (mine.values[i] != snapshot.values[i])
                differ.append(MetricKeys::key(PostMetric(i)));
        }
        if (hasCurrent && currentBatch == batchId && differ.isEmpty())
            return {WriteOutcome::Duplicate, sameBatchLine, {}, false};
        return {WriteOutcome::Conflict, sameBatchLine, differ, false};
    }
    // The newest export's snapshot is the post's current one, whatever the order of the imports.
    const bool newest = !hasCurrent || current < precedence;
    if (hasCurrent && sameSnapshot(currentSnapshot, snapshot)) {
        insertSnapshot(post.id, batchId, capturedAt, sourceLine, snapshot, false);
        if (newest) {
            m_clearCurrent->bind(0, post.id);
            m_clearCurrent->exec();
            setCurrentForBatch(post.id, batchId);
            refresh();
        }
        return {WriteOutcome::Unchanged, 0, {}, false};
    }
    if (newest) {
        m_clearCurrent->bind(0, post.id);
        m_clearCurrent->exec();
        insertSnapshot(post.id, batchId, capturedAt, sourceLine, snapshot, true);
        refresh();
        return {WriteOutcome::Updated, 0, {}, false};
    }
    insertSnapshot(post.id, batchId, capturedAt, sourceLine, snapshot, false);
    return {WriteOutcome::Older, 0, {}, false};
}

void PlatformPostRepository::setCurrentForBatch(qint64 platformPostId, qint64 batchId)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE post_snapshots SET is_current = 1 WHERE platform_post_id = :p AND batch_id = :b"));
    q.bind(QStringLiteral(":p"), platformPostId).bind(QStringLiteral(":b"), batchId).exec();
}

void PlatformPostRepository::undoBatch(qint64 batchId)
{
    SqlQuery drop(m_db, QStringLiteral("DELETE FROM post_snapshots WHERE batch_id = :b"));
    drop.bind(QStringLiteral(":b"), batchId).exec();
    promoteNewest();
    // A post is only known through its snapshots: with none left, it goes too.
    SqlQuery orphans(m_db, QStringLiteral("DELETE FROM platform_posts WHERE NOT EXISTS "
                                          "(SELECT 1 FROM post_snapshots s WHERE s.platform_post_id = platform_posts.id)"));
    orphans.exec();
}

void PlatformPostRepository::promoteNewest()
{
    SqlQuery promote(m_db, QStringLiteral(
        "UPDATE post_snapshots SET is_current = 1 WHERE id IN ("
        " SELECT (SELECT s.id FROM post_snapshots s JOIN import_batches b ON b.id = s.batch_id WHERE s.platform_post_id = p.id "
        "  ORDER BY s.captured_at DESC, b.sha256 DESC LIMIT 1)"
        " FROM platform_posts p WHERE NOT EXISTS (SELECT 1 FROM post_snapshots c WHERE c.platform_post_id = p.id AND c.is_current = 1))"));
    promote.exec();
}

void PlatformPostRepository::restoreBatch(const QVector<QVariantMap> &posts, const QVector<QVariantMap> &snapshots)
{
    RowJournal written; // only its inserts are used
    const auto exists = [this](const char *table, const QVariant &id) {
        SqlQuery q(m_db, QStringLiteral("SELECT 1 FROM %1 WHERE id = :id").arg(QLatin1String(table)));
        q.bind(QStringLiteral(":id"), id).exec();
        return q.next();
    };
    for (QVariantMap post : posts) {
        if (exists("platform_posts", post.value(QStringLiteral("id"))))
            continue;
        // What it was linked to may have gone meanwhile (the foreign keys would have let go).
        static const std::pair<const char *, const char *> links[] = {{"post_id", "posts"}, {"series_id", "series"}, {"campaign_id", "campaigns"}};
        for (const auto &link : links) {
            const QString key = QLatin1String(link.first);
            if (!post.value(key).isNull() && !exists(link.second, post.value(key)))
                post.insert(key, QVariant());
        }
        written.insert(m_db, QStringLiteral("platform_posts"), post);
    }
    // Which snapshot is current is decided again, newest first, once they are all back.
    SqlQuery notCurrent(m_db, QStringLiteral("UPDATE post_snapshots SET is_current = 0 WHERE platform_post_id = :p"));
    QSet<qint64> cleared;
    for (const QVariantMap &snapshot : snapshots) {
        const qint64 post = snapshot.value(QStringLiteral("platform_post_id")).toLongLong();
        if (!cleared.contains(post)) {
            notCurrent.bind(QStringLiteral(":p"), post).exec();
            cleared.insert(post);
        }
    }
    for (QVariantMap snapshot : snapshots) {
        snapshot.insert(QStringLiteral("is_current"), 0);
        written.insert(m_db, QStringLiteral("post_snapshots"), snapshot);
    }
    promoteNewest();
}

std::optional<PlatformPost> PlatformPostRepository::find(qint64 id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM platform_posts WHERE id = :id").arg(PostColumns));
    q.bind(QStringLiteral(":id"), id).exec();
    if (q.next())
        return readPost(q);
    return std::nullopt;
}

std::optional<PlatformPost> PlatformPostRepository::find(qint64 channelId, const QString &externalId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM platform_posts WHERE channel_id = :c AND external_id = :e").arg(PostColumns));
    q.bind(QStringLiteral(":c"), channelId).bind(QStringLiteral(":e"), externalId).exec();
    if (q.next())
        return readPost(q);
    return std::nullopt;
}

QVector<PlatformPost> PlatformPostRepository::publishedBetween(const QDateTime &fromUtc, const QDateTime &toUtc) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM platform_posts WHERE published_at >= :from AND published_at < :to "
                                    "ORDER BY published_at, id").arg(PostColumns));
    q.bind(QStringLiteral(":from"), IsoTime::utc(fromUtc)).bind(QStringLiteral(":to"), IsoTime::utc(toUtc)).exec();
    QVector<PlatformPost> result;
    while (q.next())
        result.append(readPost(q));
    return result;
}

std::optional<PlatformPostRepository::SnapshotRecord> PlatformPostRepository::currentSnapshot(qint64 platformPostId) const
{
    const auto all = history(platformPostId);
    for (const SnapshotRecord &record : all) {
        if (record.isCurrent)
            return record;
    }
    return std::nullopt;
}

QVector<PlatformPostRepository::SnapshotRecord> PlatformPostRepository::history(qint64 platformPostId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, batch_id, captured_at, is_current, source_line, %1 FROM post_snapshots "
                                    "WHERE platform_post_id = :p ORDER BY captured_at, batch_id").arg(SnapshotColumns));
    q.bind(QStringLiteral(":p"), platformPostId).exec();
    QVector<SnapshotRecord> result;
    while (q.next()) {
        SnapshotRecord r;
        r.id = q.integer(0);
        r.batchId = q.integer(1);
        r.capturedAt = IsoTime::parseUtc(q.text(2));
        r.isCurrent = q.integer(3) != 0;
        r.sourceLine = q.integer(4);
        r.snapshot = readSnapshot(q, 5);
        result.append(r);
    }
    return result;
}

qint64 PlatformPostRepository::count() const
{
    return SqlQuery::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM platform_posts")).toLongLong();
}

void PlatformPostRepository::setPlannedPost(qint64 platformPostId, std::optional<qint64> postId, const QString &method, bool confirmed)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE platform_posts SET post_id = :post, match_method = :method, "
                                    "match_confirmed = :confirmed WHERE id = :id"));
    q.bind(QStringLiteral(":post"), idOrNull(postId))
        .bind(QStringLiteral(":method"), nullableText(method))
        .bind(QStringLiteral(":confirmed"), confirmed ? 1 : 0)
        .bind(QStringLiteral(":id"), platformPostId)
        .exec();
}

void PlatformPostRepository::setSeries(qint64 platformPostId, std::optional<qint64> seriesId)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE platform_posts SET series_id = :s WHERE id = :id"));
    q.bind(QStringLiteral(":s"), idOrNull(seriesId)).bind(QStringLiteral(":id"), platformPostId).exec();
}

void PlatformPostRepository::setCampaign(qint64 platformPostId, std::optional<qint64> campaignId)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE platform_posts SET campaign_id = :c WHERE id = :id"));
    q.bind(QStringLiteral(":c"), idOrNull(campaignId)).bind(QStringLiteral(":id"), platformPostId).exec();
}

QVector<PlatformPost> PlatformPostRepository::touchedBy(qint64 batchId, qint64 afterId, int limit) const
{
    QString columns = PostColumns;
    columns.replace(QLatin1String(", "), QLatin1String(", p."));
    // Every post of an import is read back here (the post matcher): SQLite's C API when it can.
    FastStatement q(m_db, QStringLiteral("SELECT p.%1 FROM post_snapshots s JOIN platform_posts p ON p.id = s.platform_post_id "
                                         "WHERE s.batch_id = :p0 AND s.platform_post_id > :p1 ORDER BY s.platform_post_id LIMIT :p2")
                              .arg(columns));
    q.bind(0, batchId).bind(1, afterId).bind(2, qint64(limit));
    q.query();
    QVector<PlatformPost> result;
    result.reserve(limit);
    while (q.next())
        result.append(readPost(q));
    q.finish();
    return result;
}

QVector<PlatformPost> PlatformPostRepository::linkedTo(qint64 postId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM platform_posts WHERE post_id = :p ORDER BY published_at, id").arg(PostColumns));
    q.bind(QStringLiteral(":p"), postId).exec();
    QVector<PlatformPost> result;
    while (q.next())
        result.append(readPost(q));
    return result;
}

QList<qint64> PlatformPostRepository::idsInSeries(qint64 seriesId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM platform_posts WHERE series_id = :s ORDER BY id"));
    q.bind(QStringLiteral(":s"), seriesId).exec();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

QVector<PlatformPost> PlatformPostRepository::unconfirmedMatches(bool includeUnlinked) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM platform_posts WHERE match_confirmed = 0%2 "
                                    "ORDER BY published_at DESC, id")
                         .arg(PostColumns, includeUnlinked ? QString() : QStringLiteral(" AND post_id IS NOT NULL")));
    q.exec();
    QVector<PlatformPost> result;
    while (q.next())
        result.append(readPost(q));
    return result;
}

} // namespace Beamline
