// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

namespace Beamline {

// A transaction that rolls back unless commit() is called. Nested instances on the same
// connection become savepoints, so a repository method that needs atomicity can open one
// whether or not its caller already did.
class ScopedTransaction final
{
public:
    explicit ScopedTransaction(QSqlDatabase db);
    ~ScopedTransaction();
    Q_DISABLE_COPY_MOVE(ScopedTransaction)

    void commit();
    void rollback();
    bool isActive() const { return m_active; }

private:
    QSqlDatabase m_db;
    int m_depth = 0;
    bool m_active = false;
};

} // namespace Beamline
