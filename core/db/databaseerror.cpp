// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaseerror.h"

namespace Beamline {

DatabaseError::DatabaseError(const QString &message, const QString &detail, const QString &sql, const QString &code)
    : std::runtime_error(QString(message + (detail.isEmpty() ? QString() : QString(QStringLiteral(": ") + detail))).toStdString())
    , m_message(message)
    , m_detail(detail)
    , m_sql(sql)
    , m_code(code)
{
}

bool DatabaseError::isBusy() const
{
    // 55P03 lock_not_available: a lock timeout; 57014 query_canceled covers a statement timeout.
    if (m_code == QLatin1String("55P03"))
        return true;
    return m_detail.contains(QLatin1String("database is locked"), Qt::CaseInsensitive)
        || m_detail.contains(QLatin1String("database is busy"), Qt::CaseInsensitive);
}

bool DatabaseError::isRetryable() const
{
    return m_code == QLatin1String("40001") || m_code == QLatin1String("40P01");
}

bool DatabaseError::isPermissionDenied() const
{
    // 42501 insufficient_privilege: a missing grant, or the approval trigger (migration 0006).
    return m_code == QLatin1String("42501");
}

} // namespace Beamline
