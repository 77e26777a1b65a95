// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarview.h"

#include <core/models/planmodel.h>

#include <QLocale>
#include <QPainter>

// The week of the plan, hour by hour (declared with CalendarView in calendarview.h).

namespace Beamline {

WeekView::WeekView(QWidget *parent)
    : CalendarView(parent)
{
    setAccessibleName(tr("Week calendar"));
}

QDate WeekView::firstDay() const
{
    const QDate current = currentDate().isValid() ? currentDate() : QDate::currentDate();
    int back = current.dayOfWeek() - QLocale().firstDayOfWeek();
    if (back < 0)
        back += 7;
    return current.addDays(-back);
}

QDate WeekView::lastDay() const
{
    return firstDay().addDays(6);
}

int WeekView::gutterWidth() const
{
    return fontMetrics().horizontalAdvance(QStringLiteral("00:00")) + 14;
}

QRect WeekView::bodyRect() const
{
    return QRect(gutterWidth(), headerHeight(), width() - gutterWidth(), height() - headerHeight());
}

QRect WeekView::dayRect(QDate day) const
{
    const int index = int(firstDay().daysTo(day));
    if (index < 0 || index >= 7)
        return {};
    const QRect body = bodyRect();
    const int column = layoutDirection() == Qt::RightToLeft ? 6 - index : index;
    const int x0 = body.left() + body.width() * column / 7;
    const int x1 = body.left() + body.width() * (column + 1) / 7;
    return QRect(x0, body.top(), x1 - x0, body.height());
}

int WeekView::yOfTime(QTime time) const
{
    const QRect body = bodyRect();
    const int span = (m_lastHour - m_firstHour) * 60;
    const int minutes = qBound(0, time.hour() * 60 + time.minute() - m_firstHour * 60, span);
    return body.top() + body.height() * minutes / span;
}

QTime WeekView::timeOfY(int y) const
{
    const QRect body = bodyRect();
    const int span = (m_lastHour - m_firstHour) * 60;
    int minutes = m_firstHour * 60 + (y - body.top()) * span / qMax(1, body.height());
    minutes = qBound(0, (minutes + 7) / 15 * 15, 24 * 60 - 15);
    return QTime(minutes / 60, minutes % 60);
}

void WeekView::layoutTiles()
{
    QHash<QDate, QList<QPersistentModelIndex>> byDay;
    m_firstHour = DefaultFirstHour;
    m_lastHour = DefaultLastHour;
    for (int row = 0; row < model()->rowCount(); ++row) {
        const QModelIndex index = model()->index(row, 0);
        const QDate day = index.data(PlanModel::DayRole).toDate();
        byDay[day].append(index);
        if (!dayRect(day).isNull()) {
            // An item at 05:30 or 23:00 widens the hours drawn rather than sit at an edge.
            const QTime time = index.data(PlanModel::LocalStartRole).toDateTime().time();
            m_firstHour = qMin(m_firstHour, time.hour());
            m_lastHour = qMax(m_lastHour, qMin(24, time.hour() + 1));
        }
    }
    const QFontMetrics fm = fontMetrics();
    const QRect body = bodyRect();
    const int halfHour = body.height() / ((m_lastHour - m_firstHour) * 2);
    // The time and two lines of title at least; a tile grows (up to five lines of title)
    // into the free time below it.
    const int tileHeight = qMax(fm.height() * 3 + 6, halfHour);
    const int tallest = fm.height() * 6 + 6;
    for (auto it = byDay.cbegin(); it != byDay.cend(); ++it) {
        const QRect column = dayRect(it.key());
        if (column.isNull())
            continue;
        // Lanes for items that overlap on screen.
        QVector<int> laneEnds;
        QVector<QPair<QPersistentModelIndex, QPair<int, int>>> placed; // index, (lane, y)
        for (const QPersistentModelIndex &index : it.value()) {
            int y = yOfTime(index.data(PlanModel::LocalStartRole).toDateTime().time());
            y = qMin(y, body.bottom() - tileHeight);
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.at(lane) > y)
                ++lane;
            if (lane == laneEnds.size())
                laneEnds.append(0);
            laneEnds[lane] = y + tileHeight;
            placed.append({ index, { lane, y } });
        }
        const int lanes = qMax(1, int(laneEnds.size()));
        const int laneWidth = (column.width() - 4) / lanes;
        for (int i = 0; i < placed.size(); ++i) {
            const auto &[index, laneY] = placed.at(i);
            int bottom = qMin(body.bottom(), laneY.second + tallest);
            for (int j = 0; j < placed.size(); ++j) {
                if (j != i && placed.at(j).second.second > laneY.second)
                    bottom = qMin(bottom, placed.at(j).second.second - 2); // the next item in any lane
            }
            const int height = qMax(tileHeight, bottom - laneY.second);
            const QRect r(column.left() + 2 + laneY.first * laneWidth, laneY.second, laneWidth - 2, height);
            m_tiles.append({ index, r });
        }
    }
}

void WeekView::paintGrid(QPainter &painter)
{
    const QPalette pal = palette();
    const QRect body = bodyRect();
    const int top = headerHeight();
    // Hour lines and labels.
    for (int hour = m_firstHour; hour <= m_lastHour; ++hour) {
        const int y = hour == 24 ? body.bottom() : yOfTime(QTime(hour, 0));
        painter.setPen(pal.color(QPalette::Midlight));
        painter.drawLine(body.left(), y, body.right(), y);
        if (hour < m_lastHour) {
            painter.setPen(pal.color(QPalette::PlaceholderText));
            painter.drawText(QRect(0, y - fontMetrics().height() / 2, gutterWidth() - 6, fontMetrics().height()),
                             Qt::AlignRight | Qt::AlignVCenter, QTime(hour, 0).toString(QStringLiteral("HH:mm")));
        }
    }
    for (QDate d = firstDay(); d <= lastDay(); d = d.addDays(1)) {
        const QRect column = dayRect(d);
        if (d.dayOfWeek() >= 6) {
            QColor weekend = pal.color(QPalette::Mid);
            weekend.setAlphaF(0.06);
            painter.fillRect(column, weekend);
        }
        painter.setPen(pal.color(QPalette::Midlight));
        painter.drawLine(column.topLeft(), column.bottomLeft());
        const QRect header(column.left(), 0, column.width(), top);
        QFont f = font();
        f.setBold(d == today());
        painter.setFont(f);
        painter.setPen(d == today() ? pal.color(QPalette::Highlight) : pal.color(QPalette::Text));
        painter.drawText(header.adjusted(6, 0, -4, 0), Qt::AlignLeft | Qt::AlignVCenter,
                         QLocale().toString(d, QStringLiteral("ddd d")));
        painter.setFont(font());
        if (d == currentDate() && !currentIndex().isValid()) {
            painter.setPen(QPen(pal.color(QPalette::Highlight), hasFocus() ? 2 : 1));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(column.adjusted(1, 1, -2, -2));
        }
    }
    // Now: a line across today.
    if (today() >= firstDay() && today() <= lastDay()) {
        const QTime now = QDateTime::currentDateTime().toTimeZone(zone()).time();
        const QRect column = dayRect(today());
        const int y = yOfTime(now);
        painter.setPen(QPen(QColor(0xD5, 0x5E, 0x00), 2));
        painter.drawLine(column.left(), y, column.right(), y);
    }
}

QDateTime WeekView::dropTime(QPoint pos, const QModelIndex &dragged) const
{
    Q_UNUSED(dragged)
    for (QDate d = firstDay(); d <= lastDay(); d = d.addDays(1)) {
        const QRect column = dayRect(d);
        if (pos.x() >= column.left() && pos.x() <= column.right() && pos.y() >= bodyRect().top() - 2)
            return QDateTime(d, timeOfY(pos.y()), zone());
    }
    return {};
}

QDateTime WeekView::timeAt(QPoint pos) const
{
    return dropTime(pos, {});
}

} // namespace Beamline
