// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemacatalog.h"

#include "engine.h"
#include "sqlquery.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Beamline::SchemaCatalog {

namespace {
// Catalogue names come from the engine, never from users; they are still bound where they can be.
QStringList strings(SqlQuery &q)
{
    q.exec();
    QStringList result;
    while (q.next())
        result.append(q.text(0));
    return result;
}
} // namespace

QStringList tables(const QSqlDatabase &db)
{
    if (Engines::isPostgres(db)) {
        SqlQuery q(db, QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                                      "AND table_type = 'BASE TABLE' AND table_name <> 'beamline_schema' ORDER BY table_name COLLATE \"C\""));
        return strings(q);
    }
    SqlQuery q(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
                                  "ORDER BY name"));
    return strings(q);
}

QStringList columns(const QSqlDatabase &db, const QString &table)
{
    if (Engines::isPostgres(db)) {
        SqlQuery q(db, QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
                                      "AND table_name = :table ORDER BY ordinal_position"));
        q.bind(QStringLiteral(":table"), table);
        return strings(q);
    }
    SqlQuery q(db, QStringLiteral("SELECT name FROM pragma_table_info(:table) ORDER BY cid"));
    q.bind(QStringLiteral(":table"), table);
    return strings(q);
}

namespace {
// PostgreSQL's information_schema data_type, or SQLite's declared type by its affinity rules
// (https://www.sqlite.org/datatype3.html#determination_of_column_affinity).
ColumnKind kindOf(const QString &declared, bool postgres)
{
    const QString type = declared.toLower();
    if (postgres) {
        if (type == QLatin1String("bigint") || type == QLatin1String("integer") || type == QLatin1String("smallint"))
            return ColumnKind::Integer;
        if (type == QLatin1String("double precision") || type == QLatin1String("real") || type == QLatin1String("numeric"))
            return ColumnKind::Real;
        if (type == QLatin1String("bytea"))
            return ColumnKind::Blob;
        if (type == QLatin1String("boolean"))
            return ColumnKind::Boolean;
        return ColumnKind::Text;
    }
    if (type.contains(QLatin1String("int")))
        return ColumnKind::Integer;
    if (type.contains(QLatin1String("char")) || type.contains(QLatin1String("clob")) || type.contains(QLatin1String("text")))
        return ColumnKind::Text;
    if (type.isEmpty() || type.contains(QLatin1String("blob")))
        return ColumnKind::Blob;
    if (type.contains(QLatin1String("bool")))
        return ColumnKind::Boolean;
    return ColumnKind::Real; // REAL, FLOAT, DOUBLE, NUMERIC
}
} // namespace

QList<Column> typedColumns(const QSqlDatabase &db, const QString &table)
{
    const bool postgres = Engines::isPostgres(db);
    SqlQuery q(db, postgres ? QStringLiteral("SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() "
                                             "AND table_name = :table ORDER BY ordinal_position")
                            : QStringLiteral("SELECT name, type FROM pragma_table_info(:table) ORDER BY cid"));
    q.bind(QStringLiteral(":table"), table);
    q.exec();
    QList<Column> result;
    while (q.next())
        result.append(Column{q.text(0), kindOf(q.text(1), postgres)});
    return result;
}

QStringList parents(const QSqlDatabase &db, const QString &table)
{
    QStringList result;
    if (Engines::isPostgres(db)) {
        SqlQuery q(db, QStringLiteral("SELECT DISTINCT c.confrelid::regclass::text FROM pg_constraint c "
                                      "WHERE c.contype = 'f' AND c.conrelid = to_regclass(:table)"));
        q.bind(QStringLiteral(":table"), table);
        result = strings(q);
    } else {
        SqlQuery q(db, QStringLiteral("SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(:table)"));
        q.bind(QStringLiteral(":table"), table);
        result = strings(q);
    }
    result.removeAll(table);
    result.sort();
    return result;
}

QStringList tablesInDependencyOrder(const QSqlDatabase &db)
{
    const QStringList all = tables(db);
    QHash<QString, QStringList> parentsOf;
    for (const QString &table : all)
        parentsOf.insert(table, parents(db, table));
    QStringList ordered;
    QSet<QString> placed;
    while (ordered.size() < all.size()) {
        const qsizetype before = ordered.size();
        for (const QString &table : all) {
            if (placed.contains(table))
                continue;
            const QStringList &needs = parentsOf.value(table);
            if (std::all_of(needs.cbegin(), needs.cend(), [&](const QString &p) { return placed.contains(p) || !parentsOf.contains(p); })) {
                ordered.append(table);
                placed.insert(table);
            }
        }
        if (ordered.size() == before) {
            // A cycle (none in Beamline's schema): the rest in name order.
            for (const QString &table : all) {
                if (!placed.contains(table))
                    ordered.append(table);
            }
        }
    }
    return ordered;
}

bool mayWrite(const QSqlDatabase &db)
{
    if (!Engines::isPostgres(db))
        return true;
    return SqlQuery::scalar(db, QStringLiteral("SELECT to_regclass('posts') IS NULL OR has_table_privilege('posts', 'UPDATE')")).toBool();
}

void continueIdentities(const QSqlDatabase &db)
{
    if (!Engines::isPostgres(db))
        return;
    SqlQuery q(db, QStringLiteral("SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() "
                                  "AND column_name = 'id' AND is_identity = 'YES' ORDER BY table_name"));
    for (const QString &table : strings(q)) {
        // The table's name is the catalogue's; identifiers cannot be bound.
        SqlQuery::execute(db, QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), COALESCE((SELECT MAX(id) FROM %1), 0) + 1, "
                                             "false)").arg(table));
    }
}

} // namespace Beamline::SchemaCatalog
