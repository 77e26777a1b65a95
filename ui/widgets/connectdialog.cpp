// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectdialog.h"

#include <core/domain/serverlocation.h>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace Beamline {

namespace {
constexpr int MaxRecentConnections = 8;
constexpr int DefaultPort = 5432;
const QString RecentKey = QStringLiteral("workspace/recentServers");
} // namespace

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_recent(new QListWidget(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_address(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect to Team Workspace"));
    m_recent->setObjectName(QStringLiteral("recentConnections"));
    m_host->setObjectName(QStringLiteral("host"));
    m_port->setObjectName(QStringLiteral("port"));
    m_database->setObjectName(QStringLiteral("database"));
    m_user->setObjectName(QStringLiteral("user"));
    m_address->setObjectName(QStringLiteral("address"));

    m_port->setRange(1, 65535);
    m_port->setValue(DefaultPort);
    m_host->setPlaceholderText(tr("db.example.org"));
    m_database->setPlaceholderText(tr("beamline"));
    m_user->setText(qEnvironmentVariable("USER"));
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_address->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    const QStringList recent = recentConnections();
    if (!recent.isEmpty()) {
        layout->addWidget(new QLabel(tr("Recent connections:"), this));
        for (const QString &location : recent)
            m_recent->addItem(location);
        m_recent->setMaximumHeight(m_recent->sizeHintForRow(0) * 5 + 2 * m_recent->frameWidth());
        layout->addWidget(m_recent);
        connect(m_recent, &QListWidget::currentTextChanged, this, &ConnectDialog::setLocation);
        connect(m_recent, &QListWidget::itemActivated, this, [this] {
            if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
                accept();
        });
    } else {
        m_recent->hide();
    }
    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    layout->addLayout(form);
    auto *password = new QLabel(tr("Beamline asks for no password and stores none: the server's password comes from "
                                   "~/.pgpass, the PGPASSWORD variable or a PostgreSQL service file."),
                                this);
    password->setWordWrap(true);
    layout->addWidget(password);
    layout->addWidget(m_address);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::updateState);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectDialog::updateState);
    if (!recent.isEmpty())
        m_recent->setCurrentRow(0);
    updateState();
}

QString ConnectDialog::location() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user->text().trimmed());
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setPath(QLatin1Char('/') + m_database->text().trimmed());
    return url.toString();
}

void ConnectDialog::setLocation(const QString &location)
{
    const ServerLocation server = ServerLocation::parse(location);
    if (!server.isValid())
        return;
    m_host->setText(server.host());
    m_port->setValue(server.port() > 0 ? server.port() : DefaultPort);
    m_database->setText(server.database());
    m_user->setText(server.user());
}

void ConnectDialog::updateState()
{
    const ServerLocation server = ServerLocation::parse(location());
    const bool ok = !m_host->text().trimmed().isEmpty() && server.isValid();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    m_address->setText(ok ? tr("Address: %1").arg(server.toString()) : QString());
}

QStringList ConnectDialog::recentConnections()
{
    QStringList recent;
    const QStringList stored = QSettings().value(RecentKey).toStringList();
    for (const QString &location : stored) {
        // Only well-formed addresses, which never hold a password.
        if (ServerLocation::parse(location).isValid())
            recent.append(location);
    }
    return recent;
}

void ConnectDialog::addRecentConnection(const QString &location)
{
    const ServerLocation server = ServerLocation::parse(location);
    if (!server.isValid())
        return;
    QStringList recent = recentConnections();
    recent.removeAll(server.toString());
    recent.prepend(server.toString());
    while (recent.size() > MaxRecentConnections)
        recent.removeLast();
    QSettings().setValue(RecentKey, recent);
}

} // namespace Beamline
