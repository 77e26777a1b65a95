// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/db/rowjournal.h>
#include <core/domain/importprofilerecord.h>
#include <core/import/importhistory.h>
#include <core/services/workspaceedit.h>

#include <QCoreApplication>
#include <QList>
#include <QVector>

#include <optional>

namespace Beamline {

// Imports (importing), or the undo of imports: taking it back is the other. Undoing remembers
// every row it takes away (ImportHistory::undo), and putting the imports back restores exactly
// those rows, so the figures are those of the imports made directly. An import that is not in
// the state the edit expects (undone meanwhile by someone else) makes apply() throw
// DatabaseError: the write rolls back, and the undo history no longer matches the workspace.
class ImportEdit final : public WorkspaceEdit
{
    Q_DECLARE_TR_FUNCTIONS(Beamline::ImportEdit)

public:
    ImportEdit(QList<qint64> batchIds, bool importing);

    QList<qint64> batchIds() const { return m_batches; }
    // Whether the last apply() undid or redid any import (false: there was none to undo).
    bool changedAny() const { return m_changed; }
    void apply(WriteScope &scope, bool forward) override;

private:
    void takeAway(WriteScope &scope);
    void putBack(WriteScope &scope);

    QList<qint64> m_batches;
    bool m_importing;
    bool m_changed = false;
    QVector<UndoneImport> m_undone;
};

// Saves a column mapping (an import profile), replacing the one of the same name (before), or
// removes one (no after); taking it back puts back what was there, under the same id.
class ImportProfileEdit final : public WorkspaceEdit
{
public:
    ImportProfileEdit(std::optional<ImportProfileRecord> before, std::optional<ImportProfileRecord> after);

    // The profile's id once stored (for a new one, after the first apply).
    qint64 profileId() const { return m_after ? m_after->id : (m_before ? m_before->id : 0); }
    void apply(WriteScope &scope, bool forward) override;

private:
    std::optional<ImportProfileRecord> m_before;
    std::optional<ImportProfileRecord> m_after;
    RowJournal m_removal; // the row as it was when last removed
};

} // namespace Beamline
