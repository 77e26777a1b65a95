// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/db/eventmarkerrepository.h>
#include <core/db/importbatchrepository.h>
#include <core/domain/attributionrule.h>
#include <core/import/importprofile.h>
#include <core/services/result.h>

#include <QSqlDatabase>
#include <QVector>

#include <optional>

namespace Beamline {

class Workspace;
class WorkspaceEdit;
class Writer;

// What the Data page and the import dialogs need of the stored imports: the saved column
// mappings (stored as data, read as ImportProfile) and what an import stored each column as.
// Reads run on the given connection; writes go through the writer (refused, as an error
// value, without one). Every call returns its value or its error as a value.
class DataService final
{
public:
    explicit DataService(QSqlDatabase db, Writer *writer = nullptr);
    explicit DataService(const Workspace &workspace);

    // The saved mappings, by name.
    Result<QVector<ImportProfile>> importProfiles() const;
    // Saves a mapping, replacing the one of the same name; returns its id.
    Result<qint64> saveImportProfile(const ImportProfile &profile);
    Result<void> removeImportProfile(qint64 id);
    // A saved mapping as stored, by id or by name (what an undoable ImportProfileEdit starts
    // from); none when there is no such mapping.
    Result<std::optional<ImportProfileRecord>> importProfileRecord(qint64 id) const;
    Result<std::optional<ImportProfileRecord>> importProfileRecordNamed(const QString &name) const;
    // Writes an edit (forward) or takes it back, in one write of the writer.
    Result<void> apply(WorkspaceEdit &edit, bool forward = true);

    // The columns of an import's file and what each was stored as.
    Result<QVector<ImportBatchRepository::Column>> batchColumns(qint64 batchId) const;

    // The web attribution rules, in their order (changed through AttributionRulesEdit).
    Result<QVector<AttributionRule>> attributionRules() const;
    // The event markers from `from` to `to` (changed through MarkerEdit).
    Result<QVector<EventMarker>> eventMarkers(QDate from, QDate to) const;

private:
    QSqlDatabase m_db;
    Writer *m_writer = nullptr;
};

} // namespace Beamline
