// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/entities.h>
#include <core/domain/imported.h>

#include <QAbstractTableModel>
#include <QHash>
#include <QSqlDatabase>
#include <QTimeZone>
#include <QVector>

namespace Beamline {

// Imported posts whose link to the plan is not confirmed yet, with the planned post
// Beamline suggests. The user confirms, changes or removes each link.
class MatchReviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatchReviewModel)

public:
    enum Column { Published, Channel, Text, PlannedPost, Method, ColumnCount };
    enum Role { PlatformPostIdRole = Qt::UserRole + 1, PostIdRole, SortRole /* the publication time, else the text */ };

    explicit MatchReviewModel(QObject *parent = nullptr);

    // includeUnlinked: also the imported posts Beamline found no planned post for.
    void reload(const QSqlDatabase &db, bool includeUnlinked = false);
    const PlatformPost &post(int row) const { return m_posts.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString methodName(const QString &method);

private:
    QVector<PlatformPost> m_posts;
    QHash<qint64, QString> m_postTitles;
    QHash<qint64, QString> m_channelNames;
    QTimeZone m_zone = QTimeZone::systemTimeZone(); // the workspace's, for publication times
};

} // namespace Beamline
