// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/db/rowjournal.h>
#include <core/domain/entities.h>
#include <ui/plan/plancommands.h>

#include <QList>

#include <optional>

namespace Beamline {

// How each kind of workspace entry is stored, for SaveEntryCommand.
template <typename T>
struct EntryStore;

template <>
struct EntryStore<Channel> {
    static qint64 insert(const QSqlDatabase &db, const Channel &c);
    static void update(const QSqlDatabase &db, const Channel &c);
    static void remove(const QSqlDatabase &db, qint64 id, RowJournal &journal);
};
template <>
struct EntryStore<Pillar> {
    static qint64 insert(const QSqlDatabase &db, const Pillar &p);
    static void update(const QSqlDatabase &db, const Pillar &p);
    static void remove(const QSqlDatabase &db, qint64 id, RowJournal &journal);
};
template <>
struct EntryStore<Person> {
    static qint64 insert(const QSqlDatabase &db, const Person &p);
    static void update(const QSqlDatabase &db, const Person &p);
    static void remove(const QSqlDatabase &db, qint64 id, RowJournal &journal);
};
template <>
struct EntryStore<Campaign> {
    static qint64 insert(const QSqlDatabase &db, const Campaign &c);
    static void update(const QSqlDatabase &db, const Campaign &c);
    static void remove(const QSqlDatabase &db, qint64 id, RowJournal &journal);
};
template <>
struct EntryStore<Partner> {
    static qint64 insert(const QSqlDatabase &db, const Partner &p);
    static void update(const QSqlDatabase &db, const Partner &p);
    static void remove(const QSqlDatabase &db, qint64 id, RowJournal &journal);
};

// Adds, changes or removes a channel, pillar, person, campaign or partner. Removing
// remembers what used the entry (posts, series, links), and undo puts it all back under
// the same ids; redoing an addition gives the entry its first id again.
template <typename T>
class SaveEntryCommand final : public WorkspaceCommand
{
public:
    SaveEntryCommand(Workspace *workspace, std::optional<T> before, std::optional<T> after, const QString &text, PlanErrorHandler onError)
        : WorkspaceCommand(workspace, text, std::move(onError))
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }

    // The entry's id once stored (for a new one, after the first redo).
    qint64 entryId() const { return m_after ? m_after->id : (m_before ? m_before->id : 0); }

protected:
    void write(QSqlDatabase db, bool forward) override
    {
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
    }

private:
    std::optional<T> m_before;
    std::optional<T> m_after;
    RowJournal m_removal;
};

// Puts channels or pillars in a new order.
class ReorderCommand final : public WorkspaceCommand
{
public:
    enum class Kind { Channels, Pillars };
    ReorderCommand(Workspace *workspace, Kind kind, QList<qint64> before, QList<qint64> after, const QString &text, PlanErrorHandler onError);

protected:
    void write(QSqlDatabase db, bool forward) override;

private:
    Kind m_kind;
    QList<qint64> m_before;
    QList<qint64> m_after;
};

// Merges one channel into another (ChannelMerge); undo gives back both as they were.
class MergeChannelsCommand final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(Beamline::MergeChannelsCommand)

public:
    MergeChannelsCommand(Workspace *workspace, qint64 fromId, qint64 intoId, const QString &text, PlanErrorHandler onError);

protected:
    void write(QSqlDatabase db, bool forward) override;

private:
    qint64 m_from;
    qint64 m_into;
    RowJournal m_journal;
};

// Remembers that an account an export names stands for a channel (an alias).
class AttachAccountCommand final : public WorkspaceCommand
{
public:
    AttachAccountCommand(Workspace *workspace, Platform platform, const QString &account, qint64 channelId, const QString &text,
                         PlanErrorHandler onError);

protected:
    void write(QSqlDatabase db, bool forward) override;

private:
    Platform m_platform;
    QString m_account;
    qint64 m_channel;
};

// Adds a new partner to a campaign, or takes one off it (removing the partner when no
// other campaign has them).
class CampaignPartnerCommand final : public WorkspaceCommand
{
public:
    // Adds `partner` (id 0) to the campaign.
    CampaignPartnerCommand(Workspace *workspace, qint64 campaignId, const Partner &partner, const QString &text, PlanErrorHandler onError);
    // Takes the partner with this id off the campaign.
    CampaignPartnerCommand(Workspace *workspace, qint64 campaignId, qint64 partnerId, const QString &text, PlanErrorHandler onError);

    qint64 partnerId() const { return m_partner.id; }

protected:
    void write(QSqlDatabase db, bool forward) override;

private:
    bool m_adding;
    qint64 m_campaign;
    Partner m_partner;
    RowJournal m_journal;
};

// Changes the workspace's name or time zone.
class WorkspaceSettingCommand final : public WorkspaceCommand
{
public:
    enum class Setting { Name, TimeZone };
    WorkspaceSettingCommand(Workspace *workspace, Setting setting, QString before, QString after, const QString &text,
                            PlanErrorHandler onError);

protected:
    void write(QSqlDatabase db, bool forward) override;

private:
    Workspace *m_target;
    Setting m_setting;
    QString m_before;
    QString m_after;
};

} // namespace Beamline
