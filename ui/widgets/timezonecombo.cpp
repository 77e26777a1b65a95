// SPDX-License-Identifier: GPL-3.0-or-later
#include "timezonecombo.h"

#include <QCompleter>
#include <QDateTime>
#include <QKeyEvent>
#include <QLineEdit>

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
    // Return in the zone field picks the zone typed (or completed); it never reaches the
    // dialog's default button.
    lineEdit()->installEventFilter(this);
}

bool TimeZoneCombo::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == lineEdit() && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            commitTypedZone();
            return true;
        }
    }
    return QComboBox::eventFilter(watched, event);
}

void TimeZoneCombo::commitTypedZone()
{
    const int index = findText(currentText().trimmed(), Qt::MatchFixedString);
    if (index >= 0) {
        setCurrentIndex(index);
        setEditText(itemText(index));
    }
}

QTimeZone TimeZoneCombo::zone() const
{
    // "europe/zurich" is Europe/Zurich; a name that is no zone is UTC.
    const int index = findText(currentText().trimmed(), Qt::MatchFixedString);
    const QTimeZone zone(index >= 0 ? itemData(index).toByteArray() : currentText().trimmed().toUtf8());
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
