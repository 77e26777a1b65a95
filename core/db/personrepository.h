// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/entities.h>

#include <QSqlDatabase>
#include <QVector>

#include <optional>

namespace Beamline {

// Editors and owners: assignees of posts and owners of series.
class PersonRepository final
{
public:
    explicit PersonRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    QVector<Person> all() const;
    std::optional<Person> find(qint64 id) const;
    std::optional<Person> findByName(const QString &name) const;
    qint64 insert(const Person &person);
    void update(const Person &person);
    void remove(qint64 id);
    qint64 ensure(const QString &name);

private:
    QSqlDatabase m_db;
};

} // namespace Beamline
