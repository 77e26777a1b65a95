// SPDX-License-Identifier: GPL-3.0-or-later
#include "attentionpanel.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QVBoxLayout>

namespace Beamline {

namespace {

constexpr int MaxEntries = 8;

enum EntryRole { KindRole = Qt::UserRole + 1, IdRole, OccurrenceRole, StartRole };

QString percent(double share)
{
    return QLocale().toString(share * 100, 'f', 0) + QStringLiteral(" %");
}

QLabel *sectionHeader(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

PillarMixWidget::PillarMixWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("pillarMix"));
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
}

void PillarMixWidget::setMix(const QVector<PillarMix> &mix)
{
    m_mix = mix;
    QStringList words;
    for (const PillarMix &m : mix) {
        words.append(m.targetShare ? tr("%1: %2 of the plan, target %3").arg(m.name, percent(m.share), percent(*m.targetShare))
                                   : tr("%1: %2 of the plan").arg(m.name, percent(m.share)));
    }
    setAccessibleDescription(words.join(QStringLiteral("; ")));
    setToolTip(words.join(QLatin1Char('\n')));
    updateGeometry();
    update();
}

int PillarMixWidget::rowHeight() const
{
    return fontMetrics().height() * 2 + 8;
}

QSize PillarMixWidget::sizeHint() const
{
    return {220, qMax(1, int(m_mix.size())) * rowHeight()};
}

QSize PillarMixWidget::minimumSizeHint() const
{
    return {160, qMax(1, int(m_mix.size())) * rowHeight()};
}

void PillarMixWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QFontMetrics fm = fontMetrics();
    const QColor offTarget(0xD5, 0x5E, 0x00);
    int y = 0;
    for (const PillarMix &m : std::as_const(m_mix)) {
        const QString right = m.targetShare ? tr("%1 · target %2").arg(percent(m.share), percent(*m.targetShare)) : percent(m.share);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QRect(0, y, width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(m.name, Qt::ElideRight, width() - fm.horizontalAdvance(right) - 8));
        painter.setPen(m.offTarget() ? offTarget : palette().color(QPalette::PlaceholderText));
        painter.drawText(QRect(0, y, width(), fm.height()), Qt::AlignRight | Qt::AlignVCenter, right);
        const QRect track(0, y + fm.height() + 2, width() - 1, 6);
        painter.fillRect(track, palette().color(QPalette::Midlight));
        QColor color = QColor::isValidColorName(m.color) ? QColor::fromString(m.color) : palette().color(QPalette::Mid);
        painter.fillRect(QRect(track.left(), track.top(), int(track.width() * qBound(0.0, m.share, 1.0)), track.height()), color);
        if (m.targetShare) {
            const int x = track.left() + int(track.width() * *m.targetShare);
            painter.setPen(QPen(palette().color(QPalette::Text), 2));
            painter.drawLine(x, track.top() - 3, x, track.bottom() + 3);
        }
        y += rowHeight();
    }
}

AttentionPanel::AttentionPanel(QWidget *parent)
    : QWidget(parent)
    , m_openHeader(sectionHeader(this))
    , m_open(makeList(QStringLiteral("openSlots")))
    , m_missedHeader(sectionHeader(this))
    , m_missed(makeList(QStringLiteral("missedSlots")))
    , m_notReadyHeader(sectionHeader(this))
    , m_notReady(makeList(QStringLiteral("notReady")))
    , m_mixHeader(sectionHeader(this))
    , m_mix(new PillarMixWidget(this))
{
    setObjectName(QStringLiteral("attentionPanel"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Needs attention"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.2);
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);
    for (auto [header, list] : {std::pair<QLabel *, QWidget *>{m_openHeader, m_open}, {m_missedHeader, m_missed},
                                {m_notReadyHeader, m_notReady}, {m_mixHeader, m_mix}}) {
        layout->addSpacing(6);
        layout->addWidget(header);
        header->setBuddy(list);
        layout->addWidget(list);
        if (auto *items = qobject_cast<QListWidget *>(list)) {
            auto *note = new QLabel(this);
            note->setObjectName(items->objectName() + QStringLiteral("Empty"));
            note->setWordWrap(true);
            note->setForegroundRole(QPalette::PlaceholderText);
            note->setContentsMargins(3, 0, 0, 0);
            note->hide();
            layout->addWidget(note);
            m_emptyNotes.insert(items, note);
        }
    }
    layout->addStretch();
    m_mixHeader->setText(tr("Pillar mix, next 4 weeks"));
}

QListWidget *AttentionPanel::makeList(const QString &objectName)
{
    auto *list = new QListWidget(this);
    list->setObjectName(objectName);
    list->setFrameShape(QFrame::NoFrame);
    list->setSizeAdjustPolicy(QAbstractScrollArea::AdjustIgnored);
    list->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setTextElideMode(Qt::ElideRight);
    list->setBackgroundRole(QPalette::Window);
    list->viewport()->setBackgroundRole(QPalette::Window);
    connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { activate(item, true); });
    connect(list, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) { activate(item, false); });
    return list;
}

void AttentionPanel::fill(QListWidget *list, QLabel *header, const QString &title, const QVector<PlanItem> &items,
                          const QTimeZone &zone, const QString &emptyText)
{
    list->clear();
    header->setText(items.isEmpty() ? title : tr("%1 (%2)").arg(title).arg(items.size()));
    for (int i = 0; i < items.size() && i < MaxEntries; ++i) {
        const PlanItem &item = items.at(i);
        const QDateTime local = item.startUtc.toTimeZone(zone);
        const QString when = QLocale().toString(local.date(), QStringLiteral("ddd d MMM")) + QLatin1Char(' ') + local.time().toString(QStringLiteral("HH:mm"));
        auto *entry = new QListWidgetItem(QStringLiteral("%1  %2").arg(when, item.isEmptySlot() ? item.seriesName : item.title), list);
        entry->setToolTip(item.isEmptySlot() ? tr("No post fills this slot of “%1” yet. Activate to write one.").arg(item.seriesName)
                                             : tr("“%1” is still %2. Activate to open it.").arg(item.title, PostStatuses::displayName(*item.status()).toLower()));
        entry->setData(KindRole, item.isEmptySlot() ? 0 : 1);
        entry->setData(IdRole, item.isEmptySlot() ? item.seriesId.value_or(0) : item.post->id);
        entry->setData(OccurrenceRole, item.slot ? item.slot->original : QDateTime());
        entry->setData(StartRole, item.startUtc);
    }
    if (items.size() > MaxEntries) {
        auto *more = new QListWidgetItem(tr("and %n more", nullptr, int(items.size()) - MaxEntries), list);
        more->setFlags(Qt::ItemIsEnabled);
        more->setForeground(palette().color(QPalette::PlaceholderText));
        more->setData(KindRole, -1);
    }
    // Nothing to list: a sentence in full, wrapped to the panel's width, rather than a
    // list row elided to "No slot went by empty in the last 4 wee…".
    QLabel *note = m_emptyNotes.value(list);
    note->setText(emptyText);
    note->setVisible(items.isEmpty());
    list->setVisible(!items.isEmpty());
    list->setFixedHeight(items.isEmpty() ? 0 : list->sizeHintForRow(0) * list->count() + 4);
}

void AttentionPanel::setReview(const PlanReview &review, const QTimeZone &zone)
{
    fill(m_open, m_openHeader, tr("Open slots"), review.openSlots, zone, tr("Every series slot of the next 4 weeks has a post."));
    fill(m_missed, m_missedHeader, tr("Missed"), review.missed, zone, tr("No slot went by empty in the last 4 weeks."));
    fill(m_notReady, m_notReadyHeader, tr("Not approved, due within 48 hours"), review.notReady, zone, tr("Everything due soon is approved."));
    m_mix->setMix(review.pillarMix);
    m_mixHeader->setVisible(!review.pillarMix.isEmpty());
    m_mix->setVisible(!review.pillarMix.isEmpty());
}

void AttentionPanel::clear()
{
    setReview(PlanReview(), QTimeZone::utc());
}

void AttentionPanel::activate(QListWidgetItem *item, bool open)
{
    if (!item)
        return;
    const int kind = item->data(KindRole).toInt();
    if (kind == 0)
        Q_EMIT slotActivated(item->data(IdRole).toLongLong(), item->data(OccurrenceRole).toDateTime(), item->data(StartRole).toDateTime(), open);
    else if (kind == 1)
        Q_EMIT postActivated(item->data(IdRole).toLongLong(), item->data(StartRole).toDateTime(), open);
}

} // namespace Beamline
