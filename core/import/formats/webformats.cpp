// SPDX-License-Identifier: GPL-3.0-or-later
// Web analytics exports: Google Analytics (Universal Analytics), Google Analytics 4 and
// Matomo. See shared/formats/README.md §6-8 and docs/metrics.md. This file holds what the
// formats share; each format is in its own file (gauniversalformat.cpp, ga4format.cpp,
// matomoformats.cpp), their words in gaterms.cpp and matomoterms.cpp.

#include "webformats.h"

#include "formats.h"
#include "gaterms.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Beamline {

namespace WebFormats {

using Kind = ColumnSpec::Kind;
using namespace FormatSupport;

namespace {

// The leading header cells that are not metrics are the dimensions.
int dimensionCount(const Record &header, const QVector<ColumnSpec> &metrics)
{
    int n = 0;
    for (const QString &cell : header.fields) {
        if (ColumnMap::matches(Record { { cell }, 0 }, metrics) > 0)
            break;
        ++n;
    }
    return qMax(1, n);
}

void setMetric(WebTrafficRow &row, const QString &key, std::optional<double> value)
{
    if (const auto m = MetricKeys::webMetricFromKey(key))
        row.set(*m, value);
}

bool isDateHeader(const QString &header)
{
    static const QStringList names
        = { QStringLiteral("date"), QStringLiteral("day"),   QStringLiteral("datum"), QStringLiteral("jour"),
            QStringLiteral("dag"),  QStringLiteral("fecha"), QStringLiteral("data") };
    return names.contains(ColumnMap::normalise(header));
}

} // namespace

// Fills a web row from a data record through a table's specs, turning counts and
// per-session helpers into the canonical weighted measures. Returns whether the pageviews
// were estimated from pages per session (rounded: a report's own count is better).
bool fillWebRow(ImportContext &ctx, const Record &record, WebTable &table, WebTrafficRow &row)
{
    bool estimated = false;
    std::optional<double> pagesPerSession, bounces, totalSeconds, engagementRate;
    for (int i = 0; i < table.specs.size(); ++i) {
        const ColumnSpec &spec = table.specs.at(i);
        if (spec.role == Ignored || table.map.specColumn(i) < 0)
            continue;
        const auto v = specValue(ctx, record, table.map, i, spec, table.style);
        if (spec.role == PagesPerSession)
            pagesPerSession = v;
        else if (spec.role == BounceCount)
            bounces = v;
        else if (spec.role == TotalSeconds)
            totalSeconds = v;
        else if (spec.role == EngagementRate)
            engagementRate = v;
        else if (spec.role.startsWith(QLatin1String("web:")))
            setMetric(row, spec.role.mid(4), v);
    }
    // A landing page's entrances are its sessions (Matomo's Entry pages give only those).
    if (table.report == QLatin1String("landing_page") && !row.value(WebMetric::Sessions) && row.value(WebMetric::Entrances))
        row.set(WebMetric::Sessions, row.value(WebMetric::Entrances));
    // Counts give exact rates; the rounded rates and formatted durations of the same rows
    // ("56%", "5 min 13s") are only used when there are no counts.
    const auto sessions = row.value(WebMetric::Sessions);
    if (sessions && *sessions > 0) {
        if (pagesPerSession && !row.value(WebMetric::Pageviews)) {
            row.set(WebMetric::Pageviews, std::round(*pagesPerSession * *sessions));
            estimated = true;
        }
        if (bounces)
            row.set(WebMetric::BounceRate, *bounces / *sessions);
        if (totalSeconds)
            row.set(WebMetric::AvgSessionSeconds, *totalSeconds / *sessions);
    }
    // GA4 defines bounce rate as the share of sessions that were not engaged.
    if (engagementRate && !row.value(WebMetric::BounceRate))
        row.set(WebMetric::BounceRate, 1.0 - *engagementRate);
    return estimated;
}

// Passes over the rest of a table (up to a blank line) that is not read.
void skipTable(PeekableStream &stream)
{
    Record record;
    while (stream.next(record) && !record.isBlank()) { }
}

// Which breakdown a report is, from its first dimension column.
QString reportOf(const QString &dimension)
{
    if (const QString report = GaTerms::dimensionReport(dimension); !report.isEmpty())
        return report;
    const QString d = ColumnMap::normalise(dimension);
    static const QHash<QString, QString> known = {
        { QStringLiteral("landing page"), QStringLiteral("landing_page") },
        { QStringLiteral("bestemmingspagina"), QStringLiteral("landing_page") },
        { QStringLiteral("landing page + query string"), QStringLiteral("landing_page") },
        { QStringLiteral("page de destination"), QStringLiteral("landing_page") },
        { QStringLiteral("source / medium"), QStringLiteral("source_medium") },
        { QStringLiteral("source/medium"), QStringLiteral("source_medium") },
        { QStringLiteral("bron/medium"), QStringLiteral("source_medium") },
        { QStringLiteral("bron / medium"), QStringLiteral("source_medium") },
        { QStringLiteral("session source / medium"), QStringLiteral("source_medium") },
        { QStringLiteral("source/support de la session"), QStringLiteral("source_medium") },
        { QStringLiteral("first user source / medium"), QStringLiteral("source_medium") },
        { QStringLiteral("source"), QStringLiteral("referrer") },
        { QStringLiteral("bron"), QStringLiteral("referrer") },
        { QStringLiteral("session source"), QStringLiteral("referrer") },
        { QStringLiteral("page"), QStringLiteral("page") },
        { QStringLiteral("pagina"), QStringLiteral("page") },
        { QStringLiteral("page path and screen class"), QStringLiteral("page") },
        { QStringLiteral("page title and screen class"), QStringLiteral("page_title") },
        { QStringLiteral("page path + query string"), QStringLiteral("page") },
        { QStringLiteral("page path"), QStringLiteral("page") },
        { QStringLiteral("page title"), QStringLiteral("page_title") },
        { QStringLiteral("default channel grouping"), QStringLiteral("channel_group") },
        { QStringLiteral("session default channel group"), QStringLiteral("channel_group") },
        { QStringLiteral("session primary channel group (default channel group)"), QStringLiteral("channel_group") },
        { QStringLiteral("first user primary channel group (default channel group)"),
          QStringLiteral("channel_group_first_user") },
        { QStringLiteral("groupe de canaux principal de la session (groupe de canaux par défaut)"),
          QStringLiteral("channel_group") },
        { QStringLiteral("date"), QStringLiteral("site") },
        { QStringLiteral("day"), QStringLiteral("site") },
        { QStringLiteral("datum"), QStringLiteral("site") },
    };
    const auto it = known.constFind(d);
    return it != known.constEnd() ? *it : QStringLiteral("other:") + metricKey(dimension);
}

// Sets up a table's dimensions from its header. A date among several dimensions (GA4's
// "Session source / medium" + "Date") makes each row cover its own day.
void setUpDimensions(WebTable &table, const Record &header, const QVector<ColumnSpec> &metrics)
{
    table.dimensions = dimensionCount(header, metrics);
    int report = 0;
    if (table.dimensions > 1) {
        for (int i = 0; i < table.dimensions; ++i) {
            if (isDateHeader(header.fields.at(i))) {
                table.dateColumn = i;
                break;
            }
        }
        if (table.dateColumn == 0)
            report = 1;
    }
    for (int i = 0; i < table.dimensions; ++i)
        table.specs.append({ QStringLiteral("dimension%1").arg(i + 1), { header.fields.at(i) }, false, Kind::Text });
    table.specs += metrics;
    table.map.resolve(header, table.specs);
    table.report = reportOf(header.fields.value(report));
}

// The dimension texts of a row, without the date column.
std::pair<QString, QString> dimensionsOf(const Record &record, const WebTable &table)
{
    QStringList parts;
    for (int i = 0; i < table.dimensions && i < record.fields.size(); ++i) {
        if (i != table.dateColumn)
            parts.append(stripFormulaGuard(record.fields.at(i).trimmed()));
    }
    const QString first = parts.value(0);
    parts.removeFirst();
    // A totals row leaves every dimension empty ("Browser,Browser Version,Operating System":
    // ",,,15524").
    if (std::all_of(parts.cbegin(), parts.cend(), [](const QString &p) { return p.isEmpty(); }))
        return { first, QString() };
    return { first, parts.join(QStringLiteral(" / ")) };
}

bool isTotalsLabel(const QString &label)
{
    static const QSet<QString> labels
        = { QStringLiteral("grand total"),   QStringLiteral("totals"),      QStringLiteral("total"),
            QStringLiteral("total général"), QStringLiteral("gesamtsumme"), QStringLiteral("totaal") };
    const QStringView t = QStringView(label).trimmed();
    if (t.isEmpty()
        || !(t.front() == QLatin1Char('G') || t.front() == QLatin1Char('T') || t.front() == QLatin1Char('g')
             || t.front() == QLatin1Char('t')))
        return false;
    return labels.contains(ColumnMap::normalise(label));
}

void crossCheckTotals(ImportContext &ctx, const WebTable &table)
{
    // Only a breakdown that partitions the sessions (every session has one source, one landing
    // page…) adds up to the total; a session visits several pages, and a keyword report leaves
    // out the sessions without one.
    static const QStringList partitions = { QStringLiteral("site"),          QStringLiteral("source_medium"),
                                            QStringLiteral("channel_group"), QStringLiteral("channel_group_first_user"),
                                            QStringLiteral("landing_page"),  QStringLiteral("referrer") };
    if (!partitions.contains(table.report))
        return;
    if (table.totalsSessions && qAbs(*table.totalsSessions - table.sessionsSum) > 0.5) {
        ctx.warn(
            table.totalsLine,
            FormatMessages::tr("the totals row says %1 sessions but the rows add up to %2 (the report may be sampled or cut off)")
                .arg(*table.totalsSessions, 0, 'f', 0)
                .arg(table.sessionsSum, 0, 'f', 0));
    }
}

// A row with its own date column covers that day (inside the report's period).
bool rowDay(const Record &record, const WebTable &table, WebTrafficRow &row, ImportContext &ctx)
{
    if (table.dateColumn < 0)
        return true;
    const QString text = record.fields.value(table.dateColumn).trimmed();
    Values::DateTime day = Values::dateTime(text, Values::DateLayout::Compact);
    if (!day.ok())
        day = Values::dateTime(text, Values::DateLayout::Iso);
    if (!day.ok()) {
        ctx.skip(record.line, table.dateColumn + 1,
                 QCoreApplication::translate("Beamline::ImportFormats", "column %1: “%2” is not a date")
                     .arg(table.dateColumn + 1)
                     .arg(text));
        return false;
    }
    row.periodStart = row.periodEnd = day.date;
    return true;
}

// "17-09-14" (Dutch), "14.09.17", "14/09/2017": a Day Index written day first, as Google
// Analytics does in every UI language but English.
Values::DateTime dayFirstDate(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,4})[-./](\\d{1,2})[-./](\\d{2,4})$"));
    Values::DateTime out;
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch()) {
        out.status = Values::Status::Invalid;
        return out;
    }
    int day = m.captured(1).toInt(), month = m.captured(2).toInt(), year = m.captured(3).toInt();
    if (m.captured(1).size() == 4)
        std::swap(day, year); // 2017-01-14
    if (year < 100)
        year += 2000;
    out.date = QDate(year, month, day);
    out.status = out.date.isValid() ? Values::Status::Ok : Values::Status::Invalid;
    return out;
}

// Reads a "date + sessions" table (GA day index, GA4 second table) into the site's time series.
bool readDayTable(PeekableStream &stream, ImportContext &ctx, const Record &header, qint64 source,
                  const QVector<ColumnSpec> &metrics, Values::NumberStyle style, std::optional<double> expectedSessions,
                  DayOrder order)
{
    WebTable table;
    table.specs = { { QStringLiteral("day"), { header.fields.value(0) }, true, Kind::Text } };
    table.specs += metrics;
    table.map.resolve(header, table.specs);
    table.style = style;
    ctx.columns += table.map.describe();
    // Buffer the rows: the day/month order of the whole column decides the date layout.
    QVector<Record> rows;
    Record record;
    while (nextDataRow(stream, ctx, table.map.headerSize(), record)) {
        if (!ctx.keepGoing(stream))
            return false;
        rows.append(record);
    }
    QStringList dates;
    for (const Record &r : std::as_const(rows)) {
        if (!r.fields.value(0).trimmed().isEmpty())
            dates.append(r.fields.value(0));
    }
    const std::optional<Values::DateLayout> layout = Values::detectLayout(dates);
    for (const Record &r : std::as_const(rows)) {
        ++ctx.rowsRead;
        const QString dayText = r.fields.value(0).trimmed();
        WebTrafficRow row;
        row.sourceId = source;
        row.report = QStringLiteral("site");
        fillWebRow(ctx, r, table, row);
        if (dayText.isEmpty()) {
            // The table's own total (the report's totals row holds the site's figures for the period).
            table.totalsSessions = row.value(WebMetric::Sessions);
            table.totalsLine = r.line;
            continue;
        }
        const Values::DateTime day = order == DayOrder::DayFirst ? dayFirstDate(dayText)
            : layout                                             ? Values::dateTime(dayText, *layout)
                                                                 : Values::DateTime {};
        if (!day.ok()) {
            ctx.skip(r.line, 1, FormatMessages::tr("column 1: “%1” is not a date").arg(dayText));
            continue;
        }
        row.periodStart = row.periodEnd = day.date;
        row.sourceLine = r.line;
        table.sessionsSum += row.value(WebMetric::Sessions).value_or(0);
        ctx.count(ctx.sink().web(row));
    }
    crossCheckTotals(ctx, table);
    if (expectedSessions && qAbs(*expectedSessions - table.sessionsSum) > 0.5 && !rows.isEmpty()) {
        ctx.warn(header.line,
                 FormatMessages::tr("the daily table adds up to %1 sessions but the report's total is %2")
                     .arg(table.sessionsSum, 0, 'f', 0)
                     .arg(*expectedSessions, 0, 'f', 0));
    }
    return true;
}

// The first record after a Google Analytics comment block: the table's header.
const Record *headerAfterComments(const ProbeInfo &probe)
{
    for (const Record &r : probe.records) {
        if (r.isBlank() || r.fields.value(0).trimmed().startsWith(QLatin1Char('#')))
            continue;
        return &r;
    }
    return nullptr;
}

// Column names that only GA4 writes ("Total users", "Key events"...): a GA4 exploration has
// the same comment block as a Universal Analytics report.
bool hasGa4Metrics(const Record &header)
{
    return ColumnMap::hasAny(header,
                             { QStringLiteral("Total users"), QStringLiteral("Active users"), QStringLiteral("Key events"),
                               QStringLiteral("Engaged sessions"), QStringLiteral("Event count"),
                               QStringLiteral("Engagement rate"), QStringLiteral("Views per session"),
                               QStringLiteral("Average engagement time per session") });
}

// Reads the comment block of a Google Analytics export.
QStringList readComments(PeekableStream &stream)
{
    QStringList comments;
    Record record;
    while (stream.next(record)) {
        const QString first = record.fields.value(0).trimmed();
        if (first.startsWith(QLatin1Char('#'))) {
            // Excel pads comment lines with commas: the text is the first cell.
            QString text = record.fields.join(QLatin1Char(',')).trimmed();
            while (text.endsWith(QLatin1Char(',')))
                text.chop(1);
            comments.append(text.mid(1).trimmed());
            continue;
        }
        if (record.isBlank())
            continue;
        stream.unread(record);
        break;
    }
    return comments;
}

} // namespace WebFormats

void addWebFormats(ImportFormats &formats)
{
    formats.push_back(WebFormats::makeGoogleAnalyticsUniversal());
    formats.push_back(WebFormats::makeGoogleAnalytics4());
    formats.push_back(WebFormats::makeMatomo());
    formats.push_back(WebFormats::makeMatomoScheduledReport());
}

} // namespace Beamline
