// SPDX-License-Identifier: GPL-3.0-or-later
#include "personrepository.h"

#include "rowjournal.h"
#include "sqlquery.h"

namespace Beamline {

namespace {
Person readPerson(const SqlQuery &q)
{
    return {q.integer(0), q.text(1), q.text(2), Person::roleFromKey(q.text(3))};
}

const QString PersonColumns = QStringLiteral("id, name, email, role");
} // namespace

QVector<Person> PersonRepository::all() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM people ORDER BY name").arg(PersonColumns));
    q.exec();
    QVector<Person> result;
    while (q.next())
        result.append(readPerson(q));
    return result;
}

std::optional<Person> PersonRepository::find(qint64 id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM people WHERE id = :id").arg(PersonColumns));
    q.bind(QStringLiteral(":id"), id).exec();
    if (q.next())
        return readPerson(q);
    return std::nullopt;
}

std::optional<Person> PersonRepository::findByName(const QString &name) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM people WHERE LOWER(name) = LOWER(:name)").arg(PersonColumns));
    q.bind(QStringLiteral(":name"), name).exec();
    if (q.next())
        return readPerson(q);
    return std::nullopt;
}

qint64 PersonRepository::insert(const Person &person)
{
    const bool keepId = person.id > 0;
    SqlQuery q(m_db, QStringLiteral("INSERT INTO people (%1name, email, role) VALUES (%2:name, :email, :role)")
                         .arg(keepId ? QStringLiteral("id, ") : QString(), keepId ? QStringLiteral(":id, ") : QString()));
    q.bind(QStringLiteral(":name"), person.name)
        .bind(QStringLiteral(":email"), nullableText(person.email))
        .bind(QStringLiteral(":role"), Person::roleKey(person.role));
    if (keepId)
        q.bind(QStringLiteral(":id"), person.id);
    q.exec();
    return keepId ? person.id : q.lastInsertId();
}

void PersonRepository::update(const Person &person)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE people SET name = :name, email = :email, role = :role WHERE id = :id"));
    q.bind(QStringLiteral(":name"), person.name)
        .bind(QStringLiteral(":email"), nullableText(person.email))
        .bind(QStringLiteral(":role"), Person::roleKey(person.role))
        .bind(QStringLiteral(":id"), person.id)
        .exec();
}

void PersonRepository::removeRecorded(qint64 id, RowJournal &journal)
{
    const QVariant none(QMetaType::fromType<qint64>());
    journal.updateWhere(m_db, QStringLiteral("series"), QStringLiteral("owner_id"), id, {{QStringLiteral("owner_id"), none}});
    journal.updateWhere(m_db, QStringLiteral("posts"), QStringLiteral("assignee_id"), id, {{QStringLiteral("assignee_id"), none}});
    journal.updateWhere(m_db, QStringLiteral("posts"), QStringLiteral("approver_id"), id, {{QStringLiteral("approver_id"), none}});
    journal.remove(m_db, QStringLiteral("people"), {{QStringLiteral("id"), id}});
}

void PersonRepository::remove(qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM people WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
}

qint64 PersonRepository::ensure(const QString &name)
{
    if (const auto existing = findByName(name))
        return existing->id;
    return insert({0, name, {}});
}

} // namespace Beamline
