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
        painter.drawText(QRect(rect.left(), rect.top() + i * fm.height(), rect.width(), fm.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, lines.at(i));
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
            m_restoreOccurrence
                = m_currentIndex.isValid() ? m_currentIndex.data(PlanModel::OccurrenceRole).toDateTime() : QDateTime();
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
            || (m_restorePost == 0 && m_restoreSeries > 0 && post == 0
                && index.data(PlanModel::SeriesIdRole).toLongLong() == m_restoreSeries
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
    const QRectF dotRect(r.right() - dot - 4, r.top() + (qMin(r.height(), qreal(fontMetrics().height() + 4)) - dot) / 2, dot,
                         dot);
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
    painter.setPen(slot || status == QLatin1String("dropped") ? palette().color(QPalette::PlaceholderText)
                                                              : palette().color(QPalette::Text));
    if (status == QLatin1String("missed"))
        painter.setPen(statusColor(status));
    const QDateTime local = index.data(PlanModel::LocalStartRole).toDateTime();
    const QString title = slot ? index.data(PlanModel::SeriesIdRole).toLongLong()
            ? index.siblingAtColumn(PlanModel::SeriesColumn).data().toString()
            : QString()
                               : index.siblingAtColumn(PlanModel::Title).data().toString();
    // An item kept in another zone than the workspace's shows its own time as well.
    const QDateTime own = index.data(PlanModel::ZoneStartRole).toDateTime();
    const QString ownTime
        = own.isValid() ? tr("%1 in %2").arg(timeText(own), zoneCity(index.data(PlanModel::ZoneRole).toString())) : QString();
    const QRect textRect = tile.rect.adjusted(slot ? 5 : 7, 2, -(dot + 8), -2);
    const QFontMetrics fm(font);
    const int lines = qMax(1, textRect.height() / fm.height());
    if (compact || lines < 2) {
        // Month tiles: the time, then the title, wrapped on as many lines as the tile has.
        QString text = slot
            ? (status == QLatin1String("missed") ? tr("%1 missed:").arg(timeText(local)) : tr("%1 open:").arg(timeText(local)))
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
        Tile tile { m_pressIndex, ghost };
        painter.setOpacity(0.85);
        paintTile(painter, tile, compact);
        painter.setOpacity(1.0);
        const QString label = QLocale().toString(m_dragTarget, QStringLiteral("ddd d MMM HH:mm"));
        const QRect labelRect = fontMetrics()
                                    .boundingRect(label)
                                    .adjusted(-4, -2, 4, 2)
                                    .translated(ghost.bottomLeft() + QPoint(4, fontMetrics().ascent() + 4));
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
    const QDateTime target = minutes % (24 * 60) == 0 ? QDateTime(local.date().addDays(minutes / (24 * 60)), local.time(), m_zone)
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
    if (event->reason() == QContextMenuEvent::Mouse) {
        if (const QModelIndex index = indexAt(event->pos()); index.isValid())
            Q_EMIT contextMenuRequested(index, event->globalPos());
        return;
    }
    // The Menu key (or Shift+F10): the menu opens on the selected tile, not where Qt puts a
    // keyboard menu (the middle of the widget or the mouse pointer).
    if (m_currentIndex.isValid())
        Q_EMIT contextMenuRequested(m_currentIndex, mapToGlobal(itemRect(m_currentIndex).center()));
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

} // namespace Beamline
