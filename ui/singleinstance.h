// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace Beamline {

// One Beamline window per user. The first launch listens on a local socket in the user's
// runtime folder ($XDG_RUNTIME_DIR, private to the user); a later launch hands its files
// to it over that socket and exits instead of opening a second window. A lock file next
// to the socket keeps two launches at the same moment from both becoming the listener.
//
// The request is a QDataStream (Qt 6.4 format) of the magic "BEAMLINE-OPEN", a protocol
// version (1) and the absolute paths; the listener answers one byte (1) once it has them.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    enum class Role {
        Primary,    // this process listens for later launches
        HandedOver, // a running Beamline took the files: this process should exit
        Alone,      // neither (no runtime folder, a running Beamline that does not answer, or
                    // listening failed): carry on without hand-offs
    };

    // `serverName` is the socket's path; tests give their own.
    explicit SingleInstance(const QString &serverName = defaultServerName(), QObject *parent = nullptr);
    ~SingleInstance() override;

    // The current user's socket, or an empty string when there is no private runtime folder.
    static QString defaultServerName();

    // Hands `files` (absolute paths; none only asks to show the window) to the running
    // instance, or, when none listens, becomes the instance that later launches talk to.
    // Blocks for at most about `timeoutMs` per step waiting for a running instance.
    Role claim(const QStringList &files, int timeoutMs = 5000);

    // The client half: true when a Beamline listening on `serverName` confirmed it has the
    // files. Blocking; call it from a thread without other work (or before an event loop).
    static bool send(const QString &serverName, const QStringList &files, int timeoutMs = 5000);

    QString serverName() const { return m_serverName; }
    bool isListening() const;

Q_SIGNALS:
    // A later launch asked to open these files (an empty list: only to be shown).
    void filesReceived(const QStringList &files);

private:
    bool listen();
    void readRequest(QLocalSocket *socket);

    QString m_serverName;
    QLocalServer *m_server = nullptr;
};

} // namespace Beamline
