// SPDX-License-Identifier: GPL-3.0-or-later
#include "timingmodel.h"

#include <QLocale>

#include <algorithm>

namespace Beamline {

namespace {
int slot(int weekday, int hour)
{
    return weekday * 24 + hour;
}
} // namespace

TimingModel::TimingModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TimingModel::setCells(const QVector<TimingCell> &cells, Platform platform)
{
    beginResetModel();
    m_platform = platform;
    m_cells.clear();
    m_rank.clear();
    QVector<TimingCell> ranked;
    for (const TimingCell &c : cells) {
        if (c.platform != platform)
            continue;
        m_cells.insert(slot(c.weekday, c.hour), c);
        if (c.enough())
            ranked.append(c);
    }
    m_ranked = int(ranked.size());
    for (const TimingCell &c : std::as_const(ranked)) {
        const std::optional<BestTimes::Rank> r = BestTimes::rank(ranked, platform, c.weekday, c.hour);
        if (r)
            m_rank.insert(slot(c.weekday, c.hour), r->rank);
    }
    endResetModel();
}

QVector<TimingCell> TimingModel::best(int count) const
{
    QVector<TimingCell> ranked;
    for (const TimingCell &c : m_cells) {
        if (c.enough())
            ranked.append(c);
    }
    std::sort(ranked.begin(), ranked.end(), [](const TimingCell &a, const TimingCell &b) {
        if (a.medianEngagementRate != b.medianEngagementRate)
            return a.medianEngagementRate > b.medianEngagementRate;
        return std::pair(a.weekday, a.hour) < std::pair(b.weekday, b.hour);
    });
    if (ranked.size() > count)
        ranked.resize(count);
    return ranked;
}

int TimingModel::weekdayOfRow(int row) const
{
    const int first = int(QLocale().firstDayOfWeek());
    return (first - 1 + row) % 7 + 1;
}

int TimingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 7;
}

int TimingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 24;
}

const TimingCell *TimingModel::cell(int row, int column) const
{
    const auto it = m_cells.constFind(slot(weekdayOfRow(row), column));
    return it == m_cells.cend() ? nullptr : &*it;
}

QString TimingModel::rateText(double rate)
{
    return QLocale().toString(rate * 100, 'f', 2) + QStringLiteral("\u202f%");
}

QVariant TimingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const TimingCell *c = cell(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        // The percentage without its sign: the grid's caption says "%".
        return c ? QLocale().toString(c->medianEngagementRate * 100, 'f', 2) : QString();
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        const QString when = tr("%1, %2:00–%3:00")
                                 .arg(QLocale().dayName(weekdayOfRow(index.row())))
                                 .arg(index.column(), 2, 10, QLatin1Char('0'))
                                 .arg((index.column() + 1) % 24, 2, 10, QLatin1Char('0'));
        if (!c)
            return tr("%1: no post").arg(when);
        QString text = tr("%1: median engagement rate %2 over %n post(s)", nullptr, c->posts).arg(when, rateText(c->medianEngagementRate));
        if (!c->enough())
            text += tr(" — too few posts to rank (fewer than %n)", nullptr, TimingCell::MinimumPosts);
        else if (const auto r = m_rank.constFind(slot(c->weekday, c->hour)); r != m_rank.cend())
            text += tr(" — rank %1 of %2").arg(*r).arg(m_ranked);
        return text;
    }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case PostsRole:
        return c ? c->posts : 0;
    case MedianRole:
        return c ? QVariant(c->medianEngagementRate) : QVariant();
    case EnoughRole:
        return c && c->enough();
    case RankRole: {
        const auto r = c ? m_rank.constFind(slot(c->weekday, c->hour)) : m_rank.cend();
        return r == m_rank.cend() ? QVariant() : QVariant(*r);
    }
    case ShadeRole: {
        const auto r = c ? m_rank.constFind(slot(c->weekday, c->hour)) : m_rank.cend();
        if (r == m_rank.cend())
            return {};
        return m_ranked <= 1 ? 1.0 : 1.0 - double(*r - 1) / double(m_ranked - 1);
    }
    default:
        return {};
    }
}

QVariant TimingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= 7)
            return {};
        const int weekday = weekdayOfRow(section);
        return role == Qt::DisplayRole ? QLocale().dayName(weekday, QLocale::ShortFormat) : QLocale().dayName(weekday);
    }
    if (section < 0 || section >= 24)
        return {};
    return role == Qt::DisplayRole ? QStringLiteral("%1").arg(section, 2, 10, QLatin1Char('0'))
                                   : tr("%1:00–%2:00").arg(section, 2, 10, QLatin1Char('0')).arg((section + 1) % 24, 2, 10, QLatin1Char('0'));
}

} // namespace Beamline
