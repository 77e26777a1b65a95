// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <core/db/database.h>
#include <core/db/workspaceopener.h>

#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Beamline;
using namespace Beamline::Test;

// The workspace file type as the desktop sees it once installed: resources/
// org.beamline.Beamline.mime.xml compiled by update-mime-database together with the system's
// types (as the package's trigger does into /usr/share/mime), then read by QMimeDatabase, the
// shared-mime-info reader of Qt and KDE file managers. Workspaces are recognised by name and,
// through their application id, by content.
class tst_FileType : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_data; // an XDG data folder: mime/packages/{freedesktop.org,org.beamline.Beamline}.xml
    QTemporaryDir m_files;

    static void writeSqlite(const QString &path, qint64 applicationId)
    {
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QVERIFY(QSqlQuery(raw).exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)));
            QVERIFY(QSqlQuery(raw).exec(QStringLiteral("CREATE TABLE t (x)")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString packages = m_data.filePath(QStringLiteral("mime/packages"));
        QVERIFY(QDir().mkpath(packages));
        QVERIFY(QFile::copy(QStringLiteral(BEAMLINE_MIME_XML), packages + QStringLiteral("/org.beamline.Beamline.xml")));
        QVERIFY(QFile::copy(QStringLiteral("/usr/share/mime/packages/freedesktop.org.xml"), packages + QStringLiteral("/freedesktop.org.xml")));
        QProcess update;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PKGSYSTEM_ENABLE_FSYNC"), QStringLiteral("0"));
        update.setProcessEnvironment(env);
        update.start(QStringLiteral("update-mime-database"), {m_data.filePath(QStringLiteral("mime"))});
        QVERIFY2(update.waitForFinished(60000), "update-mime-database (shared-mime-info) did not run");
        QVERIFY2(update.exitCode() == 0, update.readAllStandardError().constData());
        QVERIFY(QFile::exists(m_data.filePath(QStringLiteral("mime/mime.cache"))));
        // Before the first QMimeDatabase: that database alone.
        qputenv("XDG_DATA_DIRS", m_data.path().toLocal8Bit());
        const QMimeType type = QMimeDatabase().mimeTypeForName(QStringLiteral("application/x-beamline-workspace"));
        QVERIFY(type.isValid());
        QCOMPARE(type.comment(), QStringLiteral("Beamline workspace"));
        QVERIFY(type.inherits(QStringLiteral("application/vnd.sqlite3")));
        QCOMPARE(type.suffixes(), QStringList{QStringLiteral("beamline")});
    }

    void recognised_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("byName");    // what the name alone says
        QTest::addColumn<QString>("byContent"); // what the bytes alone say
        const QString workspace = QStringLiteral("application/x-beamline-workspace");
        const QString sqlite = QStringLiteral("application/vnd.sqlite3");
        QTest::newRow("workspace") << "workspace" << "lab.beamline" << workspace << workspace;
        QTest::newRow("workspace without suffix") << "workspace" << "lab" << "application/octet-stream" << workspace;
        QTest::newRow("workspace named .sqlite3") << "workspace" << "lab.sqlite3" << sqlite << workspace;
        QTest::newRow("other application's SQLite") << "geopackage" << "map.sqlite3" << sqlite << sqlite;
        QTest::newRow("SQLite without application id") << "plain" << "data.db" << "application/octet-stream" << sqlite;
    }

    void recognised()
    {
        QFETCH(QString, kind);
        QFETCH(QString, name);
        QFETCH(QString, byName);
        QFETCH(QString, byContent);
        const QString path = m_files.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')) + QLatin1Char('/') + name);
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        if (kind == QLatin1String("workspace")) {
            // While open, as a file manager would see it when the user double-clicks it.
            const auto opened = WorkspaceOpener::open(path);
            QVERIFY(opened.ok());
            QCOMPARE(QMimeDatabase().mimeTypeForFile(path, QMimeDatabase::MatchContent).name(), byContent);
        } else {
            writeSqlite(path, kind == QLatin1String("geopackage") ? 0x47504B47 : 0); // "GPKG"
        }
        const QMimeDatabase mime;
        QCOMPARE(mime.mimeTypeForFile(path, QMimeDatabase::MatchExtension).name(), byName);
        QCOMPARE(mime.mimeTypeForFile(path, QMimeDatabase::MatchContent).name(), byContent);
        QCOMPARE(WorkspaceOpener::isWorkspaceFile(path), byName == QLatin1String("application/x-beamline-workspace")
                                                             || byContent == QLatin1String("application/x-beamline-workspace"));
    }

    void csvIsNotAWorkspace()
    {
        const QString csv = sample(QStringLiteral("x/account_overview_analytics.csv"));
        QVERIFY(QMimeDatabase().mimeTypeForFile(csv).inherits(QStringLiteral("text/csv")));
        QVERIFY(!WorkspaceOpener::isWorkspaceFile(csv));
    }
};

QTEST_GUILESS_MAIN(tst_FileType)
#include "tst_filetype.moc"
