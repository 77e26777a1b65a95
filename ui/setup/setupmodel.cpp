// SPDX-License-Identifier: GPL-3.0-or-later
#include "setupmodel.h"

#include <QLoggingCategory>
#include <QUndoStack>

Q_LOGGING_CATEGORY(lcSetup, "beamline.setup", QtWarningMsg)

namespace Beamline {

SetupModel::SetupModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SetupModel::setWorkspace(Workspace *workspace, QUndoStack *undoStack)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    m_undoStack = undoStack;
    if (workspace)
        connect(workspace, &Workspace::changed, this, &SetupModel::reload);
    reload();
}

bool SetupModel::writable() const
{
    return m_workspace && !m_workspace->isReadOnly() && m_undoStack;
}

int SetupModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (idAt(row) == id)
            return row;
    }
    return -1;
}

bool SetupModel::accepted(const Result<QString> &check)
{
    if (!check) {
        Q_EMIT failed(check.error().message);
        return false;
    }
    if (!check->isEmpty()) {
        Q_EMIT refused(*check);
        return false;
    }
    return true;
}

std::function<void(const QString &)> SetupModel::errorHandler()
{
    // Commands outlive the dialog on the window's stack: an undo after it closed must
    // not reach a deleted model.
    return [self = QPointer<SetupModel>(this)](const QString &message) {
        qCWarning(lcSetup) << message;
        if (self) {
            self->m_failed = true;
            Q_EMIT self->failed(message);
        }
    };
}

bool SetupModel::push(QUndoCommand *command)
{
    if (!writable()) {
        delete command;
        return false;
    }
    m_failed = false;
    m_undoStack->push(command); // runs it; a first run that fails removes it again
    return !m_failed;
}

} // namespace Beamline
