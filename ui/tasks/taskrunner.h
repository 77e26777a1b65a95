// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/workspace/writer.h>

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QPromise>
#include <QString>
#include <QtConcurrent>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

class QProgressDialog;
class QWidget;

namespace Beamline {

class TaskRunner;
class Workspace;

// What a task's worker may say about its progress, and whether Cancel was pressed. Used on
// the worker thread only.
class TaskControl final
{
public:
    TaskControl(QPromise<void> &promise, TaskRunner *runner)
        : m_promise(promise)
        , m_runner(runner)
    {
    }
    // Progress in thousandths of the whole task (it only grows).
    void setProgress(int permille) { m_promise.setProgressValue(qBound(0, permille, 1000)); }
    // What is being done now (the dialog's label; translated).
    void setText(const QString &text);
    bool isCanceled() const { return m_promise.isCanceled(); }

private:
    QPromise<void> &m_promise;
    TaskRunner *m_runner;
};

// How a task ended, as a value: its result, or cancelled, or the error that stopped it.
template<typename T> struct TaskOutcome {
    std::optional<T> value;
    bool cancelled = false;
    QString error; // translated
};

// Runs the window's long operations off the UI thread (QtConcurrent), one at a time and in
// the order asked, with one progress dialog it owns and reuses: Cancel (when the task allows
// it) asks the worker to stop, and a write cancelled rolls back. A task's exception or
// failed write comes back as a value and is reported with failed() (the window shows it in
// its message bar); nothing thrown reaches the event loop. No wait cursor is used.
// Results are handed to the UI thread; a task never touches widgets or models.
class TaskRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskRunner)

public:
    struct Options {
        QString title; // the dialog's title
        QString label; // what is being done
        bool cancellable = true; // shows Cancel; a write then rolls back
        int minimumDuration = 300; // ms before the dialog shows (a quick task shows none)
        // With %1 for the error; empty: the error alone. Empty reportErrors: the caller reports.
        QString errorText;
        bool reportErrors = true;
    };

    explicit TaskRunner(QWidget *window);
    // Waits for the running task (its results are dropped).
    ~TaskRunner() override;

    // The window's runner for a widget in it, or null (a widget on its own, in a test: the
    // caller then does the work itself).
    static TaskRunner *of(const QWidget *widget);

    bool isBusy() const { return m_running || !m_queue.empty(); }
    // The one progress dialog (created on first use, then reused; hidden between tasks).
    QProgressDialog *progressDialog() const;
    // Cancels the running task (as its Cancel button does), when it may be cancelled.
    void cancel();
    // Runs the event loop (without user input) until no task is left.
    void waitForIdle();
    // Overrides every task's minimumDuration (-1: no override); 0 shows the dialog at once.
    void setShowDelay(int ms) { m_showDelay = ms; }

    // Runs task(control) on a worker thread, then done(outcome) on the UI thread unless
    // `context` is gone by then. A DatabaseError or std::exception thrown by the task becomes
    // the outcome's error.
    template<typename T>
    void run(const Options &options, std::function<T(TaskControl &)> task, QObject *context,
             std::function<void(TaskOutcome<T> &)> done)
    {
        auto outcome = std::make_shared<TaskOutcome<T>>();
        enqueue(
            options,
            [this, task = std::move(task), outcome](QPromise<void> &promise) {
                TaskControl control(promise, this);
                outcome->error = guarded([&] { outcome->value.emplace(task(control)); });
                outcome->cancelled = promise.isCanceled();
            },
            [this, options, outcome, context = QPointer<QObject>(context), hasContext = context != nullptr,
             done = std::move(done)] {
                if (!outcome->error.isEmpty() && options.reportErrors)
                    reportError(options, outcome->error);
                if (done && (!hasContext || context))
                    done(*outcome);
            });
    }

    // A write through the workspace's writer on a worker thread, on a connection of its own
    // (Writer::runOnWorker); Cancel rolls it back. The writer's change set reaches the views
    // on the UI thread after the commit; then done(result) runs. A failed write is reported.
    void runWrite(Workspace *workspace, const Options &options, Writer::Work work, QObject *context,
                  std::function<void(const WriteResult &)> done = {});

Q_SIGNALS:
    // A task failed: the message for the user (translated).
    void failed(const QString &message);
    // A task began, its dialog set up (and shown when it shows at once).
    void taskStarted(const QString &title);
    // A task ended (done() has run), whatever its outcome.
    void taskFinished();

private:
    friend class TaskControl;
    using Worker = std::function<void(QPromise<void> &)>;
    struct Pending {
        Options options;
        Worker worker;
        std::function<void()> finish;
    };

    // Runs f; returns the message of a DatabaseError or std::exception it threw, else empty.
    static QString guarded(const std::function<void()> &f);
    void enqueue(const Options &options, Worker worker, std::function<void()> finish);
    void startNext();
    void finished();
    void reportError(const Options &options, const QString &error);
    void ensureDialog();
    // From TaskControl::setText(), on the UI thread.
    void showText(quint64 task, const QString &text);

    QPointer<QWidget> m_window;
    QPointer<QProgressDialog> m_dialog;
    QFutureWatcher<void> m_watcher;
    std::deque<Pending> m_queue;
    std::optional<Pending> m_current;
    int m_showDelay = -1;
    quint64 m_serial = 0; // of the running task, so that an old task's text is ignored
    bool m_running = false;
};

} // namespace Beamline
