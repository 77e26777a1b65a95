// SPDX-License-Identifier: GPL-3.0-or-later
#include "importedits.h"

#include <core/db/databaseerror.h>
#include <core/db/importprofilerepository.h>
#include <core/db/writescope.h>

namespace Beamline {

ImportEdit::ImportEdit(QList<qint64> batchIds, bool importing)
    : m_batches(std::move(batchIds))
    , m_importing(importing)
{
}

void ImportEdit::apply(WriteScope &scope, bool forward)
{
    if (forward == m_importing)
        putBack(scope);
    else
        takeAway(scope);
}

void ImportEdit::takeAway(WriteScope &scope)
{
    m_undone.clear();
    m_changed = false;
    for (qint64 batch : std::as_const(m_batches)) {
        UndoneImport removed;
        if (ImportHistory::undo(scope, batch, &removed)) {
            m_undone.append(std::move(removed));
            m_changed = true;
        } else if (m_importing) {
            // An import on the undo stack that is gone already: the history no longer matches.
            throw DatabaseError(tr("The import was undone already."));
        }
    }
}

void ImportEdit::putBack(WriteScope &scope)
{
    m_changed = false;
    // Newest undo first, as a stack; the figures do not depend on the order.
    for (auto it = m_undone.crbegin(); it != m_undone.crend(); ++it) {
        if (!ImportHistory::redo(scope, *it))
            throw DatabaseError(tr("The import is no longer undone."));
        m_changed = true;
    }
}

ImportProfileEdit::ImportProfileEdit(std::optional<ImportProfileRecord> before, std::optional<ImportProfileRecord> after)
    : m_before(std::move(before))
    , m_after(std::move(after))
{
}

void ImportProfileEdit::apply(WriteScope &scope, bool forward)
{
    const QSqlDatabase db = scope.db();
    std::optional<ImportProfileRecord> &target = forward ? m_after : m_before;
    const std::optional<ImportProfileRecord> &current = forward ? m_before : m_after;
    if (!target) {
        m_removal = RowJournal();
        m_removal.remove(db, QStringLiteral("import_profiles"), { { QStringLiteral("id"), current->id } });
    } else if (!current && !m_removal.isEmpty()) {
        m_removal.undo(db); // the same row, under its id
        m_removal = RowJournal();
    } else {
        target->id = ImportProfileRepository(db).save(*target); // by name: replaces `current`
    }
    scope.changed(ChangeSet::Kind::Profiles, profileId());
}

} // namespace Beamline
