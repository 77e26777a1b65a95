// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/services/measureedits.h>
#include <ui/commands/workspacecommand.h>

#include <QCoreApplication>

namespace Beamline {

// Adds or removes an event marker (MarkerEdit), through the writer: a marker that could not be
// written is reported and leaves no step on the stack.
class MarkerCommand final : public EditCommand
{
public:
    MarkerCommand(Workspace *workspace, EventMarker marker, bool adding, const QString &text, PlanErrorHandler onError);

    qint64 markerId() const { return m_edit.markerId(); }

protected:
    WorkspaceEdit &edit() override { return m_edit; }

private:
    MarkerEdit m_edit;
};

// Replaces the attribution rules (AttributionRulesEdit); undo puts the previous ones back.
// Either way the daily web summary is rebuilt with them in the same write.
class AttributionRulesCommand final : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(Beamline::AttributionRulesCommand)

public:
    // With a task runner: saved already (as a task), and undone and redone as tasks.
    AttributionRulesCommand(Workspace *workspace, QVector<AttributionRule> before, QVector<AttributionRule> after,
                            PlanErrorHandler onError, TaskRunner *runner = nullptr);

protected:
    WorkspaceEdit &edit() override { return m_edit; }

private:
    AttributionRulesEdit m_edit;
};

} // namespace Beamline
