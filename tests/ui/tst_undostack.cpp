// SPDX-License-Identifier: GPL-3.0-or-later
// The one undo model in the window: an import is a step of Edit ▸ Undo (undone and redone as
// tasks), and so is the Data page's Undo Import; markers go through the writer and report a
// failure instead of hiding it.
#include "testsupport.h"

#include <core/models/importhistorymodel.h>
#include <core/workspace/workspace.h>
#include <ui/commands/measurecommands.h>
#include <ui/import/importcontroller.h>
#include <ui/mainwindow.h>
#include <ui/pages/datapage.h>
#include <ui/tasks/taskrunner.h>

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

using namespace Beamline;
using namespace Beamline::Test;

class tst_UndoStack : public QObject
{
    Q_OBJECT

private:
    static int count(MainWindow &window, const char *table)
    {
        return scalar(window.workspace()->connection(), QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table)).toInt();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void anImportIsUndoneAndRedoneFromTheEditMenu()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openWorkspace(dir.filePath(QStringLiteral("lab.beamline"))));
        QSignalSpy imported(window.importController(), &ImportController::importFinished);
        QSignalSpy finished(window.taskRunner(), &TaskRunner::taskFinished);
        window.importController()->importNow(
            { sample(QStringLiteral("x/tweet_activity_metrics_examplelab_20170101_20170201_en.csv")) }, {});
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 20000);
        QCOMPARE(count(window, "platform_posts"), 20);
        const QString direct = dumpContent(window.workspace()->connection());
        QUndoStack *stack = window.undoStack();
        QCOMPARE(stack->count(), 1);
        QCOMPARE(stack->undoText(), QStringLiteral("Import “tweet_activity_metrics_examplelab_20170101_20170201_en.csv”"));

        // Undo, then redo: tasks off the UI thread; the same figures come back.
        finished.clear();
        stack->undo();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(count(window, "platform_posts"), 0);
        QCOMPARE(count(window, "post_snapshots"), 0);
        stack->redo();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
        QCOMPARE(count(window, "platform_posts"), 20);
        QCOMPARE(dumpContent(window.workspace()->connection()), direct);
        QCOMPARE(stack->count(), 1); // nothing failed: the history stays

        // The Data page's Undo Import is a step of the same kind: Edit ▸ Undo puts the import back.
        window.showPage(MainWindow::Page::Data);
        auto *data = window.findChild<DataPage *>();
        data->undoImport(
            data->historyModel()->data(data->historyModel()->index(0, 0), ImportHistoryModel::BatchIdRole).toLongLong());
        QTRY_COMPARE_WITH_TIMEOUT(stack->count(), 2, 20000);
        QCOMPARE(count(window, "platform_posts"), 0);
        QVERIFY(stack->undoText().startsWith(QStringLiteral("Remove Import “")));
        finished.clear();
        stack->undo();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(dumpContent(window.workspace()->connection()), direct);
    }

    void markersAreStepsThatSayWhenTheyFail()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openWorkspace(dir.filePath(QStringLiteral("lab.beamline"))));
        QUndoStack *stack = window.undoStack();
        QString error;
        const auto onError = [&error](const QString &e) { error = e; };
        EventMarker marker;
        marker.day = QDate(2026, 3, 2);
        marker.label = QStringLiteral("Press release");
        auto *add = new MarkerCommand(window.workspace(), marker, true, QStringLiteral("Add marker"), onError);
        stack->push(add);
        QVERIFY(error.isEmpty());
        const qint64 id = add->markerId();
        QCOMPARE(count(window, "event_markers"), 1);
        stack->undo();
        QCOMPARE(count(window, "event_markers"), 0);
        stack->redo();
        QCOMPARE(scalar(window.workspace()->connection(), QStringLiteral("SELECT id FROM event_markers")).toLongLong(), id);

        // A marker that cannot be written: said, and no step is left for it.
        QSqlQuery(window.workspace()->connection()).exec(QStringLiteral("DROP TABLE event_markers"));
        stack->push(new MarkerCommand(window.workspace(), marker, true, QStringLiteral("Add another"), onError));
        QVERIFY2(error.contains(QLatin1String("Add another")), qPrintable(error));
        QCOMPARE(stack->count(), 1);
        QCOMPARE(stack->undoText(), QStringLiteral("Add marker"));
    }
};

QTEST_MAIN(tst_UndoStack)
#include "tst_undostack.moc"
