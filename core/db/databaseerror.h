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
    // `code` is the engine's error code where it has one (PostgreSQL's SQLSTATE).
    DatabaseError(const QString &message, const QString &detail = {}, const QString &sql = {}, const QString &code = {});

    QString message() const { return m_message; }
    QString detail() const { return m_detail; }
    QString sql() const { return m_sql; }
    QString code() const { return m_code; }
    // True when the engine reported the workspace as locked or busy (SQLite's lock, a
    // server's lock timeout).
    bool isBusy() const;
    // True when the server gave up the transaction to keep concurrent ones consistent (a
    // serialization failure or a deadlock): running it again is expected to succeed.
    bool isRetryable() const;
    // True when the server refused the statement for lack of a privilege (a viewer's write).
    bool isPermissionDenied() const;

private:
    QString m_message;
    QString m_detail;
    QString m_sql;
    QString m_code;
};

// A write refused because the row changed since the editor read it (another editor saved it
// first): message() says who changed it and when. Nothing was overwritten.
class EditConflict final : public DatabaseError
{
public:
    explicit EditConflict(const QString &message)
        : DatabaseError(message)
    {
    }
};

} // namespace Beamline
