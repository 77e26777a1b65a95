// SPDX-License-Identifier: GPL-3.0-or-later
#include "personrepository.h"

#include "sqlquery.h"

namespace Beamline {

namespace {
Person readPerson(const SqlQuery &q)
{
    return {q.integer(0), q.text(1), q.text(2)};
}
} // namespace

QVector<Person> PersonRepository::all() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, name, email FROM people ORDER BY name"));
    q.exec();
    QVector<Person> result;
    while (q.next())
        result.append(readPerson(q));
    return result;
}

std::optional<Person> PersonRepository::find(qint64 id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, name, email FROM people WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (q.next())
        return readPerson(q);
    return std::nullopt;
}

std::optional<Person> PersonRepository::findByName(const QString &name) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, name, email FROM people WHERE LOWER(name) = LOWER(:name)"));
    q.bind(QStringLiteral(":name"), name).exec();
    if (q.next())
        return readPerson(q);
    return std::nullopt;
}

qint64 PersonRepository::insert(const Person &person)
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO people (name, email) VALUES (:name, :email)"));
    q.bind(QStringLiteral(":name"), person.name).bind(QStringLiteral(":email"), nullableText(person.email)).exec();
    return q.lastInsertId();
}

void PersonRepository::update(const Person &person)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE people SET name = :name, email = :email WHERE id = :id"));
    q.bind(QStringLiteral(":name"), person.name)
        .bind(QStringLiteral(":email"), nullableText(person.email))
        .bind(QStringLiteral(":id"), person.id)
        .exec();
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
