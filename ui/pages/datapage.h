// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspacepage.h"

namespace Beamline {

class EmptyState;

class DataPage final : public WorkspacePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataPage)

public:
    explicit DataPage(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace, QUndoStack *undoStack) override;

private:
    EmptyState *m_empty;
    Workspace *m_workspace = nullptr;
};

} // namespace Beamline
