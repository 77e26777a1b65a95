// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Beamline {

// Workspace-wide key/value settings (name, time zone, demo markers).
class SettingsRepository final
{
public:
    explicit SettingsRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    std::optional<QString> value(const QString &key) const;
    QString value(const QString &key, const QString &fallback) const;
    void setValue(const QString &key, const QString &value);
    void remove(const QString &key);

    static inline const QString Name = QStringLiteral("name");
    static inline const QString TimeZone = QStringLiteral("time_zone");
    static inline const QString CreatedAt = QStringLiteral("created_at");
    static inline const QString Demo = QStringLiteral("demo");
    static inline const QString DemoToday = QStringLiteral("demo_today");
    // "hidden" once the team closed the first-run checklist.
    static inline const QString SetupChecklist = QStringLiteral("setup_checklist");
    // The id of the person who edits a workspace file (who created, changed and approved
    // its posts); on a server the database role names the person instead.
    static inline const QString Me = QStringLiteral("me");

private:
    QSqlDatabase m_db;
};

} // namespace Beamline
