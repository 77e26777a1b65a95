// SPDX-License-Identifier: GPL-3.0-or-later
#include "importhistory.h"

#include <core/db/dailymetricrepository.h>
#include <core/db/importbatchrepository.h>
#include <core/db/mentionrepository.h>
#include <core/db/platformpostrepository.h>
#include <core/db/webtrafficrepository.h>
#include <core/db/writescope.h>

namespace Beamline {

bool ImportHistory::undo(WriteScope &scope, qint64 batchId)
{
    const QSqlDatabase db = scope.db();
    ImportBatchRepository batches(db);
    const auto batch = batches.find(batchId);
    if (!batch || batch->status == ImportBatch::Status::Undone)
        return false;
    // The days the summaries must look at, while the batch's rows are still there.
    DerivedUpdates::Undo undo;
    undo.batchId = batchId;
    undo.webSpans = WebTrafficRepository(db).oneDaySpansOfBatch(batchId);
    if (const auto span = MentionRepository(db).utcDaySpanOfBatch(batchId)) {
        undo.firstMentionDay = span->first;
        undo.lastMentionDay = span->second;
    }
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

} // namespace Beamline
