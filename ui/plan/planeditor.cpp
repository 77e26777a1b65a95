// SPDX-License-Identifier: GPL-3.0-or-later
#include "planeditor.h"

#include <core/domain/isotime.h>
#include <core/models/planmodel.h>
#include <core/plan/recurrence.h>
#include <core/services/planservice.h>
#include <core/workspace/workspace.h>
#include <ui/application.h>
#include <ui/commands/plancommands.h>
#include <ui/plan/posteditordialog.h>
#include <ui/plan/serieseditordialog.h>

#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QUndoStack>

namespace Beamline {

PlanEditor::PlanEditor(QWidget *parent, Hooks hooks)
    : m_parent(parent)
    , m_hooks(std::move(hooks))
{
}

void PlanEditor::setWorkspace(Workspace *workspace, QUndoStack *undoStack)
{
    m_workspace = workspace;
    m_undoStack = undoStack;
}

void PlanEditor::readFailed(const ServiceError &error)
{
    m_hooks.message(2, tr("The plan could not be read: %1").arg(error.message));
}

bool PlanEditor::canEdit()
{
    if (!m_workspace)
        return false;
    if (m_workspace->isReadOnly()) {
        m_hooks.message(1, tr("This workspace is open read-only; the plan cannot be changed."));
        return false;
    }
    return true;
}

void PlanEditor::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    if (index.data(PlanModel::KindRole).toString() == QLatin1String("post"))
        editPost(index.data(PlanModel::PostIdRole).toLongLong());
    else
        fillSlot(index.data(PlanModel::SeriesIdRole).toLongLong(), index.data(PlanModel::OccurrenceRole).toDateTime(),
                 index.data(PlanModel::StartRole).toDateTime());
}

void PlanEditor::newPostAt(const QDateTime &localStart)
{
    if (!canEdit())
        return;
    Post post;
    post.status = PostStatus::Idea;
    post.scheduledAt = Recurrence::toUtc(IsoTime::makeWallClock(localStart.date(), localStart.time()), m_workspace->timeZone());
    runPostEditor(post, true);
}

void PlanEditor::fillSlot(qint64 seriesId, const QDateTime &occurrence, const QDateTime &startUtc)
{
    if (!canEdit())
        return;
    if (const auto post = found(PlanService(*m_workspace).draftForSlot(seriesId, occurrence, startUtc)))
        runPostEditor(*post, true);
}

void PlanEditor::editPost(qint64 postId)
{
    if (!m_workspace)
        return;
    if (const auto post = found(PlanService(*m_workspace).post(postId)))
        runPostEditor(*post, false);
}

void PlanEditor::runPostEditor(const Post &post, bool isNew)
{
    PostEditorDialog dialog(m_workspace->connection(), m_workspace->timeZone(), post, m_parent);
    if (m_workspace->isReadOnly())
        dialog.setEnabled(false);
    else if (!isNew)
        dialog.enableApproval(m_workspace);
    const int answer = dialog.exec();
    // An approval in the dialog is already stored: edits compare with the approved post.
    const Post stored = dialog.wasApproved() ? dialog.storedPost() : post;
    if (answer != QDialog::Accepted || !canEdit())
        return;
    if (dialog.deleteRequested()) {
        const Result<std::optional<Post>> kept = PlanService(*m_workspace).keptOnDeletion(stored);
        if (!kept) {
            readFailed(kept.error());
            return;
        }
        if (kept.value()) {
            m_hooks.message(1, tr("“%1” is linked to imported posts, so it was dropped rather than deleted.").arg(post.title));
            savePost(stored, kept.value(), tr("Drop “%1”").arg(post.title));
            return;
        }
        savePost(stored, std::nullopt, tr("Delete “%1”").arg(post.title));
        return;
    }
    Post edited = dialog.post();
    if (const QString name = dialog.newAssignee(); !name.isEmpty()) {
        const Result<qint64> person = PlanService(*m_workspace).ensurePerson(name);
        if (person)
            edited.assigneeId = *person;
        else
            m_hooks.message(2, person.error().message);
    }
    if (isNew)
        savePost(std::nullopt, edited, tr("Add “%1”").arg(edited.title));
    else if (!(edited == stored))
        savePost(stored, edited, tr("Edit “%1”").arg(edited.title));
}

void PlanEditor::savePost(const std::optional<Post> &before, const std::optional<Post> &after, const QString &text)
{
    if (!m_workspace || !m_undoStack)
        return;
    // Refused (another editor's change came first): say so, and show the post as it now is.
    auto *command = new SavePostCommand(m_workspace, before, after, text, [this](const QString &error) {
        sayError(error);
        QTimer::singleShot(0, m_parent, m_hooks.reload);
    });
    m_undoStack->push(command);
}

void PlanEditor::movePost(qint64 postId, const QDateTime &localStart)
{
    if (!canEdit())
        return;
    const auto post = found(PlanService(*m_workspace).post(postId));
    if (!post)
        return;
    Post moved = *post;
    moved.scheduledAt = Recurrence::toUtc(IsoTime::makeWallClock(localStart.date(), localStart.time()), m_workspace->timeZone());
    if (moved.scheduledAt == post->scheduledAt)
        return;
    savePost(*post, moved,
             tr("Move “%1” to %2").arg(post->title, QLocale().toString(localStart, QStringLiteral("ddd d MMM HH:mm"))));
    m_hooks.showPost(postId, localStart.date());
}

void PlanEditor::moveSlot(const QModelIndex &index, const QDateTime &localStart)
{
    if (!canEdit())
        return;
    const auto series = found(PlanService(*m_workspace).series(index.data(PlanModel::SeriesIdRole).toLongLong()));
    if (!series)
        return;
    // The slot's new wall clock in the series' own zone.
    const Series edited = PlanService::withSlotMoved(*series, index.data(PlanModel::OccurrenceRole).toDateTime(), localStart);
    m_undoStack->push(new SaveSeriesCommand(
        m_workspace, *series, edited,
        tr("Move a “%1” slot to %2").arg(series->name, QLocale().toString(localStart, QStringLiteral("ddd d MMM HH:mm"))),
        [this](const QString &error) { sayError(error); }));
}

void PlanEditor::skipSlot(const QModelIndex &index)
{
    if (!canEdit())
        return;
    const auto series = found(PlanService(*m_workspace).series(index.data(PlanModel::SeriesIdRole).toLongLong()));
    if (!series)
        return;
    const QDateTime original = index.data(PlanModel::OccurrenceRole).toDateTime();
    const Series edited = PlanService::withSlotSkipped(*series, original);
    m_undoStack->push(
        new SaveSeriesCommand(m_workspace, *series, edited,
                              tr("Skip “%1” on %2").arg(series->name, QLocale().toString(original.date(), QLocale::ShortFormat)),
                              [this](const QString &error) { sayError(error); }));
}

void PlanEditor::confirmDrop(const QModelIndex &index)
{
    // Delete is one key away from everything else: say which post it drops, and ask.
    if (!index.isValid() || index.data(PlanModel::KindRole).toString() != QLatin1String("post") || !canEdit())
        return;
    const QPersistentModelIndex persistent(index);
    const QString title = index.siblingAtColumn(PlanModel::Title).data().toString();
    const QString when = index.siblingAtColumn(PlanModel::Start).data().toString();
    QMessageBox box(QMessageBox::Question, tr("Drop Post"), tr("Drop “%1” (%2)?").arg(title, when), QMessageBox::NoButton,
                    m_parent);
    box.setInformativeText(tr("It stays in the plan, marked as dropped. Edit ▸ Undo brings it back."));
    QPushButton *drop = box.addButton(tr("&Drop Post"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(drop);
    box.exec();
    if (box.clickedButton() == drop && persistent.isValid())
        dropPost(persistent);
}

void PlanEditor::dropPost(const QModelIndex &index)
{
    if (index.data(PlanModel::KindRole).toString() != QLatin1String("post"))
        return;
    setPostStatus(index.data(PlanModel::PostIdRole).toLongLong(), int(PostStatus::Dropped));
}

void PlanEditor::setPostStatus(qint64 postId, int status)
{
    if (!canEdit())
        return;
    const auto post = found(PlanService(*m_workspace).post(postId));
    if (!post || post->status == PostStatus(status))
        return;
    Post edited = *post;
    edited.status = PostStatus(status);
    savePost(*post, edited,
             edited.status == PostStatus::Dropped
                 ? tr("Drop “%1”").arg(post->title)
                 : tr("Mark “%1” as %2").arg(post->title, PostStatuses::displayName(edited.status).toLower()));
}

void PlanEditor::showContextMenu(const QModelIndex &index, const QPoint &globalPos)
{
    if (!m_workspace || !index.isValid())
        return;
    QMenu menu(m_parent);
    const QPersistentModelIndex persistent(index);
    if (index.data(PlanModel::KindRole).toString() == QLatin1String("post")) {
        const qint64 postId = index.data(PlanModel::PostIdRole).toLongLong();
        menu.addAction(Application::icon(QStringLiteral("document-open")), tr("&Edit…"), m_parent,
                       [this, postId] { editPost(postId); });
        QMenu *status = menu.addMenu(tr("&Status"));
        const QString current = index.data(PlanModel::StatusKeyRole).toString();
        for (PostStatus s : PostStatuses::all()) {
            QAction *action
                = status->addAction(PostStatuses::displayName(s), m_parent, [this, postId, s] { setPostStatus(postId, int(s)); });
            action->setCheckable(true);
            action->setChecked(PostStatuses::key(s) == current);
        }
        menu.addSeparator();
        menu.addAction(Application::icon(QStringLiteral("edit-delete")), tr("&Drop"), m_parent,
                       [this, persistent] { dropPost(persistent); });
    } else {
        const qint64 seriesId = index.data(PlanModel::SeriesIdRole).toLongLong();
        menu.addAction(Application::icon(QStringLiteral("list-add")), tr("&Write the Post for This Slot…"), m_parent,
                       [this, persistent] { activate(persistent); });
        menu.addAction(tr("S&kip This Occurrence"), m_parent, [this, persistent] { skipSlot(persistent); });
        menu.addSeparator();
        menu.addAction(tr("Edit the &Series…"), m_parent, [this, seriesId] { editSeries(seriesId); });
    }
    menu.setEnabled(!m_workspace->isReadOnly());
    menu.exec(globalPos);
}

void PlanEditor::newSeries(QDate day)
{
    if (!canEdit())
        return;
    Series series;
    series.timeZone = QString::fromUtf8(m_workspace->timeZone().id());
    series.dtstart = IsoTime::makeWallClock(day.isValid() ? day : m_workspace->today(), QTime(10, 0));
    SeriesEditorDialog dialog(m_workspace->connection(), series, m_parent);
    dialog.setNow(m_workspace->now());
    runSeriesEditor(dialog, true);
}

void PlanEditor::editSeries(qint64 seriesId)
{
    if (!m_workspace)
        return;
    const auto series = found(PlanService(*m_workspace).series(seriesId));
    if (!series)
        return;
    SeriesEditorDialog dialog(m_workspace->connection(), *series, m_parent);
    dialog.setNow(m_workspace->now());
    runSeriesEditor(dialog, false);
}

void PlanEditor::runSeriesEditor(SeriesEditorDialog &dialog, bool isNew)
{
    if (dialog.exec() != QDialog::Accepted || !canEdit())
        return;
    const Series edited = dialog.series();
    auto onError = [this](const QString &error) { sayError(error); };
    if (isNew) {
        m_undoStack->push(
            new SaveSeriesCommand(m_workspace, std::nullopt, edited, tr("Add series “%1”").arg(edited.name), onError));
        m_hooks.message(0, tr("“%1” added: %2.").arg(edited.name, Recurrence::describe(edited)));
        return;
    }
    const auto before = found(PlanService(*m_workspace).series(edited.id));
    if (!before)
        return;
    if (dialog.deleteRequested())
        m_undoStack->push(
            new SaveSeriesCommand(m_workspace, *before, std::nullopt, tr("Delete series “%1”").arg(before->name), onError));
    else if (!(edited == *before))
        m_undoStack->push(new SaveSeriesCommand(m_workspace, *before, edited, tr("Edit series “%1”").arg(edited.name), onError));
}

} // namespace Beamline
