// SPDX-License-Identifier: GPL-3.0-or-later
#include "importbatchrepository.h"

#include "sqlquery.h"

#include <core/domain/isotime.h>

namespace Beamline {

namespace {
const QString Columns = QStringLiteral("id, file_name, file_path, member, sha256, format, imported_at, period_start, "
                                       "period_end, captured_at, rows_read, rows_added, rows_updated, rows_unchanged, "
                                       "rows_skipped, warnings, metadata, status, undone_at");

ImportBatch read(const SqlQuery &q)
{
    ImportBatch b;
    b.id = q.integer(0);
    b.fileName = q.text(1);
    b.filePath = q.text(2);
    b.member = q.text(3);
    b.sha256 = q.text(4);
    b.format = q.text(5);
    b.importedAt = IsoTime::parseUtc(q.text(6));
    b.periodStart = IsoTime::parseDay(q.text(7));
    b.periodEnd = IsoTime::parseDay(q.text(8));
    b.capturedAt = IsoTime::parseUtc(q.text(9));
    b.rowsRead = q.integer(10);
    b.rowsAdded = q.integer(11);
    b.rowsUpdated = q.integer(12);
    b.rowsUnchanged = q.integer(13);
    b.rowsSkipped = q.integer(14);
    b.warnings = q.text(15).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    b.metadata = q.text(16);
    b.status = q.text(17) == QLatin1String("undone") ? ImportBatch::Status::Undone : ImportBatch::Status::Active;
    b.undoneAt = IsoTime::parseUtc(q.text(18));
    return b;
}
} // namespace

qint64 ImportBatchRepository::insert(const ImportBatch &batch)
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO import_batches (file_name, file_path, member, sha256, format, imported_at, "
                                    "captured_at) VALUES (:name, :path, :member, :sha, :format, :imported, :captured)"));
    q.bind(QStringLiteral(":name"), batch.fileName)
        .bind(QStringLiteral(":path"), nullableText(batch.filePath))
        .bind(QStringLiteral(":member"), batch.member)
        .bind(QStringLiteral(":sha"), batch.sha256)
        .bind(QStringLiteral(":format"), batch.format)
        .bind(QStringLiteral(":imported"), IsoTime::utc(batch.importedAt.isValid() ? batch.importedAt : QDateTime::currentDateTimeUtc()))
        .bind(QStringLiteral(":captured"), nullableText(IsoTime::utc(batch.capturedAt)))
        .exec();
    return q.lastInsertId();
}

void ImportBatchRepository::finish(const ImportBatch &batch)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE import_batches SET format = :format, period_start = :ps, period_end = :pe, "
                                    "captured_at = :captured, rows_read = :read, rows_added = :added, rows_updated = :updated, "
                                    "rows_unchanged = :unchanged, rows_skipped = :skipped, warnings = :warnings, "
                                    "metadata = :metadata WHERE id = :id"));
    q.bind(QStringLiteral(":format"), batch.format)
        .bind(QStringLiteral(":ps"), nullableText(IsoTime::day(batch.periodStart)))
        .bind(QStringLiteral(":pe"), nullableText(IsoTime::day(batch.periodEnd)))
        .bind(QStringLiteral(":captured"), nullableText(IsoTime::utc(batch.capturedAt)))
        .bind(QStringLiteral(":read"), batch.rowsRead)
        .bind(QStringLiteral(":added"), batch.rowsAdded)
        .bind(QStringLiteral(":updated"), batch.rowsUpdated)
        .bind(QStringLiteral(":unchanged"), batch.rowsUnchanged)
        .bind(QStringLiteral(":skipped"), batch.rowsSkipped)
        .bind(QStringLiteral(":warnings"), nullableText(batch.warnings.join(QLatin1Char('\n'))))
        .bind(QStringLiteral(":metadata"), nullableText(batch.metadata))
        .bind(QStringLiteral(":id"), batch.id)
        .exec();
}

std::optional<ImportBatch> ImportBatchRepository::find(qint64 id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM import_batches WHERE id = :id").arg(Columns));
    q.bind(QStringLiteral(":id"), id).exec();
    if (q.next())
        return read(q);
    return std::nullopt;
}

std::optional<ImportBatch> ImportBatchRepository::findActive(const QString &sha256, const QString &member) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM import_batches WHERE sha256 = :sha AND member = :member "
                                    "AND status = 'active' ORDER BY id DESC LIMIT 1").arg(Columns));
    q.bind(QStringLiteral(":sha"), sha256).bind(QStringLiteral(":member"), member).exec();
    if (q.next())
        return read(q);
    return std::nullopt;
}

QVector<ImportBatch> ImportBatchRepository::all() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM import_batches ORDER BY id DESC").arg(Columns));
    q.exec();
    QVector<ImportBatch> result;
    while (q.next())
        result.append(read(q));
    return result;
}

void ImportBatchRepository::markUndone(qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE import_batches SET status = 'undone', undone_at = :at WHERE id = :id"));
    q.bind(QStringLiteral(":at"), IsoTime::utc(QDateTime::currentDateTimeUtc())).bind(QStringLiteral(":id"), id).exec();
}

void ImportBatchRepository::markActive(qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE import_batches SET status = 'active', undone_at = NULL WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
}

void ImportBatchRepository::writeColumns(qint64 batchId, const QVector<Column> &columns)
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO import_columns (batch_id, position, source_name, role) "
                                    "VALUES (:batch, :position, :name, :role)"));
    for (qsizetype i = 0; i < columns.size(); ++i) {
        q.bind(QStringLiteral(":batch"), batchId)
            .bind(QStringLiteral(":position"), qint64(i + 1))
            .bind(QStringLiteral(":name"), columns.at(i).sourceName)
            .bind(QStringLiteral(":role"), nullableText(columns.at(i).role))
            .exec();
    }
}

QVector<ImportBatchRepository::Column> ImportBatchRepository::columns(qint64 batchId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT source_name, role FROM import_columns WHERE batch_id = :batch ORDER BY position"));
    q.bind(QStringLiteral(":batch"), batchId).exec();
    QVector<Column> result;
    while (q.next())
        result.append({q.text(0), q.text(1)});
    return result;
}

} // namespace Beamline
