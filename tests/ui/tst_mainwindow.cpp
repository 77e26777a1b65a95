// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <core/demo/demogenerator.h>
#include <core/workspace/workspace.h>
#include <ui/application.h>
#include <ui/mainwindow.h>
#include <ui/widgets/messagebar.h>

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Beamline;
using namespace Beamline::Test;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

    static QAction *findAction(QWidget *window, const QString &text)
    {
        const auto actions = window->findChildren<QAction *>();
        for (QAction *a : actions) {
            if (a->text().remove(QLatin1Char('&')) == text)
                return a;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Application::setUp();
        m_demo = m_dir.filePath(QStringLiteral("demo.beamline"));
        QString error;
        QVERIFY2(DemoGenerator::createWorkspace(m_demo, &error), qPrintable(error));
    }

    void opensAndShowsTheWorkspaceName()
    {
        MainWindow window;
        QSignalSpy changed(&window, &MainWindow::workspaceChanged);
        QVERIFY(window.openWorkspace(m_demo));
        QCOMPARE(changed.count(), 1);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.windowTitle().contains(QLatin1String("Example Physics Lab")));
        const auto labels = window.statusBar()->findChildren<QLabel *>();
        const bool named = std::any_of(labels.cbegin(), labels.cend(),
                                       [](QLabel *l) { return l->text().contains(QLatin1String("Example Physics Lab")); });
        QVERIFY(named);
        QVERIFY(findAction(&window, QStringLiteral("Import Exports…"))->isEnabled());
    }

    void navigatesWithKeyboardAndMenus()
    {
        MainWindow window;
        QVERIFY(window.openWorkspace(m_demo));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.currentPage(), MainWindow::Page::Plan);
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::Page::Measure);
        findAction(&window, QStringLiteral("Data"))->trigger();
        QCOMPARE(window.currentPage(), MainWindow::Page::Data);
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        navigation->setCurrentRow(0);
        QCOMPARE(window.currentPage(), MainWindow::Page::Plan);
        // The standard menus are all there.
        QStringList menus;
        for (QAction *a : window.menuBar()->actions())
            menus.append(a->text().remove(QLatin1Char('&')));
        QCOMPARE(menus, (QStringList{QStringLiteral("File"), QStringLiteral("Edit"), QStringLiteral("Plan"), QStringLiteral("View"), QStringLiteral("Settings"), QStringLiteral("Help")}));
    }

    void dataFolderIsNotDoubled()
    {
        // ~/.local/share/beamline, not ~/.local/share/beamline/beamline; a folder an
        // earlier version left is moved up, and the remembered workspaces follow.
        const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
        QCOMPARE(Application::dataDirectory(), QDir(data).filePath(QStringLiteral("beamline")));
        QCOMPARE(QFileInfo(MainWindow::demoWorkspacePath()).absolutePath(), QFileInfo(Application::dataDirectory()).absoluteFilePath());
        QDir(Application::dataDirectory()).removeRecursively();
        const QDir old(QDir(Application::dataDirectory()).filePath(QStringLiteral("beamline")));
        QVERIFY(QDir().mkpath(old.absolutePath()));
        const auto write = [](const QString &path, const QByteArray &bytes) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        };
        write(old.filePath(QStringLiteral("workspace.beamline")), "old workspace");
        write(old.filePath(QStringLiteral("demo.beamline")), "old demo");
        write(QDir(Application::dataDirectory()).filePath(QStringLiteral("demo.beamline")), "newer demo");
        QSettings settings;
        settings.setValue(QStringLiteral("workspace/last"), old.filePath(QStringLiteral("workspace.beamline")));
        settings.setValue(QStringLiteral("workspace/recent"), QStringList{old.filePath(QStringLiteral("workspace.beamline")), QStringLiteral("/elsewhere/x.beamline")});

        const QStringList moved = Application::moveOldDataDirectory();
        QCOMPARE(moved, QStringList{MainWindow::defaultWorkspacePath()});
        QFile moof(MainWindow::defaultWorkspacePath());
        QVERIFY(moof.open(QIODevice::ReadOnly));
        QCOMPARE(moof.readAll(), QByteArray("old workspace"));
        QFile demo(MainWindow::demoWorkspacePath());
        QVERIFY(demo.open(QIODevice::ReadOnly));
        QCOMPARE(demo.readAll(), QByteArray("newer demo")); // the file already there is kept
        QVERIFY(QFile::exists(old.filePath(QStringLiteral("demo.beamline")))); // and the old one left alone
        QCOMPARE(settings.value(QStringLiteral("workspace/last")).toString(), MainWindow::defaultWorkspacePath());
        QCOMPARE(settings.value(QStringLiteral("workspace/recent")).toStringList(),
                 (QStringList{MainWindow::defaultWorkspacePath(), QStringLiteral("/elsewhere/x.beamline")}));
        QVERIFY(Application::moveOldDataDirectory().isEmpty()); // nothing more to do
        settings.remove(QStringLiteral("workspace"));
        QDir(Application::dataDirectory()).removeRecursively();
    }

    void refusesAForeignFileAndKeepsTheCurrentWorkspace()
    {
        MainWindow window;
        QVERIFY(window.openWorkspace(m_demo));
        const QString junk = m_dir.filePath(QStringLiteral("junk.beamline"));
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database");
        file.close();
        QVERIFY(!window.openWorkspace(junk));
        QCOMPARE(window.workspace()->filePath(), QFileInfo(m_demo).absoluteFilePath());
        QVERIFY(window.messageBar()->isVisibleTo(&window));
        QCOMPARE(window.messageBar()->kind(), MessageBar::Kind::Error);
        QVERIFY(window.messageBar()->text().contains(QLatin1String("not a Beamline workspace")));
    }

    void dropCollectsFilesAndFolders()
    {
        MainWindow window;
        QVERIFY(window.openWorkspace(m_demo));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTemporaryDir drop;
        QDir(drop.path()).mkpath(QStringLiteral("folder"));
        for (const QString &name : {QStringLiteral("a.csv"), QStringLiteral("folder/b.csv"), QStringLiteral("folder/c.csv")}) {
            QFile f(drop.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        QSignalSpy dropped(&window, &MainWindow::filesDropped);
        auto *mime = new QMimeData;
        mime->setUrls({QUrl::fromLocalFile(drop.filePath(QStringLiteral("a.csv"))), QUrl::fromLocalFile(drop.filePath(QStringLiteral("folder"))),
                       QUrl(QStringLiteral("https://example.org/remote.csv"))});
        const QPoint pos = window.rect().center();
        QDragEnterEvent enter(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent dropEvent(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &dropEvent);
        QCOMPARE(dropped.count(), 1);
        const QStringList files = dropped.first().first().toStringList();
        QCOMPARE(files.size(), 3);
        QVERIFY(files.at(0).endsWith(QLatin1String("a.csv")));
        QVERIFY(files.at(1).endsWith(QLatin1String("folder/b.csv")));
        QVERIFY(files.at(2).endsWith(QLatin1String("folder/c.csv")));
        delete mime;
    }

    void newerWorkspaceIsReadOnly()
    {
        const QString path = m_dir.filePath(QStringLiteral("future.beamline"));
        {
            auto ws = Workspace::open(path, WorkspaceOpener::Mode::CreateIfMissing);
            QVERIFY(ws);
            QSqlQuery(ws->connection()).exec(QStringLiteral("PRAGMA user_version = 999"));
        }
        MainWindow window;
        QVERIFY(window.openWorkspace(path));
        QVERIFY(window.workspace()->isReadOnly());
        QCOMPARE(window.messageBar()->kind(), MessageBar::Kind::Warning);
        QVERIFY(!findAction(&window, QStringLiteral("Import Exports…"))->isEnabled());
        // No drop is accepted on a read-only workspace.
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(!enter.isAccepted());
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
