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
    connect(lineEdit(), &QLineEdit::editingFinished, this, &TimeZoneCombo::commitTypedZone);
    connect(lineEdit(), &QLineEdit::returnPressed, this, &TimeZoneCombo::commitTypedZone); // from the completer's popup
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

int TimeZoneCombo::matchingIndex() const
{
    // "europe/zurich" is Europe/Zurich, and so is "zurich": the one zone whose name
    // contains what was typed.
    const QString typed = currentText().trimmed();
    if (typed.isEmpty())
        return -1;
    const int exact = findText(typed, Qt::MatchFixedString);
    if (exact >= 0)
        return exact;
    int found = -1;
    for (int i = 0; i < count(); ++i) {
        if (itemText(i).contains(typed, Qt::CaseInsensitive) || itemText(i).contains(QString(typed).replace(QLatin1Char(' '), QLatin1Char('_')), Qt::CaseInsensitive)) {
            if (found >= 0)
                return -1; // several: not one zone yet
            found = i;
        }
    }
    return found;
}

void TimeZoneCombo::commitTypedZone()
{
    const int index = matchingIndex();
    if (index >= 0) {
        setCurrentIndex(index);
        setEditText(itemText(index));
    }
}

QTimeZone TimeZoneCombo::zone() const
{
    // A name that is no zone is UTC.
    const int index = matchingIndex();
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
