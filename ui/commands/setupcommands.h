// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/entities.h>
#include <core/services/setupedits.h>
#include <ui/commands/workspacecommand.h>

#include <QList>

#include <optional>

namespace Beamline {

// An undoable set-up change: the edit (core/services/setupedits.h) written in one write of the
// workspace's writer, forward on redo and back on undo.
class SetupEditCommand : public EditCommand
{
public:
    using EditCommand::EditCommand;

protected:
    void writeChange(WriteScope &scope, bool forward) override;
};

// Adds, changes or removes a channel, pillar, person, campaign or partner. Removing
// remembers what used the entry (posts, series, links), and undo puts it all back under
// the same ids; redoing an addition gives the entry its first id again.
template<typename T> class SaveEntryCommand final : public SetupEditCommand
{
public:
    SaveEntryCommand(Workspace *workspace, std::optional<T> before, std::optional<T> after, const QString &text,
                     PlanErrorHandler onError)
        : SetupEditCommand(workspace, text, std::move(onError))
        , m_edit(std::move(before), std::move(after))
    {
    }

    // The entry's id once stored (for a new one, after the first redo).
    qint64 entryId() const { return m_edit.entryId(); }

protected:
    WorkspaceEdit &edit() override { return m_edit; }

private:
    EntryEdit<T> m_edit;
};

// Puts channels or pillars in a new order.
class ReorderCommand final : public SetupEditCommand
{
public:
    using Kind = ReorderEdit::Kind;
    ReorderCommand(Workspace *workspace, Kind kind, QList<qint64> before, QList<qint64> after, const QString &text,
                   PlanErrorHandler onError);

protected:
    WorkspaceEdit &edit() override { return m_edit; }

private:
    ReorderEdit m_edit;
};

// Merges one channel into another (ChannelMerge); undo gives back both as they were.
class MergeChannelsCommand final : public SetupEditCommand
{
public:
    MergeChannelsCommand(Workspace *workspace, qint64 fromId, qint64 intoId, const QString &text, PlanErrorHandler onError);

protected:
    WorkspaceEdit &edit() override { return m_edit; }

private:
    MergeChannelsEdit m_edit;
};

// Remembers that an account an export names stands for a channel (an alias).
class AttachAccountCommand final : public SetupEditCommand
{
public:
    AttachAccountCommand(Workspace *workspace, Platform platform, const QString &account, qint64 channelId, const QString &text,
                         PlanErrorHandler onError);

protected:
    WorkspaceEdit &edit() override { return m_edit; }

private:
    AttachAccountEdit m_edit;
};

// Adds a new partner to a campaign, or takes one off it (removing the partner when no
// other campaign has them).
class CampaignPartnerCommand final : public SetupEditCommand
{
public:
    // Adds `partner` (id 0) to the campaign.
    CampaignPartnerCommand(Workspace *workspace, qint64 campaignId, const Partner &partner, const QString &text,
                           PlanErrorHandler onError);
    // Takes the partner with this id off the campaign.
    CampaignPartnerCommand(Workspace *workspace, qint64 campaignId, qint64 partnerId, const QString &text,
                           PlanErrorHandler onError);

    qint64 partnerId() const { return m_edit.partnerId(); }

protected:
    WorkspaceEdit &edit() override { return m_edit; }

private:
    CampaignPartnerEdit m_edit;
};

// Changes the workspace's name or time zone.
class WorkspaceSettingCommand final : public WorkspaceCommand
{
public:
    enum class Setting { Name, TimeZone };
    WorkspaceSettingCommand(Workspace *workspace, Setting setting, QString before, QString after, const QString &text,
                            PlanErrorHandler onError);

protected:
    void writeChange(WriteScope &scope, bool forward) override;

private:
    Workspace *m_target;
    Setting m_setting;
    QString m_before;
    QString m_after;
};

} // namespace Beamline
