// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <core/db/channelrepository.h>
#include <core/db/postrepository.h>
#include <core/import/importer.h>
#include <core/models/importhistorymodel.h>
#include <core/models/matchreviewmodel.h>
#include <core/workspace/workspace.h>
#include <ui/application.h>
#include <ui/import/accountmatchdialog.h>
#include <ui/import/importcontroller.h>
#include <ui/import/importpreviewdialog.h>
#include <ui/import/mappingdialog.h>
#include <ui/mainwindow.h>
#include <ui/pages/datapage.h>
#include <ui/plan/linkpostdialog.h>
#include <ui/widgets/messagebar.h>

#include <QApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QSpinBox>
#include <QLineEdit>
#include <QUndoStack>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>
#include <QTextBrowser>
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
        auto *english = new QTranslator(this);
        QVERIFY(english->load(QStringLiteral("beamline_en"), QStringLiteral(BEAMLINE_QM_DIR)));
        QCoreApplication::installTranslator(english);
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
        QCOMPARE(tree->columnCount(), 4); // no one-line Notes column: the messages are shown below in full
        QCOMPARE(tree->topLevelItem(0)->text(1), QStringLiteral("X tweet activity (legacy analytics)"));
        QCOMPARE(tree->topLevelItem(0)->text(3), QStringLiteral("20 rows"));
        QVERIFY(dialog->messagesFor(1).contains(QLatin1String("not a text file")));
        QCOMPARE(tree->topLevelItem(2)->text(1), QStringLiteral("Unknown format"));
        // What to do about an unknown file is said in the window's words, not the command line's.
        QVERIFY(dialog->messagesFor(2).contains(QStringLiteral("Map Columns…")));
        QVERIFY(!dialog->messagesFor(2).contains(QLatin1String("--format")));
        // The selected file's messages are all in the browser below the list.
        tree->setCurrentItem(tree->topLevelItem(1));
        QVERIFY(dialog->findChild<QTextBrowser *>(QStringLiteral("messages"))->toPlainText().contains(QLatin1String("not a text file")));
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
        // The two files left out are still in the summary, so it is a warning.
        QCOMPARE(window.messageBar()->kind(), MessageBar::Kind::Warning);
        const QString summary = window.messageBar()->text();
        QVERIFY2(summary.contains(QLatin1String("Imported 1 file: 20 rows read; 20 values added")), qPrintable(summary));
        QVERIFY(summary.contains(QLatin1String("2 files could not be imported")));
        QVERIFY(summary.contains(QLatin1String("IMG_20260114_101500.csv")));
        QVERIFY(summary.contains(QLatin1String("inconsistent_columns.csv")));

        // The history lists it; undo removes it.
        window.showPage(MainWindow::Page::Data);
        auto *data = window.findChild<DataPage *>();
        QCOMPARE(data->historyModel()->rowCount(), 1);
        QCOMPARE(data->historyModel()->data(data->historyModel()->index(0, ImportHistoryModel::Added)).toInt(), 20);
        data->undoImport(data->historyModel()->data(data->historyModel()->index(0, 0), ImportHistoryModel::BatchIdRole).toLongLong());
        // A task of the window's runner: off the UI thread, then the page follows.
        QTRY_COMPARE_WITH_TIMEOUT(scalar(window.workspace()->connection(), QStringLiteral("SELECT COUNT(*) FROM platform_posts")).toInt(), 0, 20000);
        QTRY_VERIFY(data->historyModel()->data(data->historyModel()->index(0, 0), ImportHistoryModel::UndoneRole).toBool());
    }

    void rowsAndValues_data()
    {
        QTest::addColumn<qint64>("rows");
        QTest::addColumn<qint64>("added");
        QTest::addColumn<qint64>("updated");
        QTest::addColumn<qint64>("unchanged");
        QTest::addColumn<bool>("alreadyImported");
        QTest::addColumn<QString>("expected");
        // A daily export: 28 days of 13 metrics.
        QTest::newRow("values per row") << qint64(28) << qint64(364) << qint64(0) << qint64(0) << false << QStringLiteral("28 rows, 364 values");
        QTest::newRow("one value a row") << qint64(20) << qint64(20) << qint64(0) << qint64(0) << false << QStringLiteral("20 rows");
        QTest::newRow("one row") << qint64(1) << qint64(3) << qint64(0) << qint64(0) << false << QStringLiteral("1 row, 3 values");
        QTest::newRow("mixed outcomes") << qint64(10) << qint64(5) << qint64(3) << qint64(2) << false << QStringLiteral("10 rows");
        QTest::newRow("already imported") << qint64(0) << qint64(0) << qint64(0) << qint64(40) << true << QStringLiteral("Already imported");
        QTest::newRow("nothing") << qint64(0) << qint64(0) << qint64(0) << qint64(0) << false << QStringLiteral("Nothing to import");
    }

    void rowsAndValues()
    {
        QFETCH(qint64, rows);
        QFETCH(qint64, added);
        QFETCH(qint64, updated);
        QFETCH(qint64, unchanged);
        QFETCH(bool, alreadyImported);
        QFETCH(QString, expected);
        ImportReport r;
        r.rowsRead = rows;
        r.added = added;
        r.updated = updated;
        r.unchanged = unchanged;
        r.alreadyImported = alreadyImported;
        QCOMPARE(ImportPreviewDialog::rowsText(r), expected);
    }

    void dailyExportCountsRowsAndValues()
    {
        // The X overview holds a row per day and a value per metric: the preview says both.
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openWorkspace(dir.filePath(QStringLiteral("lab.beamline"))));
        const QString file = sample(QStringLiteral("x/account_overview_analytics.csv"));
        QFile raw(file);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const int dataRows = int(raw.readAll().trimmed().count('\n')); // lines after the header
        QSignalSpy previewed(window.importController(), &ImportController::previewFinished);
        window.importController()->start({file});
        QTRY_COMPARE_WITH_TIMEOUT(previewed.count(), 1, 20000);
        ImportPreviewDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = previewDialog()) != nullptr);
        const QString rows = dialog->findChild<QTreeWidget *>()->topLevelItem(0)->text(ImportPreviewDialog::RowsColumn);
        QVERIFY2(rows.startsWith(QStringLiteral("%1 rows, ").arg(dataRows)) && rows.endsWith(QLatin1String(" values")), qPrintable(rows));
        dialog->reject();
    }

    void goodRowsAreAnExplicitChoice()
    {
        // The X sample (20 tweets) with the time of the tweets on lines 3 and 5 broken.
        QTemporaryDir dir;
        QFile in(sample(QStringLiteral("x/tweet_activity_metrics_examplelab_20170101_20170201_en.csv")));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = in.readAll().split('\n');
        for (int line : {3, 5}) {
            QByteArray &text = lines[line - 1];
            const qsizetype at = text.indexOf("\"2017-01-");
            QVERIFY(at > 0);
            text.replace(at, text.indexOf('"', at + 1) - at + 1, "\"yesterday\"");
        }
        const QString broken = dir.filePath(QStringLiteral("tweet_activity_metrics_examplelab_20170101_20170201_en.csv"));
        QFile out(broken);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(lines.join('\n'));
        out.close();

        MainWindow window;
        QVERIFY(window.openWorkspace(dir.filePath(QStringLiteral("lab.beamline"))));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ImportController *controller = window.importController();
        QSignalSpy previewed(controller, &ImportController::previewFinished);
        QSignalSpy imported(controller, &ImportController::importFinished);
        controller->start({broken});
        QTRY_COMPARE_WITH_TIMEOUT(previewed.count(), 1, 20000);
        ImportPreviewDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = previewDialog()) != nullptr);
        auto *tree = dialog->findChild<QTreeWidget *>();
        QTreeWidgetItem *item = tree->topLevelItem(0);
        // Bad rows are an error by default: the file is not checked and cannot be.
        QCOMPARE(item->text(ImportPreviewDialog::RowsColumn), QStringLiteral("20 rows (2 bad)"));
        QVERIFY(!(item->flags() & Qt::ItemIsUserCheckable));
        QVERIFY(dialog->selectedFiles().isEmpty());
        const QString messages = dialog->messagesFor(0);
        QVERIFY2(messages.contains(QLatin1String("2 rows cannot be read")), qPrintable(messages));
        QVERIFY2(messages.contains(QLatin1String(":line 3: ")) && messages.contains(QLatin1String(":line 5: ")), qPrintable(messages));
        QVERIFY(messages.contains(QLatin1String("yesterday")));
        auto *goodRows = dialog->findChild<QPushButton *>(QStringLiteral("importGoodRows"));
        QVERIFY(goodRows);
        QVERIFY(!goodRows->isHidden());
        QCOMPARE(goodRows->text().remove(QLatin1Char('&')), QStringLiteral("Import the 18 Good Rows"));

        // Choosing it is explicit, for this file: then it is checked and the bad lines are left out.
        QTest::mouseClick(goodRows, Qt::LeftButton);
        QVERIFY(goodRows->isHidden());
        QCOMPARE(item->checkState(ImportPreviewDialog::FileColumn), Qt::Checked);
        QCOMPARE(item->text(ImportPreviewDialog::RowsColumn), QStringLiteral("18 good rows"));
        QCOMPARE(dialog->selectedFiles(), QStringList{broken});
        QVERIFY(dialog->messagesFor(0).contains(QLatin1String("will be left out, as you chose")));
        QCOMPARE(scalar(window.workspace()->connection(), QStringLiteral("SELECT COUNT(*) FROM import_batches")).toInt(), 0);

        QPushButton *importButton = nullptr;
        for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
            if (b->text().remove(QLatin1Char('&')) == QLatin1String("Import 1 File"))
                importButton = b;
        }
        QVERIFY(importButton);
        QTest::mouseClick(importButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 20000);
        QCOMPARE(scalar(window.workspace()->connection(), QStringLiteral("SELECT COUNT(*) FROM platform_posts")).toInt(), 18);
        QTRY_VERIFY(window.messageBar()->isVisible());
        QVERIFY2(window.messageBar()->text().contains(QLatin1String("2 skipped")), qPrintable(window.messageBar()->text()));
    }

    void badRowsLeaveTheFileOutUnlessChosen()
    {
        // Without the choice, the same import refuses the file and writes nothing.
        QTemporaryDir dir;
        QFile in(sample(QStringLiteral("x/tweet_activity_metrics_examplelab_20170101_20170201_en.csv")));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray text = in.readAll();
        const qsizetype at = text.indexOf("\"2017-01-");
        text.replace(at, text.indexOf('"', at + 1) - at + 1, "\"soon\"");
        const QString broken = dir.filePath(QStringLiteral("tweets.csv"));
        QFile out(broken);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text);
        out.close();
        MainWindow window;
        QVERIFY(window.openWorkspace(dir.filePath(QStringLiteral("lab.beamline"))));
        QSignalSpy imported(window.importController(), &ImportController::importFinished);
        window.importController()->importNow({broken}, {});
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 20000);
        const auto reports = imported.at(0).at(0).value<QList<ImportReport>>();
        QCOMPARE(reports.size(), 1);
        QVERIFY(reports.at(0).failed());
        QVERIFY2(reports.at(0).error.contains(QLatin1String(":2:4:")), qPrintable(reports.at(0).error));
        QCOMPARE(scalar(window.workspace()->connection(), QStringLiteral("SELECT COUNT(*) FROM platform_posts")).toInt(), 0);
    }

    void emptyFilesAreNotImported()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openWorkspace(dir.filePath(QStringLiteral("lab.beamline"))));
        QSignalSpy previewed(window.importController(), &ImportController::previewFinished);
        QSignalSpy imported(window.importController(), &ImportController::importFinished);
        drop(window, {sample(QStringLiteral("broken/empty.csv"))});
        QTRY_COMPARE_WITH_TIMEOUT(previewed.count(), 1, 20000);
        ImportPreviewDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = previewDialog()) != nullptr);
        auto *tree = dialog->findChild<QTreeWidget *>();
        QCOMPARE(tree->topLevelItem(0)->text(ImportPreviewDialog::FormatColumn), QStringLiteral("Empty file"));
        QCOMPARE(tree->topLevelItem(0)->text(ImportPreviewDialog::RowsColumn), QStringLiteral("Nothing to import"));
        QVERIFY(!(tree->topLevelItem(0)->flags() & Qt::ItemIsUserCheckable));
        QVERIFY(dialog->selectedFiles().isEmpty());
        QVERIFY(dialog->messagesFor(0).contains(QLatin1String("empty")));
        dialog->reject();

        // Imported without asking (as a script would), it is still not "imported".
        window.importController()->importNow({sample(QStringLiteral("broken/empty.csv"))}, {});
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 20000);
        const QString summary = window.messageBar()->text();
        QVERIFY2(!summary.contains(QLatin1String("Imported")), qPrintable(summary));
        QVERIFY(summary.contains(QLatin1String("1 file had nothing to import: empty.csv")));
        QCOMPARE(window.messageBar()->kind(), MessageBar::Kind::Warning);
        QCOMPARE(scalar(window.workspace()->connection(), QStringLiteral("SELECT COUNT(*) FROM import_batches")).toInt(), 0);
    }

    // A report that gives no period (Matomo's raw export, renamed) is not simply refused: the
    // preview asks for the period and reads the file again with it.
    void periodIsAskedForInThePreview()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("visits.csv"));
        QVERIFY(QFile::copy(QStringLiteral(BEAMLINE_TEST_DATA_DIR "/web/real/matomo/test_csvExport_xp0__VisitsSummary.get_day.csv"), file));
        MainWindow window;
        QVERIFY(window.openWorkspace(dir.filePath(QStringLiteral("lab.beamline"))));
        QSignalSpy previewed(window.importController(), &ImportController::previewFinished);
        QSignalSpy imported(window.importController(), &ImportController::importFinished);
        drop(window, {file});
        QTRY_COMPARE_WITH_TIMEOUT(previewed.count(), 1, 20000);
        ImportPreviewDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = previewDialog()) != nullptr);
        QVERIFY(dialog->selectedFiles().isEmpty());
        QCOMPARE(dialog->findChild<QTreeWidget *>()->topLevelItem(0)->text(ImportPreviewDialog::FormatColumn), QStringLiteral("Period needed"));
        QVERIFY2(dialog->messagesFor(0).contains(QLatin1String("Read Again")), qPrintable(dialog->messagesFor(0)));
        auto *from = dialog->findChild<QDateEdit *>(QStringLiteral("periodFrom"));
        auto *to = dialog->findChild<QDateEdit *>(QStringLiteral("periodTo"));
        auto *readAgain = dialog->findChild<QPushButton *>(QStringLiteral("readAgain"));
        QVERIFY(from && to && readAgain);
        from->setDate(QDate(2010, 1, 3));
        to->setDate(QDate(2010, 1, 3));
        QTest::mouseClick(readAgain, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(previewed.count(), 2, 20000);
        QTRY_VERIFY((dialog = previewDialog()) != nullptr && dialog->selectedFiles().size() == 1);
        QVERIFY(!dialog->findChild<QDateEdit *>(QStringLiteral("periodFrom")));
        QCOMPARE(dialog->findChild<QTreeWidget *>()->topLevelItem(0)->text(ImportPreviewDialog::PeriodColumn),
                 QLocale().toString(QDate(2010, 1, 3), QLocale::ShortFormat));
        QPushButton *importButton = nullptr;
        for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
            if (b->text().remove(QLatin1Char('&')).startsWith(QLatin1String("Import")))
                importButton = b;
        }
        QVERIFY(importButton);
        QTest::mouseClick(importButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 20000);
        // The file's one row: nb_visits 2 ("2,0,2,2,0,2,542,1,100%,1,271"), over the day given.
        QCOMPARE(scalar(window.workspace()->connection(),
                        QStringLiteral("SELECT period_start || '/' || period_end || ' ' || CAST(sessions AS INTEGER) FROM web_traffic"))
                     .toString(),
                 QStringLiteral("2010-01-03/2010-01-03 2"));
    }

    void updatedIsExplainedOnAFirstImport()
    {
        // Two exports of the same days, one figure different: on a workspace that held
        // nothing, the second file updates that one value, and the summary says why.
        QTemporaryDir dir;
        QFile original(sample(QStringLiteral("x/account_overview_analytics.csv")));
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray content = original.readAll();
        const QString first = dir.filePath(QStringLiteral("a/account_overview_analytics.csv"));
        const QString second = dir.filePath(QStringLiteral("b/account_overview_analytics.csv"));
        QDir().mkpath(dir.filePath(QStringLiteral("a")));
        QDir().mkpath(dir.filePath(QStringLiteral("b")));
        QByteArray changed = content;
        QVERIFY(changed.contains("\"Sat, Feb 28, 2026\",2810,"));
        changed.replace("\"Sat, Feb 28, 2026\",2810,", "\"Sat, Feb 28, 2026\",2811,");
        for (const auto &[path, bytes] : {std::pair{first, content}, std::pair{second, changed}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        MainWindow window;
        QVERIFY(window.openWorkspace(dir.filePath(QStringLiteral("lab.beamline"))));
        QSignalSpy imported(window.importController(), &ImportController::importFinished);
        window.importController()->importNow({first, second}, {});
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 20000);
        const QString summary = window.messageBar()->text();
        QVERIFY2(summary.contains(QLatin1String(", 1 updated,")), qPrintable(summary));
        QVERIFY2(summary.contains(QLatin1String("although nothing was imported before")), qPrintable(summary));
    }

    void unknownAccountIsAskedAboutOnce()
    {
        // The team set up its Facebook page by its handle; Meta's export names it by id.
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openWorkspace(dir.filePath(QStringLiteral("lab.beamline"))));
        const QSqlDatabase db = window.workspace()->connection();
        const qint64 page = ChannelRepository(db).insert({0, Platform::Facebook, QStringLiteral("ExamplePhysicsLab"), QStringLiteral("Example Physics Lab")});
        ChannelRepository(db).insert({0, Platform::Facebook, QStringLiteral("OtherLab"), QStringLiteral("Other Lab")});
        const QString file = sample(QStringLiteral("meta/Jan-01-2026_Jan-31-2026_104512345678901.csv"));
        QSignalSpy previewed(window.importController(), &ImportController::previewFinished);
        QSignalSpy imported(window.importController(), &ImportController::importFinished);
        window.importController()->start({file});
        QTRY_COMPARE_WITH_TIMEOUT(previewed.count(), 1, 20000);
        AccountMatchDialog *question = nullptr;
        QTRY_VERIFY((question = window.findChild<AccountMatchDialog *>()) != nullptr);
        QVERIFY(previewDialog() == nullptr); // asked before the preview
        QCOMPARE(question->accounts().size(), 1);
        QCOMPARE(question->accounts().first().handle, QStringLiteral("104512345678901"));
        // The page the export names "Example Physics Lab" is the likely one.
        QCOMPARE(question->choice(0), page);
        question->accept();

        ImportPreviewDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = previewDialog()) != nullptr);
        QVERIFY(!dialog->messagesFor(0).contains(QLatin1String("new channel")));
        QCOMPARE(ChannelRepository(db).resolve(Platform::Facebook, QStringLiteral("104512345678901"))->id, page);
        QCOMPARE(window.undoStack()->undoText(), QStringLiteral("Take “104512345678901” for a Channel"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok) ? dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)
                                                                                               : dialog->findChildren<QPushButton *>().at(1),
                          Qt::LeftButton);
        if (imported.isEmpty()) {
            for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
                if (b->text().remove(QLatin1Char('&')).startsWith(QLatin1String("Import")))
                    QTest::mouseClick(b, Qt::LeftButton);
            }
        }
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 20000);
        QCOMPARE(ChannelRepository(db).all().size(), 2); // no "Facebook (104512345678901)"
        QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM platform_posts WHERE channel_id = %1").arg(page)).toInt() > 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM platform_posts WHERE channel_id <> %1").arg(page)).toInt(), 0);

        // The answer is remembered: the next export of the page is not asked about.
        QCOMPARE(AccountMatchDialog::accountsToAsk(db, {{Platform::Facebook, QStringLiteral("104512345678901"), {}}}).size(), 0);
    }

    void noQuestionWithoutAChannelToConfuse()
    {
        QTemporaryDir dir;
        TestWorkspace ws;
        const QList<ImportAccount> accounts = {{Platform::Facebook, QStringLiteral("104512345678901"), QStringLiteral("Example Physics Lab")},
                                               {Platform::X, QStringLiteral("examplelab"), {}}};
        // No channel at all: the import creates them, nothing to ask.
        QVERIFY(AccountMatchDialog::accountsToAsk(ws.db(), accounts).isEmpty());
        // An X channel: only the unknown X account is asked about; its handle is no guess.
        ChannelRepository(ws.db()).insert({0, Platform::X, QStringLiteral("lhclab"), {}});
        const auto ask = AccountMatchDialog::accountsToAsk(ws.db(), accounts + accounts);
        QCOMPARE(ask.size(), 1);
        QCOMPARE(ask.first().handle, QStringLiteral("examplelab"));
        const QVector<Channel> channels = ChannelRepository(ws.db()).all();
        QCOMPARE(AccountMatchDialog::likelyChannel(channels, ask.first()), channels.first().id); // the only X channel
        ChannelRepository(ws.db()).insert({0, Platform::X, QStringLiteral("lhclab_fr"), {}});
        QCOMPARE(AccountMatchDialog::likelyChannel(ChannelRepository(ws.db()).all(), ask.first()), qint64(0)); // two: no guess
        AccountMatchDialog dialog(ws.db(), ask);
        QCOMPARE(dialog.choice(0), qint64(0)); // "a new channel"
    }

    void mappingFindsTheHeader_data()
    {
        QTest::addColumn<QString>("csv");
        QTest::addColumn<int>("header");
        QTest::addColumn<QString>("ragged");
        QTest::newRow("plain") << QStringLiteral("Date,Channel,Posts\n2026-01-05,X,3\n2026-01-06,Instagram,2\n") << 0 << QString();
        // A data row with an extra cell is wider than the header: it is still not the header.
        QTest::newRow("ragged rows") << QStringLiteral("Date,Channel,Posts,Impressions\n2026-01-05,X,3,4512\n2026-01-06,Instagram,2\n"
                                                       "2026-01-07,Facebook,1,2210,see note\n2026-01-08,X,2,3980\n2026-01-09,LinkedIn\n"
                                                       "2026-01-12,X,4,5120\n2026-01-13,Instagram,1,1890,,\n")
                                     << 0 << QStringLiteral("2 rows have fewer cells than the header (lines 3, 6) and 1 row has more cells than the header (line 4)");
        QTest::newRow("title lines above") << QStringLiteral("Lab report\nExported 2026-02-01\n\nDay,Visits,Bounce rate\n2026-01-01,120,45%\n2026-01-02,98,41%\n")
                                           << 3 << QString();
        QTest::newRow("numbers only below") << QStringLiteral("Day,Views\n1,10\n2,20\n") << 0 << QString();
        QTest::newRow("header with an empty cell") << QStringLiteral("Date,,Views,Likes\n2026-01-01,a,10,1\n2026-01-02,b,20,2\n") << 0 << QString();
    }

    void mappingFindsTheHeader()
    {
        QFETCH(QString, csv);
        QFETCH(int, header);
        QFETCH(QString, ragged);
        QVector<QStringList> rows;
        QVector<qint64> lines;
        QStringList texts = csv.split(QLatin1Char('\n'));
        if (texts.constLast().isEmpty())
            texts.removeLast(); // the file's final newline
        for (int i = 0; i < texts.size(); ++i) {
            rows.append(texts.at(i).split(QLatin1Char(',')));
            lines.append(i + 1);
        }
        QCOMPARE(MappingDialog::guessHeaderRow(rows), header);
        const QString text = MappingDialog::raggedRowsText(rows, lines, header);
        if (ragged.isEmpty())
            QVERIFY2(text.isEmpty(), qPrintable(text));
        else
            QVERIFY2(text.contains(ragged), qPrintable(text));
    }

    void mappingDialogOnARaggedFile()
    {
        TestWorkspace ws;
        MappingDialog dialog(&ws.workspace(), sample(QStringLiteral("broken/inconsistent_columns.csv")));
        QCOMPARE(dialog.findChild<QSpinBox *>()->value(), 1); // the header is on line 1, not line 4
        QVERIFY(dialog.raggedRowsNote().contains(QLatin1String("fewer cells")));
        QVERIFY(dialog.raggedRowsNote().contains(QLatin1String("line 4")));
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
