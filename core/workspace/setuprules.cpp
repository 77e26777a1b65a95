// SPDX-License-Identifier: GPL-3.0-or-later
#include "setuprules.h"

#include <core/db/campaignrepository.h>
#include <core/db/channelrepository.h>
#include <core/db/personrepository.h>
#include <core/db/pillarrepository.h>

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace Beamline {

QString SetupRules::checkChannel(const QSqlDatabase &db, const Channel &channel)
{
    const QString handle = ChannelRepository::normalisedAccount(channel.handle);
    if (handle.isEmpty())
        return tr("A channel needs the handle or page ID its exports give, such as lhclab.");
    if (handle.contains(QLatin1Char(' ')))
        return tr("A handle has no spaces: “%1”.").arg(channel.handle.trimmed());
    if (channel.charLimit && *channel.charLimit <= 0)
        return tr("A character limit is a number above zero.");
    const auto taken = ChannelRepository(db).resolve(channel.platform, handle);
    if (taken && taken->id != channel.id) {
        return tr("%1 already has a channel for “%2”: “%3”.")
            .arg(Platforms::displayName(channel.platform), channel.handle.trimmed(), taken->label());
    }
    return {};
}

QString SetupRules::checkPillar(const QSqlDatabase &db, const Pillar &pillar)
{
    if (pillar.name.trimmed().isEmpty())
        return tr("A pillar needs a name.");
    if (pillar.targetShare && (*pillar.targetShare < 0 || *pillar.targetShare > 1))
        return tr("A target share is from 0 to 100 %.");
    const auto taken = PillarRepository(db).findByName(pillar.name.trimmed());
    if (taken && taken->id != pillar.id)
        return tr("There is already a pillar named “%1”.").arg(taken->name);
    return {};
}

QString SetupRules::checkPerson(const QSqlDatabase &db, const Person &person)
{
    if (person.name.trimmed().isEmpty())
        return tr("A person needs a name.");
    const auto taken = PersonRepository(db).findByName(person.name.trimmed());
    if (taken && taken->id != person.id)
        return tr("There is already someone named “%1”.").arg(taken->name);
    const auto sameLogin = PersonRepository(db).findByLogin(person.login.trimmed());
    if (sameLogin && sameLogin->id != person.id)
        return tr("%1 already signs in as “%2”.").arg(sameLogin->name, sameLogin->login);
    return {};
}

QString SetupRules::checkCampaign(const QSqlDatabase &db, const Campaign &campaign)
{
    if (campaign.name.trimmed().isEmpty())
        return tr("A campaign needs a name.");
    if (!campaign.startsOn.isValid() || !campaign.endsOn.isValid())
        return tr("A campaign needs a first and a last day.");
    if (campaign.endsOn < campaign.startsOn)
        return tr("The campaign ends before it starts.");
    for (const Campaign &other : CampaignRepository(db).all()) {
        if (other.id != campaign.id && other.name.compare(campaign.name.trimmed(), Qt::CaseInsensitive) == 0)
            return tr("There is already a campaign named “%1”.").arg(other.name);
    }
    return {};
}

QString SetupRules::checkPartner(const Partner &partner)
{
    if (partner.name.trimmed().isEmpty())
        return tr("A partner needs a name.");
    return {};
}

double SetupRules::targetTotalPercent(const QVector<Pillar> &pillars)
{
    double total = 0;
    for (const Pillar &p : pillars)
        total += p.targetShare.value_or(0) * 100.0;
    return total;
}

QString SetupRules::targetTotalText(const QVector<Pillar> &pillars)
{
    const double total = targetTotalPercent(pillars);
    const QString percent = QLocale().toString(total, 'f', qFuzzyCompare(total, std::round(total)) ? 0 : 1);
    if (targetsExceed(pillars))
        return tr("The targets add up to %1 %, more than 100 %: lower some of them.").arg(percent);
    return tr("The targets add up to %1 %.").arg(percent);
}

QString SetupRules::freeName(const QString &wanted, const QStringList &taken)
{
    const auto isTaken = [&](const QString &name) {
        return std::any_of(taken.cbegin(), taken.cend(), [&](const QString &t) { return t.compare(name, Qt::CaseInsensitive) == 0; });
    };
    if (!isTaken(wanted))
        return wanted;
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 %2").arg(wanted).arg(n);
        if (!isTaken(candidate))
            return candidate;
    }
}

} // namespace Beamline
