// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/entities.h>

#include <QSqlDatabase>
#include <QVector>

#include <optional>

namespace Beamline {

class ChannelRepository final
{
public:
    explicit ChannelRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    QVector<Channel> all() const;
    std::optional<Channel> find(qint64 id) const;
    std::optional<Channel> find(Platform platform, const QString &handle) const;
    // First channel of a platform (the lab's main account), if any.
    std::optional<Channel> firstOf(Platform platform) const;
    qint64 insert(const Channel &channel);
    void update(const Channel &channel);
    void remove(qint64 id);
    // Returns the channel's id, creating it when it does not exist yet.
    qint64 ensure(Platform platform, const QString &handle, const QString &displayName);

private:
    QSqlDatabase m_db;
};

} // namespace Beamline
