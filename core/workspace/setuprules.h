// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/entities.h>

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Beamline {

// What makes a channel, pillar, person or campaign acceptable, for the settings dialog
// and the command line alike. Each check returns the reason it is refused (translated,
// one sentence), or an empty string. Reads the workspace; throws DatabaseError.
class SetupRules final
{
    Q_DECLARE_TR_FUNCTIONS(Beamline::SetupRules)

public:
    // A handle, not taken by another channel of the platform (as handle or alias).
    static QString checkChannel(const QSqlDatabase &db, const Channel &channel);
    // A name no other pillar has; a target from 0 to 100 %.
    static QString checkPillar(const QSqlDatabase &db, const Pillar &pillar);
    static QString checkPerson(const QSqlDatabase &db, const Person &person);
    // A name no other campaign has; it does not end before it starts.
    static QString checkCampaign(const QSqlDatabase &db, const Campaign &campaign);
    static QString checkPartner(const Partner &partner);

    // The pillars' targets added up, in percent (pillars without a target count 0).
    static double targetTotalPercent(const QVector<Pillar> &pillars);
    // "Targets add up to 85 %." or, above 100, a warning that says so.
    static QString targetTotalText(const QVector<Pillar> &pillars);
    static bool targetsExceed(const QVector<Pillar> &pillars) { return targetTotalPercent(pillars) > 100.0 + 1e-9; }

    // "Physics news 2" when "Physics news" is taken: a free name for a new entry.
    static QString freeName(const QString &wanted, const QStringList &taken);
};

} // namespace Beamline
