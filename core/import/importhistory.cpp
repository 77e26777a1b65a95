// SPDX-License-Identifier: GPL-3.0-or-later
#include "importhistory.h"

#include <core/analytics/mentiondays.h>
#include <core/analytics/webchanneldays.h>
#include <core/db/dailymetricrepository.h>
#include <core/db/importbatchrepository.h>
#include <core/db/mentionrepository.h>
#include <core/db/platformpostrepository.h>
#include <core/db/scopedtransaction.h>
#include <core/db/webtrafficrepository.h>

namespace Beamline {

bool ImportHistory::undo(qint64 batchId)
{
    ScopedTransaction transaction(m_db);
    ImportBatchRepository batches(m_db);
    const auto batch = batches.find(batchId);
    if (!batch || batch->status == ImportBatch::Status::Undone)
        return false;
    WebChannelDays summary(m_db);
    const bool summaryWasCurrent = summary.isCurrent();
    const QVector<WebChannelDays::Span> webDays = summary.spansOfBatch(batchId);
    MentionDays mentionCounts(m_db);
    const bool mentionCountsWereCurrent = mentionCounts.isCurrent();
    const auto mentionDays = mentionCounts.spanOfBatch(batchId);
    PlatformPostRepository(m_db).undoBatch(batchId);
    DailyMetricRepository(m_db).undoBatch(batchId);
    WebTrafficRepository(m_db).undoBatch(batchId);
    MentionRepository(m_db).undoBatch(batchId);
    summary.refreshAfterUndo(summaryWasCurrent, webDays);
    mentionCounts.refresh(mentionCountsWereCurrent, mentionDays);
    batches.markUndone(batchId);
    transaction.commit();
    return true;
}

} // namespace Beamline
