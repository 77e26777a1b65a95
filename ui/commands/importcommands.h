// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/services/importedits.h>
#include <ui/commands/workspacecommand.h>

#include <memory>

namespace Beamline {

// Imports, or the undo of imports (ImportEdit), already written when pushed (as a task, by the
// import or by the Data page). Undo and redo run as tasks of the runner, off the UI thread:
// taking an import away or putting it back takes seconds on a big export.
class ImportCommand final : public EditCommand
{
public:
    ImportCommand(Workspace *workspace, std::shared_ptr<ImportEdit> edit, const QString &text, PlanErrorHandler onError,
                  TaskRunner *runner = nullptr);

protected:
    WorkspaceEdit &edit() override { return *m_edit; }

private:
    std::shared_ptr<ImportEdit> m_edit;
};

// Saves or removes a column mapping (ImportProfileEdit); undo puts back what was there.
class ImportProfileCommand final : public EditCommand
{
public:
    ImportProfileCommand(Workspace *workspace, std::optional<ImportProfileRecord> before,
                         std::optional<ImportProfileRecord> after, const QString &text, PlanErrorHandler onError);

    qint64 profileId() const { return m_edit.profileId(); }

protected:
    WorkspaceEdit &edit() override { return m_edit; }

private:
    ImportProfileEdit m_edit;
};

} // namespace Beamline
