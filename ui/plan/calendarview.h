// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QTimeZone>
#include <QVector>
#include <QWidget>

class QAbstractItemModel;

namespace Beamline {

// A calendar drawn from the plan model (PlanModel, usually through PlanFilterModel): posts
// and empty series slots as tiles. Shared by the month and week views: selection, the
// keyboard, double-click to edit or to add, drag to reschedule, and the context menu.
//
// Keyboard: Left/Right previous/next day, Up/Down previous/next item (through the tiles of
// a day, then on to the next day's), Page Up/Down previous/next month or week, Home today,
// Enter opens the selected item, else the day's first post (or open slot), else adds a post
// on the day; Alt+arrows move the selected post (a day; a week or 15 minutes), Delete asks
// to drop it, Menu key opens its context menu, Escape cancels a drag or goes back from the
// item to its day. Hovering an item shows its card (text, channels, status, figures).
class CalendarView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarView)

public:
    explicit CalendarView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model);
    QAbstractItemModel *model() const { return m_model; }
    void setTimeZone(const QTimeZone &zone);
    void setToday(QDate today);

    QDate currentDate() const { return m_current; }
    void setCurrentDate(QDate date);
    QModelIndex currentIndex() const { return m_currentIndex; }
    void setCurrentIndex(const QModelIndex &index);
    // Selects the row showing this post, if any.
    bool selectPost(qint64 postId);

    // The days shown, first to last.
    virtual QDate firstDay() const = 0;
    virtual QDate lastDay() const = 0;
    // Geometry, for tests and accessibility.
    virtual QRect dayRect(QDate day) const = 0;
    QRect itemRect(const QModelIndex &index) const;
    QModelIndex indexAt(QPoint pos) const;
    // The first post of a day, else its first open slot; invalid when the day is empty.
    QModelIndex firstItemOn(QDate day) const;

Q_SIGNALS:
    void activated(const QModelIndex &index);
    // A new post at this local time (the workspace's zone).
    void newPostRequested(const QDateTime &localStart);
    // A post dragged (or moved with Alt+arrows) to a new local time.
    void postMoveRequested(qint64 postId, const QDateTime &localStart);
    // An empty series slot dragged to a new local time.
    void slotMoveRequested(const QModelIndex &index, const QDateTime &localStart);
    void dropRequested(const QModelIndex &index);
    void contextMenuRequested(const QModelIndex &index, const QPoint &globalPos);
    void currentDateChanged(QDate date);
    // Page Up/Down: -1 or +1 month (or week).
    void pageRequested(int delta);
    // "+3 more" clicked: show that day in more detail.
    void dayOpened(QDate day);

protected:
    struct Tile {
        QPersistentModelIndex index;
        QRect rect;
    };
    struct MoreLink {
        QDate day;
        QRect rect;
        int hidden = 0;
    };

    // Lays out m_tiles (and m_more) for the current size and model.
    virtual void layoutTiles() = 0;
    virtual void paintGrid(QPainter &painter) = 0;
    // Where a tile dropped at `pos` would start (local, in the zone); invalid when nowhere.
    virtual QDateTime dropTime(QPoint pos, const QModelIndex &dragged) const = 0;
    // Alt+Up/Down: the step to move a post, in minutes (7 days in a month).
    virtual int verticalMoveMinutes() const = 0;
    // Where a double-click on an empty spot would add a post.
    virtual QDateTime timeAt(QPoint pos) const = 0;

    void invalidateLayout();
    void ensureLayout() const;
    void paintTile(QPainter &painter, const Tile &tile, bool compact) const;
    QColor tileColor(const QModelIndex &index) const;
    QTimeZone zone() const { return m_zone; }
    QDate today() const { return m_today; }
    int headerHeight() const;

    QVector<Tile> m_tiles;
    QVector<MoreLink> m_more;

    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void moveSelection(int delta);
    void restoreSelection();
    void moveSelectedPost(int minutes);
    void cancelDrag();
    QDate dayAt(QPoint pos) const;

    QPointer<QAbstractItemModel> m_model;
    QTimeZone m_zone = QTimeZone::utc();
    QDate m_today;
    QDate m_current;
    QPersistentModelIndex m_currentIndex;
    bool m_layoutDirty = true;
    qint64 m_restorePost = 0;
    qint64 m_restoreSeries = 0;
    QDateTime m_restoreOccurrence;

    // Dragging
    QPersistentModelIndex m_pressIndex;
    QPoint m_pressPos;
    bool m_dragging = false;
    QPoint m_dragPos;
    QDateTime m_dragTarget;
};

class MonthView final : public CalendarView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonthView)

public:
    explicit MonthView(QWidget *parent = nullptr);

    QDate firstDay() const override;
    QDate lastDay() const override;
    QRect dayRect(QDate day) const override;
    QSize sizeHint() const override { return {760, 560}; }
    QSize minimumSizeHint() const override { return {420, 320}; }

protected:
    void layoutTiles() override;
    void paintGrid(QPainter &painter) override;
    QDateTime dropTime(QPoint pos, const QModelIndex &dragged) const override;
    int verticalMoveMinutes() const override { return 7 * 24 * 60; }
    QDateTime timeAt(QPoint pos) const override;

private:
    QDate monthStart() const;
};

class WeekView final : public CalendarView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WeekView)

public:
    explicit WeekView(QWidget *parent = nullptr);

    QDate firstDay() const override;
    QDate lastDay() const override;
    QRect dayRect(QDate day) const override;
    QSize sizeHint() const override { return {760, 560}; }
    QSize minimumSizeHint() const override { return {420, 320}; }

    // The hours drawn: 06:00 to 22:00, widened to take in the week's earliest and latest items.
    static constexpr int DefaultFirstHour = 6;
    static constexpr int DefaultLastHour = 22;
    int firstHour() const { ensureLayout(); return m_firstHour; }
    int lastHour() const { ensureLayout(); return m_lastHour; }

    // The y coordinate of a local time of day, and back (snapped to 15 minutes).
    int yOfTime(QTime time) const;
    QTime timeOfY(int y) const;

protected:
    void layoutTiles() override;
    void paintGrid(QPainter &painter) override;
    QDateTime dropTime(QPoint pos, const QModelIndex &dragged) const override;
    int verticalMoveMinutes() const override { return 15; }
    QDateTime timeAt(QPoint pos) const override;

private:
    int m_firstHour = DefaultFirstHour;
    int m_lastHour = DefaultLastHour;
    int gutterWidth() const;
    QRect bodyRect() const;
};

} // namespace Beamline
