// SPDX-License-Identifier: GPL-3.0-or-later
#include "channelmerge.h"

#include "channelrepository.h"
#include "databaseerror.h"
#include "sqlquery.h"
#include "versionedrows.h"

#include <QHash>
#include <QVector>

namespace Beamline {

namespace {

QList<qint64> ids(const QSqlDatabase &db, const QString &sql, qint64 id)
{
    SqlQuery q(db, sql);
    q.bind(QStringLiteral(":id"), id).exec();
    QList<qint64> result;
    while (q.next())
        result.append(q.integer(0));
    return result;
}

void mergeLinks(const QSqlDatabase &db, RowJournal &journal, const QString &table, const QString &owner, qint64 from, qint64 into)
{
    // A post or series already linked to the kept channel keeps that link (and its text).
    for (const QVariantMap &row : RowJournal::select(db, table, {{QStringLiteral("channel_id"), from}})) {
        const QVariant ownerId = row.value(owner);
        journal.remove(db, table, {{owner, ownerId}, {QStringLiteral("channel_id"), from}});
        if (RowJournal::select(db, table, {{owner, ownerId}, {QStringLiteral("channel_id"), into}}).isEmpty()) {
            QVariantMap moved = row;
            moved.insert(QStringLiteral("channel_id"), into);
            journal.insert(db, table, moved);
        }
    }
}

void mergeImportedPosts(const QSqlDatabase &db, RowJournal &journal, qint64 from, qint64 into)
{
    SqlQuery q(db, QStringLiteral("SELECT f.id, i.id FROM platform_posts f LEFT JOIN platform_posts i "
                                  "ON i.channel_id = :into AND i.external_id = f.external_id WHERE f.channel_id = :from ORDER BY f.id"));
    q.bind(QStringLiteral(":into"), into).bind(QStringLiteral(":from"), from).exec();
    QVector<QPair<qint64, qint64>> posts;
    while (q.next())
        posts.append({q.integer(0), q.value(1).isNull() ? 0 : q.integer(1)});
    q.finish();

    for (const auto &[fromPost, intoPost] : std::as_const(posts)) {
        if (intoPost == 0) {
            journal.update(db, QStringLiteral("platform_posts"), fromPost, {{QStringLiteral("channel_id"), into}});
            continue;
        }
        // The same post under both names: one row with the snapshots of both.
        const QList<qint64> intoBatches = ids(db, QStringLiteral("SELECT batch_id FROM post_snapshots WHERE platform_post_id = :id"), intoPost);
        for (const QVariantMap &snapshot : RowJournal::select(db, QStringLiteral("post_snapshots"), {{QStringLiteral("platform_post_id"), fromPost}})) {
            const qint64 id = snapshot.value(QStringLiteral("id")).toLongLong();
            if (intoBatches.contains(snapshot.value(QStringLiteral("batch_id")).toLongLong()))
                journal.remove(db, QStringLiteral("post_snapshots"), {{QStringLiteral("id"), id}});
            else
                journal.update(db, QStringLiteral("post_snapshots"), id,
                               {{QStringLiteral("platform_post_id"), intoPost}, {QStringLiteral("is_current"), 0}});
        }
        // The newest capture is the current one.
        const QList<qint64> snapshots = ids(db, QStringLiteral("SELECT id FROM post_snapshots WHERE platform_post_id = :id "
                                                               "ORDER BY captured_at DESC, batch_id DESC"), intoPost);
        for (qint64 id : ids(db, QStringLiteral("SELECT id FROM post_snapshots WHERE platform_post_id = :id AND is_current = 1"), intoPost)) {
            if (snapshots.isEmpty() || id != snapshots.first())
                journal.update(db, QStringLiteral("post_snapshots"), id, {{QStringLiteral("is_current"), 0}});
        }
        if (!snapshots.isEmpty())
            journal.update(db, QStringLiteral("post_snapshots"), snapshots.first(), {{QStringLiteral("is_current"), 1}});
        // Links to the plan, series and campaign the kept row lacks come from the other.
        const QVariantMap fromRow = RowJournal::select(db, QStringLiteral("platform_posts"), {{QStringLiteral("id"), fromPost}}).value(0);
        const QVariantMap intoRow = RowJournal::select(db, QStringLiteral("platform_posts"), {{QStringLiteral("id"), intoPost}}).value(0);
        QVariantMap links;
        if (intoRow.value(QStringLiteral("post_id")).isNull() && !fromRow.value(QStringLiteral("post_id")).isNull()) {
            for (const char *column : {"post_id", "match_method", "match_confirmed"})
                links.insert(QLatin1String(column), fromRow.value(QLatin1String(column)));
        }
        for (const char *column : {"series_id", "campaign_id"}) {
            if (intoRow.value(QLatin1String(column)).isNull() && !fromRow.value(QLatin1String(column)).isNull())
                links.insert(QLatin1String(column), fromRow.value(QLatin1String(column)));
        }
        journal.update(db, QStringLiteral("platform_posts"), intoPost, links);
        journal.remove(db, QStringLiteral("platform_posts"), {{QStringLiteral("id"), fromPost}});
    }
}

void mergeDailyFigures(const QSqlDatabase &db, RowJournal &journal, qint64 from, qint64 into)
{
    // Each version moves under the kept channel's key. A batch that wrote the same figure
    // for both channels keeps the kept channel's row.
    SqlQuery q(db, QStringLiteral("SELECT f.id, f.metric, f.day, "
                                  "(SELECT i.id FROM daily_metrics i WHERE i.channel_id = :into AND i.metric = f.metric AND i.day = f.day "
                                  "AND i.batch_id = f.batch_id AND i.occurrence = f.occurrence) "
                                  "FROM daily_metrics f WHERE f.channel_id = :from ORDER BY f.id"));
    q.bind(QStringLiteral(":into"), into).bind(QStringLiteral(":from"), from).exec();
    struct Row {
        qint64 id;
        QString metric, day;
        bool clash;
    };
    QVector<Row> rows;
    while (q.next())
        rows.append({q.integer(0), q.text(1), q.text(2), !q.value(3).isNull()});
    q.finish();
    QSet<QPair<QString, QString>> touched;
    for (const Row &row : std::as_const(rows)) {
        if (row.clash) {
            journal.remove(db, QStringLiteral("daily_metrics"), {{QStringLiteral("id"), row.id}});
            continue;
        }
        const qint64 hash = VersionedRows::keyHash({into, row.metric, row.day});
        journal.update(db, QStringLiteral("daily_metrics"), row.id, {{QStringLiteral("channel_id"), into}, {QStringLiteral("key_hash"), hash}});
        touched.insert({row.metric, row.day});
    }
    // Two current versions of one figure: the later import's stays current.
    SqlQuery current(db, QStringLiteral("SELECT id, batch_id FROM daily_metrics WHERE channel_id = :c AND metric = :m AND day = :d "
                                        "AND superseded_by IS NULL ORDER BY batch_id DESC, id DESC"));
    for (const auto &[metric, day] : std::as_const(touched)) {
        current.bind(QStringLiteral(":c"), into).bind(QStringLiteral(":m"), metric).bind(QStringLiteral(":d"), day).exec();
        QVector<QPair<qint64, qint64>> versions;
        while (current.next())
            versions.append({current.integer(0), current.integer(1)});
        current.finish();
        for (int i = 1; i < versions.size(); ++i)
            journal.update(db, QStringLiteral("daily_metrics"), versions.at(i).first, {{QStringLiteral("superseded_by"), versions.first().second}});
    }
}

} // namespace

QStringList ChannelMerge::tablesReferencingChannels()
{
    return {QStringLiteral("channel_aliases"), QStringLiteral("series_channels"), QStringLiteral("post_channels"),
            QStringLiteral("platform_posts"), QStringLiteral("daily_metrics")};
}

RowJournal ChannelMerge::merge(const QSqlDatabase &db, qint64 fromId, qint64 intoId)
{
    ChannelRepository channels(db);
    const auto from = channels.find(fromId);
    const auto into = channels.find(intoId);
    if (!from || !into || fromId == intoId || from->platform != into->platform)
        throw DatabaseError(QStringLiteral("Cannot merge these channels"), QStringLiteral("channel %1 into %2").arg(fromId).arg(intoId));

    RowJournal journal;
    // The merged channel's names become the kept one's aliases: later imports land there.
    for (const QVariantMap &alias : RowJournal::select(db, QStringLiteral("channel_aliases"), {{QStringLiteral("channel_id"), fromId}})) {
        journal.remove(db, QStringLiteral("channel_aliases"), {{QStringLiteral("platform"), alias.value(QStringLiteral("platform"))},
                                                               {QStringLiteral("alias"), alias.value(QStringLiteral("alias"))}});
        QVariantMap moved = alias;
        moved.insert(QStringLiteral("channel_id"), intoId);
        journal.insert(db, QStringLiteral("channel_aliases"), moved);
    }
    const QString handle = ChannelRepository::normalisedAccount(from->handle);
    if (!handle.isEmpty() && (from->platform != into->platform || handle != ChannelRepository::normalisedAccount(into->handle))
        && RowJournal::select(db, QStringLiteral("channel_aliases"),
                              {{QStringLiteral("platform"), Platforms::key(from->platform)}, {QStringLiteral("alias"), handle}}).isEmpty()) {
        journal.insert(db, QStringLiteral("channel_aliases"),
                       {{QStringLiteral("platform"), Platforms::key(from->platform)}, {QStringLiteral("alias"), handle},
                        {QStringLiteral("channel_id"), intoId}});
    }
    mergeLinks(db, journal, QStringLiteral("series_channels"), QStringLiteral("series_id"), fromId, intoId);
    mergeLinks(db, journal, QStringLiteral("post_channels"), QStringLiteral("post_id"), fromId, intoId);
    mergeImportedPosts(db, journal, fromId, intoId);
    mergeDailyFigures(db, journal, fromId, intoId);
    journal.remove(db, QStringLiteral("channels"), {{QStringLiteral("id"), fromId}});
    return journal;
}

} // namespace Beamline
