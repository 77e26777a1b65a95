// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importcontext.h"
#include "recordstream.h"

#include <QMultiHash>
#include <QStringList>
#include <QVector>

#include <optional>

namespace Beamline {

// A column a format knows: the canonical role it feeds and its header in every known
// language. Headers match exactly after normalisation, never as substrings
// ("Reactions" does not match "Reactions, comments and shares").
struct ColumnSpec {
    // How the cells are written; numbers follow the file's NumberStyle.
    enum class Kind {
        Text,
        Number,        // 1938, "2,533", 1938.0
        PercentString, // "45.23%" -> 0.4523
        Fraction,      // 0.0092 as is
        PercentNumber, // 5.22 meaning 5.22 % -> 0.0522
        Duration,      // "00:05:02", "5 min 13s", seconds
    };

    QString role;
    QStringList aliases;
    bool required = false;
    Kind kind = Kind::Number;
    double scale = 1; // multiply parsed numbers (ms -> s: 0.001, hours -> s: 3600)
    int occurrence = 1; // the n-th column of that name, for files with duplicate headers
};

class ColumnMap final
{
public:
    // Trims (BOM, spaces, NBSP), folds case, collapses inner spaces, unifies apostrophes.
    static QString normalise(QStringView header);
    // How many cells of a record are aliases of the specs.
    static int matches(const Record &record, const QVector<ColumnSpec> &specs);
    static bool hasAll(const Record &record, const QStringList &names);
    static bool hasAny(const Record &record, const QStringList &names);

    void resolve(const Record &header, const QVector<ColumnSpec> &specs);
    int index(const QString &role) const { return m_index.value(role, -1); }
    // Column matched by the n-th spec given to resolve(), or -1.
    int specColumn(int spec) const { return m_specColumn.value(spec, -1); }
    QList<int> indexes(const QString &role) const;
    bool has(const QString &role) const { return m_index.contains(role); }
    QString cell(const Record &row, const QString &role) const;
    QStringList missingRequired() const { return m_missing; }
    int headerSize() const { return m_headerSize; }
    // The header's original names with the role each feeds (empty: not used).
    QVector<ImportContext::Column> describe() const;
    // Normalised header names joined, to recognise the same layout again (mapping profiles).
    static QString signature(const Record &header);

private:
    QMultiHash<QString, int> m_allIndexes;
    QHash<QString, int> m_index;
    QStringList m_missing;
    QStringList m_header;
    QHash<int, QString> m_roleOf;
    QVector<int> m_specColumn;
    int m_headerSize = 0;
};

// Finds a table's header among the first records: the one that matches most specs
// (at least minMatches). Records before it are its preamble.
struct HeaderSearch {
    bool found = false;
    Record header;
    QVector<Record> preamble;
};
HeaderSearch findHeader(PeekableStream &stream, const QVector<ColumnSpec> &specs, int minMatches, int maxRows = 40);

// A table's header and its columns, as openTable() found them.
struct OpenedTable {
    HeaderSearch search;
    ColumnMap map;
};
// Finds a table's header (findHeader), maps its columns and lists them in the context.
// Returns nothing, the import failed, when no header matches (with `notFound`, at line 1)
// or required columns are missing (at the header's line).
std::optional<OpenedTable> openTable(PeekableStream &stream, ImportContext &context, const QVector<ColumnSpec> &specs, int minMatches,
                                     const QString &notFound);
// "required column(s) missing: …" for a map that lacks some.
QString missingColumns(const ColumnMap &map);

// Rows shorter than the header: an error, or (Matomo writes a column that appears on a later
// day into the header but not into the earlier days' rows) cells that are empty.
enum class ShortRows { AreErrors, MissingCellsAreEmpty };

// Reads the table's next data row. A blank record ends the table (false). A row with more or
// fewer cells than the header cannot be read (ImportContext::skip: the import fails unless
// bad rows are skipped); cells beyond the header that are empty (Excel's padding) are
// tolerated, and so are missing cells at the end of the row with MissingCellsAreEmpty, and
// always at the end of a worksheet row (a workbook does not store empty cells).
bool nextDataRow(PeekableStream &stream, ImportContext &context, int headerSize, Record &row,
                 ShortRows shortRows = ShortRows::AreErrors);

} // namespace Beamline
