// SPDX-License-Identifier: GPL-3.0-or-later
#include "channelrepository.h"

#include "sqlquery.h"

namespace Beamline {

namespace {
const QString Columns = QStringLiteral("id, platform, handle, display_name");

Channel read(const SqlQuery &q)
{
    Channel c;
    c.id = q.integer(0);
    c.platform = Platforms::fromKey(q.text(1)).value_or(Platform::Other);
    c.handle = q.text(2);
    c.displayName = q.text(3);
    return c;
}
} // namespace

QVector<Channel> ChannelRepository::all() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM channels ORDER BY "
                                    "CASE platform WHEN 'x' THEN 1 WHEN 'facebook' THEN 2 WHEN 'instagram' THEN 3 "
                                    "WHEN 'linkedin' THEN 4 WHEN 'youtube' THEN 5 ELSE 6 END, handle").arg(Columns));
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
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM channels WHERE platform = :platform AND LOWER(handle) = LOWER(:handle)").arg(Columns));
    q.bind(QStringLiteral(":platform"), Platforms::key(platform)).bind(QStringLiteral(":handle"), handle).exec();
    if (q.next())
        return read(q);
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
    SqlQuery q(m_db, QStringLiteral("INSERT INTO channels (platform, handle, display_name) VALUES (:platform, :handle, :name)"));
    q.bind(QStringLiteral(":platform"), Platforms::key(channel.platform))
        .bind(QStringLiteral(":handle"), channel.handle)
        .bind(QStringLiteral(":name"), channel.displayName.isEmpty() ? channel.handle : channel.displayName)
        .exec();
    return q.lastInsertId();
}

void ChannelRepository::update(const Channel &channel)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE channels SET platform = :platform, handle = :handle, display_name = :name WHERE id = :id"));
    q.bind(QStringLiteral(":platform"), Platforms::key(channel.platform))
        .bind(QStringLiteral(":handle"), channel.handle)
        .bind(QStringLiteral(":name"), channel.displayName)
        .bind(QStringLiteral(":id"), channel.id)
        .exec();
}

void ChannelRepository::remove(qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM channels WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
}

qint64 ChannelRepository::ensure(Platform platform, const QString &handle, const QString &displayName)
{
    if (const auto existing = find(platform, handle))
        return existing->id;
    return insert({0, platform, handle, displayName});
}

} // namespace Beamline
