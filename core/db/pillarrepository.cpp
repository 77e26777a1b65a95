// SPDX-License-Identifier: GPL-3.0-or-later
#include "pillarrepository.h"

#include "rowjournal.h"
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
    const bool keepId = pillar.id > 0;
    SqlQuery q(m_db, QStringLiteral("INSERT INTO pillars (%1name, color, target_share, position) "
                                    "VALUES (%2:name, :color, :share, :position)")
                         .arg(keepId ? QStringLiteral("id, ") : QString(), keepId ? QStringLiteral(":id, ") : QString()));
    q.bind(QStringLiteral(":name"), pillar.name)
        .bind(QStringLiteral(":color"), nullableText(pillar.color))
        .bind(QStringLiteral(":share"), nullable(pillar.targetShare))
        .bind(QStringLiteral(":position"), pillar.position);
    if (keepId)
        q.bind(QStringLiteral(":id"), pillar.id);
    q.exec();
    return keepId ? pillar.id : q.lastInsertId();
}

void PillarRepository::removeRecorded(qint64 id, RowJournal &journal)
{
    const QVariantMap none{{QStringLiteral("pillar_id"), QVariant(QMetaType::fromType<qint64>())}};
    journal.updateWhere(m_db, QStringLiteral("posts"), QStringLiteral("pillar_id"), id, none);
    journal.updateWhere(m_db, QStringLiteral("series"), QStringLiteral("pillar_id"), id, none);
    journal.remove(m_db, QStringLiteral("pillars"), {{QStringLiteral("id"), id}});
}

void PillarRepository::setOrder(const QList<qint64> &ids)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE pillars SET position = :position WHERE id = :id"));
    for (int i = 0; i < ids.size(); ++i)
        q.bind(QStringLiteral(":position"), i).bind(QStringLiteral(":id"), ids.at(i)).exec();
}

int PillarRepository::nextPosition() const
{
    return int(SqlQuery::scalar(m_db, QStringLiteral("SELECT COALESCE(MAX(position) + 1, 0) FROM pillars")).toLongLong());
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
