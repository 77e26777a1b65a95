// SPDX-License-Identifier: GPL-3.0-or-later
// Measures how responsive the window stays while an import runs: the longest gap between
// ticks of a 10 ms timer on the UI thread, with the import on its worker thread.
//   beamline-bench-ui FILE [WORKSPACE]

#include <core/workspace/workspace.h>
#include <ui/application.h>
#include <ui/import/importcontroller.h>
#include <ui/mainwindow.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

using namespace Beamline;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        out << "usage: beamline-bench-ui FILE [WORKSPACE]\n";
        return 2;
    }
    QTemporaryDir dir;
    Application::setUp();
    MainWindow window;
    window.openWorkspace(argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(QStringLiteral("bench.beamline")));
    window.show();

    QElapsedTimer clock;
    qint64 last = 0, longest = 0, ticks = 0;
    QTimer timer;
    timer.setInterval(10);
    QObject::connect(&timer, &QTimer::timeout, &app, [&] {
        const qint64 now = clock.elapsed();
        longest = qMax(longest, now - last);
        last = now;
        ++ticks;
    });
    QObject::connect(window.importController(), &ImportController::importFinished, &app, [&](const QList<ImportReport> &reports) {
        timer.stop();
        const qint64 total = clock.elapsed();
        out << "import: " << total << " ms, " << (reports.isEmpty() ? 0 : reports.first().added) << " rows added\n";
        out << "UI thread: " << ticks << " timer ticks, longest gap " << longest << " ms (10 ms expected)\n";
        app.quit();
    });
    clock.start();
    timer.start();
    window.importController()->importNow({QString::fromLocal8Bit(argv[1])}, {});
    return app.exec();
}
