// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QToolButton>

namespace Beamline {

// A toolbar button that can do with its icon alone when the window is narrow: its minimum
// is the icon (the Plan page switches it to icon-only below the width its text needs).
class AdaptiveToolButton final : public QToolButton
{
public:
    explicit AdaptiveToolButton(QWidget *parent);

    QSize minimumSizeHint() const override;
    // The size hint in a style, without keeping it.
    QSize sizeHintAs(Qt::ToolButtonStyle style);
};

} // namespace Beamline
