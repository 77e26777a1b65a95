// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>
#include <QTimeZone>

namespace Beamline {

// Picks an IANA time zone; type to search ("Zur" finds Europe/Zurich). Return takes the
// zone typed and stays in the field (it does not accept the dialog around it).
class TimeZoneCombo final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeZoneCombo)

public:
    explicit TimeZoneCombo(QWidget *parent = nullptr);

    // The zone chosen or typed (any case); UTC when the text names no zone.
    QTimeZone zone() const;
    void setZone(const QTimeZone &zone);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void commitTypedZone();
    int matchingIndex() const;
};

} // namespace Beamline
