// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/import/importer.h>

#include <QObject>
#include <QPointer>

class QUndoStack;
class QWidget;

namespace Beamline {

class TaskRunner;
class Workspace;

// Runs imports for the window: previews the files off the UI thread, shows what was
// found, imports the accepted ones off the UI thread with progress and Cancel (both as
// tasks of the window's TaskRunner, with its one progress dialog), and reports the
// outcome. Never touches widgets from the worker.
class ImportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportController)

public:
    ImportController(QWidget *window, TaskRunner *tasks);
    ~ImportController() override;

    void setWorkspace(Workspace *workspace);
    // Where remembered answers (an account is this channel) go, so that they can be undone.
    void setUndoStack(QUndoStack *undoStack) { m_undoStack = undoStack; }
    // Whether a preview or an import of this controller is queued or running.
    bool isBusy() const { return m_busy; }

    // Previews these files, asks, imports. Folders are expanded.
    void start(const QStringList &paths);
    // Imports without asking (tests, scripted use).
    void importNow(const QStringList &files, const ImportOptions &options);

Q_SIGNALS:
    void previewFinished(const QList<Beamline::ImportReport> &reports);
    void importFinished(const QList<Beamline::ImportReport> &reports);
    // A user-facing summary of a finished import: kind 0 positive, 1 warning, 2 error.
    void summary(int kind, const QString &text, bool hasData);

private:
    void runPreview(const QStringList &files, const ImportOptions &options);
    // Asks which channel unknown accounts are (when the workspace has channels on their
    // platform), then shows the preview.
    void askAboutAccounts(const QStringList &files, const QList<ImportReport> &reports, const ImportOptions &options);
    void showPreview(const QStringList &files, const QList<ImportReport> &reports, const ImportOptions &options);
    void finishImport(const QList<ImportReport> &reports, bool cancelled);
    // Puts the imports made on the undo stack, as one step.
    void pushImport(const QList<ImportReport> &reports);

    QPointer<QWidget> m_window;
    TaskRunner *m_tasks;
    Workspace *m_workspace = nullptr;
    QUndoStack *m_undoStack = nullptr;
    bool m_busy = false;
    // Files the preview left out (unreadable, empty), for the summary of the import.
    QList<ImportReport> m_leftOut;
    bool m_hadImports = false; // whether the workspace held imports before this one
};

} // namespace Beamline

Q_DECLARE_METATYPE(Beamline::ImportReport)
