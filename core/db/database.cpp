// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "databaseerror.h"
#include "sqlquery.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlError>
#include <QThread>

Q_DECLARE_LOGGING_CATEGORY(lcSql)

namespace Beamline {

namespace {
QAtomicInteger<quint64> s_nextInstance = 1;
}

Database::Database(const QString &filePath, Access access)
    : m_filePath(filePath)
    , m_access(access)
    , m_instance(s_nextInstance.fetchAndAddRelaxed(1))
{
}

Database::~Database()
{
    QMutexLocker locker(&m_mutex);
    for (const QString &name : std::as_const(m_connectionNames)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

QString Database::connectionName(const QString &purpose) const
{
    return QStringLiteral("beamline/%1/%2/%3")
        .arg(m_instance)
        .arg(purpose)
        .arg(reinterpret_cast<quintptr>(QThread::currentThread()), 0, 16);
}

QSqlDatabase Database::connection(const QString &purpose) const
{
    const QString name = connectionName(purpose);
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
    }

    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                   : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    {
        QMutexLocker locker(&m_mutex);
        m_connectionNames.insert(name);
    }
    db.setDatabaseName(m_filePath);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs);
    if (isReadOnly())
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open()) {
        throw DatabaseError(QCoreApplication::translate("Beamline::Database", "Could not open “%1”").arg(m_filePath),
                            db.lastError().text());
    }
    SqlQuery::execute(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    if (!isReadOnly()) {
        SqlQuery::execute(db, QStringLiteral("PRAGMA journal_mode = WAL"));
        SqlQuery::execute(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
    }
    qCDebug(lcSql) << "opened connection" << name;
    return db;
}

void Database::releaseConnection(const QString &purpose) const
{
    const QString name = connectionName(purpose);
    {
        QMutexLocker locker(&m_mutex);
        if (!m_connectionNames.remove(name))
            return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void Database::setCacheSize(const QSqlDatabase &db, int kibibytes)
{
    // PRAGMA takes no bound parameter; the number is the program's own.
    SqlQuery::execute(db, QStringLiteral("PRAGMA cache_size = -%1").arg(qMax(1, kibibytes)));
}

ScopedConnection::ScopedConnection(const Database &database, const QString &purpose)
    : m_database(database)
    , m_purpose(purpose)
    , m_connection(database.connection(purpose))
{
}

ScopedConnection::~ScopedConnection()
{
    m_connection = QSqlDatabase();
    m_database.releaseConnection(m_purpose);
}

} // namespace Beamline
