// SPDX-License-Identifier: GPL-3.0-or-later
#include "adaptivetoolbutton.h"

namespace Beamline {

AdaptiveToolButton::AdaptiveToolButton(QWidget *parent)
    : QToolButton(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed); // may shrink to its minimum
}

QSize AdaptiveToolButton::minimumSizeHint() const
{
    const QSize full = QToolButton::minimumSizeHint();
    const int indicator = popupMode() == QToolButton::InstantPopup && menu() ? 12 : 0;
    return QSize(qMin(full.width(), iconSize().width() + 12 + indicator), full.height());
}

QSize AdaptiveToolButton::sizeHintAs(Qt::ToolButtonStyle style)
{
    const Qt::ToolButtonStyle current = toolButtonStyle();
    if (current == style)
        return sizeHint();
    setToolButtonStyle(style);
    const QSize hint = sizeHint();
    setToolButtonStyle(current);
    return hint;
}

} // namespace Beamline
