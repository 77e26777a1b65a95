// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <core/workspace/workspace.h>
#include <ui/application.h>
#include <ui/import/importcontroller.h>
#include <ui/import/importpreviewdialog.h>
#include <ui/mainwindow.h>
#include <ui/singleinstance.h>
#include <ui/widgets/messagebar.h>

#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
#include <QtConcurrent>

using namespace Beamline;
using namespace Beamline::Test;

// "Open with Beamline": files given on the command line or handed over by a later launch.
class tst_OpenFiles : public QObject
{
    Q_OBJECT

private:
    static ImportPreviewDialog *previewDialog()
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *d = qobject_cast<ImportPreviewDialog *>(w); d && d->isVisible())
                return d;
        }
        return nullptr;
    }

    // The file names listed by the open import preview, in order.
    static QStringList previewedFiles()
    {
        QStringList names;
        ImportPreviewDialog *dialog = previewDialog();
        if (!dialog)
            return names;
        const auto *tree = dialog->findChild<QTreeWidget *>();
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            names.append(tree->topLevelItem(i)->text(0));
        return names;
    }

    static void closePreview()
    {
        if (ImportPreviewDialog *dialog = previewDialog())
            dialog->reject();
        QTRY_VERIFY(!previewDialog());
    }

    static int count(Workspace *workspace, const char *table)
    {
        return scalar(workspace->connection(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))).toInt();
    }

    QString tweets() const { return sample(QStringLiteral("x/tweet_activity_metrics_examplelab_20170101_20170201_en.csv")); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Application::setUp();
        qRegisterMetaType<Beamline::Workspace *>();
    }

    void exportsOpenTheImportPreview()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openWorkspace(dir.filePath(QStringLiteral("lab.beamline"))));
        window.show();
        QSignalSpy previewed(window.importController(), &ImportController::previewFinished);
        window.openFiles({tweets(), sample(QStringLiteral("ga4"))});
        QTRY_COMPARE_WITH_TIMEOUT(previewed.count(), 1, 20000);
        QTRY_VERIFY(previewDialog());
        const QStringList files = previewedFiles();
        // The tweets, then the folder's files (expanded, sorted).
        QVERIFY(files.size() > 1);
        QCOMPARE(files.first(), QStringLiteral("tweet_activity_metrics_examplelab_20170101_20170201_en.csv"));
        // A preview writes nothing.
        QCOMPARE(count(window.workspace(), "import_batches"), 0);
        QCOMPARE(window.workspace()->filePath(), QFileInfo(dir.filePath(QStringLiteral("lab.beamline"))).absoluteFilePath());
        closePreview();
    }

    void aWorkspaceOpensAndTheExportsGoToIt()
    {
        QTemporaryDir dir;
        const QString first = dir.filePath(QStringLiteral("first.beamline"));
        // A workspace without the .beamline suffix is recognised by its content.
        const QString second = dir.filePath(QStringLiteral("second"));
        QVERIFY(Workspace::open(second, WorkspaceOpener::Mode::CreateIfMissing));
        MainWindow window;
        QVERIFY(window.openWorkspace(first));
        window.show();
        window.openFiles({second, tweets()});
        QCOMPARE(window.workspace()->filePath(), QFileInfo(second).absoluteFilePath());
        QTRY_VERIFY_WITH_TIMEOUT(previewDialog(), 20000);
        QCOMPARE(previewedFiles(), QStringList{QStringLiteral("tweet_activity_metrics_examplelab_20170101_20170201_en.csv")});

        // Accepting imports into the workspace the files named, not the one open before.
        QSignalSpy imported(window.importController(), &ImportController::importFinished);
        QPushButton *importButton = nullptr;
        for (QPushButton *button : previewDialog()->findChildren<QPushButton *>()) {
            if (button->text().remove(QLatin1Char('&')).startsWith(QLatin1String("Import")))
                importButton = button;
        }
        QVERIFY(importButton);
        QTest::mouseClick(importButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 20000);
        QCOMPARE(count(window.workspace(), "platform_posts"), 20);
        const auto before = Workspace::open(first, WorkspaceOpener::Mode::MustExist);
        QCOMPARE(count(before.get(), "platform_posts"), 0);
    }

    void theOpenWorkspaceIsNotReopened()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lab.beamline"));
        MainWindow window;
        QVERIFY(window.openWorkspace(path));
        Workspace *open = window.workspace();
        QSignalSpy changed(&window, &MainWindow::workspaceChanged);
        QVERIFY(changed.isValid());
        window.openFiles({QFileInfo(path).absolutePath() + QStringLiteral("/./lab.beamline")});
        QCOMPARE(changed.count(), 0);
        QCOMPARE(window.workspace(), open);
    }

    void missingFilesAndExtraWorkspacesAreReported()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openWorkspace(dir.filePath(QStringLiteral("lab.beamline"))));
        window.show();
        const QString a = dir.filePath(QStringLiteral("a.beamline"));
        const QString b = dir.filePath(QStringLiteral("b.beamline"));
        window.openFiles({dir.filePath(QStringLiteral("gone.csv")), a, b});
        // The first workspace opens (created, like --db), the second is not.
        QCOMPARE(window.workspace()->filePath(), QFileInfo(a).absoluteFilePath());
        QVERIFY(!QFileInfo::exists(b));
        QCOMPARE(window.messageBar()->kind(), MessageBar::Kind::Warning);
        QVERIFY2(window.messageBar()->text().contains(QLatin1String("one workspace at a time")), qPrintable(window.messageBar()->text()));
        QVERIFY(window.messageBar()->text().contains(QLatin1String("gone.csv")));
        QVERIFY(!previewDialog());
    }

    void aWorkspaceThatCannotOpenTakesNoExports()
    {
        QTemporaryDir dir;
        const QString lab = dir.filePath(QStringLiteral("lab.beamline"));
        const QString broken = dir.filePath(QStringLiteral("notes.beamline"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database\n");
        file.close();
        MainWindow window;
        QVERIFY(window.openWorkspace(lab));
        window.show();
        window.openFiles({broken, tweets()});
        QCOMPARE(window.workspace()->filePath(), QFileInfo(lab).absoluteFilePath());
        QCOMPARE(window.messageBar()->kind(), MessageBar::Kind::Error);
        QVERIFY(window.messageBar()->text().contains(QLatin1String("not a Beamline workspace")));
        QVERIFY(window.messageBar()->text().contains(QLatin1String("exports were not imported")));
        QTest::qWait(50);
        QVERIFY(!window.importController()->isBusy());
        QVERIFY(!previewDialog());
    }

    void filesWaitForAnOpenDialog()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openWorkspace(dir.filePath(QStringLiteral("lab.beamline"))));
        window.show();
        QDialog dialog(&window);
        dialog.setModal(true);
        dialog.show();
        QTRY_COMPARE(QApplication::activeModalWidget(), &dialog);
        window.openFiles({tweets()});
        QVERIFY(!window.importController()->isBusy());
        QVERIFY(!previewDialog());
        dialog.accept();
        QTRY_VERIFY_WITH_TIMEOUT(previewDialog(), 20000);
        QCOMPARE(previewedFiles(), QStringList{QStringLiteral("tweet_activity_metrics_examplelab_20170101_20170201_en.csv")});
        closePreview();
    }

    void aSecondLaunchHandsItsFilesOver()
    {
        QTemporaryDir dir;
        const QString socket = dir.filePath(QStringLiteral("instance"));
        MainWindow window;
        QVERIFY(window.openWorkspace(dir.filePath(QStringLiteral("lab.beamline"))));
        window.show();
        SingleInstance first(socket);
        QCOMPARE(first.claim({}), SingleInstance::Role::Primary);
        QVERIFY(first.isListening());
        connect(&first, &SingleInstance::filesReceived, &window, &MainWindow::openFiles);
        QSignalSpy received(&first, &SingleInstance::filesReceived);

        // The second launch, in a thread as it would be in another process: it blocks until the
        // first one has the files.
        const QString csv = tweets();
        QFuture<SingleInstance::Role> second = QtConcurrent::run([socket, csv] { return SingleInstance(socket).claim({csv}); });
        QTRY_VERIFY_WITH_TIMEOUT(second.isFinished(), 20000);
        QCOMPARE(second.result(), SingleInstance::Role::HandedOver);
        QTRY_COMPARE(received.count(), 1);
        QCOMPARE(received.first().first().toStringList(), QStringList{csv});
        QTRY_VERIFY_WITH_TIMEOUT(previewDialog(), 20000);
        QCOMPARE(previewedFiles(), QStringList{QStringLiteral("tweet_activity_metrics_examplelab_20170101_20170201_en.csv")});
        closePreview();

        // A launch without files only asks for the window.
        QFuture<bool> bare = QtConcurrent::run([socket] { return SingleInstance::send(socket, {}); });
        QTRY_VERIFY_WITH_TIMEOUT(bare.isFinished(), 20000);
        QVERIFY(bare.result());
        QTRY_COMPARE(received.count(), 2);
        QCOMPARE(received.last().first().toStringList(), QStringList());
    }

    void nobodyListeningMeansPrimary()
    {
        QTemporaryDir dir;
        const QString socket = dir.filePath(QStringLiteral("instance"));
        QVERIFY(!SingleInstance::send(socket, {QStringLiteral("/tmp/x.csv")}, 1000));
        // A file left where the socket goes (as after a crash) is replaced.
        QFile stale(socket);
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.close();
        SingleInstance instance(socket);
        QCOMPARE(instance.claim({}), SingleInstance::Role::Primary);
        QVERIFY(instance.isListening());
        // No runtime folder: no hand-over, and no listening either.
        SingleInstance nowhere{QString()};
        QCOMPARE(nowhere.claim({}), SingleInstance::Role::Alone);
    }

    void aBusyInstanceKeepsItsSocket()
    {
        // A Beamline that listens but does not answer (its window busy) is not replaced: the
        // new launch opens a window of its own and leaves the socket to the first one.
        QTemporaryDir dir;
        const QString socket = dir.filePath(QStringLiteral("instance"));
        QLocalServer busy;
        QVERIFY(busy.listen(socket));
        QFuture<SingleInstance::Role> second = QtConcurrent::run([socket] { return SingleInstance(socket).claim({}, 300); });
        second.waitForFinished(); // the test's event loop stays still, as a busy one would
        QCOMPARE(second.result(), SingleInstance::Role::Alone);
        QVERIFY(busy.isListening());
        QVERIFY(QFileInfo::exists(socket));
    }

    void aForeignRequestIsDropped()
    {
        QTemporaryDir dir;
        const QString socket = dir.filePath(QStringLiteral("instance"));
        SingleInstance instance(socket);
        QCOMPARE(instance.claim({}), SingleInstance::Role::Primary);
        QSignalSpy received(&instance, &SingleInstance::filesReceived);
        QFuture<QByteArray> answer = QtConcurrent::run([socket] {
            QLocalSocket client;
            client.connectToServer(socket);
            if (!client.waitForConnected(5000))
                return QByteArray("no connection");
            client.write("GET / HTTP/1.0\r\n\r\n");
            client.waitForBytesWritten(5000);
            client.waitForDisconnected(5000);
            return client.readAll();
        });
        QTRY_VERIFY_WITH_TIMEOUT(answer.isFinished(), 20000);
        QCOMPARE(answer.result(), QByteArray()); // hung up on, no answer
        QCoreApplication::processEvents();
        QCOMPARE(received.count(), 0);
    }
};

QTEST_MAIN(tst_OpenFiles)
#include "tst_openfiles.moc"
