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
#include <QFile>
#include <QListWidget>
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
