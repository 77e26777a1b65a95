// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <core/db/personrepository.h>
#include <core/db/postrepository.h>
#include <core/db/workspaceopener.h>
#include <core/demo/demogenerator.h>
#include <core/models/planmodel.h>
#include <core/workspace/workspace.h>
#include <core/workspace/writer.h>
#include <ui/application.h>
#include <ui/mainwindow.h>
#include <ui/widgets/connectdialog.h>
#include <ui/pages/planpage.h>
#include <ui/commands/plancommands.h>
#include <ui/plan/posteditordialog.h>

#include <QLabel>
#include <QPushButton>

#include <QElapsedTimer>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace Beamline;
using namespace Beamline::Test;

// Two editors' plan pages on one team workspace (run only as tst_teamplan_postgresql, on the
// test server): each one's move of a post shows in the other's calendar, with no reload asked.
class tst_TeamPlan : public QObject
{
    Q_OBJECT

private:
    static QModelIndex findPost(const QAbstractItemModel *model, qint64 postId)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(PlanModel::PostIdRole).toLongLong() == postId)
                return model->index(row, 0);
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase() { Application::setUp(); }

    void theWindowOpensATeamWorkspaceAndRemembersTheAddressOnly()
    {
        QVERIFY(onPostgres());
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(QStringLiteral("workspace"));
        ServerDatabase server;
        MainWindow window;
        QVERIFY(window.openWorkspace(server.location()));
        QVERIFY(window.workspace()->database().isServer());
        QCOMPARE(window.workspace()->name(), server.name()); // a new workspace is named after its database
        // Remembered once the window has shown the workspace.
        QTRY_COMPARE(ConnectDialog::recentConnections(), QStringList{server.location()});
        QCOMPARE(QSettings().value(QStringLiteral("workspace/last")).toString(), server.location());
        QVERIFY(QSettings().value(QStringLiteral("workspace/recent")).toStringList().isEmpty()); // files only
        // An address with a password is refused before anything is sent.
        QVERIFY(!window.openWorkspace(QStringLiteral("postgresql://postgres:secret@127.0.0.1/%1").arg(server.name())));
        QVERIFY(window.workspace()->database().isServer());
        window.close();
    }

    void eachEditorSeesTheOthersMove()
    {
        QVERIFY(onPostgres());
        TestWorkspace ws;
        DemoGenerator::generate(ws.workspace().writer());
        WorkspaceOpener::Result opened;
        const std::unique_ptr<Workspace> other = Workspace::open(ws.path(), WorkspaceOpener::Mode::MustExist, &opened);
        QVERIFY2(other, qPrintable(opened.message));

        QUndoStack undoA, undoB;
        PlanPage pageA, pageB;
        pageA.setWorkspace(&ws.workspace(), &undoA);
        pageB.setWorkspace(other.get(), &undoB);
        pageA.show();
        pageB.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pageB));

        const Post post = *PostRepository(ws.db()).find(
            [&] {
                for (int row = 0; row < pageB.filterModel()->rowCount(); ++row) {
                    const QModelIndex i = pageB.filterModel()->index(row, 0);
                    if (i.data(PlanModel::PostIdRole).toLongLong() > 0)
                        return i.data(PlanModel::PostIdRole).toLongLong();
                }
                return qint64(0);
            }());
        QVERIFY(findPost(pageA.filterModel(), post.id).isValid());

        // A moves the post a day later: B's calendar follows.
        Post moved = post;
        moved.scheduledAt = post.scheduledAt.addDays(1);
        QElapsedTimer timer;
        timer.start();
        undoA.push(new SavePostCommand(&ws.workspace(), post, moved, QStringLiteral("Move"), {}));
        QTRY_COMPARE(findPost(pageB.filterModel(), post.id).data(PlanModel::StartRole).toDateTime(), moved.scheduledAt);
        qInfo("B showed A's move after %lld ms", qint64(timer.elapsed()));

        // B moves it back an hour: A's calendar follows.
        Post back = *PostRepository(other->connection()).find(post.id);
        const Post current = back;
        back.scheduledAt = back.scheduledAt.addSecs(-3600);
        timer.restart();
        undoB.push(new SavePostCommand(other.get(), current, back, QStringLiteral("Move back"), {}));
        QTRY_COMPARE(findPost(pageA.filterModel(), post.id).data(PlanModel::StartRole).toDateTime(), back.scheduledAt);
        qInfo("A showed B's move after %lld ms", qint64(timer.elapsed()));
    }

    void theApproveActionIsTheServersApproversOnly()
    {
        // An editor's role (member of beamline_editors only) gets a disabled Approve; an
        // approver's role an enabled one. The server decides (pg_has_role), not the people list.
        QVERIFY(onPostgres());
        TestWorkspace ws;
        serverExecute(QStringLiteral(
            "DO $$ BEGIN "
            "IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'beamline_ui_editor') THEN CREATE ROLE beamline_ui_editor LOGIN; END IF; "
            "IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'beamline_ui_approver') THEN CREATE ROLE beamline_ui_approver LOGIN; END IF; "
            "END $$"));
        serverExecute(QStringLiteral("GRANT beamline_editors TO beamline_ui_editor"));
        serverExecute(QStringLiteral("GRANT beamline_approvers TO beamline_ui_approver"));
        PersonRepository people(ws.db());
        // The people list calls the editor an approver: it does not matter, the server decides.
        people.insert({0, QStringLiteral("Erin"), {}, Person::Role::Approver, QStringLiteral("beamline_ui_editor")});
        const qint64 alex = people.insert({0, QStringLiteral("Alex"), {}, Person::Role::Approver, QStringLiteral("beamline_ui_approver")});
        Post post;
        post.title = QStringLiteral("Guess What It Is");
        post.status = PostStatus::Review;
        QVERIFY(ws.workspace().writer().run([&](WriteScope &scope) { post.id = PostRepository(scope.db()).insert(post); }).ok);
        post = *PostRepository(ws.db()).find(post.id);
        const QString database = ServerLocation::parse(ws.path()).database();

        WorkspaceOpener::Result opened;
        const std::unique_ptr<Workspace> editor = Workspace::open(serverLocation(database, QStringLiteral("beamline_ui_editor")),
                                                                  WorkspaceOpener::Mode::MustExist, &opened);
        QVERIFY2(editor, qPrintable(opened.message));
        {
            PostEditorDialog dialog(editor->connection(), editor->timeZone(), post);
            dialog.enableApproval(editor.get());
            auto *approve = dialog.findChild<QPushButton *>(QStringLiteral("approve"));
            QVERIFY(approve);
            QVERIFY(!approve->isEnabled());
            QVERIFY2(approve->toolTip().contains(QLatin1String("beamline_ui_editor")), qPrintable(approve->toolTip()));
            // Forced past the window's check, the server still refuses, and the dialog says so.
            approve->setEnabled(true);
            approve->click();
            QVERIFY(!dialog.wasApproved());
            auto *problem = dialog.findChild<QLabel *>(QStringLiteral("approvalProblem"));
            QVERIFY(!problem->isHidden());
            QVERIFY2(problem->text().contains(QLatin1String("Only approvers may approve")), qPrintable(problem->text()));
            QCOMPARE(PostRepository(ws.db()).find(post.id)->status, PostStatus::Review);
        }
        const std::unique_ptr<Workspace> approver = Workspace::open(serverLocation(database, QStringLiteral("beamline_ui_approver")),
                                                                    WorkspaceOpener::Mode::MustExist, &opened);
        QVERIFY2(approver, qPrintable(opened.message));
        PostEditorDialog dialog(approver->connection(), approver->timeZone(), post);
        dialog.enableApproval(approver.get());
        auto *approve = dialog.findChild<QPushButton *>(QStringLiteral("approve"));
        QVERIFY(approve->isEnabled());
        approve->click();
        QVERIFY(dialog.wasApproved());
        QCOMPARE(PostRepository(ws.db()).find(post.id)->approvedBy, alex);
        QVERIFY2(dialog.attributionText().contains(QLatin1String("Approved by Alex")), qPrintable(dialog.attributionText()));
    }
};

QTEST_MAIN(tst_TeamPlan)
#include "tst_teamplan.moc"
