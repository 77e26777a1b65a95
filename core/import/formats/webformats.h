// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/import/formatsupport.h>
#include <core/import/importformat.h>

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>
#include <optional>
#include <utility>

// What the web analytics formats (Google Analytics, GA4, Matomo) share: the table a report's
// rows are read through, the helper roles turned into metrics, and the reading of Google
// Analytics' comment blocks and day tables. Internal to core/import/formats.
namespace Beamline::WebFormats {

// Web metric roles: "web:<WebMetric key>", plus helpers that are turned into metrics.
inline const QString PagesPerSession = QStringLiteral("derived:pages_per_session");
inline const QString BounceCount = QStringLiteral("derived:bounces");
inline const QString TotalSeconds = QStringLiteral("derived:total_seconds");
inline const QString EngagementRate = QStringLiteral("derived:engagement_rate");
inline const QString Ignored = QStringLiteral("ignored");

// A report's table: its dimensions, its columns, and the sessions of its rows and totals row.
struct WebTable {
    QString report;
    int dimensions = 1;
    int dateColumn = -1; // a "Date" dimension next to another one: rows are days
    ColumnMap map;
    QVector<ColumnSpec> specs;
    Values::NumberStyle style;
    double sessionsSum = 0;
    std::optional<double> totalsSessions;
    qint64 totalsLine = 0;
};

// Fills a web row from a data record through a table's specs, turning counts and
// per-session helpers into the canonical weighted measures. Returns whether the pageviews
// were estimated from pages per session (rounded: a report's own count is better).
bool fillWebRow(ImportContext &ctx, const Record &record, WebTable &table, WebTrafficRow &row);

// Passes over the rest of a table (up to a blank line) that is not read.
void skipTable(PeekableStream &stream);

// Which breakdown a report is, from its first dimension column (GA and GA4 names, any language).
QString reportOf(const QString &dimension);

// Sets up a table's dimensions from its header. A date among several dimensions (GA4's
// "Session source / medium" + "Date") makes each row cover its own day.
void setUpDimensions(WebTable &table, const Record &header, const QVector<ColumnSpec> &metrics);

// The dimension texts of a row, without the date column.
std::pair<QString, QString> dimensionsOf(const Record &record, const WebTable &table);

// "Grand total", "Totals", "Gesamtsumme"…: the label of a totals row.
bool isTotalsLabel(const QString &label);

// Warns when a breakdown that partitions the sessions does not add up to its totals row.
void crossCheckTotals(ImportContext &ctx, const WebTable &table);

// A row with its own date column covers that day (inside the report's period). False when
// the row was skipped.
bool rowDay(const Record &record, const WebTable &table, WebTrafficRow &row, ImportContext &ctx);

// "17-09-14" (Dutch), "14.09.17", "14/09/2017": a Day Index written day first, as Google
// Analytics does in every UI language but English.
Values::DateTime dayFirstDate(const QString &text);

// How the days of a day table are written: detected from the column (English: M/D/YY), or
// day first.
enum class DayOrder { Detect, DayFirst };

// Reads a "date + sessions" table (GA day index, GA4 second table) into the site's time series.
bool readDayTable(PeekableStream &stream, ImportContext &ctx, const Record &header, qint64 source,
                  const QVector<ColumnSpec> &metrics, Values::NumberStyle style, std::optional<double> expectedSessions,
                  DayOrder order = DayOrder::Detect);

// The first record after a Google Analytics comment block: the table's header.
const Record *headerAfterComments(const ProbeInfo &probe);

// Column names that only GA4 writes ("Total users", "Key events"...): a GA4 exploration has
// the same comment block as a Universal Analytics report.
bool hasGa4Metrics(const Record &header);

// Reads the comment block of a Google Analytics export.
QStringList readComments(PeekableStream &stream);

// The formats, one file each.
std::unique_ptr<ImportFormat> makeGoogleAnalyticsUniversal();
std::unique_ptr<ImportFormat> makeGoogleAnalytics4();
std::unique_ptr<ImportFormat> makeMatomo();
std::unique_ptr<ImportFormat> makeMatomoScheduledReport();

} // namespace Beamline::WebFormats
