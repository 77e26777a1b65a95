// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine.h"

#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace Beamline {

// One workspace: an SQLite file, or a PostgreSQL database named by a server URI
// (ServerLocation). Hands out one connection per thread and purpose, each configured the
// same way — on SQLite foreign keys on, WAL journal, a busy timeout; on PostgreSQL a lock
// timeout and, read-only, read-only transactions. The object is shared between threads;
// connections are not (Qt SQL connections belong to their thread).
class Database final
{
public:
    enum class Access { ReadWrite, ReadOnly };

    // `location` is a file path or a postgresql:// URI (see ServerLocation::isServer).
    explicit Database(const QString &location, Access access = Access::ReadWrite);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // The file path, or the server URI.
    QString filePath() const { return m_filePath; }
    QString location() const { return m_filePath; }
    Engine engine() const { return m_engine; }
    bool isServer() const { return m_engine == Engine::PostgreSQL; }
    Access access() const { return m_access; }
    // Unique to this object, among every program on every workstation: the sender named in
    // the change notices of a team workspace, so that a workspace ignores its own.
    QString token() const { return m_token; }
    bool isReadOnly() const { return m_access == Access::ReadOnly; }

    // The calling thread's connection for this purpose, opened on first use.
    // Throws DatabaseError when the file cannot be opened.
    QSqlDatabase connection(const QString &purpose = QStringLiteral("main")) const;
    // Closes and forgets the calling thread's connection for this purpose. Worker
    // threads call this (through ScopedConnection) before they finish.
    void releaseConnection(const QString &purpose) const;

    // Gives a connection a bigger page cache (KiB) for one long write transaction (SQLite;
    // a server manages its own memory).
    static void setCacheSize(const QSqlDatabase &db, int kibibytes);

    // How long a write waits for another one to finish before it gives up (the workspace is
    // "busy"). An import on a server waits longer: another workstation's import of a big file
    // takes a while, and waiting is what the user wants then.
    static constexpr int BusyTimeoutMs = 5000;
    static constexpr int ServerBusyTimeoutMs = 15000;
    static constexpr int ServerImportTimeoutMs = 600000;
    // SQLite's PRAGMA application_id of every workspace: "BEML" in ASCII (0x42454D4C,
    // 1111838028), stored big-endian at offset 68 of the file. It is set with each migration
    // (so on new and upgraded workspaces), files without it are refused, and the MIME type
    // application/x-beamline-workspace (resources/org.beamline.Beamline.mime.xml) matches it.
    // Do not change it: installed file managers and older versions of Beamline rely on it.
    static constexpr qint32 ApplicationId = 0x42454D4C;

private:
    QString connectionName(const QString &purpose) const;

    QSqlDatabase open(const QString &name, const QString &purpose) const;

    QString m_filePath;
    Engine m_engine;
    Access m_access;
    quint64 m_instance;
    QString m_token;
    mutable QMutex m_mutex;
    mutable QSet<QString> m_connectionNames;
};

// Releases a worker thread's connection when it goes out of scope.
class ScopedConnection final
{
public:
    ScopedConnection(const Database &database, const QString &purpose);
    ~ScopedConnection();
    Q_DISABLE_COPY_MOVE(ScopedConnection)

    QSqlDatabase connection() const { return m_connection; }

private:
    const Database &m_database;
    QString m_purpose;
    QSqlDatabase m_connection;
};

} // namespace Beamline
