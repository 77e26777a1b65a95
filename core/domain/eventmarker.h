// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace Beamline {

// Dated notes drawn on the time axes of charts (campaign start, press release...).
struct EventMarker {
    qint64 id = 0;
    QDate day;
    QString label;
    QString kind = QStringLiteral("note"); // note, campaign, press, launch

    bool operator==(const EventMarker &) const = default;
};

} // namespace Beamline
