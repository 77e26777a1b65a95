// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "setupmodel.h"

namespace Beamline {

// The partners of one campaign.
class PartnerModel final : public EntryModel<Partner>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnerModel)

public:
    enum Column { Name, Handle, PlatformColumn, Kind, ColumnCount };
    using EntryModel::EntryModel;

    void setCampaign(qint64 campaignId);
    qint64 campaignId() const { return m_campaign; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int addPartner(const QString &name);
    bool removePartner(int row);

    static QString kindName(Partner::Kind kind);

protected:
    int columns() const override { return ColumnCount; }
    Result<QVector<Partner>> fetch() const override
    {
        return m_campaign ? service().partnersOf(m_campaign) : Result<QVector<Partner>>(QVector<Partner>());
    }

private:
    qint64 m_campaign = 0;
};

} // namespace Beamline
