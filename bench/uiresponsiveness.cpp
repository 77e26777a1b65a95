// SPDX-License-Identifier: GPL-3.0-or-later
// Measures how responsive the window stays during long operations: the longest gap between
// ticks of a 10 ms timer on the UI thread (an event-loop stall) while the operation runs.
//   beamline-bench-ui FILE [WORKSPACE]                 import FILE (the import runs as a task)
//   beamline-bench-ui open WORKSPACE [--ui-thread]     open a workspace whose daily summaries
//                                                      are out of date (as after an upgrade)
//   beamline-bench-ui rules WORKSPACE [--ui-thread]    save changed web attribution rules
//   beamline-bench-ui undo FILE WORKSPACE [--ui-thread] import FILE (not timed), undo it
// --ui-thread runs the same core work on the UI thread, as the window did before the task
// runner (the "before" figure). bench/run.sh and bench/measure.sh print these.
// Besides the longest gap (wall clock), each run prints the most CPU time the UI thread spent
// within one gap: on a loaded machine a gap also holds the time the thread waited for a core,
// while its own CPU time is what Beamline made it do.

#include <core/analytics/attribution.h>
#include <core/db/attributionrulerepository.h>
#include <core/db/database.h>
#include <core/db/settingsrepository.h>
#include <core/import/importhistory.h>
#include <core/workspace/workspace.h>
#include <core/workspace/writer.h>
#include <ui/application.h>
#include <ui/import/importcontroller.h>
#include <ui/mainwindow.h>
#include <ui/measure/attributioneditor.h>
#include <ui/pages/datapage.h>
#include <ui/tasks/taskrunner.h>

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <functional>

#include <time.h>

using namespace Beamline;

namespace {

// The longest gap between ticks of a 10 ms timer while `operation` runs; `operation` calls
// its argument when it has ended (at once for work on the UI thread).
struct Stall {
    qint64 total = 0;
    qint64 longest = 0;
    qint64 longestBusy = 0; // the UI thread's CPU time within one gap, ms
    qint64 longestBusyEnd = 0; // when that gap ended, ms after the start
    qint64 ticks = 0;
};

// The calling thread's CPU time, in microseconds.
qint64 threadCpuMicroseconds()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000 + now.tv_nsec / 1000;
}

Stall measure(const std::function<void(const std::function<void()> &)> &operation)
{
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 lastCpu = threadCpuMicroseconds();
    Stall stall;
    QTimer timer;
    timer.setInterval(10);
    QEventLoop loop;
    qint64 endedAt = 0;
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        const qint64 now = clock.elapsed();
        const qint64 cpu = threadCpuMicroseconds();
        stall.longest = qMax(stall.longest, now - last);
        if ((cpu - lastCpu) / 1000 > stall.longestBusy) {
            stall.longestBusy = (cpu - lastCpu) / 1000;
            stall.longestBusyEnd = now;
        }
        last = now;
        lastCpu = cpu;
        ++stall.ticks;
    });
    clock.start();
    timer.start();
    // Started from the event loop, so a stall at the very start counts too.
    QTimer::singleShot(0, &loop, [&] {
        operation([&] {
            endedAt = clock.elapsed();
            // Pages reload after the change arrives: let the events queued by then run.
            QTimer::singleShot(50, &loop, &QEventLoop::quit);
        });
    });
    loop.exec();
    stall.longest = qMax(stall.longest, clock.elapsed() - last);
    stall.longestBusy = qMax(stall.longestBusy, (threadCpuMicroseconds() - lastCpu) / 1000);
    stall.total = endedAt;
    return stall;
}

void report(QTextStream &out, const QString &scenario, const QString &workspace, bool uiThread, const Stall &stall)
{
    out << scenario << (uiThread ? " (on the UI thread, as before)" : " (as a task)") << " on " << workspace << ": " << stall.total
        << " ms, UI thread: " << stall.ticks << " timer ticks, longest gap " << stall.longest << " ms (10 ms expected), busiest gap "
        << stall.longestBusy << " ms of CPU (ended at " << stall.longestBusyEnd << " ms)\n";
}

// Marks the daily summaries as out of date, as an upgrade or another program leaves them.
void makeSummariesStale(const QString &path)
{
    Database database(path);
    SettingsRepository settings(database.connection(QStringLiteral("bench")));
    settings.remove(QStringLiteral("web_channel_days"));
    settings.remove(QStringLiteral("mention_days"));
    database.releaseConnection(QStringLiteral("bench"));
}

void waitFor(TaskRunner *tasks)
{
    tasks->waitForIdle();
    QCoreApplication::processEvents();
}

int importScenario(QTextStream &out, MainWindow &window, const QString &file)
{
    QElapsedTimer clock;
    clock.start();
    ImportReport result;
    const Stall stall = measure([&](const std::function<void()> &ended) {
        QObject::connect(window.importController(), &ImportController::importFinished, window.importController(),
                         [&, ended](const QList<ImportReport> &reports) {
                             if (!reports.isEmpty())
                                 result = reports.first();
                             ended();
                         });
        window.importController()->importNow({file}, {});
    });
    out << "import: " << stall.total << " ms, " << result.added << " rows added\n";
    out << "UI thread: " << stall.ticks << " timer ticks, longest gap " << stall.longest << " ms (10 ms expected), busiest gap "
        << stall.longestBusy << " ms of CPU\n";
    return 0;
}

int openScenario(QTextStream &out, MainWindow &window, const QString &path, bool uiThread)
{
    makeSummariesStale(path);
    const Stall stall = measure([&](const std::function<void()> &ended) {
        if (uiThread) {
            // What openWorkspace() did on the UI thread: open, rebuild, then the pages.
            WorkspaceOpener::Result result;
            Workspace::open(path, WorkspaceOpener::Mode::MustExist, &result);
        }
        window.openWorkspace(path);
        ended();
    });
    report(out, QStringLiteral("open"), path, uiThread, stall);
    return window.workspace() ? 0 : 1;
}

int rulesScenario(QTextStream &out, MainWindow &window, const QString &path, bool uiThread)
{
    if (!window.openWorkspace(path))
        return 1;
    window.showPage(MainWindow::Page::Data);
    auto *editor = window.findChild<AttributionEditor *>();
    Workspace *workspace = window.workspace();
    QVector<AttributionRule> changed = Attribution::defaults();
    for (AttributionRule &rule : changed) {
        if (rule.pattern == QLatin1String("l.instagram.com"))
            rule.platform = Platform::Other;
    }
    const Stall stall = measure([&](const std::function<void()> &ended) {
        if (uiThread) {
            // What AttributionEditor::save() did: one write on the UI thread.
            workspace->writer().run([&changed](WriteScope &scope) { AttributionRuleRepository::replaceAll(scope, changed); });
            ended();
            return;
        }
        auto *table = editor->findChild<QTableWidget *>();
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == QLatin1String("l.instagram.com")) {
                auto *combo = qobject_cast<QComboBox *>(table->cellWidget(row, 1));
                combo->setCurrentIndex(combo->findData(int(Platform::Other)));
            }
        }
        QObject::connect(window.taskRunner(), &TaskRunner::taskFinished, editor, ended, Qt::SingleShotConnection);
        editor->save();
    });
    report(out, QStringLiteral("rules save"), path, uiThread, stall);
    // The defaults again, for the next run (not timed).
    workspace->writer().run([](WriteScope &scope) { AttributionRuleRepository::replaceAll(scope, Attribution::defaults()); });
    return 0;
}

int undoScenario(QTextStream &out, MainWindow &window, const QString &file, const QString &path, bool uiThread)
{
    if (!window.openWorkspace(path))
        return 1;
    qint64 batchId = 0;
    QObject::connect(window.importController(), &ImportController::importFinished, &window, [&](const QList<ImportReport> &reports) {
        if (!reports.isEmpty() && !reports.first().batchIds.isEmpty())
            batchId = reports.first().batchIds.first();
    });
    window.importController()->importNow({file}, {});
    waitFor(window.taskRunner());
    if (batchId == 0) {
        out << "the import of " << file << " failed\n";
        return 1;
    }
    window.showPage(MainWindow::Page::Data);
    auto *data = window.findChild<DataPage *>();
    Workspace *workspace = window.workspace();
    const Stall stall = measure([&](const std::function<void()> &ended) {
        if (uiThread) {
            workspace->writer().run([batchId](WriteScope &scope) { ImportHistory::undo(scope, batchId); });
            ended();
            return;
        }
        QObject::connect(window.taskRunner(), &TaskRunner::taskFinished, data, ended, Qt::SingleShotConnection);
        data->undoImport(batchId);
    });
    report(out, QStringLiteral("import undo"), path, uiThread, stall);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QStringList args = app.arguments().mid(1);
    const bool uiThread = args.removeAll(QStringLiteral("--ui-thread")) > 0;
    if (args.isEmpty()) {
        out << "usage: beamline-bench-ui FILE [WORKSPACE] | open WORKSPACE | rules WORKSPACE | undo FILE WORKSPACE [--ui-thread]\n";
        return 2;
    }
    QTemporaryDir dir;
    Application::setUp();
    MainWindow window;
    window.show();
    const QString scenario = args.first();
    if (scenario == QLatin1String("open") && args.size() == 2)
        return openScenario(out, window, args.at(1), uiThread);
    if (scenario == QLatin1String("rules") && args.size() == 2)
        return rulesScenario(out, window, args.at(1), uiThread);
    if (scenario == QLatin1String("undo") && args.size() == 3)
        return undoScenario(out, window, args.at(1), args.at(2), uiThread);
    window.openWorkspace(args.size() > 1 ? args.at(1) : dir.filePath(QStringLiteral("bench.beamline")));
    return importScenario(out, window, args.first());
}
