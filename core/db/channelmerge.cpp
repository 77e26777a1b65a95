// SPDX-License-Identifier: GPL-3.0-or-later
#include "channelmerge.h"

#include "channelrepository.h"
#include "dailymetricrepository.h"
#include "databaseerror.h"
#include "sqlquery.h"
#include "versionedrows.h"

#include <QHash>
#include <QSet>
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
        // The newest capture is the current one (ties: the greater file digest), as imports decide.
        const QList<qint64> snapshots = ids(db, QStringLiteral("SELECT s.id FROM post_snapshots s JOIN import_batches b ON b.id = s.batch_id "
                                                               "WHERE s.platform_post_id = :id ORDER BY s.captured_at DESC, b.sha256 DESC"), intoPost);
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
    // Every version moves under the kept channel's key (the repository's key columns, with
    // the channel replaced). A batch that gave the same figure for both channels keeps the
    // kept channel's row.
    const VersionedRows::Table &table = DailyMetricRepository::table();
    const int channelColumn = int(table.keyColumns.indexOf(QStringLiteral("channel_id")));
    SqlQuery q(db, QStringLiteral("SELECT id, batch_id, %1 FROM daily_metrics WHERE channel_id = :from ORDER BY id")
                       .arg(table.keyColumns.join(QStringLiteral(", "))));
    q.bind(QStringLiteral(":from"), from).exec();
    struct Row {
        qint64 id;
        qint64 batch;
        QVariantList key;
    };
    QVector<Row> rows;
    while (q.next()) {
        Row row{q.integer(0), q.integer(1), {}};
        for (int i = 0; i < table.keyColumns.size(); ++i)
            row.key.append(i == channelColumn ? QVariant(into) : q.value(2 + i));
        rows.append(row);
    }
    q.finish();
    QStringList match;
    for (int i = 0; i < table.keyColumns.size(); ++i)
        match.append(QStringLiteral("%1 = :k%2").arg(table.keyColumns.at(i)).arg(i));
    SqlQuery clash(db, QStringLiteral("SELECT 1 FROM daily_metrics WHERE %1 AND batch_id = :batch LIMIT 1").arg(match.join(QStringLiteral(" AND "))));
    for (const Row &row : std::as_const(rows)) {
        for (int i = 0; i < row.key.size(); ++i)
            clash.bind(QStringLiteral(":k%1").arg(i), row.key.at(i));
        clash.bind(QStringLiteral(":batch"), row.batch).exec();
        const bool taken = clash.next();
        clash.finish();
        if (taken)
            journal.remove(db, QStringLiteral("daily_metrics"), {{QStringLiteral("id"), row.id}});
        else
            journal.update(db, QStringLiteral("daily_metrics"), row.id,
                           {{QStringLiteral("channel_id"), into}, {QStringLiteral("key_hash"), VersionedRows::keyHash(row.key)}});
    }
    if (rows.isEmpty())
        return;
    // Which row holds each figure is decided again, as for any import: the export taken
    // latest wins, whatever the order. What that changes is recorded for undo.
    const auto holders = [&] {
        QHash<qint64, QVariant> result;
        SqlQuery read(db, QStringLiteral("SELECT id, superseded_by FROM daily_metrics WHERE channel_id = :c"));
        read.bind(QStringLiteral(":c"), into).exec();
        while (read.next())
            result.insert(read.integer(0), read.value(1));
        return result;
    };
    const QHash<qint64, QVariant> before = holders();
    VersionedRows::resolveAll(db, table);
    const QHash<qint64, QVariant> after = holders();
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const QVariant old = before.value(it.key());
        if (old.isNull() != it.value().isNull() || (!old.isNull() && old.toLongLong() != it.value().toLongLong()))
            journal.recordUpdated(QStringLiteral("daily_metrics"), it.key(), {{QStringLiteral("superseded_by"), old}});
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
