// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/imported.h>

#include <QPair>
#include <QSqlDatabase>
#include <QVector>

#include <optional>

namespace Beamline {

// The import history: one batch per imported file (or ZIP member), with its counts,
// warnings and the original column names of the file.
class ImportBatchRepository final
{
public:
    struct Column {
        QString sourceName;
        QString role; // canonical role the column was stored under; empty if unused
    };

    explicit ImportBatchRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    qint64 insert(const ImportBatch &batch);
    // Writes the final counts, period, warnings and metadata of a batch.
    void finish(const ImportBatch &batch);
    std::optional<ImportBatch> find(qint64 id) const;
    // The active batch that imported exactly these bytes (same SHA-256 and member), if any.
    std::optional<ImportBatch> findActive(const QString &sha256, const QString &member) const;
    // Newest first.
    QVector<ImportBatch> all() const;
    void markUndone(qint64 id);
    // Takes an undo back: the import counts again (its rows must be back first).
    void markActive(qint64 id);

    void writeColumns(qint64 batchId, const QVector<Column> &columns);
    QVector<Column> columns(qint64 batchId) const;

private:
    QSqlDatabase m_db;
};

} // namespace Beamline
