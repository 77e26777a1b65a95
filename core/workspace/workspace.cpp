// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

#include <core/analytics/derivedtables.h>
#include <core/db/database.h>
#include <core/db/databaseerror.h>
#include <core/db/settingsrepository.h>
#include <core/domain/isotime.h>
#include <core/workspace/writer.h>

#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSql)

namespace Beamline {

Workspace::Workspace(std::unique_ptr<Database> database, QString openingMessage)
    : m_database(std::move(database))
    , m_writer(Writer::standard(*m_database))
    , m_openingMessage(std::move(openingMessage))
{
    connect(m_writer.get(), &Writer::changed, this, &Workspace::changed);
    if (m_database->isServer())
        listen();
}

void Workspace::listen()
{
    // The driver watches the connection's socket from this thread's event loop; the server
    // pushes each notice, nothing is polled.
    try {
        QSqlDriver *driver = connection().driver();
        if (!driver->subscribeToNotification(Writer::notifyChannel())) {
            qCWarning(lcSql) << "cannot listen for other workstations' changes:" << driver->lastError().text();
            return;
        }
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) { receiveNotification(name, payload); });
    } catch (const DatabaseError &error) {
        qCWarning(lcSql) << "cannot listen for other workstations' changes:" << error.message() << error.detail();
    }
}

void Workspace::receiveNotification(const QString &name, const QVariant &payload)
{
    QString token;
    ChangeSet changes;
    if (name != Writer::notifyChannel() || !Writer::parseNotice(payload.toString(), &token, &changes))
        return;
    if (token == m_database->token())
        return; // this workspace's own write: its views heard of it already
    Q_EMIT remoteChanged(changes);
    Q_EMIT changed();
}

Workspace::~Workspace() = default;

std::unique_ptr<Workspace> Workspace::open(const QString &filePath, WorkspaceOpener::Mode mode, WorkspaceOpener::Result *result)
{
    WorkspaceOpener::Result opened = prepare(filePath, mode);
    std::unique_ptr<Workspace> workspace = adopt(opened);
    if (result)
        *result = std::move(opened);
    return workspace;
}

WorkspaceOpener::Result Workspace::prepare(const QString &filePath, WorkspaceOpener::Mode mode)
{
    WorkspaceOpener::Result opened = WorkspaceOpener::open(filePath, mode);
    if (!opened.ok())
        return opened;
    if (opened.status == WorkspaceOpener::Status::Created) {
        try {
            SettingsRepository settings(opened.database->connection());
            settings.setValue(SettingsRepository::CreatedAt, IsoTime::utc(QDateTime::currentDateTimeUtc()));
            settings.setValue(SettingsRepository::TimeZone, QString::fromUtf8(QTimeZone::systemTimeZoneId()));
        } catch (const DatabaseError &error) {
            qCWarning(lcSql) << "could not store the new workspace's settings:" << error.message() << error.detail();
        }
    }
    if (!opened.database->isReadOnly()) {
        const std::unique_ptr<Writer> writer = Writer::standard(*opened.database);
        updateSummaries(*writer);
    }
    // Connections belong to their thread: the thread that adopts the workspace opens its own.
    opened.database->releaseConnection(QStringLiteral("main"));
    return opened;
}

std::unique_ptr<Workspace> Workspace::adopt(WorkspaceOpener::Result &result)
{
    if (!result.ok())
        return nullptr;
    return std::unique_ptr<Workspace>(new Workspace(std::move(result.database), result.message));
}

void Workspace::updateSummaries(Writer &writer)
{
    // After an upgrade, or rows written by another program: the views would read the
    // detailed rows (right, but slow) until the summaries are rebuilt. They are optional,
    // so a failure (a locked file) only costs speed.
    const WriteResult result = writer.run([](WriteScope &scope) {
        if (!DerivedTables(scope.db()).isCurrent())
            scope.derived().rebuildAll = true;
    });
    if (!result.ok)
        qCWarning(lcSql) << "could not bring the daily summaries up to date:" << result.message << result.detail;
}

QString Workspace::filePath() const
{
    return m_database->filePath();
}

QSqlDatabase Workspace::connection() const
{
    return m_database->connection();
}

QString Workspace::name() const
{
    const QString stored = SettingsRepository(connection()).value(SettingsRepository::Name, QString());
    if (!stored.isEmpty())
        return stored;
    return m_database->isServer() ? ServerLocation::parse(filePath()).database() : QFileInfo(filePath()).completeBaseName();
}

void Workspace::setName(const QString &name)
{
    SettingsRepository(connection()).setValue(SettingsRepository::Name, name);
    Q_EMIT nameChanged(this->name());
}

QTimeZone Workspace::timeZone() const
{
    const QString id = SettingsRepository(connection()).value(SettingsRepository::TimeZone, QString());
    const QTimeZone zone(id.toUtf8());
    return zone.isValid() ? zone : QTimeZone::systemTimeZone();
}

void Workspace::setTimeZone(const QTimeZone &zone)
{
    SettingsRepository(connection()).setValue(SettingsRepository::TimeZone, QString::fromUtf8(zone.id()));
    notifyChanged();
}

bool Workspace::isReadOnly() const
{
    return m_database->isReadOnly();
}

bool Workspace::isDemo() const
{
    return SettingsRepository(connection()).value(SettingsRepository::Demo, QString()) == QLatin1String("1");
}

QDate Workspace::today() const
{
    const QDate demoToday = IsoTime::parseDay(SettingsRepository(connection()).value(SettingsRepository::DemoToday, QString()));
    if (demoToday.isValid())
        return demoToday;
    return QDateTime::currentDateTimeUtc().toTimeZone(timeZone()).date();
}

QDateTime Workspace::now() const
{
    const QDateTime real = QDateTime::currentDateTimeUtc();
    const QDate day = today();
    const QDate realDay = real.toTimeZone(timeZone()).date();
    if (day == realDay)
        return real;
    // A demo workspace: the same time of day, on its own "today".
    return IsoTime::startOfDay(day, timeZone()).addSecs(IsoTime::startOfDay(realDay, timeZone()).secsTo(real));
}

void Workspace::notifyChanged()
{
    Q_EMIT changed();
}

} // namespace Beamline
