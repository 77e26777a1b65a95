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

// The stored facts of the imported tables that later imports may restate (daily metrics,
// web traffic, mentions; docs/metrics.md, "How imported rows become figures").
//
// A row is what one import said about one key (the natural key: account, report, period,
// dimensions...). Every import's row is kept, so that undoing an import is exact. Which row
// *holds* a fact — the value the figures read — does not depend on the order of the imports:
// among the rows of a key, the one from the export taken latest holds it (ties: the greater
// file digest). Two kinds of table:
//  * whole-row tables (daily metrics, mentions): a row is one fact; the holder has
//    superseded_by NULL, the others name the holder's batch;
//  * per-value tables (web traffic): each value column is its own fact, and the integer
//    column `live` has bit i set when the row holds value column i. A report that gives only
//    pageviews for a day and another that gives only sessions both stay.
//
// Rows are found through key_hash, a 64-bit digest of the natural key, with the real key
// columns compared as well: a digest collision only moves a row to another occurrence
// number, it never merges two keys.
//
// Inside one batch a key has one row: a second row with the same values is a duplicate
// (counted once), one that gives a value the first did not is merged into it (per-value
// tables), and one that contradicts the first is a conflict — the file lacks a dimension
// Beamline reads, and the import must stop (Result::outcome == WriteOutcome::Conflict).
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
        QStringList valueColumns;  // the facts, compared to decide Unchanged vs Updated
        QStringList infoColumns;   // written, not compared (the original column...); source_line is always written
        bool perValue = false;     // each value column is a fact of its own (column `live`)
    };

    // Which of two exports wins where they disagree: the one taken later, then the greater
    // SHA-256 of its bytes — never the order in which they were imported.
    struct Precedence {
        QString capturedAt; // ISO 8601 UTC
        QString sha256;
        bool operator<(const Precedence &o) const { return capturedAt != o.capturedAt ? capturedAt < o.capturedAt : sha256 < o.sha256; }
    };

    struct Result {
        WriteOutcome outcome = WriteOutcome::Added;
        // Duplicate or Conflict: the line of the batch's earlier row for the key.
        qint64 otherLine = 0;
        // Conflict: the value columns whose values differ.
        QStringList columns;
        // No other import had a row for the key: the row holds all its values, nothing else changed.
        bool alone = false;
    };

    VersionedRows(QSqlDatabase db, Table table);
    ~VersionedRows();
    Q_DISABLE_COPY_MOVE(VersionedRows)

    Result write(qint64 batchId, const Precedence &precedence, const QVariantList &key, const QVariantList &values,
                 const QVariantList &info, qint64 line);

    // Removes batchId's rows and lets the remaining rows of its keys hold their facts again.
    static void undoBatch(const QSqlDatabase &db, const Table &table, qint64 batchId);
    // Decides again which rows hold each fact for the keys batchId's rows share with other
    // batches (after its rows were put back as they were: an undone import redone).
    static void resolveBatch(const QSqlDatabase &db, const Table &table, qint64 batchId);
    // Decides again which rows hold each fact, for every key with rows of several batches
    // (after a migration).
    static void resolveAll(const QSqlDatabase &db, const Table &table);
    // FNV-1a 64 over the UTF-16LE text of the key values, each followed by U+001F.
    static qint64 keyHash(const QVariantList &key);
    // Recomputes key_hash of the rows that match `where` (SQL without values, e.g. "report = 'site'";
    // empty: every row), after a migration changed their key.
    static void rehash(const QSqlDatabase &db, const Table &table, const QString &where = {});
    // The `live` bits of a per-value row: bit i for each non-null value column i.
    static qint64 presentMask(const QVariantList &values);
    // SQL: `column` when the row holds value column `index`, else NULL.
    static QString heldValue(const QString &column, int index, const QString &alias = {});

private:
    struct StoredRow;
    class Resolver;
    bool hasCurrentRows(const QVariantList &key);
    // Decides again for the rows with these indexed key columns and digest.
    void resolveKey(const QVariantList &indexedKeyAndHash);
    QVector<StoredRow> load(const QVariantList &key, qint64 hash);
    void bindInsert(FastStatement &q, qint64 batchId, const QVariantList &key, qint64 hash, int occurrence, const QVariantList &values,
                    const QVariantList &info, qint64 line, qint64 live);
    QString currentCondition() const;

    QSqlDatabase m_db;
    Table m_table;
    std::unique_ptr<FastStatement> m_find;
    std::unique_ptr<FastStatement> m_insert;
    std::unique_ptr<FastStatement> m_insertFresh;
    std::unique_ptr<FastStatement> m_merge;
    std::unique_ptr<FastStatement> m_scope;
    std::unique_ptr<Resolver> m_resolver;
    // Scopes known to have no current rows: plain inserts suffice there.
    QHash<QString, bool> m_fresh;
    // The scope of the previous row (empty: none yet) and its entry in m_fresh.
    QVariantList m_lastScope;
    bool m_lastScopeFresh = false;
    qint64 m_freshBatch = 0;
};

} // namespace Beamline
