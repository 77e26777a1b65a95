// SPDX-License-Identifier: GPL-3.0-or-later
#include "planfiltermenu.h"

#include <core/models/planmodel.h>
#include <core/services/planservice.h>
#include <core/services/setupservice.h>
#include <ui/plan/serieseditordialog.h>

#include <QAction>
#include <QMenu>

namespace Beamline {

namespace {

using Values = QList<QPair<QString, QString>>; // (filter value, label)

// One facet's submenu: a checkable entry per value, toggling it in the filter.
void addFacet(QMenu *menu, PlanFilterModel *filter, const QString &title, PlanFilterModel::Facet facet, const Values &values)
{
    QMenu *submenu = menu->addMenu(title);
    const QSet<QString> selected = filter->filter(facet);
    for (const QPair<QString, QString> &entry : values) {
        // Not a structured binding: clang before 16 cannot capture one in the lambda below.
        const QString value = entry.first;
        QAction *action = submenu->addAction(entry.second);
        action->setCheckable(true);
        action->setChecked(selected.contains(value));
        QObject::connect(action, &QAction::toggled, filter, [filter, facet, value](bool on) {
            QSet<QString> set = filter->filter(facet);
            if (on)
                set.insert(value);
            else
                set.remove(value);
            filter->setFilter(facet, set);
        });
    }
    submenu->setEnabled(!values.isEmpty());
}

} // namespace

Result<void> PlanFilterMenu::fill(QMenu *menu, PlanFilterModel *filter, QAction *clearAction, const Workspace &workspace)
{
    const SetupService setup(workspace);
    const Result<QVector<Channel>> allChannels = setup.channels();
    const Result<QVector<Pillar>> allPillars = setup.pillars();
    const Result<QVector<Series>> allSeries = PlanService(workspace).allSeries();
    const Result<QVector<Campaign>> allCampaigns = setup.campaigns();
    const Result<QVector<Person>> allPeople = setup.people();
    if (!allChannels)
        return allChannels.error();
    if (!allPillars)
        return allPillars.error();
    if (!allSeries)
        return allSeries.error();
    if (!allCampaigns)
        return allCampaigns.error();
    if (!allPeople)
        return allPeople.error();
    Values channels, pillars, series, campaigns, statuses, people;
    for (const Channel &c : allChannels.value())
        channels.append({ QString::number(c.id), channelLabel(c, allChannels.value()) });
    for (const Pillar &p : allPillars.value())
        pillars.append({ QString::number(p.id), p.name });
    pillars.append({ QStringLiteral("0"), tr("No pillar") });
    for (const Series &s : allSeries.value())
        series.append({ QString::number(s.id), s.name });
    series.append({ QStringLiteral("0"), tr("Not in a series") });
    for (const Campaign &c : allCampaigns.value())
        campaigns.append({ QString::number(c.id), c.name });
    campaigns.append({ QStringLiteral("0"), tr("No campaign") });
    for (PostStatus s : PostStatuses::all())
        statuses.append({ PostStatuses::key(s), PostStatuses::displayName(s) });
    statuses.append({ QStringLiteral("empty"), PlanModel::statusName(QStringLiteral("empty")) });
    statuses.append({ QStringLiteral("missed"), PlanModel::statusName(QStringLiteral("missed")) });
    for (const Person &p : allPeople.value())
        people.append({ QString::number(p.id), p.name });
    people.append({ QStringLiteral("0"), tr("Nobody") });
    addFacet(menu, filter, tr("&Channel"), PlanFilterModel::Facet::Channel, channels);
    addFacet(menu, filter, tr("&Pillar"), PlanFilterModel::Facet::Pillar, pillars);
    addFacet(menu, filter, tr("&Series"), PlanFilterModel::Facet::Series, series);
    addFacet(menu, filter, tr("C&ampaign"), PlanFilterModel::Facet::Campaign, campaigns);
    addFacet(menu, filter, tr("S&tatus"), PlanFilterModel::Facet::Status, statuses);
    addFacet(menu, filter, tr("A&ssignee"), PlanFilterModel::Facet::Assignee, people);
    menu->addSeparator();
    menu->addAction(clearAction);
    return {};
}

} // namespace Beamline
