// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>

class QWidget;

namespace Beamline {

// Gives a window the size it asks for, but no larger than the room its screen has (less
// the window's frame and title bar), so that a dialog's buttons stay on a 1024×700 screen;
// its layout then shrinks what may shrink (text boxes, previews).
void resizeToFitScreen(QWidget *window, QSize wanted);

} // namespace Beamline
