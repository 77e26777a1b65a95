// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <core/db/campaignrepository.h>
#include <core/db/channelrepository.h>
#include <core/db/personrepository.h>
#include <core/db/postrepository.h>
#include <core/db/pillarrepository.h>
#include <core/db/seriesrepository.h>
#include <core/db/settingsrepository.h>
#include <core/demo/demogenerator.h>
#include <core/workspace/workspace.h>
#include <ui/application.h>
#include <ui/help/helpwindows.h>
#include <ui/mainwindow.h>
#include <ui/pages/measurepage.h>
#include <core/domain/isotime.h>
#include <ui/plan/posteditordialog.h>
#include <ui/plan/serieseditordialog.h>
#include <ui/setup/addchanneldialog.h>
#include <ui/setup/newworkspacedialog.h>
#include <ui/setup/setupchecklist.h>
#include <ui/setup/setupmodels.h>
#include <ui/setup/workspacesettingsdialog.h>
#include <ui/widgets/emptystate.h>
#include <ui/widgets/timezonecombo.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QSpinBox>
#include <QTranslator>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>

using namespace Beamline;
using namespace Beamline::Test;

// Settings ▸ Workspace, the first-run checklist, and the editors and Help entries that
// depend on them, driven as a user would on a new, empty workspace.
class tst_Setup : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString newWorkspacePath() { return m_dir.filePath(QStringLiteral("lab%1.beamline").arg(++m_files)); }

    static QStringList column(const QAbstractItemModel *model, int column)
    {
        QStringList values;
        for (int r = 0; r < model->rowCount(); ++r)
            values.append(model->index(r, column).data().toString());
        return values;
    }

    // Closes the next modal dialog (after checking its kind) once it is shown.
    template <typename Dialog>
    static void closeNextModal(bool *seen)
    {
        QTimer::singleShot(0, [seen] {
            QTRY_VERIFY(QApplication::activeModalWidget() != nullptr);
            if (auto *d = qobject_cast<Dialog *>(QApplication::activeModalWidget())) {
                *seen = true;
                d->reject();
            } else if (auto *other = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                other->reject();
            }
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Application::setUp();
        auto *english = new QTranslator(this);
        QVERIFY(english->load(QStringLiteral("beamline_en"), QStringLiteral(BEAMLINE_QM_DIR)));
        QCoreApplication::installTranslator(english);
    }

    void emptyPagesSayWhatToDo()
    {
        MainWindow window;
        QVERIFY(window.openWorkspace(newWorkspacePath()));
        WorkspaceSettingsDialog *dialog = window.showWorkspaceSettings(int(WorkspaceSettingsDialog::Page::Channels));
        QVERIFY(dialog);
        QCOMPARE(dialog->currentPage(), WorkspaceSettingsDialog::Page::Channels);
        for (auto page : {WorkspaceSettingsDialog::Page::Channels, WorkspaceSettingsDialog::Page::Pillars, WorkspaceSettingsDialog::Page::People,
                          WorkspaceSettingsDialog::Page::Campaigns}) {
            EmptyState *empty = dialog->emptyState(page);
            QVERIFY2(empty, "an empty page shows its empty state");
            QVERIFY(!empty->title().isEmpty());
            QVERIFY(empty->text().size() > 60); // says what to do, not just "empty"
            QVERIFY(!empty->findChildren<QAbstractButton *>().isEmpty());
        }
        dialog->channels()->addChannel({0, Platform::X, QStringLiteral("lhclab"), {}});
        QCOMPARE(dialog->emptyState(WorkspaceSettingsDialog::Page::Channels), nullptr);
        dialog->close();
        // Measure, with nothing imported, offers the import as the Data page does.
        window.showPage(MainWindow::Page::Measure);
        auto *measure = window.findChild<MeasurePage *>();
        QVERIFY(measure);
        EmptyState *nothing = nullptr;
        for (EmptyState *e : measure->findChildren<EmptyState *>()) {
            if (!e->isHidden())
                nothing = e;
        }
        QVERIFY(nothing);
        QCOMPARE(nothing->title(), QStringLiteral("Nothing measured yet"));
        QAbstractButton *import = nullptr;
        for (QAbstractButton *b : nothing->findChildren<QAbstractButton *>()) {
            if (b->text().startsWith(QLatin1String("Import Exports")))
                import = b;
        }
        QVERIFY(import);
        QVERIFY(import->isEnabled());
        QSignalSpy asked(measure, &MeasurePage::importRequested);
        bool fileDialog = false;
        closeNextModal<QFileDialog>(&fileDialog);
        import->click();
        QCOMPARE(asked.size(), 1);
        QVERIFY(fileDialog); // the window's Import Exports, with its file dialog
    }

    void channelEditsUndo()
    {
        MainWindow window;
        QVERIFY(window.openWorkspace(newWorkspacePath()));
        WorkspaceSettingsDialog *dialog = window.showWorkspaceSettings(int(WorkspaceSettingsDialog::Page::Channels));
        ChannelModel *model = dialog->channels();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QUndoStack *stack = window.undoStack();
        const QSqlDatabase db = window.workspace()->connection();

        QVERIFY(model->addChannel({0, Platform::X, QStringLiteral("@lhclab"), {}}));
        QVERIFY(model->addChannel({0, Platform::Instagram, QStringLiteral("lhclab"), QStringLiteral("LHC Lab")}));
        QVERIFY(model->addChannel({0, Platform::Facebook, QStringLiteral("ExamplePhysicsLab"), QStringLiteral("LHC Lab")}));
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(column(model, ChannelModel::Handle), (QStringList{QStringLiteral("lhclab"), QStringLiteral("lhclab"), QStringLiteral("ExamplePhysicsLab")}));
        QCOMPARE(column(model, ChannelModel::Limit), (QStringList{QStringLiteral("280"), QStringLiteral("2,200"), QStringLiteral("63,206")}));
        QVERIFY(model->index(0, 0).data(Qt::DecorationRole).isValid()); // a colour from the start

        // The same account twice is refused and says why.
        QSignalSpy refused(model, &SetupModel::refused);
        QVERIFY(!model->addChannel({0, Platform::Instagram, QStringLiteral("LHCLAB"), {}}));
        QCOMPARE(refused.count(), 1);
        QVERIFY(dialog->statusText().contains(QLatin1String("already has a channel")));
        QCOMPARE(model->rowCount(), 3);

        // Rename, change the limit, undo both, redo one.
        QVERIFY(model->setData(model->index(0, ChannelModel::Name), QStringLiteral("LHC Lab on X")));
        QVERIFY(model->setData(model->index(0, ChannelModel::Limit), 25000));
        QCOMPARE(model->index(0, ChannelModel::Name).data().toString(), QStringLiteral("LHC Lab on X"));
        QCOMPARE(model->index(0, ChannelModel::Limit).data().toString(), QStringLiteral("25,000"));
        stack->undo();
        QCOMPARE(model->index(0, ChannelModel::Limit).data().toString(), QStringLiteral("280"));
        stack->undo();
        QCOMPARE(model->index(0, ChannelModel::Name).data().toString(), QStringLiteral("lhclab"));
        stack->redo();
        QCOMPARE(model->index(0, ChannelModel::Name).data().toString(), QStringLiteral("LHC Lab on X"));

        // Colour, order.
        QVERIFY(model->setData(model->index(1, 0), QStringLiteral("#009e73"), SetupModel::ColorRole));
        QCOMPARE(ChannelRepository(db).find(model->idAt(1))->color, QStringLiteral("#009e73"));
        const qint64 facebook = model->idAt(2);
        QVERIFY(model->moveChannel(2, -2));
        QCOMPARE(model->idAt(0), facebook);
        stack->undo();
        QCOMPARE(model->idAt(2), facebook);

        // Removing a channel a post goes out on takes the link; undo brings both back.
        Post post;
        post.title = QStringLiteral("Open day");
        post.channels = {{facebook, QStringLiteral("facebook text")}};
        const qint64 postId = PostRepository(db).insert(post);
        const QString before = dumpContent(db);
        QVERIFY(model->removeChannel(2));
        QCOMPARE(model->rowCount(), 2);
        QVERIFY(PostRepository(db).find(postId)->channels.isEmpty());
        stack->undo();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->idAt(2), facebook); // the same id
        QCOMPARE(dumpContent(db), before);
        stack->redo();
        stack->undo();
        QCOMPARE(dumpContent(db), before);

        // A channel with imported figures is not removed: it is merged.
        const qint64 batch = newBatch(db, QStringLiteral("b"));
        QSqlQuery insert(db);
        QVERIFY(insert.exec(QStringLiteral("INSERT INTO platform_posts (channel_id, external_id, first_batch_id) VALUES (%1, 'p1', %2)")
                                .arg(facebook)
                                .arg(batch)));
        QVERIFY(!model->removeChannel(2));
        QVERIFY(dialog->statusText().contains(QLatin1String("Merge")));
        QCOMPARE(model->rowCount(), 3);
        dialog->close();
    }

    void mergeFromTheChannelsPage()
    {
        MainWindow window;
        QVERIFY(window.openWorkspace(newWorkspacePath()));
        WorkspaceSettingsDialog *dialog = window.showWorkspaceSettings(int(WorkspaceSettingsDialog::Page::Channels));
        ChannelModel *model = dialog->channels();
        const QSqlDatabase db = window.workspace()->connection();
        QVERIFY(model->addChannel({0, Platform::Facebook, QStringLiteral("ExamplePhysicsLab"), QStringLiteral("LHC Lab")}));
        QVERIFY(model->addChannel({0, Platform::Facebook, QStringLiteral("104512345678901"), {}}));
        QVERIFY(model->addChannel({0, Platform::X, QStringLiteral("lhclab"), {}}));
        const qint64 page = model->idAt(0);
        const qint64 byId = model->idAt(1);
        const qint64 x = model->idAt(2);
        const qint64 batch = newBatch(db, QStringLiteral("b"));
        QSqlQuery insert(db);
        QVERIFY(insert.exec(QStringLiteral("INSERT INTO platform_posts (channel_id, external_id, first_batch_id) VALUES (%1, 'p1', %2)").arg(byId).arg(batch)));
        const QString before = dumpContent(db);

        QVERIFY(!model->mergeChannel(1, x)); // not across platforms
        QVERIFY(model->mergeChannel(1, page));
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(model->rowOfId(page), ChannelModel::Aliases).data().toString(), QStringLiteral("104512345678901"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT channel_id FROM platform_posts")).toLongLong(), page);
        QCOMPARE(window.undoStack()->undoText(), QStringLiteral("Merge “104512345678901” into “LHC Lab”"));
        window.undoStack()->undo();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(dumpContent(db), before);
        dialog->close();
    }

    void pillarsPeopleCampaignsUndo()
    {
        MainWindow window;
        QVERIFY(window.openWorkspace(newWorkspacePath()));
        WorkspaceSettingsDialog *dialog = window.showWorkspaceSettings(int(WorkspaceSettingsDialog::Page::Pillars));
        QUndoStack *stack = window.undoStack();
        const QSqlDatabase db = window.workspace()->connection();

        PillarModel *pillars = dialog->pillars();
        QAbstractItemModelTester pillarTester(pillars, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(pillars->addPillar(QStringLiteral("Physics news"), 0.40), 0);
        QCOMPARE(pillars->addPillar(QStringLiteral("Behind the scenes"), 0.35), 1);
        QCOMPARE(pillars->addPillar(QStringLiteral("Physics news")), 2); // a free name is found
        QCOMPARE(pillars->index(2, PillarModel::Name).data().toString(), QStringLiteral("Physics news 2"));
        QVERIFY(pillars->setData(pillars->index(2, PillarModel::Name), QStringLiteral("Throwback")));
        QVERIFY(pillars->setData(pillars->index(2, PillarModel::Target), 35.0));
        // 40 + 35 + 35 = 110 %: said, and in the warning colour.
        QCOMPARE(dialog->pillarTotalText(), QStringLiteral("The targets add up to 110 %, more than 100 %: lower some of them."));
        stack->undo();
        QCOMPARE(dialog->pillarTotalText(), QStringLiteral("The targets add up to 75 %."));
        QVERIFY(pillars->setData(pillars->index(2, PillarModel::Target), 25.0));
        QCOMPARE(dialog->pillarTotalText(), QStringLiteral("The targets add up to 100 %."));
        QVERIFY(!pillars->setData(pillars->index(1, PillarModel::Name), QStringLiteral("physics NEWS"))); // taken
        QVERIFY(pillars->movePillar(2, -2));
        QCOMPARE(column(pillars, PillarModel::Name), (QStringList{QStringLiteral("Throwback"), QStringLiteral("Physics news"), QStringLiteral("Behind the scenes")}));
        stack->undo();
        QCOMPARE(column(pillars, PillarModel::Name), (QStringList{QStringLiteral("Physics news"), QStringLiteral("Behind the scenes"), QStringLiteral("Throwback")}));

        PersonModel *people = dialog->people();
        QAbstractItemModelTester peopleTester(people, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(people->addPerson(QStringLiteral("Ana Lima")), 0);
        QCOMPARE(people->addPerson(QStringLiteral("Ben Ortiz")), 1);
        QVERIFY(people->setData(people->index(1, PersonModel::RoleColumn), QStringLiteral("approver")));
        QCOMPARE(PersonRepository(db).find(people->idAt(1))->role, Person::Role::Approver);
        QCOMPARE(people->index(1, PersonModel::RoleColumn).data().toString(), QStringLiteral("Approver"));
        stack->undo();
        QCOMPARE(PersonRepository(db).find(people->idAt(1))->role, Person::Role::Editor);
        stack->redo();
        // The login a person signs in with, and the viewer's role; a login names one person.
        QCOMPARE(people->headerData(PersonModel::Login, Qt::Horizontal).toString(), QStringLiteral("Login"));
        QVERIFY(people->setData(people->index(0, PersonModel::Login), QStringLiteral(" ana ")));
        QCOMPARE(PersonRepository(db).find(people->idAt(0))->login, QStringLiteral("ana"));
        QCOMPARE(people->index(0, PersonModel::Login).data().toString(), QStringLiteral("ana"));
        QVERIFY(!people->setData(people->index(1, PersonModel::Login), QStringLiteral("ana")));
        QVERIFY(people->setData(people->index(0, PersonModel::RoleColumn), QStringLiteral("viewer")));
        QCOMPARE(PersonRepository(db).find(people->idAt(0))->role, Person::Role::Viewer);
        QCOMPARE(people->index(0, PersonModel::RoleColumn).data().toString(), QStringLiteral("Viewer"));
        stack->undo();
        stack->undo();
        QCOMPARE(*PersonRepository(db).find(people->idAt(0)), (Person{people->idAt(0), QStringLiteral("Ana Lima"), {}, Person::Role::Editor, {}}));
        stack->redo();
        stack->redo();

        // Removing a pillar and a person that a series uses: undo gives the series them back.
        Series series;
        series.name = QStringLiteral("#ThrowbackThursday");
        series.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=TH");
        series.dtstart = QDateTime(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC);
        series.timeZone = QStringLiteral("Europe/Zurich");
        series.pillarId = pillars->idAt(2);
        series.ownerId = people->idAt(0);
        const qint64 seriesId = SeriesRepository(db).insert(series);
        const QString before = dumpContent(db);
        QVERIFY(pillars->removePillar(2));
        QVERIFY(people->removePerson(0));
        QCOMPARE(SeriesRepository(db).find(seriesId)->pillarId, std::nullopt);
        QCOMPARE(SeriesRepository(db).find(seriesId)->ownerId, std::nullopt);
        stack->undo();
        stack->undo();
        QCOMPARE(dumpContent(db), before);

        // Campaigns and their partners.
        CampaignModel *campaigns = dialog->campaigns();
        QAbstractItemModelTester campaignTester(campaigns, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(campaigns->addCampaign(QStringLiteral("Open days"), QDate(2026, 9, 1)), 0);
        QCOMPARE(campaigns->index(0, CampaignModel::Ends).data(Qt::EditRole).toDate(), QDate(2026, 9, 28));
        QVERIFY(campaigns->setData(campaigns->index(0, CampaignModel::Hashtag), QStringLiteral("OpenDays")));
        QCOMPARE(campaigns->index(0, CampaignModel::Hashtag).data().toString(), QStringLiteral("#OpenDays"));
        QVERIFY(campaigns->setData(campaigns->index(0, CampaignModel::Goal), QStringLiteral("500 visitors booked")));
        // A start after the end moves the campaign, keeping its length.
        QVERIFY(campaigns->setData(campaigns->index(0, CampaignModel::Starts), QDate(2026, 10, 5)));
        QCOMPARE(campaigns->index(0, CampaignModel::Ends).data(Qt::EditRole).toDate(), QDate(2026, 11, 1));
        QVERIFY(!campaigns->setData(campaigns->index(0, CampaignModel::Ends), QDate(2026, 10, 1))); // ends before it starts
        dialog->campaignView()->setCurrentIndex(campaigns->index(0, 0));
        dialog->campaignView()->selectRow(0);
        PartnerModel *partners = dialog->partners();
        QAbstractItemModelTester partnerTester(partners, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(partners->campaignId(), campaigns->idAt(0));
        QCOMPARE(partners->addPartner(QStringLiteral("Women in Physics")), 0);
        QVERIFY(partners->setData(partners->index(0, PartnerModel::Handle), QStringLiteral("@wip_ex")));
        QVERIFY(partners->setData(partners->index(0, PartnerModel::PlatformColumn), QStringLiteral("x")));
        QCOMPARE(partners->index(0, PartnerModel::Handle).data().toString(), QStringLiteral("wip_ex"));
        QCOMPARE(partners->index(0, PartnerModel::PlatformColumn).data().toString(), QStringLiteral("X"));
        const QString withPartner = dumpContent(db);
        QVERIFY(partners->removePartner(0));
        QCOMPARE(partners->rowCount(), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM partners")).toInt(), 0);
        stack->undo();
        QCOMPARE(partners->rowCount(), 1);
        QCOMPARE(dumpContent(db), withPartner);
        stack->undo(); // the platform
        stack->undo(); // the handle
        stack->undo(); // the partner itself
        QCOMPARE(partners->rowCount(), 0);
        stack->redo();
        QCOMPARE(partners->index(0, PartnerModel::Name).data().toString(), QStringLiteral("Women in Physics"));
        dialog->close();
    }

    void workspaceNameAndZoneUndo()
    {
        MainWindow window;
        QVERIFY(window.openWorkspace(newWorkspacePath()));
        WorkspaceSettingsDialog *dialog = window.showWorkspaceSettings();
        QCOMPARE(dialog->currentPage(), WorkspaceSettingsDialog::Page::Workspace);
        const QString oldName = window.workspace()->name();
        const QTimeZone oldZone = window.workspace()->timeZone();
        dialog->nameField()->setText(QStringLiteral("LHC Lab social media"));
        dialog->zoneField()->setZone(QTimeZone("Europe/Zurich"));
        dialog->applyWorkspaceFields();
        QCOMPARE(window.workspace()->name(), QStringLiteral("LHC Lab social media"));
        QCOMPARE(window.workspace()->timeZone().id(), QByteArray("Europe/Zurich"));
        QVERIFY(window.windowTitle().contains(QLatin1String("LHC Lab social media")));
        window.undoStack()->undo();
        window.undoStack()->undo();
        QCOMPARE(window.workspace()->name(), oldName);
        QCOMPARE(window.workspace()->timeZone(), oldZone);
        dialog->close();
    }

    void startingOwnWorkspaceAsksItsNameAndZone()
    {
        // From the demo, "Start My Own Workspace" creates the workspace and asks at once for
        // its name and the team's zone; the calendar then says its times are in that zone.
        const QString demo = newWorkspacePath();
        QString error;
        QVERIFY2(DemoGenerator::createWorkspace(demo, &error), qPrintable(error));
        QFile::remove(MainWindow::defaultWorkspacePath());
        MainWindow window;
        QVERIFY(window.openWorkspace(demo));
        window.showFirstRunHint();
        QAction *start = nullptr;
        for (QAction *a : window.findChildren<QAction *>()) {
            if (a->text() == QLatin1String("Start My Own Workspace"))
                start = a;
        }
        QVERIFY(start);
        bool asked = false;
        // The new workspace is opened by a task first (its progress dialog may come and go):
        // answer the dialog once it is the one asking.
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, &window, [&asked, &poll] {
            auto *dialog = qobject_cast<NewWorkspaceDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            poll.stop();
            asked = true;
            dialog->nameField()->setText(QStringLiteral("Example Lab"));
            QLineEdit *zone = dialog->zoneField()->lineEdit();
            zone->setFocus();
            zone->selectAll();
            QTest::keyClicks(zone, QStringLiteral("zurich"));
            QTest::keyClick(zone, Qt::Key_Return); // takes the zone; the dialog stays open
            QVERIFY(dialog->isVisible());
            QCOMPARE(dialog->zone().id(), QByteArray("Europe/Zurich"));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        poll.start();
        start->trigger();
        poll.stop();
        QVERIFY(asked);
        QCOMPARE(window.workspace()->filePath(), MainWindow::defaultWorkspacePath());
        QVERIFY(!window.workspace()->isDemo());
        QCOMPARE(window.workspace()->name(), QStringLiteral("Example Lab"));
        QCOMPARE(window.workspace()->timeZone().id(), QByteArray("Europe/Zurich"));
        QVERIFY(window.windowTitle().contains(QLatin1String("Example Lab")));
        bool saysZone = false;
        for (QLabel *label : window.findChildren<QLabel *>())
            saysZone = saysZone || label->text() == QLatin1String("Times in Europe/Zurich");
        QVERIFY(saysZone);
        // Opening it again asks nothing: it is not new any more.
        QVERIFY(window.openWorkspace(demo));
        window.showFirstRunHint();
        for (QAction *a : window.findChildren<QAction *>()) {
            if (a->text() == QLatin1String("Start My Own Workspace"))
                start = a;
        }
        start->trigger();
        QVERIFY(QApplication::activeModalWidget() == nullptr);
        QCOMPARE(window.workspace()->name(), QStringLiteral("Example Lab"));
        QFile::remove(MainWindow::defaultWorkspacePath());
    }

    void channelNameColumnShowsTheWholeName()
    {
        MainWindow window;
        QVERIFY(window.openWorkspace(newWorkspacePath()));
        WorkspaceSettingsDialog *dialog = window.showWorkspaceSettings(int(WorkspaceSettingsDialog::Page::Channels));
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(dialog->channels()->addChannel({0, Platform::Facebook, QStringLiteral("104512345678901"), QStringLiteral("Example Physics Lab")}));
        QTableView *view = dialog->channelView();
        const int wanted = static_cast<QAbstractItemView *>(view)->sizeHintForColumn(ChannelModel::Name);
        QVERIFY(wanted > 14 * view->fontMetrics().horizontalAdvance(QLatin1Char('M'))); // wider than the column's first width
        QVERIFY2(view->columnWidth(ChannelModel::Name) >= wanted, qPrintable(QStringLiteral("%1 < %2").arg(view->columnWidth(ChannelModel::Name)).arg(wanted)));
        dialog->close();
    }

    void peopleRoleColumnHoldsItsDropDown()
    {
        // Double-clicking a role opens a drop-down; the column must be wide enough for it
        // ("Approver" and its arrow), not only for the word "Editor".
        MainWindow window;
        QVERIFY(window.openWorkspace(newWorkspacePath()));
        WorkspaceSettingsDialog *dialog = window.showWorkspaceSettings(int(WorkspaceSettingsDialog::Page::People));
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *people = qobject_cast<PersonModel *>(dialog->peopleView()->model());
        QVERIFY(people);
        QVERIFY(people->addPerson(QStringLiteral("Anna Weber")) >= 0);
        QComboBox editor;
        editor.addItems({QStringLiteral("Editor"), QStringLiteral("Approver")});
        QVERIFY2(dialog->peopleView()->columnWidth(PersonModel::RoleColumn) >= editor.sizeHint().width(),
                 qPrintable(QStringLiteral("%1 < %2").arg(dialog->peopleView()->columnWidth(PersonModel::RoleColumn)).arg(editor.sizeHint().width())));
        QVERIFY(dialog->peopleView()->columnWidth(PersonModel::Name)
                >= dialog->peopleView()->fontMetrics().horizontalAdvance(QStringLiteral("Anna Weber")));
        dialog->close();
    }

    void typedZoneTakesEffectOnReturn()
    {
        // Typing part of a zone's name shows what was typed (no inline completion that
        // turns "zurich" into "zurich/Zurich"), and Return makes it the workspace's zone at
        // once: the calendar behind the dialog and the "now" note follow.
        MainWindow window;
        QVERIFY(window.openWorkspace(newWorkspacePath()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        WorkspaceSettingsDialog *dialog = window.showWorkspaceSettings();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QLineEdit *edit = dialog->zoneField()->lineEdit();
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("zurich"));
        QCOMPARE(edit->text(), QStringLiteral("zurich"));
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        QCOMPARE(edit->text(), QStringLiteral("Europe/Zurich"));
        QCOMPARE(window.workspace()->timeZone().id(), QByteArray("Europe/Zurich"));
        QCOMPARE(window.undoStack()->count(), 1);
        dialog->close();
    }

    void addChannelDialogChecksAsYouType()
    {
        TestWorkspace ws;
        ChannelRepository(ws.db()).insert({0, Platform::Instagram, QStringLiteral("lhclab"), {}});
        AddChannelDialog dialog(ws.db());
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // no handle yet
        dialog.setChannel(Platform::Instagram, QStringLiteral("@LHCLab"), QStringLiteral("LHC Lab"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog.problem().contains(QLatin1String("already has a channel")));
        dialog.setChannel(Platform::X, QStringLiteral("@LHCLab"), QStringLiteral("LHC Lab"));
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.channel().handle, QStringLiteral("LHCLab"));
        QCOMPARE(dialog.channel().platform, Platform::X);
    }

    void checklistFollowsTheFirstSteps()
    {
        const QString path = newWorkspacePath();
        {
            MainWindow window;
            QVERIFY(window.openWorkspace(path));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            SetupChecklist *checklist = window.setupChecklist();
            QVERIFY(checklist->isVisible());
            for (auto step : {SetupChecklist::Step::Channels, SetupChecklist::Step::Series, SetupChecklist::Step::Imports}) {
                QVERIFY(!checklist->isDone(step));
                QVERIFY(checklist->button(step)->isEnabled());
            }
            QCOMPARE(checklist->button(SetupChecklist::Step::Channels)->text(), QStringLiteral("Add Your Channels…"));
            QCOMPARE(checklist->button(SetupChecklist::Step::Series)->text(), QStringLiteral("Create a Series…"));
            QCOMPARE(checklist->button(SetupChecklist::Step::Imports)->text(), QStringLiteral("Import Your Exports…"));

            // "Add Your Channels…" opens Settings ▸ Workspace on its Channels page.
            QTest::mouseClick(checklist->button(SetupChecklist::Step::Channels), Qt::LeftButton);
            auto *dialog = window.findChild<WorkspaceSettingsDialog *>();
            QVERIFY(dialog && dialog->isVisible());
            QCOMPARE(dialog->currentPage(), WorkspaceSettingsDialog::Page::Channels);
            QVERIFY(dialog->channels()->addChannel({0, Platform::X, QStringLiteral("lhclab"), {}}));
            dialog->close();
            QVERIFY(checklist->isDone(SetupChecklist::Step::Channels));
            QVERIFY(checklist->isVisible());

            // "Create a Series…" opens the series editor, which offers the new channel.
            bool seen = false;
            QTimer::singleShot(0, &window, [&seen] {
                auto *editor = qobject_cast<SeriesEditorDialog *>(QApplication::activeModalWidget());
                if (editor) {
                    seen = editor->findChildren<QCheckBox *>().size() >= 1;
                    editor->reject();
                }
            });
            QTest::mouseClick(checklist->button(SetupChecklist::Step::Series), Qt::LeftButton);
            QVERIFY(seen);
            QCOMPARE(window.currentPage(), MainWindow::Page::Plan);

            // The import step asks the window to import (its file dialog is not opened here).
            QObject::disconnect(checklist, &SetupChecklist::importRequested, &window, nullptr);
            QSignalSpy importAsked(checklist, &SetupChecklist::importRequested);
            QTest::mouseClick(checklist->button(SetupChecklist::Step::Imports), Qt::LeftButton);
            QCOMPARE(importAsked.count(), 1);

            Series series;
            series.name = QStringLiteral("#ThrowbackThursday");
            series.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=TH");
            series.dtstart = QDateTime(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC);
            series.timeZone = QStringLiteral("Europe/Zurich");
            SeriesRepository(window.workspace()->connection()).insert(series);
            window.workspace()->notifyChanged();
            QVERIFY(checklist->isDone(SetupChecklist::Step::Series));
            QVERIFY(!checklist->button(SetupChecklist::Step::Series)->isEnabled());
            QVERIFY(checklist->isVisible());
            // Hidden by hand: remembered in the workspace.
            checklist->dismiss();
            QVERIFY(!checklist->isVisible());
        }
        MainWindow again;
        QVERIFY(again.openWorkspace(path));
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(!again.setupChecklist()->isVisible());
    }

    void checklistEndsWithTheFirstImport()
    {
        MainWindow window;
        QVERIFY(window.openWorkspace(newWorkspacePath()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QSqlDatabase db = window.workspace()->connection();
        ChannelRepository(db).insert({0, Platform::X, QStringLiteral("lhclab"), {}});
        Series series;
        series.name = QStringLiteral("#ThrowbackThursday");
        series.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=TH");
        series.dtstart = QDateTime(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC);
        series.timeZone = QStringLiteral("Europe/Zurich");
        SeriesRepository(db).insert(series);
        window.workspace()->notifyChanged();
        QVERIFY(window.setupChecklist()->isVisible());
        newBatch(db, QStringLiteral("export.csv"));
        window.workspace()->notifyChanged();
        QVERIFY(window.setupChecklist()->isDone(SetupChecklist::Step::Imports));
        QVERIFY(!window.setupChecklist()->isVisible()); // all three done

        // The demo workspace has no checklist.
        const QString demo = m_dir.filePath(QStringLiteral("demo.beamline"));
        QString error;
        QVERIFY2(DemoGenerator::createWorkspace(demo, &error), qPrintable(error));
        QVERIFY(window.openWorkspace(demo));
        QVERIFY(!window.setupChecklist()->isVisible());
    }

    void editorsOfferWhatWasSetUp()
    {
        TestWorkspace ws;
        const QSqlDatabase db = ws.db();
        Post post;
        post.title = QStringLiteral("First post");
        {
            // Nothing set up: the post cannot be saved, and the editor says where to go.
            PostEditorDialog editor(db, QTimeZone("Europe/Zurich"), post);
            QVERIFY(editor.findChild<QLabel *>(QStringLiteral("noChannels")));
            QVERIFY(!editor.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
            QVERIFY(editor.findChild<QLabel *>(QStringLiteral("problem"))->text().contains(QStringLiteral("Settings ▸ Workspace")));
            SeriesEditorDialog series(db, Series());
            QVERIFY(series.findChild<QLabel *>(QStringLiteral("noChannels")));
        }
        const qint64 x = ChannelRepository(db).insert({0, Platform::X, QStringLiteral("lhclab"), QStringLiteral("LHC Lab"), {}, 0, 25000});
        const qint64 instagram = ChannelRepository(db).insert({0, Platform::Instagram, QStringLiteral("lhclab"), {}});
        const qint64 pillar = PillarRepository(db).insert({0, QStringLiteral("Throwback"), {}, 0.25, 0});
        PersonRepository(db).insert({0, QStringLiteral("Ana Lima"), {}, Person::Role::Editor});
        const qint64 ben = PersonRepository(db).insert({0, QStringLiteral("Ben Ortiz"), {}, Person::Role::Approver});

        PostEditorDialog editor(db, QTimeZone("Europe/Zurich"), post);
        QPushButton *ok = editor.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        auto *xBox = editor.findChild<QCheckBox *>(QStringLiteral("channel-%1").arg(x));
        QVERIFY(xBox && editor.findChild<QCheckBox *>(QStringLiteral("channel-%1").arg(instagram)));
        QVERIFY(!ok->isEnabled()); // no channel chosen
        QVERIFY(editor.findChild<QLabel *>(QStringLiteral("problem"))->text().contains(QLatin1String("channel")));
        xBox->setChecked(true);
        QVERIFY(ok->isEnabled());
        editor.findChild<QPlainTextEdit *>(QStringLiteral("body"))->setPlainText(QString(300, QLatin1Char('a')));
        QVERIFY(!editor.anyOverLimit()); // the channel's own limit (25,000), not X's 280
        QVERIFY(editor.countSummary().contains(QStringLiteral("300/25,000")));
        // The approver list holds approvers only.
        auto *approver = editor.findChild<QComboBox *>(QStringLiteral("approver"));
        QCOMPARE(approver->count(), 2);
        approver->setCurrentIndex(approver->findData(ben));
        QCOMPARE(editor.post().approverId, std::optional<qint64>(ben));

        SeriesEditorDialog series(db, Series());
        QStringList boxes;
        for (auto *box : series.findChildren<QCheckBox *>())
            boxes.append(box->text());
        QVERIFY2(boxes.contains(QStringLiteral("X")) && boxes.contains(QStringLiteral("Instagram")), qPrintable(boxes.join(QLatin1Char(','))));
        bool pillarOffered = false;
        bool ownerOffered = false;
        for (auto *combo : series.findChildren<QComboBox *>()) {
            pillarOffered = pillarOffered || (combo->findData(pillar) >= 0 && combo->findText(QStringLiteral("Throwback")) >= 0);
            ownerOffered = ownerOffered || combo->findText(QStringLiteral("Ana Lima")) >= 0;
        }
        QVERIFY(pillarOffered);
        QVERIFY(ownerOffered);
    }

    void postLanguageFollowsTheInterface()
    {
        TestWorkspace ws;
        ChannelRepository(ws.db()).insert({0, Platform::X, QStringLiteral("lhclab"), {}});
        const QLocale saved;
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        Post fresh;
        fresh.title = QStringLiteral("Nouveau");
        PostEditorDialog editor(ws.db(), QTimeZone("Europe/Zurich"), fresh);
        QCOMPARE(editor.post().language, QStringLiteral("fr"));
        // A post written before keeps its language.
        Post old = fresh;
        old.id = 7;
        old.language = QStringLiteral("en");
        PostEditorDialog existing(ws.db(), QTimeZone("Europe/Zurich"), old);
        QCOMPARE(existing.post().language, QStringLiteral("en"));
        QLocale::setDefault(saved);
        PostEditorDialog english(ws.db(), QTimeZone("Europe/Zurich"), fresh);
        QCOMPARE(english.post().language, QStringLiteral("en"));
    }

    void repeatUnitAgreesWithTheInterval_data()
    {
        QTest::addColumn<QString>("catalogue");
        QTest::addColumn<QString>("one");
        QTest::addColumn<QString>("two");
        QTest::newRow("English") << QStringLiteral("beamline_en") << QStringLiteral("week") << QStringLiteral("weeks");
        QTest::newRow("French") << QStringLiteral("beamline_fr") << QStringLiteral("semaine") << QStringLiteral("semaines");
    }

    void repeatUnitAgreesWithTheInterval()
    {
        QFETCH(QString, catalogue);
        QFETCH(QString, one);
        QFETCH(QString, two);
        QTranslator translator;
        QVERIFY(translator.load(catalogue, QStringLiteral(BEAMLINE_QM_DIR)));
        QCoreApplication::installTranslator(&translator);
        TestWorkspace ws;
        Series series;
        series.name = QStringLiteral("Every other Friday");
        series.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=FR");
        series.dtstart = IsoTime::parseWallClock(u"2017-02-03T11:00");
        series.timeZone = QStringLiteral("Europe/Zurich");
        SeriesEditorDialog dialog(ws.db(), series);
        auto *unit = dialog.findChild<QLabel *>(QStringLiteral("intervalUnit"));
        auto *interval = dialog.findChild<QSpinBox *>(QStringLiteral("interval"));
        QVERIFY(unit && interval);
        QCOMPARE(interval->value(), 1);
        QCOMPARE(unit->text(), one);
        interval->setValue(2);
        QCOMPARE(unit->text(), two);
        QCoreApplication::removeTranslator(&translator);
    }

    void frenchWordings()
    {
        // The French catalogue: one word for the Plan page, plain column headers, a file
        // path that is not a time ("Depuis"), and the plural of the top-15 chart.
        QTranslator french;
        QVERIFY(french.load(QStringLiteral("beamline_fr"), QStringLiteral(BEAMLINE_QM_DIR)));
        const auto fr = [&](const char *context, const char *source, int n = -1) {
            return french.translate(context, source, nullptr, n);
        };
        QCOMPARE(fr("Beamline::MainWindow", "Plan"), QStringLiteral("Planning"));
        QCOMPARE(fr("Beamline::MainWindow", "&Plan"), QStringLiteral("&Planning"));
        for (const char *context : {"Beamline::MeasurePage", "Beamline::MappingDialog"})
            QCOMPARE(fr(context, "Mentions"), QStringLiteral("Mentions"));
        QCOMPARE(fr("Beamline::DataPage", "Source file"), QStringLiteral("Fichier source"));
        QCOMPARE(fr("Beamline::ChartFactory", "Interactions of the top %n post(s)", 15), QStringLiteral("Interactions des %n meilleures publications"));
        QCOMPARE(fr("Beamline::MainWindow", "&Settings"), QStringLiteral("&Configuration"));
        QCOMPARE(fr("Beamline::ImportPreviewDialog", "%n value(s)", 364), QStringLiteral("%n valeurs"));
        QCOMPARE(fr("Beamline::ImportPreviewDialog", "%n row(s)", 1), QStringLiteral("%n ligne"));
    }

    void helpMenuEntries()
    {
        MainWindow window;
        QVERIFY(window.openWorkspace(newWorkspacePath()));
        QMenu *help = nullptr;
        for (QAction *a : window.menuBar()->actions()) {
            if (a->text().remove(QLatin1Char('&')) == QLatin1String("Help"))
                help = a->menu();
        }
        QVERIFY(help);
        QStringList entries;
        for (QAction *a : help->actions()) {
            if (!a->isSeparator())
                entries.append(a->text().remove(QLatin1Char('&')));
        }
        QCOMPARE(entries, (QStringList{QStringLiteral("Beamline User Guide"), QStringLiteral("Keyboard Shortcuts"), QStringLiteral("Metric Definitions"),
                                       QStringLiteral("About Beamline"), QStringLiteral("About Qt")}));

        help->actions().at(1)->trigger();
        auto *shortcuts = window.findChild<HelpWindow *>(QStringLiteral("shortcutsWindow"));
        QVERIFY(shortcuts && shortcuts->isVisible());
        const QString keys = shortcuts->browser()->toPlainText();
        QVERIFY2(keys.contains(QStringLiteral("Import Exports…")) && keys.contains(QLatin1String("Ctrl+I")), qPrintable(keys));
        QVERIFY(keys.contains(QLatin1String("Ctrl+Z")));
        QVERIFY(keys.contains(QLatin1String("Ctrl+Shift+M")));
        // The calendar's own keys, as the calendar handles them: moving a post by keyboard
        // alone must be findable.
        for (const char *key : {"Alt+Left, Alt+Right", "Alt+Up, Alt+Down", "Up, Down", "Left, Right", "The selected post's menu"})
            QVERIFY2(keys.contains(QLatin1String(key)), key);
        QVERIFY(!keys.contains(QLatin1String("between hours"))); // Up and Down go through the posts, in both views
        help->actions().at(1)->trigger(); // the same window again, not a second one
        QCOMPARE(window.findChildren<HelpWindow *>().size(), 1);

        help->actions().at(2)->trigger();
        auto *metrics = window.findChild<HelpWindow *>(QStringLiteral("metricsWindow"));
        QVERIFY(metrics);
        const QString definitions = metrics->browser()->toPlainText();
        QVERIFY(definitions.contains(QLatin1String("Engagement rate")));
        QVERIFY(!definitions.contains(QLatin1String("| ---"))); // rendered, not shown as Markdown source
        QVERIFY(!definitions.contains(QLatin1String("## ")));

        help->actions().at(0)->trigger();
        auto *guide = window.findChild<HelpWindow *>(QStringLiteral("guideWindow"));
        QVERIFY(guide);
        QVERIFY(guide->browser()->toPlainText().contains(QStringLiteral("Settings ▸ Workspace")));
        for (HelpWindow *w : window.findChildren<HelpWindow *>())
            w->close();
    }
};

QTEST_MAIN(tst_Setup)
#include "tst_setup.moc"
