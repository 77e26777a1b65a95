// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStackedWidget>

namespace Beamline {

// A stacked widget that asks only for the room of the page it shows. QStackedWidget asks
// for the largest page's: a tall page that is not shown (Measure's charts behind its empty
// state, or behind the Plan page) would make a small screen's window taller than it needs.
class CurrentPageStack final : public QStackedWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CurrentPageStack)

public:
    explicit CurrentPageStack(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
};

} // namespace Beamline
