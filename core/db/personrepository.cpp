// SPDX-License-Identifier: GPL-3.0-or-later
#include "personrepository.h"

#include "engine.h"
#include "postrepository.h"
#include "rowjournal.h"
#include "settingsrepository.h"
#include "sqlquery.h"

namespace Beamline {

namespace {
Person readPerson(const SqlQuery &q)
{
    return {q.integer(0), q.text(1), q.text(2), Person::roleFromKey(q.text(3)), q.text(4)};
}

const QString PersonColumns = QStringLiteral("id, name, email, role, login");
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

std::optional<Person> PersonRepository::findByLogin(const QString &login) const
{
    if (login.isEmpty())
        return std::nullopt;
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM people WHERE login = :login").arg(PersonColumns));
    q.bind(QStringLiteral(":login"), login).exec();
    if (q.next())
        return readPerson(q);
    return std::nullopt;
}

QString PersonRepository::currentLogin() const
{
    if (Engines::isPostgres(m_db))
        return SqlQuery::scalar(m_db, QStringLiteral("SELECT CAST(current_user AS TEXT)")).toString();
    return PostRepository::editorName(m_db);
}

std::optional<Person> PersonRepository::current() const
{
    if (!Engines::isPostgres(m_db)) {
        bool ok = false;
        const qint64 me = SettingsRepository(m_db).value(SettingsRepository::Me, QString()).toLongLong(&ok);
        if (ok) {
            if (auto person = find(me))
                return person;
        }
    }
    return findByLogin(currentLogin());
}

std::optional<qint64> PersonRepository::currentId() const
{
    const auto person = current();
    return person ? std::optional<qint64>(person->id) : std::nullopt;
}

bool PersonRepository::mayApprove() const
{
    if (!Engines::isPostgres(m_db))
        return true;
    // The trigger's own rule (migration 0006), so the window never offers what the server refuses.
    return SqlQuery::scalar(m_db, QStringLiteral("SELECT beamline_may_approve()")).toBool();
}

qint64 PersonRepository::insert(const Person &person)
{
    const bool keepId = person.id > 0;
    SqlQuery q(m_db, QStringLiteral("INSERT INTO people (%1name, email, role, login) VALUES (%2:name, :email, :role, :login)")
                         .arg(keepId ? QStringLiteral("id, ") : QString(), keepId ? QStringLiteral(":id, ") : QString()));
    q.bind(QStringLiteral(":name"), person.name)
        .bind(QStringLiteral(":email"), nullableText(person.email))
        .bind(QStringLiteral(":role"), Person::roleKey(person.role))
        .bind(QStringLiteral(":login"), nullableText(person.login.trimmed()));
    if (keepId)
        q.bind(QStringLiteral(":id"), person.id);
    q.exec();
    return keepId ? person.id : q.lastInsertId();
}

void PersonRepository::update(const Person &person)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE people SET name = :name, email = :email, role = :role, login = :login WHERE id = :id"));
    q.bind(QStringLiteral(":name"), person.name)
        .bind(QStringLiteral(":email"), nullableText(person.email))
        .bind(QStringLiteral(":role"), Person::roleKey(person.role))
        .bind(QStringLiteral(":login"), nullableText(person.login.trimmed()))
        .bind(QStringLiteral(":id"), person.id)
        .exec();
}

void PersonRepository::removeRecorded(qint64 id, RowJournal &journal)
{
    const QVariant none(QMetaType::fromType<qint64>());
    journal.updateWhere(m_db, QStringLiteral("series"), QStringLiteral("owner_id"), id, {{QStringLiteral("owner_id"), none}});
    journal.updateWhere(m_db, QStringLiteral("posts"), QStringLiteral("assignee_id"), id, {{QStringLiteral("assignee_id"), none}});
    for (const QString &column : {QStringLiteral("approver_id"), QStringLiteral("created_by"), QStringLiteral("changed_by"), QStringLiteral("approved_by")})
        journal.updateWhere(m_db, QStringLiteral("posts"), column, id, {{column, none}});
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
