// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QUndoStack;

namespace Beamline {

class TaskRunner;
class Workspace;
struct AttributionRule;

// Edits the rules that attribute web traffic to social channels ("l.instagram.com" →
// Instagram; "instagram / *" → Instagram...): first match wins, so order matters.
class AttributionEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttributionEditor)

public:
    explicit AttributionEditor(QWidget *parent = nullptr);

    // With an undo stack, saving is a command on it (Edit ▸ Undo puts the previous rules back).
    void setWorkspace(Workspace *workspace, QUndoStack *undoStack = nullptr);
    // The rules as the table shows them, in order.
    QVector<AttributionRule> rules() const;
    // In a window, saving is a task of its TaskRunner (off the UI thread, with Cancel): true
    // once it started, and message() tells the outcome. On its own, it saves at once.
    bool save();

Q_SIGNALS:
    void message(int kind, const QString &text);

private:
    void load(const QVector<AttributionRule> &rules);
    void addRow(const QString &pattern, int platform);
    void move(int delta);
    void validate();

    void reloadIfClean();
    void saveAsTask(TaskRunner *tasks, const QVector<AttributionRule> &before, const QVector<AttributionRule> &after);

    Workspace *m_workspace = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QTableWidget *m_table;
    QLabel *m_problem;
    QPushButton *m_save;
    QPushButton *m_revert;
    bool m_loading = false;
    bool m_commandFailed = false; // the last run of a rules command could not be written
};

} // namespace Beamline
