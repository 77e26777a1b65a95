// SPDX-License-Identifier: GPL-3.0-or-later
#include "setupcommands.h"

#include <core/workspace/workspace.h>
#include <core/workspace/writer.h>

#include <QTimeZone>

namespace Beamline {

void SetupEditCommand::writeChange(WriteScope &scope, bool forward)
{
    EditCommand::writeChange(scope, forward);
    // A set-up change reaches the plan too (a removed channel leaves its posts).
    scope.changed(ChangeSet::Kind::Posts);
    scope.changed(ChangeSet::Kind::Series);
    scope.changed(ChangeSet::Kind::Matches);
}

ReorderCommand::ReorderCommand(Workspace *workspace, Kind kind, QList<qint64> before, QList<qint64> after, const QString &text,
                               PlanErrorHandler onError)
    : SetupEditCommand(workspace, text, std::move(onError))
    , m_edit(kind, std::move(before), std::move(after))
{
}

MergeChannelsCommand::MergeChannelsCommand(Workspace *workspace, qint64 fromId, qint64 intoId, const QString &text,
                                           PlanErrorHandler onError)
    : SetupEditCommand(workspace, text, std::move(onError))
    , m_edit(fromId, intoId)
{
}

AttachAccountCommand::AttachAccountCommand(Workspace *workspace, Platform platform, const QString &account, qint64 channelId,
                                           const QString &text, PlanErrorHandler onError)
    : SetupEditCommand(workspace, text, std::move(onError))
    , m_edit(platform, account, channelId)
{
}

CampaignPartnerCommand::CampaignPartnerCommand(Workspace *workspace, qint64 campaignId, const Partner &partner,
                                               const QString &text, PlanErrorHandler onError)
    : SetupEditCommand(workspace, text, std::move(onError))
    , m_edit(campaignId, partner)
{
}

CampaignPartnerCommand::CampaignPartnerCommand(Workspace *workspace, qint64 campaignId, qint64 partnerId, const QString &text,
                                               PlanErrorHandler onError)
    : SetupEditCommand(workspace, text, std::move(onError))
    , m_edit(campaignId, partnerId)
{
}

WorkspaceSettingCommand::WorkspaceSettingCommand(Workspace *workspace, Setting setting, QString before, QString after,
                                                 const QString &text, PlanErrorHandler onError)
    : WorkspaceCommand(workspace, text, std::move(onError))
    , m_target(workspace)
    , m_setting(setting)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void WorkspaceSettingCommand::writeChange(WriteScope &scope, bool forward)
{
    // The workspace writes the setting itself, in a write that joins this one.
    scope.changed(ChangeSet::Kind::Settings);
    const QString &value = forward ? m_after : m_before;
    if (m_setting == Setting::Name)
        m_target->setName(value);
    else
        m_target->setTimeZone(QTimeZone(value.toUtf8()));
}

} // namespace Beamline
