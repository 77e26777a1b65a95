// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarview.h"

#include <core/models/planmodel.h>

#include <QLocale>
#include <QPainter>

// The month grid of the plan (declared with CalendarView in calendarview.h).

namespace Beamline {

MonthView::MonthView(QWidget *parent)
    : CalendarView(parent)
{
    setAccessibleName(tr("Month calendar"));
}

QDate MonthView::monthStart() const
{
    const QDate current = currentDate().isValid() ? currentDate() : QDate::currentDate();
    return QDate(current.year(), current.month(), 1);
}

QDate MonthView::firstDay() const
{
    const QDate first = monthStart();
    const int weekStart = QLocale().firstDayOfWeek();
    int back = first.dayOfWeek() - weekStart;
    if (back < 0)
        back += 7;
    return first.addDays(-back);
}

QDate MonthView::lastDay() const
{
    return firstDay().addDays(6 * 7 - 1);
}

QRect MonthView::dayRect(QDate day) const
{
    const int index = int(firstDay().daysTo(day));
    if (index < 0 || index >= 42)
        return {};
    const int top = headerHeight();
    const int w = width();
    const int h = height() - top;
    const int row = index / 7;
    int column = index % 7;
    if (layoutDirection() == Qt::RightToLeft)
        column = 6 - column;
    const int x0 = w * column / 7;
    const int x1 = w * (column + 1) / 7;
    const int y0 = top + h * row / 6;
    const int y1 = top + h * (row + 1) / 6;
    return QRect(x0, y0, x1 - x0, y1 - y0);
}

void MonthView::layoutTiles()
{
    const QFontMetrics fm = fontMetrics();
    const int oneLine = fm.height() + 4;
    const int twoLines = 2 * fm.height() + 4;
    const int dayLine = fm.height() + 6;
    QHash<QDate, QList<QPersistentModelIndex>> byDay;
    for (int row = 0; row < model()->rowCount(); ++row) {
        const QModelIndex index = model()->index(row, 0);
        byDay[index.data(PlanModel::DayRole).toDate()].append(index);
    }
    for (auto it = byDay.cbegin(); it != byDay.cend(); ++it) {
        const QRect cell = dayRect(it.key());
        if (cell.isNull())
            continue;
        QList<QPersistentModelIndex> items = it.value();
        const int room = cell.height() - dayLine - 2;
        // Titles get two lines when every item of the day has room for them.
        const int tileHeight = int(items.size()) * (twoLines + 2) <= room ? twoLines : oneLine;
        const int capacity = qMax(0, room / (tileHeight + 2));
        const int shown = int(items.size()) <= capacity ? int(items.size()) : qMax(0, capacity - 1);
        // Keep the selected item visible even in a crowded day.
        const int selected = int(items.indexOf(currentIndex()));
        if (shown > 0 && selected >= shown)
            items.move(selected, shown - 1);
        for (int i = 0; i < shown; ++i) {
            const QRect r(cell.left() + 3, cell.top() + dayLine + i * (tileHeight + 2), cell.width() - 6, tileHeight);
            m_tiles.append({ items.at(i), r });
        }
        if (shown < items.size()) {
            const QRect r(cell.left() + 3, cell.top() + dayLine + shown * (oneLine + 2), cell.width() - 6, oneLine);
            m_more.append({ it.key(), r, int(items.size()) - shown });
        }
    }
}

void MonthView::paintGrid(QPainter &painter)
{
    const QPalette pal = palette();
    const int top = headerHeight();
    // Weekday names.
    painter.setPen(pal.color(QPalette::PlaceholderText));
    for (int i = 0; i < 7; ++i) {
        const QDate d = firstDay().addDays(i);
        QRect r = dayRect(d);
        r.setTop(0);
        r.setHeight(top);
        painter.drawText(r.adjusted(6, 0, -6, 0), Qt::AlignLeft | Qt::AlignVCenter,
                         QLocale().standaloneDayName(d.dayOfWeek(), QLocale::ShortFormat));
    }
    const QDate month = monthStart();
    painter.setBrush(Qt::NoBrush);
    for (QDate d = firstDay(); d <= lastDay(); d = d.addDays(1)) {
        const QRect r = dayRect(d);
        if (d.month() != month.month())
            painter.fillRect(r, pal.color(QPalette::AlternateBase));
        if (d.dayOfWeek() >= 6) {
            QColor weekend = pal.color(QPalette::Mid);
            weekend.setAlphaF(0.06);
            painter.fillRect(r, weekend);
        }
        painter.setPen(pal.color(QPalette::Midlight));
        painter.drawRect(r.adjusted(0, 0, -1, -1));
        QFont f = font();
        const bool isToday = d == today();
        f.setBold(isToday);
        painter.setFont(f);
        const QString number = d.day() == 1 ? QLocale().toString(d, QStringLiteral("d MMM")) : QString::number(d.day());
        const QRect numberRect(r.left() + 6, r.top() + 2, r.width() - 12, fontMetrics().height() + 2);
        if (isToday) {
            // The badge's brush and antialiasing must not leak into the cells painted after
            // it: drawRect() fills with the current brush, and every later day would be
            // flooded with the selection colour.
            const int w = fontMetrics().horizontalAdvance(number) + 10;
            painter.save();
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(pal.color(QPalette::Highlight));
            painter.drawRoundedRect(QRect(numberRect.left() - 4, numberRect.top(), w, numberRect.height()), 4, 4);
            painter.restore();
            painter.setPen(pal.color(QPalette::HighlightedText));
        } else {
            painter.setPen(d.month() == month.month() ? pal.color(QPalette::Text) : pal.color(QPalette::PlaceholderText));
        }
        painter.drawText(numberRect, Qt::AlignLeft | Qt::AlignVCenter, number);
        if (d == currentDate() && !currentIndex().isValid()) {
            painter.setPen(QPen(pal.color(QPalette::Highlight), hasFocus() ? 2 : 1));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(r.adjusted(1, 1, -2, -2));
        }
        painter.setFont(font());
    }
}

QDateTime MonthView::dropTime(QPoint pos, const QModelIndex &dragged) const
{
    for (QDate d = firstDay(); d <= lastDay(); d = d.addDays(1)) {
        if (dayRect(d).contains(pos))
            return QDateTime(d, dragged.data(PlanModel::LocalStartRole).toDateTime().time(), zone());
    }
    return {};
}

QDateTime MonthView::timeAt(QPoint pos) const
{
    for (QDate d = firstDay(); d <= lastDay(); d = d.addDays(1)) {
        if (dayRect(d).contains(pos))
            return QDateTime(d, QTime(9, 0), zone());
    }
    return {};
}

// ---------------------------------------------------------------------------------------

} // namespace Beamline
