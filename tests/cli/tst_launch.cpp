// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <ui/singleinstance.h>

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Beamline;
using namespace Beamline::Test;

// Launching the real executable as the desktop does (offscreen): one window per user, and
// the files of a later launch go to the running one.
class tst_Launch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_runtime;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtime);
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        return env;
    }

    // Starts beamline without waiting: the test's own event loop must keep running to
    // answer it.
    void start(QProcess &process, const QStringList &arguments, const QString &workingDirectory = {}) const
    {
        process.setProcessEnvironment(environment());
        if (!workingDirectory.isEmpty())
            process.setWorkingDirectory(workingDirectory);
        process.start(QStringLiteral(BEAMLINE_EXECUTABLE), arguments);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_runtime = m_dir.filePath(QStringLiteral("runtime"));
        QVERIFY(QDir().mkpath(m_runtime));
        QVERIFY(QFile::setPermissions(m_runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        // The test process finds the socket where beamline does.
        qputenv("XDG_RUNTIME_DIR", m_runtime.toLocal8Bit());
        QCOMPARE(SingleInstance::defaultServerName(), m_runtime + QStringLiteral("/org.beamline.Beamline.socket"));
    }

    void aSecondLaunchHandsItsFilesOver()
    {
        SingleInstance running;
        QCOMPARE(running.claim({}), SingleInstance::Role::Primary);
        QSignalSpy received(&running, &SingleInstance::filesReceived);

        // A relative path reaches the running Beamline as an absolute one.
        QProcess second;
        start(second, {QStringLiteral("x/account_overview_analytics.csv")}, QStringLiteral(BEAMLINE_SAMPLES_DIR));
        QTRY_COMPARE_WITH_TIMEOUT(second.state(), QProcess::NotRunning, 60000);
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
        QTRY_COMPARE(received.count(), 1);
        QCOMPARE(received.first().first().toStringList(), QStringList{sample(QStringLiteral("x/account_overview_analytics.csv"))});

        // --db names a workspace to open; it comes first.
        const QString workspace = m_dir.filePath(QStringLiteral("lab.beamline"));
        QProcess third;
        start(third, {QStringLiteral("--db"), workspace, sample(QStringLiteral("ga4"))});
        QTRY_COMPARE_WITH_TIMEOUT(third.state(), QProcess::NotRunning, 60000);
        QCOMPARE(third.exitCode(), 0);
        QTRY_COMPARE(received.count(), 2);
        QCOMPARE(received.last().first().toStringList(), (QStringList{workspace, sample(QStringLiteral("ga4"))}));
    }

    void headlessCommandsRunThemselves()
    {
        SingleInstance running;
        QCOMPARE(running.claim({}), SingleInstance::Role::Primary);
        QSignalSpy received(&running, &SingleInstance::filesReceived);
        QProcess import;
        start(import, {QStringLiteral("import"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("headless.beamline")),
                       sample(QStringLiteral("x/account_overview_analytics.csv"))});
        QTRY_COMPARE_WITH_TIMEOUT(import.state(), QProcess::NotRunning, 60000);
        QCOMPARE(import.exitCode(), 0);
        QVERIFY(QFileInfo::exists(m_dir.filePath(QStringLiteral("headless.beamline"))));
        QCoreApplication::processEvents();
        QCOMPARE(received.count(), 0);
    }

    void theFirstLaunchListens()
    {
        const QString socket = SingleInstance::defaultServerName();
        QVERIFY(!SingleInstance::send(socket, {}, 1000)); // nobody yet
        QProcess first;
        start(first, {QStringLiteral("--db"), m_dir.filePath(QStringLiteral("first.beamline"))});
        QVERIFY(first.waitForStarted());
        // It takes the files a later launch would send (here: none, "show the window").
        QTRY_VERIFY_WITH_TIMEOUT(SingleInstance::send(socket, {}, 1000), 60000);
        QCOMPARE(first.state(), QProcess::Running);
        first.kill();
        QVERIFY(first.waitForFinished());
        // It left its socket behind, as a crash would: the next launch takes over.
        SingleInstance next;
        QCOMPARE(next.claim({}), SingleInstance::Role::Primary);
    }
};

QTEST_GUILESS_MAIN(tst_Launch)
#include "tst_launch.moc"
