// SPDX-License-Identifier: GPL-3.0-or-later
// Web analytics exports: Google Analytics (Universal Analytics), Google Analytics 4 and
// Matomo. See shared/formats/README.md §6-8 and docs/metrics.md.

#include "formats.h"

#include <core/import/formatsupport.h>

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace Beamline {

namespace {

using Kind = ColumnSpec::Kind;
using namespace FormatSupport;

// Web metric roles: "web:<WebMetric key>", plus helpers that are turned into metrics.
const QString PagesPerSession = QStringLiteral("derived:pages_per_session");
const QString BounceCount = QStringLiteral("derived:bounces");
const QString TotalSeconds = QStringLiteral("derived:total_seconds");
const QString EngagementRate = QStringLiteral("derived:engagement_rate");
const QString Ignored = QStringLiteral("ignored");

const QVector<ColumnSpec> &uaMetrics()
{
    static const QVector<ColumnSpec> specs = {
        {QStringLiteral("web:sessions"), {QStringLiteral("Sessions"), QStringLiteral("Sessies"), QStringLiteral("Sitzungen")}},
        {QStringLiteral("web:users"), {QStringLiteral("Users"), QStringLiteral("Gebruikers"), QStringLiteral("Nutzer")}},
        {QStringLiteral("web:new_users"), {QStringLiteral("New Users"), QStringLiteral("Nieuwe gebruikers"), QStringLiteral("Neue Nutzer")}},
        {QStringLiteral("web:bounce_rate"), {QStringLiteral("Bounce Rate"), QStringLiteral("Bouncepercentage"), QStringLiteral("Absprungrate")}, false, Kind::PercentString},
        {PagesPerSession, {QStringLiteral("Pages / Session"), QStringLiteral("Pages/Session"), QStringLiteral("Pagina's/sessie"),
                           QStringLiteral("Pagina's / sessie"), QStringLiteral("Seiten/Sitzung")}},
        {QStringLiteral("web:avg_session_seconds"), {QStringLiteral("Avg. Session Duration"), QStringLiteral("Gem. sessieduur"),
                                                     QStringLiteral("Durchschnittl. Sitzungsdauer")}, false, Kind::Duration},
        {QStringLiteral("web:pageviews"), {QStringLiteral("Pageviews"), QStringLiteral("Paginaweergaven"), QStringLiteral("Seitenaufrufe")}},
        {QStringLiteral("web:unique_pageviews"), {QStringLiteral("Unique Pageviews"), QStringLiteral("Unieke paginaweergaven")}},
        {QStringLiteral("web:avg_time_on_page_seconds"), {QStringLiteral("Avg. Time on Page"), QStringLiteral("Gem. tijd op pagina")}, false, Kind::Duration},
        {QStringLiteral("web:entrances"), {QStringLiteral("Entrances"), QStringLiteral("Instappen"), QStringLiteral("Einstiege")}},
        {QStringLiteral("web:exit_rate"), {QStringLiteral("% Exit"), QStringLiteral("% Uitstappen"), QStringLiteral("% Ausstiege")}, false, Kind::PercentString},
        {QStringLiteral("web:exits"), {QStringLiteral("Exits"), QStringLiteral("Uitstappen"), QStringLiteral("Ausstiege")}},
        {QStringLiteral("web:conversions"), {QStringLiteral("Goal Completions"), QStringLiteral("Behaalde doelen"), QStringLiteral("Abschlüsse für Ziele")}},
        {Ignored, {QStringLiteral("% New Sessions"), QStringLiteral("% nieuwe sessies"), QStringLiteral("Goal Conversion Rate"),
                   QStringLiteral("Doelconversieratio"), QStringLiteral("Goal Value"), QStringLiteral("Doelwaarde"), QStringLiteral("Page Value")}},
    };
    return specs;
}

const QVector<ColumnSpec> &ga4Metrics()
{
    static const QVector<ColumnSpec> specs = {
        {QStringLiteral("web:sessions"), {QStringLiteral("Sessions")}},
        {QStringLiteral("web:users"), {QStringLiteral("Total users"), QStringLiteral("Active users"), QStringLiteral("Users"),
                                       QStringLiteral("Utilisateurs actifs"), QStringLiteral("Nombre total d'utilisateurs"), QStringLiteral("Aktive Nutzer")}},
        {QStringLiteral("web:new_users"), {QStringLiteral("New users"), QStringLiteral("Nouveaux utilisateurs"), QStringLiteral("Neue Nutzer")}},
        {QStringLiteral("web:engaged_sessions"), {QStringLiteral("Engaged sessions"), QStringLiteral("Sessions avec engagement"), QStringLiteral("Sitzungen mit Interaktionen")}},
        {EngagementRate, {QStringLiteral("Engagement rate"), QStringLiteral("Taux d'engagement"), QStringLiteral("Engagement-Rate")}, false, Kind::Fraction},
        {QStringLiteral("web:bounce_rate"), {QStringLiteral("Bounce rate"), QStringLiteral("Taux de rebond"), QStringLiteral("Absprungrate")}, false, Kind::Fraction},
        {QStringLiteral("web:avg_session_seconds"), {QStringLiteral("Average engagement time per session"), QStringLiteral("Durée d'engagement moyenne par session"),
                                                     QStringLiteral("Average session duration")}, false, Kind::Duration},
        {QStringLiteral("web:pageviews"), {QStringLiteral("Views"), QStringLiteral("Vues"), QStringLiteral("Aufrufe")}},
        {QStringLiteral("web:conversions"), {QStringLiteral("Key events"), QStringLiteral("Conversions"), QStringLiteral("Événements clés"), QStringLiteral("Schlüsselereignisse")}},
        {QStringLiteral("web:actions"), {QStringLiteral("Event count"), QStringLiteral("Nombre d'événements"), QStringLiteral("Ereignisanzahl")}},
        {QStringLiteral("web:exits"), {QStringLiteral("Exits"), QStringLiteral("Sorties"), QStringLiteral("Ausstiege")}},
        {Ignored, {QStringLiteral("Events per session"), QStringLiteral("Session key event rate"), QStringLiteral("User key event rate"),
                   QStringLiteral("Total revenue"), QStringLiteral("Average engagement time per active user"),
                   QStringLiteral("Engaged sessions per active user"), QStringLiteral("Revenus totaux")}},
    };
    return specs;
}

const QVector<ColumnSpec> &matomoMetrics()
{
    static const QVector<ColumnSpec> specs = {
        {QStringLiteral("web:sessions"), {QStringLiteral("Visits"), QStringLiteral("nb_visits"), QStringLiteral("Besuche"), QStringLiteral("Visites")}},
        {QStringLiteral("web:users"), {QStringLiteral("Unique visitors"), QStringLiteral("nb_uniq_visitors"), QStringLiteral("Eindeutige Besucher"),
                                       QStringLiteral("Visiteurs uniques"), QStringLiteral("Unique visitors (daily sum)")}},
        {QStringLiteral("web:actions"), {QStringLiteral("Actions"), QStringLiteral("nb_actions"), QStringLiteral("Aktionen")}},
        {BounceCount, {QStringLiteral("Bounces"), QStringLiteral("bounce_count"), QStringLiteral("Absprünge"), QStringLiteral("Rebonds")}},
        {TotalSeconds, {QStringLiteral("Total time spent by visitors (in seconds)"), QStringLiteral("sum_visit_length"),
                        QStringLiteral("Von Besuchern verbrachte Gesamtzeit (in Sekunden)")}, false, Kind::Duration},
        {QStringLiteral("web:bounce_rate"), {QStringLiteral("Bounce Rate"), QStringLiteral("bounce_rate"), QStringLiteral("Absprungsrate"),
                                             QStringLiteral("Taux de rebond")}, false, Kind::PercentString},
        {QStringLiteral("web:avg_session_seconds"), {QStringLiteral("Avg. Visit Duration (in seconds)"), QStringLiteral("avg_time_on_site"),
                                                     QStringLiteral("Durchschn. Besuchszeit (in Sekunden)")}, false, Kind::Duration},
        {QStringLiteral("web:conversions"), {QStringLiteral("Conversions"), QStringLiteral("nb_conversions"), QStringLiteral("Konversionen")}},
        {QStringLiteral("web:pageviews"), {QStringLiteral("Pageviews"), QStringLiteral("nb_hits"), QStringLiteral("Seitenansichten")}},
        {QStringLiteral("web:unique_pageviews"), {QStringLiteral("Unique Pageviews"), QStringLiteral("sum_daily_nb_uniq_visitors")}},
        {QStringLiteral("web:exits"), {QStringLiteral("Exits"), QStringLiteral("exit_nb_visits"), QStringLiteral("Ausstiege")}},
        {QStringLiteral("web:exit_rate"), {QStringLiteral("Exit rate"), QStringLiteral("exit_rate"), QStringLiteral("Ausstiegsrate")}, false, Kind::PercentString},
        {QStringLiteral("web:entrances"), {QStringLiteral("Entrances"), QStringLiteral("entry_nb_visits"), QStringLiteral("Einstiege")}},
        {QStringLiteral("web:avg_time_on_page_seconds"), {QStringLiteral("Avg. time on page"), QStringLiteral("avg_time_on_page")}, false, Kind::Duration},
        {Ignored, {QStringLiteral("Maximum actions in one visit"), QStringLiteral("max_actions"), QStringLiteral("Actions per Visit"),
                   QStringLiteral("nb_actions_per_visit"), QStringLiteral("Visits with Conversions"), QStringLiteral("nb_visits_converted"),
                   QStringLiteral("Users"), QStringLiteral("nb_users"), QStringLiteral("Benutzer"), QStringLiteral("Revenue"),
                   QStringLiteral("Maximale Aktionen pro Besuch"), QStringLiteral("Aktionen pro Besuch"), QStringLiteral("Besuche mit Konversionen"),
                   QStringLiteral("Users (daily sum)")}},
    };
    return specs;
}

// Which breakdown a report is, from its first dimension column.
QString reportOf(const QString &dimension)
{
    const QString d = ColumnMap::normalise(dimension);
    static const QHash<QString, QString> known = {
        {QStringLiteral("landing page"), QStringLiteral("landing_page")}, {QStringLiteral("bestemmingspagina"), QStringLiteral("landing_page")},
        {QStringLiteral("landing page + query string"), QStringLiteral("landing_page")}, {QStringLiteral("page de destination"), QStringLiteral("landing_page")},
        {QStringLiteral("source / medium"), QStringLiteral("source_medium")}, {QStringLiteral("source/medium"), QStringLiteral("source_medium")},
        {QStringLiteral("bron/medium"), QStringLiteral("source_medium")}, {QStringLiteral("bron / medium"), QStringLiteral("source_medium")},
        {QStringLiteral("session source / medium"), QStringLiteral("source_medium")}, {QStringLiteral("source/support de la session"), QStringLiteral("source_medium")},
        {QStringLiteral("first user source / medium"), QStringLiteral("source_medium")},
        {QStringLiteral("source"), QStringLiteral("referrer")}, {QStringLiteral("bron"), QStringLiteral("referrer")},
        {QStringLiteral("session source"), QStringLiteral("referrer")},
        {QStringLiteral("page"), QStringLiteral("page")}, {QStringLiteral("pagina"), QStringLiteral("page")},
        {QStringLiteral("page path and screen class"), QStringLiteral("page")}, {QStringLiteral("page title and screen class"), QStringLiteral("page_title")},
        {QStringLiteral("page path + query string"), QStringLiteral("page")}, {QStringLiteral("page path"), QStringLiteral("page")},
        {QStringLiteral("page title"), QStringLiteral("page_title")},
        {QStringLiteral("default channel grouping"), QStringLiteral("channel_group")}, {QStringLiteral("session default channel group"), QStringLiteral("channel_group")},
        {QStringLiteral("session primary channel group (default channel group)"), QStringLiteral("channel_group")},
        {QStringLiteral("first user primary channel group (default channel group)"), QStringLiteral("channel_group_first_user")},
        {QStringLiteral("groupe de canaux principal de la session (groupe de canaux par défaut)"), QStringLiteral("channel_group")},
        {QStringLiteral("date"), QStringLiteral("site")}, {QStringLiteral("day"), QStringLiteral("site")},
        {QStringLiteral("datum"), QStringLiteral("site")},
    };
    const auto it = known.constFind(d);
    return it != known.constEnd() ? *it : QStringLiteral("other:") + metricKey(dimension);
}

// The leading header cells that are not metrics are the dimensions.
int dimensionCount(const Record &header, const QVector<ColumnSpec> &metrics)
{
    int n = 0;
    for (const QString &cell : header.fields) {
        if (ColumnMap::matches(Record{{cell}, 0}, metrics) > 0)
            break;
        ++n;
    }
    return qMax(1, n);
}

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

void setMetric(WebTrafficRow &row, const QString &key, std::optional<double> value)
{
    if (const auto m = MetricKeys::webMetricFromKey(key))
        row.set(*m, value);
}

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

bool isDateHeader(const QString &header)
{
    static const QStringList names = {QStringLiteral("date"), QStringLiteral("day"), QStringLiteral("datum"), QStringLiteral("jour"),
                                      QStringLiteral("dag"), QStringLiteral("fecha"), QStringLiteral("data")};
    return names.contains(ColumnMap::normalise(header));
}

// Matomo's "Label" column in its UI languages.
bool isLabelHeader(const QString &header)
{
    static const QStringList names = {QStringLiteral("label"), QStringLiteral("bezeichnung"), QStringLiteral("libellé"), QStringLiteral("nom"),
                                      QStringLiteral("etiqueta"), QStringLiteral("etichetta"), QStringLiteral("waarde")};
    return names.contains(ColumnMap::normalise(header));
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
        table.specs.append({QStringLiteral("dimension%1").arg(i + 1), {header.fields.at(i)}, false, Kind::Text});
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
    return {first, parts.join(QStringLiteral(" / "))};
}

bool isTotalsLabel(const QString &label)
{
    static const QSet<QString> labels = {QStringLiteral("grand total"), QStringLiteral("totals"), QStringLiteral("total"),
                                         QStringLiteral("total général"), QStringLiteral("gesamtsumme"), QStringLiteral("totaal")};
    const QStringView t = QStringView(label).trimmed();
    if (t.isEmpty() || !(t.front() == QLatin1Char('G') || t.front() == QLatin1Char('T') || t.front() == QLatin1Char('g')
                         || t.front() == QLatin1Char('t')))
        return false;
    return labels.contains(ColumnMap::normalise(label));
}

void crossCheckTotals(ImportContext &ctx, const WebTable &table)
{
    // Only a breakdown that partitions the sessions (every session has one source, one landing
    // page…) adds up to the total; a session visits several pages, and a keyword report leaves
    // out the sessions without one.
    static const QStringList partitions = {QStringLiteral("site"), QStringLiteral("source_medium"), QStringLiteral("channel_group"),
                                           QStringLiteral("channel_group_first_user"), QStringLiteral("landing_page"), QStringLiteral("referrer")};
    if (!partitions.contains(table.report))
        return;
    if (table.totalsSessions && qAbs(*table.totalsSessions - table.sessionsSum) > 0.5) {
        ctx.warn(table.totalsLine, FormatMessages::tr("the totals row says %1 sessions but the rows add up to %2 (the report may be sampled or cut off)")
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
        ctx.skip(record.line, table.dateColumn + 1, QCoreApplication::translate("Beamline::ImportFormats", "column %1: “%2” is not a date")
                                  .arg(table.dateColumn + 1)
                                  .arg(text));
        return false;
    }
    row.periodStart = row.periodEnd = day.date;
    return true;
}

// Reads a "date + sessions" table (GA day index, GA4 second table) into the site's time series.
bool readDayTable(PeekableStream &stream, ImportContext &ctx, const Record &header, qint64 source, const QVector<ColumnSpec> &metrics,
                  Values::NumberStyle style, std::optional<double> expectedSessions)
{
    WebTable table;
    table.specs = {{QStringLiteral("day"), {header.fields.value(0)}, true, Kind::Text}};
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
        const Values::DateTime day = layout ? Values::dateTime(dayText, *layout) : Values::DateTime{};
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
        ctx.warn(header.line, FormatMessages::tr("the daily table adds up to %1 sessions but the report's total is %2")
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
    return ColumnMap::hasAny(header, {QStringLiteral("Total users"), QStringLiteral("Active users"), QStringLiteral("Key events"),
                                      QStringLiteral("Engaged sessions"), QStringLiteral("Event count"), QStringLiteral("Engagement rate"),
                                      QStringLiteral("Views per session"), QStringLiteral("Average engagement time per session")});
}

// Passes over the rest of a table (up to a blank line) that is not read.
void skipTable(PeekableStream &stream)
{
    Record record;
    while (stream.next(record) && !record.isBlank()) { }
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
        int comments = 0;
        for (const Record &r : probe.records) {
            const QString first = r.fields.value(0).trimmed();
            if (!first.startsWith(QLatin1Char('#')))
                break;
            ++comments;
            if (range.match(first).hasMatch())
                return comments <= 5 ? 90 : 80;
        }
        return 0;
    }

    bool read(PeekableStream &stream, ImportContext &ctx) const override
    {
        const QStringList comments = readComments(stream);
        static const QRegularExpression rangeRe(QStringLiteral("^(\\d{8})-(\\d{8})"));
        QDate start, end;
        QString view, report;
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
            ctx.fail(1, 1, FormatMessages::tr("the date range line (# YYYYMMDD-YYYYMMDD) is missing from the report's header block"));
            return false;
        }
        ctx.metadata.insert(QStringLiteral("view"), view);
        ctx.metadata.insert(QStringLiteral("report"), report);
        ctx.setPeriod(start, end);
        ctx.capturedAt = QDateTime(end.addDays(1), QTime(0, 0), QTimeZone::utc());
        const qint64 source = ctx.sink().webSource(QStringLiteral("ga"), view);

        Record header;
        if (!stream.next(header)) {
            ctx.fail(comments.size() + 1, 1, FormatMessages::tr("the report has no table"));
            return false;
        }
        WebTable table;
        setUpDimensions(table, header, uaMetrics());
        ctx.metadata.insert(QStringLiteral("breakdown"), table.report);
        ctx.columns = table.map.describe();
        // Dutch, German... reports write 2.546 for two thousand: the header tells the language.
        const bool commaDecimal = ColumnMap::hasAny(header, {QStringLiteral("Sessies"), QStringLiteral("Sitzungen")});
        stream.fill(40);
        QVector<Record> sample;
        for (qsizetype i = 0; i < stream.buffered(); ++i)
            sample.append(stream.peek(i));
        table.style = commaDecimal ? Values::NumberStyle{QLatin1Char(',')} : guessNumberStyle(sample, table.dimensions);

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
            row.dimension = dimension;
            row.dimension2 = dimension2;
            if (!rowDay(record, table, row, ctx))
                continue;
            if (table.report == QLatin1String("site")) {
                const auto day = Values::detectLayout({dimension});
                const Values::DateTime dt = day ? Values::dateTime(dimension, *day) : Values::DateTime{};
                if (dt.ok()) {
                    row.periodStart = row.periodEnd = dt.date;
                    row.dimension.clear();
                }
            }
            table.sessionsSum += row.value(WebMetric::Sessions).value_or(0);
            ctx.count(ctx.sink().web(row));
        }
        crossCheckTotals(ctx, table);

        // A second table: the sessions by day ("Day Index") or by hour.
        Record next;
        while (stream.next(next)) {
            if (next.isBlank())
                continue;
            const QString first = ColumnMap::normalise(next.fields.value(0));
            if (first == QLatin1String("day index") || first == QLatin1String("dagindex") || first == QLatin1String("dag index")
                || first == QLatin1String("tagesindex")) {
                if (!readDayTable(stream, ctx, next, source, uaMetrics(), table.style, table.totalsSessions))
                    return false;
            } else if (first.contains(QLatin1String("hour")) || first.contains(QLatin1String("uur"))) {
                ctx.warn(next.line, FormatMessages::tr("the sessions-by-hour table was not imported (Beamline keeps days)"));
                skipTable(stream);
            } else {
                ctx.warn(next.line, FormatMessages::tr("an unknown second table starting with “%1” was not imported").arg(next.fields.value(0)));
                skipTable(stream);
            }
        }
        return !stream.error().isError();
    }
};

// --- Google Analytics 4 ----------------------------------------------------------------------

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
                }
                else if (const auto m3 = propertyRe.match(line); m3.hasMatch())
                    property = m3.captured(1).trimmed();
                else if (title.isEmpty() && !c.startsWith(QLatin1String("---")) && !c.isEmpty() && !c.contains(QLatin1String("Account"))
                         && !c.contains(QLatin1String("Compte")))
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
            ctx.fail(1, 1, FormatMessages::tr("the start and end dates (# Start date: / # End date:) are missing from the report's header block"));
            return false;
        }
        ctx.metadata.insert(QStringLiteral("report"), title);
        ctx.metadata.insert(QStringLiteral("property"), property);
        ctx.setPeriod(start, end);
        ctx.capturedAt = QDateTime(end.addDays(1), QTime(0, 0), QTimeZone::utc());
        const qint64 source = ctx.sink().webSource(QStringLiteral("ga4"), property.isEmpty() ? QStringLiteral("Google Analytics 4") : property);

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
        table.style = ctx.probe().delimiter == QLatin1Char(';') ? Values::NumberStyle{QLatin1Char(',')}
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

    const QRegularExpression startDate{QStringLiteral("^#\\s*(?:Start date|Date de début|Startdatum|Fecha de inicio|Data di inizio|시작일)\\s*:\\s*(\\d{8})")};
    const QRegularExpression endDate{QStringLiteral("^#\\s*(?:End date|Date de fin|Enddatum|Fecha de finalización|Data di fine|종료일)\\s*:\\s*(\\d{8})")};
    const QRegularExpression propertyRe{QStringLiteral("^#\\s*(?:Property|Propriété|Property-Name|Propiedad|Proprietà|속성)\\s*:\\s*(.*)$")};
    const QRegularExpression rangeRe{QStringLiteral("^#\\s*(\\d{8})-(\\d{8})\\s*$")};
};

// --- Matomo ----------------------------------------------------------------------------------

// "Export _ Referrers _ 2017.csv" -> the year 2017; "2017-01-12" -> that day; "2026 Q1" -> the quarter.
std::pair<QDate, QDate> periodFromMatomoName(const QString &name)
{
    static const QRegularExpression range(QStringLiteral("(\\d{4}-\\d{2}-\\d{2}),(\\d{4}-\\d{2}-\\d{2})"));
    static const QRegularExpression day(QStringLiteral("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)"));
    static const QRegularExpression month(QStringLiteral("(?<!\\d)(\\d{4})-(\\d{2})(?![-\\d])"));
    static const QRegularExpression quarter(QStringLiteral("(?<!\\d)(\\d{4})\\s*Q([1-4])"));
    static const QRegularExpression year(QStringLiteral("_\\s*(\\d{4})\\s*(?:\\.csv|\\.tsv|$)"));
    if (auto m = range.match(name); m.hasMatch())
        return {QDate::fromString(m.captured(1), Qt::ISODate), QDate::fromString(m.captured(2), Qt::ISODate)};
    if (auto m = day.match(name); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return {d, d};
    }
    if (auto m = quarter.match(name); m.hasMatch()) {
        const QDate first(m.captured(1).toInt(), (m.captured(2).toInt() - 1) * 3 + 1, 1);
        return {first, first.addMonths(3).addDays(-1)};
    }
    if (auto m = month.match(name); m.hasMatch()) {
        const QDate first(m.captured(1).toInt(), m.captured(2).toInt(), 1);
        return {first, first.addMonths(1).addDays(-1)};
    }
    if (auto m = year.match(name); m.hasMatch()) {
        const int y = m.captured(1).toInt();
        return {QDate(y, 1, 1), QDate(y, 12, 31)};
    }
    return {};
}

// Which breakdown a Matomo report with a label column is, from its file name.
QString matomoReportOf(const QString &fileName)
{
    const QString name = fileName.toLower();
    static const std::pair<const char *, const char *> reports[] = {
        {"websites", "referrer"}, {"referrers", "referrer"}, {"websites", "referrer"}, {"keywords", "keyword"},
        {"search engines", "search_engine"}, {"channel type", "channel_group"}, {"kanaltyp", "channel_group"},
        {"social networks", "social_network"}, {"entry pages", "landing_page"}, {"einstiegsseiten", "landing_page"},
        {"pages", "page"}, {"seiten", "page"}, {"contents", "content"}, {"content name", "content"},
        {"inhaltsnamen", "content"}, {"inhalte", "content"}, {"campaigns", "campaign"},
    };
    for (const auto &[needle, report] : reports) {
        if (name.contains(QLatin1String(needle)))
            return QString::fromLatin1(report);
    }
    return QStringLiteral("other:") + metricKey(QFileInfo(fileName).completeBaseName());
}

// Matomo period cells: "2017-01" (month), "2025-12-29,2026-01-04" (week), "2017-01-05" (day), "2017" (year).
std::pair<QDate, QDate> matomoPeriod(const QString &text)
{
    const QString t = text.trimmed();
    if (t.contains(QLatin1Char(','))) {
        const QDate a = QDate::fromString(t.section(QLatin1Char(','), 0, 0).trimmed(), Qt::ISODate);
        const QDate b = QDate::fromString(t.section(QLatin1Char(','), 1, 1).trimmed(), Qt::ISODate);
        return {a, b};
    }
    if (t.size() == 10) {
        const QDate d = QDate::fromString(t, Qt::ISODate);
        return {d, d};
    }
    if (t.size() == 7) {
        const QDate d = QDate::fromString(t + QStringLiteral("-01"), Qt::ISODate);
        return {d, d.isValid() ? d.addMonths(1).addDays(-1) : QDate()};
    }
    if (t.size() == 4) {
        const int y = t.toInt();
        return {QDate(y, 1, 1), QDate(y, 12, 31)};
    }
    return {};
}

class Matomo final : public ImportFormat
{
public:
    QString id() const override { return QStringLiteral("matomo"); }
    QString displayName() const override { return FormatMessages::tr("Matomo report"); }

    int detect(const ProbeInfo &probe) const override
    {
        if (probe.records.isEmpty())
            return 0;
        const Record &header = probe.records.first();
        const QString first = ColumnMap::normalise(header.fields.value(0));
        const bool labelFirst = first == QLatin1String("label") || first == QLatin1String("bezeichnung") || first == QLatin1String("date")
            || first == QLatin1String("libellé");
        const bool metrics = ColumnMap::hasAny(header, {QStringLiteral("nb_visits"), QStringLiteral("Visits"), QStringLiteral("Unique visitors"),
                                                        QStringLiteral("Besuche"), QStringLiteral("Eindeutige Besucher"), QStringLiteral("Visites")});
        const bool metadata = std::any_of(header.fields.cbegin(), header.fields.cend(), [](const QString &c) {
            return c.startsWith(QLatin1String("Metadata:")) || c.startsWith(QLatin1String("Metadaten:"));
        });
        int score = 0;
        if (labelFirst && (metrics || metadata))
            score = 80;
        if (score > 0 && probe.encoding == TextDecoder::Encoding::Utf16LE)
            score += 10;
        if (score > 0 && probe.names().contains(QLatin1String("export _ ")))
            score += 5;
        return score;
    }

    bool read(PeekableStream &stream, ImportContext &ctx) const override
    {
        Record header;
        if (!stream.next(header)) {
            ctx.fail(1, 1, FormatMessages::tr("the report is empty"));
            return false;
        }
        // "Date,Visits,…": the site's figures by period. "Label,Visits,…": a breakdown over the
        // period the file name gives. "Date,Label,…": a breakdown by period.
        const bool dated = isDateHeader(header.fields.value(0));
        const bool labelled = dated ? isLabelHeader(header.fields.value(1)) : true;
        WebTable table;
        if (dated)
            table.specs.append({QStringLiteral("period"), {header.fields.value(0)}, true, Kind::Text});
        if (labelled)
            table.specs.append({QStringLiteral("dimension1"), {header.fields.value(dated ? 1 : 0)}, true, Kind::Text});
        table.specs += matomoMetrics();
        table.specs.append({QStringLiteral("content_name"), {QStringLiteral("Metadata: Contents_ContentName"),
                                                            QStringLiteral("Metadaten: Contents_ContentName")}, false, Kind::Text});
        table.specs.append({QStringLiteral("is_aggregate"), {QStringLiteral("Metadata: is_aggregate"), QStringLiteral("Metadaten: is_aggregate")},
                            false, Kind::Text});
        table.specs.append({QStringLiteral("segment"), {QStringLiteral("Metadata: segment"), QStringLiteral("Metadaten: segment")}, false, Kind::Text});
        table.map.resolve(header, table.specs);
        table.report = labelled ? matomoReportOf(ctx.probe().fileName) : QStringLiteral("site");
        table.style = Values::NumberStyle{}; // Matomo always writes numbers with a dot
        ctx.columns = table.map.describe();
        ctx.metadata.insert(QStringLiteral("breakdown"), table.report);
        const bool byPeriod = dated;
        const auto [fileStart, fileEnd] = periodFromMatomoName(ctx.probe().fileName);
        if (!byPeriod && !fileStart.isValid()) {
            ctx.fail(1, 1, FormatMessages::tr("the report's period is not in its file name; keep Matomo's name (“Export _ Referrers _ 2017.csv”) "
                              "or export it with the date as a column"));
            return false;
        }
        if (!byPeriod) {
            ctx.setPeriod(fileStart, fileEnd);
            ctx.capturedAt = QDateTime(fileEnd.addDays(1), QTime(0, 0), QTimeZone::utc());
        }
        const qint64 source = ctx.sink().webSource(QStringLiteral("matomo"), QStringLiteral("Matomo"));

        Record record;
        // A column that first appears on a later day is in the header, not in earlier rows.
        while (nextDataRow(stream, ctx, table.map.headerSize(), record, ShortRows::MissingCellsAreEmpty)) {
            ++ctx.rowsRead;
            if (!ctx.keepGoing(stream))
                return false;
            WebTrafficRow row;
            row.sourceId = source;
            row.report = table.report;
            row.sourceLine = record.line;
            fillWebRow(ctx, record, table, row);
            const QString label = stripFormulaGuard(table.map.cell(record, QStringLiteral("dimension1")).trimmed());
            if (byPeriod) {
                const QString period = table.map.cell(record, QStringLiteral("period")).trimmed();
                const auto [a, b] = matomoPeriod(period);
                if (!a.isValid() || !b.isValid()) {
                    ctx.skip(record.line, 1, FormatMessages::tr("column 1: “%1” is not a period").arg(period.left(40)));
                    continue;
                }
                row.periodStart = a;
                row.periodEnd = b;
                ctx.coverDay(a);
                ctx.coverDay(b);
            } else {
                row.periodStart = fileStart;
                row.periodEnd = fileEnd;
            }
            if (labelled) {
                row.dimension = label;
                // Hierarchical reports: a detail row's segment ("contentName==Open+Days+Banner")
                // names its parent.
                const QString aggregate = table.map.cell(record, QStringLiteral("is_aggregate")).trimmed();
                QString parent = table.map.cell(record, QStringLiteral("segment")).section(QStringLiteral("=="), 1);
                parent = QUrl::fromPercentEncoding(parent.replace(QLatin1Char('+'), QLatin1Char(' ')).toUtf8());
                if (parent.isEmpty())
                    parent = table.map.cell(record, QStringLiteral("content_name")).trimmed();
                if (aggregate == QLatin1String("0") && !parent.isEmpty() && label != parent) {
                    row.dimension = parent;
                    row.dimension2 = label.startsWith(parent + QStringLiteral(" - ")) ? label.mid(parent.size() + 3) : label;
                }
            }
            ctx.count(ctx.sink().web(row));
        }
        return !stream.error().isError();
    }
};

} // namespace

void addWebFormats(ImportFormats &formats)
{
    formats.push_back(std::make_unique<GoogleAnalyticsUniversal>());
    formats.push_back(std::make_unique<GoogleAnalytics4>());
    formats.push_back(std::make_unique<Matomo>());
}

} // namespace Beamline
