// SPDX-License-Identifier: GPL-3.0-or-later
// Google Analytics (Universal Analytics) reports in their UI languages: a comment block, the
// report's table with its totals row, and a Day Index. See shared/formats/README.md §6.

#include "gaterms.h"
#include "webformats.h"

#include <core/import/formatsupport.h>

#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

namespace Beamline::WebFormats {

namespace {

using namespace FormatSupport;
using namespace GaTerms;

// --- Universal Analytics -------------------------------------------------------------------

class GoogleAnalyticsUniversal final : public ImportFormat
{
public:
    QString id() const override { return QStringLiteral("ga-universal"); }
    QString displayName() const override { return FormatMessages::tr("Google Analytics (Universal Analytics) report"); }

    int detect(const ProbeInfo &probe) const override
    {
        static const QRegularExpression range(QStringLiteral("^#\\s*\\d{8}-\\d{8}"));
        if (const Record *header = headerAfterComments(probe); header && hasGa4Metrics(*header))
            return 0; // a GA4 exploration
        int comments = 0, rules = 0;
        for (const Record &r : probe.records) {
            const QString first = r.fields.value(0).trimmed();
            if (!first.startsWith(QLatin1Char('#')))
                break;
            ++comments;
            if (range.match(first).hasMatch())
                return comments <= 5 ? 90 : 80;
            if (first.startsWith(QLatin1String("# ---")))
                ++rules;
        }
        // The block between its "# ----" rules without a date range (cut out before the file
        // was shared): still GA's, when the table's columns are; its period is then asked for.
        const Record *header = headerAfterComments(probe);
        if (rules == 2 && comments <= 6 && header && ColumnMap::matches(*header, uaMetrics()) > 0)
            return 70;
        return 0;
    }

    bool read(PeekableStream &stream, ImportContext &ctx) const override
    {
        const QStringList comments = readComments(stream);
        QDate start, end;
        QString view;
        if (!readHeaderBlock(comments, ctx, view, start, end))
            return false;
        const qint64 source = ctx.sink().webSource(QStringLiteral("ga"), view);

        Record header;
        if (!stream.next(header)) {
            ctx.fail(comments.size() + 1, 1, FormatMessages::tr("the report has no table"));
            return false;
        }
        // The UI language decides the column names, the numbers ("2.546" is two thousand
        // five hundred and forty-six in Dutch) and how the Day Index writes its days.
        const int language = uaLanguage(header);
        ctx.metadata.insert(QStringLiteral("language"), gaLanguages().at(language));
        WebTable table;
        setUpDimensions(table, header, uaMetrics());
        table.specs = table.specs.mid(0, table.dimensions) + uaMetrics(language);
        table.map.resolve(header, table.specs);
        ctx.metadata.insert(QStringLiteral("breakdown"), table.report);
        ctx.columns = table.map.describe();
        stream.fill(40);
        QVector<Record> sample;
        for (qsizetype i = 0; i < stream.buffered(); ++i)
            sample.append(stream.peek(i));
        table.style = language > 0 ? Values::NumberStyle { QLatin1Char(',') } : guessNumberStyle(sample, table.dimensions);
        // A report on a dimension Beamline does not read (Browser, Country…): its rows are left
        // out, its totals row and its Day Index are the site's figures all the same.
        const bool rowsRead = !table.report.startsWith(QLatin1String("other:"));
        if (!rowsRead) {
            ctx.warn(
                header.line,
                FormatMessages::tr("a %1 report; Beamline reads traffic sources, landing pages, pages and the Day Index, so its "
                                   "rows were left out (its totals and Day Index give the site's figures)")
                    .arg(unusedReportName(header, table.dimensions)));
        }

        Record record;
        while (nextDataRow(stream, ctx, table.map.headerSize(), record)) {
            ++ctx.rowsRead;
            if (!ctx.keepGoing(stream))
                return false;
            WebTrafficRow row;
            row.sourceId = source;
            row.report = table.report;
            row.periodStart = start;
            row.periodEnd = end;
            row.sourceLine = record.line;
            const bool estimatedPageviews = fillWebRow(ctx, record, table, row);
            const auto [dimension, dimension2] = dimensionsOf(record, table);
            if (dimension.isEmpty() && dimension2.isEmpty()) {
                // The totals row (its dimension cells are empty): the site's figures for the
                // report's period, visitors included, which no sum of rows gives. Estimated
                // pageviews are left to a Pages report's count (or the rows' sum).
                table.totalsSessions = row.value(WebMetric::Sessions);
                table.totalsLine = record.line;
                row.report = QStringLiteral("site");
                if (estimatedPageviews)
                    row.set(WebMetric::Pageviews, std::nullopt);
                ctx.count(ctx.sink().web(row));
                continue;
            }
            if (!rowsRead)
                continue;
            row.dimension = dimension;
            row.dimension2 = dimension2;
            if (!rowDay(record, table, row, ctx))
                continue;
            if (table.report == QLatin1String("site")) {
                // (clang 14 does not capture a structured binding in a lambda: name it first.)
                const QString &dayText = dimension;
                const Values::DateTime dt = language > 0 ? dayFirstDate(dayText) : [&dayText] {
                    const auto layout = Values::detectLayout({ dayText });
                    return layout ? Values::dateTime(dayText, *layout) : Values::DateTime {};
                }();
                if (dt.ok()) {
                    row.periodStart = row.periodEnd = dt.date;
                    row.dimension.clear();
                }
            }
            table.sessionsSum += row.value(WebMetric::Sessions).value_or(0);
            ctx.count(ctx.sink().web(row));
        }
        if (rowsRead)
            crossCheckTotals(ctx, table);

        // A second table: the sessions by day ("Day Index") or by hour.
        return readSecondTables(stream, ctx, source, language, table);
    }

    QStringList languages() const override { return gaLanguages(); }

private:
    // The view, the report and the period of the comment block, into the import's metadata.
    // Without a date range the period is the one the user gave; without either the import
    // fails asking for it (false).
    static bool readHeaderBlock(const QStringList &comments, ImportContext &ctx, QString &view, QDate &start, QDate &end)
    {
        static const QRegularExpression rangeRe(QStringLiteral("^(\\d{8})-(\\d{8})"));
        QString report;
        QStringList textLines;
        for (const QString &c : comments) {
            if (c.startsWith(QLatin1String("---")) || c.isEmpty())
                continue;
            const auto m = rangeRe.match(c);
            if (m.hasMatch()) {
                start = QDate::fromString(m.captured(1), QStringLiteral("yyyyMMdd"));
                end = QDate::fromString(m.captured(2), QStringLiteral("yyyyMMdd"));
            } else {
                textLines.append(c);
            }
        }
        view = textLines.value(0, QStringLiteral("Google Analytics"));
        report = textLines.value(1);
        if (!start.isValid() || !end.isValid()) {
            start = ctx.givenPeriodStart;
            end = ctx.givenPeriodEnd;
        }
        if (!start.isValid() || !end.isValid() || end < start) {
            ctx.failNeedsPeriod(
                1,
                FormatMessages::tr("the date range line (# YYYYMMDD-YYYYMMDD) is missing from the report's header block: "
                                   "give its period in the import preview (on the command line: --period FROM..TO)"));
            return false;
        }
        ctx.metadata.insert(QStringLiteral("view"), view);
        ctx.metadata.insert(QStringLiteral("report"), report);
        ctx.setPeriod(start, end);
        ctx.capturedAt = QDateTime(end.addDays(1), QTime(0, 0), QTimeZone::utc());
        return true;
    }

    // The tables under the report: its sessions by day ("Day Index") are read, by hour are not.
    static bool readSecondTables(PeekableStream &stream, ImportContext &ctx, qint64 source, int language, const WebTable &table)
    {
        Record next;
        while (stream.next(next)) {
            if (next.isBlank())
                continue;
            const QString second = secondTableOf(next.fields.value(0));
            if (second == QLatin1String("day")) {
                if (!readDayTable(stream, ctx, next, source, uaMetrics(language), table.style, table.totalsSessions,
                                  language > 0 ? DayOrder::DayFirst : DayOrder::Detect))
                    return false;
            } else if (!second.isEmpty()) {
                ctx.warn(next.line, FormatMessages::tr("the sessions-by-hour table was not imported (Beamline keeps days)"));
                skipTable(stream);
            } else {
                ctx.warn(
                    next.line,
                    FormatMessages::tr("an unknown second table starting with “%1” was not imported").arg(next.fields.value(0)));
                skipTable(stream);
            }
        }
        return !stream.error().isError();
    }
};

} // namespace

std::unique_ptr<ImportFormat> makeGoogleAnalyticsUniversal()
{
    return std::make_unique<GoogleAnalyticsUniversal>();
}

} // namespace Beamline::WebFormats
