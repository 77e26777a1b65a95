// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaignmodel.h"

#include <core/workspace/setuprules.h>

#include <QLocale>

namespace Beamline {

QVariant CampaignModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Campaign &c = m_rows.at(index.row());
    if (role == IdRole)
        return c.id;
    switch (index.column()) {
    case Name:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return c.name;
        break;
    case Hashtag:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return c.hashtag;
        break;
    case Starts:
        if (role == Qt::DisplayRole)
            return QLocale().toString(c.startsOn, QLocale::ShortFormat);
        if (role == Qt::EditRole)
            return c.startsOn;
        break;
    case Ends:
        if (role == Qt::DisplayRole)
            return QLocale().toString(c.endsOn, QLocale::ShortFormat);
        if (role == Qt::EditRole)
            return c.endsOn;
        break;
    case Goal:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return c.goal;
        if (role == Qt::ToolTipRole && !c.goal.isEmpty())
            return c.goal;
        break;
    }
    return {};
}

bool CampaignModel::edited(const QModelIndex &index, const QVariant &value, Campaign *after, QString *text) const
{
    const Campaign &before = m_rows.at(index.row());
    switch (index.column()) {
    case Name:
        after->name = value.toString().trimmed();
        *text = tr("Rename Campaign “%1”").arg(before.name);
        return true;
    case Hashtag:
        after->hashtag = value.toString().trimmed();
        if (!after->hashtag.isEmpty() && !after->hashtag.startsWith(QLatin1Char('#')))
            after->hashtag.prepend(QLatin1Char('#'));
        *text = tr("Change the Hashtag of “%1”").arg(before.name);
        return true;
    case Starts:
        after->startsOn = value.toDate();
        // Moving the start past the end moves the whole campaign, as calendars do.
        if (after->startsOn.isValid() && after->startsOn > before.endsOn)
            after->endsOn = after->startsOn.addDays(before.startsOn.daysTo(before.endsOn));
        *text = tr("Change the Dates of “%1”").arg(before.name);
        return true;
    case Ends:
        after->endsOn = value.toDate();
        *text = tr("Change the Dates of “%1”").arg(before.name);
        return true;
    case Goal:
        after->goal = value.toString().trimmed();
        *text = tr("Change the Goal of “%1”").arg(before.name);
        return true;
    default:
        return false;
    }
}

bool CampaignModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !writable() || role != Qt::EditRole)
        return false;
    const Campaign before = m_rows.at(index.row());
    Campaign after = before;
    QString text;
    if (!edited(index, value, &after, &text) || after == before)
        return false;
    return save(service().checkCampaign(after), before, after, text) != 0;
}

QVariant CampaignModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Campaign");
    case Hashtag:
        return tr("Hashtag");
    case Starts:
        return tr("First day");
    case Ends:
        return tr("Last day");
    case Goal:
        return tr("Goal");
    }
    return {};
}

int CampaignModel::addCampaign(const QString &name, QDate start)
{
    if (!writable())
        return -1;
    Campaign c;
    c.name = SetupRules::freeName(name.trimmed(), names([](const Campaign &campaign) { return campaign.name; }));
    c.startsOn = start;
    c.endsOn = start.addDays(27);
    return add(service().checkCampaign(c), c, tr("Add Campaign “%1”").arg(c.name));
}

bool CampaignModel::removeCampaign(int row)
{
    if (!writable() || !validRow(row))
        return false;
    const Campaign c = m_rows.at(row);
    return save(QString(), c, std::nullopt, tr("Remove Campaign “%1”").arg(c.name)) != 0;
}

} // namespace Beamline
