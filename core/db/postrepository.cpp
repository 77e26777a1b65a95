// SPDX-License-Identifier: GPL-3.0-or-later
#include "postrepository.h"

#include "databaseerror.h"
#include "personrepository.h"
#include "scopedtransaction.h"
#include "sqlquery.h"

#include <core/domain/isotime.h>

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QLocale>

namespace Beamline {

namespace {
const QString Columns = QStringLiteral("p.id, p.title, p.body, p.status, p.pillar_id, p.series_id, p.occurrence, "
                                       "p.campaign_id, p.assignee_id, p.scheduled_at, p.published_at, p.language, "
                                       "p.notes, p.created_at, p.updated_at, p.approver_id, p.version, p.updated_by, "
                                       "p.created_by, p.changed_by, p.approved_by, p.approved_at");

// A status that moves a post back before its approval withdraws it; moving to 'approved'
// records who approved it (the same rule as the server's trigger, migration 0006). Otherwise
// %1 and %2 stay: the stored approval, or the one of the post written (an undo puts it back).
// The casts tell PostgreSQL the parameters' type, which a CASE of parameters alone does not.
const QString ApprovalColumns = QStringLiteral(
    "approved_by = CASE WHEN :approving = 1 AND status <> 'approved' THEN CAST(:approver_me AS BIGINT) "
    "WHEN :withdrawing = 1 THEN NULL ELSE %1 END, "
    "approved_at = CASE WHEN :approving2 = 1 AND status <> 'approved' THEN :approved_now "
    "WHEN :withdrawing2 = 1 THEN NULL ELSE %2 END");

bool beforeApproval(PostStatus status)
{
    return status == PostStatus::Idea || status == PostStatus::Draft || status == PostStatus::Review;
}

void bindApproval(SqlQuery &q, PostStatus status, const QVariant &me, const QString &now)
{
    const int approving = status == PostStatus::Approved ? 1 : 0;
    const int withdrawing = beforeApproval(status) ? 1 : 0;
    q.bind(QStringLiteral(":approving"), approving)
        .bind(QStringLiteral(":approving2"), approving)
        .bind(QStringLiteral(":withdrawing"), withdrawing)
        .bind(QStringLiteral(":withdrawing2"), withdrawing)
        .bind(QStringLiteral(":approver_me"), me)
        .bind(QStringLiteral(":approved_now"), now);
}

std::optional<qint64> optionalId(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

QVariant idOrNull(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

Post read(const SqlQuery &q)
{
    Post p;
    p.id = q.integer(0);
    p.title = q.text(1);
    p.body = q.text(2);
    p.status = PostStatuses::fromKey(q.text(3)).value_or(PostStatus::Idea);
    p.pillarId = optionalId(q.value(4));
    p.seriesId = optionalId(q.value(5));
    p.occurrence = IsoTime::parseWallClock(q.text(6));
    p.campaignId = optionalId(q.value(7));
    p.assigneeId = optionalId(q.value(8));
    p.scheduledAt = IsoTime::parseUtc(q.text(9));
    p.publishedAt = IsoTime::parseUtc(q.text(10));
    p.language = q.text(11);
    p.notes = q.text(12);
    p.createdAt = IsoTime::parseUtc(q.text(13));
    p.updatedAt = IsoTime::parseUtc(q.text(14));
    p.approverId = optionalId(q.value(15));
    p.version = q.integer(16);
    p.updatedBy = q.text(17);
    p.createdBy = optionalId(q.value(18));
    p.changedBy = optionalId(q.value(19));
    p.approvedBy = optionalId(q.value(20));
    p.approvedAt = IsoTime::parseUtc(q.text(21));
    return p;
}

void bind(SqlQuery &q, const Post &p)
{
    q.bind(QStringLiteral(":title"), p.title)
        .bind(QStringLiteral(":body"), nullableText(p.body))
        .bind(QStringLiteral(":status"), PostStatuses::key(p.status))
        .bind(QStringLiteral(":pillar"), idOrNull(p.pillarId))
        .bind(QStringLiteral(":series"), idOrNull(p.seriesId))
        .bind(QStringLiteral(":occurrence"), nullableText(IsoTime::wallClock(p.occurrence)))
        .bind(QStringLiteral(":campaign"), idOrNull(p.campaignId))
        .bind(QStringLiteral(":assignee"), idOrNull(p.assigneeId))
        .bind(QStringLiteral(":scheduled"), nullableText(IsoTime::utc(p.scheduledAt)))
        .bind(QStringLiteral(":published"), nullableText(IsoTime::utc(p.publishedAt)))
        .bind(QStringLiteral(":language"), p.language.isEmpty() ? QStringLiteral("en") : p.language)
        .bind(QStringLiteral(":notes"), nullableText(p.notes))
        .bind(QStringLiteral(":approver"), idOrNull(p.approverId));
}
} // namespace

QVector<Post> PostRepository::select(const QString &where, const QVariantMap &bindings, const QString &order) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM posts p %2 ORDER BY %3").arg(Columns, where, order));
    for (auto it = bindings.cbegin(); it != bindings.cend(); ++it)
        q.bind(it.key(), it.value());
    q.exec();
    QVector<Post> posts;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        index.insert(q.integer(0), posts.size());
        posts.append(read(q));
    }
    if (posts.isEmpty())
        return posts;

    // Children of all selected posts in one query per table.
    const QString selected = QStringLiteral("SELECT p.id FROM posts p %1").arg(where);
    SqlQuery channels(m_db, QStringLiteral("SELECT post_id, channel_id, text_variant FROM post_channels "
                                           "WHERE post_id IN (%1) ORDER BY post_id, channel_id").arg(selected));
    for (auto it = bindings.cbegin(); it != bindings.cend(); ++it)
        channels.bind(it.key(), it.value());
    channels.exec();
    while (channels.next()) {
        if (const auto i = index.find(channels.integer(0)); i != index.end())
            posts[*i].channels.append({channels.integer(1), channels.text(2)});
    }
    SqlQuery tags(m_db, QStringLiteral("SELECT post_id, tag FROM post_hashtags WHERE post_id IN (%1) ORDER BY post_id, tag").arg(selected));
    for (auto it = bindings.cbegin(); it != bindings.cend(); ++it)
        tags.bind(it.key(), it.value());
    tags.exec();
    while (tags.next()) {
        if (const auto i = index.find(tags.integer(0)); i != index.end())
            posts[*i].hashtags.append(tags.text(1));
    }
    SqlQuery links(m_db, QStringLiteral("SELECT post_id, url FROM post_links WHERE post_id IN (%1) ORDER BY post_id, url").arg(selected));
    for (auto it = bindings.cbegin(); it != bindings.cend(); ++it)
        links.bind(it.key(), it.value());
    links.exec();
    while (links.next()) {
        if (const auto i = index.find(links.integer(0)); i != index.end())
            posts[*i].links.append(links.text(1));
    }
    return posts;
}

std::optional<Post> PostRepository::find(qint64 id) const
{
    const auto posts = select(QStringLiteral("WHERE p.id = :id"), {{QStringLiteral(":id"), id}}, QStringLiteral("p.id"));
    return posts.isEmpty() ? std::nullopt : std::optional<Post>(posts.first());
}

QVector<Post> PostRepository::scheduledBetween(const QDateTime &fromUtc, const QDateTime &toUtc) const
{
    return select(QStringLiteral("WHERE p.scheduled_at >= :from AND p.scheduled_at < :to"),
                  {{QStringLiteral(":from"), IsoTime::utc(fromUtc)}, {QStringLiteral(":to"), IsoTime::utc(toUtc)}},
                  QStringLiteral("p.scheduled_at, p.id"));
}

QVector<Post> PostRepository::unscheduled() const
{
    return select(QStringLiteral("WHERE p.scheduled_at IS NULL"), {}, QStringLiteral("p.created_at, p.id"));
}

QVector<Post> PostRepository::forSeries(qint64 seriesId) const
{
    return select(QStringLiteral("WHERE p.series_id = :series"), {{QStringLiteral(":series"), seriesId}},
                  QStringLiteral("p.occurrence, p.id"));
}

std::optional<Post> PostRepository::forOccurrence(qint64 seriesId, const QDateTime &occurrence) const
{
    const auto posts = select(QStringLiteral("WHERE p.series_id = :series AND p.occurrence = :occurrence"),
                              {{QStringLiteral(":series"), seriesId},
                               {QStringLiteral(":occurrence"), IsoTime::wallClock(occurrence)}},
                              QStringLiteral("p.id"));
    return posts.isEmpty() ? std::nullopt : std::optional<Post>(posts.first());
}

QVector<Post> PostRepository::all() const
{
    return select({}, {}, QStringLiteral("p.scheduled_at, p.id"));
}

void PostRepository::writeChildren(const Post &post, qint64 id)
{
    for (const QString &table : {QStringLiteral("post_channels"), QStringLiteral("post_hashtags"), QStringLiteral("post_links")}) {
        SqlQuery del(m_db, QStringLiteral("DELETE FROM %1 WHERE post_id = :id").arg(table));
        del.bind(QStringLiteral(":id"), id).exec();
    }
    SqlQuery channel(m_db, QStringLiteral("INSERT INTO post_channels (post_id, channel_id, text_variant) VALUES (:p, :c, :t)"));
    for (const PostChannel &c : post.channels)
        channel.bind(QStringLiteral(":p"), id).bind(QStringLiteral(":c"), c.channelId).bind(QStringLiteral(":t"), nullableText(c.textVariant)).exec();
    SqlQuery tag(m_db, QStringLiteral("INSERT INTO post_hashtags (post_id, tag) VALUES (:p, :t) ON CONFLICT DO NOTHING"));
    for (const QString &t : post.hashtags)
        tag.bind(QStringLiteral(":p"), id).bind(QStringLiteral(":t"), t).exec();
    SqlQuery link(m_db, QStringLiteral("INSERT INTO post_links (post_id, url) VALUES (:p, :u) ON CONFLICT DO NOTHING"));
    for (const QString &u : post.links)
        link.bind(QStringLiteral(":p"), id).bind(QStringLiteral(":u"), u).exec();
}

qint64 PostRepository::insert(const Post &post)
{
    ScopedTransaction transaction(m_db);
    // A post that had an id (put back by undo) keeps it, so that what refers to it still does.
    const bool keepId = post.id > 0;
    SqlQuery q(m_db, QStringLiteral("INSERT INTO posts (%1title, body, status, pillar_id, series_id, occurrence, campaign_id, "
                                    "assignee_id, scheduled_at, published_at, language, notes, approver_id, created_at, updated_at, version, updated_by, "
                                    "created_by, changed_by, approved_by, approved_at) VALUES "
                                    "(%2:title, :body, :status, :pillar, :series, :occurrence, :campaign, :assignee, :scheduled, "
                                    ":published, :language, :notes, :approver, :created, :updated, :version, :by, "
                                    ":created_by, :changed_by, :approved_by, :approved_at)")
                         .arg(keepId ? QStringLiteral("id, ") : QString(), keepId ? QStringLiteral(":id, ") : QString()));
    bind(q, post);
    if (keepId)
        q.bind(QStringLiteral(":id"), post.id);
    const QString now = IsoTime::utc(QDateTime::currentDateTimeUtc());
    const std::optional<qint64> me = currentPerson();
    // A post put back (an undo) keeps who created and approved it; a new approved post is
    // approved by whoever writes it.
    const bool newApproval = post.status == PostStatus::Approved && !post.approvedBy && !post.approvedAt.isValid();
    q.bind(QStringLiteral(":created"), post.createdAt.isValid() ? IsoTime::utc(post.createdAt) : now)
        .bind(QStringLiteral(":updated"), post.updatedAt.isValid() ? IsoTime::utc(post.updatedAt) : now)
        .bind(QStringLiteral(":by"), editorName(m_db))
        .bind(QStringLiteral(":version"), insertedVersion(post))
        .bind(QStringLiteral(":created_by"), idOrNull(post.createdBy ? post.createdBy : me))
        .bind(QStringLiteral(":changed_by"), idOrNull(me))
        .bind(QStringLiteral(":approved_by"), idOrNull(newApproval ? me : post.approvedBy))
        // (approved when last changed: a post written with its times, like the demo's, keeps them)
        .bind(QStringLiteral(":approved_at"), newApproval ? QVariant(post.updatedAt.isValid() ? IsoTime::utc(post.updatedAt) : now)
                                                          : nullableText(IsoTime::utc(post.approvedAt)))
        .exec();
    const qint64 id = keepId ? post.id : q.lastInsertId();
    writeChildren(post, id);
    transaction.commit();
    return id;
}

qint64 PostRepository::insertedVersion(const Post &post)
{
    return post.version > 0 ? post.version + 1 : 1;
}

QString PostRepository::editorName(const QSqlDatabase &db)
{
    if (!db.userName().isEmpty())
        return db.userName();
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    return QDir::home().dirName(); // the account's home folder is named after it
}

void PostRepository::conflict(qint64 id, const QString &title) const
{
    const std::optional<Post> current = find(id);
    if (!current) {
        throw EditConflict(QCoreApplication::translate("Beamline::PostRepository", "“%1” was deleted by another editor since you opened it; "
                                                                                  "nothing was overwritten.").arg(title));
    }
    const QDateTime at = current->updatedAt.toLocalTime();
    const QString when = at.date() == QDate::currentDate() ? QLocale().toString(at.time(), QStringLiteral("HH:mm"))
                                                           : QLocale().toString(at, QStringLiteral("d MMM HH:mm"));
    throw EditConflict(QCoreApplication::translate("Beamline::PostRepository", "“%1” was changed by %2 at %3 since you opened it; "
                                                                              "nothing was overwritten and the current version is shown.")
                           .arg(current->title, current->updatedBy.isEmpty() ? QStringLiteral("?") : current->updatedBy, when));
}

qint64 PostRepository::update(const Post &post)
{
    ScopedTransaction transaction(m_db);
    const bool checked = post.version > 0;
    SqlQuery q(m_db, QStringLiteral("UPDATE posts SET title = :title, body = :body, status = :status, pillar_id = :pillar, "
                                    "series_id = :series, occurrence = :occurrence, campaign_id = :campaign, "
                                    "assignee_id = :assignee, scheduled_at = :scheduled, published_at = :published, "
                                    "language = :language, notes = :notes, approver_id = :approver, updated_at = :updated, "
                                    "version = version + 1, updated_by = :by, changed_by = :changed_by, %2 WHERE id = :id%1")
                         .arg(checked ? QStringLiteral(" AND version = :version") : QString(),
                              ApprovalColumns.arg(QStringLiteral("CAST(:post_approved_by AS BIGINT)"), QStringLiteral(":post_approved_at"))));
    bind(q, post);
    const QString now = IsoTime::utc(QDateTime::currentDateTimeUtc());
    const QVariant me = idOrNull(currentPerson());
    bindApproval(q, post.status, me, now);
    q.bind(QStringLiteral(":post_approved_by"), idOrNull(post.approvedBy))
        .bind(QStringLiteral(":post_approved_at"), nullableText(IsoTime::utc(post.approvedAt)));
    q.bind(QStringLiteral(":updated"), now)
        .bind(QStringLiteral(":by"), editorName(m_db))
        .bind(QStringLiteral(":changed_by"), me)
        .bind(QStringLiteral(":id"), post.id);
    if (checked)
        q.bind(QStringLiteral(":version"), post.version);
    q.exec();
    if (q.rowsAffected() == 0)
        conflict(post.id, post.title);
    writeChildren(post, post.id);
    qint64 version = post.version + 1;
    if (!checked) {
        SqlQuery read(m_db, QStringLiteral("SELECT version FROM posts WHERE id = :id"));
        read.bind(QStringLiteral(":id"), post.id).exec();
        version = read.next() ? read.integer(0) : 0;
    }
    transaction.commit();
    return version;
}

void PostRepository::remove(qint64 id, qint64 expectedVersion)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM posts WHERE id = :id%1").arg(expectedVersion > 0 ? QStringLiteral(" AND version = :version") : QString()));
    q.bind(QStringLiteral(":id"), id);
    if (expectedVersion > 0)
        q.bind(QStringLiteral(":version"), expectedVersion);
    q.exec();
    if (expectedVersion > 0 && q.rowsAffected() == 0) {
        if (const auto current = find(id))
            conflict(id, current->title);
    }
}

void PostRepository::reschedule(qint64 id, const QDateTime &scheduledAtUtc)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE posts SET scheduled_at = :at, updated_at = :updated, version = version + 1, updated_by = :by, "
                                    "changed_by = :changed_by WHERE id = :id"));
    q.bind(QStringLiteral(":at"), nullableText(IsoTime::utc(scheduledAtUtc)))
        .bind(QStringLiteral(":updated"), IsoTime::utc(QDateTime::currentDateTimeUtc()))
        .bind(QStringLiteral(":by"), editorName(m_db))
        .bind(QStringLiteral(":changed_by"), idOrNull(currentPerson()))
        .bind(QStringLiteral(":id"), id)
        .exec();
}

void PostRepository::setStatus(qint64 id, PostStatus status)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE posts SET status = :status, updated_at = :updated, version = version + 1, updated_by = :by, "
                                    "changed_by = :changed_by, %1 WHERE id = :id")
                         .arg(ApprovalColumns.arg(QStringLiteral("approved_by"), QStringLiteral("approved_at"))));
    const QString now = IsoTime::utc(QDateTime::currentDateTimeUtc());
    const QVariant me = idOrNull(currentPerson());
    bindApproval(q, status, me, now);
    q.bind(QStringLiteral(":status"), PostStatuses::key(status))
        .bind(QStringLiteral(":updated"), now)
        .bind(QStringLiteral(":by"), editorName(m_db))
        .bind(QStringLiteral(":changed_by"), me)
        .bind(QStringLiteral(":id"), id)
        .exec();
}

qint64 PostRepository::approve(qint64 id, qint64 expectedVersion)
{
    ScopedTransaction transaction(m_db);
    const bool checked = expectedVersion > 0;
    SqlQuery q(m_db, QStringLiteral("UPDATE posts SET status = 'approved', approved_by = :me, approved_at = :now, changed_by = :me2, "
                                    "updated_at = :now2, version = version + 1, updated_by = :by WHERE id = :id%1")
                         .arg(checked ? QStringLiteral(" AND version = :version") : QString()));
    const QString now = IsoTime::utc(QDateTime::currentDateTimeUtc());
    const QVariant me = idOrNull(currentPerson());
    q.bind(QStringLiteral(":me"), me)
        .bind(QStringLiteral(":me2"), me)
        .bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":now2"), now)
        .bind(QStringLiteral(":by"), editorName(m_db))
        .bind(QStringLiteral(":id"), id);
    if (checked)
        q.bind(QStringLiteral(":version"), expectedVersion);
    q.exec();
    if (q.rowsAffected() == 0) {
        const auto current = find(id);
        conflict(id, current ? current->title : QString());
    }
    SqlQuery read(m_db, QStringLiteral("SELECT version FROM posts WHERE id = :id"));
    read.bind(QStringLiteral(":id"), id).exec();
    const qint64 version = read.next() ? read.integer(0) : 0;
    transaction.commit();
    return version;
}

std::optional<qint64> PostRepository::currentPerson() const
{
    if (!m_me)
        m_me = PersonRepository(m_db).currentId().value_or(0);
    return *m_me > 0 ? std::optional<qint64>(*m_me) : std::nullopt;
}

} // namespace Beamline
