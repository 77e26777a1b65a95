// SPDX-License-Identifier: GPL-3.0-or-later
#include "datapage.h"

#include <core/workspace/workspace.h>
#include <ui/widgets/emptystate.h>

#include <QVBoxLayout>

namespace Beamline {

DataPage::DataPage(QWidget *parent)
    : WorkspacePage(parent)
    , m_empty(new EmptyState(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    m_empty->setIconName(QStringLiteral("document-import"));
    m_empty->setTitle(tr("Drop a platform export here"));
    m_empty->setText(tr("CSV exports of X, Facebook and Instagram (Meta Business Suite), YouTube, LinkedIn, "
                        "Google Analytics, Matomo and listening tools."));
}

void DataPage::setWorkspace(Workspace *workspace, QUndoStack *)
{
    m_workspace = workspace;
}

} // namespace Beamline
