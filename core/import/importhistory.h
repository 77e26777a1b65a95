// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QVariantMap>
#include <QVector>

namespace Beamline {

class WriteScope;

// What undoing an import took away, every column of every row, so that taking the undo back
// (redo) puts the same rows back under the same ids.
struct UndoneImport {
    qint64 batchId = 0;
    // By table: post_snapshots, platform_posts (those the batch brought), daily_metrics,
    // web_traffic, mentions.
    QHash<QString, QVector<QVariantMap>> rows;
};

// Undoing an import: its rows go, the rows of other imports hold their facts again, and the
// derived tables follow (the writer's derived step).
class ImportHistory final
{
    Q_DECLARE_TR_FUNCTIONS(Beamline::ImportHistory)

public:
    // Inside a write. Throws DatabaseError; false when the batch does not exist or was already
    // undone. With `removed`, remembers the rows it takes away, for redo().
    static bool undo(WriteScope &scope, qint64 batchId, UndoneImport *removed = nullptr);
    // Takes an undo() back: the rows are back as they were, and among the rows of each fact the
    // newest export's holds it again, as if the imports had been made in any order. Inside a
    // write; throws DatabaseError; false when the batch is not an undone one.
    static bool redo(WriteScope &scope, const UndoneImport &removed);
};

} // namespace Beamline
