// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacecopier.h"

#include "database.h"
#include "databaseerror.h"
#include "engine.h"
#include "migrator.h"
#include "schemacatalog.h"
#include "scopedtransaction.h"
#include "sqlquery.h"

#include <QDateTime>
#include <QHash>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>
#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcSql)

namespace Beamline {

namespace {

using SchemaCatalog::ColumnKind;

// What a new workspace holds before anyone uses it: the migrations' default attribution rules
// and the settings written when it is created. A target holding only these counts as empty.
const QStringList NewWorkspaceTables = { QStringLiteral("attribution_rules"), QStringLiteral("settings") };

// Values bound per INSERT (several rows per statement: one round trip to a server per batch);
// under SQLite's historical limit of 999 parameters.
constexpr int ValuesPerStatement = 900;
// Rows a server cursor hands over at a time.
constexpr int RowsPerFetch = 5000;

// Identifiers come from the engine's catalogue, never from users; they cannot be bound.
QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QVariant typedNull(ColumnKind kind)
{
    switch (kind) {
    case ColumnKind::Integer:
        return QVariant(QMetaType::fromType<qint64>());
    case ColumnKind::Real:
        return QVariant(QMetaType::fromType<double>());
    case ColumnKind::Blob:
        return QVariant(QMetaType::fromType<QByteArray>());
    case ColumnKind::Boolean:
        return QVariant(QMetaType::fromType<bool>());
    case ColumnKind::Text:
        break;
    }
    return QVariant(QMetaType::fromType<QString>());
}

bool isNumber(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

// A value read from one engine as the target's column stores it: SQLite gives what each cell
// holds (its storage class), PostgreSQL what the column's type is. Nothing is rounded or cut:
// a value that does not fit is an error, and the copy rolls back.
QVariant converted(const QVariant &value, ColumnKind kind, const QString &table, const QString &column)
{
    if (value.isNull())
        return typedNull(kind);
    const auto refuse = [&]() -> QVariant {
        throw DatabaseError(WorkspaceCopier::tr("%1.%2 holds “%3”, which the target's column cannot store.")
                                .arg(table, column, value.toString().left(80)));
    };
    const int type = value.metaType().id();
    switch (kind) {
    case ColumnKind::Integer: {
        if (type == QMetaType::Double || type == QMetaType::Float) {
            const double d = value.toDouble();
            if (std::trunc(d) == d && std::fabs(d) < 9.0e18)
                return qint64(d);
            return refuse();
        }
        if (isNumber(value))
            return value.toLongLong();
        bool ok = false;
        const qint64 n = value.toString().trimmed().toLongLong(&ok);
        return ok ? QVariant(n) : refuse();
    }
    case ColumnKind::Real: {
        if (isNumber(value))
            return value.toDouble();
        bool ok = false;
        const double d = value.toString().trimmed().toDouble(&ok);
        return ok ? QVariant(d) : refuse();
    }
    case ColumnKind::Boolean: {
        if (isNumber(value))
            return value.toLongLong() != 0 || value.toDouble() != 0;
        const QString text = value.toString().trimmed().toLower();
        if (text == QLatin1String("t") || text == QLatin1String("true") || text == QLatin1String("1"))
            return true;
        if (text == QLatin1String("f") || text == QLatin1String("false") || text == QLatin1String("0"))
            return false;
        return refuse();
    }
    case ColumnKind::Blob:
        if (type == QMetaType::QString)
            return value.toString().toUtf8();
        return value.toByteArray();
    case ColumnKind::Text:
        break;
    }
    // Text: instants as Beamline writes them (ISO 8601 UTC), bytes as UTF-8.
    if (type == QMetaType::QDateTime)
        return value.toDateTime().toUTC().toString(Qt::ISODate);
    if (type == QMetaType::QDate)
        return value.toDate().toString(Qt::ISODate);
    if (type == QMetaType::QByteArray)
        return QString::fromUtf8(value.toByteArray());
    if (type == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    return value.toString();
}

[[noreturn]] void fail(const QSqlQuery &query, const QString &sql)
{
    throw DatabaseError(QStringLiteral("A database statement failed"), query.lastError().text(), sql,
                        query.lastError().nativeErrorCode());
}

// Calls `row` for each row of `select` (no parameters), in batches so that a big table never
// sits in memory whole: a server cursor on PostgreSQL (Qt's driver would fetch a whole result),
// a forward-only statement on SQLite. `row` returns false to stop.
void forEachRow(const QSqlDatabase &db, const QString &select, int columns, const std::function<bool(const QVariantList &)> &row)
{
    QVariantList values;
    values.resize(columns);
    if (!Engines::isPostgres(db)) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(select))
            fail(query, select);
        while (query.next()) {
            for (int i = 0; i < columns; ++i)
                values[i] = query.value(i);
            if (!row(values))
                return;
        }
        return;
    }
    SqlQuery::execute(db, QStringLiteral("DECLARE beamline_copy NO SCROLL CURSOR FOR ") + select);
    const QString fetchSql = QStringLiteral("FETCH FORWARD %1 FROM beamline_copy").arg(RowsPerFetch);
    bool more = true;
    while (more) {
        QSqlQuery fetch(db);
        if (!fetch.exec(fetchSql))
            fail(fetch, fetchSql);
        int fetched = 0;
        while (fetch.next()) {
            ++fetched;
            for (int i = 0; i < columns; ++i)
                values[i] = fetch.value(i);
            if (!row(values)) {
                more = false;
                break;
            }
        }
        more = more && fetched == RowsPerFetch;
    }
    SqlQuery::execute(db, QStringLiteral("CLOSE beamline_copy"));
}

} // namespace

WorkspaceCopier::WorkspaceCopier(QSqlDatabase source, QSqlDatabase target)
    : m_source(std::move(source))
    , m_target(std::move(target))
{
}

WorkspaceCopier::Counts WorkspaceCopier::rowCounts(const QSqlDatabase &db)
{
    Counts counts;
    const QStringList tables = SchemaCatalog::tables(db);
    for (const QString &table : tables)
        counts.insert(table, SqlQuery::scalar(db, QStringLiteral("SELECT COUNT(*) FROM ") + quoted(table)).toLongLong());
    return counts;
}

QStringList WorkspaceCopier::tablesWithData(const QSqlDatabase &db)
{
    QStringList result;
    const QStringList tables = SchemaCatalog::tables(db);
    for (const QString &table : tables) {
        if (NewWorkspaceTables.contains(table))
            continue;
        if (SqlQuery::scalar(db, QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(quoted(table))).isValid())
            result.append(table);
    }
    return result;
}

void WorkspaceCopier::checkSchemas(const QStringList &tables) const
{
    const int sourceVersion = Migrator::currentVersion(m_source);
    const int targetVersion = Migrator::currentVersion(m_target);
    if (sourceVersion != targetVersion) {
        throw DatabaseError(tr("The two workspaces have different formats (%1 and %2); open each with this version of Beamline "
                               "once, then copy again.")
                                .arg(sourceVersion)
                                .arg(targetVersion));
    }
    const QStringList targetTables = SchemaCatalog::tables(m_target);
    if (QSet<QString>(tables.cbegin(), tables.cend()) != QSet<QString>(targetTables.cbegin(), targetTables.cend())) {
        throw DatabaseError(tr("The two workspaces do not have the same tables (%1 and %2).")
                                .arg(tables.join(QStringLiteral(", ")), targetTables.join(QStringLiteral(", "))));
    }
    for (const QString &table : tables) {
        QStringList a = SchemaCatalog::columns(m_source, table);
        QStringList b = SchemaCatalog::columns(m_target, table);
        a.sort();
        b.sort();
        if (a != b)
            throw DatabaseError(tr("The table %1 does not have the same columns in the two workspaces.").arg(table));
    }
}

void WorkspaceCopier::clearTarget(const QStringList &tables) const
{
    // Children first, so that no foreign key is left pointing at a deleted row.
    for (auto it = tables.crbegin(); it != tables.crend(); ++it)
        SqlQuery::execute(m_target, QStringLiteral("DELETE FROM ") + quoted(*it));
}

void WorkspaceCopier::setUserTriggers(bool enabled) const
{
    if (!Engines::isPostgres(m_target))
        return;
    // A copy keeps who created, changed and approved each post: the workspace's own triggers
    // (beamline_* functions, such as the one that fills those in from the signed-in role) must
    // not run on copied rows. ALTER TABLE is part of the transaction, so a failed copy leaves
    // them as they were; other triggers on the tables keep running.
    SqlQuery triggers(m_target,
                      QStringLiteral("SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                                     "JOIN pg_proc p ON p.oid = t.tgfoid WHERE NOT t.tgisinternal "
                                     "AND pg_table_is_visible(c.oid) AND p.proname LIKE 'beamline\\_%' "
                                     "ORDER BY c.relname, t.tgname"));
    triggers.exec();
    QList<QPair<QString, QString>> names;
    while (triggers.next())
        names.append({ triggers.text(0), triggers.text(1) });
    for (const auto &name : std::as_const(names))
        SqlQuery::execute(m_target,
                          QStringLiteral("ALTER TABLE ") + quoted(name.first)
                              + (enabled ? QStringLiteral(" ENABLE TRIGGER ") : QStringLiteral(" DISABLE TRIGGER "))
                              + quoted(name.second));
}

bool WorkspaceCopier::copyTable(const QString &table, const Options &options, Progress *progress) const
{
    const QStringList names = SchemaCatalog::columns(m_source, table);
    QHash<QString, ColumnKind> kindOf;
    for (const SchemaCatalog::Column &column : SchemaCatalog::typedColumns(m_target, table))
        kindOf.insert(column.name, column.kind);
    QList<ColumnKind> kinds;
    QStringList columnList;
    for (const QString &name : names) {
        kinds.append(kindOf.value(name));
        columnList.append(quoted(name));
    }
    const int columns = int(names.size());
    const int rowsPerStatement = qMax(1, ValuesPerStatement / columns);
    QStringList placeholders;
    for (int i = 0; i < rowsPerStatement * columns; ++i)
        placeholders.append(QStringLiteral(":v%1").arg(i));
    const QString insertHead
        = QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(quoted(table), columnList.join(QStringLiteral(", ")));
    auto insertSql = [&](int rows) -> QString {
        QStringList tuples;
        for (int r = 0; r < rows; ++r)
            tuples.append(QLatin1Char('(') + placeholders.mid(r * columns, columns).join(QStringLiteral(", "))
                          + QLatin1Char(')'));
        return insertHead + tuples.join(QStringLiteral(", "));
    };
    std::unique_ptr<SqlQuery> full;
    QVariantList pending;
    pending.reserve(rowsPerStatement * columns);
    bool cancelled = false;
    auto flush = [&]() {
        const int rows = int(pending.size()) / columns;
        if (rows == 0)
            return;
        std::unique_ptr<SqlQuery> tail;
        SqlQuery *insert = nullptr;
        if (rows == rowsPerStatement) {
            if (!full)
                full = std::make_unique<SqlQuery>(m_target, insertSql(rows));
            insert = full.get();
        } else {
            tail = std::make_unique<SqlQuery>(m_target, insertSql(rows));
            insert = tail.get();
        }
        for (int i = 0; i < int(pending.size()); ++i)
            insert->bind(placeholders.at(i), pending.at(i));
        insert->exec();
        insert->finish();
        pending.clear();
        progress->tableRows += rows;
        progress->copied += rows;
        if (options.progress && !options.progress(*progress))
            cancelled = true;
    };

    // In id order where there is one: the target's indexes then grow at their end.
    const QString select = QStringLiteral("SELECT %1 FROM %2%3")
                               .arg(columnList.join(QStringLiteral(", ")), quoted(table),
                                    names.contains(QLatin1String("id")) ? QStringLiteral(" ORDER BY id") : QString());
    forEachRow(m_source, select, columns, [&](const QVariantList &values) {
        for (int i = 0; i < columns; ++i)
            pending.append(converted(values.at(i), kinds.at(i), table, names.at(i)));
        if (pending.size() == qsizetype(rowsPerStatement) * columns)
            flush();
        return !cancelled;
    });
    if (!cancelled)
        flush();
    return !cancelled;
}

WorkspaceCopier::Result WorkspaceCopier::copy(const Options &options)
{
    Result result;
    // One snapshot of the source for every table (a team may keep working on it meanwhile).
    ScopedTransaction read(m_source);
    if (Engines::isPostgres(m_source))
        SqlQuery::execute(m_source, QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"));
    ScopedTransaction write(m_target, ScopedTransaction::Mode::Immediate);
    Database::setCacheSize(m_target, 64 * 1024);
    // A new target gets the schema inside the copy's transaction: a failure leaves no tables.
    if (Migrator::currentVersion(m_target) == 0)
        Migrator().migrate(m_target);
    const QStringList tables = SchemaCatalog::tablesInDependencyOrder(m_source);
    checkSchemas(tables);
    if (!options.replace) {
        result.nonEmpty = tablesWithData(m_target);
        if (!result.nonEmpty.isEmpty()) {
            result.status = Status::TargetNotEmpty;
            return result; // rolls back: nothing was written
        }
    }
    Progress progress;
    for (const QString &table : tables) {
        const qint64 rows = SqlQuery::scalar(m_source, QStringLiteral("SELECT COUNT(*) FROM ") + quoted(table)).toLongLong();
        result.counts.insert(table, rows);
        progress.total += rows;
    }
    setUserTriggers(false);
    clearTarget(tables);
    for (const QString &table : tables) {
        progress.table = table;
        progress.tableRows = 0;
        progress.tableTotal = result.counts.value(table);
        qCDebug(lcSql) << "copying" << table << progress.tableTotal << "rows";
        if (!copyTable(table, options, &progress) || (options.progress && !options.progress(progress))) {
            result.status = Status::Cancelled;
            return result; // rolls back
        }
    }
    setUserTriggers(true);
    // The ids were copied: the target's own new rows continue after them.
    SchemaCatalog::continueIdentities(m_target);
    if (Engines::isPostgres(m_target) && !options.notice.isEmpty()) {
        SqlQuery notify(m_target, QStringLiteral("SELECT pg_notify(:channel, :payload)"));
        notify.bind(QStringLiteral(":channel"), options.notifyChannel).bind(QStringLiteral(":payload"), options.notice).exec();
    }
    if (options.check)
        options.check(m_source, m_target);
    write.commit();
    read.rollback(); // it only read
    return result;
}

} // namespace Beamline
