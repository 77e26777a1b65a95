// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>
#include <QTimeZone>

namespace Beamline {

// Picks an IANA time zone; type to search ("Zur" finds Europe/Zurich).
class TimeZoneCombo final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeZoneCombo)

public:
    explicit TimeZoneCombo(QWidget *parent = nullptr);

    QTimeZone zone() const;
    void setZone(const QTimeZone &zone);
};

} // namespace Beamline
