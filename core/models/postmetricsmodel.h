// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/analytics/analyticsrepository.h>

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTimeZone>

namespace Beamline {

// The published posts of a range with their newest metrics: the table beside the
// per-post chart. Stories are left out (they have views, not interactions).
class PostMetricsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostMetricsModel)

public:
    enum Column { Published, Channel, Text, SeriesColumn, PillarColumn, Impressions, Likes, Comments, Shares, Interactions, EngagementRate, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, PlatformPostIdRole, PlatformRole, SeriesIdRole, PillarIdRole, CampaignIdRole };

    explicit PostMetricsModel(QObject *parent = nullptr);

    void setPosts(const QVector<PostMetrics> &posts, const QTimeZone &zone, const QHash<qint64, QString> &seriesNames,
                  const QHash<qint64, QString> &pillarNames);
    const PostMetrics &post(int row) const { return m_posts.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<PostMetrics> m_posts;
    QTimeZone m_zone = QTimeZone::utc();
    QHash<qint64, QString> m_series;
    QHash<qint64, QString> m_pillars;
};

// Narrows the table to some channels, a series, a pillar and a campaign (0: any); sorts
// by the raw numbers.
class PostMetricsFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostMetricsFilterModel)

public:
    explicit PostMetricsFilterModel(QObject *parent = nullptr);

    void setPlatforms(const QSet<Platform> &platforms);
    void setSeries(qint64 id);
    void setPillar(qint64 id);
    void setCampaign(qint64 id);
    QSet<Platform> platforms() const { return m_platforms; }
    qint64 series() const { return m_series; }
    qint64 pillar() const { return m_pillar; }
    qint64 campaign() const { return m_campaign; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QSet<Platform> m_platforms;
    qint64 m_series = 0;
    qint64 m_pillar = 0;
    qint64 m_campaign = 0;
};

} // namespace Beamline
