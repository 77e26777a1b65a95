// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/plan/planreview.h>

#include <QHash>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace Beamline {

// Draws the pillar mix: one bar per pillar, its share of the coming weeks, and a tick at
// its target; pillars off target say so in words too.
class PillarMixWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PillarMixWidget)

public:
    explicit PillarMixWidget(QWidget *parent = nullptr);
    void setMix(const QVector<PillarMix> &mix);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int rowHeight() const;
    QVector<PillarMix> m_mix;
};

// "Needs attention": the next series slots with no post, missed slots, posts not ready
// close to their time, and the pillar mix of the coming weeks. Activating an entry asks
// the page to show it (and fill or edit it).
class AttentionPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttentionPanel)

public:
    explicit AttentionPanel(QWidget *parent = nullptr);

    void setReview(const PlanReview &review, const QTimeZone &zone);
    void clear();

    QListWidget *openSlots() const { return m_open; }
    QListWidget *missed() const { return m_missed; }
    QListWidget *notReady() const { return m_notReady; }
    // What shows instead of a list with nothing in it, in full (wrapped, never elided).
    QLabel *emptyNote(const QListWidget *list) const { return m_emptyNotes.value(list); }

Q_SIGNALS:
    // An empty slot: its series, its original occurrence (wall clock) and its start. `open`
    // is false for a click (show it) and true for activation (fill or edit it).
    void slotActivated(qint64 seriesId, const QDateTime &occurrence, const QDateTime &startUtc, bool open);
    void postActivated(qint64 postId, const QDateTime &startUtc, bool open);

private:
    QListWidget *makeList(const QString &objectName);
    void fill(QListWidget *list, QLabel *header, const QString &title, const QVector<PlanItem> &items, const QTimeZone &zone,
              const QString &emptyText);
    void activate(QListWidgetItem *item, bool open);

    QLabel *m_openHeader;
    QListWidget *m_open;
    QLabel *m_missedHeader;
    QListWidget *m_missed;
    QLabel *m_notReadyHeader;
    QListWidget *m_notReady;
    QLabel *m_mixHeader;
    PillarMixWidget *m_mix;
    QHash<const QListWidget *, QLabel *> m_emptyNotes;
};

} // namespace Beamline
