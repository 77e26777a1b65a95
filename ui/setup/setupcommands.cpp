// SPDX-License-Identifier: GPL-3.0-or-later
#include "setupcommands.h"

#include <core/db/campaignrepository.h>
#include <core/db/channelmerge.h>
#include <core/db/channelrepository.h>
#include <core/db/personrepository.h>
#include <core/db/pillarrepository.h>
#include <core/db/settingsrepository.h>
#include <core/workspace/workspace.h>

#include <QTimeZone>

namespace Beamline {

qint64 EntryStore<Channel>::insert(const QSqlDatabase &db, const Channel &c)
{
    return ChannelRepository(db).insert(c);
}
void EntryStore<Channel>::update(const QSqlDatabase &db, const Channel &c)
{
    ChannelRepository(db).update(c);
}
void EntryStore<Channel>::remove(const QSqlDatabase &db, qint64 id, RowJournal &journal)
{
    ChannelRepository(db).removeRecorded(id, journal);
}

qint64 EntryStore<Pillar>::insert(const QSqlDatabase &db, const Pillar &p)
{
    return PillarRepository(db).insert(p);
}
void EntryStore<Pillar>::update(const QSqlDatabase &db, const Pillar &p)
{
    PillarRepository(db).update(p);
}
void EntryStore<Pillar>::remove(const QSqlDatabase &db, qint64 id, RowJournal &journal)
{
    PillarRepository(db).removeRecorded(id, journal);
}

qint64 EntryStore<Person>::insert(const QSqlDatabase &db, const Person &p)
{
    return PersonRepository(db).insert(p);
}
void EntryStore<Person>::update(const QSqlDatabase &db, const Person &p)
{
    PersonRepository(db).update(p);
}
void EntryStore<Person>::remove(const QSqlDatabase &db, qint64 id, RowJournal &journal)
{
    PersonRepository(db).removeRecorded(id, journal);
}

qint64 EntryStore<Campaign>::insert(const QSqlDatabase &db, const Campaign &c)
{
    return CampaignRepository(db).insert(c);
}
void EntryStore<Campaign>::update(const QSqlDatabase &db, const Campaign &c)
{
    CampaignRepository(db).update(c);
}
void EntryStore<Campaign>::remove(const QSqlDatabase &db, qint64 id, RowJournal &journal)
{
    CampaignRepository(db).removeRecorded(id, journal);
}

qint64 EntryStore<Partner>::insert(const QSqlDatabase &db, const Partner &p)
{
    return CampaignRepository(db).insertPartner(p);
}
void EntryStore<Partner>::update(const QSqlDatabase &db, const Partner &p)
{
    CampaignRepository(db).updatePartner(p);
}
void EntryStore<Partner>::remove(const QSqlDatabase &db, qint64 id, RowJournal &journal)
{
    CampaignRepository(db).removePartnerRecorded(id, journal);
}

ReorderCommand::ReorderCommand(Workspace *workspace, Kind kind, QList<qint64> before, QList<qint64> after, const QString &text,
                               PlanErrorHandler onError)
    : WorkspaceCommand(workspace, text, std::move(onError))
    , m_kind(kind)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void ReorderCommand::write(QSqlDatabase db, bool forward)
{
    const QList<qint64> &order = forward ? m_after : m_before;
    if (m_kind == Kind::Channels)
        ChannelRepository(db).setOrder(order);
    else
        PillarRepository(db).setOrder(order);
}

MergeChannelsCommand::MergeChannelsCommand(Workspace *workspace, qint64 fromId, qint64 intoId, const QString &text, PlanErrorHandler onError)
    : WorkspaceCommand(workspace, text, std::move(onError))
    , m_from(fromId)
    , m_into(intoId)
{
}

void MergeChannelsCommand::write(QSqlDatabase db, bool forward)
{
    if (forward) {
        m_journal = ChannelMerge::merge(db, m_from, m_into);
    } else {
        m_journal.undo(db);
        m_journal = RowJournal();
    }
}

AttachAccountCommand::AttachAccountCommand(Workspace *workspace, Platform platform, const QString &account, qint64 channelId,
                                           const QString &text, PlanErrorHandler onError)
    : WorkspaceCommand(workspace, text, std::move(onError))
    , m_platform(platform)
    , m_account(account)
    , m_channel(channelId)
{
}

void AttachAccountCommand::write(QSqlDatabase db, bool forward)
{
    ChannelRepository channels(db);
    if (forward)
        channels.addAlias(m_platform, m_account, m_channel);
    else
        channels.removeAlias(m_platform, m_account);
}

CampaignPartnerCommand::CampaignPartnerCommand(Workspace *workspace, qint64 campaignId, const Partner &partner, const QString &text,
                                               PlanErrorHandler onError)
    : WorkspaceCommand(workspace, text, std::move(onError))
    , m_adding(true)
    , m_campaign(campaignId)
    , m_partner(partner)
{
}

CampaignPartnerCommand::CampaignPartnerCommand(Workspace *workspace, qint64 campaignId, qint64 partnerId, const QString &text,
                                               PlanErrorHandler onError)
    : WorkspaceCommand(workspace, text, std::move(onError))
    , m_adding(false)
    , m_campaign(campaignId)
{
    m_partner.id = partnerId;
}

void CampaignPartnerCommand::write(QSqlDatabase db, bool forward)
{
    CampaignRepository campaigns(db);
    const bool adding = m_adding == forward;
    if (!adding) {
        // Off the campaign; the partner goes too unless another campaign has them.
        m_journal = RowJournal();
        const QList<qint64> others = campaigns.campaignsOf(m_partner.id);
        if (others.size() > 1 || (others.size() == 1 && others.first() != m_campaign))
            m_journal.remove(db, QStringLiteral("campaign_partners"),
                             {{QStringLiteral("campaign_id"), m_campaign}, {QStringLiteral("partner_id"), m_partner.id}});
        else
            campaigns.removePartnerRecorded(m_partner.id, m_journal);
        return;
    }
    if (!m_journal.isEmpty()) {
        m_journal.undo(db);
        m_journal = RowJournal();
        return;
    }
    m_partner.id = campaigns.insertPartner(m_partner); // the same id again on redo
    auto campaign = campaigns.find(m_campaign);
    if (campaign && !campaign->partnerIds.contains(m_partner.id)) {
        campaign->partnerIds.append(m_partner.id);
        campaigns.update(*campaign);
    }
}

WorkspaceSettingCommand::WorkspaceSettingCommand(Workspace *workspace, Setting setting, QString before, QString after, const QString &text,
                                                 PlanErrorHandler onError)
    : WorkspaceCommand(workspace, text, std::move(onError))
    , m_target(workspace)
    , m_setting(setting)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void WorkspaceSettingCommand::write(QSqlDatabase db, bool forward)
{
    Q_UNUSED(db)
    const QString &value = forward ? m_after : m_before;
    if (m_setting == Setting::Name)
        m_target->setName(value);
    else
        m_target->setTimeZone(QTimeZone(value.toUtf8()));
}

} // namespace Beamline
