// SPDX-License-Identifier: GPL-3.0-or-later
// What the user sees when the database fails under the window: a database error that
// escapes a slot becomes a message-bar error (GuiApplication's net) instead of ending the
// program, and an undo or a redo that fails after its first run clears the undo stack.
#include "testsupport.h"

#include <core/db/databaseerror.h>
#include <core/db/postrepository.h>
#include <core/demo/demogenerator.h>
#include <core/workspace/workspace.h>
#include <ui/application.h>
#include <ui/guiapplication.h>
#include <ui/mainwindow.h>
#include <ui/commands/plancommands.h>
#include <ui/widgets/messagebar.h>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QKeySequence>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Beamline;

namespace {

GuiApplication *guiApp()
{
    return static_cast<GuiApplication *>(QCoreApplication::instance());
}

// Runs statements on the workspace file through a connection of its own, as another
// program would.
class OtherConnection
{
public:
    explicit OtherConnection(const QString &path) : m_name(QStringLiteral("other-%1").arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~OtherConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    OtherConnection(const OtherConnection &) = delete;
    OtherConnection &operator=(const OtherConnection &) = delete;

    bool exec(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        const bool ok = query.exec(sql);
        if (!ok)
            qWarning() << sql << query.lastError().text();
        return ok;
    }

private:
    QString m_name;
    static inline int s_count = 0;
};

QAction *findAction(QWidget *window, const QString &text)
{
    const auto actions = window->findChildren<QAction *>();
    for (QAction *a : actions) {
        if (a->text().remove(QLatin1Char('&')) == text)
            return a;
    }
    return nullptr;
}

// Thrown by a slot of this button: nothing in between catches it.
class ThrowingButton final : public QPushButton
{
public:
    using QPushButton::QPushButton;
    void throwError() { throw DatabaseError(QStringLiteral("Could not read the posts"), QStringLiteral("no such table: posts")); }
};

} // namespace

class tst_DatabaseErrors : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;
    int m_copies = 0;

    // A fresh copy of the demo workspace, so that each case may break its own.
    QString copyOfDemo()
    {
        const QString path = m_dir.filePath(QStringLiteral("copy-%1.beamline").arg(++m_copies));
        if (!QFile::copy(m_demo, path))
            return {};
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Application::setUp();
        QVERIFY(qobject_cast<GuiApplication *>(QCoreApplication::instance()));
        m_demo = m_dir.filePath(QStringLiteral("demo.beamline"));
        QString error;
        QVERIFY2(DemoGenerator::createWorkspace(m_demo, &error), qPrintable(error));
    }

    // The net itself: an error thrown by a slot, from a click and from a queued call.
    void escapedErrorBecomesAMessage()
    {
        MainWindow window;
        QVERIFY(window.openWorkspace(copyOfDemo()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *button = new ThrowingButton(QStringLiteral("Throw"), window.centralWidget());
        button->show();
        connect(button, &QPushButton::clicked, button, &ThrowingButton::throwError);
        const int before = guiApp()->caughtErrors();

        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(guiApp()->caughtErrors(), before + 1);
        QCOMPARE(window.messageBar()->kind(), MessageBar::Kind::Error);
        QVERIFY2(window.messageBar()->isVisible(), "the message bar shows the error");
        QVERIFY2(window.messageBar()->text().contains(QLatin1String("Could not read the posts (no such table: posts)")),
                 qPrintable(window.messageBar()->text()));

        window.messageBar()->clear();
        QTimer::singleShot(0, button, &ThrowingButton::throwError);
        QTRY_COMPARE(guiApp()->caughtErrors(), before + 2);
        QCOMPARE(window.messageBar()->kind(), MessageBar::Kind::Error);
        QVERIFY(window.messageBar()->text().contains(QLatin1String("no such table: posts")));
        // The window goes on working.
        window.showPage(MainWindow::Page::Data);
        QCOMPARE(window.currentPage(), MainWindow::Page::Data);
    }

    // A repository throws under each page: a table it reads is gone (renamed by another
    // connection), then the page reloads after a change or the user works on it.
    void repositoryThrowsUnderEachPage_data()
    {
        QTest::addColumn<int>("page");
        QTest::addColumn<QStringList>("tables");
        QTest::addColumn<QString>("trigger");
        const QStringList plan{QStringLiteral("posts")};
        const QStringList measure{QStringLiteral("daily_metrics"), QStringLiteral("post_snapshots")};
        const QStringList data{QStringLiteral("import_batches")};
        QTest::newRow("plan, after a change") << int(MainWindow::Page::Plan) << plan << QStringLiteral("changed");
        QTest::newRow("plan, next month") << int(MainWindow::Page::Plan) << plan << QStringLiteral("Next");
        QTest::newRow("measure, after a change") << int(MainWindow::Page::Measure) << measure << QStringLiteral("changed");
        QTest::newRow("measure, another period") << int(MainWindow::Page::Measure) << measure << QStringLiteral("rangePreset");
        QTest::newRow("data, after a change") << int(MainWindow::Page::Data) << data << QStringLiteral("changed");
        QTest::newRow("data, show unlinked") << int(MainWindow::Page::Data) << data << QStringLiteral("checkbox");
    }

    void repositoryThrowsUnderEachPage()
    {
        QFETCH(int, page);
        QFETCH(QStringList, tables);
        QFETCH(QString, trigger);
        const QString path = copyOfDemo();
        QVERIFY(!path.isEmpty());
        MainWindow window;
        window.resize(1200, 800);
        QVERIFY(window.openWorkspace(path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::Page(page));
        QCoreApplication::processEvents();
        window.messageBar()->clear();
        QVERIFY(window.messageBar()->text().isEmpty());

        {
            OtherConnection other(path);
            for (const QString &table : std::as_const(tables))
                QVERIFY(other.exec(QStringLiteral("ALTER TABLE %1 RENAME TO %1_gone").arg(table)));
        }

        QWidget *pageWidget = window.findChild<QWidget *>(page == int(MainWindow::Page::Plan)      ? QStringLiteral("planPage")
                                                          : page == int(MainWindow::Page::Measure) ? QStringLiteral("measurePage")
                                                                                                   : QString());
        // Each trigger goes through the event loop, as the user's or the writer's would.
        if (trigger == QLatin1String("changed")) {
            Workspace *workspace = window.workspace();
            QTimer::singleShot(0, workspace, [workspace] { Q_EMIT workspace->changed(); });
        } else if (trigger == QLatin1String("Next")) {
            QAction *next = findAction(pageWidget, trigger);
            QVERIFY(next);
            QTimer::singleShot(0, next, &QAction::trigger);
        } else if (trigger == QLatin1String("rangePreset")) {
            auto *preset = pageWidget->findChild<QComboBox *>(trigger);
            QVERIFY(preset);
            QVERIFY(preset->count() > 1);
            preset->setFocus();
            const int index = preset->currentIndex() == 0 ? 1 : 0;
            QTimer::singleShot(0, preset, [preset, index] {
                preset->setCurrentIndex(index);
                Q_EMIT preset->activated(index);
            });
        } else {
            // The box that lists imported posts linked to nothing, on the page's links tab.
            QCheckBox *box = nullptr;
            const auto boxes = window.findChildren<QCheckBox *>();
            for (QCheckBox *b : boxes) {
                if (b->text().remove(QLatin1Char('&')).contains(QLatin1String("linked to nothing")))
                    box = b;
            }
            QVERIFY(box);
            QTimer::singleShot(0, box, [box] { box->toggle(); });
        }

        // The page's own catch or the net: either way an error in the bar that says so.
        QTRY_COMPARE(window.messageBar()->kind(), MessageBar::Kind::Error);
        QVERIFY2(window.messageBar()->isVisible(), "the message bar shows the error");
        QVERIFY2(window.messageBar()->text().contains(QLatin1String("could not be read")) || window.messageBar()->text().contains(QLatin1String("no such table")),
                 qPrintable(window.messageBar()->text()));
        // Still alive and usable: switch pages, which reloads nothing that crashes.
        window.showPage(MainWindow::Page::Plan);
        window.showPage(MainWindow::Page::Data);
        QCOMPARE(window.currentPage(), MainWindow::Page::Data);
    }

    // An undo (or a redo) that fails after the command's first run, here on a workspace
    // locked by another program, clears the stack and says so; the workspace keeps what the
    // failed step could not change.
    void failedUndoClearsTheStack_data()
    {
        QTest::addColumn<bool>("redo");
        QTest::newRow("undo") << false;
        QTest::newRow("redo") << true;
    }

    void failedUndoClearsTheStack()
    {
        QFETCH(bool, redo);
        const QString path = copyOfDemo();
        MainWindow window;
        QVERIFY(window.openWorkspace(path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QUndoStack *stack = window.undoStack();
        const QSqlDatabase db = window.workspace()->connection();

        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM posts ORDER BY id LIMIT 1")));
        QVERIFY(query.next());
        const qint64 postId = query.value(0).toLongLong();
        query.finish();
        auto title = [&db, postId] {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT title FROM posts WHERE id = ?"));
            q.addBindValue(postId);
            return q.exec() && q.next() ? q.value(0).toString() : QString();
        };
        const QString oldTitle = title();
        QVERIFY(!oldTitle.isEmpty());

        // Two steps, so that the stack has something before the one that fails.
        std::optional<Post> before = PostRepository(db).find(postId);
        QVERIFY(before);
        Post renamed = *before;
        renamed.title = QStringLiteral("First new title");
        QStringList errors;
        auto onError = [&errors](const QString &message) { errors.append(message); };
        stack->push(new SavePostCommand(window.workspace(), before, renamed, QStringLiteral("Rename the post"), onError));
        Post again = renamed;
        again.title = QStringLiteral("Second new title");
        stack->push(new SavePostCommand(window.workspace(), renamed, again, QStringLiteral("Rename the post again"), onError));
        QCOMPARE(stack->count(), 2);
        QCOMPARE(title(), QStringLiteral("Second new title"));
        if (redo) {
            stack->undo();
            QCOMPARE(title(), QStringLiteral("First new title"));
        }
        QVERIFY(errors.isEmpty());

        {
            OtherConnection other(path);
            QVERIFY(other.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            // Through the window's action, from the event loop, as Ctrl+Z or Ctrl+Shift+Z.
            QAction *action = nullptr;
            const auto actions = window.findChildren<QAction *>();
            for (QAction *a : actions) {
                if (a->shortcut() == QKeySequence(redo ? QKeySequence::Redo : QKeySequence::Undo))
                    action = a;
            }
            QVERIFY(action);
            QVERIFY(action->isEnabled());
            QTimer::singleShot(0, action, &QAction::trigger);
            QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 20000);
            QVERIFY(other.exec(QStringLiteral("ROLLBACK")));
        }

        QTRY_COMPARE(stack->count(), 0);
        QVERIFY(!stack->canUndo());
        QVERIFY(!stack->canRedo());
        QCOMPARE(window.messageBar()->kind(), MessageBar::Kind::Error);
        const QString text = window.messageBar()->text();
        QVERIFY2(text.startsWith(QStringLiteral("The undo history was cleared: “Rename the post again” could not be undone or redone")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("locked")), qPrintable(text)); // the writer's reason
        // The failed step changed nothing.
        QCOMPARE(title(), redo ? QStringLiteral("First new title") : QStringLiteral("Second new title"));
        // A later edit starts a new history that works.
        Post third = redo ? renamed : again;
        Post fourth = third;
        fourth.title = QStringLiteral("Third new title");
        stack->push(new SavePostCommand(window.workspace(), third, fourth, QStringLiteral("Rename once more"), onError));
        QCOMPARE(title(), QStringLiteral("Third new title"));
        stack->undo();
        QCOMPARE(title(), third.title);
        QCOMPARE(errors.size(), 1);
    }
};

int main(int argc, char *argv[])
{
    GuiApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    QTEST_SET_MAIN_SOURCE_PATH
    tst_DatabaseErrors test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_databaseerrors.moc"
