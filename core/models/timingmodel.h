// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/analytics/besttimes.h>

#include <QAbstractTableModel>
#include <QHash>

namespace Beamline {

// One channel's "best time to post" grid: a row per weekday (from the locale's first day of
// the week), a column per hour of the workspace's zone. A cell shows the median engagement
// rate of the posts published then; cells with too few posts keep their figure but are not
// ranked, and a view greys them (EnoughRole). Shade is the cell's place among the ranked ones.
class TimingModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimingModel)

public:
    enum Role {
        PostsRole = Qt::UserRole + 1, // int: posts in the cell (0 for none)
        MedianRole,                   // double, or invalid without posts
        EnoughRole,                   // bool: enough posts to be ranked
        ShadeRole,                    // double 0…1 among the ranked cells (1 = best), or invalid
        RankRole,                     // int: 1 = best, or invalid
    };

    explicit TimingModel(QObject *parent = nullptr);

    // The cells of every channel; the model shows the platform's.
    void setCells(const QVector<TimingCell> &cells, Platform platform);
    Platform platform() const { return m_platform; }
    // The ranked cells of the platform, best first (at most count).
    QVector<TimingCell> best(int count) const;
    // The weekday (1 = Monday) of a row.
    int weekdayOfRow(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "0.64 %": a median engagement rate as the grid and its tooltips write it.
    static QString rateText(double rate);

private:
    const TimingCell *cell(int row, int column) const;

    Platform m_platform = Platform::Other;
    QHash<int, TimingCell> m_cells; // weekday * 24 + hour
    QHash<int, int> m_rank;         // weekday * 24 + hour → rank among the ranked cells
    int m_ranked = 0;
};

} // namespace Beamline
