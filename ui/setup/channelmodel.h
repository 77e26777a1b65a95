// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "setupmodel.h"

#include <QHash>

namespace Beamline {

// The workspace's channels, with the other names imports give them.
class ChannelModel final : public EntryModel<Channel>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelModel)

public:
    enum Column { Name, PlatformColumn, Handle, Limit, Aliases, ColumnCount };
    using EntryModel::EntryModel;

    void reload() override;
    const Channel &channelAt(int row) const { return m_rows.at(row); }
    const QVector<Channel> &channels() const { return m_rows; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Undoable changes the page's buttons make. Each returns false when refused.
    bool addChannel(const Channel &channel);
    bool removeChannel(int row);
    bool moveChannel(int row, int delta);
    bool mergeChannel(int fromRow, qint64 intoId);

    // The platform's own colour, so that a channel is recognised at a glance.
    static QString defaultColor(Platform platform);

protected:
    int columns() const override { return ColumnCount; }
    bool isEditableColumn(int column) const override { return column != Aliases; }
    Result<QVector<Channel>> fetch() const override { return service().channels(); }

private:
    // The edit of one cell as a changed channel and the command's text; false when not one.
    bool edited(const QModelIndex &index, const QVariant &value, int role, Channel *after, QString *text) const;

    QHash<qint64, QStringList> m_aliases;
};

} // namespace Beamline
