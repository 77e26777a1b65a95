// SPDX-License-Identifier: GPL-3.0-or-later
// The Measure views on the demo workspace: ranges and comparisons change the tiles,
// the per-post table filters and sorts, charts export at the requested size, and the
// presentation steps through a view's charts.
#include "testsupport.h"

#include <core/db/attributionrulerepository.h>
#include <core/analytics/attribution.h>
#include <core/demo/demogenerator.h>
#include <core/models/postmetricsmodel.h>
#include <ui/application.h>
#include <ui/charts/chartexporter.h>
#include <ui/charts/chartfactory.h>
#include <ui/measure/attributioneditor.h>
#include <ui/measure/chartpanel.h>
#include <ui/measure/kpitile.h>
#include <ui/measure/presentationwindow.h>
#include <ui/pages/measurepage.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QPushButton>
#include <QTableWidget>
#include <QFile>
#include <QImageReader>
#include <QRegularExpression>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Beamline;
using namespace Beamline::Test;

class tst_Measure : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_ws;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<MeasurePage> m_page;

private Q_SLOTS:
    void initTestCase()
    {
        Application::setUp();
        m_ws = std::make_unique<TestWorkspace>();
        DemoGenerator::generate(m_ws->workspace().writer());
        m_ws->workspace().setTimeZone(QTimeZone("Europe/Zurich"));
        m_undo = std::make_unique<QUndoStack>();
        m_page = std::make_unique<MeasurePage>();
        m_page->resize(1280, 800);
        m_page->setWorkspace(&m_ws->workspace(), m_undo.get());
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_undo.reset();
        m_ws.reset();
    }

    void opensOnTheLast28Days()
    {
        QCOMPARE(m_page->to(), QDate(2017, 1, 18)); // the demo's today
        QCOMPARE(m_page->from(), QDate(2016, 12, 22));
        QCOMPARE(m_page->compareTo(), QDate(2016, 12, 21));
        QCOMPARE(m_page->compareFrom(), QDate(2016, 11, 24));
    }

    void rangesChangeTheTiles()
    {
        // The campaign against the equal period before it: the talk's 272/day vs 232/day.
        m_page->setComparison(MeasurePage::Comparison::PreviousPeriod);
        m_page->setRange(QDate(2016, 11, 14), QDate(2017, 1, 12));
        QCOMPARE(m_page->compareFrom(), QDate(2016, 9, 15));
        KpiTile *followers = m_page->tile(QStringLiteral("instagram"), QStringLiteral("followers_per_day"));
        QVERIFY(followers);
        QCOMPARE(followers->valueText(), QStringLiteral("272/day"));
        QCOMPARE(followers->changeText(), QStringLiteral("vs 232/day, ▲ +17 %"));
        QVERIFY(!followers->toolTip().isEmpty()); // the definition
        QCOMPARE(m_page->tile(QStringLiteral("instagram-web"), QStringLiteral("avg_session_seconds"))->valueText(), QStringLiteral("5:02"));

        // The period before: now 232/day, compared with the period before that.
        m_page->setRange(QDate(2016, 9, 15), QDate(2016, 11, 13));
        QCOMPARE(followers->valueText(), QStringLiteral("232/day"));
        QVERIFY(!followers->changeText().contains(QLatin1String("232/day")));

        // No comparison: no change line. A range with no data says so.
        m_page->setComparison(MeasurePage::Comparison::None);
        QCOMPARE(followers->changeText(), QString());
        m_page->setRange(QDate(2010, 1, 1), QDate(2010, 1, 31));
        QCOMPARE(followers->valueText(), QStringLiteral("no data"));
        QCOMPARE(m_page->tile(QStringLiteral("web"), QStringLiteral("sessions"))->valueText(), QStringLiteral("no data"));
        m_page->setComparison(MeasurePage::Comparison::PreviousPeriod);
    }

    void postsTableFiltersAndSorts()
    {
        m_page->setRange(QDate(2016, 11, 14), QDate(2017, 1, 12));
        m_page->setTab(MeasurePage::Tab::Posts);
        PostMetricsFilterModel *posts = m_page->postsModel();
        QAbstractItemModelTester tester(posts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(posts->rowCount(), int(m_page->stats().channels.value(Platform::X).posts + m_page->stats().channels.value(Platform::Facebook).posts
                                        + m_page->stats().channels.value(Platform::Instagram).posts + m_page->stats().channels.value(Platform::LinkedIn).posts
                                        + m_page->stats().channels.value(Platform::YouTube).posts));
        // Sorted by interactions, most first.
        double previous = 1e18;
        for (int row = 0; row < posts->rowCount(); ++row) {
            const double value = posts->index(row, PostMetricsModel::Interactions).data(PostMetricsModel::SortRole).toDouble();
            QVERIFY(value <= previous);
            previous = value;
        }
        posts->setPlatforms({Platform::LinkedIn});
        QCOMPARE(posts->rowCount(), int(m_page->stats().channels.value(Platform::LinkedIn).posts));
        posts->setPlatforms({});
    }

    void chartsStateRangeAndSource()
    {
        m_page->setTab(MeasurePage::Tab::Mentions);
        int drawn = 0;
        for (ChartPanel *panel : m_page->chartPanels()) {
            if (panel->name().startsWith(QLatin1String("mentions")) && panel->view()->chart()) {
                const QString title = panel->view()->chart()->title();
                QVERIFY2(title.contains(QStringLiteral("14 Nov 2016 – 12 Jan 2017")) || title.contains(QStringLiteral("14 Nov – 12 Jan")), qPrintable(title));
                QVERIFY(title.contains(QLatin1String("Source:")));
                ++drawn;
            }
        }
        QCOMPARE(drawn, 2);
    }

    void chartsExportAtTheRequestedSize_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("png") << "png";
        QTest::newRow("svg") << "svg";
        QTest::newRow("pdf") << "pdf";
    }

    void chartsExportAtTheRequestedSize()
    {
        QFETCH(QString, suffix);
        ChartRequest request;
        request.name = QStringLiteral("followers");
        request.from = QDate(2016, 11, 14);
        request.to = QDate(2017, 1, 12);
        std::unique_ptr<QChart> chart(ChartFactory(m_ws->db(), QTimeZone("Europe/Zurich")).create(request));
        QVERIFY(chart);
        const QString path = m_ws->dir() + QStringLiteral("/followers.") + suffix;
        QString error;
        QVERIFY2(ChartExporter::save(chart.get(), path, QSize(1280, 720), &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.size() > 5000);
        if (suffix == QLatin1String("png")) {
            QImageReader reader(path);
            QCOMPARE(reader.size(), QSize(1280, 720));
            const QImage image = reader.read();
            // Not blank: the lines are drawn in more than a handful of colours.
            QSet<QRgb> colours;
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, image.height() / 2));
            QVERIFY(colours.size() > 3);
        } else if (suffix == QLatin1String("svg")) {
            QVERIFY(bytes.contains("width=\"") && bytes.contains("1280"));
            QVERIFY(bytes.contains("viewBox=\"0 0 1280 720\""));
        } else {
            QVERIFY(bytes.startsWith("%PDF"));
            // 1280×720 pixels at 96 dpi is 960×540 points.
            static const QRegularExpression mediaBox(QStringLiteral("/MediaBox \\[0 0 960(\\.0+)? 540(\\.0+)?\\]"));
            QVERIFY(mediaBox.match(QString::fromLatin1(bytes)).hasMatch());
        }
        // A wrong suffix or size is refused with a message.
        QVERIFY(!ChartExporter::save(chart.get(), m_ws->dir() + QStringLiteral("/chart.gif"), QSize(1280, 720), &error));
        QVERIFY(error.contains(QLatin1String("gif")));
        QVERIFY(!ChartExporter::save(chart.get(), path, QSize(10, 10), &error));
        QCOMPARE(ChartExporter::parseSize(QStringLiteral("1600x900")), QSize(1600, 900));
        QVERIFY(!ChartExporter::parseSize(QStringLiteral("big")).isValid());
    }

    void presentationStepsThroughTheCharts()
    {
        ChartRequest request;
        request.from = QDate(2016, 11, 14);
        request.to = QDate(2017, 1, 12);
        auto *window = new PresentationWindow(ChartFactory(m_ws->db(), QTimeZone("Europe/Zurich")), request,
                                              {QStringLiteral("mentions-share"), QStringLiteral("sentiment"), QStringLiteral("top-authors")});
        QPointer<PresentationWindow> guard(window);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QCOMPARE(window->current(), 0);
        QTest::keyClick(window, Qt::Key_Right);
        QCOMPARE(window->current(), 1);
        QTest::keyClick(window, Qt::Key_End);
        QCOMPARE(window->current(), 2);
        QTest::keyClick(window, Qt::Key_Right); // stays on the last
        QCOMPARE(window->current(), 2);
        QTest::keyClick(window, Qt::Key_Home);
        QCOMPARE(window->current(), 0);
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(guard.isNull()); // closed and deleted
    }

    void editedAttributionChangesTheFigures()
    {
        m_page->setComparison(MeasurePage::Comparison::PreviousPeriod);
        m_page->setRange(QDate(2016, 11, 14), QDate(2017, 1, 12));
        const double before = *m_page->stats().web.byChannel.value(Platform::Instagram).sessions;
        AttributionEditor editor;
        editor.setWorkspace(&m_ws->workspace());
        QCOMPARE(editor.rules().size(), Attribution::defaults().size());
        auto *table = editor.findChild<QTableWidget *>();
        // l.instagram.com is rule 2: count it as "Other" instead.
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("l.instagram.com"));
        auto *combo = qobject_cast<QComboBox *>(table->cellWidget(1, 1));
        combo->setCurrentIndex(combo->findData(int(Platform::Other)));
        QVERIFY(editor.save());
        // The page follows: Instagram loses the l.instagram.com visits (11,030 in the demo).
        const double after = *m_page->stats().web.byChannel.value(Platform::Instagram).sessions;
        QVERIFY2(after < before, qPrintable(QStringLiteral("%1 → %2").arg(before).arg(after)));
        // A duplicate is refused before it is saved.
        table->item(2, 0)->setText(QStringLiteral("instagram.com"));
        bool saveEnabled = true;
        for (QPushButton *b : editor.findChildren<QPushButton *>())
            if (b->text().contains(QLatin1String("Save")))
                saveEnabled = b->isEnabled();
        QVERIFY(!saveEnabled);
        // Put the defaults back for the other tests.
        QVERIFY(saveRules(m_ws->workspace(), Attribution::defaults()));
        m_ws->workspace().notifyChanged();
        QCOMPARE(*m_page->stats().web.byChannel.value(Platform::Instagram).sessions, before);
    }

    void attributionChangesAreUndoable()
    {
        m_page->setRange(QDate(2016, 11, 14), QDate(2017, 1, 12));
        const double before = *m_page->stats().web.byChannel.value(Platform::Instagram).sessions;
        QUndoStack undo;
        AttributionEditor editor;
        editor.setWorkspace(&m_ws->workspace(), &undo);
        auto *table = editor.findChild<QTableWidget *>();
        auto *combo = qobject_cast<QComboBox *>(table->cellWidget(1, 1)); // l.instagram.com
        combo->setCurrentIndex(combo->findData(int(Platform::Other)));
        QVERIFY(editor.save());
        QCOMPARE(undo.count(), 1);
        QCOMPARE(undo.undoText(), QStringLiteral("Change Web Attribution Rules"));
        QVERIFY(*m_page->stats().web.byChannel.value(Platform::Instagram).sessions < before);
        // Undo puts the rules and the figures back, and the editor shows the rules again.
        undo.undo();
        QCOMPARE(AttributionRuleRepository(m_ws->db()).all().at(1).platform, Platform::Instagram);
        QCOMPARE(*m_page->stats().web.byChannel.value(Platform::Instagram).sessions, before);
        QCOMPARE(qobject_cast<QComboBox *>(table->cellWidget(1, 1))->currentData().toInt(), int(Platform::Instagram));
        undo.redo();
        QCOMPARE(AttributionRuleRepository(m_ws->db()).all().at(1).platform, Platform::Other);
        QCOMPARE(qobject_cast<QComboBox *>(table->cellWidget(1, 1))->currentData().toInt(), int(Platform::Other));
        undo.undo();
    }
};

QTEST_MAIN(tst_Measure)
#include "tst_measure.moc"
