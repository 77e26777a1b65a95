// SPDX-License-Identifier: GPL-3.0-or-later
// Google Analytics 4 reports and explorations: a comment block with the property and the
// period, then one or more tables. See shared/formats/README.md §7.

#include "gaterms.h"
#include "webformats.h"

#include <core/import/formatsupport.h>

#include <QRegularExpression>
#include <QTimeZone>

namespace Beamline::WebFormats {

namespace {

using namespace FormatSupport;
using namespace GaTerms;

class GoogleAnalytics4 final : public ImportFormat
{
public:
    QString id() const override { return QStringLiteral("ga4"); }
    QString displayName() const override { return FormatMessages::tr("Google Analytics 4 report"); }

    int detect(const ProbeInfo &probe) const override
    {
        bool start = false, property = false, range = false;
        for (const Record &r : probe.records) {
            const QString line = r.fields.join(QLatin1Char(' ')).trimmed();
            if (!line.startsWith(QLatin1Char('#')))
                continue;
            if (startDate.match(line).hasMatch())
                start = true;
            if (propertyRe.match(line).hasMatch())
                property = true;
            if (rangeRe.match(line).hasMatch())
                range = true;
        }
        if (start)
            return property ? 92 : 75;
        // An exploration: "# 20241122-20260120" and GA4's column names.
        const Record *header = headerAfterComments(probe);
        return range && header && hasGa4Metrics(*header) ? 92 : 0;
    }

    bool read(PeekableStream &stream, ImportContext &ctx) const override
    {
        QStringList comments = readComments(stream);
        QDate start, end;
        QString property, title;
        auto scan = [&](const QStringList &lines) {
            for (const QString &c : lines) {
                const QString line = QLatin1Char('#') + c;
                if (const auto m = startDate.match(line); m.hasMatch())
                    start = QDate::fromString(m.captured(1), QStringLiteral("yyyyMMdd"));
                else if (const auto m2 = endDate.match(line); m2.hasMatch())
                    end = QDate::fromString(m2.captured(1), QStringLiteral("yyyyMMdd"));
                else if (const auto m4 = rangeRe.match(line); m4.hasMatch()) {
                    start = QDate::fromString(m4.captured(1), QStringLiteral("yyyyMMdd"));
                    end = QDate::fromString(m4.captured(2), QStringLiteral("yyyyMMdd"));
                } else if (const auto m3 = propertyRe.match(line); m3.hasMatch())
                    property = m3.captured(1).trimmed();
                else if (title.isEmpty() && !c.startsWith(QLatin1String("---")) && !c.isEmpty()
                         && !c.contains(QLatin1String("Account")) && !c.contains(QLatin1String("Compte")))
                    title = c;
            }
        };
        scan(comments);
        if (property.isEmpty()) {
            // An exploration: "# <property>", "# <exploration>", "# 20241122-20260120".
            QStringList text;
            for (const QString &c : std::as_const(comments)) {
                if (!c.isEmpty() && !c.startsWith(QLatin1String("---")) && !rangeRe.match(QLatin1Char('#') + c).hasMatch())
                    text.append(c);
            }
            if (text.size() >= 2) {
                property = text.at(0);
                title = text.at(1);
            }
        }
        if (!start.isValid() || !end.isValid()) {
            ctx.fail(1, 1,
                     FormatMessages::tr(
                         "the start and end dates (# Start date: / # End date:) are missing from the report's header block"));
            return false;
        }
        ctx.metadata.insert(QStringLiteral("report"), title);
        ctx.metadata.insert(QStringLiteral("property"), property);
        ctx.setPeriod(start, end);
        ctx.capturedAt = QDateTime(end.addDays(1), QTime(0, 0), QTimeZone::utc());
        const qint64 source
            = ctx.sink().webSource(QStringLiteral("ga4"), property.isEmpty() ? QStringLiteral("Google Analytics 4") : property);

        bool first = true;
        Record header;
        while (stream.next(header)) {
            if (header.isBlank())
                continue;
            if (header.fields.value(0).trimmed().startsWith(QLatin1Char('#'))) {
                stream.unread(header);
                comments = readComments(stream);
                continue;
            }
            if (!first && ColumnMap::normalise(header.fields.value(0)) == QLatin1String("date")) {
                if (!readDayTable(stream, ctx, header, source, ga4Metrics(), guessNumberStyle({}, 0), std::nullopt))
                    return false;
                continue;
            }
            if (!readTable(stream, ctx, header, source, start, end))
                return false;
            first = false;
        }
        return !stream.error().isError();
    }

private:
    bool readTable(PeekableStream &stream, ImportContext &ctx, const Record &header, qint64 source, QDate start, QDate end) const
    {
        WebTable table;
        setUpDimensions(table, header, ga4Metrics());
        ctx.metadata.insert(QStringLiteral("breakdown"), table.report);
        ctx.columns += table.map.describe();
        stream.fill(40);
        QVector<Record> sample;
        for (qsizetype i = 0; i < stream.buffered(); ++i)
            sample.append(stream.peek(i));
        table.style = ctx.probe().delimiter == QLatin1Char(';') ? Values::NumberStyle { QLatin1Char(',') }
                                                                : guessNumberStyle(sample, table.dimensions);
        // An exploration starts with its grand total: empty dimensions and one cell more than
        // the header, "Grand total".
        qint64 grandTotalLine = 0;
        Record record;
        if (stream.next(record)) {
            if (record.fields.size() == table.map.headerSize() + 1 && isTotalsLabel(record.fields.constLast())) {
                record.fields.removeLast();
                grandTotalLine = record.line;
            }
            stream.unread(record);
        }
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
            fillWebRow(ctx, record, table, row);
            const auto [dimension, dimension2] = dimensionsOf(record, table);
            if (record.line == grandTotalLine || isTotalsLabel(dimension) || isTotalsLabel(record.fields.value(0))) {
                // The grand total: the site's figures for the report's period.
                table.totalsSessions = row.value(WebMetric::Sessions);
                table.totalsLine = record.line;
                row.report = QStringLiteral("site");
                ctx.count(ctx.sink().web(row));
                continue;
            }
            row.dimension = dimension;
            row.dimension2 = dimension2;
            if (!rowDay(record, table, row, ctx))
                continue;
            if (table.report == QLatin1String("site")) {
                const Values::DateTime day = Values::dateTime(dimension, Values::DateLayout::Compact);
                if (day.ok()) {
                    row.periodStart = row.periodEnd = day.date;
                    row.dimension.clear();
                }
            }
            table.sessionsSum += row.value(WebMetric::Sessions).value_or(0);
            ctx.count(ctx.sink().web(row));
        }
        crossCheckTotals(ctx, table);
        return true;
    }

    const QRegularExpression startDate { QStringLiteral(
        "^#\\s*(?:Start date|Date de début|Startdatum|Fecha de inicio|Data di inizio|시작일)\\s*:\\s*(\\d{8})") };
    const QRegularExpression endDate { QStringLiteral(
        "^#\\s*(?:End date|Date de fin|Enddatum|Fecha de finalización|Data di fine|종료일)\\s*:\\s*(\\d{8})") };
    const QRegularExpression propertyRe { QStringLiteral(
        "^#\\s*(?:Property|Propriété|Property-Name|Propiedad|Proprietà|속성)\\s*:\\s*(.*)$") };
    const QRegularExpression rangeRe { QStringLiteral("^#\\s*(\\d{8})-(\\d{8})\\s*$") };
};

} // namespace

std::unique_ptr<ImportFormat> makeGoogleAnalytics4()
{
    return std::make_unique<GoogleAnalytics4>();
}

} // namespace Beamline::WebFormats
