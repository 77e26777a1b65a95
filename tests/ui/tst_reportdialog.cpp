// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Export Report…: the dialog previews the demo campaign's pages, and the renderer
// lays out every page it promises.
#include "testsupport.h"

#include <core/analytics/reportdata.h>
#include <core/demo/demogenerator.h>
#include <core/workspace/workspace.h>
#include <ui/application.h>
#include <ui/mainwindow.h>
#include <ui/report/reportdialog.h>
#include <ui/report/reportwriter.h>
#include <ui/widgets/datefield.h>

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>

using namespace Beamline;

class tst_ReportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Application::setUp();
        m_demo = m_dir.filePath(QStringLiteral("demo.beamline"));
        QString error;
        QVERIFY2(DemoGenerator::createWorkspace(m_demo, &error), qPrintable(error));
    }

    void fileMenuOffersTheReport()
    {
        MainWindow window;
        auto *action = window.findChild<QAction *>(QStringLiteral("exportReportAction"));
        QVERIFY(action);
        QVERIFY(!action->isEnabled()); // nothing to report on without a workspace
        QVERIFY(window.openWorkspace(m_demo));
        QVERIFY(action->isEnabled());
        QCOMPARE(action->text().remove(QLatin1Char('&')), QString::fromUtf8("Export Report…"));
    }

    void campaignPreviewShowsThePages()
    {
        auto workspace = Workspace::open(m_demo, WorkspaceOpener::Mode::MustExist);
        QVERIFY(workspace);
        ReportDialog dialog(workspace.get());
        auto *campaign = dialog.findChild<QComboBox *>(QStringLiteral("campaign"));
        QVERIFY(campaign);
        const int index = campaign->findText(QStringLiteral("#WhatsUpLHC"));
        QVERIFY(index > 0);
        campaign->setCurrentIndex(index);
        Q_EMIT campaign->activated(index);
        // Choosing the campaign takes its dates, and the comparison follows.
        QCOMPARE(dialog.findChild<DateField *>(QStringLiteral("from"))->date(), QDate(2016, 11, 14));
        QCOMPARE(dialog.findChild<DateField *>(QStringLiteral("to"))->date(), QDate(2017, 1, 12));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.previewPageCount() >= 5, 60000);
        auto *pages = dialog.findChild<QListWidget *>(QStringLiteral("pages"));
        QCOMPARE(pages->item(0)->text(), QStringLiteral("Cover"));
        QCOMPARE(pages->item(1)->text(), QStringLiteral("Summary"));
        QVERIFY(!pages->item(1)->icon().isNull());
    }

    void theDialogFitsASmallScreenWithWholePagesInItsPreview()
    {
        auto workspace = Workspace::open(m_demo, WorkspaceOpener::Mode::MustExist);
        QVERIFY(workspace);
        ReportDialog dialog(workspace.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Save and Cancel on the screen (the test platform's is 800×600; it was 720 high).
        const QRect screen = dialog.screen()->availableGeometry();
        QVERIFY2(dialog.frameGeometry().height() <= screen.height(),
                 qPrintable(QStringLiteral("%1 > %2").arg(dialog.frameGeometry().height()).arg(screen.height())));
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QVERIFY(screen.contains(QRect(buttons->mapToGlobal(QPoint(0, 0)), buttons->size())));
        // "&Period:" is Alt+P to the first date, not a label with an ampersand in it.
        auto *from = dialog.findChild<DateField *>(QStringLiteral("from"));
        QLabel *period = nullptr;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            period = label->buddy() == from ? label : period;
        QVERIFY(period);
        QCOMPARE(period->text(), QStringLiteral("&Period:"));
    }

    void pageImagesShowTheWholePage()
    {
        // A thumbnail is the page made smaller, not its top left corner: the half-size image
        // against the full-size one shrunk by Qt.
        auto workspace = Workspace::open(m_demo, WorkspaceOpener::Mode::MustExist);
        QVERIFY(workspace);
        ReportRequest request;
        request.from = QDate(2016, 11, 14);
        request.to = QDate(2017, 1, 12);
        const ReportData data = ReportBuilder::build(workspace->connection(), workspace->timeZone(), request, workspace->name(),
                                                     workspace->today());
        const ReportWriter writer(data, workspace->connection(), QPageSize::A4);
        const QImage full = writer.pageImage(1, 1.0).convertToFormat(QImage::Format_RGB32);
        const QImage half = writer.pageImage(1, 0.5).convertToFormat(QImage::Format_RGB32);
        const QImage shrunk = full.scaled(half.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        QCOMPARE(half.size(), shrunk.size());
        int different = 0;
        for (int y = 0; y < half.height(); ++y) {
            for (int x = 0; x < half.width(); ++x)
                different += std::abs(qGray(half.pixel(x, y)) - qGray(shrunk.pixel(x, y))) > 96 ? 1 : 0;
        }
        QVERIFY2(different < half.width() * half.height() / 50, qPrintable(QString::number(different)));
    }

    void writerLaysOutEveryPage()
    {
        auto workspace = Workspace::open(m_demo, WorkspaceOpener::Mode::MustExist);
        QVERIFY(workspace);
        ReportRequest request;
        request.from = QDate(2016, 11, 14);
        request.to = QDate(2017, 1, 12);
        request.compareFrom = QDate(2016, 9, 15);
        request.compareTo = QDate(2016, 11, 13);
        const ReportData data = ReportBuilder::build(workspace->connection(), workspace->timeZone(), request, workspace->name(),
                                                     workspace->today());
        for (QPageSize::PageSizeId paper : { QPageSize::A4, QPageSize::Letter }) {
            const ReportWriter writer(data, workspace->connection(), paper);
            const QStringList titles = writer.pageTitles();
            QCOMPARE(titles.size(), writer.pageCount());
            QVERIFY(titles.first().isEmpty()); // the cover
            for (const char *title :
                 { "Summary", "Followers gained per day", "Top posts", "Series episodes against their median", "Pillars",
                   "Mentions by channel and sentiment", "Instagram and the website", "Definitions", "Sources" })
                QVERIFY2(titles.contains(QLatin1String(title)), title);
            const QImage page = writer.pageImage(1, 0.5);
            QCOMPARE(page.width(), qRound(QPageSize(paper).sizePoints().width() * 96.0 / 72.0 * 0.5));
            QVERIFY(page.pixelColor(0, 0) == QColor(Qt::white));
        }
        const ReportWriter writer(data, workspace->connection(), QPageSize::A4);
        const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
        QString error;
        QVERIFY2(writer.writePdf(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5).startsWith("%PDF"));
        QVERIFY(!writer.writePdf(m_dir.filePath(QStringLiteral("no/such/folder/report.pdf")), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(tst_ReportDialog)
#include "tst_reportdialog.moc"
