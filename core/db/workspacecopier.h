// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace Beamline {

// Copies every row of one workspace into another, between any two engines (an SQLite file, a
// PostgreSQL database): the tables and columns as the schema catalogue lists them, in the order
// of their foreign keys, with their ids, each value converted to what the target's column
// stores. The whole copy is one transaction on the target (taking its write lock), read from one
// snapshot of the source: it commits complete, or the target is left exactly as it was.
//
// A target without a workspace yet (an empty database, a new file) gets the schema in the same
// transaction. A target that holds anything besides what a new workspace starts with (its
// settings and web attribution rules) is refused, unless `replace` says to delete its rows
// first (in the same transaction). Throws DatabaseError; the target then rolls back.
class WorkspaceCopier final
{
    Q_DECLARE_TR_FUNCTIONS(Beamline::WorkspaceCopier)

public:
    using Counts = QMap<QString, qint64>;

    struct Progress {
        QString table;
        qint64 tableRows = 0; // rows of `table` copied so far
        qint64 tableTotal = 0; // rows `table` has
        qint64 copied = 0; // rows of every table copied so far
        qint64 total = 0; // rows of every table
    };
    // Called after each batch of rows and at the end of each table; returning false cancels
    // the copy (the target rolls back).
    using ProgressFunction = std::function<bool(const Progress &)>;
    // Called once every row is written, on the target's open transaction, before the commit:
    // it may read both sides (the source's snapshot and the uncommitted copy) and throw
    // DatabaseError to roll the copy back.
    using CheckFunction = std::function<void(const QSqlDatabase &source, const QSqlDatabase &target)>;

    struct Options {
        bool replace = false;
        // Sent with NOTIFY on a team workspace target inside the transaction (so that open
        // windows reload what the copy replaced); empty: none.
        QString notifyChannel;
        QString notice;
        ProgressFunction progress;
        CheckFunction check;
    };

    enum class Status { Copied, TargetNotEmpty, Cancelled };
    struct Result {
        Status status = Status::Copied;
        Counts counts; // the source's rows, per table
        QStringList nonEmpty; // TargetNotEmpty: the target's tables that hold rows
    };

    WorkspaceCopier(QSqlDatabase source, QSqlDatabase target);

    Result copy(const Options &options);

    // Every table's row count (all rows, current or not).
    static Counts rowCounts(const QSqlDatabase &db);
    // The tables that hold rows, besides what a new workspace starts with.
    static QStringList tablesWithData(const QSqlDatabase &db);

private:
    void checkSchemas(const QStringList &tables) const;
    void clearTarget(const QStringList &tables) const;
    // On a PostgreSQL target: turns the workspace's own triggers off for the copy and on again
    // (they would stamp the copier's login on every post). Needs the tables' owner.
    void setUserTriggers(bool enabled) const;
    // Copies one table; false when the progress function cancelled.
    bool copyTable(const QString &table, const Options &options, Progress *progress) const;

    QSqlDatabase m_source;
    QSqlDatabase m_target;
};

} // namespace Beamline
