// SPDX-License-Identifier: GPL-3.0-or-later
// The Plan page as an editor uses it: drag a post to another day and undo, move with the
// keyboard, fill an empty slot, create the demo's series through the series editor, and
// watch the character count against each channel's limit.
#include "testsupport.h"

#include <core/db/channelrepository.h>
#include <core/db/personrepository.h>
#include <core/db/pillarrepository.h>
#include <core/db/postrepository.h>
#include <core/db/workspaceopener.h>
#include <core/db/seriesrepository.h>
#include <core/demo/demogenerator.h>
#include <core/domain/isotime.h>
#include <core/import/importer.h>
#include <core/models/planmodel.h>
#include <core/plan/recurrence.h>
#include <core/workspace/workspace.h>
#include <core/workspace/writer.h>
#include <ui/application.h>
#include <ui/pages/planpage.h>
#include <ui/plan/attentionpanel.h>
#include <ui/plan/calendarview.h>
#include <ui/commands/plancommands.h>
#include <ui/plan/posteditordialog.h>
#include <ui/plan/serieseditordialog.h>
#include <ui/widgets/timezonecombo.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QImage>
#include <QListWidget>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Beamline;
using namespace Beamline::Test;

namespace {

const QTimeZone Zurich("Europe/Zurich");

void sendMouse(QWidget *widget, QEvent::Type type, QPoint pos, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, pos, widget->mapToGlobal(pos), Qt::LeftButton, buttons, Qt::NoModifier);
    QApplication::sendEvent(widget, &event);
}

// Presses on `from`, moves in steps to `to` with the button held, releases there.
void drag(QWidget *widget, QPoint from, QPoint to)
{
    sendMouse(widget, QEvent::MouseButtonPress, from, Qt::LeftButton);
    for (int i = 1; i <= 5; ++i)
        sendMouse(widget, QEvent::MouseMove, from + (to - from) * i / 5, Qt::LeftButton);
    sendMouse(widget, QEvent::MouseButtonRelease, to, Qt::NoButton);
}

QModelIndex findTitle(const QAbstractItemModel *model, const QString &title)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, PlanModel::Title).data().toString() == title)
            return model->index(row, 0);
    }
    return {};
}

// Runs `action` on the next modal dialog of type T, then lets the caller's exec() return.
template<typename T>
void onNextDialog(std::function<void(T *)> action)
{
    QTimer::singleShot(0, [action] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        action(dialog);
    });
}

// How many pixels of the view are exactly the selection colour.
int highlightPixels(QWidget *view)
{
    const QImage image = view->grab().toImage().convertToFormat(QImage::Format_RGB32);
    const QRgb highlight = view->palette().color(QPalette::Highlight).rgb() | 0xff000000;
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            n += (line[x] | 0xff000000) == highlight ? 1 : 0;
    }
    return n;
}

} // namespace

class tst_Plan : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_ws;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<PlanPage> m_page;

private Q_SLOTS:
    void initTestCase()
    {
        Application::setUp();
    }

    void init()
    {
        m_ws = std::make_unique<TestWorkspace>();
        DemoGenerator::generate(m_ws->workspace().writer());
        m_ws->workspace().setTimeZone(Zurich);
        m_undo = std::make_unique<QUndoStack>();
        m_page = std::make_unique<PlanPage>();
        m_page->resize(1200, 800);
        m_page->setWorkspace(&m_ws->workspace(), m_undo.get());
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup()
    {
        m_page.reset();
        m_undo.reset();
        m_ws.reset();
    }

    void opensOnTheDemosToday()
    {
        QCOMPARE(m_page->currentDate(), QDate(2017, 1, 18));
        QCOMPARE(m_page->view(), PlanPage::View::Month);
        MonthView *month = m_page->monthView();
        QCOMPARE(month->firstDay(), QDate(2016, 12, 26)); // the Monday before 1 January
        QCOMPARE(m_page->model()->from(), month->firstDay());
        QCOMPARE(m_page->model()->to(), month->lastDay());
        // The missed #FollowFriday of 13 January is on the calendar, in its day.
        const QModelIndexList missed = m_page->filterModel()->match(m_page->filterModel()->index(0, 0), PlanModel::StatusKeyRole,
                                                                    QStringLiteral("missed"), -1, Qt::MatchExactly);
        QCOMPARE(missed.size(), 1);
        QVERIFY(month->dayRect(QDate(2017, 1, 13)).contains(month->itemRect(missed.first())));
        // The attention panel lists the open slots ahead and tomorrow's post waiting for review.
        QVERIFY(m_page->attentionPanel()->openSlots()->count() >= 3);
        QCOMPARE(m_page->attentionPanel()->missed()->item(0)->text(), QStringLiteral("Fri 13 Jan 11:00  #FollowFriday"));
        QVERIFY(m_page->attentionPanel()->notReady()->item(0)->text().contains(QLatin1String("#ThrowbackThursday 1976")));
    }

    void dragAPostToAnotherDayAndUndo()
    {
        MonthView *month = m_page->monthView();
        const QString title = QStringLiteral("Meet Kofi, vacuum technician");
        const QModelIndex index = findTitle(m_page->filterModel(), title);
        QVERIFY(index.isValid());
        const qint64 postId = index.data(PlanModel::PostIdRole).toLongLong();
        const QDateTime before = PostRepository(m_ws->db()).find(postId)->scheduledAt;
        QCOMPARE(before.toTimeZone(Zurich), QDateTime(QDate(2017, 1, 18), QTime(17, 0), Zurich));

        const QRect tile = month->itemRect(index);
        QVERIFY(!tile.isEmpty());
        const QRect target = month->dayRect(QDate(2017, 1, 24));
        drag(month, tile.center(), target.center() + QPoint(0, target.height() / 4));

        // Same time of day, six days later; the undo stack names the move.
        const QDateTime after = PostRepository(m_ws->db()).find(postId)->scheduledAt;
        QCOMPARE(after.toTimeZone(Zurich), QDateTime(QDate(2017, 1, 24), QTime(17, 0), Zurich));
        QCOMPARE(m_undo->count(), 1);
        QVERIFY(m_undo->undoText().startsWith(QStringLiteral("Move “%1”").arg(title)));
        const QModelIndex moved = findTitle(m_page->filterModel(), title);
        QCOMPARE(moved.data(PlanModel::DayRole).toDate(), QDate(2017, 1, 24));
        QVERIFY(month->dayRect(QDate(2017, 1, 24)).contains(month->itemRect(moved)));

        m_undo->undo();
        QCOMPARE(PostRepository(m_ws->db()).find(postId)->scheduledAt, before);
        QCOMPARE(findTitle(m_page->filterModel(), title).data(PlanModel::DayRole).toDate(), QDate(2017, 1, 18));
        m_undo->redo();
        QCOMPARE(PostRepository(m_ws->db()).find(postId)->scheduledAt, after);
    }

    void threeDragsOfOnePostAreOneUndoStep()
    {
        MonthView *month = m_page->monthView();
        const QString title = QStringLiteral("Meet Kofi, vacuum technician");
        const qint64 postId = findTitle(m_page->filterModel(), title).data(PlanModel::PostIdRole).toLongLong();
        const QDateTime before = PostRepository(m_ws->db()).find(postId)->scheduledAt;
        for (const QDate day : {QDate(2017, 1, 24), QDate(2017, 1, 25), QDate(2017, 1, 11)}) {
            const QRect tile = month->itemRect(findTitle(m_page->filterModel(), title));
            const QRect target = month->dayRect(day);
            drag(month, tile.center(), target.center() + QPoint(0, target.height() / 4));
            QCOMPARE(PostRepository(m_ws->db()).find(postId)->scheduledAt.toTimeZone(Zurich), QDateTime(day, QTime(17, 0), Zurich));
        }
        // One step, named after the last move; its undo returns the post to where it was.
        QCOMPARE(m_undo->count(), 1);
        QVERIFY(m_undo->undoText().contains(QLocale().toString(QDateTime(QDate(2017, 1, 11), QTime(17, 0)), QStringLiteral("ddd d MMM"))));
        m_undo->undo();
        QCOMPARE(PostRepository(m_ws->db()).find(postId)->scheduledAt, before);
        m_undo->redo();
        QCOMPARE(PostRepository(m_ws->db()).find(postId)->scheduledAt.toTimeZone(Zurich), QDateTime(QDate(2017, 1, 11), QTime(17, 0), Zurich));
    }

    void dragInTheWeekChangesTheTime()
    {
        m_page->setView(PlanPage::View::Week);
        WeekView *week = m_page->weekView();
        QCOMPARE(week->firstDay(), QDate(2017, 1, 16));
        const QModelIndex index = findTitle(m_page->filterModel(), QStringLiteral("Meet Kofi, vacuum technician"));
        const qint64 postId = index.data(PlanModel::PostIdRole).toLongLong();
        const QRect tile = week->itemRect(index);
        // Grab the tile at its top edge and drop it on Friday at 14:00.
        const QRect friday = week->dayRect(QDate(2017, 1, 20));
        const QPoint grab(tile.center().x(), tile.top() + 2);
        drag(week, grab, QPoint(friday.center().x(), week->yOfTime(QTime(14, 0)) + 2));
        QCOMPARE(PostRepository(m_ws->db()).find(postId)->scheduledAt.toTimeZone(Zurich), QDateTime(QDate(2017, 1, 20), QTime(14, 0), Zurich));
        m_undo->undo();
        QCOMPARE(PostRepository(m_ws->db()).find(postId)->scheduledAt.toTimeZone(Zurich), QDateTime(QDate(2017, 1, 18), QTime(17, 0), Zurich));
    }

    void weekHoursTakeInEarlyAndLatePosts()
    {
        m_page->setView(PlanPage::View::Week);
        WeekView *week = m_page->weekView();
        QCOMPARE(week->firstHour(), WeekView::DefaultFirstHour);
        QCOMPARE(week->lastHour(), WeekView::DefaultLastHour);
        const QModelIndex index = findTitle(m_page->filterModel(), QStringLiteral("Meet Kofi, vacuum technician"));
        const qint64 postId = index.data(PlanModel::PostIdRole).toLongLong();
        Post post = *PostRepository(m_ws->db()).find(postId);
        const Post before = post;
        // At 05:30 the post gets its own place above 06:00, not a tile squeezed at the top.
        post.scheduledAt = QDateTime(QDate(2017, 1, 18), QTime(5, 30), Zurich).toUTC();
        m_undo->push(new SavePostCommand(&m_ws->workspace(), before, post, QStringLiteral("Early"), {}));
        QCOMPARE(week->firstHour(), 5);
        const QRect early = week->itemRect(findTitle(m_page->filterModel(), QStringLiteral("Meet Kofi, vacuum technician")));
        QVERIFY(early.top() >= week->yOfTime(QTime(5, 30)) - 1);
        QVERIFY(early.top() < week->yOfTime(QTime(6, 0)));
        // At 23:15 the hours run to midnight.
        post.scheduledAt = QDateTime(QDate(2017, 1, 18), QTime(23, 15), Zurich).toUTC();
        m_undo->push(new SavePostCommand(&m_ws->workspace(), *PostRepository(m_ws->db()).find(postId), post, QStringLiteral("Late"), {}));
        QCOMPARE(week->firstHour(), WeekView::DefaultFirstHour);
        QCOMPARE(week->lastHour(), 24);
        QVERIFY(week->yOfTime(QTime(23, 15)) > week->yOfTime(QTime(22, 0)));
        QCOMPARE(m_undo->count(), 1); // the two moves of the post are one step
        m_undo->undo();
        QCOMPARE(PostRepository(m_ws->db()).find(postId)->scheduledAt, before.scheduledAt);
        QCOMPARE(week->lastHour(), WeekView::DefaultLastHour);
    }

    void undoIsRefusedAfterAnotherEditorsChange()
    {
        // This editor moves a post; another one (a second connection, as another workstation)
        // then renames it. Undoing the move would overwrite their change: refused, with who and when.
        const QModelIndex index = findTitle(m_page->filterModel(), QStringLiteral("Meet Kofi, vacuum technician"));
        const qint64 postId = index.data(PlanModel::PostIdRole).toLongLong();
        const Post before = *PostRepository(m_ws->db()).find(postId);
        Post moved = before;
        moved.scheduledAt = before.scheduledAt.addDays(1);
        QString error;
        m_undo->push(new SavePostCommand(&m_ws->workspace(), before, moved, QStringLiteral("Move"), [&](const QString &e) { error = e; }));
        QVERIFY(error.isEmpty());
        // A second move (merged with the first) and its undo and redo by this editor are no conflict.
        Post again = *PostRepository(m_ws->db()).find(postId);
        again.scheduledAt = again.scheduledAt.addDays(1);
        m_undo->push(new SavePostCommand(&m_ws->workspace(), *PostRepository(m_ws->db()).find(postId), again, QStringLiteral("Again"),
                                         [&](const QString &e) { error = e; }));
        m_undo->undo();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(PostRepository(m_ws->db()).find(postId)->scheduledAt, before.scheduledAt);
        m_undo->redo();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(PostRepository(m_ws->db()).find(postId)->scheduledAt, again.scheduledAt);

        WorkspaceOpener::Result opened;
        const std::unique_ptr<Workspace> other = Workspace::open(m_ws->path(), WorkspaceOpener::Mode::MustExist, &opened);
        QVERIFY(other);
        Post theirs = *PostRepository(other->connection()).find(postId);
        theirs.title = QStringLiteral("Meet Kofi");
        QVERIFY(other->writer().run([&](WriteScope &scope) { PostRepository(scope.db()).update(theirs); }).ok);

        m_undo->undo();
        const Post stored = *PostRepository(m_ws->db()).find(postId);
        QCOMPARE(stored.title, QStringLiteral("Meet Kofi"));
        QCOMPARE(stored.scheduledAt, again.scheduledAt);
        QVERIFY(!stored.updatedBy.isEmpty());
        QVERIFY2(error.contains(QStringLiteral("“Meet Kofi” was changed by %1 at %2")
                                      .arg(stored.updatedBy, stored.updatedAt.toLocalTime().toString(QStringLiteral("HH:mm")))),
                 qPrintable(error));
    }

    void keyboardMovesAndDrops()
    {
        MonthView *month = m_page->monthView();
        month->setFocus();
        const QModelIndex index = findTitle(m_page->filterModel(), QStringLiteral("Meet Kofi, vacuum technician"));
        const qint64 postId = index.data(PlanModel::PostIdRole).toLongLong();
        QVERIFY(month->selectPost(postId));
        QTest::keyClick(month, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(PostRepository(m_ws->db()).find(postId)->scheduledAt.toTimeZone(Zurich).date(), QDate(2017, 1, 19));
        // The selection follows the post.
        QCOMPARE(month->currentIndex().data(PlanModel::PostIdRole).toLongLong(), postId);
        QTest::keyClick(month, Qt::Key_Down, Qt::AltModifier); // a week later
        QCOMPARE(PostRepository(m_ws->db()).find(postId)->scheduledAt.toTimeZone(Zurich).date(), QDate(2017, 1, 26));
        // Delete asks first, naming the post; Cancel keeps it.
        onNextDialog<QMessageBox>([](QMessageBox *box) {
            QVERIFY(box->text().contains(QLatin1String("Meet Kofi, vacuum technician")));
            box->button(QMessageBox::Cancel)->click();
        });
        QTest::keyClick(month, Qt::Key_Delete);
        QCOMPARE(PostRepository(m_ws->db()).find(postId)->status, PostStatus::Scheduled);
        onNextDialog<QMessageBox>([](QMessageBox *box) { box->defaultButton()->click(); });
        QTest::keyClick(month, Qt::Key_Delete);
        QCOMPARE(PostRepository(m_ws->db()).find(postId)->status, PostStatus::Dropped);
        // The two keyboard moves are one step, the drop another.
        QCOMPARE(m_undo->count(), 2);
        m_undo->undo();
        m_undo->undo();
        const Post restored = *PostRepository(m_ws->db()).find(postId);
        QCOMPARE(restored.status, PostStatus::Scheduled);
        QCOMPARE(restored.scheduledAt.toTimeZone(Zurich).date(), QDate(2017, 1, 18));

        // Arrows walk the items and the days; Page Down turns the month.
        QTest::keyClick(month, Qt::Key_Home);
        QCOMPARE(month->currentDate(), QDate(2017, 1, 18));
        QTest::keyClick(month, Qt::Key_Right);
        QCOMPARE(month->currentDate(), QDate(2017, 1, 19));
        QTest::keyClick(month, Qt::Key_Down);
        QCOMPARE(month->currentIndex().data(PlanModel::DayRole).toDate(), QDate(2017, 1, 19));
        QTest::keyClick(month, Qt::Key_PageDown);
        QCOMPARE(m_page->currentDate().month(), 2);
        QCOMPARE(m_page->model()->from(), QDate(2017, 1, 30));
    }

    void attentionPanelSaysInFullThatNothingNeedsIt()
    {
        // A new workspace has nothing to attend to; each section says so in full, wrapped to
        // a narrow panel, not as a list row cut to "No slot went by empty in the last 4 wee…".
        AttentionPanel panel;
        panel.resize(230, 600);
        panel.setReview(PlanReview(), Zurich);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QString missed = QStringLiteral("No slot went by empty in the last 4 weeks.");
        QVERIFY(panel.fontMetrics().horizontalAdvance(missed) > panel.width()); // it must wrap to fit
        for (QListWidget *list : {panel.openSlots(), panel.missed(), panel.notReady()}) {
            QLabel *note = panel.emptyNote(list);
            QVERIFY(note);
            QVERIFY(note->isVisible());
            QVERIFY(!list->isVisible());
            QVERIFY(note->wordWrap());
            QVERIFY(note->width() <= panel.width());
            QVERIFY(note->heightForWidth(note->width()) <= note->height());
        }
        QCOMPARE(panel.emptyNote(panel.missed())->text(), missed);
        // A list with entries shows them and hides its note.
        PlanReview review;
        PlanItem slot;
        slot.kind = PlanItem::Kind::EmptySlot;
        slot.seriesName = QStringLiteral("#FollowFriday");
        slot.seriesId = 1;
        slot.startUtc = QDateTime(QDate(2017, 1, 13), QTime(10, 0), QTimeZone::utc());
        review.missed.append(slot);
        panel.setReview(review, Zurich);
        QVERIFY(panel.missed()->isVisible());
        QVERIFY(!panel.emptyNote(panel.missed())->isVisible());
        QCOMPARE(panel.missed()->item(0)->text(), QStringLiteral("Fri 13 Jan 11:00  #FollowFriday"));
    }

    void menuKeyOpensTheMenuOnTheSelectedPost()
    {
        // The keyboard's context menu (the Menu key, Shift+F10) comes as a keyboard
        // QContextMenuEvent at the middle of the widget; the menu must open on the tile.
        MonthView *month = m_page->monthView();
        month->setFocus();
        const QModelIndex post = findTitle(m_page->filterModel(), QStringLiteral("Meet Kofi, vacuum technician"));
        QVERIFY(month->selectPost(post.data(PlanModel::PostIdRole).toLongLong()));
        const QRect tile = month->itemRect(month->currentIndex());
        QVERIFY(!tile.contains(month->rect().center()));
        QSignalSpy asked(month, &CalendarView::contextMenuRequested);
        QTimer::singleShot(0, [] {
            if (QWidget *popup = QApplication::activePopupWidget())
                popup->close();
        });
        QContextMenuEvent event(QContextMenuEvent::Keyboard, month->rect().center(), month->mapToGlobal(month->rect().center()));
        QApplication::sendEvent(month, &event);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().at(0).toModelIndex(), month->currentIndex());
        QVERIFY(tile.contains(month->mapFromGlobal(asked.first().at(1).toPoint())));
    }

    void selectionStaysOnWhatIsSelected()
    {
        // The month view draws the selection as an outline on one day or one tile; no click or
        // arrow key may fill the weeks after it with the selection colour.
        MonthView *month = m_page->monthView();
        month->setFocus();
        const int area = month->width() * month->height();
        const int atRest = highlightPixels(month);
        QVERIFY2(atRest < area / 50, qPrintable(QString::number(atRest)));
        const QModelIndex post = findTitle(m_page->filterModel(), QStringLiteral("Meet Kofi, vacuum technician"));
        QVERIFY(post.isValid());
        QTest::mouseClick(month, Qt::LeftButton, Qt::NoModifier, month->itemRect(post).center());
        QCOMPARE(month->currentIndex(), post);
        QVERIFY2(highlightPixels(month) < area / 50, qPrintable(QString::number(highlightPixels(month))));
        // A click on an empty day, then Down and Up from it.
        const QRect day = month->dayRect(QDate(2017, 1, 15));
        QTest::mouseClick(month, Qt::LeftButton, Qt::NoModifier, QPoint(day.center().x(), day.bottom() - 4));
        QCOMPARE(month->currentDate(), QDate(2017, 1, 15));
        QVERIFY(!month->currentIndex().isValid());
        QVERIFY(highlightPixels(month) < area / 50);
        QTest::keyClick(month, Qt::Key_Down);
        QVERIFY(month->currentIndex().isValid());
        QCOMPARE(month->currentIndex().data(PlanModel::DayRole).toDate(), QDate(2017, 1, 16));
        QTest::keyClick(month, Qt::Key_Up);
        QVERIFY(month->currentIndex().isValid());
        QVERIFY(highlightPixels(month) < area / 50);
        // Escape goes back from the tile to its day; the day keeps its outline only.
        const QDate selectedDay = month->currentIndex().data(PlanModel::DayRole).toDate();
        QTest::keyClick(month, Qt::Key_Escape);
        QVERIFY(!month->currentIndex().isValid());
        QCOMPARE(month->currentDate(), selectedDay);
        QVERIFY(highlightPixels(month) < area / 50);
    }

    void enterOpensThePostOfTheDay()
    {
        MonthView *month = m_page->monthView();
        month->setFocus();
        QTest::keyClick(month, Qt::Key_Home); // 18 January, the day of "Meet Kofi"
        QVERIFY(!month->currentIndex().isValid());
        QString opened;
        onNextDialog<PostEditorDialog>([&opened](PostEditorDialog *dialog) {
            opened = dialog->windowTitle() + QLatin1Char('|') + dialog->findChild<QLineEdit *>(QStringLiteral("title"))->text();
            dialog->reject();
        });
        QTest::keyClick(month, Qt::Key_Return);
        QCOMPARE(opened, QStringLiteral("Edit Post|Meet Kofi, vacuum technician"));
        QCOMPARE(month->currentIndex().siblingAtColumn(PlanModel::Title).data().toString(), QStringLiteral("Meet Kofi, vacuum technician"));
        // An empty day still starts a new post.
        QTest::keyClick(month, Qt::Key_Escape);
        month->setCurrentDate(QDate(2017, 1, 15));
        onNextDialog<PostEditorDialog>([&opened](PostEditorDialog *dialog) {
            opened = dialog->windowTitle();
            dialog->reject();
        });
        QTest::keyClick(month, Qt::Key_Return);
        QCOMPARE(opened, QStringLiteral("New Post"));
    }

    void escapeAsksBeforeThrowingADraftAway()
    {
        Post post;
        post.scheduledAt = IsoTime::parseUtc(u"2017-01-20T09:00:00Z");
        PostEditorDialog dialog(m_ws->db(), Zurich, post);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Nothing written: Escape closes at once.
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("title")), QStringLiteral("A draft"));
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("body"))->setPlainText(QStringLiteral("Three paragraphs of careful writing"));
        QVERIFY(dialog.isModified());
        onNextDialog<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Cancel)->click(); });
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(dialog.isVisible()); // still editing
        onNextDialog<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Discard)->click(); });
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void thePostEditorApprovesAndSaysWhoDidWhat()
    {
        // On a file everyone may approve; the approval is stored at once, as the person
        // whose login is the system account.
        PersonRepository people(m_ws->db());
        const qint64 me = people.insert({0, QStringLiteral("Quinn Tester"), {}, Person::Role::Approver, people.currentLogin()});
        Post post;
        post.title = QStringLiteral("Guess What It Is");
        post.status = PostStatus::Review;
        QVERIFY(m_ws->workspace().writer().run([&](WriteScope &scope) { post.id = PostRepository(scope.db()).insert(post); }).ok);
        post = *PostRepository(m_ws->db()).find(post.id);
        PostEditorDialog dialog(m_ws->db(), Zurich, post);
        QVERIFY2(dialog.attributionText().startsWith(QStringLiteral("Created by Quinn Tester · Changed by Quinn Tester at ")),
                 qPrintable(dialog.attributionText()));
        QVERIFY(dialog.attributionText().endsWith(QStringLiteral("Not approved yet")));
        auto *approve = dialog.findChild<QPushButton *>(QStringLiteral("approve"));
        QVERIFY(approve);
        QVERIFY(!approve->isEnabled()); // until the dialog knows who signs in
        dialog.enableApproval(&m_ws->workspace());
        QVERIFY(approve->isEnabled());
        approve->click();
        QVERIFY(dialog.wasApproved());
        QVERIFY(!approve->isEnabled());
        const Post stored = *PostRepository(m_ws->db()).find(post.id);
        QCOMPARE(stored.status, PostStatus::Approved);
        QCOMPARE(stored.approvedBy, me);
        QCOMPARE(dialog.storedPost().version, stored.version);
        QCOMPARE(dialog.post().status, PostStatus::Approved);
        QVERIFY(!dialog.isModified()); // the approval is stored, not an edit to save
        QVERIFY2(dialog.attributionText().contains(QStringLiteral("Approved by Quinn Tester on ")), qPrintable(dialog.attributionText()));
    }

    void theScreenshotOfThePostEditorShowsApproveAsAnEditorSeesIt()
    {
        // docs/screenshots/plan-post-editor.png: a post waiting for review, opened as the Plan
        // page opens it; on a file everyone may approve, so Approve is offered.
        QVERIFY(m_page->screenshotViews().contains(QStringLiteral("plan-post-editor")));
        m_page->showScreenshotView(QStringLiteral("plan-post-editor"));
        auto *dialog = qobject_cast<PostEditorDialog *>(m_page->screenshotWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->post().status, PostStatus::Review);
        auto *approve = dialog->findChild<QPushButton *>(QStringLiteral("approve"));
        QVERIFY(approve);
        QVERIFY(approve->isEnabled());
        m_page->showScreenshotView(QString());
    }

    void thePostEditorKeepsItsButtonsOnASmallScreen()
    {
        // A stored post on three channels, as the editor opens it: OK, Approve and Delete on
        // the screen (the test platform's is 800×600; the editor asked for over 700).
        const QVector<Channel> channels = ChannelRepository(m_ws->db()).all();
        QVERIFY(channels.size() >= 3);
        Post post;
        post.title = QStringLiteral("Open Days: save the date");
        for (int i = 0; i < 3; ++i)
            post.channels.append(PostChannel{channels.at(i).id, {}});
        QVERIFY(m_ws->workspace().writer().run([&](WriteScope &scope) { post.id = PostRepository(scope.db()).insert(post); }).ok);
        PostEditorDialog dialog(m_ws->db(), Zurich, *PostRepository(m_ws->db()).find(post.id));
        dialog.enableApproval(&m_ws->workspace());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QRect screen = dialog.screen()->availableGeometry();
        QVERIFY2(dialog.frameGeometry().height() <= screen.height(),
                 qPrintable(QStringLiteral("%1 > %2").arg(dialog.frameGeometry().height()).arg(screen.height())));
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QVERIFY(screen.contains(QRect(buttons->mapToGlobal(QPoint(0, 0)), buttons->size())));
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("approve"))->isVisible());
    }

    void thePostEditorNamesWhoChangedAPostFromTheirLogin()
    {
        // Written while no person of the workspace signs in as the system account: the line
        // names the account as one, not a bare login ("Changed by root at …").
        PersonRepository people(m_ws->db());
        const QString login = people.currentLogin();
        QVERIFY(!login.isEmpty());
        QVERIFY(!people.findByLogin(login));
        Post post;
        post.title = QStringLiteral("Open Days: save the date");
        QVERIFY(m_ws->workspace().writer().run([&](WriteScope &scope) { post.id = PostRepository(scope.db()).insert(post); }).ok);
        post = *PostRepository(m_ws->db()).find(post.id);
        QVERIFY(!post.changedBy);
        QCOMPARE(post.updatedBy, login);
        {
            PostEditorDialog dialog(m_ws->db(), Zurich, post);
            QVERIFY2(dialog.attributionText().startsWith(QStringLiteral("Changed by the account “%1” at ").arg(login)),
                     qPrintable(dialog.attributionText()));
        }
        // Once a person signs in with that login (Settings ▸ Workspace ▸ People), the same
        // stored change reads as theirs.
        people.insert({0, QStringLiteral("Mei Tanaka"), {}, Person::Role::Editor, login});
        PostEditorDialog dialog(m_ws->db(), Zurich, post);
        QVERIFY2(dialog.attributionText().startsWith(QStringLiteral("Changed by Mei Tanaka at ")), qPrintable(dialog.attributionText()));
        QVERIFY(dialog.attributionText().endsWith(QStringLiteral("Not approved yet")));
    }

    void seriesEditorRanksItsTime()
    {
        // The X sample's 20 tweets in a workspace of their own. Ranked hours of X in Zurich (an
        // independent script over the sample): Fri 12:00 0.79 %, Thu 10:00 0.64 % (4 posts),
        // Tue 11:00 0.45 %; Monday 09:00 has one post; Sunday none.
        TestWorkspace ws;
        Importer importer(ws.workspace().writer());
        QVERIFY(!importer.importFile(sample(QStringLiteral("x/tweet_activity_metrics_examplelab_20170101_20170201_en.csv"))).failed());
        qint64 x = 0;
        for (const Channel &c : ChannelRepository(ws.db()).all())
            x = c.platform == Platform::X ? c.id : x;
        QVERIFY(x != 0);
        const auto text = [&](const QString &day, const QString &start) {
            Series series;
            series.name = QStringLiteral("Guess What It Is");
            series.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=") + day;
            series.dtstart = IsoTime::parseWallClock(start);
            series.timeZone = QStringLiteral("Europe/Zurich");
            series.channelIds = {x};
            SeriesEditorDialog dialog(ws.db(), series);
            dialog.setNow(QDateTime(QDate(2017, 2, 1), QTime(0, 0), Qt::UTC));
            const QString shown = dialog.findChild<QLabel *>(QStringLiteral("bestTime"))->text();
            return shown;
        };
        const QString thursday = text(QStringLiteral("TH"), QStringLiteral("2017-02-02T10:00"));
        QVERIFY2(thursday.startsWith(QStringLiteral("X: Thursday 10:00 ranks 2 of 3 hours (median 0.64")), qPrintable(thursday));
        QVERIFY2(text(QStringLiteral("FR"), QStringLiteral("2017-02-03T12:00")).contains(QLatin1String("ranks 1 of 3")), "Friday 12:00");
        const QString monday = text(QStringLiteral("MO"), QStringLiteral("2017-02-06T09:00"));
        QVERIFY2(monday.contains(QLatin1String("Monday 09:00")) && monday.contains(QLatin1String("too few to rank")), qPrintable(monday));
        QVERIFY(text(QStringLiteral("SU"), QStringLiteral("2017-02-05T09:00")).contains(QLatin1String("no post at Sunday 09:00")));

        // No channel chosen: a hint instead of a rank.
        Series none;
        none.name = QStringLiteral("Nowhere");
        none.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=TH");
        none.dtstart = IsoTime::parseWallClock(u"2017-02-02T10:00");
        none.timeZone = QStringLiteral("Europe/Zurich");
        SeriesEditorDialog dialog(ws.db(), none);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("bestTime"))->text().startsWith(QLatin1String("Choose the series' channels")));
    }

    void seriesEditorKeyboard()
    {
        Series series;
        series.dtstart = IsoTime::parseWallClock(u"2017-01-05T10:00");
        m_ws->workspace().setTimeZone(QTimeZone("Asia/Tokyo"));
        SeriesEditorDialog dialog(m_ws->db(), series);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        // A new series starts in the workspace's zone.
        auto *zone = dialog.findChild<TimeZoneCombo *>(QStringLiteral("zone"));
        QCOMPARE(zone->zone().id(), QByteArray("Asia/Tokyo"));
        // Tab goes from the pattern to the weekday boxes.
        dialog.setPattern(SeriesEditorDialog::Pattern::Weekly);
        dialog.findChild<QComboBox *>(QStringLiteral("pattern"))->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // the interval
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("weekday-MO"));
        // Return in the zone field takes the zone typed; it does not accept the dialog.
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("Zoned"));
        zone->lineEdit()->setFocus();
        zone->lineEdit()->selectAll();
        QTest::keyClicks(zone->lineEdit(), QStringLiteral("europe/zurich"));
        QTest::keyClick(zone->lineEdit(), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), 0);
        QCOMPARE(dialog.series().timeZone, QStringLiteral("Europe/Zurich"));
        // Part of a name, when only one zone has it, is that zone.
        zone->lineEdit()->selectAll();
        QTest::keyClicks(zone->lineEdit(), QStringLiteral("new york"));
        QTest::keyClick(zone->lineEdit(), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.series().timeZone, QStringLiteral("America/New_York"));
        onNextDialog<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Discard)->click(); });
        dialog.reject();
        QVERIFY(!dialog.isVisible());
    }

    void timesAreInTheWorkspacesZoneAndSayIt()
    {
        // The demo's series are kept in Europe/Zurich; the workspace now reads UTC.
        m_ws->workspace().setTimeZone(QTimeZone::utc());
        QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("zoneLabel"))->text(), QStringLiteral("Times in UTC"));
        QModelIndex tbt;
        for (int row = 0; row < m_page->filterModel()->rowCount() && !tbt.isValid(); ++row) {
            const QModelIndex index = m_page->filterModel()->index(row, 0);
            if (index.data(PlanModel::DayRole).toDate() == QDate(2017, 1, 19) && index.data(PlanModel::KindRole).toString() == QLatin1String("post")
                && index.siblingAtColumn(PlanModel::SeriesColumn).data().toString() == QLatin1String("#ThrowbackThursday"))
                tbt = index;
        }
        QVERIFY(tbt.isValid());
        // Thursday 19 January, 10:00 in Zurich is 09:00 UTC: the calendar says both.
        QCOMPARE(tbt.data(PlanModel::LocalStartRole).toDateTime().time(), QTime(9, 0));
        QCOMPARE(tbt.siblingAtColumn(PlanModel::Start).data().toString(), QStringLiteral("Thu 19 Jan 2017, 09:00 (10:00 in Europe/Zurich)"));
        QVERIFY(tbt.data(Qt::ToolTipRole).toString().contains(QLatin1String("10:00 in Europe/Zurich")));
        // The post editor shows the same instant in the same zone for the field and the slot.
        const Post post = *PostRepository(m_ws->db()).find(tbt.data(PlanModel::PostIdRole).toLongLong());
        PostEditorDialog dialog(m_ws->db(), m_ws->workspace().timeZone(), post);
        QCOMPARE(dialog.findChild<QDateTimeEdit *>(QStringLiteral("when"))->time(), QTime(9, 0));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("zone"))->text(), QStringLiteral("UTC"));
        const auto labels = dialog.findChildren<QLabel *>();
        const bool slotSaysBoth = std::any_of(labels.cbegin(), labels.cend(), [](QLabel *l) {
            return l->text().contains(QLatin1String("Thursday 19 January 2017, 09:00 (10:00 in Europe/Zurich)"));
        });
        QVERIFY(slotSaysBoth);
    }

    void hoverCardSaysWhatThePostIs()
    {
        const QModelIndex kofi = findTitle(m_page->filterModel(), QStringLiteral("Meet Kofi, vacuum technician"));
        const QString card = kofi.data(Qt::ToolTipRole).toString();
        QVERIFY2(card.contains(QLatin1String("Meet Kofi, vacuum technician")), qPrintable(card));
        QVERIFY2(card.contains(QLatin1String("Channels:")), qPrintable(card));
        QVERIFY2(card.contains(QLatin1String("Owner:")), qPrintable(card));
        QVERIFY2(card.contains(QLatin1String("Scheduled")), qPrintable(card));
        // A published post of the demo carries its figures.
        bool figures = false;
        for (int row = 0; row < m_page->filterModel()->rowCount() && !figures; ++row) {
            const QModelIndex index = m_page->filterModel()->index(row, 0);
            if (index.data(PlanModel::StatusKeyRole).toString() == QLatin1String("published"))
                figures = index.data(Qt::ToolTipRole).toString().contains(QLatin1String("impressions"));
        }
        QVERIFY(figures);
    }

    void postOfASeriesShowsTheSeriesPillar()
    {
        // A series post with no pillar of its own counts under the series' pillar (the
        // calendar's colour, its card, the pillar mix): the editor must not say "None".
        std::optional<Series> series;
        for (const Series &s : SeriesRepository(m_ws->db()).all()) {
            if (s.pillarId && !series)
                series = s;
        }
        QVERIFY(series);
        QString pillarName;
        for (const Pillar &p : PillarRepository(m_ws->db()).all()) {
            if (p.id == *series->pillarId)
                pillarName = p.name;
        }
        QVERIFY(!pillarName.isEmpty());
        Post post;
        post.title = QStringLiteral("From the series");
        post.seriesId = series->id;
        post.scheduledAt = IsoTime::parseUtc(u"2017-01-20T09:00:00Z");
        PostEditorDialog dialog(m_ws->db(), Zurich, post);
        auto *pillar = dialog.findChild<QComboBox *>(QStringLiteral("pillar"));
        QVERIFY(pillar);
        QCOMPARE(pillar->currentData().toLongLong(), qint64(0)); // still no pillar of its own
        QCOMPARE(pillar->currentText(), QStringLiteral("The series' (%1)").arg(pillarName));
        QVERIFY(!dialog.post().pillarId);
        // A post outside any series has none.
        post.seriesId.reset();
        PostEditorDialog alone(m_ws->db(), Zurich, post);
        QCOMPARE(alone.findChild<QComboBox *>(QStringLiteral("pillar"))->currentText(), QStringLiteral("None"));
    }

    void fillAnEmptySlotByDoubleClick()
    {
        m_page->goToDate(QDate(2017, 2, 1));
        MonthView *month = m_page->monthView();
        const QModelIndexList open = m_page->filterModel()->match(m_page->filterModel()->index(0, 0), PlanModel::StatusKeyRole,
                                                                  QStringLiteral("empty"), 1, Qt::MatchExactly);
        QVERIFY(!open.isEmpty());
        const QPersistentModelIndex slot = open.first();
        const qint64 seriesId = slot.data(PlanModel::SeriesIdRole).toLongLong();
        const QDateTime occurrence = slot.data(PlanModel::OccurrenceRole).toDateTime();
        onNextDialog<PostEditorDialog>([](PostEditorDialog *dialog) {
            auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("title"));
            title->selectAll();
            QTest::keyClicks(title, QStringLiteral("Filled from the calendar"));
            dialog->accept();
        });
        QTest::mouseDClick(month, Qt::LeftButton, Qt::NoModifier, month->itemRect(slot).center());
        const auto post = PostRepository(m_ws->db()).forOccurrence(seriesId, occurrence);
        QVERIFY(post);
        QCOMPARE(post->title, QStringLiteral("Filled from the calendar"));
        QCOMPARE(post->status, PostStatus::Draft);
        QVERIFY(!post->channels.isEmpty()); // the series' default channels
        // No longer an empty slot; undo brings it back.
        QVERIFY(!findTitle(m_page->filterModel(), QStringLiteral("Filled from the calendar")).data(PlanModel::KindRole).toString().isEmpty());
        m_undo->undo();
        QVERIFY(!PostRepository(m_ws->db()).forOccurrence(seriesId, occurrence));
    }

    void createTheDemoSeriesThroughTheEditor()
    {
        // A fresh workspace: the three series of the demo, typed in the series editor.
        SeriesRepository(m_ws->db()); // (the demo's own series stay; the new ones get other names)
        struct Case {
            QString name;
            SeriesEditorDialog::Pattern pattern;
            QString weekday; // for weekly
            int ordinal;     // for monthly
            QString start;
            QString rrule;
            QString words;
        };
        const QList<Case> cases = {
            {QStringLiteral("#TBT (new)"), SeriesEditorDialog::Pattern::Weekly, QStringLiteral("TH"), 0, QStringLiteral("2017-02-02T10:00"),
             QStringLiteral("FREQ=WEEKLY;BYDAY=TH"), QStringLiteral("Every Thursday at 10:00 (Europe/Zurich)")},
            {QStringLiteral("Guess (new)"), SeriesEditorDialog::Pattern::Weekly, QStringLiteral("TU"), 0, QStringLiteral("2017-01-31T12:00"),
             QStringLiteral("FREQ=WEEKLY;BYDAY=TU"), QStringLiteral("Every Tuesday at 12:00 (Europe/Zurich)")},
            {QStringLiteral("#FF monthly (new)"), SeriesEditorDialog::Pattern::MonthlyByWeekday, QStringLiteral("FR"), -1,
             QStringLiteral("2017-01-27T11:00"), QStringLiteral("FREQ=MONTHLY;BYDAY=-1FR"),
             QStringLiteral("On the last Friday of every month at 11:00 (Europe/Zurich)")},
        };
        for (const Case &c : cases) {
            onNextDialog<SeriesEditorDialog>([c](SeriesEditorDialog *dialog) {
                QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("name")), c.name);
                dialog->findChild<QDateTimeEdit *>(QStringLiteral("start"))->setDateTime(
                    QDateTime(IsoTime::parseWallClock(c.start).date(), IsoTime::parseWallClock(c.start).time()));
                dialog->setPattern(c.pattern);
                if (c.pattern == SeriesEditorDialog::Pattern::Weekly) {
                    for (QCheckBox *box : dialog->findChildren<QCheckBox *>()) {
                        if (box->objectName().startsWith(QLatin1String("weekday-")))
                            box->setChecked(box->objectName() == QLatin1String("weekday-") + c.weekday);
                    }
                } else {
                    auto *ordinal = dialog->findChild<QComboBox *>(QStringLiteral("ordinal"));
                    ordinal->setCurrentIndex(ordinal->findData(c.ordinal));
                    auto *day = dialog->findChild<QComboBox *>(QStringLiteral("ordinalDay"));
                    day->setCurrentIndex(day->findData(c.weekday));
                }
                QCOMPARE(dialog->rrule(), c.rrule);
                QCOMPARE(dialog->description(), c.words);
                QCOMPARE(dialog->nextOccurrences().size(), 6);
                QVERIFY(dialog->problem().isEmpty());
                dialog->accept();
            });
            const QList<QAction *> actions = m_page->menuActions();
            actions.at(1)->trigger(); // New Series…
            const auto stored = SeriesRepository(m_ws->db()).findByName(c.name);
            QVERIFY2(stored, qPrintable(c.name));
            QCOMPARE(stored->rrule, c.rrule);
            QCOMPARE(stored->timeZone, QStringLiteral("Europe/Zurich"));
        }
        // Four weeks of February: the new series' slots are on the calendar, empty.
        m_page->goToDate(QDate(2017, 2, 15));
        int newSlots = 0;
        for (int row = 0; row < m_page->filterModel()->rowCount(); ++row) {
            const QModelIndex index = m_page->filterModel()->index(row, 0);
            if (index.siblingAtColumn(PlanModel::SeriesColumn).data().toString().endsWith(QLatin1String("(new)"))) {
                QCOMPARE(index.data(PlanModel::KindRole).toString(), QStringLiteral("slot"));
                ++newSlots;
            }
        }
        // Thursdays 2, 9, 16, 23 Feb and 2, 9 Mar; Tuesdays 31 Jan to 7 Mar (6); 24 Feb (last Friday).
        QCOMPARE(newSlots, 6 + 6 + 1);
        m_undo->undo();
        QVERIFY(!SeriesRepository(m_ws->db()).findByName(QStringLiteral("#FF monthly (new)")));
    }

    void seriesEditorNamesTheBadPart()
    {
        Series series;
        series.timeZone = QStringLiteral("Europe/Zurich");
        series.dtstart = IsoTime::parseWallClock(u"2017-01-05T10:00");
        SeriesEditorDialog dialog(m_ws->db(), series);
        dialog.setNow(IsoTime::parseUtc(u"2017-01-01T00:00:00Z"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("Custom"));
        auto *rule = dialog.findChild<QLineEdit *>(QStringLiteral("rrule"));
        rule->selectAll();
        QTest::keyClicks(rule, QStringLiteral("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1"));
        QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("pattern"))->currentData().toInt(), int(SeriesEditorDialog::Pattern::Custom));
        QCOMPARE(dialog.description(), QStringLiteral("On the last weekday of every month at 10:00 (Europe/Zurich)"));
        QCOMPARE(dialog.nextOccurrences().first(), QStringLiteral("Tue 31 Jan 2017, 10:00"));
        rule->selectAll();
        QTest::keyClicks(rule, QStringLiteral("FREQ=MONTHLY;BYDAY=-1FRI"));
        QVERIFY2(dialog.problem().contains(QStringLiteral("BYDAY: “-1FRI”")), qPrintable(dialog.problem()));
        QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        // A typed rule the builder can say is read back into it.
        rule->selectAll();
        QTest::keyClicks(rule, QStringLiteral("FREQ=MONTHLY;BYDAY=-1FR"));
        QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("pattern"))->currentData().toInt(), int(SeriesEditorDialog::Pattern::MonthlyByWeekday));
        QVERIFY(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    }

    void characterCountsPerChannel()
    {
        const qint64 x = ChannelRepository(m_ws->db()).firstOf(Platform::X)->id;
        const qint64 instagram = ChannelRepository(m_ws->db()).firstOf(Platform::Instagram)->id;
        Post post;
        post.title = QStringLiteral("Long one");
        post.channels = {{x, {}}, {instagram, {}}};
        PostEditorDialog dialog(m_ws->db(), Zurich, post);
        auto *body = dialog.findChild<QPlainTextEdit *>(QStringLiteral("body"));
        body->setPlainText(QString(290, QLatin1Char('a')));
        QCOMPARE(dialog.countSummary(), QStringLiteral("X 290/280 · Instagram 290/2,200"));
        QVERIFY(dialog.anyOverLimit());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("counts"))->text().contains(QLatin1String("10 character")));
        // A shorter text for X alone fixes it; Instagram keeps the long one.
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("variant-%1").arg(x))->setPlainText(QStringLiteral("Short for X https://examplelab.org/a/very/long/link"));
        QCOMPARE(dialog.countSummary(), QStringLiteral("X 35/280 · Instagram 290/2,200"));
        QVERIFY(!dialog.anyOverLimit());
        const Post edited = dialog.post();
        QCOMPARE(edited.channels.size(), 2);
        QCOMPARE(edited.channels.at(0).textVariant, QStringLiteral("Short for X https://examplelab.org/a/very/long/link"));
        QVERIFY(edited.channels.at(1).textVariant.isEmpty());
    }

    void filtersNarrowTheCalendar()
    {
        const int all = m_page->filterModel()->rowCount();
        m_page->filterModel()->setFilter(PlanFilterModel::Facet::Status, {QStringLiteral("draft")});
        const int drafts = m_page->filterModel()->rowCount();
        QVERIFY(drafts > 0 && drafts < all);
        // The month view draws only what the filter lets through.
        int tiles = 0;
        for (int row = 0; row < m_page->filterModel()->rowCount(); ++row)
            tiles += m_page->monthView()->itemRect(m_page->filterModel()->index(row, 0)).isEmpty() ? 0 : 1;
        QVERIFY(tiles > 0 && tiles <= drafts);
        m_page->filterModel()->clearFilters();
        QCOMPARE(m_page->filterModel()->rowCount(), all);
    }
};

QTEST_MAIN(tst_Plan)
#include "tst_plan.moc"
