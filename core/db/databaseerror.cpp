// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaseerror.h"

namespace Beamline {

DatabaseError::DatabaseError(const QString &message, const QString &detail, const QString &sql)
    : std::runtime_error(QString(message + (detail.isEmpty() ? QString() : QString(QStringLiteral(": ") + detail))).toStdString())
    , m_message(message)
    , m_detail(detail)
    , m_sql(sql)
{
}

bool DatabaseError::isBusy() const
{
    return m_detail.contains(QLatin1String("database is locked"), Qt::CaseInsensitive)
        || m_detail.contains(QLatin1String("database is busy"), Qt::CaseInsensitive);
}

} // namespace Beamline
