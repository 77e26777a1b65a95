// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/db/rowjournal.h>
#include <core/db/writescope.h>
#include <core/domain/entities.h>
#include <core/services/workspaceedit.h>

#include <QList>

#include <optional>

namespace Beamline {

// A change of the workspace's set-up (channels, pillars, people, campaigns, partners), written
// by SetupService::apply or an undo command (see WorkspaceEdit).
class SetupEdit : public WorkspaceEdit
{
};

// Adds (no before), changes or removes (no after) a channel, pillar, person, campaign or
// partner. Removing remembers what used the entry (posts, series, links), and taking it back
// puts it all back under the same ids; writing an addition again gives the entry its first id.
template<typename T> class EntryEdit final : public SetupEdit
{
public:
    EntryEdit(std::optional<T> before, std::optional<T> after)
        : m_before(std::move(before))
        , m_after(std::move(after))
    {
    }

    // The entry's id once stored (for a new one, after the first apply).
    qint64 entryId() const { return m_after ? m_after->id : (m_before ? m_before->id : 0); }

    void apply(WriteScope &scope, bool forward) override;

private:
    std::optional<T> m_before;
    std::optional<T> m_after;
    RowJournal m_removal;
};

// Defined in setupedits.cpp for these kinds of entry.
extern template class EntryEdit<Channel>;
extern template class EntryEdit<Pillar>;
extern template class EntryEdit<Person>;
extern template class EntryEdit<Campaign>;
extern template class EntryEdit<Partner>;

// Puts channels or pillars in a new order.
class ReorderEdit final : public SetupEdit
{
public:
    enum class Kind { Channels, Pillars };
    ReorderEdit(Kind kind, QList<qint64> before, QList<qint64> after);
    void apply(WriteScope &scope, bool forward) override;

private:
    Kind m_kind;
    QList<qint64> m_before;
    QList<qint64> m_after;
};

// Merges one channel into another (ChannelMerge); taking it back gives both as they were.
class MergeChannelsEdit final : public SetupEdit
{
public:
    MergeChannelsEdit(qint64 fromId, qint64 intoId);
    void apply(WriteScope &scope, bool forward) override;

private:
    qint64 m_from;
    qint64 m_into;
    RowJournal m_journal;
};

// Remembers that an account an export names stands for a channel (an alias).
class AttachAccountEdit final : public SetupEdit
{
public:
    AttachAccountEdit(Platform platform, QString account, qint64 channelId);
    void apply(WriteScope &scope, bool forward) override;

private:
    Platform m_platform;
    QString m_account;
    qint64 m_channel;
};

// Adds a new partner to a campaign, or takes one off it (removing the partner when no other
// campaign has them).
class CampaignPartnerEdit final : public SetupEdit
{
public:
    // Adds `partner` (id 0) to the campaign.
    CampaignPartnerEdit(qint64 campaignId, const Partner &partner);
    // Takes the partner with this id off the campaign.
    CampaignPartnerEdit(qint64 campaignId, qint64 partnerId);

    qint64 partnerId() const { return m_partner.id; }
    void apply(WriteScope &scope, bool forward) override;

private:
    void takeOff(const QSqlDatabase &db);
    void putOn(const QSqlDatabase &db);

    bool m_adding;
    qint64 m_campaign;
    Partner m_partner;
    RowJournal m_journal;
};

} // namespace Beamline
