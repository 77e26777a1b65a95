// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnmap.h"

#include "importformat.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace Beamline {

QString ColumnMap::normalise(QStringView header)
{
    QString out;
    out.reserve(header.size());
    bool space = false;
    for (QChar c : header) {
        if (c == QChar(0xFEFF))
            continue;
        if (c.isSpace() || c == QChar(0x00A0) || c == QChar(0x202F)) {
            space = !out.isEmpty();
            continue;
        }
        if (space) {
            out.append(QLatin1Char(' '));
            space = false;
        }
        if (c == QChar(0x2019) || c == QChar(0x2018))
            c = QLatin1Char('\'');
        out.append(c);
    }
    return out.toCaseFolded();
}

int ColumnMap::matches(const Record &record, const QVector<ColumnSpec> &specs)
{
    QSet<QString> aliases;
    for (const ColumnSpec &spec : specs) {
        for (const QString &alias : spec.aliases)
            aliases.insert(normalise(alias));
    }
    int n = 0;
    QSet<QString> seen;
    for (const QString &cell : record.fields) {
        const QString key = normalise(cell);
        if (!key.isEmpty() && aliases.contains(key) && !seen.contains(key)) {
            ++n;
            seen.insert(key);
        }
    }
    return n;
}

bool ColumnMap::hasAll(const Record &record, const QStringList &names)
{
    QSet<QString> cells;
    for (const QString &cell : record.fields)
        cells.insert(normalise(cell));
    for (const QString &name : names) {
        if (!cells.contains(normalise(name)))
            return false;
    }
    return true;
}

bool ColumnMap::hasAny(const Record &record, const QStringList &names)
{
    QSet<QString> cells;
    for (const QString &cell : record.fields)
        cells.insert(normalise(cell));
    for (const QString &name : names) {
        if (cells.contains(normalise(name)))
            return true;
    }
    return false;
}

void ColumnMap::resolve(const Record &header, const QVector<ColumnSpec> &specs)
{
    m_allIndexes.clear();
    m_index.clear();
    m_missing.clear();
    m_roleOf.clear();
    m_specColumn.fill(-1, specs.size());
    m_header = header.fields;
    m_headerSize = int(header.fields.size());
    QVector<QString> keys;
    keys.reserve(header.fields.size());
    for (const QString &cell : header.fields)
        keys.append(normalise(cell));

    for (qsizetype s = 0; s < specs.size(); ++s) {
        const ColumnSpec &spec = specs.at(s);
        int found = -1;
        for (const QString &alias : spec.aliases) {
            const QString key = normalise(alias);
            int seen = 0;
            for (int i = 0; i < keys.size(); ++i) {
                if (keys.at(i) == key && ++seen == spec.occurrence) {
                    found = i;
                    break;
                }
            }
            if (found >= 0)
                break;
        }
        if (found < 0) {
            if (spec.required)
                m_missing.append(spec.aliases.value(0, spec.role));
            continue;
        }
        if (m_roleOf.contains(found))
            continue; // a column feeds one role
        m_specColumn[s] = found;
        m_roleOf.insert(found, spec.role);
        if (!m_index.contains(spec.role))
            m_index.insert(spec.role, found);
        m_allIndexes.insert(spec.role, found);
    }
}

QList<int> ColumnMap::indexes(const QString &role) const
{
    QList<int> list = m_allIndexes.values(role);
    std::sort(list.begin(), list.end());
    return list;
}

QString ColumnMap::cell(const Record &row, const QString &role) const
{
    const int i = index(role);
    return i >= 0 && i < row.fields.size() ? row.fields.at(i) : QString();
}

QVector<ImportContext::Column> ColumnMap::describe() const
{
    QVector<ImportContext::Column> columns;
    for (int i = 0; i < m_header.size(); ++i)
        columns.append({m_header.at(i), m_roleOf.value(i)});
    return columns;
}

QString ColumnMap::signature(const Record &header)
{
    QStringList keys;
    for (const QString &cell : header.fields)
        keys.append(normalise(cell));
    while (!keys.isEmpty() && keys.constLast().isEmpty())
        keys.removeLast();
    return keys.join(QLatin1Char('|'));
}

HeaderSearch findHeader(PeekableStream &stream, const QVector<ColumnSpec> &specs, int minMatches, int maxRows)
{
    HeaderSearch result;
    const qsizetype available = stream.fill(maxRows);
    int best = -1, bestMatches = 0;
    for (qsizetype i = 0; i < available; ++i) {
        const int n = ColumnMap::matches(stream.peek(i), specs);
        if (n > bestMatches) {
            best = int(i);
            bestMatches = n;
        }
    }
    if (best < 0 || bestMatches < minMatches)
        return result;
    Record record;
    for (int i = 0; i < best; ++i) {
        stream.next(record);
        result.preamble.append(record);
    }
    stream.next(result.header);
    result.found = true;
    return result;
}

bool nextDataRow(PeekableStream &stream, ImportContext &context, int headerSize, Record &row, ShortRows shortRows)
{
    while (stream.next(row)) {
        if (row.isBlank())
            return false;
        // Excel pads rows with empty cells up to the widest row: harmless, said once.
        if (row.fields.size() > headerSize) {
            const qsizetype found = row.fields.size();
            while (row.fields.size() > headerSize && row.fields.constLast().trimmed().isEmpty())
                row.fields.removeLast();
            if (row.fields.size() == headerSize)
                context.noteTrailingCells(row.line, headerSize, found);
        }
        // A worksheet row has no field count: cells missing at its end (empty ones the
        // workbook does not store) are empty cells, not a damaged row.
        if (row.fields.size() < headerSize && (shortRows == ShortRows::MissingCellsAreEmpty || context.probe().worksheet)) {
            while (row.fields.size() < headerSize)
                row.fields.append(QString());
        }
        if (row.fields.size() != headerSize) {
            ++context.rowsRead;
            context.skip(row.line, 0,
                         row.fields.size() > headerSize
                             ? QCoreApplication::translate("Beamline::ImportContext",
                                                           "expected %1 fields as in the header, found %2 (a comma or quote inside a text "
                                                           "that is not quoted?)")
                                   .arg(headerSize)
                                   .arg(row.fields.size())
                             : QCoreApplication::translate("Beamline::ImportContext", "expected %1 fields as in the header, found %2")
                                   .arg(headerSize)
                                   .arg(row.fields.size()));
            if (context.failed())
                return false;
            continue;
        }
        return true;
    }
    return false;
}

std::optional<OpenedTable> openTable(PeekableStream &stream, ImportContext &context, const QVector<ColumnSpec> &specs, int minMatches,
                                     const QString &notFound)
{
    OpenedTable table;
    table.search = findHeader(stream, specs, minMatches);
    if (!table.search.found) {
        context.fail(1, 1, notFound);
        return std::nullopt;
    }
    table.map.resolve(table.search.header, specs);
    if (!table.map.missingRequired().isEmpty()) {
        context.fail(table.search.header.line, 1, missingColumns(table.map));
        return std::nullopt;
    }
    context.columns = table.map.describe();
    return table;
}

QString missingColumns(const ColumnMap &map)
{
    return FormatMessages::tr("required column(s) missing: %1").arg(map.missingRequired().join(QStringLiteral(", ")));
}

} // namespace Beamline
