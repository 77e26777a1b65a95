// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <core/analytics/attribution.h>
#include <core/db/attributionrulerepository.h>
#include <core/db/databaseerror.h>
#include <core/models/importhistorymodel.h>
#include <core/workspace/workspace.h>
#include <ui/application.h>
#include <ui/import/importcontroller.h>
#include <ui/mainwindow.h>
#include <ui/measure/attributioneditor.h>
#include <ui/pages/datapage.h>
#include <ui/pages/measurepage.h>
#include <ui/tasks/taskrunner.h>
#include <ui/widgets/deferredreload.h>
#include <ui/widgets/messagebar.h>

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QThread>
#include <QUndoStack>

using namespace Beamline;
using namespace Beamline::Test;

class tst_TaskRunner : public QObject
{
    Q_OBJECT

private:
    // Imports one sample export into the window's workspace and returns its batch.
    static qint64 importSample(MainWindow &window)
    {
        QSignalSpy imported(window.importController(), &ImportController::importFinished);
        window.importController()->importNow(
            { sample(QStringLiteral("x/tweet_activity_metrics_examplelab_20170101_20170201_en.csv")) }, {});
        if (!imported.wait(20000))
            return 0;
        const auto reports = imported.first().first().value<QList<ImportReport>>();
        return reports.isEmpty() || reports.first().batchIds.isEmpty() ? 0 : reports.first().batchIds.first();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Application::setUp();
    }

    void cancelLeavesTheDatabaseAsItWas()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        QVERIFY(window.openWorkspace(dir.filePath(QStringLiteral("lab.beamline"))));
        TaskRunner *tasks = window.taskRunner();
        tasks->setShowDelay(0);
        const QString before = dumpContent(window.workspace()->connection());
        QVector<AttributionRule> changed = Attribution::defaults();
        changed.removeFirst();
        std::atomic<bool> written = false;
        std::optional<WriteResult> outcome;
        // The work changes the rules, then waits for Cancel: what it wrote must not stay.
        TaskRunner::Options options;
        options.title = QStringLiteral("Rules");
        options.label = QStringLiteral("Saving…");
        tasks->runWrite(
            window.workspace(), options,
            [&](WriteScope &scope) {
                AttributionRuleRepository::replaceAll(scope, changed);
                written = true;
                while (!scope.cancelRequested())
                    QThread::msleep(5);
            },
            this, [&](const WriteResult &result) { outcome = result; });
        QVERIFY(tasks->isBusy());
        QTRY_VERIFY(written);
        QProgressDialog *dialog = tasks->progressDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QPushButton *cancel = dialog->findChild<QPushButton *>();
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY(outcome.has_value());
        QVERIFY(!outcome->ok);
        QVERIFY(outcome->cancelled);
        QVERIFY(!tasks->isBusy());
        QVERIFY(!dialog->isVisible());
        QCOMPARE(dumpContent(window.workspace()->connection()), before);
        // A cancel is not an error.
        QVERIFY(window.messageBar()->isHidden() || window.messageBar()->kind() != MessageBar::Kind::Error);
        QVERIFY(!QApplication::overrideCursor());
    }

    void aFailureInATaskIsAMessageBarError()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        QVERIFY(window.openWorkspace(dir.filePath(QStringLiteral("lab.beamline"))));
        TaskRunner *tasks = window.taskRunner();
        // A task that throws: the error comes back as a value, then in the message bar.
        bool doneRan = false;
        TaskRunner::Options options;
        options.title = QStringLiteral("Failing");
        options.label = QStringLiteral("Failing…");
        options.errorText = QStringLiteral("The task failed: %1");
        tasks->run<int>(
            options,
            [](TaskControl &) -> int { throw DatabaseError(QStringLiteral("disk on fire"), QStringLiteral("SQLITE_IOERR")); },
            this,
            [&](TaskOutcome<int> &outcome) {
                doneRan = true;
                QVERIFY(!outcome.value);
                QVERIFY(outcome.error.contains(QLatin1String("disk on fire")));
            });
        QTRY_VERIFY(doneRan);
        QTRY_VERIFY(window.messageBar()->isVisible());
        QCOMPARE(window.messageBar()->kind(), MessageBar::Kind::Error);
        QVERIFY2(window.messageBar()->text().contains(QLatin1String("The task failed: disk on fire")),
                 qPrintable(window.messageBar()->text()));

        // A write that fails rolls back and says so too.
        window.messageBar()->clear();
        const QString before = dumpContent(window.workspace()->connection());
        std::optional<WriteResult> outcome;
        options.errorText = QStringLiteral("Not written: %1");
        tasks->runWrite(
            window.workspace(), options,
            [](WriteScope &scope) {
                AttributionRuleRepository::replaceAll(scope, {});
                throw DatabaseError(QStringLiteral("no room left"), QStringLiteral("SQLITE_FULL"));
            },
            this, [&](const WriteResult &result) { outcome = result; });
        QTRY_VERIFY(outcome.has_value());
        QVERIFY(!outcome->ok);
        QCOMPARE(window.messageBar()->kind(), MessageBar::Kind::Error);
        QVERIFY2(window.messageBar()->text().startsWith(QLatin1String("Not written: ")), qPrintable(window.messageBar()->text()));
        QVERIFY(window.messageBar()->text().contains(QLatin1String("no room left")));
        QCOMPARE(dumpContent(window.workspace()->connection()), before);
    }

    void openingAnOldWorkspaceShowsProgressThenWorks()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("old.beamline"));
        QVERIFY(QFile::copy(QStringLiteral(BEAMLINE_TEST_DATA_DIR "/workspace-v1.beamline"), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TaskRunner *tasks = window.taskRunner();
        tasks->setShowDelay(0);
        QStringList started;
        bool shownWhileRunning = false;
        connect(tasks, &TaskRunner::taskStarted, this, [&](const QString &title) {
            started.append(title);
            shownWhileRunning = tasks->progressDialog() && tasks->progressDialog()->isVisible();
        });
        QVERIFY(window.openWorkspace(copy));
        QCOMPARE(started, QStringList { QStringLiteral("Open Workspace") });
        QVERIFY(shownWhileRunning);
        QVERIFY(!tasks->progressDialog()->isVisible());
        QVERIFY(!tasks->isBusy());
        QVERIFY(!QApplication::overrideCursor());
        // Upgraded, and said so.
        QVERIFY(window.workspace());
        QVERIFY(!window.workspace()->isReadOnly());
        QVERIFY2(window.messageBar()->text().contains(QLatin1String("upgraded")), qPrintable(window.messageBar()->text()));
        QCOMPARE(scalar(window.workspace()->connection(), QStringLiteral("PRAGMA user_version")).toInt(),
                 WorkspaceOpener::supportedVersion());
        // The window works on it: an import and its undo, through the same runner.
        const qint64 batch = importSample(window);
        QVERIFY(batch > 0);
        QCOMPARE(started.size(), 2);
        auto *data = window.findChild<DataPage *>();
        window.showPage(MainWindow::Page::Data);
        const int rows = data->historyModel()->rowCount();
        QVERIFY(rows >= 1);
        // Only one progress dialog, ever.
        QCOMPARE(window.findChildren<QProgressDialog *>().size(), 1);
    }

    void importUndoRunsOffTheUiThreadAndPagesFollow()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        QVERIFY(window.openWorkspace(dir.filePath(QStringLiteral("lab.beamline"))));
        const qint64 batch = importSample(window);
        QVERIFY(batch > 0);
        const QSqlDatabase db = window.workspace()->connection();
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM platform_posts")).toInt(), 20);
        window.showPage(MainWindow::Page::Data);
        auto *data = window.findChild<DataPage *>();
        auto *measure = window.findChild<MeasurePage *>();
        QCOMPARE(data->historyModel()->rowCount(), 1);

        // The undo is a task: the call returns while the worker writes.
        QSignalSpy changed(window.workspace(), &Workspace::changed);
        QSignalSpy finished(window.taskRunner(), &TaskRunner::taskFinished);
        data->undoImport(batch);
        QVERIFY(window.taskRunner()->isBusy());
        QVERIFY(finished.wait(20000));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM platform_posts")).toInt(), 0);
        // The change set reached the UI thread; the Data page (shown) reloaded at once.
        QTRY_VERIFY(changed.count() >= 1);
        QVERIFY(data->historyModel()->data(data->historyModel()->index(0, 0), ImportHistoryModel::UndoneRole).toBool());
        QTRY_VERIFY(window.messageBar()->text().contains(QLatin1String("was undone")));
        QCOMPARE(window.messageBar()->kind(), MessageBar::Kind::Positive);
        // The Measure page (hidden) waits until it is shown.
        auto *deferred = measure->findChild<DeferredReload *>();
        QVERIFY(deferred);
        QVERIFY(deferred->isPending());
        window.showPage(MainWindow::Page::Measure);
        QVERIFY(!deferred->isPending());
    }

    void rulesSaveAndUndoAreTasks()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        QVERIFY(window.openWorkspace(dir.filePath(QStringLiteral("lab.beamline"))));
        window.showPage(MainWindow::Page::Data);
        auto *editor = window.findChild<AttributionEditor *>();
        auto *table = editor->findChild<QTableWidget *>();
        const QSqlDatabase db = window.workspace()->connection();
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("l.instagram.com"));
        auto *combo = qobject_cast<QComboBox *>(table->cellWidget(1, 1));
        combo->setCurrentIndex(combo->findData(int(Platform::Other)));
        QSignalSpy finished(window.taskRunner(), &TaskRunner::taskFinished);
        QVERIFY(editor->save());
        QVERIFY(finished.wait(20000));
        QCOMPARE(AttributionRuleRepository(db).all().at(1).platform, Platform::Other);
        QCOMPARE(window.undoStack()->count(), 1);
        QTRY_VERIFY(window.messageBar()->text().contains(QLatin1String("rules saved")));
        // Undo: also a task; the rules and the editor follow.
        window.undoStack()->undo();
        QVERIFY(window.taskRunner()->isBusy());
        QVERIFY(finished.wait(20000));
        QCOMPARE(AttributionRuleRepository(db).all().at(1).platform, Platform::Instagram);
        QTRY_COMPARE(qobject_cast<QComboBox *>(table->cellWidget(1, 1))->currentData().toInt(), int(Platform::Instagram));
        QCOMPARE(window.undoStack()->count(), 1); // not cleared: nothing failed
        window.undoStack()->redo();
        QVERIFY(finished.wait(20000));
        QCOMPARE(AttributionRuleRepository(db).all().at(1).platform, Platform::Other);
    }
};

QTEST_MAIN(tst_TaskRunner)
#include "tst_taskrunner.moc"
