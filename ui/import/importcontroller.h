// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/import/importer.h>

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

class QProgressDialog;
class QUndoStack;
class QWidget;

namespace Beamline {

class Workspace;

// Runs imports for the window: previews the files off the UI thread, shows what was
// found, imports the accepted ones off the UI thread with progress and Cancel, and
// reports the outcome. Never touches widgets from the worker.
class ImportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportController)

public:
    explicit ImportController(QWidget *window);
    ~ImportController() override;

    void setWorkspace(Workspace *workspace);
    // Where remembered answers (an account is this channel) go, so that they can be undone.
    void setUndoStack(QUndoStack *undoStack) { m_undoStack = undoStack; }
    bool isBusy() const;

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
    void finishImport();

    QPointer<QWidget> m_window;
    Workspace *m_workspace = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QFutureWatcher<ImportReport> m_previewWatcher;
    QFutureWatcher<ImportReport> m_importWatcher;
    QPointer<QProgressDialog> m_progress;
    QList<ImportReport> m_reports; // of the running import, as they arrive
    QStringList m_previewFiles;
    ImportOptions m_previewOptions;
    // Files the preview left out (unreadable, empty), for the summary of the import.
    QList<ImportReport> m_leftOut;
    bool m_hadImports = false; // whether the workspace held imports before this one
};

} // namespace Beamline

Q_DECLARE_METATYPE(Beamline::ImportReport)
