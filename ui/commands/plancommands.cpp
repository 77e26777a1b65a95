// SPDX-License-Identifier: GPL-3.0-or-later
#include "plancommands.h"

namespace Beamline {

SavePostCommand::SavePostCommand(Workspace *workspace, std::optional<Post> before, std::optional<Post> after, const QString &text,
                                 PlanErrorHandler onError)
    : EditCommand(workspace, text, std::move(onError))
    , m_edit(workspace, std::move(before), std::move(after))
{
}

int SavePostCommand::id() const
{
    return m_edit.isMove() ? int(CommandId::MovePost) : -1;
}

bool SavePostCommand::mergeWith(const QUndoCommand *other)
{
    // QUndoStack asks once `other` ran: a move that could not be written stays out.
    const auto *later = dynamic_cast<const SavePostCommand *>(other);
    if (!later || later->isObsolete() || !m_edit.absorb(later->m_edit))
        return false;
    setText(later->text());
    // Back where it started: the step goes (QUndoStack drops an obsolete merged command).
    if (m_edit.changesNothing())
        setObsolete(true);
    return true;
}

SaveSeriesCommand::SaveSeriesCommand(Workspace *workspace, std::optional<Series> before, std::optional<Series> after,
                                     const QString &text, PlanErrorHandler onError)
    : EditCommand(workspace, text, std::move(onError))
    , m_edit(std::move(before), std::move(after))
{
}

ImportPlanCommand::ImportPlanCommand(Workspace *workspace, QVector<Post> before, QVector<Post> after, const QString &fileName,
                                     PlanErrorHandler onError)
    : EditCommand(workspace, tr("Import Plan “%1”").arg(fileName), std::move(onError))
    , m_edit(std::move(before), std::move(after))
{
    setAlreadyApplied(); // the import itself did the first run
}

LinkImportedPostsCommand::LinkImportedPostsCommand(Workspace *workspace, QVector<Link> before, QVector<Link> after,
                                                   const QString &text, PlanErrorHandler onError)
    : EditCommand(workspace, text, std::move(onError))
    , m_edit(std::move(before), std::move(after))
{
}

} // namespace Beamline
