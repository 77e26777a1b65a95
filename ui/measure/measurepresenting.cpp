// SPDX-License-Identifier: GPL-3.0-or-later
// The Measure page's presentation (F5), its chart export and the views the screenshots show.
#include <core/workspace/workspace.h>
#include <ui/charts/chartfactory.h>
#include <ui/charts/chartstyle.h>
#include <ui/measure/chartexportdialog.h>
#include <ui/measure/chartpanel.h>
#include <ui/measure/presentationwindow.h>
#include <ui/pages/measurepage.h>

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QInputDialog>
#include <QStackedWidget>
#include <QTabWidget>

namespace Beamline {

void MeasurePage::present()
{
    // F5 again (or from the window while presenting) ends the presentation.
    if (m_presentation && m_presentation->isVisible()) {
        m_presentation->close();
        return;
    }
    if (!m_workspace)
        return;
    ChartRequest request;
    request.from = m_from;
    request.to = m_to;
    request.compareFrom = m_compareFrom;
    request.compareTo = m_compareTo;
    request.lastCompleteDay = m_workspace->today().addDays(-1);
    request.stats = &m_stats;
    request.previousStats = m_compareFrom.isValid() ? &m_previous : nullptr;
    request.failed = [page = QPointer<MeasurePage>(this)](const ServiceError &error) {
        if (page)
            page->readFailed(error);
    };
    const int tab = m_tabs->currentIndex();
    QWidget *first = nullptr;
    // The view being shown: its charts, after the figures on the Overview (the meeting's
    // deck) and on Instagram & Web.
    if (tab == int(Tab::Overview))
        first = new FiguresSlide(overviewHeading(), periodText(), m_figures.overviewColumns(), m_figures.overviewRows());
    else if (tab == int(Tab::InstagramWeb))
        first = new FiguresSlide(tr("Instagram and the website"), periodText(), {}, { m_figures.instagramWebRow() });
    const QStringList charts = chartsOfTab(tab);
    auto *window
        = new PresentationWindow(ChartFactory(m_workspace->connection(), m_workspace->timeZone()), request, charts, first, this);
    m_presentation = window;
    window->showFullScreen();
    window->setFocus();
}

PresentationWindow *MeasurePage::presentation() const
{
    return m_presentation;
}

QString MeasurePage::periodText() const
{
    const QString range = ChartFactory::rangeText(m_from, m_to);
    return m_compareFrom.isValid() ? tr("%1 against %2").arg(range, ChartFactory::rangeText(m_compareFrom, m_compareTo)) : range;
}

QString MeasurePage::overviewHeading() const
{
    // A campaign's figures say whose they are.
    if (m_preset->currentData().typeId() == QMetaType::QVariantList)
        return tr("%1: figures per channel").arg(m_preset->currentText());
    return tr("Figures per channel");
}

QList<ChartPanel *> MeasurePage::shownCharts() const
{
    QList<ChartPanel *> shown;
    if (!m_workspace || m_stack->currentIndex() != 1)
        return shown;
    const QStringList names = chartsOfTab(m_tabs->currentIndex());
    for (ChartPanel *panel : m_panels) {
        if (names.contains(panel->name()))
            shown.append(panel);
    }
    return shown;
}

void MeasurePage::updateExportChartAction()
{
    m_exportChartAction->setEnabled(isVisible() && !shownCharts().isEmpty());
}

void MeasurePage::exportChart()
{
    const QList<ChartPanel *> charts = shownCharts();
    if (charts.isEmpty())
        return;
    ChartPanel *chosen = charts.first();
    if (charts.size() > 1) {
        // A short list, in the order of the page; Enter exports the highlighted one.
        QStringList titles;
        for (ChartPanel *panel : charts)
            titles.append(ChartFactory::titleOf(panel->view()->chart()).isEmpty()
                              ? ChartFactory::displayName(panel->name())
                              : ChartFactory::titleOf(panel->view()->chart()));
        QInputDialog dialog(this);
        dialog.setObjectName(QStringLiteral("chooseChartDialog"));
        dialog.setWindowTitle(tr("Export Chart"));
        dialog.setLabelText(tr("&Chart to export:"));
        dialog.setComboBoxItems(titles);
        dialog.setOption(QInputDialog::UseListViewForComboBoxItems);
        dialog.setOkButtonText(tr("&Export…"));
        if (dialog.exec() != QDialog::Accepted)
            return;
        const int index = int(titles.indexOf(dialog.textValue()));
        if (index < 0)
            return;
        chosen = charts.at(index);
    }
    chosen->exportWithDialog();
}

QStringList MeasurePage::screenshotViews() const
{
    return { QStringLiteral("measure-overview"),        QStringLiteral("measure-posts"),
             QStringLiteral("measure-series"),          QStringLiteral("measure-mentions"),
             QStringLiteral("measure-instagram-web"),   QStringLiteral("measure-timing"),
             QStringLiteral("measure-present-figures"), QStringLiteral("measure-present-chart"),
             QStringLiteral("measure-export-dialog") };
}

void MeasurePage::showScreenshotView(const QString &name)
{
    // What the previous view opened closes first.
    if (m_presentation)
        m_presentation->close();
    m_presentation = nullptr;
    if (m_screenshotDialog)
        m_screenshotDialog->deleteLater();
    m_screenshotWidget = nullptr;
    if (!m_workspace || name.isEmpty())
        return;
    // The story of the demo: the #WhatsUpLHC campaign against the weeks before it.
    const int campaign = m_preset->findText(QStringLiteral("#WhatsUpLHC"), Qt::MatchContains);
    if (campaign >= 0 && m_preset->currentIndex() != campaign) {
        m_preset->setCurrentIndex(campaign);
        applyPreset(campaign);
    }
    if (name.startsWith(QLatin1String("measure-present-"))) {
        // F5 on the Overview, on a 1600×900 screen: the figures, then the first chart.
        setTab(Tab::Overview);
        present();
        m_presentation->showNormal();
        m_presentation->resize(ChartStyle::SlideSize);
        if (name == QLatin1String("measure-present-chart"))
            m_presentation->showSlide(1);
        m_screenshotWidget = m_presentation;
        return;
    }
    if (name == QLatin1String("measure-export-dialog")) {
        setTab(Tab::Overview);
        if (const QList<ChartPanel *> charts = shownCharts(); !charts.isEmpty()) {
            m_screenshotDialog = new ChartExportDialog(charts.first()->view()->chart(), this);
            m_screenshotDialog->setAttribute(Qt::WA_DeleteOnClose);
            m_screenshotDialog->show();
            m_screenshotWidget = m_screenshotDialog;
        }
        return;
    }
    const QStringList views = screenshotViews();
    setTab(Tab(views.indexOf(name)));
}

QWidget *MeasurePage::screenshotWidget() const
{
    return m_screenshotWidget;
}

} // namespace Beamline
