// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>

#include <functional>

class QUndoStack;
class QWidget;

namespace Beamline {

class Workspace;

// The plan's files, as the Plan page's Export menu offers them: the plan of a range of days
// exported as iCalendar (.ics) or CSV, and a plan CSV imported as one undoable change. Asks
// with dialogs over `parent`; says what happened through `message` (kind 0 positive, 2 error).
// Its words are the Plan page's (translation context Beamline::PlanPage).
class PlanFiles final
{
    Q_DECLARE_TR_FUNCTIONS(Beamline::PlanPage)

public:
    using Message = std::function<void(int kind, const QString &text)>;

    PlanFiles(QWidget *parent, Workspace &workspace, QUndoStack *undoStack, Message message);

    // Asks for a range (offering [from, to]), the series and a file, then writes it.
    void exportIcs(QDate from, QDate to);
    void exportCsv(QDate from, QDate to);
    // Asks for a file and reads it into the plan (the caller checks that the workspace may change).
    void importCsv();

private:
    QWidget *m_parent;
    Workspace &m_workspace;
    QUndoStack *m_undoStack;
    Message m_message;
};

} // namespace Beamline
