// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/entities.h>

#include <QSqlDatabase>
#include <QVector>

#include <optional>

namespace Beamline {

class PillarRepository final
{
public:
    explicit PillarRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    QVector<Pillar> all() const;
    std::optional<Pillar> find(qint64 id) const;
    std::optional<Pillar> findByName(const QString &name) const;
    qint64 insert(const Pillar &pillar);
    void update(const Pillar &pillar);
    void remove(qint64 id);

private:
    QSqlDatabase m_db;
};

} // namespace Beamline
