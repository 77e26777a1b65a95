// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentationwindow.h"

#include <ui/application.h>

#include <QChart>
#include <QChartView>
#include <QKeyEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace Beamline {

PresentationWindow::PresentationWindow(ChartFactory factory, ChartRequest request, QStringList charts, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_factory(std::move(factory))
    , m_request(std::move(request))
    , m_charts(std::move(charts))
    , m_view(new QChartView(this))
    , m_footer(new QLabel(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Beamline Presentation"));
    m_request.presentation = true;
    m_request.dark = Application::isDark();
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_footer->setAlignment(Qt::AlignCenter);
    m_footer->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 8);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_footer);
    setFocusPolicy(Qt::StrongFocus);
    showChart(0);
}

void PresentationWindow::showChart(int index)
{
    if (m_charts.isEmpty())
        return;
    index = qBound(0, index, int(m_charts.size()) - 1);
    if (index == m_current)
        return;
    m_current = index;
    m_request.name = m_charts.at(index);
    QChart *old = m_view->chart();
    m_view->setChart(m_factory.create(m_request));
    delete old;
    m_footer->setText(tr("%1 / %2 · arrows to move, Esc to leave").arg(index + 1).arg(m_charts.size()));
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Space:
    case Qt::Key_PageDown:
        showChart(m_current + 1);
        return;
    case Qt::Key_Left:
    case Qt::Key_Backspace:
    case Qt::Key_PageUp:
        showChart(m_current - 1);
        return;
    case Qt::Key_Home:
        showChart(0);
        return;
    case Qt::Key_End:
        showChart(int(m_charts.size()) - 1);
        return;
    case Qt::Key_Escape:
    case Qt::Key_Q:
        close();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void PresentationWindow::mousePressEvent(QMouseEvent *event)
{
    showChart(m_current + (event->button() == Qt::RightButton ? -1 : 1));
}

} // namespace Beamline
