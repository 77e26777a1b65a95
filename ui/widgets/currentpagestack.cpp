// SPDX-License-Identifier: GPL-3.0-or-later
#include "currentpagestack.h"

namespace Beamline {

CurrentPageStack::CurrentPageStack(QWidget *parent)
    : QStackedWidget(parent)
{
    // The layouts above ask again when another page shows.
    connect(this, &QStackedWidget::currentChanged, this, [this] { updateGeometry(); });
}

QSize CurrentPageStack::sizeHint() const
{
    return currentWidget() ? currentWidget()->sizeHint() : QStackedWidget::sizeHint();
}

QSize CurrentPageStack::minimumSizeHint() const
{
    return currentWidget() ? currentWidget()->minimumSizeHint().expandedTo(currentWidget()->minimumSize())
                           : QStackedWidget::minimumSizeHint();
}

} // namespace Beamline
