// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <core/db/engine.h>
#include <core/db/postrepository.h>
#include <core/db/sqlquery.h>
#include <core/db/workspaceopener.h>
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

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<Beamline::ChangeSet>(); }

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
