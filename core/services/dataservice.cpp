// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataservice.h"

#include <core/db/attributionrulerepository.h>
#include <core/db/importprofilerepository.h>
#include <core/services/workspaceedit.h>
#include <core/workspace/workspace.h>
#include <core/workspace/writer.h>

namespace Beamline {

using Services::attempt;

DataService::DataService(QSqlDatabase db, Writer *writer)
    : m_db(std::move(db))
    , m_writer(writer)
{
}

DataService::DataService(const Workspace &workspace)
    : DataService(workspace.connection(), workspace.isReadOnly() ? nullptr : &workspace.writer())
{
}

Result<QVector<ImportProfile>> DataService::importProfiles() const
{
    return attempt([&] { return ImportProfile::fromRecords(ImportProfileRepository(m_db).all()); });
}

Result<qint64> DataService::saveImportProfile(const ImportProfile &profile)
{
    qint64 id = 0;
    const Result<void> written = Services::write(m_writer, [&](WriteScope &scope) {
        id = ImportProfileRepository(scope.db()).save(profile.toRecord());
        scope.changed(ChangeSet::Kind::Profiles, id);
    });
    if (!written)
        return written.error();
    return id;
}

Result<void> DataService::removeImportProfile(qint64 id)
{
    return Services::write(m_writer, [&](WriteScope &scope) {
        ImportProfileRepository(scope.db()).remove(id);
        scope.changed(ChangeSet::Kind::Profiles, id);
    });
}

Result<std::optional<ImportProfileRecord>> DataService::importProfileRecord(qint64 id) const
{
    return attempt([&] { return ImportProfileRepository(m_db).find(id); });
}

Result<std::optional<ImportProfileRecord>> DataService::importProfileRecordNamed(const QString &name) const
{
    return attempt([&]() -> std::optional<ImportProfileRecord> {
        for (const ImportProfileRecord &record : ImportProfileRepository(m_db).all()) {
            if (record.name == name)
                return record;
        }
        return std::nullopt;
    });
}

Result<void> DataService::apply(WorkspaceEdit &edit, bool forward)
{
    return Services::write(m_writer, [&](WriteScope &scope) { edit.apply(scope, forward); });
}

Result<QVector<ImportBatchRepository::Column>> DataService::batchColumns(qint64 batchId) const
{
    return attempt([&] { return ImportBatchRepository(m_db).columns(batchId); });
}

Result<QVector<AttributionRule>> DataService::attributionRules() const
{
    return attempt([&] { return AttributionRuleRepository(m_db).all(); });
}

Result<QVector<EventMarker>> DataService::eventMarkers(QDate from, QDate to) const
{
    return attempt([&] { return EventMarkerRepository(m_db).between(from, to); });
}

} // namespace Beamline
