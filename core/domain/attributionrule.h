// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform.h"

#include <QString>

namespace Beamline {

// One line of the editable table that attributes web traffic to a social channel.
struct AttributionRule {
    qint64 id = 0;
    int position = 0;
    QString pattern; // "instagram.com" (a source), or "instagram / *" (source / medium, * any)
    Platform platform = Platform::Other;

    bool operator==(const AttributionRule &) const = default;
};

} // namespace Beamline
