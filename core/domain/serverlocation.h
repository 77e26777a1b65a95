// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Beamline {

// Where a team workspace lives: a libpq URI, postgresql://USER@HOST:PORT/DBNAME[?key=value&...].
// The password is never part of it: libpq finds it in PGPASSWORD, ~/.pgpass or a service file,
// and Beamline never stores one. Query items are libpq connection keywords (sslmode, service,
// connect_timeout, host for a socket folder...), passed on as they are.
class ServerLocation final
{
public:
    // True when `text` is a server URI rather than a file path.
    static bool isServer(const QString &text);
    // Parses a URI; on failure isValid() is false and error() says why (translated).
    static ServerLocation parse(const QString &text);

    bool isValid() const { return m_error.isEmpty() && !m_database.isEmpty(); }
    QString error() const { return m_error; }
    QString user() const { return m_user; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString database() const { return m_database; }
    // libpq keywords from the query, "key=value" each.
    QStringList options() const { return m_options; }
    // The URI in its canonical form (no password: there never is one).
    QString toString() const;

private:
    QString m_user;
    QString m_host;
    int m_port = -1;
    QString m_database;
    QStringList m_options;
    QString m_error;
};

} // namespace Beamline
