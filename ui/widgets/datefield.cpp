// SPDX-License-Identifier: GPL-3.0-or-later
#include "datefield.h"

#include <core/domain/userdate.h>
#include <ui/application.h>

#include <QAction>
#include <QCalendarWidget>
#include <QEvent>
#include <QLocale>
#include <QMenu>
#include <QToolTip>
#include <QWidgetAction>

namespace Beamline {

DateField::DateField(QWidget *parent)
    : QLineEdit(parent)
{
    QAction *calendar = addAction(Application::icon(QStringLiteral("view-calendar")), QLineEdit::TrailingPosition);
    calendar->setToolTip(tr("Pick the day on a calendar"));
    connect(calendar, &QAction::triggered, this, &DateField::showCalendar);
    connect(this, &QLineEdit::editingFinished, this, &DateField::commit);
    setToolTip(tr("Type a day (1 Jan 2026, 31 Jan, 31/01/2026) or pick it on the calendar"));
}

QString DateField::textFor(QDate date) const
{
    return date.isValid() ? locale().toString(date, QStringLiteral("d MMM yyyy")) : QString();
}

void DateField::setDate(QDate date)
{
    m_date = date;
    setText(textFor(date));
}

bool DateField::commit()
{
    if (text() == textFor(m_date))
        return true;
    const QDate typed = UserDate::parse(text(), m_date, locale());
    if (!typed.isValid()) {
        const QString wrong = text();
        setText(textFor(m_date));
        QToolTip::showText(mapToGlobal(rect().bottomLeft()),
                           tr("“%1” is not a day Beamline can read; type it like %2.").arg(wrong, textFor(QDate(2026, 1, 31))), this);
        return false;
    }
    const bool changed = typed != m_date;
    setDate(typed);
    if (changed)
        Q_EMIT dateChanged(typed);
    return true;
}

void DateField::showCalendar()
{
    QMenu menu(this);
    auto *calendar = new QCalendarWidget(&menu);
    calendar->setLocale(locale());
    calendar->setGridVisible(false);
    if (m_date.isValid())
        calendar->setSelectedDate(m_date);
    auto *holder = new QWidgetAction(&menu);
    holder->setDefaultWidget(calendar);
    menu.addAction(holder);
    connect(calendar, &QCalendarWidget::activated, &menu, [this, &menu](QDate day) {
        menu.close();
        if (day != m_date) {
            setDate(day);
            Q_EMIT dateChanged(day);
        }
    });
    connect(calendar, &QCalendarWidget::clicked, &menu, [this, &menu](QDate day) {
        menu.close();
        if (day != m_date) {
            setDate(day);
            Q_EMIT dateChanged(day);
        }
    });
    calendar->setFocus();
    menu.exec(mapToGlobal(rect().bottomLeft()));
}

QSize DateField::sizeHint() const
{
    // Wide enough for the longest day of the year in the interface's language, and the icon.
    const QSize base = QLineEdit::sizeHint();
    const int text = fontMetrics().horizontalAdvance(textFor(QDate(2026, 9, 28))) + fontMetrics().averageCharWidth() * 2;
    return QSize(text + 2 * base.height(), base.height());
}

QSize DateField::minimumSizeHint() const
{
    return sizeHint();
}

void DateField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LocaleChange)
        setText(textFor(m_date));
    QLineEdit::changeEvent(event);
}

} // namespace Beamline
