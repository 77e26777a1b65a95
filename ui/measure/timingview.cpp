// SPDX-License-Identifier: GPL-3.0-or-later
#include "timingview.h"

#include <core/models/timingmodel.h>

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace Beamline {

namespace {

// Paints a cell's shade (its place among the ranked hours) rather than the selection
// colour, which would hide it; the current cell gets an outline.
class TimingDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QPalette &palette = option.palette;
        const QRect r = option.rect.adjusted(1, 1, -1, -1);
        const QVariant shade = index.data(TimingModel::ShadeRole);
        const int posts = index.data(TimingModel::PostsRole).toInt();
        QColor fill = palette.color(QPalette::Base);
        QColor text = palette.color(QPalette::Text);
        if (shade.isValid()) {
            // From a pale to a strong blue, readable in light and dark themes.
            const QColor strong(0x1d, 0x99, 0xf3);
            const double t = 0.15 + 0.85 * shade.toDouble();
            const QColor base = palette.color(QPalette::Base);
            fill = QColor::fromRgbF(float(base.redF() + (strong.redF() - base.redF()) * t), float(base.greenF() + (strong.greenF() - base.greenF()) * t),
                                    float(base.blueF() + (strong.blueF() - base.blueF()) * t));
            text = fill.lightnessF() < 0.55 ? QColor(Qt::white) : QColor(0x23, 0x26, 0x29);
        } else if (posts > 0) {
            fill = palette.color(QPalette::AlternateBase);
            text = palette.color(QPalette::PlaceholderText);
        }
        painter->save();
        painter->fillRect(r, fill);
        painter->setPen(text);
        QFont font = option.font;
        if (index.data(TimingModel::RankRole).toInt() == 1)
            font.setBold(true);
        painter->setFont(font);
        painter->drawText(r, Qt::AlignCenter, index.data(Qt::DisplayRole).toString());
        if (option.state & QStyle::State_HasFocus) {
            painter->setPen(QPen(palette.color(QPalette::Highlight), 2));
            painter->drawRect(r.adjusted(1, 1, -1, -1));
        }
        painter->restore();
    }
};

} // namespace

TimingView::TimingView(QWidget *parent)
    : QWidget(parent)
    , m_model(new TimingModel(this))
    , m_channel(new QComboBox(this))
    , m_channelLabel(new QLabel(this))
    , m_caption(new QLabel(this))
    , m_best(new QLabel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("timingView"));
    m_channel->setObjectName(QStringLiteral("timingChannel"));
    for (Platform p : Platforms::measured())
        m_channel->addItem(Platforms::displayName(p), Platforms::key(p));
    m_channelLabel->setBuddy(m_channel);
    m_table->setObjectName(QStringLiteral("timingGrid"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new TimingDelegate(m_table));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("0.00")) + 6);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setMinimumHeight(fontMetrics().height() * 12);
    m_caption->setWordWrap(true);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    m_best->setWordWrap(true);
    m_best->setObjectName(QStringLiteral("timingBest"));
    m_best->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_channelLabel);
    bar->addWidget(m_channel);
    bar->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_best);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_caption);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &TimingView::showChannel);
    retranslate();
}

void TimingView::setCells(const QVector<TimingCell> &cells, const QString &zoneName)
{
    m_cells = cells;
    m_zoneName = zoneName;
    retranslate();
    // Open on the channel with the most posts, unless one was chosen.
    if (!m_channel->property("chosen").toBool()) {
        QHash<Platform, int> posts;
        for (const TimingCell &c : cells)
            posts[c.platform] += c.posts;
        int best = -1, most = 0;
        for (int i = 0; i < m_channel->count(); ++i) {
            const int n = posts.value(Platforms::fromKey(m_channel->itemData(i).toString()).value_or(Platform::Other));
            if (n > most)
                most = n, best = i;
        }
        if (best >= 0 && best != m_channel->currentIndex()) {
            const QSignalBlocker blocker(m_channel);
            m_channel->setCurrentIndex(best);
        }
    }
    showChannel();
}

QString TimingView::summary() const
{
    return m_best->text();
}

void TimingView::showChannel()
{
    if (sender() == m_channel)
        m_channel->setProperty("chosen", true);
    const Platform platform = Platforms::fromKey(m_channel->currentData().toString()).value_or(Platform::Other);
    m_model->setCells(m_cells, platform);
    const QVector<TimingCell> best = m_model->best(3);
    if (best.isEmpty()) {
        int posts = 0;
        for (const TimingCell &c : std::as_const(m_cells))
            posts += c.platform == platform ? c.posts : 0;
        m_best->setText(posts == 0 ? tr("No published post of %1 with an engagement rate in this range: import its post export, or "
                                        "choose a longer range.").arg(Platforms::displayName(platform))
                                   : tr("No hour of %1 has %n post(s) yet in this range: choose a longer range to rank its hours.",
                                        nullptr, TimingCell::MinimumPosts).arg(Platforms::displayName(platform)));
        return;
    }
    QStringList parts;
    for (const TimingCell &c : best) {
        parts.append(tr("%1 %2:00 (%3, %n post(s))", nullptr, c.posts)
                         .arg(QLocale().dayName(c.weekday))
                         .arg(c.hour, 2, 10, QLatin1Char('0'))
                         .arg(TimingModel::rateText(c.medianEngagementRate)));
    }
    m_best->setText(tr("Best hours on %1: %2.").arg(Platforms::displayName(platform), QLocale().createSeparatedList(parts)));
}

void TimingView::retranslate()
{
    m_channelLabel->setText(tr("C&hannel:"));
    m_caption->setText(tr("Median engagement rate (%) of the posts published in each hour, times in %1. Grey: fewer than %n post(s), "
                          "not ranked. The darker the cell, the better it ranks.", nullptr, TimingCell::MinimumPosts)
                           .arg(m_zoneName.isEmpty() ? tr("the workspace's zone") : m_zoneName));
    m_table->setAccessibleName(tr("Median engagement rate by weekday and hour"));
}

void TimingView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Beamline
