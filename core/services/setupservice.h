// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/db/channelrepository.h>
#include <core/db/workspacestatistics.h>
#include <core/domain/entities.h>
#include <core/import/importsink.h>
#include <core/services/result.h>

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QVector>

#include <optional>

namespace Beamline {

class SetupEdit;
class Workspace;
class Writer;

// The workspace's set-up for the widgets and the command line: channels, pillars, people,
// campaigns and partners, what may be changed or removed, and the set-up checklist. Reads
// run on the connection it was given; writes go through the writer (and are refused, as an
// error value, when it has none). Every call returns its value or its error as a value.
class SetupService final
{
    Q_DECLARE_TR_FUNCTIONS(Beamline::SetupService)

public:
    // Reads on `db`; writes through `writer`, when given, on the calling thread's connection.
    explicit SetupService(QSqlDatabase db, Writer *writer = nullptr);
    explicit SetupService(const Workspace &workspace);

    Result<QVector<Channel>> channels() const;
    // Each channel's other names (aliases), by channel id.
    Result<QHash<qint64, QStringList>> channelAliases() const;
    Result<ChannelUsage> channelUsage(qint64 channelId) const;
    // The channel an account stands for (as handle or alias), if any.
    Result<std::optional<Channel>> resolveAccount(Platform platform, const QString &account) const;
    // The accounts no channel has (as handle or alias), in their order.
    Result<QList<ImportAccount>> unknownAccounts(const QList<ImportAccount> &accounts) const;
    // An account as channels compare it ("@Lab " and "lab" are one).
    static QString normalisedAccount(const QString &account);

    Result<QVector<Pillar>> pillars() const;
    Result<int> nextPillarPosition() const;
    Result<QVector<Person>> people() const;
    Result<QVector<Campaign>> campaigns() const;
    // The partners of one campaign, in its order.
    Result<QVector<Partner>> partnersOf(qint64 campaignId) const;

    // The reason an entry is refused (SetupRules), or an empty string when it is acceptable.
    Result<QString> checkChannel(const Channel &channel) const;
    // The same for a change of a stored channel: a channel holding imported figures keeps its platform.
    Result<QString> checkChannelChange(const Channel &before, const Channel &after) const;
    // A channel holding imported figures is merged or emptied first, never removed with them.
    Result<QString> checkChannelRemoval(const Channel &channel) const;
    Result<QString> checkPillar(const Pillar &pillar) const;
    Result<QString> checkPerson(const Person &person) const;
    Result<QString> checkCampaign(const Campaign &campaign) const;

    // Writes an edit (forward) or takes it back, in one write of the writer.
    Result<void> apply(SetupEdit &edit, bool forward = true);

    // The set-up checklist: what is done, and whether the user put it away.
    Result<WorkspaceStatistics::SetupProgress> setupProgress() const;
    Result<bool> checklistHidden() const;
    Result<void> hideChecklist();

private:
    QSqlDatabase m_db;
    Writer *m_writer = nullptr;
};

} // namespace Beamline
