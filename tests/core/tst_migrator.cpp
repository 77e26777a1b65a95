// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <core/analytics/analyticsrepository.h>
#include <core/analytics/webchanneldays.h>
#include <core/db/database.h>
#include <core/db/databaseerror.h>
#include <core/db/migrator.h>
#include <core/db/sqlquery.h>
#include <core/db/workspaceopener.h>
#include <core/import/importer.h>
#include <core/import/importhistory.h>
#include <core/workspace/workspace.h>

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Beamline;
using namespace Beamline::Test;

class tst_Migrator : public QObject
{
    Q_OBJECT

private:
    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    // A migrations folder with the real migrations and `extra` as the one after the last.
    static QString migrationsWithNext(const QTemporaryDir &dir, const QByteArray &extra)
    {
        const QString folder = dir.filePath(QStringLiteral("migrations"));
        QDir().mkpath(folder);
        const QDir bundled(QStringLiteral(":/sql/migrations"));
        for (const QString &file : bundled.entryList({QStringLiteral("*.sql")}, QDir::Files))
            QFile::copy(bundled.filePath(file), folder + QLatin1Char('/') + file);
        QFile next(folder + QStringLiteral("/%1_next.sql").arg(Migrator().latestVersion() + 1, 4, 10, QLatin1Char('0')));
        next.open(QIODevice::WriteOnly);
        next.write(extra);
        return folder;
    }

    // Bytes 68-71 of the file itself (not the WAL): what a file manager sniffs.
    static QByteArray headerApplicationId(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return file.read(72).mid(68);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void freshWorkspace()
    {
        TestWorkspace ws;
        const QSqlDatabase db = ws.db();
        QCOMPARE(Migrator::currentVersion(db), Migrator().latestVersion());
        QVERIFY(Migrator().latestVersion() >= 1);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA application_id")).toLongLong(), qint64(Database::ApplicationId));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        for (const char *table : {"channels", "pillars", "series", "posts", "campaigns", "partners", "import_batches",
                                  "post_snapshots", "daily_metrics", "web_traffic", "mentions"}) {
            QVERIFY2(scalar(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type='table' AND name='%1'")
                                    .arg(QLatin1String(table))).toInt() == 1, table);
        }
        // Seeded attribution rules exist.
        QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM attribution_rules")).toInt() >= 10);
    }

    void reopenDoesNothing()
    {
        TestWorkspace ws;
        const QString before = dumpContent(ws.db());
        ws.reopen();
        QCOMPARE(dumpContent(ws.db()), before);
        const auto again = WorkspaceOpener::open(ws.path(), WorkspaceOpener::Mode::MustExist);
        QCOMPARE(again.status, WorkspaceOpener::Status::Opened);
        QVERIFY(again.backupPath.isEmpty());
    }

    void mustExist()
    {
        QTemporaryDir dir;
        const auto result = WorkspaceOpener::open(dir.filePath(QStringLiteral("missing.beamline")), WorkspaceOpener::Mode::MustExist);
        QVERIFY(!result.ok());
        QCOMPARE(result.status, WorkspaceOpener::Status::Refused);
        QVERIFY(result.message.contains(QLatin1String("does not exist")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("missing.beamline"))));
    }

    void emptyFileBecomesWorkspace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.beamline"));
        writeFile(path, {});
        const auto result = WorkspaceOpener::open(path);
        QVERIFY(result.ok());
        QCOMPARE(result.status, WorkspaceOpener::Status::Created);
    }

    void refusesTextFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.beamline"));
        writeFile(path, "this is not a database\n");
        const QString before = sha256Of(path);
        const auto result = WorkspaceOpener::open(path);
        QVERIFY(!result.ok());
        QVERIFY(result.message.contains(QLatin1String("not an SQLite database")));
        QCOMPARE(sha256Of(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void refusesForeignSqliteDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE songs (title TEXT)"));
            QSqlQuery(db).exec(QStringLiteral("INSERT INTO songs VALUES ('a')"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        const QString before = sha256Of(path);
        const auto result = WorkspaceOpener::open(path);
        QVERIFY(!result.ok());
        QVERIFY2(result.message.contains(QLatin1String("not a Beamline workspace")), qPrintable(result.message));
        QCOMPARE(sha256Of(path), before);
    }

    void newerWorkspaceOpensReadOnly()
    {
        TestWorkspace ws;
        const int future = Migrator().latestVersion() + 1;
        SqlQuery::execute(ws.db(), QStringLiteral("PRAGMA user_version = %1").arg(future));
        const QString path = ws.path();
        ws.reopen(); // closes the old connection first
        const auto result = WorkspaceOpener::open(path);
        QVERIFY(result.ok());
        QCOMPARE(result.status, WorkspaceOpener::Status::OpenedReadOnly);
        QVERIFY(result.database->isReadOnly());
        QVERIFY(result.message.contains(QLatin1String("newer version")));
        // Writing through it fails instead of corrupting anything.
        QVERIFY_THROWS_EXCEPTION(DatabaseError, SqlQuery::execute(result.database->connection(),
                                                                  QStringLiteral("INSERT INTO settings VALUES ('x', 'y')")));
        QCOMPARE(scalar(result.database->connection(), QStringLiteral("PRAGMA user_version")).toInt(), future);
    }

    void upgradeCopiesTheFileAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.beamline"));
        {
            const auto v1 = WorkspaceOpener::open(path); // the bundled migrations only
            QVERIFY(v1.ok());
            SqlQuery::execute(v1.database->connection(), QStringLiteral("INSERT INTO pillars (name) VALUES ('Physics news')"));
        }
        const QString migrations = migrationsWithNext(dir, "CREATE TABLE extra (id INTEGER PRIMARY KEY);\n"
                                                             "INSERT INTO extra (id) VALUES (42);\n");
        const int bundled = Migrator().latestVersion();
        QCOMPARE(Migrator(migrations).latestVersion(), bundled + 1);
        const auto upgraded = WorkspaceOpener::open(path, WorkspaceOpener::Mode::MustExist, migrations);
        QVERIFY(upgraded.ok());
        QCOMPARE(upgraded.status, WorkspaceOpener::Status::Migrated);
        QCOMPARE(upgraded.fromVersion, bundled);
        QCOMPARE(upgraded.toVersion, bundled + 1);
        QVERIFY(QFile::exists(upgraded.backupPath));
        const QSqlDatabase db = upgraded.database->connection();
        QCOMPARE(scalar(db, QStringLiteral("SELECT id FROM extra")).toInt(), 42);
        QCOMPARE(scalar(db, QStringLiteral("SELECT name FROM pillars")).toString(), QStringLiteral("Physics news"));

        // The copy is the old workspace, still at the bundled version with its data.
        const auto backup = WorkspaceOpener::open(upgraded.backupPath, WorkspaceOpener::Mode::MustExist);
        QVERIFY(backup.ok());
        QCOMPARE(backup.fromVersion, bundled);
    }

    void failedMigrationLeavesPreviousVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.beamline"));
        {
            const auto v1 = WorkspaceOpener::open(path);
            QVERIFY(v1.ok());
        }
        const QString migrations = migrationsWithNext(dir, "CREATE TABLE half (id INTEGER);\nTHIS IS NOT SQL;\n");
        const auto result = WorkspaceOpener::open(path, WorkspaceOpener::Mode::MustExist, migrations);
        QVERIFY(!result.ok());
        const auto reopened = WorkspaceOpener::open(path, WorkspaceOpener::Mode::MustExist);
        QVERIFY(reopened.ok());
        QCOMPARE(Migrator::currentVersion(reopened.database->connection()), Migrator().latestVersion());
        QCOMPARE(scalar(reopened.database->connection(), QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'half'")).toInt(), 0);
    }

    void committedFirstSchemaStillOpens()
    {
        // tests/data/workspace-v1.beamline was made by the first released schema.
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("v1.beamline"));
        QVERIFY(QFile::copy(QStringLiteral(BEAMLINE_TEST_DATA_DIR "/workspace-v1.beamline"), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        const auto result = WorkspaceOpener::open(copy, WorkspaceOpener::Mode::MustExist);
        QVERIFY2(result.ok(), qPrintable(result.message));
        const QSqlDatabase db = result.database->connection();
        QCOMPARE(Migrator::currentVersion(db), Migrator().latestVersion());
        QCOMPARE(scalar(db, QStringLiteral("SELECT name FROM series WHERE name = '#ThrowbackThursday'")).toString(),
                 QStringLiteral("#ThrowbackThursday"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM posts")).toInt(), 2);
        QCOMPARE(scalar(db, QStringLiteral("SELECT likes FROM post_snapshots WHERE is_current = 1")).toDouble(), 41.0);

        // Migration 7: the greatest post id, once removed, is not handed out again.
        const qint64 greatest = scalar(db, QStringLiteral("SELECT MAX(id) FROM posts")).toLongLong();
        SqlQuery::execute(db, QStringLiteral("DELETE FROM posts WHERE id = %1").arg(greatest));
        SqlQuery::execute(db, QStringLiteral("INSERT INTO posts (title, created_at, updated_at) VALUES ('New', '2026-01-01T00:00:00Z', "
                                             "'2026-01-01T00:00:00Z')"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT id FROM posts WHERE title = 'New'")).toLongLong(), greatest + 1);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }

    void peopleMigrationKeepsRolesAndAssignments()
    {
        // Migration 6 (0006_people_and_approval.sql) on a workspace at format 5: the people keep
        // their roles (SQLite rebuilds the role column to allow 'viewer'), the posts their
        // assignee and approver, and the new columns start empty.
        QTemporaryDir dir;
        const QString five = dir.filePath(QStringLiteral("five"));
        QDir().mkpath(five);
        const QDir bundled(QStringLiteral(":/sql/migrations"));
        for (const QString &file : bundled.entryList({QStringLiteral("*.sql")}, QDir::Files)) {
            if (file.left(4).toInt() <= 5)
                QVERIFY(QFile::copy(bundled.filePath(file), five + QLatin1Char('/') + file));
        }
        const QString path = dir.filePath(QStringLiteral("v5.beamline"));
        {
            const auto created = WorkspaceOpener::open(path, WorkspaceOpener::Mode::CreateIfMissing, five);
            QVERIFY2(created.ok(), qPrintable(created.message));
            const QSqlDatabase db = created.database->connection();
            QCOMPARE(Migrator::currentVersion(db), 5);
            SqlQuery::execute(db, QStringLiteral("INSERT INTO people (id, name, role) VALUES (1, 'Ana', 'approver'), (2, 'Ben', 'editor')"));
            SqlQuery::execute(db, QStringLiteral("INSERT INTO posts (id, title, assignee_id, approver_id, created_at, updated_at) "
                                                 "VALUES (1, 'Guess What It Is', 2, 1, '2026-12-01T09:00:00Z', '2026-12-01T09:00:00Z')"));
        }
        const auto result = WorkspaceOpener::open(path, WorkspaceOpener::Mode::MustExist);
        QVERIFY2(result.ok(), qPrintable(result.message));
        const QSqlDatabase db = result.database->connection();
        QVERIFY(Migrator::currentVersion(db) >= 6);
        QCOMPARE(scalar(db, QStringLiteral("SELECT GROUP_CONCAT(name || '/' || role || '/' || COALESCE(login, '-'), ' ') FROM "
                                           "(SELECT * FROM people ORDER BY id)")).toString(),
                 QStringLiteral("Ana/approver/- Ben/editor/-"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT assignee_id || '/' || approver_id || '/' || COALESCE(created_by, '-') || '/' || "
                                           "COALESCE(changed_by, '-') || '/' || COALESCE(approved_by, '-') || '/' || COALESCE(approved_at, '-') "
                                           "FROM posts")).toString(),
                 QStringLiteral("2/1/-/-/-/-"));
        SqlQuery::execute(db, QStringLiteral("UPDATE people SET role = 'viewer', login = 'ben' WHERE id = 2"));
        QVERIFY_THROWS_EXCEPTION(DatabaseError, SqlQuery::execute(db, QStringLiteral("UPDATE people SET role = 'boss'")));
        QVERIFY_THROWS_EXCEPTION(DatabaseError, SqlQuery::execute(db, QStringLiteral("UPDATE people SET login = 'ben' WHERE id = 1")));
        // Removing a person clears what names them.
        SqlQuery::execute(db, QStringLiteral("UPDATE posts SET created_by = 2, approved_by = 2"));
        SqlQuery::execute(db, QStringLiteral("DELETE FROM people WHERE id = 2"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM posts WHERE created_by IS NULL AND approved_by IS NULL AND assignee_id IS NULL")).toInt(), 1);
    }

    void workspaceSetupMigrationKeepsChannelsAndPeople()
    {
        // Migration 4 (0004_workspace_setup.sql) on the committed first-schema workspace:
        // its channel and people get the new columns' defaults, nothing is lost, and the
        // new columns and the alias table take values.
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("v1.beamline"));
        QVERIFY(QFile::copy(QStringLiteral(BEAMLINE_TEST_DATA_DIR "/workspace-v1.beamline"), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1people"));
            raw.setDatabaseName(copy);
            QVERIFY(raw.open());
            QVERIFY(QSqlQuery(raw).exec(QStringLiteral("INSERT INTO people (name, email) VALUES ('Ana', 'ana@example.org')")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1people"));
        const auto result = WorkspaceOpener::open(copy, WorkspaceOpener::Mode::MustExist);
        QVERIFY2(result.ok(), qPrintable(result.message));
        const QSqlDatabase db = result.database->connection();
        QVERIFY(Migrator::currentVersion(db) >= 4);
        QCOMPARE(scalar(db, QStringLiteral("SELECT platform || '/' || handle || '/' || display_name || '/' || position || '/' || "
                                           "COALESCE(color, 'none') || '/' || COALESCE(char_limit, 'none') FROM channels")).toString(),
                 QStringLiteral("x/examplelab/Example Physics Lab/0/none/none"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT name || '/' || email || '/' || role FROM people")).toString(),
                 QStringLiteral("Ana/ana@example.org/editor"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM posts WHERE approver_id IS NULL")).toInt(), 2);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM channel_aliases")).toInt(), 0);
        SqlQuery::execute(db, QStringLiteral("INSERT INTO channel_aliases (platform, alias, channel_id) VALUES ('x', 'examplelab_old', 1)"));
        SqlQuery::execute(db, QStringLiteral("UPDATE people SET role = 'approver'"));
        SqlQuery::execute(db, QStringLiteral("UPDATE posts SET approver_id = 1 WHERE id = 1"));
        // The constraints hold: an unknown role, a zero limit and an alias of a missing channel are refused.
        QVERIFY_THROWS_EXCEPTION(DatabaseError, SqlQuery::execute(db, QStringLiteral("UPDATE people SET role = 'boss'")));
        QVERIFY_THROWS_EXCEPTION(DatabaseError, SqlQuery::execute(db, QStringLiteral("UPDATE channels SET char_limit = 0")));
        QVERIFY_THROWS_EXCEPTION(DatabaseError, SqlQuery::execute(db, QStringLiteral("INSERT INTO channel_aliases VALUES ('x', 'ghost', 99)")));
        // Removing the channel takes its aliases; removing the person clears the approval.
        SqlQuery::execute(db, QStringLiteral("DELETE FROM people"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM posts WHERE approver_id IS NOT NULL")).toInt(), 0);
    }

    void upgradedWorkspaceGetsItsWebSummary()
    {
        // Web rows written under the first schema are summarised when the upgraded workspace opens.
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("v1.beamline"));
        QVERIFY(QFile::copy(QStringLiteral(BEAMLINE_TEST_DATA_DIR "/workspace-v1.beamline"), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            raw.setDatabaseName(copy);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO web_sources (provider, name) VALUES ('ga', 'site')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO web_traffic (source_id, report, period_start, period_end, dimension, key_hash, sessions, "
                                          "batch_id) VALUES (1, 'source_medium', '2017-01-05', '2017-01-05', 'l.instagram.com / referral', 1, 12, 1)")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        const auto workspace = Workspace::open(copy, WorkspaceOpener::Mode::MustExist);
        QVERIFY(workspace);
        const QSqlDatabase db = workspace->connection();
        QCOMPARE(Migrator::currentVersion(db), Migrator().latestVersion());
        QVERIFY(WebChannelDays(db).isCurrent());
        QCOMPARE(scalar(db, QStringLiteral("SELECT platform || '=' || sessions FROM web_channel_days WHERE day = '2017-01-05'")).toString(),
                 QStringLiteral("instagram=12.0"));
    }

    void schemaTwoMovesToTheFactKeys()
    {
        // tests/data/workspace-v2.beamline was written by the second released schema: a GA
        // report imported twice (the second time with the page "/" at 3,700 sessions instead of
        // 3,611 and 2 January at 360 instead of 357), Matomo, X, Meta's daily follows, mentions.
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("v2.beamline"));
        QVERIFY(QFile::copy(QStringLiteral(BEAMLINE_TEST_DATA_DIR "/workspace-v2.beamline"), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        WorkspaceOpener::Result opened;
        auto workspace = Workspace::open(copy, WorkspaceOpener::Mode::MustExist, &opened);
        QVERIFY2(workspace, qPrintable(opened.message));
        QCOMPARE(opened.status, WorkspaceOpener::Status::Migrated);
        QCOMPARE(opened.fromVersion, 2);
        const QSqlDatabase db = workspace->connection();

        // Not a row lost; the day rows are the site's; each current row holds what it has.
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM web_traffic")).toInt(), 16 + 15 + 32);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM web_traffic WHERE report = 'site'")).toInt(), 32);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM web_traffic WHERE live <> 0")).toInt(), 15 + 15 + 31);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM daily_metrics WHERE superseded_by IS NULL AND breakdown = ''")).toInt(), 31);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM mentions")).toInt(), 12);
        // Both GA exports were taken at the same time (the day after their period): the one
        // with the greater digest holds, here the revised one (f24d… > 888d…), as before.
        QVERIFY(sha256Of(QStringLiteral(BEAMLINE_SAMPLES_DIR "/ga/Analytics All Web Site Data Landing Pages 20170101-20170131.csv"))
                < QStringLiteral("f24d"));
        const QString home = QStringLiteral("SELECT sessions FROM web_traffic WHERE report = 'landing_page' AND dimension = '/' AND live <> 0");
        const QString second = QStringLiteral("SELECT sessions FROM web_traffic WHERE report = 'site' AND period_start = '2017-01-02' AND live <> 0");
        QCOMPARE(scalar(db, home).toInt(), 3700);
        QCOMPARE(scalar(db, second).toInt(), 360);
        QCOMPARE(AnalyticsRepository(db, QTimeZone("Europe/Zurich")).periodStats({2017, 1, 1}, {2017, 1, 31}).web.site.sessions,
                 std::optional<double>(15078 + 3));

        // The digests follow the new keys: the same rows in other bytes change nothing.
        QFile follows(QStringLiteral(BEAMLINE_SAMPLES_DIR "/meta/Jan-01-2026_Jan-31-2026_Facebook-follows.csv"));
        QVERIFY(follows.open(QIODevice::ReadOnly));
        const QString again = dir.filePath(QStringLiteral("Jan-01-2026_Jan-31-2026_Facebook-follows.csv"));
        writeFile(again, follows.readAll() + QByteArray("\n\0", 2));
        const ImportReport reimport = Importer(workspace->database()).importFile(again);
        QVERIFY2(!reimport.failed(), qPrintable(reimport.error));
        QCOMPARE(reimport.added, 0);
        QCOMPARE(reimport.updated, 0);
        QCOMPARE(reimport.unchanged, 31);

        // Every import of the old schema still undoes exactly.
        QVERIFY(undoImport(*workspace, 2));
        QCOMPARE(scalar(db, home).toInt(), 3611);
        QCOMPARE(scalar(db, second).toInt(), 357);
        QVERIFY(undoImport(*workspace, 1));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM web_traffic WHERE report IN ('site', 'landing_page')")).toInt(), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM web_traffic WHERE report = 'referrer' AND live <> 0")).toInt(), 15);
    }

    void applicationIdIsInTheFileWhileOpen()
    {
        // "BEML" big-endian, as shared-mime-info's magic (big32 at offset 68) reads it.
        const QByteArray beml("\x42\x45\x4D\x4C", 4);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.beamline"));
        const auto created = WorkspaceOpener::open(path);
        QVERIFY(created.ok());
        QCOMPARE(created.status, WorkspaceOpener::Status::Created);
        QCOMPARE(headerApplicationId(path), beml);
        QCOMPARE(quint32(Database::ApplicationId), 1111838028u);

        // An upgraded workspace too, while the upgrade's connection is still open.
        const QString old = dir.filePath(QStringLiteral("old.beamline"));
        QVERIFY(WorkspaceOpener::open(old).ok());
        const QString migrations = migrationsWithNext(dir, "CREATE TABLE extra (id INTEGER PRIMARY KEY);\n");
        const auto upgraded = WorkspaceOpener::open(old, WorkspaceOpener::Mode::MustExist, migrations);
        QCOMPARE(upgraded.status, WorkspaceOpener::Status::Migrated);
        QCOMPARE(headerApplicationId(old), beml);
        QCOMPARE(headerApplicationId(upgraded.backupPath), beml);
        // The committed first-schema workspace carried it already.
        QCOMPARE(headerApplicationId(QStringLiteral(BEAMLINE_TEST_DATA_DIR "/workspace-v1.beamline")), beml);
    }

    void isWorkspaceFile_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("workspace");
        QTest::newRow("workspace") << "workspace" << "lab.beamline" << true;
        QTest::newRow("workspace without suffix") << "workspace" << "lab" << true;
        QTest::newRow("workspace named .db") << "workspace" << "lab.db" << true;
        QTest::newRow("missing, .beamline") << "missing" << "new.beamline" << true;
        QTest::newRow("missing, upper-case suffix") << "missing" << "NEW.BEAMLINE" << true;
        QTest::newRow("missing csv") << "missing" << "export.csv" << false;
        QTest::newRow("csv") << "csv" << "export.csv" << false;
        QTest::newRow("csv named .beamline") << "csv" << "export.beamline" << true; // the name decides; opening it says why not
        QTest::newRow("other SQLite") << "sqlite" << "other.sqlite" << false;
        QTest::newRow("empty file") << "empty" << "empty" << false;
        QTest::newRow("folder named .beamline") << "folder" << "exports.beamline" << false;
    }

    void isWorkspaceFile()
    {
        QFETCH(QString, kind);
        QFETCH(QString, name);
        QFETCH(bool, workspace);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        if (kind == QLatin1String("workspace")) {
            QVERIFY(WorkspaceOpener::open(path).ok());
        } else if (kind == QLatin1String("csv")) {
            writeFile(path, "Date,Impressions\n2017-01-01,12\n");
        } else if (kind == QLatin1String("empty")) {
            writeFile(path, QByteArray());
        } else if (kind == QLatin1String("folder")) {
            QVERIFY(QDir().mkpath(path));
        } else if (kind == QLatin1String("sqlite")) {
            {
                QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
                raw.setDatabaseName(path);
                QVERIFY(raw.open());
                QVERIFY(QSqlQuery(raw).exec(QStringLiteral("PRAGMA application_id = 1196444487"))); // GeoPackage's "GPKG"
                QVERIFY(QSqlQuery(raw).exec(QStringLiteral("CREATE TABLE t (x)")));
                raw.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("other"));
        }
        QCOMPARE(WorkspaceOpener::isWorkspaceFile(path), workspace);
    }

    void lockedWorkspaceIsReported()
    {
        TestWorkspace ws;
        const QString path = ws.path();
        ws.reopen();
        QSqlDatabase locker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        locker.setDatabaseName(path);
        QVERIFY(locker.open());
        QSqlQuery begin(locker);
        QVERIFY(begin.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(QSqlQuery(locker).exec(QStringLiteral("INSERT INTO settings VALUES ('lock', '1')")));
        // A second workspace on the same file cannot write while the lock is held.
        Database other(path);
        QVERIFY_THROWS_EXCEPTION(DatabaseError, SqlQuery::execute(other.connection(), QStringLiteral("INSERT INTO settings VALUES ('b', '2')")));
        QSqlQuery(locker).exec(QStringLiteral("ROLLBACK"));
        locker.close();
        locker = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    }

    void splitStatements_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QStringList>("statements");
        QTest::newRow("two") << QStringLiteral("CREATE TABLE a (x);\nCREATE TABLE b (y);\n")
                             << QStringList{QStringLiteral("CREATE TABLE a (x)"), QStringLiteral("CREATE TABLE b (y)")};
        QTest::newRow("semicolon in string") << QStringLiteral("INSERT INTO a VALUES ('x;y');")
                                             << QStringList{QStringLiteral("INSERT INTO a VALUES ('x;y')")};
        QTest::newRow("doubled quote") << QStringLiteral("INSERT INTO a VALUES ('it''s; fine'); SELECT 1")
                                       << QStringList{QStringLiteral("INSERT INTO a VALUES ('it''s; fine')"), QStringLiteral("SELECT 1")};
        QTest::newRow("line comment") << QStringLiteral("-- a comment; with a semicolon\nSELECT 1;")
                                      << QStringList{QStringLiteral("SELECT 1")};
        QTest::newRow("block comment") << QStringLiteral("/* x; y */ SELECT 2;") << QStringList{QStringLiteral("SELECT 2")};
        QTest::newRow("no trailing semicolon") << QStringLiteral("SELECT 3") << QStringList{QStringLiteral("SELECT 3")};
        QTest::newRow("empty") << QStringLiteral("  \n-- only a comment\n") << QStringList{};
    }

    void splitStatements()
    {
        QFETCH(QString, script);
        QFETCH(QStringList, statements);
        QCOMPARE(Migrator::splitStatements(script), statements);
    }
};

QTEST_GUILESS_MAIN(tst_Migrator)
#include "tst_migrator.moc"
