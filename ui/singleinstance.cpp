// SPDX-License-Identifier: GPL-3.0-or-later
#include "singleinstance.h"

#include <QDataStream>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcInstance, "beamline.instance", QtWarningMsg)

namespace Beamline {

namespace {
constexpr char Magic[] = "BEAMLINE-OPEN";
constexpr quint32 ProtocolVersion = 1;
constexpr char Taken = 1;

enum class Delivery { Taken, NoListener, NoAnswer };

Delivery deliver(const QString &serverName, const QStringList &files, int timeoutMs)
{
    if (serverName.isEmpty())
        return Delivery::NoListener;
    QLocalSocket socket;
    socket.connectToServer(serverName);
    if (!socket.waitForConnected(timeoutMs))
        return Delivery::NoListener;
    QByteArray request;
    {
        QDataStream out(&request, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << QByteArray(Magic) << ProtocolVersion << files;
    }
    socket.write(request);
    while (socket.bytesToWrite() > 0) {
        if (!socket.waitForBytesWritten(timeoutMs))
            return Delivery::NoAnswer;
    }
    while (socket.bytesAvailable() < 1) {
        if (!socket.waitForReadyRead(timeoutMs)) {
            qCWarning(lcInstance) << "the running Beamline did not answer:" << socket.errorString();
            return Delivery::NoAnswer;
        }
    }
    char answer = 0;
    return socket.getChar(&answer) && answer == Taken ? Delivery::Taken : Delivery::NoAnswer;
}
} // namespace

SingleInstance::SingleInstance(const QString &serverName, QObject *parent)
    : QObject(parent)
    , m_serverName(serverName)
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultServerName()
{
    // Qt makes sure the runtime folder belongs to the user and is private (0700).
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (runtime.isEmpty())
        return {};
    return QDir(runtime).filePath(QStringLiteral("org.beamline.Beamline.socket"));
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

SingleInstance::Role SingleInstance::claim(const QStringList &files, int timeoutMs)
{
    if (m_serverName.isEmpty())
        return Role::Alone;
    // Held until this process listens (or has handed over), so that of two launches at the
    // same moment the second finds the first listening. Without the lock (a launch stuck
    // while holding it) this carries on: at worst two windows open.
    QLockFile lock(m_serverName + QStringLiteral(".lock"));
    if (!lock.tryLock(timeoutMs))
        qCWarning(lcInstance) << "carrying on without the lock next to" << m_serverName;
    switch (deliver(m_serverName, files, timeoutMs)) {
    case Delivery::Taken:
        return Role::HandedOver;
    case Delivery::NoAnswer:
        // A Beamline listens but is busy (or stuck): its socket stays, this one opens alone.
        return Role::Alone;
    case Delivery::NoListener:
        break;
    }
    // Nobody listens: a socket left behind by a Beamline that crashed goes first.
    QLocalServer::removeServer(m_serverName);
    return listen() ? Role::Primary : Role::Alone;
}

bool SingleInstance::send(const QString &serverName, const QStringList &files, int timeoutMs)
{
    return deliver(serverName, files, timeoutMs) == Delivery::Taken;
}

bool SingleInstance::listen()
{
    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(m_serverName)) {
        qCWarning(lcInstance) << "cannot listen on" << m_serverName << server->errorString();
        delete server;
        return false;
    }
    m_server = server;
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readRequest(socket); });
            if (socket->bytesAvailable() > 0)
                readRequest(socket);
        }
    });
    return true;
}

void SingleInstance::readRequest(QLocalSocket *socket)
{
    QDataStream in(socket);
    in.setVersion(QDataStream::Qt_6_4);
    in.startTransaction();
    QByteArray magic;
    in >> magic;
    if (in.status() == QDataStream::Ok && magic != QByteArray(Magic)) {
        in.abortTransaction();
        socket->abort();
        return;
    }
    quint32 version = 0;
    QStringList files;
    in >> version >> files;
    if (!in.commitTransaction()) {
        if (in.status() != QDataStream::ReadPastEnd) // not just the rest still to come
            socket->abort();
        return;
    }
    if (version != ProtocolVersion) {
        qCWarning(lcInstance) << "ignoring a request of protocol version" << version;
        socket->abort();
        return;
    }
    // Answer first: opening a workspace may take a while, and the other launch is waiting.
    socket->write(&Taken, 1);
    socket->flush();
    socket->disconnectFromServer();
    // Handled from the event loop, never inside the socket's own signal.
    QMetaObject::invokeMethod(this, [this, files] { Q_EMIT filesReceived(files); }, Qt::QueuedConnection);
}

} // namespace Beamline
