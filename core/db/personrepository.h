// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/entities.h>

#include <QSqlDatabase>
#include <QVector>

#include <optional>

namespace Beamline {

class RowJournal;

// Editors and owners: assignees of posts and owners of series.
class PersonRepository final
{
public:
    explicit PersonRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    QVector<Person> all() const;
    std::optional<Person> find(qint64 id) const;
    std::optional<Person> findByName(const QString &name) const;
    std::optional<Person> findByLogin(const QString &login) const;
    // What this connection signs in as: the database role (current_user) on a server, the
    // system account on a file.
    QString currentLogin() const;
    // The person this connection writes as: on a server the one whose login is the database
    // role; on a file the workspace's "me" (SettingsRepository::Me), else the one whose login
    // is the system account. None when no person matches.
    std::optional<Person> current() const;
    std::optional<qint64> currentId() const;
    // Whether this connection may approve posts, as the server decides it: on a server, a
    // member of beamline_approvers (or a superuser); on a file (one editor), always.
    bool mayApprove() const;
    // Stores a new person; one that has an id (put back by undo) keeps it.
    qint64 insert(const Person &person);
    void update(const Person &person);
    void remove(qint64 id);
    // Removes a person, remembering them and the series, posts and approvals they held.
    void removeRecorded(qint64 id, RowJournal &journal);
    qint64 ensure(const QString &name);

private:
    QSqlDatabase m_db;
};

} // namespace Beamline
