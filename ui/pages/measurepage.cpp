// SPDX-License-Identifier: GPL-3.0-or-later
#include "measurepage.h"

#include <core/db/platformpostrepository.h>
#include <core/workspace/workspace.h>
#include <ui/widgets/emptystate.h>

#include <QVBoxLayout>

namespace Beamline {

MeasurePage::MeasurePage(QWidget *parent)
    : WorkspacePage(parent)
    , m_empty(new EmptyState(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    m_empty->setIconName(QStringLiteral("office-chart-line"));
}

void MeasurePage::setWorkspace(Workspace *workspace, QUndoStack *)
{
    m_workspace = workspace;
    const qint64 posts = workspace ? PlatformPostRepository(workspace->connection()).count() : 0;
    m_empty->setTitle(tr("Measure"));
    m_empty->setText(tr("%n published post(s) with metrics.", nullptr, int(posts)));
}

} // namespace Beamline
