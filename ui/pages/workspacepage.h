// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QUndoStack;

namespace Beamline {

class Workspace;

// A top-level view of the main window (Plan, Measure, Data). It is given the open
// workspace (or null) and the window's undo stack.
class WorkspacePage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspacePage)

public:
    explicit WorkspacePage(QWidget *parent = nullptr) : QWidget(parent) {}

    virtual void setWorkspace(Workspace *workspace, QUndoStack *undoStack) = 0;

    // Named states worth a screenshot in docs/screenshots ("plan-month"...); the page
    // itself as it stands when empty.
    virtual QStringList screenshotViews() const { return {}; }
    virtual void showScreenshotView(const QString &name) { Q_UNUSED(name); }
    // A window the current screenshot view opened (a dialog) to capture instead of the
    // main window; null for the main window.
    virtual QWidget *screenshotWidget() const { return nullptr; }
};

} // namespace Beamline
