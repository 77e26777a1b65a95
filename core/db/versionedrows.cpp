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

// Whether two key values have the same text (what sameKey() compares), cheaply for the
// types keys hold.
bool sameKeyValue(const QVariant &a, const QVariant &b)
{
    const int type = a.metaType().id();
    if (type == b.metaType().id()) {
        if (type == QMetaType::QString)
            return *static_cast<const QString *>(a.constData()) == *static_cast<const QString *>(b.constData());
        if (type == QMetaType::LongLong || type == QMetaType::Int)
            return a.toLongLong() == b.toLongLong();
    }
    return a.toString() == b.toString();
}

bool sameKey(const QVariantList &a, const QVariantList &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).toString() != b.at(i).toString())
            return false;
    }
    return true;
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

QStringList indexedColumns(const VersionedRows::Table &table)
{
    QStringList indexed;
    for (int i : std::as_const(table.indexColumns))
        indexed.append(table.keyColumns.at(i));
    return indexed;
}

} // namespace

// One stored row of a key, as the resolution needs it.
struct VersionedRows::StoredRow {
    qint64 id = 0;
    qint64 batchId = 0;
    int occurrence = 1;
    qint64 state = 0; // per-value: the live bits; whole-row: the holder's batch, 0 for the holder itself
    qint64 line = 0;
    Precedence precedence;
    QVariantList key;
    QVariantList values;
};

// Decides which rows of one key hold its facts, and writes the decision.
class VersionedRows::Resolver final
{
public:
    Resolver(const QSqlDatabase &db, const Table &table)
        : m_table(table)
        , m_setState(std::make_unique<FastStatement>(
              db, table.perValue ? QStringLiteral("UPDATE %1 SET live = :p0 WHERE id = :p1").arg(table.name)
                                 : QStringLiteral("UPDATE %1 SET superseded_by = :p0 WHERE id = :p1").arg(table.name)))
    {
    }

    // The newest row (by precedence) among those that have value i (per-value), or among
    // all rows (whole-row); -1 when none.
    static int holder(const QVector<StoredRow> &rows, int value, bool perValue)
    {
        int best = -1;
        for (int r = 0; r < rows.size(); ++r) {
            if (perValue && rows.at(r).values.at(value).isNull())
                continue;
            if (best < 0 || rows.at(best).precedence < rows.at(r).precedence)
                best = r;
        }
        return best;
    }

    // The values the figures read, by value column (null when no row holds it).
    QVariantList visible(const QVector<StoredRow> &rows) const
    {
        const int n = int(m_table.valueColumns.size());
        QVariantList result;
        result.reserve(n);
        if (m_table.perValue) {
            for (int i = 0; i < n; ++i) {
                const int h = holder(rows, i, true);
                result.append(h < 0 ? QVariant() : rows.at(h).values.at(i));
            }
            return result;
        }
        const int h = holder(rows, 0, false);
        for (int i = 0; i < n; ++i)
            result.append(h < 0 ? QVariant() : rows.at(h).values.at(i));
        return result;
    }

    // Computes every row's state and writes the ones that changed.
    void apply(QVector<StoredRow> &rows)
    {
        QVector<qint64> states(rows.size(), 0);
        if (m_table.perValue) {
            for (int i = 0; i < m_table.valueColumns.size(); ++i) {
                const int h = holder(rows, i, true);
                if (h >= 0)
                    states[h] |= qint64(1) << i;
            }
        } else {
            const int h = holder(rows, 0, false);
            for (int r = 0; r < rows.size(); ++r)
                states[r] = r == h ? 0 : rows.at(h).batchId;
        }
        for (int r = 0; r < rows.size(); ++r) {
            if (states.at(r) == rows.at(r).state)
                continue;
            rows[r].state = states.at(r);
            if (!m_table.perValue && states.at(r) == 0)
                m_setState->bindNull(0);
            else
                m_setState->bind(0, states.at(r));
            m_setState->bind(1, rows.at(r).id);
            m_setState->exec();
        }
    }

    bool holdsAnything(const StoredRow &row) const { return m_table.perValue ? row.state != 0 : row.state == 0; }

private:
    const Table &m_table;
    std::unique_ptr<FastStatement> m_setState;
};

qint64 VersionedRows::keyHash(const QVariantList &key)
{
    quint64 h = FnvOffset;
    for (const QVariant &v : key) {
        // The text QVariant::toString() gives, without making a QString for every row.
        switch (v.metaType().id()) {
        case QMetaType::QString:
            fnv(h, *static_cast<const QString *>(v.constData()));
            break;
        case QMetaType::Int:
        case QMetaType::LongLong: {
            const qint64 n = v.toLongLong();
            constexpr qsizetype Size = 24;
            char16_t digits[Size];
            qsizetype at = Size;
            quint64 rest = n < 0 ? 0 - quint64(n) : quint64(n);
            do {
                digits[--at] = char16_t(u'0' + rest % 10);
                rest /= 10;
            } while (rest != 0);
            if (n < 0)
                digits[--at] = u'-';
            fnv(h, QStringView(digits + at, Size - at));
            break;
        }
        default:
            fnv(h, v.toString());
        }
        fnv(h, u"\u001f");
    }
    return qint64(h);
}

qint64 VersionedRows::presentMask(const QVariantList &values)
{
    qint64 mask = 0;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (!values.at(i).isNull())
            mask |= qint64(1) << i;
    }
    return mask;
}

QString VersionedRows::heldValue(const QString &column, int index, const QString &alias)
{
    const QString prefix = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    return QStringLiteral("CASE WHEN (%1live & %2) <> 0 THEN %1%3 END").arg(prefix).arg(qint64(1) << index).arg(column);
}

VersionedRows::VersionedRows(QSqlDatabase db, Table table)
    : m_db(std::move(db))
    , m_table(std::move(table))
{
    const QString stateColumn = m_table.perValue ? QStringLiteral("live") : QStringLiteral("superseded_by");
    const QStringList insertColumns = m_table.keyColumns + QStringList{QStringLiteral("key_hash"), QStringLiteral("occurrence")}
        + m_table.valueColumns + m_table.infoColumns
        + QStringList{QStringLiteral("source_line"), stateColumn, QStringLiteral("batch_id")};
    const QString insert = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                               .arg(m_table.name, insertColumns.join(QLatin1String(", ")), SqlQuery::placeholders(0, int(insertColumns.size())));
    m_insert = std::make_unique<FastStatement>(m_db, insert);
    const QStringList indexed = indexedColumns(m_table);
    const QStringList conflict = indexed + QStringList{QStringLiteral("key_hash"), QStringLiteral("occurrence"), QStringLiteral("batch_id")};
    m_insertFresh = std::make_unique<FastStatement>(
        m_db, insert + QStringLiteral(" ON CONFLICT (%1) DO NOTHING").arg(conflict.join(QLatin1String(", "))));

    // Every row of a key, whatever its state, with the precedence of its export.
    QStringList match;
    const QStringList lookup = indexed + QStringList{QStringLiteral("key_hash")};
    for (int i = 0; i < lookup.size(); ++i)
        match.append(QStringLiteral("t.") + lookup.at(i) + QStringLiteral(" = ") + SqlQuery::placeholders(i, 1));
    QStringList read;
    for (const QString &c : m_table.keyColumns + m_table.valueColumns)
        read.append(QStringLiteral("t.") + c);
    m_find = std::make_unique<FastStatement>(
        m_db, QStringLiteral("SELECT t.id, t.batch_id, t.occurrence, %1, t.source_line, b.captured_at, b.sha256, %2 FROM %3 t "
                             "JOIN import_batches b ON b.id = t.batch_id WHERE %4 ORDER BY t.id")
                  .arg(m_table.perValue ? QStringLiteral("t.live") : QStringLiteral("COALESCE(t.superseded_by, 0)"),
                       read.join(QLatin1String(", ")), m_table.name, match.join(QLatin1String(" AND "))));
    QStringList assignments;
    for (int i = 0; i < m_table.valueColumns.size(); ++i)
        assignments.append(m_table.valueColumns.at(i) + QStringLiteral(" = COALESCE(") + m_table.valueColumns.at(i) + QStringLiteral(", ")
                           + SqlQuery::placeholders(i, 1) + QLatin1Char(')'));
    m_merge = std::make_unique<FastStatement>(m_db, QStringLiteral("UPDATE %1 SET %2 WHERE id = %3")
                                                        .arg(m_table.name, assignments.join(QLatin1String(", ")),
                                                             SqlQuery::placeholders(int(m_table.valueColumns.size()), 1)));
    QStringList scope;
    for (int i = 0; i < m_table.scopeColumns; ++i)
        scope.append(m_table.keyColumns.at(i) + QStringLiteral(" = ") + SqlQuery::placeholders(i, 1));
    m_scope = std::make_unique<FastStatement>(m_db, QStringLiteral("SELECT 1 FROM %1 WHERE %2 AND %3 LIMIT 1")
                                                        .arg(m_table.name, scope.join(QLatin1String(" AND ")), currentCondition()));
    m_resolver = std::make_unique<Resolver>(m_db, m_table);
}

VersionedRows::~VersionedRows() = default;

QString VersionedRows::currentCondition() const
{
    return m_table.perValue ? QStringLiteral("live <> 0") : QStringLiteral("superseded_by IS NULL");
}

bool VersionedRows::hasCurrentRows(const QVariantList &key)
{
    for (int i = 0; i < m_table.scopeColumns; ++i)
        m_scope->bind(i, key.at(i));
    m_scope->query();
    const bool found = m_scope->next();
    m_scope->finish();
    return found;
}

QVector<VersionedRows::StoredRow> VersionedRows::load(const QVariantList &key, qint64 hash)
{
    FastStatement &q = *m_find;
    int position = 0;
    for (int i : std::as_const(m_table.indexColumns))
        q.bind(position++, key.at(i));
    q.bind(position, hash);
    q.query();
    QVector<StoredRow> rows;
    const int keyCount = int(m_table.keyColumns.size());
    const int valueCount = int(m_table.valueColumns.size());
    while (q.next()) {
        StoredRow row;
        row.id = q.integer(0);
        row.batchId = q.integer(1);
        row.occurrence = int(q.integer(2));
        row.state = q.integer(3);
        row.line = q.integer(4);
        row.precedence = {q.text(5), q.text(6)};
        for (int i = 0; i < keyCount; ++i)
            row.key.append(q.value(7 + i));
        for (int i = 0; i < valueCount; ++i)
            row.values.append(q.value(7 + keyCount + i));
        rows.append(row);
    }
    q.finish();
    return rows;
}

void VersionedRows::bindInsert(FastStatement &q, qint64 batchId, const QVariantList &key, qint64 hash, int occurrence,
                               const QVariantList &values, const QVariantList &info, qint64 line, qint64 live)
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
    if (line > 0)
        q.bind(position, line);
    ++position;
    if (m_table.perValue)
        q.bind(position, live);
    ++position; // whole-row: superseded_by stays NULL, decided by the resolution when needed
    q.bind(position, batchId);
}

VersionedRows::Result VersionedRows::write(qint64 batchId, const Precedence &precedence, const QVariantList &key, const QVariantList &values,
                                           const QVariantList &info, qint64 line)
{
    if (m_freshBatch != batchId) {
        m_fresh.clear();
        m_lastScope.clear();
        m_freshBatch = batchId;
    }
    // Files give long runs of rows of one scope: look it up only when it changes.
    bool sameScope = !m_lastScope.isEmpty();
    for (int i = 0; sameScope && i < m_table.scopeColumns; ++i)
        sameScope = sameKeyValue(m_lastScope.at(i), key.at(i));
    if (!sameScope) {
        QString scopeKey;
        for (int i = 0; i < m_table.scopeColumns; ++i)
            scopeKey += key.at(i).toString() + QChar(0x1f);
        const auto known = m_fresh.constFind(scopeKey);
        m_lastScopeFresh = known != m_fresh.constEnd() ? *known : *m_fresh.insert(scopeKey, !hasCurrentRows(key));
        m_lastScope = key.mid(0, m_table.scopeColumns);
    }
    const bool fresh = m_lastScopeFresh;
    const qint64 hash = keyHash(key);
    const qint64 mask = m_table.perValue ? presentMask(values) : 0;

    if (fresh) {
        // Nothing earlier holds a fact in this scope: insert. A clash can only be an earlier
        // row of this batch with the same digest, which the general path below handles.
        bindInsert(*m_insertFresh, batchId, key, hash, 1, values, info, line, mask);
        m_insertFresh->exec();
        if (m_insertFresh->changes() > 0)
            return {WriteOutcome::Added, 0, {}, true};
    }

    // The rows of this key (rows of other keys with the same digest take other occurrences).
    QVector<StoredRow> all = load(key, hash);
    QVector<StoredRow> rows;
    QList<int> takenOccurrences;
    for (const StoredRow &row : std::as_const(all)) {
        if (sameKey(row.key, key))
            rows.append(row);
        else
            takenOccurrences.append(row.occurrence);
    }
    int occurrence = rows.isEmpty() ? 1 : rows.first().occurrence;
    while (rows.isEmpty() && takenOccurrences.contains(occurrence))
        ++occurrence;
    for (StoredRow &row : rows) {
        if (row.batchId == batchId)
            row.precedence = precedence; // this batch's own row: its precedence may have been refined since it was stored
    }

    qsizetype own = -1;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        if (rows.at(r).batchId == batchId)
            own = r;
    }
    const QVariantList before = m_resolver->visible(rows);
    const bool alone = own < 0 && rows.isEmpty();
    if (own >= 0) {
        StoredRow &first = rows[own];
        // The key's second row in one file: the same facts again, or facts the first did not give.
        QStringList differ;
        bool adds = false;
        for (int i = 0; i < values.size(); ++i) {
            const QVariant &mine = first.values.at(i);
            const QVariant &theirs = values.at(i);
            if (m_table.perValue ? (!mine.isNull() && !theirs.isNull() && !sameValue(mine, theirs)) : !sameValue(mine, theirs))
                differ.append(m_table.valueColumns.at(i));
            adds = adds || (mine.isNull() && !theirs.isNull());
        }
        if (!differ.isEmpty())
            return {WriteOutcome::Conflict, first.line, differ, alone};
        if (!adds)
            return {WriteOutcome::Duplicate, first.line, {}, alone};
        int position = 0;
        for (const QVariant &v : values)
            m_merge->bind(position++, v);
        m_merge->bind(position, first.id);
        m_merge->exec();
        for (int i = 0; i < values.size(); ++i) {
            if (first.values.at(i).isNull())
                first.values[i] = values.at(i);
        }
    } else {
        bindInsert(*m_insert, batchId, key, hash, occurrence, values, info, line, 0);
        m_insert->exec();
        StoredRow mine;
        mine.id = m_insert->lastInsertId();
        mine.batchId = batchId;
        mine.occurrence = occurrence;
        mine.state = m_table.perValue ? 0 : -1; // not yet decided
        mine.line = line;
        mine.precedence = precedence;
        mine.key = key;
        mine.values = values;
        rows.append(mine);
        own = rows.size() - 1;
    }
    m_resolver->apply(rows);

    const StoredRow &written = rows.at(own);
    const QVariantList after = m_resolver->visible(rows);
    if (!m_resolver->holdsAnything(written)) {
        // A newer export holds these facts: kept as history only.
        for (int i = 0; i < values.size(); ++i) {
            if (!values.at(i).isNull() && !sameValue(values.at(i), before.at(i)))
                return {WriteOutcome::Older, 0, {}, alone};
        }
        return {WriteOutcome::Unchanged, 0, {}, alone};
    }
    bool changed = false;
    bool added = false;
    for (int i = 0; i < after.size(); ++i) {
        if (!before.at(i).isNull() && !sameValue(before.at(i), after.at(i)))
            changed = true;
        else if (before.at(i).isNull() && !after.at(i).isNull())
            added = true;
    }
    if (changed)
        return {WriteOutcome::Updated, 0, {}, alone};
    return {added ? WriteOutcome::Added : WriteOutcome::Unchanged, 0, {}, alone};
}

namespace {

// The rows of the keys that a set of rows (a batch, or every key with rows of several
// batches) has, grouped by key; `select` returns (indexed columns..., key_hash).
template<typename Visit>
void forEachKey(const QSqlDatabase &db, const VersionedRows::Table &table, const QString &select, qint64 batchId, Visit visit)
{
    QVector<QVariantList> keys;
    SqlQuery q(db, select);
    if (batchId > 0)
        q.bind(QStringLiteral(":b1"), batchId).bind(QStringLiteral(":b2"), batchId);
    q.exec();
    const int n = int(table.indexColumns.size()) + 1;
    while (q.next()) {
        QVariantList key;
        for (int i = 0; i < n; ++i)
            key.append(q.value(i));
        keys.append(key);
    }
    for (const QVariantList &key : std::as_const(keys))
        visit(key);
}

} // namespace

namespace {

// The keys batchId's rows share with other batches' rows (indexed columns and key_hash).
QVector<QVariantList> sharedKeys(const QSqlDatabase &db, const VersionedRows::Table &table, qint64 batchId)
{
    const QStringList indexed = indexedColumns(table);
    QStringList same;
    for (const QString &c : indexed + QStringList{QStringLiteral("key_hash")})
        same.append(QStringLiteral("o.%1 = n.%1").arg(c));
    QStringList selected;
    for (const QString &c : indexed + QStringList{QStringLiteral("key_hash")})
        selected.append(QStringLiteral("n.") + c);
    const QString shared = QStringLiteral("SELECT DISTINCT %1 FROM %2 n WHERE n.batch_id = :b1 AND EXISTS "
                                          "(SELECT 1 FROM %2 o WHERE %3 AND o.batch_id <> :b2)")
                               .arg(selected.join(QLatin1String(", ")), table.name, same.join(QLatin1String(" AND ")));
    QVector<QVariantList> keys;
    forEachKey(db, table, shared, batchId, [&keys](const QVariantList &k) { keys.append(k); });
    return keys;
}

} // namespace

void VersionedRows::undoBatch(const QSqlDatabase &db, const Table &table, qint64 batchId)
{
    // The keys this batch shares with other batches: after its rows go, the others decide again.
    const QVector<QVariantList> keys = sharedKeys(db, table, batchId);
    SqlQuery drop(db, QStringLiteral("DELETE FROM %1 WHERE batch_id = :b").arg(table.name));
    drop.bind(QStringLiteral(":b"), batchId).exec();
    if (keys.isEmpty())
        return;
    VersionedRows rows(db, table);
    for (const QVariantList &k : keys)
        rows.resolveKey(k);
}

void VersionedRows::resolveBatch(const QSqlDatabase &db, const Table &table, qint64 batchId)
{
    const QVector<QVariantList> keys = sharedKeys(db, table, batchId);
    if (keys.isEmpty())
        return;
    VersionedRows rows(db, table);
    for (const QVariantList &k : keys)
        rows.resolveKey(k);
}

void VersionedRows::resolveAll(const QSqlDatabase &db, const Table &table)
{
    const QStringList columns = indexedColumns(table) + QStringList{QStringLiteral("key_hash")};
    const QString several = QStringLiteral("SELECT %1 FROM %2 GROUP BY %1 HAVING COUNT(DISTINCT batch_id) > 1")
                                .arg(columns.join(QLatin1String(", ")), table.name);
    VersionedRows rows(db, table);
    forEachKey(db, table, several, 0, [&rows](const QVariantList &k) { rows.resolveKey(k); });
}

void VersionedRows::resolveKey(const QVariantList &indexedKeyAndHash)
{
    // load() binds from a full key: rebuild one with the indexed columns in place.
    QVariantList key(m_table.keyColumns.size());
    for (int i = 0; i < m_table.indexColumns.size(); ++i)
        key[m_table.indexColumns.at(i)] = indexedKeyAndHash.at(i);
    QVector<StoredRow> all = load(key, indexedKeyAndHash.constLast().toLongLong());
    // Rows of different keys that share the digest are decided apart.
    while (!all.isEmpty()) {
        QVector<StoredRow> group;
        const QVariantList first = all.first().key;
        for (auto it = all.begin(); it != all.end();) {
            if (sameKey(it->key, first)) {
                group.append(*it);
                it = all.erase(it);
            } else {
                ++it;
            }
        }
        m_resolver->apply(group);
    }
}

void VersionedRows::rehash(const QSqlDatabase &db, const Table &table, const QString &where)
{
    SqlQuery read(db, QStringLiteral("SELECT id, %1 FROM %2%3")
                          .arg(table.keyColumns.join(QLatin1String(", ")), table.name,
                               where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where));
    read.exec();
    QVector<std::pair<qint64, qint64>> hashes;
    while (read.next()) {
        QVariantList key;
        for (int i = 0; i < table.keyColumns.size(); ++i)
            key.append(read.value(1 + i));
        hashes.append({read.integer(0), keyHash(key)});
    }
    // Occurrences stay: they were unique per (key, batch) under the old digest, and equal keys
    // get equal new digests.
    FastStatement write(db, QStringLiteral("UPDATE %1 SET key_hash = :p0 WHERE id = :p1").arg(table.name));
    for (const auto &[id, hash] : std::as_const(hashes)) {
        write.bind(0, hash).bind(1, id);
        write.exec();
    }
}

} // namespace Beamline
