// SPDX-License-Identifier: GPL-3.0-or-later
#include "versionedrows.h"

#include "sqlquery.h"

namespace Beamline {

namespace {

QString questionMarks(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QLatin1String(", "));
}

bool isNumber(const QVariant &v)
{
    switch (v.metaType().id()) {
    case QMetaType::Double:
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return true;
    default:
        return false;
    }
}

bool sameValue(const QVariant &stored, const QVariant &incoming)
{
    if (stored.isNull() || incoming.isNull())
        return stored.isNull() && incoming.isNull();
    if (isNumber(stored) || isNumber(incoming)) {
        const double a = stored.toDouble();
        const double b = incoming.toDouble();
        return qAbs(a - b) <= 1e-9 * qMax(1.0, qAbs(a));
    }
    return stored.toString() == incoming.toString();
}

} // namespace

VersionedRows::VersionedRows(QSqlDatabase db, Table table)
    : m_db(std::move(db))
    , m_table(std::move(table))
{
    const QStringList keys = m_table.keyColumns + QStringList{QStringLiteral("occurrence")};
    const QStringList insertColumns = keys + m_table.valueColumns + m_table.infoColumns + QStringList{QStringLiteral("batch_id")};
    const QString insert = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                               .arg(m_table.name, insertColumns.join(QLatin1String(", ")), questionMarks(insertColumns.size()));
    m_insert = std::make_unique<SqlQuery>(m_db, insert);
    m_insertFresh = std::make_unique<SqlQuery>(
        m_db, insert + QStringLiteral(" ON CONFLICT (%1) WHERE superseded_by IS NULL DO NOTHING").arg(keys.join(QLatin1String(", "))));

    QStringList match;
    for (const QString &column : keys)
        match.append(column + QStringLiteral(" = ?"));
    m_find = std::make_unique<SqlQuery>(m_db, QStringLiteral("SELECT id, batch_id%1 FROM %2 WHERE %3 AND superseded_by IS NULL")
                                                  .arg(m_table.valueColumns.isEmpty() ? QString() : QStringLiteral(", ") + m_table.valueColumns.join(QLatin1String(", ")),
                                                       m_table.name, match.join(QLatin1String(" AND "))));
    m_supersede = std::make_unique<SqlQuery>(m_db, QStringLiteral("UPDATE %1 SET superseded_by = ? WHERE id = ?").arg(m_table.name));
    QStringList assignments;
    for (const QString &column : m_table.valueColumns + m_table.infoColumns)
        assignments.append(column + QStringLiteral(" = ?"));
    if (!assignments.isEmpty())
        m_replace = std::make_unique<SqlQuery>(m_db, QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(m_table.name, assignments.join(QLatin1String(", "))));

    QStringList scope;
    for (int i = 0; i < m_table.scopeColumns; ++i)
        scope.append(m_table.keyColumns.at(i) + QStringLiteral(" = ?"));
    m_scope = std::make_unique<SqlQuery>(m_db, QStringLiteral("SELECT 1 FROM %1 WHERE %2 AND superseded_by IS NULL LIMIT 1")
                                                   .arg(m_table.name, scope.join(QLatin1String(" AND "))));
}

VersionedRows::~VersionedRows() = default;

// The n-th row with a given key in one file is that key's occurrence n. Rows that match
// what is stored are not written, so the count lives in a temporary table (on disk
// when large, so memory does not grow with the file) keyed by a 64-bit digest of the key.
int VersionedRows::nextOccurrence(qint64 batchId, const QVariantList &key)
{
    const QString table = QStringLiteral("beamline_keys_") + m_table.name;
    if (!m_countKey || m_countedBatch != batchId) {
        SqlQuery::execute(m_db, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS %1 (digest INTEGER PRIMARY KEY, n INTEGER NOT NULL)").arg(table));
        SqlQuery::execute(m_db, QStringLiteral("DELETE FROM temp.%1").arg(table));
        m_countKey = std::make_unique<SqlQuery>(m_db, QStringLiteral("INSERT INTO temp.%1 (digest, n) VALUES (?, 1) "
                                                                     "ON CONFLICT (digest) DO UPDATE SET n = n + 1 RETURNING n").arg(table));
        m_countedBatch = batchId;
    }
    QString text;
    for (const QVariant &v : key) {
        text += v.toString();
        text += QChar(0x1f);
    }
    const qint64 digest = qint64(qHash(text, 0x9e3779b97f4a7c15ULL));
    m_countKey->bind(0, digest);
    m_countKey->exec();
    const int n = m_countKey->next() ? int(m_countKey->integer(0)) : 1;
    m_countKey->finish();
    return n;
}

bool VersionedRows::hasCurrentRows(const QVariantList &key)
{
    for (int i = 0; i < m_table.scopeColumns; ++i)
        m_scope->bind(i, key.at(i));
    m_scope->exec();
    const bool found = m_scope->next();
    m_scope->finish();
    return found;
}

void VersionedRows::bindInsert(SqlQuery &q, qint64 batchId, const QVariantList &key, int occurrence,
                               const QVariantList &values, const QVariantList &info)
{
    int position = 0;
    for (const QVariant &v : key)
        q.bind(position++, v);
    q.bind(position++, occurrence);
    for (const QVariant &v : values)
        q.bind(position++, v);
    for (const QVariant &v : info)
        q.bind(position++, v);
    q.bind(position, batchId);
}

WriteOutcome VersionedRows::write(qint64 batchId, const QVariantList &key, int &occurrence, const QVariantList &values,
                                  const QVariantList &info)
{
    if (m_freshBatch != batchId) {
        m_fresh.clear();
        m_freshBatch = batchId;
    }
    QString scopeKey;
    for (int i = 0; i < m_table.scopeColumns; ++i)
        scopeKey += key.at(i).toString() + QChar(0x1f);
    auto fresh = m_fresh.find(scopeKey);
    if (fresh == m_fresh.end())
        fresh = m_fresh.insert(scopeKey, !hasCurrentRows(key));

    if (*fresh) {
        // Nothing earlier to compare with: insert; a clash can only be an earlier row of
        // this file with the same key, so count the occurrence up.
        for (;;) {
            bindInsert(*m_insertFresh, batchId, key, occurrence, values, info);
            m_insertFresh->exec();
            if (m_insertFresh->rowsAffected() > 0)
                return WriteOutcome::Added;
            if (m_table.replaceWithinBatch)
                break;
            ++occurrence;
        }
    }

    if (!m_table.replaceWithinBatch)
        occurrence = nextOccurrence(batchId, key);
    for (;;) {
        int position = 0;
        for (const QVariant &v : key)
            m_find->bind(position++, v);
        m_find->bind(position, occurrence);
        m_find->exec();
        if (!m_find->next()) {
            m_find->finish();
            bindInsert(*m_insert, batchId, key, occurrence, values, info);
            m_insert->exec();
            return WriteOutcome::Added;
        }
        const qint64 id = m_find->integer(0);
        const bool sameBatch = m_find->integer(1) == batchId;
        if (sameBatch && !m_table.replaceWithinBatch) {
            m_find->finish();
            ++occurrence;
            continue;
        }
        bool same = true;
        for (qsizetype i = 0; i < values.size() && same; ++i)
            same = sameValue(m_find->value(int(2 + i)), values.at(i));
        m_find->finish();
        if (same)
            return WriteOutcome::Unchanged;
        if (sameBatch) {
            int position = 0;
            for (const QVariant &v : values)
                m_replace->bind(position++, v);
            for (const QVariant &v : info)
                m_replace->bind(position++, v);
            m_replace->bind(position, id).exec();
            return WriteOutcome::Updated;
        }
        m_supersede->bind(0, batchId).bind(1, id).exec();
        bindInsert(*m_insert, batchId, key, occurrence, values, info);
        m_insert->exec();
        return WriteOutcome::Updated;
    }
}

void VersionedRows::undoBatch(const QSqlDatabase &db, const QString &table, const QStringList &keyColumns, qint64 batchId)
{
    // 1. Take the batch's current rows out of the "current" unique index.
    SqlQuery hide(db, QStringLiteral("UPDATE %1 SET superseded_by = :b1 WHERE batch_id = :b2 AND superseded_by IS NULL").arg(table));
    hide.bind(QStringLiteral(":b1"), batchId).bind(QStringLiteral(":b2"), batchId).exec();

    // 2. Rows the batch replaced now take the state of the batch's row for the same key:
    //    current again if it was current, else replaced by whatever replaced it.
    QStringList match;
    for (const QString &column : keyColumns + QStringList{QStringLiteral("occurrence")})
        match.append(QStringLiteral("r.%1 = %2.%1").arg(column, table));
    SqlQuery restore(db, QStringLiteral("UPDATE %1 SET superseded_by = (SELECT NULLIF(r.superseded_by, :b1) FROM %1 r "
                                        "WHERE r.batch_id = :b2 AND %2) WHERE superseded_by = :b3 AND batch_id <> :b4")
                             .arg(table, match.join(QLatin1String(" AND "))));
    restore.bind(QStringLiteral(":b1"), batchId)
        .bind(QStringLiteral(":b2"), batchId)
        .bind(QStringLiteral(":b3"), batchId)
        .bind(QStringLiteral(":b4"), batchId)
        .exec();

    // 3. Drop the batch's rows.
    SqlQuery drop(db, QStringLiteral("DELETE FROM %1 WHERE batch_id = :b").arg(table));
    drop.bind(QStringLiteral(":b"), batchId).exec();
}

} // namespace Beamline
