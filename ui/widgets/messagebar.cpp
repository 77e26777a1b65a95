// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagebar.h"

#include <ui/application.h>

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QStyle>
#include <QToolButton>

namespace Beamline {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
    , m_actions(new QHBoxLayout)
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->setSpacing(8);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_label->setOpenExternalLinks(false);
    layout->addWidget(m_label, 1);
    layout->addLayout(m_actions);
    m_close->setAutoRaise(true);
    m_close->setIcon(Application::icon(QStringLiteral("window-close")));
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close message"));
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &MessageBar::clear);
    hide();
}

void MessageBar::showMessage(Kind kind, const QString &text)
{
    clear();
    m_kind = kind;
    m_label->setText(text);
    applyStyle();
    show();
}

void MessageBar::addAction(QAction *action)
{
    auto *button = new QPushButton(action->icon(), action->text(), this);
    button->setToolTip(action->toolTip());
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    m_actions->addWidget(button);
}

void MessageBar::clear()
{
    while (QLayoutItem *item = m_actions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_label->clear();
    hide();
}

QString MessageBar::text() const
{
    return m_label->text();
}

void MessageBar::changeEvent(QEvent *event)
{
    // Setting the style sheet changes the palette too: do not react to our own change.
    if (event->type() == QEvent::PaletteChange && !m_styling)
        applyStyle();
    QFrame::changeEvent(event);
}

void MessageBar::applyStyle()
{
    const QScopedValueRollback<bool> guard(m_styling, true);
    QColor accent;
    QString iconName;
    switch (m_kind) {
    case Kind::Information:
        accent = QColor(0x3d, 0xae, 0xe9);
        iconName = QStringLiteral("dialog-information");
        break;
    case Kind::Positive:
        accent = QColor(0x27, 0xae, 0x60);
        iconName = QStringLiteral("dialog-positive");
        break;
    case Kind::Warning:
        accent = QColor(0xf6, 0x74, 0x00);
        iconName = QStringLiteral("dialog-warning");
        break;
    case Kind::Error:
        accent = QColor(0xda, 0x44, 0x53);
        iconName = QStringLiteral("dialog-error");
        break;
    }
    const QColor base = palette().color(QPalette::Window);
    const QColor background = QColor::fromRgbF(base.redF() * 0.8 + accent.redF() * 0.2, base.greenF() * 0.8 + accent.greenF() * 0.2,
                                               base.blueF() * 0.8 + accent.blueF() * 0.2);
    setStyleSheet(QStringLiteral("QFrame#messageBar { background: %1; border: 1px solid %2; border-radius: 4px; }")
                      .arg(background.name(), accent.name()));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(Application::icon(iconName).pixmap(size, size));
}

} // namespace Beamline
