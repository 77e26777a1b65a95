// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/entities.h>

#include <QSqlDatabase>
#include <QVector>

#include <optional>

namespace Beamline {

class RowJournal;

// What a channel holds, to say what removing or merging it means.
struct ChannelUsage {
    qint64 importedPosts = 0; // posts read from exports
    qint64 dailyValues = 0;   // imported account figures (all versions)
    qint64 plannedPosts = 0;  // planned posts going out on it
    qint64 series = 0;        // series posting on it by default

    bool hasImportedData() const { return importedPosts > 0 || dailyValues > 0; }
};

class ChannelRepository final
{
public:
    explicit ChannelRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // In the team's order (position), then by platform and handle.
    QVector<Channel> all() const;
    std::optional<Channel> find(qint64 id) const;
    // By handle only (case-insensitive, with or without '@').
    std::optional<Channel> find(Platform platform, const QString &handle) const;
    // The channel an export's account name stands for: its handle or one of its aliases.
    std::optional<Channel> resolve(Platform platform, const QString &account) const;
    // First channel of a platform (the lab's main account), if any.
    std::optional<Channel> firstOf(Platform platform) const;
    // Stores a new channel; one that has an id (put back by undo) keeps it. A new channel
    // without a position goes last.
    qint64 insert(const Channel &channel);
    void update(const Channel &channel);
    // Deletes a channel and what cascades with it (its posts' and series' links, its
    // imported rows). removeRecorded() remembers every row it takes, for undo.
    void remove(qint64 id);
    void removeRecorded(qint64 id, RowJournal &journal);
    // Returns the channel's id, creating it when it does not exist yet.
    qint64 ensure(Platform platform, const QString &handle, const QString &displayName);
    // Gives the channels these positions, in this order (the others keep theirs, after them).
    void setOrder(const QList<qint64> &ids);

    // Other account names (lower case, no '@') that stand for a channel.
    QStringList aliases(qint64 channelId) const;
    void addAlias(Platform platform, const QString &account, qint64 channelId);
    void removeAlias(Platform platform, const QString &account);

    ChannelUsage usage(qint64 channelId) const;

    // "lhclab" for "@LHCLab " (aliases are compared in this form).
    static QString normalisedAccount(const QString &account);

private:
    QSqlDatabase m_db;
};

} // namespace Beamline
