// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarview.h"

#include <core/models/planmodel.h>

#include <ui/application.h>

#include <QAbstractItemModel>
#include <QApplication>
#include <QContextMenuEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QTextLayout>
#include <QToolTip>

#include <algorithm>

namespace Beamline {

namespace {

// Okabe–Ito colours: told apart with every common colour-vision deficiency.
QColor statusColor(const QString &key)
{
    if (key == QLatin1String("review"))
        return QColor(0xE6, 0x9F, 0x00);
    if (key == QLatin1String("approved"))
        return QColor(0x56, 0xB4, 0xE9);
    if (key == QLatin1String("scheduled"))
        return QColor(0x00, 0x72, 0xB2);
    if (key == QLatin1String("published"))
        return QColor(0x00, 0x9E, 0x73);
    if (key == QLatin1String("missed"))
        return QColor(0xD5, 0x5E, 0x00);
    return QColor(0x99, 0x99, 0x99); // idea, draft, dropped, empty
}

QString timeText(const QDateTime &local)
{
    return local.time().toString(QStringLiteral("HH:mm"));
}

// "Zurich" for Europe/Zurich: short enough for a tile.
QString zoneCity(const QString &zoneId)
{
    const qsizetype slash = zoneId.lastIndexOf(QLatin1Char('/'));
    QString city = slash >= 0 ? zoneId.mid(slash + 1) : zoneId;
    return city.replace(QLatin1Char('_'), QLatin1Char(' '));
}

// Draws `text` wrapped at word boundaries in `rect`, on at most `maxLines` lines; the last
// line is elided when the text does not fit.
void drawWrapped(QPainter &painter, const QRect &rect, const QString &text, const QFont &font, int maxLines)
{
    if (maxLines <= 0 || rect.width() <= 0)
        return;
    const QFontMetrics fm(font);
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QStringList lines;
    layout.beginLayout();
    while (lines.size() < maxLines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(rect.width());
        const int start = line.textStart();
        const bool last = lines.size() == maxLines - 1;
        if (last && start + line.textLength() < text.size())
            lines.append(fm.elidedText(text.mid(start).simplified(), Qt::ElideRight, rect.width()));
        else
            lines.append(text.mid(start, line.textLength()).trimmed());
    }
    layout.endLayout();
    painter.save();
    painter.setFont(font);
    painter.setClipRect(rect, Qt::IntersectClip);
    for (int i = 0; i < lines.size(); ++i)
        painter.drawText(QRect(rect.left(), rect.top() + i * fm.height(), rect.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter, lines.at(i));
    painter.restore();
}

} // namespace

CalendarView::CalendarView(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void CalendarView::setModel(QAbstractItemModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        auto relayout = [this] { invalidateLayout(); };
        // A reload (after every edit) keeps the selection on the same post or slot.
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
            m_restorePost = m_currentIndex.isValid() ? m_currentIndex.data(PlanModel::PostIdRole).toLongLong() : 0;
            m_restoreSeries = m_currentIndex.isValid() ? m_currentIndex.data(PlanModel::SeriesIdRole).toLongLong() : 0;
            m_restoreOccurrence = m_currentIndex.isValid() ? m_currentIndex.data(PlanModel::OccurrenceRole).toDateTime() : QDateTime();
        });
        connect(model, &QAbstractItemModel::modelReset, this, [this] {
            restoreSelection();
            invalidateLayout();
        });
        connect(model, &QAbstractItemModel::layoutChanged, this, relayout);
        connect(model, &QAbstractItemModel::rowsInserted, this, relayout);
        connect(model, &QAbstractItemModel::rowsRemoved, this, relayout);
        connect(model, &QAbstractItemModel::dataChanged, this, relayout);
    }
    invalidateLayout();
}

void CalendarView::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    invalidateLayout();
}

void CalendarView::setToday(QDate today)
{
    m_today = today;
    if (!m_current.isValid())
        m_current = today;
    update();
}

void CalendarView::setCurrentDate(QDate date)
{
    if (!date.isValid() || date == m_current)
        return;
    m_current = date;
    if (m_currentIndex.isValid() && m_currentIndex.data(PlanModel::DayRole).toDate() != date)
        m_currentIndex = QPersistentModelIndex();
    invalidateLayout();
    Q_EMIT currentDateChanged(date);
}

void CalendarView::setCurrentIndex(const QModelIndex &index)
{
    m_currentIndex = index;
    if (index.isValid()) {
        const QDate day = index.data(PlanModel::DayRole).toDate();
        if (day != m_current) {
            m_current = day;
            Q_EMIT currentDateChanged(day);
        }
    }
    // A crowded day brings the selected item into view.
    invalidateLayout();
}

QModelIndex CalendarView::firstItemOn(QDate day) const
{
    if (!m_model)
        return {};
    QModelIndex firstSlot;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(PlanModel::DayRole).toDate() != day)
            continue;
        if (index.data(PlanModel::KindRole).toString() == QLatin1String("post"))
            return index;
        if (!firstSlot.isValid())
            firstSlot = index;
    }
    return firstSlot;
}

bool CalendarView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        // The hover card: what the post says, where and when it goes out, who owns it and,
        // once published, its figures.
        auto *help = static_cast<QHelpEvent *>(event);
        const QModelIndex index = indexAt(help->pos());
        if (index.isValid())
            QToolTip::showText(help->globalPos(), index.data(Qt::ToolTipRole).toString(), this, itemRect(index));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

bool CalendarView::selectPost(qint64 postId)
{
    if (!m_model || postId <= 0)
        return false;
    const QModelIndexList found = m_model->match(m_model->index(0, 0), PlanModel::PostIdRole, postId, 1, Qt::MatchExactly);
    if (found.isEmpty())
        return false;
    setCurrentIndex(found.first());
    return true;
}

void CalendarView::restoreSelection()
{
    if (!m_model)
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        const qint64 post = index.data(PlanModel::PostIdRole).toLongLong();
        if ((m_restorePost > 0 && post == m_restorePost)
            || (m_restorePost == 0 && m_restoreSeries > 0 && post == 0 && index.data(PlanModel::SeriesIdRole).toLongLong() == m_restoreSeries
                && index.data(PlanModel::OccurrenceRole).toDateTime() == m_restoreOccurrence)) {
            m_currentIndex = index;
            return;
        }
    }
}

void CalendarView::invalidateLayout()
{
    m_layoutDirty = true;
    update();
}

void CalendarView::ensureLayout() const
{
    if (!m_layoutDirty)
        return;
    auto *self = const_cast<CalendarView *>(this);
    self->m_tiles.clear();
    self->m_more.clear();
    if (m_model)
        self->layoutTiles();
    self->m_layoutDirty = false;
}

QRect CalendarView::itemRect(const QModelIndex &index) const
{
    ensureLayout();
    for (const Tile &tile : m_tiles) {
        if (tile.index == index)
            return tile.rect;
    }
    return {};
}

QModelIndex CalendarView::indexAt(QPoint pos) const
{
    ensureLayout();
    for (auto it = m_tiles.crbegin(); it != m_tiles.crend(); ++it) {
        if (it->rect.contains(pos))
            return it->index;
    }
    return {};
}

QDate CalendarView::dayAt(QPoint pos) const
{
    for (QDate d = firstDay(); d.isValid() && d <= lastDay(); d = d.addDays(1)) {
        if (dayRect(d).contains(pos))
            return d;
    }
    return {};
}

int CalendarView::headerHeight() const
{
    return fontMetrics().height() + 10;
}

QColor CalendarView::tileColor(const QModelIndex &index) const
{
    const QString color = index.data(PlanModel::PillarColorRole).toString();
    return QColor::isValidColorName(color) ? QColor::fromString(color) : palette().color(QPalette::Mid);
}

void CalendarView::paintTile(QPainter &painter, const Tile &tile, bool compact) const
{
    const QModelIndex index = tile.index;
    const QString status = index.data(PlanModel::StatusKeyRole).toString();
    const bool slot = index.data(PlanModel::KindRole).toString() == QLatin1String("slot");
    const bool selected = index == m_currentIndex;
    const QRectF r = QRectF(tile.rect).adjusted(0.5, 0.5, -0.5, -0.5);
    const QColor pillar = tileColor(index);
    const bool dark = Application::isDark();

    painter.save();
    QPainterPath path;
    path.addRoundedRect(r, 3, 3);
    if (slot) {
        QColor fill = palette().color(QPalette::Base);
        painter.fillPath(path, fill);
        QPen pen(status == QLatin1String("missed") ? statusColor(status) : palette().color(QPalette::Mid), 1, Qt::DashLine);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
    } else {
        QColor fill = pillar;
        fill.setAlphaF(dark ? 0.38 : 0.20);
        painter.fillPath(path, palette().color(QPalette::Base));
        painter.fillPath(path, fill);
        painter.fillRect(QRectF(r.left(), r.top(), 3, r.height()), pillar);
    }
    if (selected) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), hasFocus() ? 2 : 1));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
    }

    // Status: a dot on the right (a ring for ideas and drafts), with the text for screen readers.
    const int dot = qMax(6, fontMetrics().height() / 3);
    const QRectF dotRect(r.right() - dot - 4, r.top() + (qMin(r.height(), qreal(fontMetrics().height() + 4)) - dot) / 2, dot, dot);
    if (!slot) {
        painter.setRenderHint(QPainter::Antialiasing);
        if (status == QLatin1String("idea") || status == QLatin1String("draft") || status == QLatin1String("dropped")) {
            painter.setPen(QPen(statusColor(status), 1.5));
            painter.setBrush(Qt::NoBrush);
        } else {
            painter.setPen(Qt::NoPen);
            painter.setBrush(statusColor(status));
        }
        painter.drawEllipse(dotRect);
    }

    QFont font = this->font();
    if (slot)
        font.setItalic(true);
    if (status == QLatin1String("dropped"))
        font.setStrikeOut(true);
    painter.setFont(font);
    painter.setPen(slot || status == QLatin1String("dropped") ? palette().color(QPalette::PlaceholderText) : palette().color(QPalette::Text));
    if (status == QLatin1String("missed"))
        painter.setPen(statusColor(status));
    const QDateTime local = index.data(PlanModel::LocalStartRole).toDateTime();
    const QString title = slot ? index.data(PlanModel::SeriesIdRole).toLongLong() ? index.siblingAtColumn(PlanModel::SeriesColumn).data().toString()
                                                                                   : QString()
                               : index.siblingAtColumn(PlanModel::Title).data().toString();
    // An item kept in another zone than the workspace's shows its own time as well.
    const QDateTime own = index.data(PlanModel::ZoneStartRole).toDateTime();
    const QString ownTime = own.isValid() ? tr("%1 in %2").arg(timeText(own), zoneCity(index.data(PlanModel::ZoneRole).toString())) : QString();
    const QRect textRect = tile.rect.adjusted(slot ? 5 : 7, 2, -(dot + 8), -2);
    const QFontMetrics fm(font);
    const int lines = qMax(1, textRect.height() / fm.height());
    if (compact || lines < 2) {
        // Month tiles: the time, then the title, wrapped on as many lines as the tile has.
        QString text = slot ? (status == QLatin1String("missed") ? tr("%1 missed:").arg(timeText(local)) : tr("%1 open:").arg(timeText(local)))
                            : timeText(local);
        text += QLatin1Char(' ') + title;
        drawWrapped(painter, textRect, text, font, lines);
    } else {
        QFont bold = font;
        bold.setBold(true);
        QString when = timeText(local);
        if (slot)
            when += QLatin1Char(' ') + (status == QLatin1String("missed") ? tr("missed") : tr("open slot"));
        if (!ownTime.isEmpty())
            when += QStringLiteral(" · ") + ownTime;
        drawWrapped(painter, textRect, when, bold, 1);
        drawWrapped(painter, textRect.adjusted(0, fm.height(), 0, 0), title, font, lines - 1);
    }
    painter.restore();
}

void CalendarView::paintEvent(QPaintEvent *)
{
    ensureLayout();
    QPainter painter(this);
    paintGrid(painter);
    const bool compact = qobject_cast<MonthView *>(this) != nullptr;
    for (const Tile &tile : std::as_const(m_tiles)) {
        if (m_dragging && tile.index == m_pressIndex)
            painter.setOpacity(0.35);
        paintTile(painter, tile, compact);
        painter.setOpacity(1.0);
    }
    painter.setPen(palette().color(QPalette::Link));
    for (const MoreLink &more : std::as_const(m_more))
        painter.drawText(more.rect.adjusted(4, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, tr("+%1 more").arg(more.hidden));

    if (m_dragging && m_dragTarget.isValid()) {
        // The ghost: where the post would land, and when.
        const QDate day = m_dragTarget.date();
        const QRect target = dayRect(day);
        QColor highlight = palette().color(QPalette::Highlight);
        highlight.setAlphaF(0.12);
        painter.fillRect(target, highlight);
        const QRect source = itemRect(m_pressIndex);
        QRect ghost(m_dragPos - (m_pressPos - source.topLeft()), source.size());
        Tile tile{m_pressIndex, ghost};
        painter.setOpacity(0.85);
        paintTile(painter, tile, compact);
        painter.setOpacity(1.0);
        const QString label = QLocale().toString(m_dragTarget, QStringLiteral("ddd d MMM HH:mm"));
        const QRect labelRect = fontMetrics().boundingRect(label).adjusted(-4, -2, 4, 2).translated(ghost.bottomLeft() + QPoint(4, fontMetrics().ascent() + 4));
        painter.fillRect(labelRect, palette().color(QPalette::ToolTipBase));
        painter.setPen(palette().color(QPalette::ToolTipText));
        painter.drawText(labelRect, Qt::AlignCenter, label);
    }
}

void CalendarView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    invalidateLayout();
}

void CalendarView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton && event->button() != Qt::RightButton)
        return QWidget::mousePressEvent(event);
    const QModelIndex index = indexAt(event->position().toPoint());
    for (const MoreLink &more : std::as_const(m_more)) {
        if (more.rect.contains(event->position().toPoint()) && event->button() == Qt::LeftButton) {
            setCurrentDate(more.day);
            Q_EMIT dayOpened(more.day);
            return;
        }
    }
    if (index.isValid()) {
        setCurrentIndex(index);
    } else {
        m_currentIndex = QPersistentModelIndex();
        setCurrentDate(dayAt(event->position().toPoint()));
        update();
    }
    if (event->button() == Qt::LeftButton) {
        m_pressIndex = index;
        m_pressPos = event->position().toPoint();
    }
}

void CalendarView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || !m_pressIndex.isValid())
        return;
    const QPoint pos = event->position().toPoint();
    if (!m_dragging && (pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    m_dragging = true;
    m_dragPos = pos;
    m_dragTarget = dropTime(pos, m_pressIndex);
    setCursor(m_dragTarget.isValid() ? Qt::ClosedHandCursor : Qt::ForbiddenCursor);
    update();
}

void CalendarView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    if (m_dragging) {
        const QPersistentModelIndex dragged = m_pressIndex;
        const QDateTime target = dropTime(event->position().toPoint(), dragged);
        cancelDrag();
        const QDateTime current = dragged.data(PlanModel::LocalStartRole).toDateTime();
        if (target.isValid() && dragged.isValid() && target != current) {
            if (dragged.data(PlanModel::KindRole).toString() == QLatin1String("post"))
                Q_EMIT postMoveRequested(dragged.data(PlanModel::PostIdRole).toLongLong(), target);
            else
                Q_EMIT slotMoveRequested(dragged, target);
        }
        return;
    }
    m_pressIndex = QPersistentModelIndex();
}

void CalendarView::cancelDrag()
{
    m_dragging = false;
    m_pressIndex = QPersistentModelIndex();
    m_dragTarget = {};
    unsetCursor();
    update();
}

void CalendarView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const QModelIndex index = indexAt(event->position().toPoint());
    if (index.isValid()) {
        Q_EMIT activated(index);
        return;
    }
    const QDateTime time = timeAt(event->position().toPoint());
    if (time.isValid())
        Q_EMIT newPostRequested(time);
}

void CalendarView::moveSelection(int delta)
{
    if (!m_model || m_model->rowCount() == 0)
        return;
    int row = m_currentIndex.isValid() ? m_currentIndex.row() + delta : -1;
    if (!m_currentIndex.isValid()) {
        // From the current day: the first item on or after it (or the last before it).
        row = delta > 0 ? m_model->rowCount() - 1 : 0;
        for (int r = 0; r < m_model->rowCount(); ++r) {
            const QDate day = m_model->index(r, 0).data(PlanModel::DayRole).toDate();
            if (delta > 0 ? day >= m_current : day > m_current) {
                row = delta > 0 ? r : r - 1;
                break;
            }
        }
    }
    if (row < 0 || row >= m_model->rowCount())
        return;
    setCurrentIndex(m_model->index(row, 0));
}

void CalendarView::moveSelectedPost(int minutes)
{
    if (!m_currentIndex.isValid())
        return;
    const QDateTime local = m_currentIndex.data(PlanModel::LocalStartRole).toDateTime();
    const QDateTime target = minutes % (24 * 60) == 0
        ? QDateTime(local.date().addDays(minutes / (24 * 60)), local.time(), m_zone)
        : local.addSecs(qint64(minutes) * 60).toTimeZone(m_zone);
    if (m_currentIndex.data(PlanModel::KindRole).toString() == QLatin1String("post"))
        Q_EMIT postMoveRequested(m_currentIndex.data(PlanModel::PostIdRole).toLongLong(), target);
    else
        Q_EMIT slotMoveRequested(m_currentIndex, target);
}

void CalendarView::keyPressEvent(QKeyEvent *event)
{
    const bool alt = event->modifiers() & Qt::AltModifier;
    switch (event->key()) {
    case Qt::Key_Escape:
        if (m_dragging) {
            cancelDrag();
            return;
        }
        if (m_currentIndex.isValid()) {
            // Back from the item to its day.
            m_currentIndex = QPersistentModelIndex();
            invalidateLayout();
            return;
        }
        break;
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int sign = (event->key() == Qt::Key_Right) != (layoutDirection() == Qt::RightToLeft) ? 1 : -1;
        if (alt) {
            moveSelectedPost(sign * 24 * 60);
        } else {
            m_currentIndex = QPersistentModelIndex();
            setCurrentDate(m_current.addDays(sign));
            update();
        }
        return;
    }
    case Qt::Key_Up:
    case Qt::Key_Down: {
        const int sign = event->key() == Qt::Key_Down ? 1 : -1;
        if (alt)
            moveSelectedPost(sign * verticalMoveMinutes());
        else
            moveSelection(sign);
        return;
    }
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        Q_EMIT pageRequested(event->key() == Qt::Key_PageDown ? 1 : -1);
        return;
    case Qt::Key_Home:
        m_currentIndex = QPersistentModelIndex();
        setCurrentDate(m_today);
        update();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_currentIndex.isValid()) {
            Q_EMIT activated(m_currentIndex);
        } else if (const QModelIndex first = firstItemOn(m_current); first.isValid()) {
            // A day with a post opens that post (or fills its open slot) rather than add another.
            setCurrentIndex(first);
            Q_EMIT activated(first);
        } else {
            Q_EMIT newPostRequested(QDateTime(m_current, QTime(9, 0), m_zone));
        }
        return;
    case Qt::Key_Delete:
        if (m_currentIndex.isValid())
            Q_EMIT dropRequested(m_currentIndex);
        return;
    case Qt::Key_Menu:
        if (m_currentIndex.isValid())
            Q_EMIT contextMenuRequested(m_currentIndex, mapToGlobal(itemRect(m_currentIndex).center()));
        return;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void CalendarView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = event->reason() == QContextMenuEvent::Mouse ? indexAt(event->pos()) : QModelIndex(m_currentIndex);
    if (index.isValid())
        Q_EMIT contextMenuRequested(index, event->globalPos());
}

void CalendarView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange || event->type() == QEvent::LocaleChange)
        invalidateLayout();
    QWidget::changeEvent(event);
}

void CalendarView::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
}

void CalendarView::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

// ---------------------------------------------------------------------------------------

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
            m_tiles.append({items.at(i), r});
        }
        if (shown < items.size()) {
            const QRect r(cell.left() + 3, cell.top() + dayLine + shown * (oneLine + 2), cell.width() - 6, oneLine);
            m_more.append({it.key(), r, int(items.size()) - shown});
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
        painter.drawText(r.adjusted(6, 0, -6, 0), Qt::AlignLeft | Qt::AlignVCenter, QLocale().standaloneDayName(d.dayOfWeek(), QLocale::ShortFormat));
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
            placed.append({index, {lane, y}});
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
            m_tiles.append({index, r});
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
