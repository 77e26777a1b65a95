// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentationwindow.h"

#include <ui/application.h>
#include <ui/charts/chartstyle.h>

#include <QChart>
#include <QChartView>
#include <QKeyEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Beamline {

PresentationWindow::PresentationWindow(ChartFactory factory, ChartRequest request, QStringList charts, QWidget *first,
                                       QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_slides(new QStackedWidget(this))
    , m_footer(new QLabel(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("presentationWindow"));
    setWindowTitle(tr("Beamline Presentation"));
    request.presentation = true;
    request.dark = Application::isDark();
    if (first) {
        m_slides->addWidget(first);
        m_hasFirst = true;
    }
    // Every chart now, so that a chart without figures in the range is left out rather
    // than shown empty; each slide keeps its own view.
    for (const QString &name : std::as_const(charts)) {
        request.name = name;
        QChart *chart = factory.create(request);
        if (!chart)
            continue;
        if (chart->property("noData").toBool()) {
            delete chart;
            continue;
        }
        auto *view = new QChartView(chart, m_slides);
        view->setRenderHint(QPainter::Antialiasing);
        view->setFocusPolicy(Qt::NoFocus);
        view->setFrameShape(QFrame::NoFrame);
        view->setAccessibleName(ChartFactory::displayName(name));
        m_slides->addWidget(view);
        m_charts.append(name);
    }
    m_slides->setFocusPolicy(Qt::NoFocus);
    m_footer->setObjectName(QStringLiteral("footer"));
    m_footer->setAlignment(Qt::AlignCenter);
    m_footer->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 8);
    layout->addWidget(m_slides, 1);
    layout->addWidget(m_footer);
    setFocusPolicy(Qt::StrongFocus);
    showSlide(0);
}

int PresentationWindow::count() const
{
    return m_slides->count();
}

QWidget *PresentationWindow::currentSlide() const
{
    return m_slides->currentWidget();
}

QChart *PresentationWindow::currentChart() const
{
    auto *view = qobject_cast<QChartView *>(m_slides->currentWidget());
    return view ? view->chart() : nullptr;
}

void PresentationWindow::showSlide(int index)
{
    if (count() == 0) {
        m_footer->setText(tr("Nothing to present in this range · Esc to leave"));
        return;
    }
    index = qBound(0, index, count() - 1);
    if (index == m_current)
        return;
    m_current = index;
    m_slides->setCurrentIndex(index);
    restyleChart();
    m_footer->setText(tr("%1 / %2 · arrows to move, Esc to leave").arg(index + 1).arg(count()));
}

void PresentationWindow::restyleChart()
{
    // The chart's type for the room it has on this screen.
    if (auto *view = qobject_cast<QChartView *>(m_slides->currentWidget()); view && view->chart())
        ChartStyle::apply(view->chart(), m_slides->size());
}

void PresentationWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    restyleChart();
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_Space:
    case Qt::Key_PageDown:
        showSlide(m_current + 1);
        return;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_Backspace:
    case Qt::Key_PageUp:
        showSlide(m_current - 1);
        return;
    case Qt::Key_Home:
        showSlide(0);
        return;
    case Qt::Key_End:
        showSlide(count() - 1);
        return;
    case Qt::Key_Escape:
    case Qt::Key_Q:
    case Qt::Key_F5: // the key that started the presentation ends it
        close();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void PresentationWindow::mousePressEvent(QMouseEvent *event)
{
    showSlide(m_current + (event->button() == Qt::RightButton ? -1 : 1));
}

} // namespace Beamline
