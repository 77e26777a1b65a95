// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "databaseerror.h"
#include "sqlquery.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlError>
#include <QThread>
#include <QUuid>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcSql)

namespace Beamline {

namespace {
QAtomicInteger<quint64> s_nextInstance = 1;
}

Database::Database(const QString &location, Access access)
    : m_filePath(location)
    , m_engine(ServerLocation::isServer(location) ? Engine::PostgreSQL : Engine::SQLite)
    , m_access(access)
    , m_instance(s_nextInstance.fetchAndAddRelaxed(1))
    , m_token(QUuid::createUuid().toString(QUuid::WithoutBraces))
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

    {
        QMutexLocker locker(&m_mutex);
        m_connectionNames.insert(name);
    }
    QSqlDatabase db = open(name, purpose);
    qCDebug(lcSql) << "opened connection" << name;
    return db;
}

QSqlDatabase Database::open(const QString &name, const QString &purpose) const
{
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                   : QSqlDatabase::addDatabase(Engines::driverName(m_engine), name);
    if (m_engine == Engine::PostgreSQL) {
        const ServerLocation server = ServerLocation::parse(m_filePath);
        if (!server.isValid())
            throw DatabaseError(server.error());
        if (!db.isValid()) {
            throw DatabaseError(QCoreApplication::translate("Beamline::Database", "This installation cannot reach PostgreSQL servers "
                                                                                  "(Qt's QPSQL driver is missing; on Debian: apt install libqt6sql6-psql)."));
        }
        db.setDatabaseName(server.database());
        db.setUserName(server.user());
        db.setHostName(server.host());
        db.setPort(server.port());
        // No password: libpq reads PGPASSWORD, ~/.pgpass or the service file itself.
        QStringList options = server.options();
        if (!options.contains(QLatin1String("application_name"), Qt::CaseInsensitive))
            options.append(QStringLiteral("application_name=beamline"));
        if (!std::any_of(options.cbegin(), options.cend(), [](const QString &o) { return o.startsWith(QLatin1String("connect_timeout=")); }))
            options.append(QStringLiteral("connect_timeout=10"));
        db.setConnectOptions(options.join(QLatin1Char(';')));
        if (!db.open()) {
            throw DatabaseError(QCoreApplication::translate("Beamline::Database", "Could not connect to “%1”").arg(server.toString()),
                                db.lastError().text(), {}, db.lastError().nativeErrorCode());
        }
        const int timeout = purpose == QLatin1String("import") ? ServerImportTimeoutMs : ServerBusyTimeoutMs;
        // SET takes no bound parameter; the numbers are the program's own.
        SqlQuery::execute(db, QStringLiteral("SET lock_timeout = %1").arg(timeout));
        SqlQuery::execute(db, QStringLiteral("SET client_min_messages = warning"));
        if (isReadOnly())
            SqlQuery::execute(db, QStringLiteral("SET default_transaction_read_only = on"));
        return db;
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
    if (Engines::of(db) != Engine::SQLite)
        return;
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
