// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <core/demo/demogenerator.h>
#include <core/workspace/workspace.h>
#include <ui/application.h>
#include <ui/mainwindow.h>
#include <ui/pages/measurepage.h>
#include <ui/pages/planpage.h>
#include <ui/plan/calendarview.h>
#include <ui/widgets/messagebar.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QTranslator>
#include <QWindow>
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

    // The leaf widgets that ask for the most width, to say what widens the window.
    static QString widest(QWidget *window)
    {
        QList<QPair<int, QString>> sizes;
        for (QWidget *w : window->findChildren<QWidget *>()) {
            if (w->isVisible() && w->findChildren<QWidget *>(Qt::FindDirectChildrenOnly).isEmpty())
                sizes.append({w->minimumSizeHint().width(), QStringLiteral("%1 %2 (%3)")
                                                                .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
                                                                .arg(w->minimumSizeHint().width())});
        }
        std::sort(sizes.begin(), sizes.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        QStringList top;
        for (int i = 0; i < qMin(5, int(sizes.size())); ++i)
            top.append(sizes.at(i).second);
        return top.join(QStringLiteral(", "));
    }

    // The widgets that ask for the most height, to say what makes the window tall.
    static QString tallest(QWidget *window)
    {
        QList<QPair<int, QString>> sizes;
        for (QWidget *w : window->findChildren<QWidget *>()) {
            if (w->isVisible() && w != window)
                sizes.append({w->minimumSizeHint().height(), QStringLiteral("%1 %2 (%3)")
                                                                 .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
                                                                 .arg(w->minimumSizeHint().height())});
        }
        std::sort(sizes.begin(), sizes.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        QStringList top;
        for (int i = 0; i < qMin(12, int(sizes.size())); ++i)
            top.append(sizes.at(i).second);
        return top.join(QStringLiteral(", "));
    }

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

    // A workspace opens on the plan: the Measure page reads what the workspace measured and
    // its figures only once it is shown (years of figures would stall the opening).
    void theMeasurePageReadsTheWorkspaceOnceShown()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openWorkspace(m_demo));
        auto *measure = window.findChild<MeasurePage *>();
        auto *preset = measure->findChild<QComboBox *>(QStringLiteral("rangePreset"));
        QVERIFY(preset);
        QCOMPARE(preset->count(), 0); // not read yet
        QVERIFY(!measure->to().isValid());
        window.showPage(MainWindow::Page::Measure);
        // The demo's figures reach its yesterday (17 January 2017): the last 28 days.
        QVERIFY(preset->count() > 0);
        QCOMPARE(preset->currentText(), QStringLiteral("Last 28 days"));
        QCOMPARE(measure->from(), QDate(2016, 12, 22));
        QCOMPARE(measure->to(), QDate(2017, 1, 18));
        // Opening a workspace while the page is shown reads it at once.
        QCOMPARE(preset->currentIndex(), preset->findData(7) + 1);
        preset->setFocus();
        QTest::keyClick(preset, Qt::Key_Up); // the last 7 days, as a user picks them
        QCOMPARE(measure->from(), QDate(2017, 1, 12));
        QVERIFY(window.openWorkspace(m_demo));
        QCOMPARE(preset->currentText(), QStringLiteral("Last 28 days"));
        QCOMPARE(measure->from(), QDate(2016, 12, 22));
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

    void eachMenuHasOneItemPerMnemonic()
    {
        // Alt+F, then a letter, must run one item: two with the same letter only select the
        // first ("Open &Recent" took R from "Export &Report…").
        MainWindow window;
        QVERIFY(window.openWorkspace(m_demo));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto mnemonic = [](const QString &text) {
            for (int i = 0; i + 1 < text.size(); ++i) {
                if (text.at(i) != QLatin1Char('&'))
                    continue;
                if (text.at(i + 1) != QLatin1Char('&'))
                    return text.at(i + 1).toLower();
                ++i; // "&&" is an ampersand
            }
            return QChar();
        };
        QList<QMenu *> menus;
        for (QAction *a : window.menuBar()->actions())
            menus.append(a->menu());
        for (int m = 0; m < menus.size(); ++m) {
            QMenu *menu = menus.at(m);
            QVERIFY(menu);
            QHash<QChar, QString> taken;
            for (QAction *a : menu->actions()) {
                if (a->isSeparator() || !a->isVisible())
                    continue;
                if (a->menu())
                    menus.append(a->menu());
                const QChar key = mnemonic(a->text());
                if (key.isNull())
                    continue;
                QVERIFY2(!taken.contains(key),
                         qPrintable(QStringLiteral("%1: “%2” and “%3” share %4").arg(menu->title(), taken.value(key), a->text(), key)));
                taken.insert(key, a->text());
            }
        }
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

    void shortcutsWorkAfterADialogCloses()
    {
        MainWindow window;
        QVERIFY(window.openWorkspace(m_demo));
        window.resize(1280, 820);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QWindow *handle = window.windowHandle();
        // The keyboard starts in the month grid.
        auto *plan = window.findChild<PlanPage *>();
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(plan->monthView()));
        // A dialog of the window opens and is cancelled (New Series…, as from the Plan menu).
        QTimer::singleShot(0, [] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->reject();
        });
        findAction(&window, QStringLiteral("New Series…"))->trigger();
        QTRY_VERIFY(QApplication::activeModalWidget() == nullptr);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(plan->monthView()));
        // Keys typed into the window reach the shortcuts without a click.
        QTest::keyClick(handle, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::Page::Measure);
        QTest::keyClick(handle, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::Page::Plan);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(plan->monthView()));
        QTest::keyClick(handle, Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(plan->view(), PlanPage::View::Week);
        QTest::keyClick(handle, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(plan->view(), PlanPage::View::Month);
        // The focused widget was taken away under the keyboard (a message bar button, say):
        // the next dialog's close still brings the keyboard back to the page.
        auto *stray = new QPushButton(QStringLiteral("stray"), &window);
        stray->show();
        stray->setFocus();
        QTimer::singleShot(0, [stray] {
            delete stray;
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->reject();
        });
        findAction(&window, QStringLiteral("New Series…"))->trigger();
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(plan->monthView()));
        QTest::keyClick(handle, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::Page::Data);
        // Alt and a menu letter open that menu.
        QTest::keyClick(handle, Qt::Key_F, Qt::AltModifier);
        QTRY_VERIFY(QApplication::activePopupWidget() != nullptr);
        QCOMPARE(qobject_cast<QMenu *>(QApplication::activePopupWidget())->title().remove(QLatin1Char('&')), QStringLiteral("File"));
        QApplication::activePopupWidget()->close();
    }

    void fitsIn1024By700()
    {
        // The window must be usable on a 1024×700 screen in every page and every tab, in
        // English and in French (longer labels).
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("fr")}) {
            QTranslator translator;
            if (language == QLatin1String("fr"))
                QVERIFY(translator.load(QStringLiteral("beamline_fr"), QStringLiteral(BEAMLINE_QM_DIR)));
            QCoreApplication::installTranslator(&translator);
            MainWindow window;
            QVERIFY(window.openWorkspace(m_demo));
            window.resize(1024, 700);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            for (int page = 0; page < 3; ++page) {
                window.showPage(MainWindow::Page(page));
                for (QTabWidget *tabs : window.findChildren<QTabWidget *>()) {
                    for (int tab = 0; tab < tabs->count(); ++tab) {
                        tabs->setCurrentIndex(tab);
                        QCoreApplication::processEvents();
                        const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
                        QVERIFY2(minimum.width() <= 1024 && minimum.height() <= 700,
                                 qPrintable(QStringLiteral("%1, page %2, %3 tab %4: %5×%6; widest: %7")
                                                .arg(language)
                                                .arg(page)
                                                .arg(tabs->objectName())
                                                .arg(tab)
                                                .arg(minimum.width())
                                                .arg(minimum.height())
                                                .arg(widest(&window))));
                        QCOMPARE(window.size(), QSize(1024, 700));
                    }
                }
            }
            QCoreApplication::removeTranslator(&translator);
        }
    }

    void aNewWorkspaceFitsIn1024By700()
    {
        // A new team's first window: the set-up checklist above the plan and a message in the
        // bar (an import's summary, say) must still leave a window that fits 1024×700, on
        // every page (a page not shown does not count).
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("fr")}) {
            QTranslator translator;
            if (language == QLatin1String("fr"))
                QVERIFY(translator.load(QStringLiteral("beamline_fr"), QStringLiteral(BEAMLINE_QM_DIR)));
            QCoreApplication::installTranslator(&translator);
            MainWindow window;
            QVERIFY(window.openWorkspace(m_dir.filePath(QStringLiteral("new-%1.beamline").arg(language))));
            window.resize(1024, 700);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *checklist = window.findChild<QWidget *>(QStringLiteral("setupChecklist"));
            QVERIFY(checklist);
            QVERIFY(checklist->isVisible());
            auto *bar = window.findChild<MessageBar *>();
            QVERIFY(bar);
            bar->showMessage(MessageBar::Kind::Warning, QStringLiteral("A message as long as an import summary gets: 3 files, 1,234 rows, 5,678 values; "
                                                 "2 files were left out, select them in the history to read why."));
            QCoreApplication::processEvents();
            for (int page = 0; page < 3; ++page) {
                window.showPage(MainWindow::Page(page));
                QCoreApplication::processEvents();
                QCOMPARE(checklist->isVisible(), page == 0);
                const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
                QVERIFY2(minimum.width() <= 1024 && minimum.height() <= 700,
                         qPrintable(QStringLiteral("%1, page %2: %3×%4; tallest: %5")
                                        .arg(language)
                                        .arg(page)
                                        .arg(minimum.width())
                                        .arg(minimum.height())
                                        .arg(tallest(&window))));
                QCOMPARE(window.size(), QSize(1024, 700));
            }
            QCoreApplication::removeTranslator(&translator);
        }
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
