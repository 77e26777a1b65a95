// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenfit.h"

#include <QScreen>
#include <QWidget>

namespace Beamline {

void resizeToFitScreen(QWidget *window, QSize wanted)
{
    if (!window)
        return;
    QSize room = wanted;
    if (const QScreen *screen = window->screen()) {
        // A frame is only known once shown; a title bar and borders take about this much.
        const QSize frame = window->isVisible() ? window->frameGeometry().size() - window->geometry().size() : QSize(16, 48);
        room = screen->availableGeometry().size() - frame;
    }
    const QSize size = wanted.boundedTo(room).expandedTo(window->minimumSizeHint()).expandedTo(window->minimumSize());
    window->resize(size.boundedTo(window->maximumSize()));
}

} // namespace Beamline
