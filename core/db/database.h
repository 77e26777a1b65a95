// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace Beamline {

// One workspace file. Hands out one SQLite connection per thread and purpose, each
// configured the same way: foreign keys on, WAL journal, a busy timeout. The object is
// shared between threads; connections are not (Qt SQL connections belong to their thread).
class Database final
{
public:
    enum class Access { ReadWrite, ReadOnly };

    explicit Database(const QString &filePath, Access access = Access::ReadWrite);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    QString filePath() const { return m_filePath; }
    Access access() const { return m_access; }
    bool isReadOnly() const { return m_access == Access::ReadOnly; }

    // The calling thread's connection for this purpose, opened on first use.
    // Throws DatabaseError when the file cannot be opened.
    QSqlDatabase connection(const QString &purpose = QStringLiteral("main")) const;
    // Closes and forgets the calling thread's connection for this purpose. Worker
    // threads call this (through ScopedConnection) before they finish.
    void releaseConnection(const QString &purpose) const;

    // Gives a connection a bigger page cache (KiB) for one long write transaction.
    static void setCacheSize(const QSqlDatabase &db, int kibibytes);

    static constexpr int BusyTimeoutMs = 5000;
    // SQLite's PRAGMA application_id of every workspace: "BEML" in ASCII (0x42454D4C,
    // 1111838028), stored big-endian at offset 68 of the file. It is set with each migration
    // (so on new and upgraded workspaces), files without it are refused, and the MIME type
    // application/x-beamline-workspace (resources/org.beamline.Beamline.mime.xml) matches it.
    // Do not change it: installed file managers and older versions of Beamline rely on it.
    static constexpr qint32 ApplicationId = 0x42454D4C;

private:
    QString connectionName(const QString &purpose) const;

    QString m_filePath;
    Access m_access;
    quint64 m_instance;
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
