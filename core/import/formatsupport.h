// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "columnmap.h"
#include "values.h"

#include <core/domain/imported.h>

#include <QDate>
#include <QDateTime>
#include <QStringList>

#include <functional>
#include <optional>

namespace Beamline::FormatSupport {

// Text of posts and mentions.
QString unescapeHtml(const QString &text);
QStringList hashtags(const QString &text);
QStringList urls(const QString &text);
// Matomo puts a ' before cells starting with = + - @ so spreadsheets do not run them.
QString stripFormulaGuard(const QString &text);

// X/Twitter: creation time of a Snowflake id (ms since 1970), or nullopt.
std::optional<QDateTime> snowflakeTime(const QString &id);
// "https://twitter.com/examplelab/status/123" -> "examplelab"; status id likewise.
QString xHandleFromUrl(const QString &url);
QString xStatusIdFromUrl(const QString &url);
QString facebookPageFromUrl(const QString &url);
QString linkedInActivityId(const QString &link);
// Network of a mention from its domain or source name: x, facebook, instagram, linkedin,
// youtube, reddit, news, blog, forum, other.
QString networkOf(const QString &domainOrUrl, const QString &sourceHint = {});
QString hostOf(const QString &url);

// Dates in file names: "..._20170101_20170201_...", "Jan-01-2026_Jan-31-2026_...",
// "... - 2017-02-01.csv", "_2026-01-01_2026-01-31". Returns the range found (end may equal start).
struct FileDates {
    QDate first;
    QDate last;
    bool found() const { return first.isValid(); }
};
FileDates datesInName(const QString &name);

// Guesses the decimal separator from cells: "99,88%" or "1,15" (and no "1.15") means ','.
Values::NumberStyle guessNumberStyle(const QVector<Record> &rows, int fromColumn = 0);

// Converts a wall-clock value read in a zone (or with an explicit offset) to UTC.
QDateTime toUtc(const Values::DateTime &value, const QTimeZone &zone);

// Reads a numeric cell, warning (once per column) when it is not a number.
std::optional<double> numberCell(ImportContext &context, const Record &row, int column, const QString &columnName,
                                 Values::NumberStyle style = {});

// Reads the cell a spec matched, by the spec's kind and scale; warns on garbage.
std::optional<double> specValue(ImportContext &context, const Record &row, const ColumnMap &map, int specIndex,
                                const ColumnSpec &spec, Values::NumberStyle style = {});
// Sums every "metric:<key>" spec into the snapshot's canonical metrics and every
// "extra:<key>" spec into its extras. Several columns of one metric add up (X shares =
// Shares + Reposts).
void fillSnapshot(ImportContext &context, const Record &row, const ColumnMap &map, const QVector<ColumnSpec> &specs,
                  PostSnapshot &snapshot, Values::NumberStyle style = {});

// The one row loop of "a day and its figures" tables (X overview and daily activity,
// Facebook's legacy page export): each "daily:<key>" spec of a row becomes the daily value
// <key> of `channel` on the row's day, which `day` reads from the "day" column. A row whose
// day does not read is a bad row (ImportContext::skip); a blank row ends the table. False
// on a read error, when cancelled or when the import failed.
bool readDailyRows(PeekableStream &stream, ImportContext &context, const ColumnMap &map, const Record &header,
                   const QVector<ColumnSpec> &specs, qint64 channel, const std::function<Values::DateTime(const QString &)> &day);

// A stable id for a mention whose tool gives none (a digest of URL, time, author, text).
QString mentionDigest(const Mention &mention);

// A canonical key for a name ("Detail Expands" -> "detail_expands").
QString metricKey(const QString &name);

} // namespace Beamline::FormatSupport
