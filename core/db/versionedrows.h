// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/imported.h>

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

#include <memory>

namespace Beamline {

class SqlQuery;

// Imported tables whose rows are replaced by later imports (daily metrics, web traffic,
// mentions) keep every version: the current one has superseded_by NULL, a replaced one
// names the batch that replaced it. Undoing a batch gives each key back the version
// it replaced, even when a later batch has since replaced the undone one.
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
    static void undoBatch(const QSqlDatabase &db, const QString &table, const QStringList &keyColumns, qint64 batchId);

private:
    bool hasCurrentRows(const QVariantList &key);
    int nextOccurrence(qint64 batchId, const QVariantList &key);
    void bindInsert(SqlQuery &q, qint64 batchId, const QVariantList &key, int occurrence, const QVariantList &values,
                    const QVariantList &info);

    QSqlDatabase m_db;
    Table m_table;
    std::unique_ptr<SqlQuery> m_find;
    std::unique_ptr<SqlQuery> m_insert;
    std::unique_ptr<SqlQuery> m_insertFresh;
    std::unique_ptr<SqlQuery> m_supersede;
    std::unique_ptr<SqlQuery> m_replace;
    std::unique_ptr<SqlQuery> m_scope;
    std::unique_ptr<SqlQuery> m_countKey;
    qint64 m_countedBatch = 0;
    // Scopes known to have no earlier rows: plain inserts suffice there.
    QHash<QString, bool> m_fresh;
    qint64 m_freshBatch = 0;
};

} // namespace Beamline
