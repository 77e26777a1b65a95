// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowjournal.h"

#include "sqlquery.h"

namespace Beamline {

namespace {

// "a = :w0 AND b = :w1", a NULL value matched with IS NULL.
QString whereClause(const QVariantMap &match)
{
    QStringList parts;
    int i = 0;
    for (auto it = match.cbegin(); it != match.cend(); ++it, ++i)
        parts.append(it.value().isNull() ? QStringLiteral("%1 IS NULL").arg(it.key()) : QStringLiteral("%1 = :w%2").arg(it.key()).arg(i));
    return parts.join(QStringLiteral(" AND "));
}

void bindWhere(SqlQuery &q, const QVariantMap &match)
{
    int i = 0;
    for (auto it = match.cbegin(); it != match.cend(); ++it, ++i) {
        if (!it.value().isNull())
            q.bind(QStringLiteral(":w%1").arg(i), it.value());
    }
}

QString assignments(const QVariantMap &values)
{
    QStringList parts;
    int i = 0;
    for (auto it = values.cbegin(); it != values.cend(); ++it, ++i)
        parts.append(QStringLiteral("%1 = :v%2").arg(it.key()).arg(i));
    return parts.join(QStringLiteral(", "));
}

void bindValues(SqlQuery &q, const QVariantMap &values)
{
    int i = 0;
    for (auto it = values.cbegin(); it != values.cend(); ++it, ++i)
        q.bind(QStringLiteral(":v%1").arg(i), it.value());
}

void insertRow(const QSqlDatabase &db, const QString &table, const QVariantMap &row)
{
    QStringList names, placeholders;
    int i = 0;
    for (auto it = row.cbegin(); it != row.cend(); ++it, ++i) {
        names.append(it.key());
        placeholders.append(QStringLiteral(":v%1").arg(i));
    }
    SqlQuery q(db, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, names.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", "))));
    bindValues(q, row);
    q.exec();
}

} // namespace

QVector<QVariantMap> RowJournal::select(const QSqlDatabase &db, const QString &table, const QVariantMap &match)
{
    SqlQuery q(db, QStringLiteral("SELECT * FROM %1 WHERE %2").arg(table, whereClause(match)));
    bindWhere(q, match);
    q.exec();
    QVector<QVariantMap> rows;
    QStringList names;
    while (q.next()) {
        if (names.isEmpty())
            names = q.columnNames();
        QVariantMap row;
        for (int c = 0; c < names.size(); ++c)
            row.insert(names.at(c), q.value(c));
        rows.append(row);
    }
    return rows;
}

void RowJournal::update(const QSqlDatabase &db, const QString &table, qint64 id, const QVariantMap &values)
{
    if (values.isEmpty())
        return;
    SqlQuery read(db, QStringLiteral("SELECT %1 FROM %2 WHERE id = :id").arg(values.keys().join(QStringLiteral(", ")), table));
    read.bind(QStringLiteral(":id"), id).exec();
    if (!read.next())
        return;
    QVariantMap old;
    const QStringList keys = values.keys();
    for (int c = 0; c < keys.size(); ++c)
        old.insert(keys.at(c), read.value(c));
    read.finish();
    SqlQuery write(db, QStringLiteral("UPDATE %1 SET %2 WHERE id = :id").arg(table, assignments(values)));
    bindValues(write, values);
    write.bind(QStringLiteral(":id"), id).exec();
    m_entries.append({Entry::Kind::Updated, table, id, old});
}

void RowJournal::updateWhere(const QSqlDatabase &db, const QString &table, const QString &column, const QVariant &value,
                             const QVariantMap &values)
{
    SqlQuery ids(db, QStringLiteral("SELECT id FROM %1 WHERE %2 = :value ORDER BY id").arg(table, column));
    ids.bind(QStringLiteral(":value"), value).exec();
    QList<qint64> found;
    while (ids.next())
        found.append(ids.integer(0));
    ids.finish();
    for (qint64 id : std::as_const(found))
        update(db, table, id, values);
}

int RowJournal::remove(const QSqlDatabase &db, const QString &table, const QVariantMap &match)
{
    const QVector<QVariantMap> rows = select(db, table, match);
    if (rows.isEmpty())
        return 0;
    SqlQuery q(db, QStringLiteral("DELETE FROM %1 WHERE %2").arg(table, whereClause(match)));
    bindWhere(q, match);
    q.exec();
    for (const QVariantMap &row : rows)
        m_entries.append({Entry::Kind::Removed, table, 0, row});
    return int(rows.size());
}

void RowJournal::insert(const QSqlDatabase &db, const QString &table, const QVariantMap &row)
{
    insertRow(db, table, row);
    m_entries.append({Entry::Kind::Inserted, table, 0, row});
}

void RowJournal::recordUpdated(const QString &table, qint64 id, const QVariantMap &oldValues)
{
    m_entries.append({Entry::Kind::Updated, table, id, oldValues});
}

void RowJournal::undo(const QSqlDatabase &db) const
{
    for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it) {
        switch (it->kind) {
        case Entry::Kind::Updated: {
            SqlQuery q(db, QStringLiteral("UPDATE %1 SET %2 WHERE id = :id").arg(it->table, assignments(it->values)));
            bindValues(q, it->values);
            q.bind(QStringLiteral(":id"), it->id).exec();
            break;
        }
        case Entry::Kind::Removed:
            insertRow(db, it->table, it->values);
            break;
        case Entry::Kind::Inserted: {
            SqlQuery q(db, QStringLiteral("DELETE FROM %1 WHERE %2").arg(it->table, whereClause(it->values)));
            bindWhere(q, it->values);
            q.exec();
            break;
        }
        }
    }
}

} // namespace Beamline
