// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcontroller.h"

#include "accountmatchdialog.h"
#include "importpreviewdialog.h"

#include <core/services/setupservice.h>
#include <core/workspace/workspace.h>
#include <ui/commands/importcommands.h>
#include <ui/commands/setupcommands.h>
#include <core/workspace/writer.h>

#include <ui/tasks/taskrunner.h>

#include <QDir>
#include <QUndoStack>

namespace Beamline {

namespace {

// Runs the importer over files in a worker thread, one report per file. Progress is in
// thousandths of the whole run; cancelling stops at the next rows and rolls back.
QList<ImportReport> runImports(TaskControl &control, Writer *writer, const QStringList &files, const ImportOptions &options)
{
    QList<ImportReport> reports;
    Importer importer(*writer, options);
    std::atomic<bool> cancel = false;
    for (int i = 0; i < files.size(); ++i) {
        if (control.isCanceled())
            break;
        control.setProgress(1000 * i / int(files.size()));
        if (!options.preview) {
            control.setText(ImportController::tr("Importing “%1”…").arg(QFileInfo(files.at(i)).fileName())
                            + (files.size() > 1 ? ImportController::tr(" (%n file(s) in all)", nullptr, int(files.size())) : QString()));
        }
        const auto progress = [&](qint64 done, qint64 total) {
            if (control.isCanceled())
                cancel = true;
            const double fraction = total > 0 ? double(done) / double(total) : 0;
            control.setProgress(int(1000 * (i + qBound(0.0, fraction, 1.0)) / files.size()));
        };
        reports.append(importer.importFile(files.at(i), progress, &cancel));
        if (cancel)
            break;
    }
    control.setProgress(1000);
    return reports;
}

} // namespace

ImportController::ImportController(QWidget *window, TaskRunner *tasks)
    : QObject(window)
    , m_window(window)
    , m_tasks(tasks)
{
    qRegisterMetaType<Beamline::ImportReport>();
}

ImportController::~ImportController() = default;

void ImportController::setWorkspace(Workspace *workspace)
{
    // A running import keeps its own connection to the old file; the window waits for its
    // tasks before it changes the workspace.
    m_workspace = workspace;
}

void ImportController::start(const QStringList &paths)
{
    if (!m_workspace || m_workspace->isReadOnly() || isBusy())
        return;
    const QStringList files = Importer::expandPaths(paths);
    if (files.isEmpty())
        return;
    ImportOptions options;
    options.timeZone = m_workspace->timeZone();
    runPreview(files, options);
}

void ImportController::runPreview(const QStringList &files, const ImportOptions &options)
{
    if (!m_workspace)
        return;
    ImportOptions preview = options;
    preview.preview = true;
    // Bad rows are counted and listed rather than failing the file, so the preview can offer to
    // import the good ones; the import itself still refuses them unless the user chose so.
    preview.skipBadRows = true;
    TaskRunner::Options task;
    task.title = tr("Import");
    task.label = tr("Reading %n file(s)…", nullptr, int(files.size()));
    task.minimumDuration = 400;
    m_busy = true;
    Writer *writer = &m_workspace->writer();
    m_tasks->run<QList<ImportReport>>(
        task, [writer, files, preview](TaskControl &control) { return runImports(control, writer, files, preview); }, this,
        [this, files, options](TaskOutcome<QList<ImportReport>> &outcome) {
            m_busy = false;
            const QList<ImportReport> reports = outcome.value.value_or(QList<ImportReport>());
            Q_EMIT previewFinished(reports);
            if (!outcome.cancelled && outcome.value)
                askAboutAccounts(files, reports, options);
        });
}

void ImportController::askAboutAccounts(const QStringList &files, const QList<ImportReport> &reports, const ImportOptions &options)
{
    if (!m_workspace)
        return;
    QList<ImportAccount> newAccounts;
    for (const ImportReport &r : reports)
        newAccounts += r.newAccounts;
    const QList<ImportAccount> ask = AccountMatchDialog::accountsToAsk(m_workspace->connection(), newAccounts);
    if (ask.isEmpty()) {
        showPreview(files, reports, options);
        return;
    }
    auto *dialog = new AccountMatchDialog(m_workspace->connection(), ask, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, files, reports, options] {
        for (int i = 0; i < dialog->accounts().size(); ++i) {
            const qint64 channel = dialog->choice(i);
            const ImportAccount account = dialog->accounts().at(i);
            if (channel == 0 || !m_workspace)
                continue;
            auto *command = new AttachAccountCommand(m_workspace, account.platform, account.handle, channel,
                                                     tr("Take “%1” for a Channel").arg(account.handle), [this](const QString &message) {
                                                         Q_EMIT summary(2, message.toHtmlEscaped(), false);
                                                     });
            if (m_undoStack) {
                m_undoStack->push(command);
            } else {
                command->redo();
                delete command;
            }
        }
        showPreview(files, reports, options);
    });
    dialog->open();
}

void ImportController::showPreview(const QStringList &files, const QList<ImportReport> &reports, const ImportOptions &options)
{
    auto *dialog = new ImportPreviewDialog(m_workspace, files, reports, options, m_window);
    dialog->setUndoStack(m_undoStack);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportPreviewDialog::importRequested, this, [this, files, reports](const QStringList &chosen, const ImportOptions &o) {
        // What the preview left out is said again in the summary, so it is not forgotten.
        m_leftOut.clear();
        for (int i = 0; i < reports.size() && i < files.size(); ++i) {
            if (!chosen.contains(files.at(i)) && !reports.at(i).failed() && reports.at(i).skipped > 0 && !o.skipBadRows) {
                ImportReport refused = reports.at(i);
                refused.error = tr("%1: %n row(s) cannot be read, so the file was left out", nullptr, int(refused.skipped)).arg(refused.fileName);
                m_leftOut.append(refused);
                continue;
            }
            if (!chosen.contains(files.at(i)) && (reports.at(i).failed() || reports.at(i).formats.contains(QStringLiteral("empty"))
                                                  || (!reports.at(i).alreadyImported && reports.at(i).added + reports.at(i).unchanged == 0)))
                m_leftOut.append(reports.at(i));
        }
        importNow(chosen, o);
    });
    connect(dialog, &ImportPreviewDialog::previewAgain, this, [this](const QStringList &again, const ImportOptions &o) { runPreview(again, o); });
    dialog->open();
}

void ImportController::importNow(const QStringList &files, const ImportOptions &options)
{
    if (!m_workspace || files.isEmpty() || isBusy())
        return;
    TaskRunner::Options task;
    task.title = tr("Import");
    task.label = tr("Importing %n file(s)…", nullptr, int(files.size()));
    ImportOptions real = options;
    real.preview = false;
    const auto progress = SetupService(*m_workspace).setupProgress();
    m_hadImports = progress ? progress->imports : true;
    m_busy = true;
    Writer *writer = &m_workspace->writer();
    m_tasks->run<QList<ImportReport>>(
        task, [writer, files, real](TaskControl &control) { return runImports(control, writer, files, real); }, this,
        [this](TaskOutcome<QList<ImportReport>> &outcome) {
            m_busy = false;
            finishImport(outcome.value.value_or(QList<ImportReport>()), outcome.cancelled);
        });
}

void ImportController::pushImport(const QList<ImportReport> &reports)
{
    // The imports made are one step of the undo history: Edit ▸ Undo takes them away.
    QList<qint64> batches;
    QStringList names;
    for (const ImportReport &r : reports) {
        if (r.cancelled || r.failed() || r.batchIds.isEmpty())
            continue;
        batches += r.batchIds;
        names.append(r.fileName);
    }
    if (!m_workspace || !m_undoStack || batches.isEmpty())
        return;
    const QString text = names.size() == 1 ? tr("Import “%1”").arg(names.first()) : tr("Import %n File(s)", nullptr, int(names.size()));
    m_undoStack->push(new ImportCommand(
        m_workspace, std::make_shared<ImportEdit>(batches, true), text,
        [controller = QPointer<ImportController>(this)](const QString &error) {
            if (controller)
                Q_EMIT controller->summary(2, error.toHtmlEscaped(), false);
        },
        m_tasks));
}

void ImportController::finishImport(const QList<ImportReport> &reports, bool cancelledRun)
{
    const QList<ImportReport> leftOut = std::exchange(m_leftOut, {});
    qint64 rows = 0, added = 0, updated = 0, unchanged = 0, skipped = 0;
    int failed = 0, cancelled = 0, succeeded = 0;
    QStringList errors;
    QStringList nothing;
    for (const ImportReport &r : reports) {
        if (r.cancelled) {
            ++cancelled;
            continue;
        }
        if (r.failed()) {
            ++failed;
            errors.append(r.error);
            continue;
        }
        if (r.batchIds.isEmpty() && !r.alreadyImported) {
            nothing.append(r.fileName); // read, but nothing in it: not "imported"
            continue;
        }
        ++succeeded;
        rows += r.rowsRead;
        added += r.added;
        updated += r.updated;
        unchanged += r.unchanged;
        skipped += r.skipped;
    }
    for (const ImportReport &r : leftOut) {
        if (r.failed())
            errors.append(r.error);
        else
            nothing.append(r.fileName);
    }
    if (m_workspace && succeeded > 0)
        m_workspace->notifyChanged();
    pushImport(reports);
    Q_EMIT importFinished(reports);

    // Rich text: file names and errors are escaped.
    QStringList parts;
    if (succeeded > 0) {
        parts.append(tr("Imported %n file(s): %1 read; %2 added, %3 updated, %4 unchanged, %5 skipped.", nullptr, succeeded)
                         .arg(tr("%n row(s)", nullptr, int(rows)), tr("%n value(s)", nullptr, int(added)))
                         .arg(updated)
                         .arg(unchanged)
                         .arg(skipped)
                         .toHtmlEscaped());
        if (updated > 0) {
            parts.append((m_hadImports ? tr("“Updated” values replace figures stored before with the newer ones these files give.")
                                       : tr("Some values were updated although nothing was imported before: these files cover some days or "
                                            "posts twice, and the newer figure was kept."))
                             .toHtmlEscaped());
        }
    }
    const bool wasCancelled = cancelled > 0 || cancelledRun;
    if (wasCancelled)
        parts.append(tr("The import was cancelled; the file being read was left out entirely.").toHtmlEscaped());
    if (!nothing.isEmpty()) {
        parts.append(tr("%n file(s) had nothing to import: %1.", nullptr, int(nothing.size()))
                         .arg(nothing.join(QStringLiteral(", ")))
                         .toHtmlEscaped());
    }
    if (!errors.isEmpty()) {
        QStringList escaped;
        for (const QString &error : errors.mid(0, 5))
            escaped.append(error.toHtmlEscaped());
        if (errors.size() > 5)
            escaped.append(tr("…and %n more.", nullptr, int(errors.size() - 5)).toHtmlEscaped());
        parts.append(tr("%n file(s) could not be imported and changed nothing:", nullptr, int(errors.size())).toHtmlEscaped()
                     + QStringLiteral("<br>") + escaped.join(QStringLiteral("<br>")));
    }
    const int kind = !errors.isEmpty() ? (succeeded > 0 ? 1 : 2) : (wasCancelled || succeeded == 0 ? 1 : 0);
    Q_EMIT summary(kind, parts.join(QLatin1Char(' ')), succeeded > 0 && added + updated > 0);
}

} // namespace Beamline
