// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/entities.h>
#include <core/plan/planner.h>

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSqlDatabase>
#include <QTimeZone>
#include <QVector>

namespace Beamline {

// The plan of a range of days as a table: one row per post or empty series slot, in time
// order. The calendar views draw it; the list view shows its columns.
class PlanModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanModel)

public:
    enum Column { Start, Title, Status, SeriesColumn, Channels, PillarColumn, Assignee, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, // "post" or "slot"
        StatusKeyRole,               // a status key, or "empty" / "missed"
        StartRole,                   // QDateTime, UTC
        LocalStartRole,              // QDateTime in the workspace's zone
        DayRole,                     // QDate in the workspace's zone
        PostIdRole,                  // qint64, 0 for slots
        SeriesIdRole,                // qint64, 0 when none
        OccurrenceRole,              // QDateTime wall clock (neutral carrier), for slots and series posts
        ChannelIdsRole,              // QVariantList of qint64
        PlatformsRole,               // QStringList of platform keys
        PillarIdRole,                // qint64, 0 when none
        PillarColorRole,             // QString #rrggbb, may be empty
        CampaignIdRole,              // qint64, 0 when none
        AssigneeIdRole,              // qint64, 0 when none
        MissedRole,                  // bool
        MovedRole,                   // bool: a slot moved away from its rule's time
        ZoneRole,                    // QString: the item's own zone (its series'), empty when it is the workspace's
        ZoneStartRole,               // QDateTime in the item's own zone; invalid when it is the workspace's
    };

    explicit PlanModel(QObject *parent = nullptr);

    void setDatabase(const QSqlDatabase &db, const QTimeZone &zone);
    // The local days [from, to] and the time that decides what is missed.
    void setRange(QDate from, QDate to, const QDateTime &nowUtc);
    void reload();

    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    QTimeZone zone() const { return m_zone; }
    const PlanItem &item(int row) const { return m_items.at(row); }
    // Row of a post, -1 when it is not in the range.
    int rowOfPost(qint64 postId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusKey(const PlanItem &item);
    static QString statusName(const QString &key);
    // "Thu 19 Jan 2017, 09:00", with the item's own time when its zone differs:
    // "Thu 19 Jan 2017, 09:00 (10:00 in Europe/Zurich)".
    QString whenText(int row, const QString &format) const;
    // The hover card of a calendar item (rich text): title, when, status, channels, series,
    // owner, the text, and the figures of its imported posts once published. Reads the
    // database for the figures.
    QString card(int row) const;

private:
    QSqlDatabase m_db;
    QTimeZone m_zone = QTimeZone::utc();
    QDate m_from;
    QDate m_to;
    QDateTime m_now;
    QVector<PlanItem> m_items;
    QHash<qint64, Channel> m_channels;
    QHash<qint64, Pillar> m_pillars;
    QHash<qint64, QString> m_people;
    QHash<qint64, qint64> m_seriesOwners;
};

// Narrows the plan to some channels, pillars, series, campaigns, statuses and assignees.
// An empty set lets everything through; within a set any value matches; sets combine with AND.
class PlanFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanFilterModel)

public:
    enum class Facet { Channel, Pillar, Series, Campaign, Status, Assignee };

    explicit PlanFilterModel(QObject *parent = nullptr);

    void setFilter(Facet facet, const QSet<QString> &values);
    QSet<QString> filter(Facet facet) const { return m_filters.value(facet); }
    void clearFilters();
    // How many facets narrow the plan.
    int activeFacets() const;

Q_SIGNALS:
    void filtersChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QHash<Facet, QSet<QString>> m_filters;
};

} // namespace Beamline
