// SPDX-License-Identifier: GPL-3.0-or-later
#include "timezonecombo.h"

#include <QCompleter>
#include <QDateTime>

namespace Beamline {

TimeZoneCombo::TimeZoneCombo(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    const QList<QByteArray> ids = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &id : ids) {
        if (!id.contains('/') && id != "UTC")
            continue;
        addItem(QString::fromUtf8(id), id);
    }
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    setToolTip(tr("Time zone (IANA name, for example Europe/Zurich)"));
}

QTimeZone TimeZoneCombo::zone() const
{
    const QTimeZone zone(currentText().trimmed().toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

void TimeZoneCombo::setZone(const QTimeZone &zone)
{
    const int index = findData(zone.id());
    if (index >= 0)
        setCurrentIndex(index);
    else
        setEditText(QString::fromUtf8(zone.id()));
}

} // namespace Beamline
