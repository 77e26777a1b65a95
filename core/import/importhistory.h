// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Beamline {

class WriteScope;

// Undoing an import: its rows go, the rows of other imports hold their facts again, and the
// derived tables follow (the writer's derived step).
class ImportHistory final
{
    Q_DECLARE_TR_FUNCTIONS(Beamline::ImportHistory)

public:
    // Inside a write. Throws DatabaseError; false when the batch does not exist or was already undone.
    static bool undo(WriteScope &scope, qint64 batchId);
};

} // namespace Beamline
