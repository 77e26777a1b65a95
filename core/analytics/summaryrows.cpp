// SPDX-License-Identifier: GPL-3.0-or-later
#include "summaryrows.h"

#include <core/db/sqlquery.h>

namespace Beamline::SummaryRows {

qint64 newestId(const QSqlDatabase &db, const QString &table)
{
    return SqlQuery::scalar(db, QStringLiteral("SELECT MAX(id) FROM %1").arg(table)).toLongLong();
}

bool onlyBatchSince(const QSqlDatabase &db, const QString &table, qint64 knownId, qint64 batchId)
{
    SqlQuery others(db, QStringLiteral("SELECT 1 FROM %1 WHERE id > :known AND batch_id <> :batch LIMIT 1").arg(table));
    others.bind(QStringLiteral(":known"), knownId).bind(QStringLiteral(":batch"), batchId).exec();
    return !others.next();
}

} // namespace Beamline::SummaryRows
