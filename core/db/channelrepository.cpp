// SPDX-License-Identifier: GPL-3.0-or-later
#include "channelrepository.h"

#include "rowjournal.h"
#include "sqlquery.h"

namespace Beamline {

namespace {
const QString Columns = QStringLiteral("id, platform, handle, display_name, color, position, char_limit");
const QString Order = QStringLiteral("position, CASE platform WHEN 'x' THEN 1 WHEN 'facebook' THEN 2 WHEN 'instagram' THEN 3 "
                                     "WHEN 'linkedin' THEN 4 WHEN 'youtube' THEN 5 ELSE 6 END, handle, id");

Channel read(const SqlQuery &q)
{
    Channel c;
    c.id = q.integer(0);
    c.platform = Platforms::fromKey(q.text(1)).value_or(Platform::Other);
    c.handle = q.text(2);
    c.displayName = q.text(3);
    c.color = q.text(4);
    c.position = int(q.integer(5));
    if (!q.value(6).isNull())
        c.charLimit = int(q.integer(6));
    return c;
}

QVariant limitOrNull(const std::optional<int> &limit)
{
    return limit && *limit > 0 ? QVariant(qint64(*limit)) : QVariant(QMetaType::fromType<qint64>());
}
} // namespace

QString ChannelRepository::normalisedAccount(const QString &account)
{
    QString a = account.trimmed();
    if (a.startsWith(QLatin1Char('@')))
        a.remove(0, 1);
    return a.toLower();
}

QVector<Channel> ChannelRepository::all() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM channels ORDER BY %2").arg(Columns, Order));
    q.exec();
    QVector<Channel> result;
    while (q.next())
        result.append(read(q));
    return result;
}

std::optional<Channel> ChannelRepository::find(qint64 id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM channels WHERE id = :id").arg(Columns));
    q.bind(QStringLiteral(":id"), id).exec();
    if (q.next())
        return read(q);
    return std::nullopt;
}

std::optional<Channel> ChannelRepository::find(Platform platform, const QString &handle) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM channels WHERE platform = :platform AND LOWER(handle) = :handle ORDER BY id").arg(Columns));
    q.bind(QStringLiteral(":platform"), Platforms::key(platform)).bind(QStringLiteral(":handle"), normalisedAccount(handle)).exec();
    if (q.next())
        return read(q);
    return std::nullopt;
}

std::optional<Channel> ChannelRepository::resolve(Platform platform, const QString &account) const
{
    if (auto byHandle = find(platform, account))
        return byHandle;
    SqlQuery q(m_db, QStringLiteral("SELECT channel_id FROM channel_aliases WHERE platform = :platform AND alias = :alias"));
    q.bind(QStringLiteral(":platform"), Platforms::key(platform)).bind(QStringLiteral(":alias"), normalisedAccount(account)).exec();
    if (q.next())
        return find(q.integer(0));
    return std::nullopt;
}

std::optional<Channel> ChannelRepository::firstOf(Platform platform) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM channels WHERE platform = :platform ORDER BY id LIMIT 1").arg(Columns));
    q.bind(QStringLiteral(":platform"), Platforms::key(platform)).exec();
    if (q.next())
        return read(q);
    return std::nullopt;
}

qint64 ChannelRepository::insert(const Channel &channel)
{
    const bool keepId = channel.id > 0;
    int position = channel.position;
    if (!keepId && position == 0)
        position = int(SqlQuery::scalar(m_db, QStringLiteral("SELECT COALESCE(MAX(position) + 1, 0) FROM channels")).toLongLong());
    SqlQuery q(m_db, QStringLiteral("INSERT INTO channels (%1platform, handle, display_name, color, position, char_limit) "
                                    "VALUES (%2:platform, :handle, :name, :color, :position, :limit)")
                         .arg(keepId ? QStringLiteral("id, ") : QString(), keepId ? QStringLiteral(":id, ") : QString()));
    q.bind(QStringLiteral(":platform"), Platforms::key(channel.platform))
        .bind(QStringLiteral(":handle"), channel.handle)
        .bind(QStringLiteral(":name"), channel.displayName.isEmpty() ? channel.handle : channel.displayName)
        .bind(QStringLiteral(":color"), nullableText(channel.color))
        .bind(QStringLiteral(":position"), position)
        .bind(QStringLiteral(":limit"), limitOrNull(channel.charLimit));
    if (keepId)
        q.bind(QStringLiteral(":id"), channel.id);
    q.exec();
    return keepId ? channel.id : q.lastInsertId();
}

void ChannelRepository::update(const Channel &channel)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE channels SET platform = :platform, handle = :handle, display_name = :name, color = :color, "
                                    "position = :position, char_limit = :limit WHERE id = :id"));
    q.bind(QStringLiteral(":platform"), Platforms::key(channel.platform))
        .bind(QStringLiteral(":handle"), channel.handle)
        .bind(QStringLiteral(":name"), channel.displayName)
        .bind(QStringLiteral(":color"), nullableText(channel.color))
        .bind(QStringLiteral(":position"), channel.position)
        .bind(QStringLiteral(":limit"), limitOrNull(channel.charLimit))
        .bind(QStringLiteral(":id"), channel.id)
        .exec();
}

void ChannelRepository::remove(qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM channels WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
}

void ChannelRepository::removeRecorded(qint64 id, RowJournal &journal)
{
    // What cascades is taken first, so that the journal holds it. Imported rows are
    // included for completeness, although the window only removes channels without any.
    const QVariantMap channel{{QStringLiteral("channel_id"), id}};
    journal.remove(m_db, QStringLiteral("channel_aliases"), channel);
    journal.remove(m_db, QStringLiteral("series_channels"), channel);
    journal.remove(m_db, QStringLiteral("post_channels"), channel);
    journal.remove(m_db, QStringLiteral("daily_metrics"), channel);
    SqlQuery posts(m_db, QStringLiteral("SELECT id FROM platform_posts WHERE channel_id = :c ORDER BY id"));
    posts.bind(QStringLiteral(":c"), id).exec();
    QList<qint64> postIds;
    while (posts.next())
        postIds.append(posts.integer(0));
    posts.finish();
    for (qint64 postId : std::as_const(postIds)) {
        journal.remove(m_db, QStringLiteral("post_snapshots"), {{QStringLiteral("platform_post_id"), postId}});
        journal.remove(m_db, QStringLiteral("platform_posts"), {{QStringLiteral("id"), postId}});
    }
    journal.remove(m_db, QStringLiteral("channels"), {{QStringLiteral("id"), id}});
}

qint64 ChannelRepository::ensure(Platform platform, const QString &handle, const QString &displayName)
{
    if (const auto existing = find(platform, handle))
        return existing->id;
    return insert({0, platform, handle, displayName});
}

void ChannelRepository::setOrder(const QList<qint64> &ids)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE channels SET position = :position WHERE id = :id"));
    for (int i = 0; i < ids.size(); ++i)
        q.bind(QStringLiteral(":position"), i).bind(QStringLiteral(":id"), ids.at(i)).exec();
}

QStringList ChannelRepository::aliases(qint64 channelId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT alias FROM channel_aliases WHERE channel_id = :c ORDER BY alias"));
    q.bind(QStringLiteral(":c"), channelId).exec();
    QStringList result;
    while (q.next())
        result.append(q.text(0));
    return result;
}

void ChannelRepository::addAlias(Platform platform, const QString &account, qint64 channelId)
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO channel_aliases (platform, alias, channel_id) VALUES (:platform, :alias, :c) "
                                    "ON CONFLICT (platform, alias) DO UPDATE SET channel_id = excluded.channel_id"));
    q.bind(QStringLiteral(":platform"), Platforms::key(platform))
        .bind(QStringLiteral(":alias"), normalisedAccount(account))
        .bind(QStringLiteral(":c"), channelId)
        .exec();
}

void ChannelRepository::removeAlias(Platform platform, const QString &account)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM channel_aliases WHERE platform = :platform AND alias = :alias"));
    q.bind(QStringLiteral(":platform"), Platforms::key(platform)).bind(QStringLiteral(":alias"), normalisedAccount(account)).exec();
}

ChannelUsage ChannelRepository::usage(qint64 channelId) const
{
    ChannelUsage u;
    const auto count = [&](const QString &sql) {
        SqlQuery q(m_db, sql);
        q.bind(QStringLiteral(":c"), channelId).exec();
        return q.next() ? q.integer(0) : 0;
    };
    u.importedPosts = count(QStringLiteral("SELECT COUNT(*) FROM platform_posts WHERE channel_id = :c"));
    u.dailyValues = count(QStringLiteral("SELECT COUNT(*) FROM daily_metrics WHERE channel_id = :c"));
    u.plannedPosts = count(QStringLiteral("SELECT COUNT(*) FROM post_channels WHERE channel_id = :c"));
    u.series = count(QStringLiteral("SELECT COUNT(*) FROM series_channels WHERE channel_id = :c"));
    return u;
}

} // namespace Beamline
