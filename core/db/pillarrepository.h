// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/entities.h>

#include <QSqlDatabase>
#include <QVector>

#include <optional>

namespace Beamline {

class RowJournal;

class PillarRepository final
{
public:
    explicit PillarRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    QVector<Pillar> all() const;
    std::optional<Pillar> find(qint64 id) const;
    std::optional<Pillar> findByName(const QString &name) const;
    // Stores a new pillar; one that has an id (put back by undo) keeps it.
    qint64 insert(const Pillar &pillar);
    void update(const Pillar &pillar);
    void remove(qint64 id);
    // Removes a pillar, remembering it and the posts and series that used it.
    void removeRecorded(qint64 id, RowJournal &journal);
    // Gives the pillars these positions, in this order.
    void setOrder(const QList<qint64> &ids);
    // The next free position (a new pillar goes last).
    int nextPosition() const;

private:
    QSqlDatabase m_db;
};

} // namespace Beamline
