// SPDX-License-Identifier: GPL-3.0-or-later
#include "setupservice.h"

#include "setupedits.h"

#include <core/db/campaignrepository.h>
#include <core/db/personrepository.h>
#include <core/db/pillarrepository.h>
#include <core/db/settingsrepository.h>
#include <core/workspace/setuprules.h>
#include <core/workspace/workspace.h>
#include <core/workspace/writer.h>

#include <QLocale>

namespace Beamline {

using Services::attempt;

SetupService::SetupService(QSqlDatabase db, Writer *writer)
    : m_db(std::move(db))
    , m_writer(writer)
{
}

SetupService::SetupService(const Workspace &workspace)
    : SetupService(workspace.connection(), workspace.isReadOnly() ? nullptr : &workspace.writer())
{
}

Result<QVector<Channel>> SetupService::channels() const
{
    return attempt([&] { return ChannelRepository(m_db).all(); });
}

Result<QHash<qint64, QStringList>> SetupService::channelAliases() const
{
    return attempt([&] {
        const ChannelRepository repository(m_db);
        QHash<qint64, QStringList> aliases;
        for (const Channel &c : repository.all())
            aliases.insert(c.id, repository.aliases(c.id));
        return aliases;
    });
}

Result<ChannelUsage> SetupService::channelUsage(qint64 channelId) const
{
    return attempt([&] { return ChannelRepository(m_db).usage(channelId); });
}

Result<std::optional<Channel>> SetupService::resolveAccount(Platform platform, const QString &account) const
{
    return attempt([&] { return ChannelRepository(m_db).resolve(platform, account); });
}

Result<QList<ImportAccount>> SetupService::unknownAccounts(const QList<ImportAccount> &accounts) const
{
    return attempt([&] {
        const ChannelRepository repository(m_db);
        QList<ImportAccount> unknown;
        for (const ImportAccount &a : accounts) {
            if (!repository.resolve(a.platform, a.handle))
                unknown.append(a);
        }
        return unknown;
    });
}

QString SetupService::normalisedAccount(const QString &account)
{
    return ChannelRepository::normalisedAccount(account);
}

Result<QVector<Pillar>> SetupService::pillars() const
{
    return attempt([&] { return PillarRepository(m_db).all(); });
}

Result<int> SetupService::nextPillarPosition() const
{
    return attempt([&] { return int(PillarRepository(m_db).nextPosition()); });
}

Result<QVector<Person>> SetupService::people() const
{
    return attempt([&] { return PersonRepository(m_db).all(); });
}

Result<QVector<Campaign>> SetupService::campaigns() const
{
    return attempt([&] { return CampaignRepository(m_db).all(); });
}

Result<QVector<Partner>> SetupService::partnersOf(qint64 campaignId) const
{
    return attempt([&] {
        const CampaignRepository campaigns(m_db);
        QVector<Partner> partners;
        if (const auto campaign = campaigns.find(campaignId)) {
            for (qint64 id : campaign->partnerIds) {
                if (const auto partner = campaigns.findPartner(id))
                    partners.append(*partner);
            }
        }
        return partners;
    });
}

Result<QString> SetupService::checkChannel(const Channel &channel) const
{
    return attempt([&] { return SetupRules::checkChannel(m_db, channel); });
}

Result<QString> SetupService::checkChannelChange(const Channel &before, const Channel &after) const
{
    return attempt([&] {
        if (after.platform != before.platform && ChannelRepository(m_db).usage(before.id).hasImportedData())
            return tr("“%1” holds figures imported from %2, so its platform cannot change.")
                .arg(before.label(), Platforms::displayName(before.platform));
        return SetupRules::checkChannel(m_db, after);
    });
}

Result<QString> SetupService::checkChannelRemoval(const Channel &channel) const
{
    return attempt([&] {
        const ChannelUsage usage = ChannelRepository(m_db).usage(channel.id);
        if (!usage.hasImportedData())
            return QString();
        return tr("“%1” holds %2 imported posts and %3 daily figures. Merge it into the channel it belongs with, "
                  "or undo its imports under Data, before removing it.")
            .arg(channel.label(), QLocale().toString(usage.importedPosts), QLocale().toString(usage.dailyValues));
    });
}

Result<QString> SetupService::checkPillar(const Pillar &pillar) const
{
    return attempt([&] { return SetupRules::checkPillar(m_db, pillar); });
}

Result<QString> SetupService::checkPerson(const Person &person) const
{
    return attempt([&] { return SetupRules::checkPerson(m_db, person); });
}

Result<QString> SetupService::checkCampaign(const Campaign &campaign) const
{
    return attempt([&] { return SetupRules::checkCampaign(m_db, campaign); });
}

Result<void> SetupService::apply(SetupEdit &edit, bool forward)
{
    return Services::write(m_writer, [&](WriteScope &scope) { edit.apply(scope, forward); });
}

Result<WorkspaceStatistics::SetupProgress> SetupService::setupProgress() const
{
    return attempt([&] { return WorkspaceStatistics(m_db).setupProgress(); });
}

Result<bool> SetupService::checklistHidden() const
{
    return attempt(
        [&] { return SettingsRepository(m_db).value(SettingsRepository::SetupChecklist, QString()) == QLatin1String("hidden"); });
}

Result<void> SetupService::hideChecklist()
{
    return Services::write(m_writer, [](WriteScope &scope) {
        SettingsRepository(scope.db()).setValue(SettingsRepository::SetupChecklist, QStringLiteral("hidden"));
        scope.changed(ChangeSet::Kind::Settings);
    });
}

} // namespace Beamline
