// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "setupmodel.h"

#include <QDate>

namespace Beamline {

// The campaigns: a name, a hashtag, first and last days and a goal.
class CampaignModel final : public EntryModel<Campaign>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignModel)

public:
    enum Column { Name, Hashtag, Starts, Ends, Goal, ColumnCount };
    using EntryModel::EntryModel;

    const QVector<Campaign> &campaigns() const { return m_rows; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A new campaign of four weeks from `start`, with a free name.
    int addCampaign(const QString &name, QDate start);
    bool removeCampaign(int row);

protected:
    int columns() const override { return ColumnCount; }
    Result<QVector<Campaign>> fetch() const override { return service().campaigns(); }

private:
    // The edit of one cell as a changed campaign and the command's text; false when not one.
    bool edited(const QModelIndex &index, const QVariant &value, Campaign *after, QString *text) const;
};

} // namespace Beamline
