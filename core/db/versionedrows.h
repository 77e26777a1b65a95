// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/imported.h>

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

#include <memory>

namespace Beamline {

class FastStatement;

// Imported tables whose rows are replaced by later imports (daily metrics, web traffic,
// mentions) keep every version: the current one has superseded_by NULL, a replaced one
// names the batch that replaced it. Undoing a batch gives each key back the version
// it replaced, even when a later batch has since replaced the undone one.
//
// Rows are found through key_hash, a 64-bit digest of the natural key, with the real
// key columns compared as well: a digest collision only moves a row to another
// occurrence number, it never merges two keys.
//
// Table and column names are constants of the calling repository, never user input;
// every value is bound.
class VersionedRows final
{
public:
    struct Table {
        QString name;
        QStringList keyColumns;    // without "occurrence", which every such table has
        int scopeColumns = 1;      // leading key columns that define an independent series
        // Key columns that lead the table's unique index, in index order, before
        // (key_hash, occurrence, batch_id). Given as indexes into keyColumns.
        QList<int> indexColumns;
        QStringList valueColumns;  // compared to decide Unchanged vs Updated
        QStringList infoColumns;   // written, not compared (source line, original column)
        // True: a key has one value, and a second row for it in the same batch replaces
        // the first. False: it is kept as the key's next occurrence.
        bool replaceWithinBatch = false;
    };

    VersionedRows(QSqlDatabase db, Table table);
    ~VersionedRows();
    Q_DISABLE_COPY_MOVE(VersionedRows)

    // Writes one row for a batch. `occurrence` starts at 1 and is raised past rows of the
    // same key that this batch already wrote (identical rows in one file are all kept).
    WriteOutcome write(qint64 batchId, const QVariantList &key, int &occurrence, const QVariantList &values,
                       const QVariantList &info);

    // Removes batchId's rows and restores what they replaced.
    static void undoBatch(const QSqlDatabase &db, const QString &table, const QStringList &indexColumns, qint64 batchId);
    // FNV-1a 64 over the UTF-16LE text of the key values, each followed by U+001F.
    static qint64 keyHash(const QVariantList &key);

private:
    bool hasCurrentRows(const QVariantList &key);
    int nextOccurrence(qint64 batchId, qint64 hash);
    void bindLookup(FastStatement &q, const QVariantList &key, qint64 hash, int occurrence);
    void bindInsert(FastStatement &q, qint64 batchId, const QVariantList &key, qint64 hash, int occurrence, const QVariantList &values,
                    const QVariantList &info);

    QSqlDatabase m_db;
    Table m_table;
    std::unique_ptr<FastStatement> m_find;
    std::unique_ptr<FastStatement> m_insert;
    std::unique_ptr<FastStatement> m_insertFresh;
    std::unique_ptr<FastStatement> m_supersede;
    std::unique_ptr<FastStatement> m_replace;
    std::unique_ptr<FastStatement> m_scope;
    std::unique_ptr<FastStatement> m_countKey;
    qint64 m_countedBatch = 0;
    // Scopes known to have no earlier rows: plain inserts suffice there.
    QHash<QString, bool> m_fresh;
    qint64 m_freshBatch = 0;
};

} // namespace Beamline
