// SPDX-License-Identifier: GPL-3.0-or-later
#include "partnermodel.h"

#include <core/workspace/setuprules.h>

namespace Beamline {

QString PartnerModel::kindName(Partner::Kind kind)
{
    switch (kind) {
    case Partner::Kind::Influencer:
        return tr("Influencer");
    case Partner::Kind::Lab:
        return tr("Lab or institute");
    case Partner::Kind::Media:
        return tr("Media");
    case Partner::Kind::Other:
        return tr("Other");
    }
    return tr("Other");
}

void PartnerModel::setCampaign(qint64 campaignId)
{
    m_campaign = campaignId;
    reload();
}

QVariant PartnerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Partner &p = m_rows.at(index.row());
    if (role == IdRole)
        return p.id;
    switch (index.column()) {
    case Name:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return p.name;
        break;
    case Handle:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return p.handle;
        break;
    case PlatformColumn:
        if (role == Qt::DisplayRole)
            return p.platform ? Platforms::displayName(*p.platform) : QString();
        if (role == Qt::EditRole)
            return p.platform ? Platforms::key(*p.platform) : QString();
        break;
    case Kind:
        if (role == Qt::DisplayRole)
            return kindName(p.kind);
        if (role == Qt::EditRole)
            return Partner::kindKey(p.kind);
        break;
    }
    return {};
}

bool PartnerModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !writable() || role != Qt::EditRole)
        return false;
    const Partner before = m_rows.at(index.row());
    Partner after = before;
    switch (index.column()) {
    case Name:
        after.name = value.toString().trimmed();
        break;
    case Handle:
        after.handle = value.toString().trimmed();
        if (after.handle.startsWith(QLatin1Char('@')))
            after.handle.remove(0, 1);
        break;
    case PlatformColumn:
        after.platform = Platforms::fromKey(value.toString());
        break;
    case Kind:
        after.kind = Partner::kindFromKey(value.toString());
        break;
    default:
        return false;
    }
    if (after == before)
        return false;
    return save(SetupRules::checkPartner(after), before, after, tr("Change Partner “%1”").arg(before.name)) != 0;
}

QVariant PartnerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Partner");
    case Handle:
        return tr("Handle");
    case PlatformColumn:
        return tr("Platform");
    case Kind:
        return tr("Kind");
    }
    return {};
}

int PartnerModel::addPartner(const QString &name)
{
    if (!writable() || !m_campaign)
        return -1;
    Partner p;
    p.name = name.trimmed();
    if (!accepted(SetupRules::checkPartner(p)))
        return -1;
    auto *command = new CampaignPartnerCommand(m_workspace, m_campaign, p, tr("Add Partner “%1”").arg(p.name), errorHandler());
    if (!push(command))
        return -1;
    return rowOfId(command->partnerId());
}

bool PartnerModel::removePartner(int row)
{
    if (!writable() || !validRow(row))
        return false;
    return push(new CampaignPartnerCommand(m_workspace, m_campaign, m_rows.at(row).id,
                                           tr("Remove Partner “%1”").arg(m_rows.at(row).name), errorHandler()));
}

} // namespace Beamline
