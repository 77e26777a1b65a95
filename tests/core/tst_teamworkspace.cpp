// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <core/db/databaseerror.h>
#include <core/db/engine.h>
#include <core/db/personrepository.h>
#include <core/db/postrepository.h>
#include <core/db/sqlquery.h>
#include <core/db/workspaceopener.h>
#include <core/workspace/approvals.h>
#include <core/workspace/workspace.h>
#include <core/workspace/writer.h>

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Beamline;
using namespace Beamline::Test;

// A team workspace on PostgreSQL (run only as tst_teamworkspace_postgresql, on the test
// server): a committed write's change set reaches the other workstations with LISTEN/NOTIFY.
class tst_TeamWorkspace : public QObject
{
    Q_OBJECT

private:
    // Login roles of the test server (roles belong to the whole server: made once), each a
    // member of one of the group roles the migration creates.
    static void makeLoginRoles()
    {
        serverExecute(QStringLiteral(
            "DO $$ BEGIN "
            "IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'beamline_test_editor') THEN CREATE ROLE beamline_test_editor LOGIN; END IF; "
            "IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'beamline_test_approver') THEN CREATE ROLE beamline_test_approver LOGIN; END IF; "
            "IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'beamline_test_reader') THEN CREATE ROLE beamline_test_reader LOGIN; END IF; "
            "END $$"));
        serverExecute(QStringLiteral("GRANT beamline_editors TO beamline_test_editor"));
        serverExecute(QStringLiteral("GRANT beamline_approvers TO beamline_test_approver"));
        serverExecute(QStringLiteral("GRANT beamline_viewers TO beamline_test_reader"));
    }

    static std::unique_ptr<Workspace> openAs(const TestWorkspace &ws, const QString &role)
    {
        WorkspaceOpener::Result opened;
        auto workspace = Workspace::open(serverLocation(ServerLocation::parse(ws.path()).database(), role), WorkspaceOpener::Mode::MustExist, &opened);
        if (!workspace)
            qWarning("%s", qPrintable(opened.message));
        return workspace;
    }

    // Runs one statement as the workspace's connection gives it; the server's SQLSTATE, or
    // empty when it succeeded.
    static QString refusal(const QSqlDatabase &db, const QString &sql, const QVariantMap &bindings = {})
    {
        try {
            SqlQuery q(db, sql);
            for (auto it = bindings.cbegin(); it != bindings.cend(); ++it)
                q.bind(it.key(), it.value());
            q.exec();
        } catch (const DatabaseError &error) {
            return error.code();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<Beamline::ChangeSet>(); }

    void theMigrationMakesTheGroupRoles()
    {
        QVERIFY(onPostgres());
        TestWorkspace ws; // migrated by the server's superuser, who may create roles
        QCOMPARE(SqlQuery::scalar(ws.db(), QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname IN "
                                                          "('beamline_viewers', 'beamline_editors', 'beamline_approvers') AND NOT rolcanlogin")).toInt(), 3);
        QVERIFY(SqlQuery::scalar(ws.db(), QStringLiteral("SELECT pg_has_role('beamline_approvers', 'beamline_editors', 'MEMBER')")).toBool());
        QVERIFY(!SqlQuery::scalar(ws.db(), QStringLiteral("SELECT has_table_privilege('beamline_viewers', 'posts', 'UPDATE')")).toBool());
        QVERIFY(SqlQuery::scalar(ws.db(), QStringLiteral("SELECT has_table_privilege('beamline_viewers', 'posts', 'SELECT')")).toBool());
        QVERIFY(SqlQuery::scalar(ws.db(), QStringLiteral("SELECT has_table_privilege('beamline_editors', 'posts', 'UPDATE')")).toBool());
    }

    void onlyTheServersApproversApprove()
    {
        QVERIFY(onPostgres());
        TestWorkspace ws;
        makeLoginRoles();
        PersonRepository people(ws.db());
        const qint64 erin = people.insert({0, QStringLiteral("Erin"), {}, Person::Role::Editor, QStringLiteral("beamline_test_editor")});
        const qint64 alex = people.insert({0, QStringLiteral("Alex"), {}, Person::Role::Approver, QStringLiteral("beamline_test_approver")});
        const std::unique_ptr<Workspace> editor = openAs(ws, QStringLiteral("beamline_test_editor"));
        const std::unique_ptr<Workspace> approver = openAs(ws, QStringLiteral("beamline_test_approver"));
        QVERIFY(editor && approver);
        QVERIFY(!editor->isReadOnly());

        const Signer erinSigns = Approvals::current(*editor);
        QCOMPARE(erinSigns.login, QStringLiteral("beamline_test_editor"));
        QCOMPARE(erinSigns.person->id, erin);
        QVERIFY(erinSigns.mayWrite);
        QVERIFY(!erinSigns.mayApprove);
        QVERIFY(Approvals::current(*approver).mayApprove);

        // Erin creates, Alex changes: each is recorded by the server's trigger.
        Post p;
        p.title = QStringLiteral("Guess What It Is");
        p.status = PostStatus::Review;
        qint64 id = 0;
        QVERIFY(editor->writer().run([&](WriteScope &scope) { id = PostRepository(scope.db()).insert(p); }).ok);
        Post stored = *PostRepository(ws.db()).find(id);
        QCOMPARE(stored.createdBy, erin);
        QCOMPARE(stored.changedBy, erin);
        stored.title = QStringLiteral("Guess What It Is: the answer");
        QVERIFY(approver->writer().run([&](WriteScope &scope) { PostRepository(scope.db()).update(stored); }).ok);
        stored = *PostRepository(ws.db()).find(id);
        QCOMPARE(stored.createdBy, erin);
        QCOMPARE(stored.changedBy, alex);
        // Even a client that names someone else: the server records who is connected.
        QCOMPARE(refusal(editor->connection(), QStringLiteral("UPDATE posts SET notes = 'n', changed_by = :alex"), {{QStringLiteral(":alex"), alex}}),
                 QString());
        QCOMPARE(PostRepository(ws.db()).find(id)->changedBy, erin);

        // Erin's approval is refused by the server itself: the repository's call, and raw SQL.
        const WriteResult refused = editor->writer().run([&](WriteScope &scope) { PostRepository(scope.db()).approve(id); });
        QVERIFY(!refused.ok);
        QVERIFY(refused.denied);
        QVERIFY2(refused.detail.contains(QLatin1String("beamline_approvers")), qPrintable(refused.detail));
        QVERIFY2(refused.message.contains(QLatin1String("Only approvers may approve")), qPrintable(refused.message));
        QCOMPARE(refusal(editor->connection(), QStringLiteral("UPDATE posts SET status = 'approved'")), QStringLiteral("42501"));
        QCOMPARE(refusal(editor->connection(), QStringLiteral("UPDATE posts SET approved_by = :erin"), {{QStringLiteral(":erin"), erin}}),
                 QStringLiteral("42501"));
        QCOMPARE(refusal(editor->connection(), QStringLiteral("INSERT INTO posts (title, status, created_at, updated_at) "
                                                              "VALUES ('sneaky', 'approved', '2026-12-02T10:00:00Z', '2026-12-02T10:00:00Z')")),
                 QStringLiteral("42501"));
        const WriteResult viaService = Approvals::approve(*editor, id, 0);
        QVERIFY(viaService.denied);
        stored = *PostRepository(ws.db()).find(id);
        QCOMPARE(stored.status, PostStatus::Review);
        QVERIFY(!stored.approvedBy);
        QCOMPARE(PostRepository(ws.db()).all().size(), 1);

        // Alex's approval goes through and names Alex.
        qint64 version = 0;
        QVERIFY(Approvals::approve(*approver, id, stored.version, &version).ok);
        QCOMPARE(version, stored.version + 1);
        QCOMPARE(approver->ownPostVersion(id), version);
        stored = *PostRepository(ws.db()).find(id);
        QCOMPARE(stored.status, PostStatus::Approved);
        QCOMPARE(stored.approvedBy, alex);
        QCOMPARE(stored.changedBy, alex);
        QVERIFY(stored.approvedAt.isValid());
        // Erin may still edit the approved post (the approval stays), and withdraw it.
        stored.notes = QStringLiteral("checked");
        QVERIFY(editor->writer().run([&](WriteScope &scope) { PostRepository(scope.db()).update(stored); }).ok);
        QCOMPARE(PostRepository(ws.db()).find(id)->approvedBy, alex);
        QVERIFY(editor->writer().run([&](WriteScope &scope) { PostRepository(scope.db()).setStatus(id, PostStatus::Draft); }).ok);
        QVERIFY(!PostRepository(ws.db()).find(id)->approvedBy);
        // An approver's raw approval that names Erin is recorded as Alex's.
        QCOMPARE(refusal(approver->connection(), QStringLiteral("UPDATE posts SET status = 'approved', approved_by = :erin"),
                         {{QStringLiteral(":erin"), erin}}),
                 QString());
        stored = *PostRepository(ws.db()).find(id);
        QCOMPARE(stored.approvedBy, alex);
        QVERIFY(stored.approvedAt.isValid());
    }

    void aCommittedWriteReachesTheOtherWorkstations()
    {
        QVERIFY(onPostgres());
        TestWorkspace ws; // this workstation
        WorkspaceOpener::Result opened;
        const std::unique_ptr<Workspace> other = Workspace::open(ws.path(), WorkspaceOpener::Mode::MustExist, &opened);
        QVERIFY2(other, qPrintable(opened.message));
        QSignalSpy theirs(other.get(), &Workspace::remoteChanged);
        QSignalSpy theirViews(other.get(), &Workspace::changed);
        QSignalSpy mine(&ws.workspace(), &Workspace::remoteChanged);

        qint64 id = 0;
        QVERIFY(ws.workspace().writer().run([&](WriteScope &scope) {
            Post p;
            p.title = QStringLiteral("Guess What It Is");
            id = PostRepository(scope.db()).insert(p);
            scope.changed(ChangeSet::Kind::Posts, id);
        }).ok);
        QTRY_COMPARE(theirs.count(), 1);
        const ChangeSet received = theirs.first().first().value<ChangeSet>();
        QVERIFY(received.touches(ChangeSet::Kind::Posts));
        QCOMPARE(received.ids(ChangeSet::Kind::Posts), QSet<qint64>{id});
        QCOMPARE(theirViews.count(), 1);
        // The other workstation reads the post the notice is about.
        QCOMPARE(PostRepository(other->connection()).find(id)->title, QStringLiteral("Guess What It Is"));

        // A write that rolls back sends nothing; the next committed one arrives, and the
        // other workstation's own write comes back here.
        const WriteResult failed = ws.workspace().writer().run([&](WriteScope &scope) {
            scope.changed(ChangeSet::Kind::Pillars);
            SqlQuery::execute(scope.db(), QStringLiteral("INSERT INTO no_such_table VALUES (1)"));
        });
        QVERIFY(!failed.ok);
        QVERIFY(other->writer().run([&](WriteScope &scope) { scope.changed(ChangeSet::Kind::Series, 7); }).ok);
        QTRY_COMPARE(mine.count(), 1);
        QCOMPARE(mine.first().first().value<ChangeSet>().ids(ChangeSet::Kind::Series), QSet<qint64>{7});
        QVERIFY(ws.workspace().writer().run([&](WriteScope &scope) { scope.changed(ChangeSet::Kind::Campaigns); }).ok);
        QTRY_COMPARE(theirs.count(), 2);
        const ChangeSet second = theirs.at(1).first().value<ChangeSet>();
        QVERIFY(second.touches(ChangeSet::Kind::Campaigns));
        QVERIFY(!second.touches(ChangeSet::Kind::Pillars));
        // Neither heard its own writes back.
        QCOMPARE(mine.count(), 1);
        QCOMPARE(theirs.count(), 2);
    }

    void aViewerRoleReadsAndTheServerRefusesItsWrites()
    {
        QVERIFY(onPostgres());
        TestWorkspace ws;
        QVERIFY(ws.workspace().writer().run([&](WriteScope &scope) {
            Post p;
            p.title = QStringLiteral("Guess What It Is");
            PostRepository(scope.db()).insert(p);
        }).ok);
        // A login role with SELECT only (roles belong to the whole test server; made once).
        serverExecute(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'beamline_viewer') "
                                     "THEN CREATE ROLE beamline_viewer LOGIN; END IF; END $$"));
        SqlQuery::execute(ws.db(), QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO beamline_viewer"));
        const QString database = ServerLocation::parse(ws.path()).database();

        WorkspaceOpener::Result opened;
        const std::unique_ptr<Workspace> viewer =
            Workspace::open(serverLocation(database, QStringLiteral("beamline_viewer")), WorkspaceOpener::Mode::MustExist, &opened);
        QVERIFY2(viewer, qPrintable(opened.message));
        QCOMPARE(opened.status, WorkspaceOpener::Status::OpenedReadOnly);
        QVERIFY(viewer->isReadOnly());
        QVERIFY(opened.message.contains(QLatin1String("viewer")));
        QCOMPARE(PostRepository(viewer->connection()).all().size(), 1);

        // Not only the window: the server itself refuses the role's write.
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("raw-viewer"));
        const ServerLocation server = ServerLocation::parse(serverLocation(database, QStringLiteral("beamline_viewer")));
        raw.setHostName(server.host());
        raw.setPort(server.port());
        raw.setUserName(server.user());
        raw.setDatabaseName(server.database());
        QVERIFY2(raw.open(), qPrintable(raw.lastError().text()));
        {
            QSqlQuery write(raw);
            QVERIFY(!write.exec(QStringLiteral("UPDATE posts SET title = 'changed'")));
            QCOMPARE(write.lastError().nativeErrorCode(), QStringLiteral("42501")); // insufficient_privilege
        }
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("raw-viewer"));
        QCOMPARE(PostRepository(ws.db()).all().first().title, QStringLiteral("Guess What It Is"));

        // A member of the beamline_viewers group role (no grant of its own) reads, and the
        // server refuses its writes; through the writer the refusal is a value that says so.
        makeLoginRoles();
        const std::unique_ptr<Workspace> reader = openAs(ws, QStringLiteral("beamline_test_reader"));
        QVERIFY(reader);
        QVERIFY(reader->isReadOnly());
        QCOMPARE(PostRepository(reader->connection()).all().size(), 1);
        QVERIFY(!Approvals::current(*reader).mayApprove);
        QSqlDatabase readerRaw = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("raw-reader"));
        const ServerLocation readerServer = ServerLocation::parse(serverLocation(database, QStringLiteral("beamline_test_reader")));
        readerRaw.setHostName(readerServer.host());
        readerRaw.setPort(readerServer.port());
        readerRaw.setUserName(readerServer.user());
        readerRaw.setDatabaseName(readerServer.database());
        QVERIFY2(readerRaw.open(), qPrintable(readerRaw.lastError().text()));
        QCOMPARE(refusal(readerRaw, QStringLiteral("UPDATE posts SET title = 'changed'")), QStringLiteral("42501"));
        QCOMPARE(refusal(readerRaw, QStringLiteral("INSERT INTO people (name) VALUES ('Mallory')")), QStringLiteral("42501"));
        {
            Writer writer(reader->database());
            const WriteResult denied = writer.run([](WriteScope &scope) {
                SqlQuery::execute(scope.db(), QStringLiteral("UPDATE posts SET title = 'changed'"));
            }, QStringLiteral("raw-reader-writer"));
            QVERIFY(!denied.ok);
        }
        readerRaw.close();
        readerRaw = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("raw-reader"));
        QCOMPARE(PostRepository(ws.db()).all().first().title, QStringLiteral("Guess What It Is"));
    }

    void aLongChangeSetTravelsAsItsKinds()
    {
        ChangeSet many;
        for (qint64 id = 1; id <= 5000; ++id)
            many.add(ChangeSet::Kind::Figures, 1000000 + id);
        many.add(ChangeSet::Kind::Batches, 3);
        const QString payload = Writer::notice(QStringLiteral("token"), many);
        QVERIFY(payload.toUtf8().size() < 8000); // PostgreSQL's limit
        QString token;
        ChangeSet received;
        QVERIFY(Writer::parseNotice(payload, &token, &received));
        QCOMPARE(token, QStringLiteral("token"));
        QVERIFY(received.touches(ChangeSet::Kind::Figures) && received.touches(ChangeSet::Kind::Batches));
        QVERIFY(received.ids(ChangeSet::Kind::Figures).isEmpty()); // "some figures"

        ChangeSet few;
        few.add(ChangeSet::Kind::Posts, 42);
        QVERIFY(Writer::parseNotice(Writer::notice(QStringLiteral("t"), few), &token, &received));
        QCOMPARE(received, few);
        QVERIFY(!Writer::parseNotice(QStringLiteral("posts:42"), &token, &received));
    }
};

QTEST_GUILESS_MAIN(tst_TeamWorkspace)
#include "tst_teamworkspace.moc"
