// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskrunner.h"

#include <core/db/databaseerror.h>
#include <core/workspace/workspace.h>

#include <QCloseEvent>
#include <QEventLoop>
#include <QProgressDialog>

#include <exception>

namespace Beamline {

namespace {

// The runner's dialog: a task that cannot be cancelled (a migration) cannot be closed or
// escaped from either, since that would hide its progress while it still runs.
class TaskDialog final : public QProgressDialog
{
public:
    explicit TaskDialog(QWidget *parent)
        : QProgressDialog(parent)
    {
    }

    void setCancellable(bool cancellable) { m_cancellable = cancellable; }

    void reject() override
    {
        if (m_cancellable)
            Q_EMIT canceled();
    }

protected:
    void closeEvent(QCloseEvent *event) override
    {
        if (m_cancellable)
            QProgressDialog::closeEvent(event);
        else
            event->ignore();
    }

private:
    bool m_cancellable = true;
};

} // namespace

void TaskControl::setText(const QString &text)
{
    // QPromise passes a text only with a larger progress value: the label goes its own way.
    TaskRunner *runner = m_runner;
    const quint64 serial = runner->m_serial; // written by the UI thread before the task started
    QMetaObject::invokeMethod(
        runner, [runner, serial, text] { runner->showText(serial, text); }, Qt::QueuedConnection);
}

TaskRunner::TaskRunner(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("taskRunner"));
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &TaskRunner::finished);
    // Made with the window, not when the first task starts: making a dialog takes 20 ms,
    // a pause in the window just as the task should let it run smoothly.
    ensureDialog();
}

TaskRunner::~TaskRunner()
{
    m_queue.clear();
    if (m_running) {
        if (m_current && m_current->options.cancellable)
            m_watcher.cancel();
        m_watcher.waitForFinished();
    }
}

TaskRunner *TaskRunner::of(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (auto *runner = w->findChild<TaskRunner *>(QString(), Qt::FindDirectChildrenOnly))
            return runner;
    }
    return nullptr;
}

QString TaskRunner::guarded(const std::function<void()> &f)
{
    try {
        f();
    } catch (const DatabaseError &error) {
        return error.detail().isEmpty() ? error.message() : error.message() + QStringLiteral(": ") + error.detail();
    } catch (const std::exception &error) {
        return QString::fromLocal8Bit(error.what());
    } catch (...) {
        return tr("An unexpected error stopped the task.");
    }
    return {};
}

QProgressDialog *TaskRunner::progressDialog() const
{
    return m_dialog;
}

void TaskRunner::ensureDialog()
{
    if (m_dialog)
        return;
    auto *dialog = new TaskDialog(m_window);
    dialog->setObjectName(QStringLiteral("taskProgress"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setAutoReset(false);
    dialog->setAutoClose(false);
    dialog->setRange(0, 1000);
    // QProgressDialog starts its show timer when it is made: stop it until a task runs.
    dialog->reset();
    dialog->hide();
    // Connected once, to the one dialog: a dialog of an earlier task can never come back.
    connect(dialog, &QProgressDialog::canceled, this, &TaskRunner::cancel);
    connect(&m_watcher, &QFutureWatcher<void>::progressValueChanged, dialog, [dialog](int value) {
        if (dialog->maximum() > 0)
            dialog->setValue(value);
    });
    m_dialog = dialog;
}

void TaskRunner::showText(quint64 task, const QString &text)
{
    if (m_running && task == m_serial && m_dialog && !text.isEmpty())
        m_dialog->setLabelText(text);
}

void TaskRunner::cancel()
{
    if (m_running && m_current && m_current->options.cancellable)
        m_watcher.cancel();
}

void TaskRunner::waitForIdle()
{
    if (!isBusy())
        return;
    QEventLoop loop;
    connect(this, &TaskRunner::taskFinished, &loop, [this, &loop] {
        if (!isBusy())
            loop.quit();
    });
    // Paints, timers and the worker's signals go on; clicks and keys wait for the end.
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

void TaskRunner::enqueue(const Options &options, Worker worker, std::function<void()> finish)
{
    m_queue.push_back({ options, std::move(worker), std::move(finish) });
    if (!m_running)
        startNext();
}

void TaskRunner::startNext()
{
    if (m_running || m_queue.empty())
        return;
    m_current = std::move(m_queue.front());
    m_queue.pop_front();
    m_running = true;
    ++m_serial;
    ensureDialog();
    auto *dialog = static_cast<TaskDialog *>(m_dialog.data());
    const Options &options = m_current->options;
    dialog->setWindowTitle(options.title);
    dialog->setLabelText(options.label);
    dialog->setCancellable(options.cancellable);
    dialog->setCancelButtonText(options.cancellable ? tr("Cancel") : QString());
    dialog->reset();
    const int delay = m_showDelay >= 0 ? m_showDelay : options.minimumDuration;
    dialog->setMinimumDuration(delay);
    dialog->setValue(0); // starts the dialog's clock: it shows after the delay
    if (delay <= 0)
        dialog->show();
    m_watcher.setFuture(QtConcurrent::run(m_current->worker));
    Q_EMIT taskStarted(options.title);
}

void TaskRunner::finished()
{
    if (!m_running)
        return;
    std::optional<Pending> done = std::exchange(m_current, std::nullopt);
    m_running = false;
    if (m_dialog) {
        m_dialog->hide();
        m_dialog->reset();
    }
    if (done && done->finish)
        done->finish();
    Q_EMIT taskFinished();
    startNext();
}

void TaskRunner::reportError(const Options &options, const QString &error)
{
    Q_EMIT failed(options.errorText.isEmpty() ? error : options.errorText.arg(error));
}

void TaskRunner::runWrite(Workspace *workspace, const Options &options, Writer::Work work, QObject *context,
                          std::function<void(const WriteResult &)> done)
{
    Writer *writer = &workspace->writer();
    run<WriteResult>(
        options,
        [writer, work = std::move(work)](TaskControl &control) {
            return writer->runOnWorker(work, [&control] { return control.isCanceled(); });
        },
        context,
        [this, options, done = std::move(done)](TaskOutcome<WriteResult> &outcome) {
            WriteResult result;
            if (outcome.value) {
                result = *outcome.value;
            } else {
                result.ok = false;
                result.message = outcome.error; // reported already
            }
            if (outcome.value && !result.ok && !result.aborted && options.reportErrors)
                reportError(options, result.message);
            if (done)
                done(result);
        });
}

} // namespace Beamline
