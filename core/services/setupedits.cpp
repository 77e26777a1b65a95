// SPDX-License-Identifier: GPL-3.0-or-later
#include "setupedits.h"

#include <core/db/campaignrepository.h>
#include <core/db/channelmerge.h>
#include <core/db/channelrepository.h>
#include <core/db/personrepository.h>
#include <core/db/pillarrepository.h>

namespace Beamline {

namespace {

// How each kind of entry is stored.
template<typename T> struct EntryStore;

template<> struct EntryStore<Channel> {
    static ChangeSet::Kind kind();
    static qint64 insert(const QSqlDatabase &db, const Channel &entry);
    static void update(const QSqlDatabase &db, const Channel &entry);
    static void remove(const QSqlDatabase &db, qint64 id, RowJournal &journal);
};
template<> struct EntryStore<Pillar> {
    static ChangeSet::Kind kind();
    static qint64 insert(const QSqlDatabase &db, const Pillar &entry);
    static void update(const QSqlDatabase &db, const Pillar &entry);
    static void remove(const QSqlDatabase &db, qint64 id, RowJournal &journal);
};
template<> struct EntryStore<Person> {
    static ChangeSet::Kind kind();
    static qint64 insert(const QSqlDatabase &db, const Person &entry);
    static void update(const QSqlDatabase &db, const Person &entry);
    static void remove(const QSqlDatabase &db, qint64 id, RowJournal &journal);
};
template<> struct EntryStore<Campaign> {
    static ChangeSet::Kind kind();
    static qint64 insert(const QSqlDatabase &db, const Campaign &entry);
    static void update(const QSqlDatabase &db, const Campaign &entry);
    static void remove(const QSqlDatabase &db, qint64 id, RowJournal &journal);
};
template<> struct EntryStore<Partner> {
    static ChangeSet::Kind kind();
    static qint64 insert(const QSqlDatabase &db, const Partner &entry);
    static void update(const QSqlDatabase &db, const Partner &entry);
    static void remove(const QSqlDatabase &db, qint64 id, RowJournal &journal);
};

ChangeSet::Kind EntryStore<Channel>::kind()
{
    return ChangeSet::Kind::Channels;
}
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

ChangeSet::Kind EntryStore<Pillar>::kind()
{
    return ChangeSet::Kind::Pillars;
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

ChangeSet::Kind EntryStore<Person>::kind()
{
    return ChangeSet::Kind::People;
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

ChangeSet::Kind EntryStore<Campaign>::kind()
{
    return ChangeSet::Kind::Campaigns;
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

ChangeSet::Kind EntryStore<Partner>::kind()
{
    return ChangeSet::Kind::Campaigns; // partners travel with their campaigns
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

} // namespace

template<typename T> void EntryEdit<T>::apply(WriteScope &scope, bool forward)
{
    const QSqlDatabase db = scope.db();
    std::optional<T> &target = forward ? m_after : m_before;
    const std::optional<T> &current = forward ? m_before : m_after;
    if (!target) {
        m_removal = RowJournal();
        EntryStore<T>::remove(db, current->id, m_removal);
    } else if (!current) {
        if (!m_removal.isEmpty()) {
            m_removal.undo(db); // the same row and everything that used it
            m_removal = RowJournal();
        } else {
            target->id = EntryStore<T>::insert(db, *target);
        }
    } else {
        EntryStore<T>::update(db, *target);
    }
    scope.changed(EntryStore<T>::kind(), entryId());
}

template class EntryEdit<Channel>;
template class EntryEdit<Pillar>;
template class EntryEdit<Person>;
template class EntryEdit<Campaign>;
template class EntryEdit<Partner>;

ReorderEdit::ReorderEdit(Kind kind, QList<qint64> before, QList<qint64> after)
    : m_kind(kind)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void ReorderEdit::apply(WriteScope &scope, bool forward)
{
    const QList<qint64> &order = forward ? m_after : m_before;
    if (m_kind == Kind::Channels) {
        ChannelRepository(scope.db()).setOrder(order);
        scope.changed(ChangeSet::Kind::Channels);
    } else {
        PillarRepository(scope.db()).setOrder(order);
        scope.changed(ChangeSet::Kind::Pillars);
    }
}

MergeChannelsEdit::MergeChannelsEdit(qint64 fromId, qint64 intoId)
    : m_from(fromId)
    , m_into(intoId)
{
}

void MergeChannelsEdit::apply(WriteScope &scope, bool forward)
{
    if (forward) {
        m_journal = ChannelMerge::merge(scope.db(), m_from, m_into);
    } else {
        m_journal.undo(scope.db());
        m_journal = RowJournal();
    }
    scope.changed(ChangeSet::Kind::Channels, m_from);
    scope.changed(ChangeSet::Kind::Channels, m_into);
    scope.changed(ChangeSet::Kind::Figures); // the merged channel's imported posts and figures moved
}

AttachAccountEdit::AttachAccountEdit(Platform platform, QString account, qint64 channelId)
    : m_platform(platform)
    , m_account(std::move(account))
    , m_channel(channelId)
{
}

void AttachAccountEdit::apply(WriteScope &scope, bool forward)
{
    ChannelRepository channels(scope.db());
    if (forward)
        channels.addAlias(m_platform, m_account, m_channel);
    else
        channels.removeAlias(m_platform, m_account);
    scope.changed(ChangeSet::Kind::Channels, m_channel);
}

CampaignPartnerEdit::CampaignPartnerEdit(qint64 campaignId, const Partner &partner)
    : m_adding(true)
    , m_campaign(campaignId)
    , m_partner(partner)
{
}

CampaignPartnerEdit::CampaignPartnerEdit(qint64 campaignId, qint64 partnerId)
    : m_adding(false)
    , m_campaign(campaignId)
{
    m_partner.id = partnerId;
}

void CampaignPartnerEdit::apply(WriteScope &scope, bool forward)
{
    if (m_adding == forward)
        putOn(scope.db());
    else
        takeOff(scope.db());
    scope.changed(ChangeSet::Kind::Campaigns, m_campaign);
}

void CampaignPartnerEdit::takeOff(const QSqlDatabase &db)
{
    // Off the campaign; the partner goes too unless another campaign has them.
    CampaignRepository campaigns(db);
    m_journal = RowJournal();
    const QList<qint64> others = campaigns.campaignsOf(m_partner.id);
    if (others.size() > 1 || (others.size() == 1 && others.first() != m_campaign))
        m_journal.remove(db, QStringLiteral("campaign_partners"),
                         { { QStringLiteral("campaign_id"), m_campaign }, { QStringLiteral("partner_id"), m_partner.id } });
    else
        campaigns.removePartnerRecorded(m_partner.id, m_journal);
}

void CampaignPartnerEdit::putOn(const QSqlDatabase &db)
{
    if (!m_journal.isEmpty()) {
        m_journal.undo(db);
        m_journal = RowJournal();
        return;
    }
    CampaignRepository campaigns(db);
    m_partner.id = campaigns.insertPartner(m_partner); // the same id again on redo
    auto campaign = campaigns.find(m_campaign);
    if (campaign && !campaign->partnerIds.contains(m_partner.id)) {
        campaign->partnerIds.append(m_partner.id);
        campaigns.update(*campaign);
    }
}

} // namespace Beamline
