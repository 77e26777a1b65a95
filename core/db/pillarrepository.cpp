// SPDX-License-Identifier: GPL-3.0-or-later
#include "pillarrepository.h"

#include "sqlquery.h"

namespace Beamline {

namespace {
Pillar readPillar(const SqlQuery &q)
{
    Pillar p;
    p.id = q.integer(0);
    p.name = q.text(1);
    p.color = q.text(2);
    p.targetShare = q.number(3);
    p.position = int(q.integer(4));
    return p;
}

const QString PillarColumns = QStringLiteral("id, name, color, target_share, position");
} // namespace

QVector<Pillar> PillarRepository::all() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM pillars ORDER BY position, name").arg(PillarColumns));
    q.exec();
    QVector<Pillar> result;
    while (q.next())
        result.append(readPillar(q));
    return result;
}

std::optional<Pillar> PillarRepository::find(qint64 id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM pillars WHERE id = :id").arg(PillarColumns));
    q.bind(QStringLiteral(":id"), id).exec();
    if (q.next())
        return readPillar(q);
    return std::nullopt;
}

std::optional<Pillar> PillarRepository::findByName(const QString &name) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM pillars WHERE LOWER(name) = LOWER(:name)").arg(PillarColumns));
    q.bind(QStringLiteral(":name"), name).exec();
    if (q.next())
        return readPillar(q);
    return std::nullopt;
}

qint64 PillarRepository::insert(const Pillar &pillar)
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO pillars (name, color, target_share, position) "
                                    "VALUES (:name, :color, :share, :position)"));
    q.bind(QStringLiteral(":name"), pillar.name)
        .bind(QStringLiteral(":color"), nullableText(pillar.color))
        .bind(QStringLiteral(":share"), nullable(pillar.targetShare))
        .bind(QStringLiteral(":position"), pillar.position)
        .exec();
    return q.lastInsertId();
}

void PillarRepository::update(const Pillar &pillar)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE pillars SET name = :name, color = :color, target_share = :share, "
                                    "position = :position WHERE id = :id"));
    q.bind(QStringLiteral(":name"), pillar.name)
        .bind(QStringLiteral(":color"), nullableText(pillar.color))
        .bind(QStringLiteral(":share"), nullable(pillar.targetShare))
        .bind(QStringLiteral(":position"), pillar.position)
        .bind(QStringLiteral(":id"), pillar.id)
        .exec();
}

void PillarRepository::remove(qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM pillars WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
}

} // namespace Beamline
