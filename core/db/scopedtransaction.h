// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

namespace Beamline {

// A transaction that rolls back unless commit() is called. Nested instances on the same
// connection become savepoints, so a repository method that needs atomicity can open one
// whether or not its caller already did.
//
// Immediate: the outermost transaction takes the write lock when it starts (SQLite's BEGIN
// IMMEDIATE; on PostgreSQL the workspace's transaction-scoped advisory lock), so it waits for
// another writer up front instead of failing half-way through, and concurrent writes from
// several workstations run one after the other.
class ScopedTransaction final
{
public:
    enum class Mode { Deferred, Immediate };

    explicit ScopedTransaction(QSqlDatabase db, Mode mode = Mode::Deferred);
    ~ScopedTransaction();
    Q_DISABLE_COPY_MOVE(ScopedTransaction)

    // Throws DatabaseError when the commit fails; the transaction is then rolled back (here
    // or by the destructor), never left half-open or taken for done.
    void commit();
    void rollback();
    bool isActive() const { return m_active; }

private:
    QSqlDatabase m_db;
    int m_depth = 0;
    bool m_active = false;
};

} // namespace Beamline
