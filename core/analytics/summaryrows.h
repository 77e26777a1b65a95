// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Beamline::SummaryRows {

// What the daily summaries (WebChannelDays, MentionDays) record of the table they summarise:
// its newest row id when they were last brought up to date. `table` is one of the
// program's own table names, never data.

// The newest row id of a table (0 when it is empty).
qint64 newestId(const QSqlDatabase &db, const QString &table);
// Whether every row added to the table after knownId belongs to batchId, so that a summary
// that knew the table up to knownId is brought up to date by that batch's rows alone.
bool onlyBatchSince(const QSqlDatabase &db, const QString &table, qint64 knownId, qint64 batchId);

} // namespace Beamline::SummaryRows
