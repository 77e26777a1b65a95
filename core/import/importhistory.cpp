// SPDX-License-Identifier: GPL-3.0-or-later
#include "importhistory.h"

#include <core/db/dailymetricrepository.h>
#include <core/db/importbatchrepository.h>
#include <core/db/mentionrepository.h>
#include <core/db/platformpostrepository.h>
#include <core/db/rowjournal.h>
#include <core/db/webtrafficrepository.h>
#include <core/db/writescope.h>

#include <QSet>

namespace Beamline {

namespace {

const QString Snapshots = QStringLiteral("post_snapshots");
const QString Posts = QStringLiteral("platform_posts");

// The tables whose rows hold versioned facts (VersionedRows), in the order they are put back.
QVector<const VersionedRows::Table *> factTables()
{
    return { &DailyMetricRepository::table(), &WebTrafficRepository::table(), &MentionRepository::table() };
}

// The days the summaries must look at for the batch's rows (read while they are there).
DerivedUpdates::Undo spansOf(const QSqlDatabase &db, qint64 batchId)
{
    DerivedUpdates::Undo undo;
    undo.batchId = batchId;
    undo.webSpans = WebTrafficRepository(db).oneDaySpansOfBatch(batchId);
    if (const auto span = MentionRepository(db).utcDaySpanOfBatch(batchId)) {
        undo.firstMentionDay = span->first;
        undo.lastMentionDay = span->second;
    }
    return undo;
}

void remember(const QSqlDatabase &db, qint64 batchId, UndoneImport &removed)
{
    removed.batchId = batchId;
    removed.rows.clear();
    const QVariantMap ofBatch { { QStringLiteral("batch_id"), batchId } };
    removed.rows.insert(Snapshots, RowJournal::select(db, Snapshots, ofBatch));
    // The imported posts go with their last snapshot: keep each one the batch has.
    QSet<qint64> posts;
    QVector<QVariantMap> postRows;
    for (const QVariantMap &snapshot : removed.rows.value(Snapshots)) {
        const qint64 id = snapshot.value(QStringLiteral("platform_post_id")).toLongLong();
        if (!posts.contains(id)) {
            posts.insert(id);
            postRows += RowJournal::select(db, Posts, { { QStringLiteral("id"), id } });
        }
    }
    removed.rows.insert(Posts, postRows);
    for (const VersionedRows::Table *table : factTables())
        removed.rows.insert(table->name, RowJournal::select(db, table->name, ofBatch));
}

} // namespace

bool ImportHistory::undo(WriteScope &scope, qint64 batchId, UndoneImport *removed)
{
    const QSqlDatabase db = scope.db();
    ImportBatchRepository batches(db);
    const auto batch = batches.find(batchId);
    if (!batch || batch->status == ImportBatch::Status::Undone)
        return false;
    if (removed)
        remember(db, batchId, *removed);
    // The days the summaries must look at, while the batch's rows are still there.
    const DerivedUpdates::Undo undo = spansOf(db, batchId);
    PlatformPostRepository(db).undoBatch(batchId);
    DailyMetricRepository(db).undoBatch(batchId);
    WebTrafficRepository(db).undoBatch(batchId);
    MentionRepository(db).undoBatch(batchId);
    batches.markUndone(batchId);
    scope.derived().undos.append(undo);
    scope.changed(ChangeSet::Kind::Batches, batchId);
    scope.changed(ChangeSet::Kind::Figures);
    scope.changed(ChangeSet::Kind::Matches);
    return true;
}

bool ImportHistory::redo(WriteScope &scope, const UndoneImport &removed)
{
    const QSqlDatabase db = scope.db();
    ImportBatchRepository batches(db);
    const auto batch = batches.find(removed.batchId);
    if (!batch || batch->status != ImportBatch::Status::Undone)
        return false;
    PlatformPostRepository(db).restoreBatch(removed.rows.value(Posts), removed.rows.value(Snapshots));
    for (const VersionedRows::Table *table : factTables()) {
        RowJournal written; // only its inserts are used
        for (QVariantMap row : removed.rows.value(table->name)) {
            // Back as a row that holds its facts, as when first written alone; where other
            // imports have rows of the same key, the resolution below decides again.
            if (table->perValue) {
                QVariantList values;
                for (const QString &column : table->valueColumns)
                    values.append(row.value(column));
                row.insert(QStringLiteral("live"), VersionedRows::presentMask(values));
            } else {
                row.insert(QStringLiteral("superseded_by"), QVariant());
            }
            written.insert(db, table->name, row);
        }
        VersionedRows::resolveBatch(db, *table, removed.batchId);
    }
    batches.markActive(removed.batchId);
    // The summaries recount the batch's days from the rows now stored, as after an undo.
    scope.derived().undos.append(spansOf(db, removed.batchId));
    scope.changed(ChangeSet::Kind::Batches, removed.batchId);
    scope.changed(ChangeSet::Kind::Figures);
    scope.changed(ChangeSet::Kind::Matches);
    return true;
}

} // namespace Beamline
