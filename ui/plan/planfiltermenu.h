// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/services/result.h>

#include <QCoreApplication>

class QAction;
class QMenu;

namespace Beamline {

class PlanFilterModel;
class Workspace;

// The Plan page's Filters menu: a submenu per facet (channel, pillar, series, campaign,
// status, assignee) with a checkable entry per value, checked as the filter has them; each
// entry narrows the filter. Its words are the Plan page's (translation context Beamline::PlanPage).
class PlanFilterMenu final
{
    Q_DECLARE_TR_FUNCTIONS(Beamline::PlanPage)

public:
    // Fills the cleared `menu` with the workspace's values for `filter`, then `clearAction`.
    // A read that fails leaves the menu empty and is returned.
    static Result<void> fill(QMenu *menu, PlanFilterModel *filter, QAction *clearAction, const Workspace &workspace);
};

} // namespace Beamline
