// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <stdexcept>

namespace Beamline {

// Thrown by the database layer when a statement cannot be prepared or executed,
// or a connection cannot be opened. Callers at a UI or command boundary catch it and
// show message(); everything in between relies on ScopedTransaction to roll back.
class DatabaseError : public std::runtime_error
{
public:
    DatabaseError(const QString &message, const QString &detail = {}, const QString &sql = {});

    QString message() const { return m_message; }
    QString detail() const { return m_detail; }
    QString sql() const { return m_sql; }
    // True when SQLite reported the database as locked or busy.
    bool isBusy() const;

private:
    QString m_message;
    QString m_detail;
    QString m_sql;
};

} // namespace Beamline
