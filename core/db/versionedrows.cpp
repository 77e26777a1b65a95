// SPDX-License-Identifier: GPL-3.0-or-later
#include "versionedrows.h"

#include "faststatement.h"
#include "sqlquery.h"

#include <algorithm>

namespace Beamline {

namespace {

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

constexpr quint64 FnvOffset = 0xcbf29ce484222325ULL;
constexpr quint64 FnvPrime = 0x100000001b3ULL;

void fnv(quint64 &h, QStringView text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        h = (h ^ (u & 0xff)) * FnvPrime;
        h = (h ^ (u >> 8)) * FnvPrime;
    }
}

} // namespace

qint64 VersionedRows::keyHash(const QVariantList &key)
{
    quint64 h = FnvOffset;
    for (const QVariant &v : key) {
        fnv(h, v.toString()); // a QString in a QVariant is shared, not copied
        fnv(h, u"\u001f");
    }
    return qint64(h);
}

VersionedRows::VersionedRows(QSqlDatabase db, Table table)
    : m_db(std::move(db))
    , m_table(std::move(table))
{
    const QStringList insertColumns = m_table.keyColumns + QStringList{QStringLiteral("key_hash"), QStringLiteral("occurrence")}
        + m_table.valueColumns + m_table.infoColumns + QStringList{QStringLiteral("batch_id")};
    const QString insert = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                               .arg(m_table.name, insertColumns.join(QLatin1String(", ")), SqlQuery::placeholders(0, int(insertColumns.size())));
    m_insert = std::make_unique<FastStatement>(m_db, insert);
    QStringList indexed;
    for (int i : std::as_const(m_table.indexColumns))
        indexed.append(m_table.keyColumns.at(i));
    const QStringList conflict = indexed + QStringList{QStringLiteral("key_hash"), QStringLiteral("occurrence"), QStringLiteral("batch_id")};
    m_insertFresh = std::make_unique<FastStatement>(
        m_db, insert + QStringLiteral(" ON CONFLICT (%1) DO NOTHING").arg(conflict.join(QLatin1String(", "))));

    // Lookups go through the unique index: its leading key columns, the digest, the occurrence.
    QStringList match;
    const QStringList lookup = indexed + QStringList{QStringLiteral("key_hash"), QStringLiteral("occurrence")};
    for (int i = 0; i < lookup.size(); ++i)
        match.append(lookup.at(i) + QStringLiteral(" = ") + SqlQuery::placeholders(i, 1));
    const QStringList read = m_table.keyColumns + m_table.valueColumns;
    m_find = std::make_unique<FastStatement>(m_db, QStringLiteral("SELECT id, batch_id, %1 FROM %2 WHERE %3 AND superseded_by IS NULL")
                                                      .arg(read.join(QLatin1String(", ")), m_table.name, match.join(QLatin1String(" AND "))));
    m_supersede = std::make_unique<FastStatement>(m_db, QStringLiteral("UPDATE %1 SET superseded_by = :p0 WHERE id = :p1").arg(m_table.name));
    QStringList assignments;
    const QStringList replaced = m_table.valueColumns + m_table.infoColumns;
    for (int i = 0; i < replaced.size(); ++i)
        assignments.append(replaced.at(i) + QStringLiteral(" = ") + SqlQuery::placeholders(i, 1));
    if (!assignments.isEmpty())
        m_replace = std::make_unique<FastStatement>(m_db, QStringLiteral("UPDATE %1 SET %2 WHERE id = %3")
                                                         .arg(m_table.name, assignments.join(QLatin1String(", ")),
                                                              SqlQuery::placeholders(int(replaced.size()), 1)));
    QStringList scope;
    for (int i = 0; i < m_table.scopeColumns; ++i)
        scope.append(m_table.keyColumns.at(i) + QStringLiteral(" = ") + SqlQuery::placeholders(i, 1));
    m_scope = std::make_unique<FastStatement>(m_db, QStringLiteral("SELECT 1 FROM %1 WHERE %2 AND superseded_by IS NULL LIMIT 1")
                                                   .arg(m_table.name, scope.join(QLatin1String(" AND "))));
}

VersionedRows::~VersionedRows() = default;

bool VersionedRows::hasCurrentRows(const QVariantList &key)
{
    for (int i = 0; i < m_table.scopeColumns; ++i)
        m_scope->bind(i, key.at(i));
    m_scope->query();
    const bool found = m_scope->next();
    m_scope->finish();
    return found;
}

// The n-th row with a given key in one file is that key's occurrence n. Rows that match
// what is stored are not written, so the count lives in a temporary table (on disk when
// large, so memory does not grow with the file).
int VersionedRows::nextOccurrence(qint64 batchId, qint64 hash)
{
    const QString table = QStringLiteral("beamline_keys_") + m_table.name;
    if (!m_countKey || m_countedBatch != batchId) {
        m_countKey.reset();
        SqlQuery::execute(m_db, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS %1 (digest INTEGER PRIMARY KEY, n INTEGER NOT NULL)").arg(table));
        SqlQuery::execute(m_db, QStringLiteral("DELETE FROM temp.%1").arg(table));
        m_countKey = std::make_unique<FastStatement>(m_db, QStringLiteral("INSERT INTO temp.%1 (digest, n) VALUES (:p0, 1) "
                                                                     "ON CONFLICT (digest) DO UPDATE SET n = n + 1 RETURNING n").arg(table));
        m_countedBatch = batchId;
    }
    m_countKey->bind(0, hash);
    m_countKey->query();
    const int n = m_countKey->next() ? int(m_countKey->integer(0)) : 1;
    m_countKey->finish();
    return n;
}

void VersionedRows::bindLookup(FastStatement &q, const QVariantList &key, qint64 hash, int occurrence)
{
    int position = 0;
    for (int i : std::as_const(m_table.indexColumns))
        q.bindUnchanging(position++, key.at(i));
    q.bind(position++, hash);
    q.bind(position, qint64(occurrence));
}

void VersionedRows::bindInsert(FastStatement &q, qint64 batchId, const QVariantList &key, qint64 hash, int occurrence,
                               const QVariantList &values, const QVariantList &info)
{
    // The lists outlive the statement's run: their text need not be copied. NULLs (most
    // metric columns of most rows) are left as clearBindings() set them.
    q.clearBindings();
    int position = 0;
    for (const QVariant &v : key)
        q.bindUnchanging(position++, v);
    q.bind(position++, hash);
    q.bind(position++, qint64(occurrence));
    for (const QVariant &v : values) {
        if (!v.isNull())
            q.bindUnchanging(position, v);
        ++position;
    }
    for (const QVariant &v : info) {
        if (!v.isNull())
            q.bindUnchanging(position, v);
        ++position;
    }
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
    const qint64 hash = keyHash(key);

    if (*fresh) {
        // Nothing earlier to compare with: insert; a clash can only be an earlier row of
        // this file with the same key (or digest), so count the occurrence up.
        for (;;) {
            bindInsert(*m_insertFresh, batchId, key, hash, occurrence, values, info);
            m_insertFresh->exec();
            if (m_insertFresh->changes() > 0)
                return WriteOutcome::Added;
            if (m_table.replaceWithinBatch)
                break;
            ++occurrence;
        }
    }

    if (!m_table.replaceWithinBatch)
        occurrence = nextOccurrence(batchId, hash);
    const int keyCount = int(key.size());
    for (;;) {
        bindLookup(*m_find, key, hash, occurrence);
        m_find->query();
        if (!m_find->next()) {
            m_find->finish();
            bindInsert(*m_insert, batchId, key, hash, occurrence, values, info);
            m_insert->exec();
            return WriteOutcome::Added;
        }
        bool sameKey = true;
        for (int i = 0; i < keyCount && sameKey; ++i)
            sameKey = m_find->value(2 + i).toString() == key.at(i).toString();
        if (!sameKey) {
            // Another key with the same digest holds this occurrence: use the next one.
            m_find->finish();
            ++occurrence;
            continue;
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
            same = sameValue(m_find->value(int(2 + keyCount + i)), values.at(i));
        m_find->finish();
        if (same)
            return WriteOutcome::Unchanged;
        if (sameBatch) {
            int position = 0;
            for (const QVariant &v : values)
                m_replace->bind(position++, v);
            for (const QVariant &v : info)
                m_replace->bind(position++, v);
            m_replace->bind(position, id);
            m_replace->exec();
            return WriteOutcome::Updated;
        }
        m_supersede->bind(0, batchId).bind(1, id);
        m_supersede->exec();
        bindInsert(*m_insert, batchId, key, hash, occurrence, values, info);
        m_insert->exec();
        return WriteOutcome::Updated;
    }
}

void VersionedRows::undoBatch(const QSqlDatabase &db, const QString &table, const QStringList &indexColumns, qint64 batchId)
{
    // 1. Take the batch's current rows out of the current set.
    SqlQuery hide(db, QStringLiteral("UPDATE %1 SET superseded_by = :b1 WHERE batch_id = :b2 AND superseded_by IS NULL").arg(table));
    hide.bind(QStringLiteral(":b1"), batchId).bind(QStringLiteral(":b2"), batchId).exec();

    // 2. Rows the batch replaced take the state of the batch's row for the same key:
    //    current again if it was current, else replaced by whatever replaced it. A batch
    //    only replaces a row after comparing the real key, so digest and occurrence match.
    QStringList match;
    for (const QString &column : indexColumns + QStringList{QStringLiteral("key_hash"), QStringLiteral("occurrence")})
        match.append(QStringLiteral("r.%1 = %2.%1").arg(column, table));
    SqlQuery restore(db, QStringLiteral("UPDATE %1 SET superseded_by = (SELECT NULLIF(r.superseded_by, :b1) FROM %1 r "
                                        "WHERE %2 AND r.batch_id = :b2) WHERE superseded_by = :b3 AND batch_id <> :b4")
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
