// SPDX-License-Identifier: GPL-3.0-or-later
// The one undo model in the window: markers go through the writer and report a failure
// instead of hiding it.
#include "testsupport.h"

#include <core/workspace/workspace.h>
#include <ui/commands/measurecommands.h>
#include <ui/mainwindow.h>

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
