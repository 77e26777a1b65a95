// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsrepository.h"

#include "sqlquery.h"

namespace Beamline {

std::optional<QString> SettingsRepository::value(const QString &key) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT value FROM settings WHERE key = :key"));
    q.bind(QStringLiteral(":key"), key).exec();
    if (q.next())
        return q.text(0);
    return std::nullopt;
}

QString SettingsRepository::value(const QString &key, const QString &fallback) const
{
    return value(key).value_or(fallback);
}

void SettingsRepository::setValue(const QString &key, const QString &value)
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value) "
                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.bind(QStringLiteral(":key"), key).bind(QStringLiteral(":value"), value).exec();
}

void SettingsRepository::remove(const QString &key)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM settings WHERE key = :key"));
    q.bind(QStringLiteral(":key"), key).exec();
}

} // namespace Beamline
