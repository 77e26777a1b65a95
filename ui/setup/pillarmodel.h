// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "setupmodel.h"

namespace Beamline {

// The content pillars and the share of posts each should have.
class PillarModel final : public EntryModel<Pillar>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PillarModel)

public:
    enum Column { Name, Target, ColumnCount };
    using EntryModel::EntryModel;

    const QVector<Pillar> &pillars() const { return m_rows; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Adds a pillar with a free name; returns its row, or -1.
    int addPillar(const QString &name, std::optional<double> targetShare = std::nullopt);
    bool removePillar(int row);
    bool movePillar(int row, int delta);

protected:
    int columns() const override { return ColumnCount; }
    Result<QVector<Pillar>> fetch() const override { return service().pillars(); }
};

} // namespace Beamline
