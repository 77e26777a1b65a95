// SPDX-License-Identifier: GPL-3.0-or-later
#include "postmetricsmodel.h"

#include <QLocale>

namespace Beamline {

PostMetricsModel::PostMetricsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PostMetricsModel::setPosts(const QVector<PostMetrics> &posts, const QTimeZone &zone, const QHash<qint64, QString> &seriesNames,
                                const QHash<qint64, QString> &pillarNames)
{
    beginResetModel();
    m_posts.clear();
    for (const PostMetrics &p : posts) {
        if (!p.story)
            m_posts.append(p);
    }
    m_zone = zone;
    m_series = seriesNames;
    m_pillars = pillarNames;
    endResetModel();
}

int PostMetricsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_posts.size());
}

int PostMetricsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PostMetricsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const PostMetrics &p = m_posts.at(index.row());
    const std::optional<double> rate = p.impressions && *p.impressions > 0 ? std::optional<double>(p.interactions() / *p.impressions) : std::nullopt;
    auto number = [](std::optional<double> v) { return v ? QVariant(QLocale().toString(*v, 'f', 0)) : QVariant(); };
    auto raw = [](std::optional<double> v) { return v ? QVariant(*v) : QVariant(-1.0); }; // no data sorts below zero
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Published: return QLocale().toString(p.published.toTimeZone(m_zone), QStringLiteral("d MMM yyyy, HH:mm"));
        case Channel: return Platforms::displayName(p.platform);
        case Text: return p.text.simplified();
        case SeriesColumn: return m_series.value(p.seriesId);
        case PillarColumn: return m_pillars.value(p.pillarId);
        case Impressions: return number(p.impressions);
        case Likes: return number(p.likes);
        case Comments: return number(p.comments);
        case Shares: return number(p.shares);
        case Interactions: return p.hasInteractions() ? number(p.interactions()) : QVariant();
        case EngagementRate: return rate ? QVariant(QLocale().toString(*rate * 100, 'f', 1) + QStringLiteral(" %")) : QVariant();
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= Impressions ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Text)
            return p.text;
        if (index.column() == SeriesColumn || index.column() == PillarColumn)
            return data(index, Qt::DisplayRole);
        return {};
    case SortRole:
        switch (index.column()) {
        case Published: return p.published;
        case Impressions: return raw(p.impressions);
        case Likes: return raw(p.likes);
        case Comments: return raw(p.comments);
        case Shares: return raw(p.shares);
        case Interactions: return p.hasInteractions() ? p.interactions() : -1.0;
        case EngagementRate: return raw(rate);
        default: return data(index, Qt::DisplayRole);
        }
    case PlatformPostIdRole: return p.platformPostId;
    case PlatformRole: return Platforms::key(p.platform);
    case SeriesIdRole: return p.seriesId;
    case PillarIdRole: return p.pillarId;
    case CampaignIdRole: return p.campaignId;
    }
    return {};
}

QVariant PostMetricsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Impressions: return tr("Times the post was shown; views where the platform counts views instead");
        case Interactions: return tr("Likes + comments + shares (retweets and reposts count as shares)");
        case EngagementRate: return tr("Interactions ÷ impressions of this post");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Published: return tr("Published");
    case Channel: return tr("Channel");
    case Text: return tr("Text");
    case SeriesColumn: return tr("Series");
    case PillarColumn: return tr("Pillar");
    case Impressions: return tr("Impressions");
    case Likes: return tr("Likes");
    case Comments: return tr("Comments");
    case Shares: return tr("Shares");
    case Interactions: return tr("Interactions");
    case EngagementRate: return tr("Engagement");
    }
    return {};
}

PostMetricsFilterModel::PostMetricsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(PostMetricsModel::SortRole);
}

void PostMetricsFilterModel::setPlatforms(const QSet<Platform> &platforms)
{
    m_platforms = platforms;
    invalidateFilter();
}

void PostMetricsFilterModel::setSeries(qint64 id)
{
    m_series = id;
    invalidateFilter();
}

void PostMetricsFilterModel::setPillar(qint64 id)
{
    m_pillar = id;
    invalidateFilter();
}

void PostMetricsFilterModel::setCampaign(qint64 id)
{
    m_campaign = id;
    invalidateFilter();
}

bool PostMetricsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_platforms.isEmpty() && !m_platforms.contains(Platforms::fromKey(index.data(PostMetricsModel::PlatformRole).toString()).value_or(Platform::Other)))
        return false;
    if (m_series && index.data(PostMetricsModel::SeriesIdRole).toLongLong() != m_series)
        return false;
    if (m_pillar && index.data(PostMetricsModel::PillarIdRole).toLongLong() != m_pillar)
        return false;
    if (m_campaign && index.data(PostMetricsModel::CampaignIdRole).toLongLong() != m_campaign)
        return false;
    return true;
}

} // namespace Beamline
