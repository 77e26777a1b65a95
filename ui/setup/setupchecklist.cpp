// SPDX-License-Identifier: GPL-3.0-or-later
#include "setupchecklist.h"

#include <core/services/setupservice.h>
#include <ui/application.h>

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace Beamline {

SetupChecklist::SetupChecklist(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("setupChecklist"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_text->setWordWrap(true);
    m_close->setAutoRaise(true);
    m_close->setIcon(Application::icon(QStringLiteral("window-close")));
    connect(m_close, &QToolButton::clicked, this, &SetupChecklist::dismiss);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_close, 0, Qt::AlignTop);
    auto *steps = new QGridLayout;
    steps->setHorizontalSpacing(8);
    const char *icons[] = {"applications-internet", "view-calendar-week", "document-import"};
    for (int i = 0; i < 3; ++i) {
        m_marks[i] = new QLabel(this);
        m_marks[i]->setFixedSize(20, 20);
        m_marks[i]->setAlignment(Qt::AlignCenter);
        m_labels[i] = new QLabel(this);
        m_labels[i]->setWordWrap(true);
        m_buttons[i] = new QPushButton(Application::icon(QLatin1String(icons[i])), QString(), this);
        m_buttons[i]->setObjectName(QStringLiteral("setupStep%1").arg(i + 1));
        auto *cell = new QHBoxLayout;
        cell->addWidget(m_marks[i], 0, Qt::AlignTop);
        cell->addWidget(m_labels[i], 1);
        steps->addLayout(cell, 0, i);
        steps->addWidget(m_buttons[i], 1, i, Qt::AlignLeft);
        steps->setColumnStretch(i, 1);
    }
    connect(m_buttons[0], &QPushButton::clicked, this, &SetupChecklist::addChannelsRequested);
    connect(m_buttons[1], &QPushButton::clicked, this, &SetupChecklist::createSeriesRequested);
    connect(m_buttons[2], &QPushButton::clicked, this, &SetupChecklist::importRequested);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 8, 10);
    layout->addLayout(header);
    layout->addWidget(m_text);
    layout->addLayout(steps);
    retranslate();
    hide();
}

void SetupChecklist::setWorkspace(Workspace *workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (workspace)
        connect(workspace, &Workspace::changed, this, &SetupChecklist::refresh);
    refresh();
}

bool SetupChecklist::isDone(Step step) const
{
    return m_done[int(step)];
}

QPushButton *SetupChecklist::button(Step step) const
{
    return m_buttons[int(step)];
}

void SetupChecklist::dismiss()
{
    // A failure only loses the remembering: it is hidden for this session.
    if (m_workspace && !m_workspace->isReadOnly())
        (void)SetupService(*m_workspace).hideChecklist();
    hide();
}

void SetupChecklist::setPageShowsIt(bool shows)
{
    if (m_pageShowsIt == shows)
        return;
    m_pageShowsIt = shows;
    refresh();
}

void SetupChecklist::refresh()
{
    bool show = false;
    if (m_workspace && !m_workspace->isReadOnly() && !m_workspace->isDemo()) {
        const SetupService setup(*m_workspace);
        const auto progress = setup.setupProgress();
        if (progress) {
            m_done[0] = progress->channels;
            m_done[1] = progress->series;
            m_done[2] = progress->imports;
            show = !progress->complete() && !setup.checklistHidden().valueOr(true);
        }
    }
    for (int i = 0; i < 3; ++i) {
        // A number for a step to do, a check mark for one done.
        if (m_done[i])
            m_marks[i]->setPixmap(Application::icon(QStringLiteral("checkmark")).pixmap(20, 20));
        else
            m_marks[i]->setText(QStringLiteral("<b>%1</b>").arg(QLocale().toString(i + 1)));
        m_buttons[i]->setEnabled(!m_done[i] || i == 0); // channels can always be added to
        m_labels[i]->setForegroundRole(m_done[i] ? QPalette::PlaceholderText : QPalette::WindowText);
    }
    setVisible(show && m_pageShowsIt);
}

void SetupChecklist::retranslate()
{
    m_title->setText(tr("Set up your workspace"));
    m_text->setText(tr("Three steps to plan and measure your posts. Everything can be changed later under Settings ▸ Workspace."));
    m_labels[0]->setText(tr("<b>Channels</b>: the accounts you post on, such as X, Instagram and Facebook."));
    m_labels[1]->setText(tr("<b>A series</b>: a recurring post, such as #ThrowbackThursday every Thursday at 10:00."));
    m_labels[2]->setText(tr("<b>Exports</b>: the platforms' CSV or Excel files, to measure what worked."));
    m_buttons[0]->setText(tr("Add Your Channels…"));
    m_buttons[1]->setText(tr("Create a Series…"));
    m_buttons[2]->setText(tr("Import Your Exports…"));
    m_close->setToolTip(tr("Hide this list (Settings ▸ Workspace stays)"));
    m_close->setAccessibleName(tr("Hide the setup list"));
}

void SetupChecklist::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace Beamline
