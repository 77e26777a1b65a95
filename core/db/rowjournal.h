// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>
#include <QVector>

namespace Beamline {

// Writes rows and remembers what each write replaced, so that a change touching many
// tables (removing a pillar that posts use, merging two channels) can be taken back
// exactly: undo() puts every row back as it was, under the same ids, in reverse order.
//
// Table and column names are constants of the caller, never user input; every value is
// bound. Tables written through update() have an integer "id" column; rows of the others
// (link tables) are removed and inserted whole. Throws DatabaseError on any failure;
// callers run it inside a transaction.
class RowJournal final
{
public:
    // Sets `values` on the row with this id, remembering the old ones.
    void update(const QSqlDatabase &db, const QString &table, qint64 id, const QVariantMap &values);
    // Sets `values` on every row whose `column` equals `value` (e.g. pillar_id = 3).
    void updateWhere(const QSqlDatabase &db, const QString &table, const QString &column, const QVariant &value,
                     const QVariantMap &values);
    // Deletes the rows whose columns equal `match` (every column of them is remembered).
    // Returns how many there were.
    int remove(const QSqlDatabase &db, const QString &table, const QVariantMap &match);
    // Inserts a row; undo deletes the rows equal to it on all its columns.
    void insert(const QSqlDatabase &db, const QString &table, const QVariantMap &row);
    // Records a change another piece of code already made to the row with this id, with the
    // values it had before.
    void recordUpdated(const QString &table, qint64 id, const QVariantMap &oldValues);

    // Takes every change back, newest first.
    void undo(const QSqlDatabase &db) const;
    bool isEmpty() const { return m_entries.isEmpty(); }
    int size() const { return int(m_entries.size()); }

    // The rows whose columns equal `match`, every column of each (a read, not recorded).
    static QVector<QVariantMap> select(const QSqlDatabase &db, const QString &table, const QVariantMap &match);

private:
    struct Entry {
        enum class Kind { Updated, Removed, Inserted };
        Kind kind;
        QString table;
        qint64 id = 0;     // Updated
        QVariantMap values; // Updated: old values; Removed: the whole row; Inserted: the row
    };
    QVector<Entry> m_entries;
};

} // namespace Beamline
