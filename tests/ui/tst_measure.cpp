// SPDX-License-Identifier: GPL-3.0-or-later
// The Measure views on the demo workspace: ranges and comparisons change the tiles,
// the per-post table filters and sorts, charts export at the requested size, and the
// presentation steps through a view's charts.
#include "testsupport.h"

#include <core/db/attributionrulerepository.h>
#include <core/analytics/attribution.h>
#include <core/db/eventmarkerrepository.h>
#include <core/db/settingsrepository.h>
#include <core/domain/isotime.h>
#include <core/import/importer.h>
#include <core/demo/demogenerator.h>
#include <core/models/postmetricsmodel.h>
#include <ui/application.h>
#include <ui/charts/chartexporter.h>
#include <ui/charts/chartdata.h>
#include <ui/charts/chartfactory.h>
#include <ui/charts/chartstyle.h>
#include <ui/charts/valuelabels.h>
#include <ui/measure/attributioneditor.h>
#include <ui/measure/chartexportdialog.h>
#include <ui/measure/chartpanel.h>
#include <ui/measure/figuresslide.h>
#include <ui/measure/kpitile.h>
#include <ui/measure/presentationwindow.h>
#include <ui/measure/timingview.h>
#include <core/models/timingmodel.h>
#include <ui/pages/measurepage.h>
#include <ui/widgets/datefield.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QStandardItemModel>
#include <QValueAxis>
#include <QComboBox>
#include <QPushButton>
#include <QTableWidget>
#include <QFile>
#include <QImageReader>
#include <QInputDialog>
#include <QLegend>
#include <QTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace Beamline;
using namespace Beamline::Test;

namespace {

// Runs `check` on the modal dialog of type T once it is up (polling, since it opens inside
// a call that does not return until it closes).
template<typename T>
void whenModal(std::function<void(T *)> check, int tries = 200)
{
    QTimer::singleShot(10, qApp, [check, tries] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget()); dialog && dialog->isVisible()) {
            check(dialog);
            return;
        }
        if (tries > 0)
            whenModal<T>(check, tries - 1);
    });
}

// The largest and smallest pixel sizes of a chart's texts (title, legend, axes, value labels).
struct TypeSizes {
    int title = 0;
    QString titleHtml;
    int legend = 0;
    int smallestAxis = 1000;
    int smallestValueLabel = 1000;
};

TypeSizes typeSizes(QChart *chart)
{
    TypeSizes t;
    t.title = chart->titleFont().pixelSize();
    t.titleHtml = chart->title();
    t.legend = chart->legend()->font().pixelSize();
    for (QAbstractAxis *axis : chart->axes()) {
        t.smallestAxis = std::min({t.smallestAxis, axis->labelsFont().pixelSize(), axis->titleFont().pixelSize()});
    }
    for (ValueLabels *labels : chart->findChildren<ValueLabels *>(QString(), Qt::FindDirectChildrenOnly))
        t.smallestValueLabel = std::min(t.smallestValueLabel, labels->font().pixelSize());
    return t;
}

// The boxes of a chart's event-marker labels as Qt Charts draws them: each label series'
// one point, its text centred above it (the baseline half the dot and the pen above).
struct MarkerLabel {
    QString text;
    QRectF box;
};

QVector<MarkerLabel> markerLabels(QChart *chart)
{
    QVector<MarkerLabel> labels;
    for (QAbstractSeries *series : chart->series()) {
        auto *scatter = qobject_cast<QScatterSeries *>(series);
        if (!scatter || !scatter->property("marker").toBool() || !scatter->pointLabelsVisible() || scatter->pointLabelsFormat().isEmpty())
            continue;
        const QFontMetricsF metrics(scatter->pointLabelsFont());
        const QString text = scatter->pointLabelsFormat();
        const QPointF at = chart->mapToPosition(scatter->at(0), scatter);
        const qreal width = metrics.horizontalAdvance(text);
        const qreal baseline = at.y() - scatter->markerSize() / 2 - scatter->pen().widthF();
        labels.append({text, QRectF(at.x() - width / 2, baseline - metrics.ascent(), width, metrics.height())});
    }
    return labels;
}

} // namespace

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

    void changesSayWhetherTheyAreGood()
    {
        // The last 28 days of the demo against the 28 before: more X mentions is better news,
        // a higher bounce rate is worse news although both rose.
        m_page->setComparison(MeasurePage::Comparison::PreviousPeriod);
        m_page->setRange(QDate(2016, 12, 22), QDate(2017, 1, 18));
        auto changeOf = [this](const QString &channel, const QString &metric) {
            return m_page->tile(channel, metric)->findChild<QLabel *>(QStringLiteral("change"));
        };
        const auto bounce = m_page->stats().web.site.bounceRate;
        const auto bounceBefore = m_page->previousStats().web.site.bounceRate;
        QVERIFY(bounce && bounceBefore && *bounce > *bounceBefore * 1.005);
        QVERIFY2(changeOf(QStringLiteral("web"), QStringLiteral("bounce_rate"))->text().contains(QLatin1String("#D55E00")),
                 qPrintable(changeOf(QStringLiteral("web"), QStringLiteral("bounce_rate"))->text()));
        QCOMPARE(changeOf(QStringLiteral("web"), QStringLiteral("bounce_rate"))->toolTip(), QStringLiteral("A change for the worse"));
        const auto mentions = m_page->stats().channels.value(Platform::X).mentions;
        const auto mentionsBefore = m_page->previousStats().channels.value(Platform::X).mentions;
        QVERIFY(mentions && mentionsBefore && *mentions > *mentionsBefore * 1.01);
        QVERIFY(changeOf(QStringLiteral("x"), QStringLiteral("mentions"))->text().contains(QLatin1String("#0072B2")));
        QCOMPARE(changeOf(QStringLiteral("x"), QStringLiteral("mentions"))->toolTip(), QStringLiteral("A change for the better"));
        // The number of posts is neither good nor bad news.
        QVERIFY(!changeOf(QStringLiteral("x"), QStringLiteral("posts"))->text().contains(QLatin1String("#D55E00")));
        QVERIFY(!changeOf(QStringLiteral("x"), QStringLiteral("posts"))->text().contains(QLatin1String("#0072B2")));
        // Nothing to compare with: no "vs no data: new".
        m_page->setRange(QDate(2010, 1, 1), QDate(2010, 1, 31));
        QCOMPARE(m_page->tile(QStringLiteral("web"), QStringLiteral("sessions"))->changeText(), QString());
    }

    void timeChartsStopAtTheLastCompleteDay()
    {
        // The demo's today is 18 January: its figures are not complete, the lines end on the 17th.
        m_page->setRange(QDate(2016, 12, 22), QDate(2017, 1, 18));
        m_page->setTab(MeasurePage::Tab::Overview);
        ChartPanel *followers = nullptr;
        for (ChartPanel *panel : m_page->chartPanels())
            followers = panel->name() == QLatin1String("followers") ? panel : followers;
        QVERIFY(followers && followers->view()->chart());
        const qint64 endOf17 = QDateTime(QDate(2017, 1, 18), QTime(0, 0), QTimeZone("Europe/Zurich")).toMSecsSinceEpoch();
        int lines = 0;
        for (QAbstractSeries *series : followers->view()->chart()->series()) {
            auto *line = qobject_cast<QLineSeries *>(series);
            if (!line || series->property("dataName").toString().isEmpty())
                continue;
            ++lines;
            QVERIFY(line->count() > 20);
            QVERIFY2(line->at(line->count() - 1).x() < endOf17, qPrintable(series->property("dataName").toString()));
        }
        QCOMPARE(lines, 5);
        QVERIFY(followers->view()->chart()->title().contains(QLatin1String("up to 17 Jan")));
        QVERIFY(followers->view()->chart()->localizeNumbers()); // 10,000 on the axis, not 10000
    }

    void emptyChartsSaySo()
    {
        m_page->setRange(QDate(2010, 1, 1), QDate(2010, 1, 31));
        m_page->setTab(MeasurePage::Tab::Overview);
        for (ChartPanel *panel : m_page->chartPanels()) {
            if (panel->name() != QLatin1String("followers"))
                continue;
            QVERIFY(!panel->hasData());
            QVERIFY(panel->findChild<QLabel *>(QStringLiteral("noData"))->isVisible());
            // No "0 0 0 1 1 1" axis: the value axis shows no numbers.
            for (QAbstractAxis *axis : panel->view()->chart()->axes(Qt::Vertical))
                QVERIFY(!axis->labelsVisible());
        }
        m_page->setRange(QDate(2016, 12, 22), QDate(2017, 1, 18));
        for (ChartPanel *panel : m_page->chartPanels()) {
            if (panel->name() == QLatin1String("followers")) {
                QVERIFY(panel->hasData());
                QVERIFY(!panel->findChild<QLabel *>(QStringLiteral("noData"))->isVisible());
            }
        }
    }

    void barLabelsShareOneFormat()
    {
        ChartRequest request;
        request.from = QDate(2016, 12, 22);
        request.to = QDate(2017, 1, 18);
        request.compareFrom = QDate(2016, 11, 24);
        request.compareTo = QDate(2016, 12, 21);
        const ChartFactory factory(m_ws->db(), QTimeZone("Europe/Zurich"));
        struct Case {
            const char *chart;
            const char *pattern;
        };
        // Percentages with one decimal, counts with separators, visit lengths as m:ss.
        for (const Case &c : {Case{"web-exit-rate", "^\\d{1,3}\\.\\d %$"}, Case{"pillars", "^(\\d{1,3}(,\\d{3})*|\\d{1,2}\\.\\d %)$"},
                              Case{"web-duration", "^\\d+:\\d\\d$"}, Case{"sentiment", "^\\d{1,3}(,\\d{3})*$"}}) {
            request.name = QString::fromLatin1(c.chart);
            std::unique_ptr<QChart> chart(factory.create(request));
            QString error;
            QVERIFY(ChartExporter::save(chart.get(), m_ws->dir() + QStringLiteral("/labels.png"), QSize(1000, 600), &error));
            const QStringList texts = ValueLabels::texts(chart.get());
            QVERIFY2(!texts.isEmpty(), c.chart);
            const QRegularExpression pattern(QString::fromLatin1(c.pattern));
            for (const QString &text : texts)
                QVERIFY2(pattern.match(text).hasMatch(), qPrintable(QStringLiteral("%1: “%2”").arg(QString::fromLatin1(c.chart), text)));
        }
    }

    void typedDaysAreRead()
    {
        auto *from = m_page->findChild<DateField *>(QStringLiteral("from"));
        auto *to = m_page->findChild<DateField *>(QStringLiteral("to"));
        m_page->setRange(QDate(2016, 12, 22), QDate(2017, 1, 18));
        from->selectAll();
        QTest::keyClicks(from, QStringLiteral("1 Jan 2017"));
        QCOMPARE(m_page->from(), QDate(2016, 12, 22)); // nothing happens while typing
        QTest::keyClick(from, Qt::Key_Return);
        QCOMPARE(m_page->from(), QDate(2017, 1, 1));
        QCOMPARE(from->text(), QStringLiteral("1 Jan 2017"));
        to->selectAll();
        QTest::keyClicks(to, QStringLiteral("31 Jan")); // the year of the day shown, 2017
        QTest::keyClick(to, Qt::Key_Return);
        QCOMPARE(m_page->to(), QDate(2017, 1, 31));
        // Not a day: the field goes back to the last one.
        to->selectAll();
        QTest::keyClicks(to, QStringLiteral("someday"));
        QTest::keyClick(to, Qt::Key_Return);
        QCOMPARE(m_page->to(), QDate(2017, 1, 31));
        QCOMPARE(to->text(), QStringLiteral("31 Jan 2017"));
    }

    void followsTheFirstImport()
    {
        // A new workspace shows the last 28 days; the first import (last winter's exports)
        // brings the page to its days.
        TestWorkspace ws;
        SettingsRepository(ws.db()).setValue(SettingsRepository::DemoToday, QStringLiteral("2026-12-02"));
        QUndoStack undo;
        MeasurePage page;
        page.setWorkspace(&ws.workspace(), &undo);
        QVERIFY(!page.to().isValid()); // a page not shown reads the workspace once shown
        page.show();
        QCOMPARE(page.to(), QDate(2026, 12, 2));
        page.hide();
        const ImportReport report = Importer(ws.workspace().database()).importFile(sample(QStringLiteral("x/account_overview_analytics.csv")));
        QVERIFY2(!report.failed(), qPrintable(report.error));
        ws.workspace().notifyChanged();
        // A page not shown waits for its showing to reload.
        QCOMPARE(page.to(), QDate(2026, 12, 2));
        page.show();
        QCOMPARE(page.from(), QDate(2026, 2, 1));
        QCOMPARE(page.to(), QDate(2026, 2, 28));
    }

    void opensOnTheLatestDataAndCopiesIt()
    {
        // A workspace whose only export (X, February 2026) ends long before its today.
        TestWorkspace ws;
        SettingsRepository(ws.db()).setValue(SettingsRepository::DemoToday, QStringLiteral("2027-06-01"));
        const QString file = sample(QStringLiteral("x/account_overview_analytics.csv"));
        const ImportReport report = Importer(ws.workspace().database()).importFile(file);
        QVERIFY2(!report.failed(), qPrintable(report.error));
        QUndoStack undo;
        MeasurePage page;
        page.resize(1280, 800);
        page.setWorkspace(&ws.workspace(), &undo);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.from(), QDate(2026, 2, 1));
        QCOMPARE(page.to(), QDate(2026, 2, 28));
        auto *preset = page.findChild<QComboBox *>(QStringLiteral("rangePreset"));
        QVERIFY(preset->currentText().startsWith(QLatin1String("Latest 28 days of data")));
        QVERIFY(preset->findText(QStringLiteral("All data (1 Feb – 28 Feb 2026)")) >= 0);
        // No campaigns: the list says where they come from, and it is not a choice.
        const int hint = preset->findText(QStringLiteral("No campaigns yet"), Qt::MatchStartsWith);
        QVERIFY(hint >= 0);
        QVERIFY(!qobject_cast<QStandardItemModel *>(preset->model())->item(hint)->isEnabled());

        // Copy Data: a header with the series' names, then one row per day, as the export has it.
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList header = QString::fromUtf8(csv.readLine()).trimmed().split(QLatin1Char(','));
        const int follows = int(header.indexOf(QStringLiteral("New follows")));
        QVERIFY(follows > 0);
        QMap<QDate, QString> expected;
        static const QRegularExpression row(QStringLiteral("^\"([^\"]+)\",(.*)$"));
        while (!csv.atEnd()) {
            const auto m = row.match(QString::fromUtf8(csv.readLine()).trimmed());
            if (!m.hasMatch())
                continue;
            const QDate day = QLocale(QLocale::English).toDate(m.captured(1), QStringLiteral("ddd, MMM d, yyyy"));
            QVERIFY(day.isValid());
            expected.insert(day, m.captured(2).split(QLatin1Char(',')).at(follows - 1));
        }
        QCOMPARE(expected.size(), 28);
        ChartPanel *followers = nullptr;
        for (ChartPanel *panel : page.chartPanels())
            followers = panel->name() == QLatin1String("followers") ? panel : followers;
        followers->copyData();
        const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("Day\tX"));
        QCOMPARE(lines.size(), 1 + 28);
        int i = 1;
        for (auto it = expected.cbegin(); it != expected.cend(); ++it, ++i)
            QCOMPARE(lines.at(i), it.key().toString(Qt::ISODate) + QLatin1Char('\t') + it.value());
        // The CSV file says the same with commas.
        const QString written = ChartData::toCsv(followers->dataTable());
        QVERIFY(written.startsWith(QStringLiteral("Day,X\r\n2026-02-01,")));
        QCOMPARE(written.count(QStringLiteral("\r\n")), 29);
        // Other charts (bars) have no day-by-day data to copy.
        for (ChartPanel *panel : page.chartPanels()) {
            if (panel->name() == QLatin1String("web-exit-rate"))
                QVERIFY(panel->dataTable().isEmpty());
        }
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

    void presentingTheOverviewStartsWithTheFigures()
    {
        // The campaign against the period before it, as the talk showed it.
        m_page->setComparison(MeasurePage::Comparison::PreviousPeriod);
        m_page->setRange(QDate(2016, 11, 14), QDate(2017, 1, 12));
        m_page->setTab(MeasurePage::Tab::Overview);
        m_page->presentAction()->trigger();
        QPointer<PresentationWindow> window = m_page->presentation();
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QCOMPARE(window->current(), 0);
        auto *slide = qobject_cast<FiguresSlide *>(window->currentSlide());
        QVERIFY(slide);
        QVERIFY(!window->currentChart());
        // The period and the one it is compared with, by name.
        QVERIFY2(slide->period().contains(QStringLiteral("14 Nov 2016 – 12 Jan 2017")), qPrintable(slide->period()));
        QVERIFY2(slide->period().contains(QStringLiteral("15 Sep – 13 Nov 2016")), qPrintable(slide->period()));
        // Every channel, then the website; Instagram's followers as on its tile: 272/day against 232/day.
        QCOMPARE(slide->rowCount(), 6);
        QCOMPARE(slide->rowName(2), QStringLiteral("Instagram"));
        QCOMPARE(slide->rowName(5), QStringLiteral("Website"));
        QCOMPARE(slide->cardText(2, 3), QStringLiteral("272/day\n▲ +17 %\nvs 232/day"));
        const QColor better = KpiTile::verdictColor(MetricDefinitions::Verdict::Better);
        const QColor worse = KpiTile::verdictColor(MetricDefinitions::Verdict::Worse);
        const auto isColour = [](const QColor &shown, const QColor &hue) { return shown == hue || shown == hue.lighter(150); };
        QVERIFY(isColour(slide->changeColor(2, 3), better));
        // Each card says what the Overview's tile says.
        const QStringList keys = {QStringLiteral("posts"), QStringLiteral("interactions"), QStringLiteral("engagement_rate"),
                                  QStringLiteral("followers_per_day"), QStringLiteral("mentions"), QStringLiteral("sessions")};
        const QStringList channels = {QStringLiteral("x"), QStringLiteral("facebook"), QStringLiteral("instagram"), QStringLiteral("linkedin"),
                                      QStringLiteral("youtube")};
        for (int row = 0; row < channels.size(); ++row) {
            for (int column = 0; column < keys.size(); ++column) {
                KpiTile *tile = m_page->tile(channels.at(row), keys.at(column));
                QVERIFY2(slide->cardText(row, column).startsWith(tile->valueText()), qPrintable(slide->cardText(row, column)));
                if (!tile->figure().previous.isEmpty())
                    QVERIFY(slide->cardText(row, column).endsWith(QStringLiteral("vs ") + tile->figure().previous));
            }
        }
        // Colours by each metric's good direction: fewer bounces is better, more exits worse.
        const auto bounce = *m_page->stats().web.site.bounceRate, bounceBefore = *m_page->previousStats().web.site.bounceRate;
        const auto exits = *m_page->stats().web.site.exitRate, exitsBefore = *m_page->previousStats().web.site.exitRate;
        QVERIFY(bounce < bounceBefore * 0.995 && exits > exitsBefore * 1.005);
        QVERIFY(slide->cardText(5, 3).startsWith(QStringLiteral("Bounce rate\n")));
        QVERIFY(isColour(slide->changeColor(5, 3), better));
        QVERIFY(slide->cardText(5, 4).startsWith(QStringLiteral("Exit rate\n")));
        QVERIFY(isColour(slide->changeColor(5, 4), worse));

        // Then the Overview's own chart, and only it: the other views present theirs from
        // their own tab (two slides, not the twelve of every view).
        QCOMPARE(window->charts(), QStringList{QStringLiteral("followers")});
        QCOMPARE(window->count(), 2);
        QTest::keyClick(window, Qt::Key_Right);
        QCOMPARE(window->current(), 1);
        QVERIFY(window->currentChart());
        QCOMPARE(ChartFactory::titleOf(window->currentChart()), QStringLiteral("Followers gained per day"));
        // Its type is sized for the room it has.
        const QSize styled = ChartStyle::styledSize(window->currentChart());
        QVERIFY(styled.isValid());
        QCOMPARE(window->currentChart()->titleFont().pixelSize(), ChartStyle::pixelSize(ChartStyle::Role::Title, styled));
        QTest::keyClick(window, Qt::Key_Space); // stays on the last
        QCOMPARE(window->current(), 1);
        QTest::keyClick(window, Qt::Key_PageUp);
        QCOMPARE(window->current(), 0);
        QTest::keyClick(window, Qt::Key_PageDown);
        QCOMPARE(window->current(), 1);
        QTest::keyClick(window, Qt::Key_Up);
        QCOMPARE(window->current(), 0);
        // F5 leaves, as Escape does; F5 on the page presents again and toggles it off.
        QTest::keyClick(window, Qt::Key_F5);
        QTRY_VERIFY(window.isNull());
        m_page->presentAction()->trigger();
        window = m_page->presentation();
        QVERIFY(window);
        m_page->presentAction()->trigger();
        QTRY_VERIFY(window.isNull());

        // Another view presents its own charts, without the figures.
        m_page->setTab(MeasurePage::Tab::Mentions);
        m_page->presentAction()->trigger();
        window = m_page->presentation();
        QVERIFY(window);
        QVERIFY(window->currentChart());
        QVERIFY(!window->charts().contains(QStringLiteral("followers")));
        QVERIFY(window->charts().contains(QStringLiteral("mentions-share")));
        QCOMPARE(window->count(), window->charts().size());
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(window.isNull());
        m_page->setTab(MeasurePage::Tab::Overview);
    }

    void slideTypeGrowsWithTheOutput()
    {
        // At 1600×900: 32 px titles, 18-20 px labels; in proportion at other sizes, never
        // below the on-screen type (11 pt = 14.7 px for titles, 8.5 pt = 11.3 px for labels).
        using Role = ChartStyle::Role;
        QCOMPARE(ChartStyle::pixelSize(Role::Title, QSize(1600, 900)), 32);
        QCOMPARE(ChartStyle::pixelSize(Role::AxisLabels, QSize(1600, 900)), 18);
        QCOMPARE(ChartStyle::pixelSize(Role::Legend, QSize(1600, 900)), 20);
        QCOMPARE(ChartStyle::pixelSize(Role::Title, QSize(3840, 2160)), 77);   // 32 × 2.4 = 76.8
        QCOMPARE(ChartStyle::pixelSize(Role::Title, QSize(1200, 1200)), 24);   // 32 × 0.75
        QCOMPARE(ChartStyle::pixelSize(Role::Title, QSize(640, 360)), 15);     // 12.8 < 14.7: the screen's
        QCOMPARE(ChartStyle::pixelSize(Role::AxisLabels, QSize(640, 360)), 12); // 7.2 < 11.3
    }

    void mentionsByChannelWithoutMentionsIsMarkedEmpty()
    {
        // The demo's listening exports cover the campaign, not 2026: the ring of mentions by
        // channel has nothing to show, so the panel says so and a presentation leaves it out
        // (it was an empty slide titled "Mentions by channel (0 in all)").
        const ChartFactory factory(m_ws->db(), QTimeZone("Europe/Zurich"));
        ChartRequest request;
        request.name = QStringLiteral("mentions-share");
        request.from = QDate(2026, 1, 1);
        request.to = QDate(2026, 1, 31);
        std::unique_ptr<QChart> none(factory.create(request));
        QVERIFY(none);
        QVERIFY(none->title().contains(QStringLiteral("(0 in all)")));
        QVERIFY(none->property("noData").toBool());
        request.from = QDate(2016, 11, 14);
        request.to = QDate(2017, 1, 12);
        std::unique_ptr<QChart> some(factory.create(request));
        QVERIFY(some);
        QVERIFY(!some->property("noData").toBool());
    }

    void markerLabelsDoNotRunIntoEachOtherOnASlide_data()
    {
        QTest::addColumn<bool>("crowded");
        // The demo's four markers over 16 months: the campaign's start and end are 59 days
        // apart, close enough at 18 px type for their labels to touch.
        QTest::newRow("demo") << false;
        // Seven markers on consecutive days: more than the rows hold.
        QTest::newRow("crowded") << true;
    }

    void markerLabelsDoNotRunIntoEachOtherOnASlide()
    {
        QFETCH(bool, crowded);
        TestWorkspace crowd;
        ChartRequest request;
        request.name = QStringLiteral("followers");
        request.from = QDate(2015, 11, 1);
        request.to = QDate(2017, 2, 28);
        QStringList expected = {QStringLiteral("Press release: new results at ICHEP"), QStringLiteral("#WhatsUpLHC starts"),
                                QStringLiteral("Press release: antimatter spectrum"), QStringLiteral("#WhatsUpLHC ends")};
        if (crowded) {
            expected.clear();
            EventMarkerRepository markers(crowd.db());
            for (int i = 0; i < 7; ++i) {
                expected.append(QStringLiteral("Open Days 2026, day %1 of the visits").arg(i + 1));
                markers.insert({0, QDate(2026, 5, 4).addDays(i), expected.constLast(), QStringLiteral("note")});
            }
            request.from = QDate(2026, 4, 1);
            request.to = QDate(2026, 6, 30);
        }
        std::unique_ptr<QChart> chart(ChartFactory(crowded ? crowd.db() : m_ws->db(), QTimeZone("Europe/Zurich")).create(request));
        QVERIFY(chart);
        // The labels as the exporter draws them at 1600×900.
        QVector<MarkerLabel> during;
        QRectF plot;
        const auto connection = connect(chart.get(), &QChart::plotAreaChanged, this, [&] {
            if (ChartStyle::styledSize(chart.get()) == QSize(1600, 900)) {
                during = markerLabels(chart.get());
                plot = chart->plotArea();
            }
        });
        QString error;
        QVERIFY2(ChartExporter::save(chart.get(), m_ws->dir() + QStringLiteral("/markers.png"), QSize(1600, 900), &error), qPrintable(error));
        disconnect(connection);
        QVERIFY(plot.width() > 1000);
        QStringList shown;
        for (const MarkerLabel &label : std::as_const(during))
            shown.append(label.text);
        if (crowded) {
            // The first four whole, on their rows; the others shortened to the room left, or left out.
            QVERIFY2(shown.size() >= 4, qPrintable(shown.join(QLatin1Char('|'))));
            for (int i = 0; i < 4; ++i)
                QCOMPARE(shown.at(i), expected.at(i));
            for (int i = 4; i < shown.size(); ++i)
                QVERIFY2(shown.at(i).endsWith(QChar(0x2026)) || expected.contains(shown.at(i)), qPrintable(shown.at(i)));
        } else {
            QCOMPARE(shown, expected); // every text whole
        }
        for (int i = 0; i < during.size(); ++i) {
            const QRectF box = during.at(i).box;
            QVERIFY2(box.left() >= plot.left() - 0.5 && box.right() <= plot.right() + 0.5, qPrintable(during.at(i).text));
            for (int j = i + 1; j < during.size(); ++j)
                QVERIFY2(!box.intersects(during.at(j).box),
                         qPrintable(QStringLiteral("“%1” runs into “%2”").arg(during.at(i).text, during.at(j).text)));
        }
    }

    void exportsUseSlideType_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("followers") << "followers";
        QTest::newRow("web-exit-rate") << "web-exit-rate"; // value labels on bars
    }

    void exportsUseSlideType()
    {
        QFETCH(QString, name);
        ChartRequest request;
        request.name = name;
        request.from = QDate(2016, 11, 14);
        request.to = QDate(2017, 1, 12);
        std::unique_ptr<QChart> chart(ChartFactory(m_ws->db(), QTimeZone("Europe/Zurich")).create(request));
        QVERIFY(chart);
        const qreal screenTitle = chart->titleFont().pointSizeF();
        // The fonts the chart has while the exporter lays it out at 1600×900.
        TypeSizes during;
        // (the last layout at that size; the chart is laid out again on its way back).
        const auto connection = connect(chart.get(), &QChart::plotAreaChanged, this, [&] {
            if (ChartStyle::styledSize(chart.get()) == QSize(1600, 900))
                during = typeSizes(chart.get());
        });
        QString error;
        QVERIFY2(ChartExporter::save(chart.get(), m_ws->dir() + QStringLiteral("/slide.png"), QSize(1600, 900), &error), qPrintable(error));
        disconnect(connection);
        QVERIFY2(during.title >= 28, qPrintable(QString::number(during.title)));
        QVERIFY(during.titleHtml.contains(QLatin1String("font-size:20px"))); // the range and source under it
        QVERIFY(during.legend >= 18 || !chart->legend()->isVisible());
        QVERIFY2(during.smallestAxis >= 18, qPrintable(QString::number(during.smallestAxis)));
        if (name == QLatin1String("web-exit-rate"))
            QVERIFY2(during.smallestValueLabel >= 18 && during.smallestValueLabel < 1000, qPrintable(QString::number(during.smallestValueLabel)));
        // Back to the on-screen type afterwards.
        QCOMPARE(chart->titleFont().pixelSize(), -1);
        QCOMPARE(chart->titleFont().pointSizeF(), screenTitle);
        QVERIFY(!ChartStyle::styledSize(chart.get()).isValid());
        QVERIFY(chart->title().contains(QLatin1String("font-size:9pt")));
    }

    void exportDialogNamesTheChart()
    {
        m_page->setRange(QDate(2016, 11, 14), QDate(2017, 1, 12));
        m_page->setTab(MeasurePage::Tab::Overview);
        ChartPanel *followers = m_page->findChild<ChartPanel *>(QStringLiteral("chart-followers"));
        QVERIFY(followers);
        const QRectF geometry = followers->view()->chart()->geometry();
        ChartExportDialog dialog(followers->view()->chart());
        QCOMPARE(dialog.chartTitle(), QStringLiteral("Followers gained per day"));
        QVERIFY(dialog.findChildren<QLabel *>().size() >= 2);
        bool saysRange = false;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            saysRange = saysRange || label->text().contains(QStringLiteral("14 Nov 2016 – 12 Jan 2017"));
        QVERIFY(saysRange);
        // A thumbnail in the shape of the file: 16:9 at 1600×900, square at 1200×1200.
        QPixmap thumbnail = dialog.thumbnail();
        QVERIFY(!thumbnail.isNull());
        QCOMPARE(thumbnail.deviceIndependentSize().toSize(), QSize(400, 225));
        const QImage image = thumbnail.toImage();
        QSet<QRgb> colours;
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, image.height() / 2));
        QVERIFY(colours.size() > 3); // something drawn
        auto *size = dialog.findChildren<QComboBox *>().at(1);
        size->setCurrentText(QStringLiteral("1200x1200"));
        QCOMPARE(dialog.exportSize(), QSize(1200, 1200));
        QCOMPARE(dialog.thumbnail().deviceIndependentSize().toSize(), QSize(240, 240));
        size->setCurrentText(QStringLiteral("big"));
        QVERIFY(!dialog.exportSize().isValid());
        bool chooseEnabled = true;
        for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
            if (button->text() == QStringLiteral("&Choose File…"))
                chooseEnabled = button->isEnabled();
        }
        QVERIFY(!chooseEnabled);
        // The chart on the page keeps its on-screen type and place.
        QCOMPARE(followers->view()->chart()->titleFont().pixelSize(), -1);
        QCOMPARE(followers->view()->chart()->geometry(), geometry);
    }

    void exportChartListsThePageCharts()
    {
        QAction *action = m_page->exportChartAction();
        m_page->setTab(MeasurePage::Tab::Timing);
        QVERIFY(!action->isEnabled()); // the Timing tab has no chart
        m_page->setTab(MeasurePage::Tab::Mentions);
        QVERIFY(action->isEnabled());
        QCOMPARE(m_page->shownCharts().size(), 4);
        QStringList listed;
        QString exported;
        whenModal<QInputDialog>([&](QInputDialog *chooser) {
            listed = chooser->comboBoxItems();
            // Down then Enter: the second chart.
            whenModal<ChartExportDialog>([&](ChartExportDialog *dialog) {
                exported = dialog->chartTitle();
                dialog->reject();
            });
            chooser->setTextValue(listed.value(1));
            chooser->accept();
        });
        action->trigger();
        QTRY_VERIFY(!exported.isEmpty());
        QCOMPARE(listed.size(), 4);
        QVERIFY2(listed.contains(QStringLiteral("Mentions per day")), qPrintable(listed.join(QLatin1Char('|'))));
        QCOMPARE(exported, listed.at(1));
        // Hidden (another page of the window), the page offers no chart.
        m_page->hide();
        QVERIFY(!action->isEnabled());
        m_page->show();
        QVERIFY(action->isEnabled());
        m_page->setTab(MeasurePage::Tab::Overview);
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

    void timingRanksTheHoursOfTheChannel()
    {
        m_page->setRange(QDate(2016, 1, 1), QDate(2016, 12, 31));
        m_page->setTab(MeasurePage::Tab::Timing);
        auto *view = m_page->findChild<TimingView *>();
        QVERIFY(view);
        QTRY_VERIFY(view->isVisible());
        TimingModel *model = view->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The posts the grid counts, straight from the tables: feed posts of 2016 in Zurich
        // with impressions (or views) above 0 and interaction figures.
        const auto counted = [&](const QString &platform) {
            return scalar(m_ws->db(), QStringLiteral("SELECT COUNT(*) FROM platform_posts p JOIN channels c ON c.id = p.channel_id "
                                                     "JOIN post_snapshots s ON s.platform_post_id = p.id AND s.is_current = 1 "
                                                     "WHERE c.platform = '%1' AND p.is_story = 0 AND p.published_at >= '2015-12-31T23:00:00Z' "
                                                     "AND p.published_at < '2016-12-31T23:00:00Z' AND COALESCE(s.impressions, s.views) > 0 "
                                                     "AND (s.likes IS NOT NULL OR s.comments IS NOT NULL OR s.shares IS NOT NULL)")
                                          .arg(platform))
                .toInt();
        };
        const auto inGrid = [&] {
            int posts = 0;
            for (int r = 0; r < model->rowCount(); ++r)
                for (int c = 0; c < model->columnCount(); ++c)
                    posts += model->index(r, c).data(TimingModel::PostsRole).toInt();
            return posts;
        };
        // It opens on the channel with the most such posts.
        int most = 0;
        QString busiest;
        for (const char *p : {"x", "facebook", "instagram", "linkedin", "youtube"}) {
            if (counted(QLatin1String(p)) > most)
                most = counted(QLatin1String(p)), busiest = QLatin1String(p);
        }
        QVERIFY(most > 0);
        QCOMPARE(view->channelBox()->currentData().toString(), busiest);
        QCOMPARE(inGrid(), most);
        QVERIFY2(view->summary().startsWith(QLatin1String("Best hours on ")), qPrintable(view->summary()));
        // The best hour named first is the grid's rank 1.
        const QVector<TimingCell> best = model->best(1);
        QCOMPARE(best.size(), 1);
        const QModelIndex top = [&] {
            for (int r = 0; r < 7; ++r)
                if (model->weekdayOfRow(r) == best.first().weekday)
                    return model->index(r, best.first().hour);
            return QModelIndex();
        }();
        QCOMPARE(top.data(TimingModel::RankRole).toInt(), 1);

        // Another channel: its own posts.
        const int instagram = view->channelBox()->findData(QStringLiteral("instagram"));
        view->channelBox()->setCurrentIndex(instagram == view->channelBox()->currentIndex() ? view->channelBox()->findData(QStringLiteral("x")) : instagram);
        QCOMPARE(inGrid(), counted(view->channelBox()->currentData().toString()));
        QCOMPARE(model->platform(), Platforms::fromKey(view->channelBox()->currentData().toString()).value());

        // A range without posts says what to do.
        m_page->setRange(QDate(2010, 1, 1), QDate(2010, 1, 31));
        QCOMPARE(inGrid(), 0);
        QVERIFY2(view->summary().startsWith(QLatin1String("No published post")), qPrintable(view->summary()));
        m_page->setTab(MeasurePage::Tab::Overview);
    }

    // A read that fails (here a table another program renamed) says so in the page's message
    // bar, from a chart as from the page's own figures; nothing is thrown, and the page reads
    // again once the table is back.
    void aFailedReadIsAMessage()
    {
        QSignalSpy messages(m_page.get(), &MeasurePage::message);
        const auto rename = [this](const QString &from, const QString &to) {
            QSqlQuery query(m_ws->db());
            return query.exec(QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(from, to));
        };
        const auto failed = [&messages] {
            return messages.size() == 1 && messages.first().at(0).toInt() == 2
                && messages.first().at(1).toString().startsWith(QLatin1String("The figures could not be read: "));
        };
        m_page->setTab(MeasurePage::Tab::Overview);
        // The followers chart reads the event markers of its range.
        QVERIFY(rename(QStringLiteral("event_markers"), QStringLiteral("event_markers_gone")));
        m_page->setRange(QDate(2016, 12, 1), QDate(2016, 12, 31));
        QVERIFY2(failed(), qPrintable(messages.isEmpty() ? QString() : messages.last().at(1).toString()));
        QVERIFY(rename(QStringLiteral("event_markers_gone"), QStringLiteral("event_markers")));
        // The page's figures read the posts' snapshots.
        messages.clear();
        QVERIFY(rename(QStringLiteral("post_snapshots"), QStringLiteral("post_snapshots_gone")));
        m_page->setRange(QDate(2016, 11, 1), QDate(2016, 11, 30));
        QVERIFY2(failed(), qPrintable(messages.isEmpty() ? QString() : messages.last().at(1).toString()));
        QVERIFY(rename(QStringLiteral("post_snapshots_gone"), QStringLiteral("post_snapshots")));
        messages.clear();
        m_page->setRange(QDate(2016, 12, 22), QDate(2017, 1, 18));
        QCOMPARE(messages.size(), 0);
        QCOMPARE(m_page->stats().from, QDate(2016, 12, 22));
        QVERIFY(m_page->stats().channels.value(Platform::X).posts > 0);
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
