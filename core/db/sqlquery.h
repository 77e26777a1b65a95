// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace Beamline {

// A prepared statement, read forward only, whose every failure throws DatabaseError.
// Only repositories and the database infrastructure use it; values are always bound,
// never formatted into the SQL text.
class SqlQuery final
{
public:
    SqlQuery(const QSqlDatabase &db, const QString &sql);

    SqlQuery &bind(const QString &placeholder, const QVariant &value);
    // Binds the n-th generated placeholder ":p<n>" (see placeholders()); used by hot
    // loops. (Qt formats a name for every positional bind; a ready name is cheaper.)
    SqlQuery &bind(int position, const QVariant &value);
    // ":p0, :p1, ..., :p<n-1>" for statements built with bind(int).
    static QString placeholders(int first, int count);
    void exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QString text(int column) const { return m_query.value(column).toString(); }
    qint64 integer(int column) const { return m_query.value(column).toLongLong(); }
    std::optional<double> number(int column) const;
    // The result's column names, in order (for statements that select every column).
    QStringList columnNames() const;
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    // Releases the result set so the statement can be executed again without re-preparing.
    void finish() { m_query.finish(); }

    // Runs one statement without parameters (DDL, PRAGMA, transaction control).
    static void execute(const QSqlDatabase &db, const QString &sql);
    // Runs a single-value query and returns the first column of the first row.
    static QVariant scalar(const QSqlDatabase &db, const QString &sql);

private:
    QSqlQuery m_query;
    QString m_sql;
};

// Binds an optional number as NULL when empty.
QVariant nullable(const std::optional<double> &value);
QVariant nullable(const std::optional<qint64> &value);
// Binds an empty string as NULL.
QVariant nullableText(const QString &value);

} // namespace Beamline
