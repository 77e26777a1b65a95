// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Beamline {

// Undoes imports: everything a batch added is removed and everything it replaced comes
// back, in one transaction. The batch stays in the history, marked as undone.
class ImportHistory final
{
    Q_DECLARE_TR_FUNCTIONS(Beamline::ImportHistory)

public:
    explicit ImportHistory(QSqlDatabase db) : m_db(std::move(db)) {}

    // Throws DatabaseError; false when the batch does not exist or was already undone.
    bool undo(qint64 batchId);

private:
    QSqlDatabase m_db;
};

} // namespace Beamline
