// SPDX-License-Identifier: GPL-3.0-or-later
#include "planmodel.h"

#include <core/db/channelrepository.h>
#include <core/db/personrepository.h>
#include <core/db/pillarrepository.h>
#include <core/db/platformpostrepository.h>
#include <core/db/seriesrepository.h>

#include <QLocale>

namespace Beamline {

PlanModel::PlanModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PlanModel::setDatabase(const QSqlDatabase &db, const QTimeZone &zone)
{
    m_db = db;
    m_zone = zone;
    reload();
}

void PlanModel::setRange(QDate from, QDate to, const QDateTime &nowUtc)
{
    m_from = from;
    m_to = to;
    m_now = nowUtc;
    reload();
}

void PlanModel::reload()
{
    // Everything is read before the reset begins: a read that throws leaves the model as it was
    // (and its views in a consistent state) for the caller to report.
    QVector<PlanItem> items;
    QHash<qint64, Channel> channels;
    QHash<qint64, Pillar> pillars;
    QHash<qint64, QString> people;
    QHash<qint64, qint64> seriesOwners;
    if (m_db.isValid() && m_from.isValid() && m_to.isValid()) {
        for (const Channel &c : ChannelRepository(m_db).all())
            channels.insert(c.id, c);
        for (const Pillar &p : PillarRepository(m_db).all())
            pillars.insert(p.id, p);
        for (const Person &p : PersonRepository(m_db).all())
            people.insert(p.id, p.name);
        for (const Series &s : SeriesRepository(m_db).all()) {
            if (s.ownerId)
                seriesOwners.insert(s.id, *s.ownerId);
        }
        items = Planner(m_db, m_zone).items(m_from, m_to, m_now);
    }
    beginResetModel();
    m_items = std::move(items);
    m_channels = std::move(channels);
    m_pillars = std::move(pillars);
    m_people = std::move(people);
    m_seriesOwners = std::move(seriesOwners);
    endResetModel();
}

int PlanModel::rowOfPost(qint64 postId) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).post && m_items.at(i).post->id == postId)
            return i;
    }
    return -1;
}

int PlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int PlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PlanModel::statusKey(const PlanItem &item)
{
    if (item.isEmptySlot())
        return item.missed ? QStringLiteral("missed") : QStringLiteral("empty");
    return PostStatuses::key(item.post->status);
}

QString PlanModel::statusName(const QString &key)
{
    if (key == QLatin1String("empty"))
        return tr("Empty slot");
    if (key == QLatin1String("missed"))
        return tr("Missed slot");
    const auto status = PostStatuses::fromKey(key);
    return status ? PostStatuses::displayName(*status) : key;
}

QVariant PlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const PlanItem &item = m_items.at(index.row());
    const QDateTime local = item.startUtc.toTimeZone(m_zone);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Start: return whenText(index.row(), QStringLiteral("ddd d MMM yyyy, HH:mm"));
        case Title: return item.isEmptySlot() ? tr("Empty slot: %1").arg(item.seriesName) : item.title;
        case Status: return statusName(statusKey(item));
        case SeriesColumn: return item.seriesName;
        case Channels: {
            QStringList names;
            for (qint64 id : item.channelIds) {
                if (m_channels.contains(id))
                    names.append(Platforms::displayName(m_channels.value(id).platform));
            }
            names.removeDuplicates();
            return names.join(QStringLiteral(", "));
        }
        case PillarColumn: return item.pillarId ? m_pillars.value(*item.pillarId).name : QString();
        case Assignee: return item.post && item.post->assigneeId ? m_people.value(*item.post->assigneeId) : QString();
        }
        return {};
    case Qt::ToolTipRole:
        return card(index.row());
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1, %2, %3").arg(whenText(index.row(), QStringLiteral("dddd d MMMM yyyy, HH:mm")), data(index.siblingAtColumn(Title)).toString(),
                                                 statusName(statusKey(item)));
    case KindRole: return item.isEmptySlot() ? QStringLiteral("slot") : QStringLiteral("post");
    case StatusKeyRole: return statusKey(item);
    case StartRole: return item.startUtc;
    case LocalStartRole: return local;
    case DayRole: return local.date();
    case PostIdRole: return item.post ? item.post->id : qint64(0);
    case SeriesIdRole: return item.seriesId.value_or(0);
    case OccurrenceRole: return item.slot ? item.slot->original : QDateTime();
    case ChannelIdsRole: {
        QVariantList ids;
        for (qint64 id : item.channelIds)
            ids.append(id);
        return ids;
    }
    case PlatformsRole: {
        QStringList keys;
        for (qint64 id : item.channelIds) {
            if (m_channels.contains(id))
                keys.append(Platforms::key(m_channels.value(id).platform));
        }
        keys.removeDuplicates();
        return keys;
    }
    case PillarIdRole: return item.pillarId.value_or(0);
    case PillarColorRole: return item.pillarId ? m_pillars.value(*item.pillarId).color : QString();
    case CampaignIdRole: return item.post ? item.post->campaignId.value_or(0) : qint64(0);
    case AssigneeIdRole: return item.post ? item.post->assigneeId.value_or(0) : qint64(0);
    case MissedRole: return item.missed;
    case MovedRole: return item.slot && item.slot->moved;
    case ZoneRole: return item.zone.isValid() && item.zone != m_zone ? QString::fromUtf8(item.zone.id()) : QString();
    case ZoneStartRole: return item.zone.isValid() && item.zone != m_zone ? item.startUtc.toTimeZone(item.zone) : QDateTime();
    }
    return {};
}

QString PlanModel::whenText(int row, const QString &format) const
{
    const PlanItem &item = m_items.at(row);
    const QString here = QLocale().toString(item.startUtc.toTimeZone(m_zone), format);
    if (!item.zone.isValid() || item.zone == m_zone)
        return here;
    const QDateTime own = item.startUtc.toTimeZone(item.zone);
    return tr("%1 (%2 in %3)").arg(here, own.time().toString(QStringLiteral("HH:mm")), QString::fromUtf8(item.zone.id()));
}

QString PlanModel::card(int row) const
{
    const PlanItem &item = m_items.at(row);
    auto line = [](const QString &label, const QString &value) {
        return value.isEmpty() ? QString() : QStringLiteral("<br><b>%1</b> %2").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    const QString title = item.isEmptySlot() ? tr("Empty slot: %1").arg(item.seriesName) : item.title;
    QString html = QStringLiteral("<p style=\"white-space:pre-wrap\"><b>%1</b><br>%2 · %3").arg(
        title.toHtmlEscaped(), whenText(row, QStringLiteral("dddd d MMMM yyyy, HH:mm")).toHtmlEscaped(), statusName(statusKey(item)).toHtmlEscaped());
    if (item.slot && item.slot->moved)
        html += QStringLiteral("<br>") + tr("Moved from %1").arg(QLocale().toString(item.slot->original, QStringLiteral("ddd d MMM, HH:mm"))).toHtmlEscaped();
    QStringList channels;
    for (qint64 id : item.channelIds) {
        if (m_channels.contains(id)) {
            const Channel &c = m_channels.value(id);
            channels.append(c.handle.isEmpty() ? Platforms::displayName(c.platform)
                                               : QStringLiteral("%1 (%2)").arg(Platforms::displayName(c.platform), c.handle));
        }
    }
    html += line(tr("Channels:"), channels.isEmpty() ? tr("none chosen yet") : channels.join(QStringLiteral(", ")));
    if (item.seriesId)
        html += line(tr("Series:"), item.seriesName);
    if (item.pillarId)
        html += line(tr("Pillar:"), m_pillars.value(*item.pillarId).name);
    const std::optional<qint64> owner = item.post && item.post->assigneeId ? item.post->assigneeId
                                      : item.seriesId && m_seriesOwners.contains(*item.seriesId) ? std::optional<qint64>(m_seriesOwners.value(*item.seriesId))
                                                                                                : std::nullopt;
    html += line(tr("Owner:"), owner ? m_people.value(*owner) : tr("nobody yet"));
    html += QStringLiteral("</p>");
    if (item.post && !item.post->body.trimmed().isEmpty()) {
        QString body = item.post->body.trimmed();
        if (body.size() > 400)
            body = body.left(399) + QChar(0x2026);
        html += QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>").arg(body.toHtmlEscaped());
    }
    // Once published: the newest figures of each imported post linked to it.
    if (item.post && item.post->id && m_db.isValid()) {
        PlatformPostRepository platformPosts(m_db);
        QStringList figures;
        const QLocale locale;
        for (const PlatformPost &p : platformPosts.linkedTo(item.post->id)) {
            const auto current = platformPosts.currentSnapshot(p.id);
            if (!current)
                continue;
            const PostSnapshot &s = current->snapshot;
            QStringList parts;
            const std::optional<double> shown = s.value(PostMetric::Impressions) ? s.value(PostMetric::Impressions) : s.value(PostMetric::Views);
            if (shown)
                parts.append(tr("%1 impressions").arg(locale.toString(*shown, 'f', 0)));
            const double interactions = s.value(PostMetric::Likes).value_or(0) + s.value(PostMetric::Comments).value_or(0)
                + s.value(PostMetric::Shares).value_or(0);
            if (s.value(PostMetric::Likes) || s.value(PostMetric::Comments) || s.value(PostMetric::Shares))
                parts.append(tr("%1 interactions").arg(locale.toString(interactions, 'f', 0)));
            if (shown && *shown > 0 && (s.value(PostMetric::Likes) || s.value(PostMetric::Comments) || s.value(PostMetric::Shares)))
                parts.append(tr("engagement %1 %").arg(locale.toString(100.0 * interactions / *shown, 'f', 1)));
            const QString platform = m_channels.contains(p.channelId) ? Platforms::displayName(m_channels.value(p.channelId).platform) : QString();
            if (!parts.isEmpty())
                figures.append(QStringLiteral("<b>%1</b> %2").arg(platform.toHtmlEscaped(), parts.join(QStringLiteral(" · ")).toHtmlEscaped()));
        }
        if (!figures.isEmpty())
            html += QStringLiteral("<p>%1<br>%2</p>").arg(tr("Figures from the newest exports:").toHtmlEscaped(), figures.join(QStringLiteral("<br>")));
    }
    return html;
}

QVariant PlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Start: return tr("When");
    case Title: return tr("Title");
    case Status: return tr("Status");
    case SeriesColumn: return tr("Series");
    case Channels: return tr("Channels");
    case PillarColumn: return tr("Pillar");
    case Assignee: return tr("Assignee");
    }
    return {};
}

PlanFilterModel::PlanFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void PlanFilterModel::setFilter(Facet facet, const QSet<QString> &values)
{
    if (m_filters.value(facet) == values)
        return;
    if (values.isEmpty())
        m_filters.remove(facet);
    else
        m_filters.insert(facet, values);
    invalidateFilter();
    Q_EMIT filtersChanged();
}

void PlanFilterModel::clearFilters()
{
    if (m_filters.isEmpty())
        return;
    m_filters.clear();
    invalidateFilter();
    Q_EMIT filtersChanged();
}

int PlanFilterModel::activeFacets() const
{
    return int(m_filters.size());
}

bool PlanFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    auto id = [&](int role) { return QString::number(index.data(role).toLongLong()); };
    for (auto it = m_filters.cbegin(); it != m_filters.cend(); ++it) {
        const QSet<QString> &wanted = it.value();
        switch (it.key()) {
        case Facet::Channel: {
            bool any = false;
            for (const QVariant &c : index.data(PlanModel::ChannelIdsRole).toList())
                any = any || wanted.contains(QString::number(c.toLongLong()));
            if (!any)
                return false;
            break;
        }
        case Facet::Pillar:
            if (!wanted.contains(id(PlanModel::PillarIdRole)))
                return false;
            break;
        case Facet::Series:
            if (!wanted.contains(id(PlanModel::SeriesIdRole)))
                return false;
            break;
        case Facet::Campaign:
            if (!wanted.contains(id(PlanModel::CampaignIdRole)))
                return false;
            break;
        case Facet::Status:
            if (!wanted.contains(index.data(PlanModel::StatusKeyRole).toString()))
                return false;
            break;
        case Facet::Assignee:
            if (!wanted.contains(id(PlanModel::AssigneeIdRole)))
                return false;
            break;
        }
    }
    return true;
}

} // namespace Beamline
