// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <core/db/channelrepository.h>
#include <core/db/postrepository.h>
#include <core/import/importer.h>
#include <core/models/importhistorymodel.h>
#include <core/models/matchreviewmodel.h>
#include <core/workspace/workspace.h>
#include <ui/application.h>
#include <ui/import/importcontroller.h>
#include <ui/import/importpreviewdialog.h>
#include <ui/mainwindow.h>
#include <ui/pages/datapage.h>
#include <ui/plan/linkpostdialog.h>
#include <ui/widgets/messagebar.h>

#include <QApplication>
#include <QLineEdit>
#include <QUndoStack>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Beamline;
using namespace Beamline::Test;

// Dropping exports on the window: preview, import off the UI thread, summary, history, undo.
class tst_Import : public QObject
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

    static void drop(MainWindow &window, const QStringList &files)
    {
        QMimeData mime;
        QList<QUrl> urls;
        for (const QString &f : files)
            urls.append(QUrl::fromLocalFile(f));
        mime.setUrls(urls);
        const QPoint pos = window.rect().center();
        QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent dropEvent(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &dropEvent);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Application::setUp();
    }

    void dropPreviewImportUndo()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openWorkspace(dir.filePath(QStringLiteral("lab.beamline"))));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        ImportController *controller = window.importController();
        QSignalSpy previewed(controller, &ImportController::previewFinished);
        QSignalSpy imported(controller, &ImportController::importFinished);
        drop(window, {sample(QStringLiteral("x/tweet_activity_metrics_examplelab_20170101_20170201_en.csv")),
                      sample(QStringLiteral("broken/IMG_20260114_101500.csv")), sample(QStringLiteral("broken/inconsistent_columns.csv"))});
        QTRY_COMPARE_WITH_TIMEOUT(previewed.count(), 1, 20000);
        // Nothing is written before the user agrees.
        QCOMPARE(scalar(window.workspace()->connection(), QStringLiteral("SELECT COUNT(*) FROM import_batches")).toInt(), 0);

        ImportPreviewDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = previewDialog()) != nullptr);
        auto *tree = dialog->findChild<QTreeWidget *>();
        QCOMPARE(tree->topLevelItemCount(), 3);
        QCOMPARE(tree->topLevelItem(0)->text(1), QStringLiteral("X tweet activity (legacy analytics)"));
        QCOMPARE(tree->topLevelItem(0)->text(3), QStringLiteral("20"));
        QVERIFY(tree->topLevelItem(1)->text(4).contains(QLatin1String("not a text file")));
        QCOMPARE(tree->topLevelItem(2)->text(1), QStringLiteral("Unknown format"));
        QCOMPARE(dialog->selectedFiles().size(), 1); // only the readable one

        QPushButton *importButton = nullptr;
        for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
            if (b->text().remove(QLatin1Char('&')).startsWith(QLatin1String("Import")))
                importButton = b;
        }
        QVERIFY(importButton);
        QTest::mouseClick(importButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 20000);
        QCOMPARE(scalar(window.workspace()->connection(), QStringLiteral("SELECT COUNT(*) FROM platform_posts")).toInt(), 20);
        QTRY_VERIFY(window.messageBar()->isVisible());
        QCOMPARE(window.messageBar()->kind(), MessageBar::Kind::Positive);
        QVERIFY(window.messageBar()->text().contains(QLatin1String("20 rows added")));

        // The history lists it; undo removes it.
        window.showPage(MainWindow::Page::Data);
        auto *data = window.findChild<DataPage *>();
        QCOMPARE(data->historyModel()->rowCount(), 1);
        QCOMPARE(data->historyModel()->data(data->historyModel()->index(0, ImportHistoryModel::Added)).toInt(), 20);
        data->undoImport(data->historyModel()->data(data->historyModel()->index(0, 0), ImportHistoryModel::BatchIdRole).toLongLong());
        QCOMPARE(scalar(window.workspace()->connection(), QStringLiteral("SELECT COUNT(*) FROM platform_posts")).toInt(), 0);
        QVERIFY(data->historyModel()->data(data->historyModel()->index(0, 0), ImportHistoryModel::UndoneRole).toBool());
    }

    void linksToThePlanAreChangedAndUndone()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openWorkspace(dir.filePath(QStringLiteral("lab.beamline"))));
        const QSqlDatabase db = window.workspace()->connection();
        const qint64 x = ChannelRepository(db).insert({0, Platform::X, QStringLiteral("examplelab"), {}});
        auto plan = [&](const QString &title, const QString &body, QDateTime when) {
            Post p;
            p.title = title;
            p.body = body;
            p.scheduledAt = when;
            p.channels = {{x, {}}};
            p.status = PostStatus::Scheduled;
            return PostRepository(db).insert(p);
        };
        // The tweet of 26 January 09:00 UTC is this planned post; Beamline suggests it.
        const qint64 tbt = plan(QStringLiteral("TBT 2008"), QStringLiteral("#ThrowbackThursday 2008: first beam day, as seen on our webcast"),
                                QDateTime({2017, 1, 26}, QTime(9, 0), QTimeZone::utc()));
        const qint64 openDays = plan(QStringLiteral("Open Days"), QStringLiteral("Book your visit"), QDateTime({2017, 1, 25}, QTime(9, 0), QTimeZone::utc()));
        ImportOptions options;
        options.timeZone = QTimeZone("Europe/Zurich");
        QVERIFY(!Importer(window.workspace()->database(), options)
                     .importFile(sample(QStringLiteral("x/tweet_activity_metrics_examplelab_20170101_20170201_en.csv")))
                     .failed());
        window.workspace()->notifyChanged();
        window.showPage(MainWindow::Page::Data);
        auto *data = window.findChild<DataPage *>();
        MatchReviewModel *matches = data->matchModel();
        QCOMPARE(matches->rowCount(), 1);
        data->setShowUnlinked(true);
        QCOMPARE(matches->rowCount(), 20); // and the posts Beamline found nothing for
        int row = -1;
        for (int r = 0; r < matches->rowCount(); ++r) {
            if (matches->post(r).postId == tbt)
                row = r;
        }
        QVERIFY(row >= 0);
        const qint64 tweet = matches->post(row).id;

        // The dialog lists the posts planned around it, the most alike selected, and filters.
        LinkPostDialog dialog(window.workspace(), matches->post(row));
        QCOMPARE(dialog.candidateCount(), 2);
        QCOMPARE(dialog.chosenPostId(), std::optional<qint64>(tbt));
        dialog.filterEdit()->setText(QStringLiteral("visit"));
        QCOMPARE(dialog.candidateCount(), 1);
        dialog.selectCandidate(openDays);
        QCOMPARE(dialog.chosenPostId(), std::optional<qint64>(openDays));

        // Linking it elsewhere confirms the link; undo puts the suggestion back.
        auto link = [&] {
            return scalar(db, QStringLiteral("SELECT COALESCE(post_id, 0) || ' ' || match_method || ' ' || match_confirmed FROM platform_posts "
                                             "WHERE id = %1").arg(tweet)).toString();
        };
        data->selectMatch(row);
        data->linkSelectedTo(openDays);
        QCOMPARE(link(), QStringLiteral("%1 manual 1").arg(openDays));
        QCOMPARE(matches->rowCount(), 19); // confirmed links leave the review
        window.undoStack()->undo();
        QCOMPARE(link(), QStringLiteral("%1 time+text 0").arg(tbt));
        QCOMPARE(matches->rowCount(), 20);
        window.undoStack()->redo();
        QCOMPARE(link(), QStringLiteral("%1 manual 1").arg(openDays));
        window.undoStack()->undo();

        // Removing and confirming are undoable the same way.
        data->selectMatch(row);
        data->unlinkMatches();
        QCOMPARE(link(), QStringLiteral("0 manual 1"));
        window.undoStack()->undo();
        data->selectMatch(row);
        data->confirmMatches();
        QCOMPARE(link(), QStringLiteral("%1 time+text 1").arg(tbt));
        QCOMPARE(window.undoStack()->undoText(), QStringLiteral("Confirm Link to the Plan"));
    }

    void cancelLeavesNothing()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openWorkspace(dir.filePath(QStringLiteral("lab.beamline"))));
        QByteArray big = "# ----\n# All Web Site Data\n# Source / Medium\n# 20170101-20170131\n# ----\n\nSource / Medium,Sessions\n";
        for (int i = 0; i < 300000; ++i)
            big += "site" + QByteArray::number(i) + ".example / referral,5\n";
        const QString path = dir.filePath(QStringLiteral("Analytics Source Medium 20170101-20170131.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(big);
        f.close();
        const QString before = dumpContent(window.workspace()->connection());
        QSignalSpy imported(window.importController(), &ImportController::importFinished);
        window.importController()->importNow({path}, {});
        // Press Cancel once the worker has made some progress.
        QProgressDialog *progress = nullptr;
        QTRY_VERIFY((progress = window.findChild<QProgressDialog *>()) != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(progress->value() > 0, 20000);
        QVERIFY(window.importController()->isBusy());
        QPushButton *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 30000);
        // The cancelled file reports nothing and wrote nothing.
        const auto reports = imported.first().first().value<QList<ImportReport>>();
        QVERIFY(reports.isEmpty() || reports.first().cancelled);
        QVERIFY(window.messageBar()->text().contains(QLatin1String("cancelled")));
        QCOMPARE(dumpContent(window.workspace()->connection()), before);
        QCOMPARE(window.messageBar()->kind(), MessageBar::Kind::Warning);
    }
};

QTEST_MAIN(tst_Import)
#include "tst_import.moc"
