// SPDX-License-Identifier: GPL-3.0-or-later
#include "planpage.h"

#include <core/db/seriesrepository.h>
#include <core/workspace/workspace.h>
#include <ui/widgets/emptystate.h>

#include <QVBoxLayout>

namespace Beamline {

PlanPage::PlanPage(QWidget *parent)
    : WorkspacePage(parent)
    , m_empty(new EmptyState(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    m_empty->setIconName(QStringLiteral("view-calendar"));
}

void PlanPage::setWorkspace(Workspace *workspace, QUndoStack *)
{
    m_workspace = workspace;
    const int series = workspace ? int(SeriesRepository(workspace->connection()).all().size()) : 0;
    m_empty->setTitle(tr("Plan"));
    m_empty->setText(tr("%n recurring series in this workspace.", nullptr, series));
}

} // namespace Beamline
