// SPDX-License-Identifier: GPL-3.0-or-later
#include <ui/widgets/connectdialog.h>

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace Beamline;

// File ▸ Connect to Team Workspace…: an address from the fields or a recent connection, and
// never a password in the settings.
class tst_ConnectDialog : public QObject
{
    Q_OBJECT

private:
    static QPushButton *connectButton(ConnectDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("beamline-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_connectdialog"));
    }

    void init() { QSettings().remove(QStringLiteral("workspace/recentServers")); }

    void theFieldsMakeTheAddress()
    {
        ConnectDialog dialog;
        dialog.findChild<QLineEdit *>(QStringLiteral("user"))->setText(QStringLiteral("anna"));
        QVERIFY(!connectButton(dialog)->isEnabled()); // no server, no database yet
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("host")), QStringLiteral("db.example.org"));
        QVERIFY(!connectButton(dialog)->isEnabled());
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("database")), QStringLiteral("lab"));
        dialog.findChild<QSpinBox *>(QStringLiteral("port"))->setValue(5433);
        QVERIFY(connectButton(dialog)->isEnabled());
        QCOMPARE(dialog.location(), QStringLiteral("postgresql://anna@db.example.org:5433/lab"));
    }

    void recentConnectionsKeepNoPassword()
    {
        ConnectDialog::addRecentConnection(QStringLiteral("postgresql://anna@db.example.org:5432/lab"));
        ConnectDialog::addRecentConnection(QStringLiteral("postgresql://ben@127.0.0.1:6543/plan"));
        ConnectDialog::addRecentConnection(QStringLiteral("postgresql://anna:secret@db.example.org:5432/lab")); // refused
        ConnectDialog::addRecentConnection(QStringLiteral("/home/anna/lab.beamline"));                         // not a server
        ConnectDialog::addRecentConnection(QStringLiteral("postgresql://anna@db.example.org:5432/lab"));       // first again
        QCOMPARE(ConnectDialog::recentConnections(),
                 (QStringList{QStringLiteral("postgresql://anna@db.example.org:5432/lab"), QStringLiteral("postgresql://ben@127.0.0.1:6543/plan")}));
        const QString stored = QSettings().value(QStringLiteral("workspace/recentServers")).toStringList().join(QLatin1Char(' '));
        QVERIFY(!stored.contains(QLatin1String("secret")));

        // The dialog offers them, the newest chosen first; choosing another fills the fields.
        ConnectDialog dialog;
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("recentConnections"));
        QCOMPARE(list->count(), 2);
        QCOMPARE(dialog.location(), QStringLiteral("postgresql://anna@db.example.org:5432/lab"));
        list->setCurrentRow(1);
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("user"))->text(), QStringLiteral("ben"));
        QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("port"))->value(), 6543);
        QCOMPARE(dialog.location(), QStringLiteral("postgresql://ben@127.0.0.1:6543/plan"));
        QVERIFY(connectButton(dialog)->isEnabled());
    }
};

QTEST_MAIN(tst_ConnectDialog)
#include "tst_connectdialog.moc"
