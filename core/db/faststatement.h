// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringEncoder>
#include <QVariant>

#include <memory>
#include <optional>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace Beamline {

class SqlQuery;

// A prepared statement for the import's hot loops. On SQLite it drives the C API on the
// Qt connection's own handle: Qt SQL's binding machinery costs more per row than SQLite
// itself. That needs Qt's driver to run the very SQLite library Beamline links (Debian's Qt
// does; isNative() checks it once per process, see faststatement.cpp); otherwise, and on any
// other driver, it falls back to a Qt prepared query. Either way values are bound, never
// formatted into the SQL. Placeholders are ":p0", ":p1"... (SqlQuery::placeholders).
class FastStatement final
{
public:
    FastStatement(const QSqlDatabase &db, const QString &sql);
    ~FastStatement();
    Q_DISABLE_COPY_MOVE(FastStatement)

    FastStatement &bindNull(int position);
    FastStatement &bind(int position, qint64 value);
    FastStatement &bind(int position, int value) { return bind(position, qint64(value)); }
    FastStatement &bind(int position, double value);
    FastStatement &bind(int position, const QString &value); // a null QString binds "", like SqlQuery
    FastStatement &bind(int position, const std::optional<double> &value);
    FastStatement &bind(int position, const QVariant &value);
    // bind(QVariant) for hot loops: text goes straight into the statement's UTF-8 buffer for
    // its parameter, without a QString copy. (It once bound the caller's text in place.)
    FastStatement &bindUnchanging(int position, const QVariant &value);

    // Sets every parameter to NULL (one call, cheaper than binding each NULL).
    void clearBindings();

    // Runs a statement that returns no rows, then makes it ready to run again.
    void exec();
    // Runs a query; next() steps through its rows; finish() (or a new exec) resets it.
    void query();
    bool next();
    void finish();

    bool isNull(int column) const;
    qint64 integer(int column) const;
    double number(int column) const;
    std::optional<double> optionalNumber(int column) const;
    QString text(int column) const;
    QVariant value(int column) const;

    // Rows changed by the last exec().
    qint64 changes() const { return m_changes; }
    qint64 lastInsertId() const;

    // True when this connection can use the SQLite C API directly: SQLite, run by the library
    // linked here, and BEAMLINE_SQLITE_NATIVE is not 0.
    static bool isNative(const QSqlDatabase &db);

private:
    [[noreturn]] void fail(const QString &what) const;
    int parameter(int position) const;
    void bindText(int index, QStringView text);

    QString m_sql;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QVector<int> m_parameters; // position -> SQLite parameter index
    std::vector<QByteArray> m_utf8; // by SQLite parameter index - 1: the UTF-8 text bound to it
    QStringEncoder m_encoder { QStringEncoder::Utf8, QStringConverter::Flag::Stateless };
    bool m_hasRow = false;
    qint64 m_changes = 0;
    qint64 m_fallbackInsertId = 0; // the QSqlQuery path, read before finish() (SQLite forgets it then)
    std::unique_ptr<SqlQuery> m_fallback;
    int m_fallbackParameters = 0; // placeholders :p0... of the Qt query
    QSqlDatabase m_qtDb;
};

} // namespace Beamline
