// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace Beamline {

// File ▸ Connect to Team Workspace…: the server, port, database and user of a workspace on
// PostgreSQL, or one of the recent connections. It asks for no password: libpq reads it from
// PGPASSWORD, ~/.pgpass or a service file, and Beamline never stores one (a recent connection is
// its postgresql:// address only).
class ConnectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectDialog)

public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    // The chosen workspace's postgresql:// address (valid once accepted).
    QString location() const;
    // Fills the fields from an address (a recent connection).
    void setLocation(const QString &location);

    // The recent connections, newest first (QSettings "workspace/recentServers").
    static QStringList recentConnections();
    // Puts an address first among the recent connections (servers only; nothing else is kept).
    static void addRecentConnection(const QString &location);

private:
    void updateState();

    QListWidget *m_recent = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLabel *m_address = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Beamline
