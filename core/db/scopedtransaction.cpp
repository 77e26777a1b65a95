// SPDX-License-Identifier: GPL-3.0-or-later
#include "scopedtransaction.h"

#include "databaseerror.h"
#include "engine.h"
#include "sqlquery.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSqlError>

Q_DECLARE_LOGGING_CATEGORY(lcSql)

namespace Beamline {

namespace {
// Connections belong to one thread, so the nesting depth can be per thread.
thread_local QHash<QString, int> t_depth;

// Two 32-bit keys: Beamline's application id ("BEML") and the lock's number. Advisory locks
// belong to one database, so each workspace on a server has its own.
const QString WriteLockStatement = QStringLiteral("SELECT pg_advisory_xact_lock(1111838028, 1)");

QString savepointName(int depth)
{
    return QStringLiteral("beamline_sp%1").arg(depth);
}
} // namespace

ScopedTransaction::ScopedTransaction(QSqlDatabase db, Mode mode)
    : m_db(std::move(db))
{
    int &depth = t_depth[m_db.connectionName()];
    if (depth == 0) {
        const Engine engine = Engines::of(m_db);
        if (mode == Mode::Immediate && engine == Engine::SQLite) {
            SqlQuery::execute(m_db, QStringLiteral("BEGIN IMMEDIATE"));
        } else if (!m_db.transaction()) {
            throw DatabaseError(QStringLiteral("Could not start a transaction"), m_db.lastError().text(), {},
                                m_db.lastError().nativeErrorCode());
        } else if (mode == Mode::Immediate) {
            // PostgreSQL's equivalent of BEGIN IMMEDIATE: the workspace's write lock, held until
            // COMMIT or ROLLBACK. Writers take turns as on SQLite (readers never wait); each of
            // this transaction's statements then sees what the writer before it committed.
            try {
                SqlQuery::execute(m_db, WriteLockStatement);
            } catch (...) {
                m_db.rollback();
                throw;
            }
        }
    } else {
        SqlQuery::execute(m_db, QStringLiteral("SAVEPOINT ") + savepointName(depth));
    }
    m_depth = depth;
    ++depth;
    m_active = true;
}

ScopedTransaction::~ScopedTransaction()
{
    if (m_active) {
        try {
            rollback();
        } catch (const DatabaseError &error) {
            qCWarning(lcSql) << "rollback failed:" << error.what();
        }
    }
}

void ScopedTransaction::commit()
{
    if (!m_active)
        return;
    if (m_depth == 0) {
        // Done only once COMMIT succeeded; a failed one (a busy or full disk) stays active, and
        // the destructor rolls it back.
        if (!m_db.commit())
            throw DatabaseError(QStringLiteral("Could not commit the transaction"), m_db.lastError().text(), {}, m_db.lastError().nativeErrorCode());
    } else {
        SqlQuery::execute(m_db, QStringLiteral("RELEASE SAVEPOINT ") + savepointName(m_depth));
    }
    m_active = false;
    t_depth[m_db.connectionName()] = m_depth;
}

void ScopedTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    t_depth[m_db.connectionName()] = m_depth;
    if (m_depth == 0) {
        if (!m_db.rollback())
            throw DatabaseError(QStringLiteral("Could not roll back the transaction"), m_db.lastError().text());
    } else {
        SqlQuery::execute(m_db, QStringLiteral("ROLLBACK TO SAVEPOINT ") + savepointName(m_depth));
        SqlQuery::execute(m_db, QStringLiteral("RELEASE SAVEPOINT ") + savepointName(m_depth));
    }
}

} // namespace Beamline
