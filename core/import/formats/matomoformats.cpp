// SPDX-License-Identifier: GPL-3.0-or-later
// Matomo exports: a report exported from its UI (in any UI language, CSV or TSV) and its
// scheduled e-mail report (many reports stacked). See shared/formats/README.md §8.

#include "matomoterms.h"
#include "webformats.h"

#include <core/import/formatsupport.h>

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>

namespace Beamline::WebFormats {

namespace {

using Kind = ColumnSpec::Kind;
using namespace FormatSupport;

// --- Matomo's columns ------------------------------------------------------------------------

// What Beamline stores from each column Matomo exports, by raw metric id; the column's name
// in each UI language is in MatomoTerms.
struct MatomoColumn {
    const char *id;
    const char *role;
    Kind kind;
    const char *otherIds; // the same column under other raw ids, '|'-separated
};

constexpr MatomoColumn matomoColumns[] = {
    { "nb_visits", "web:sessions", Kind::Number, "" },
    { "nb_uniq_visitors", "web:users", Kind::Number, "" },
    { "nb_actions", "web:actions", Kind::Number, "" },
    { "bounce_count", "derived:bounces", Kind::Number, "entry_bounce_count" },
    { "sum_visit_length", "derived:total_seconds", Kind::Duration, "" },
    { "bounce_rate", "web:bounce_rate", Kind::PercentString, "" },
    { "avg_time_on_site", "web:avg_session_seconds", Kind::Duration, "" },
    { "nb_conversions", "web:conversions", Kind::Number, "" },
    { "nb_hits", "web:pageviews", Kind::Number, "nb_pageviews" },
    { "nb_uniq_pageviews", "web:unique_pageviews", Kind::Number, "" },
    { "exit_nb_visits", "web:exits", Kind::Number, "" },
    { "exit_rate", "web:exit_rate", Kind::PercentString, "" },
    { "entry_nb_visits", "web:entrances", Kind::Number, "" },
    { "avg_time_on_page", "web:avg_time_on_page_seconds", Kind::Duration, "" },
    // Read past: per-visit averages of the counts above, revenue, and the users of User ID.
    { "max_actions", "ignored", Kind::Text, "" },
    { "nb_actions_per_visit", "ignored", Kind::Text, "" },
    { "nb_visits_converted", "ignored", Kind::Text, "" },
    { "nb_users", "ignored", Kind::Text, "" },
    { "revenue", "ignored", Kind::Text, "" },
    { "conversion_rate", "ignored", Kind::Text, "" },
};

// The columns of a Matomo export in one UI language (MatomoTerms::Raw: metric ids). Names
// left in English by a translated export still read. "Unique visitors (daily sum)" is a sum
// of each day's visitors, not the visitors of the period: it is read past.
QVector<ColumnSpec> matomoMetrics(int language)
{
    QVector<ColumnSpec> specs;
    for (const MatomoColumn &column : matomoColumns) {
        QStringList aliases { QString::fromLatin1(column.id) };
        aliases += QString::fromLatin1(column.otherIds).split(QLatin1Char('|'), Qt::SkipEmptyParts);
        aliases += MatomoTerms::texts(column.id, language);
        for (const QString &english : MatomoTerms::texts(column.id, 0)) {
            if (!aliases.contains(english))
                aliases.append(english);
        }
        specs.append({ QString::fromLatin1(column.role), aliases, false, column.kind });
    }
    QStringList dailySums { QStringLiteral("sum_daily_nb_uniq_visitors"), QStringLiteral("sum_daily_nb_users") };
    for (const int l : { language, 0 }) {
        for (const QString &sum : MatomoTerms::texts("daily_sum", l)) {
            for (const char *id : { "nb_uniq_visitors", "nb_users" }) {
                for (const QString &name : MatomoTerms::texts(id, l))
                    dailySums.append(QStringLiteral("%1 (%2)").arg(name, sum));
            }
        }
    }
    specs.append({ Ignored, dailySums, false, Kind::Text });
    return specs;
}

// "Metadata: segment" in a language ("Metadaten: segment", "Méta-données: segment").
QStringList matomoMetadata(const char *name, int language)
{
    QStringList out { QStringLiteral("metadata_") + QString::fromLatin1(name) };
    for (const int l : { language, 0 }) {
        for (const QString &word : MatomoTerms::texts("metadata", l))
            out.append(QStringLiteral("%1: %2").arg(word, QString::fromLatin1(name)));
    }
    return out;
}

// A header cell that names a column Matomo exports, in any language.
bool isMatomoMetric(const QString &cell)
{
    static const QSet<QString> names = [] {
        QSet<QString> out;
        for (const MatomoColumn &column : matomoColumns) {
            out.insert(ColumnMap::normalise(QString::fromLatin1(column.id)));
            for (const QString &id : QString::fromLatin1(column.otherIds).split(QLatin1Char('|'), Qt::SkipEmptyParts))
                out.insert(ColumnMap::normalise(id));
            for (const QString &name : MatomoTerms::allTexts(column.id))
                out.insert(ColumnMap::normalise(name));
        }
        return out;
    }();
    return names.contains(ColumnMap::normalise(cell));
}

bool isMatomoMetadata(const QString &cell)
{
    if (cell.startsWith(QLatin1String("metadata_")))
        return true;
    const QString prefix = cell.section(QLatin1Char(':'), 0, 0);
    return cell.contains(QLatin1Char(':')) && MatomoTerms::allTexts("metadata").contains(prefix.trimmed());
}

// Matomo's "Label" and "Date" columns in its UI languages.
bool isLabelHeader(const QString &header)
{
    static const QSet<QString> names = [] {
        QSet<QString> out { QStringLiteral("label") };
        for (const QString &name : MatomoTerms::allTexts("label"))
            out.insert(ColumnMap::normalise(name));
        return out;
    }();
    return names.contains(ColumnMap::normalise(header));
}

bool isMatomoDateHeader(const QString &header)
{
    static const QSet<QString> names = [] {
        QSet<QString> out { QStringLiteral("date") };
        for (const QString &name : MatomoTerms::allTexts("date"))
            out.insert(ColumnMap::normalise(name));
        return out;
    }();
    return names.contains(ColumnMap::normalise(header));
}

// --- Matomo ----------------------------------------------------------------------------------

// Which breakdown a Matomo report with a label column is, from its file name ("Export _
// Kanaltyp _ …" in any UI language).
QString matomoReportOf(const QString &fileName)
{
    const QString reportName = MatomoTerms::reportNameInFileName(fileName);
    if (const QString report = MatomoTerms::reportOfName(reportName); !report.isEmpty())
        return report;
    // A name renamed by hand: the report's words anywhere in it.
    const QString name = fileName.toLower();
    static const std::pair<const char *, const char *> reports[] = {
        { "websites", "referrer" },
        { "referrers", "referrer" },
        { "keywords", "keyword" },
        { "search engines", "search_engine" },
        { "channel type", "channel_group" },
        { "kanaltyp", "channel_group" },
        { "social networks", "social_network" },
        { "entry pages", "landing_page" },
        { "einstiegsseiten", "landing_page" },
        { "pages", "page" },
        { "seiten", "page" },
        { "contents", "content" },
        { "content name", "content" },
        { "inhaltsnamen", "content" },
        { "inhalte", "content" },
        { "campaigns", "campaign" },
    };
    for (const auto &[needle, report] : reports) {
        if (name.contains(QLatin1String(needle)))
            return QString::fromLatin1(report);
    }
    return QStringLiteral("other:") + metricKey(reportName.isEmpty() ? QFileInfo(fileName).completeBaseName() : reportName);
}

// Matomo period cells: "2017-01" (month), "2025-12-29,2026-01-04" (week), "2017-01-05" (day), "2017" (year).
std::pair<QDate, QDate> matomoPeriod(const QString &text)
{
    const QString t = text.trimmed();
    if (t.contains(QLatin1Char(','))) {
        const QDate a = QDate::fromString(t.section(QLatin1Char(','), 0, 0).trimmed(), Qt::ISODate);
        const QDate b = QDate::fromString(t.section(QLatin1Char(','), 1, 1).trimmed(), Qt::ISODate);
        return { a, b };
    }
    if (t.size() == 10) {
        const QDate d = QDate::fromString(t, Qt::ISODate);
        return { d, d };
    }
    if (t.size() == 7) {
        const QDate d = QDate::fromString(t + QStringLiteral("-01"), Qt::ISODate);
        return { d, d.isValid() ? d.addMonths(1).addDays(-1) : QDate() };
    }
    if (t.size() == 4) {
        const int y = t.toInt();
        return { QDate(y, 1, 1), QDate(y, 12, 31) };
    }
    return {};
}

// The period of a report whose rows have no date: its file name's, else the one the user gave.
// Without either the import fails asking for it (ImportContext::needsPeriod()).
bool reportPeriod(ImportContext &ctx, QDate &start, QDate &end)
{
    auto [first, last] = MatomoTerms::periodInFileName(ctx.probe().fileName);
    if (!first.isValid() || !last.isValid()) {
        first = ctx.givenPeriodStart;
        last = ctx.givenPeriodEnd;
    }
    if (!first.isValid() || !last.isValid() || last < first) {
        ctx.failNeedsPeriod(
            1,
            FormatMessages::tr("the report's period is not in its file name and its rows have no dates: give its period in the "
                               "import preview (on the command line: --period FROM..TO)"));
        return false;
    }
    start = first;
    end = last;
    ctx.setPeriod(first, last);
    ctx.capturedAt = QDateTime(last.addDays(1), QTime(0, 0), QTimeZone::utc());
    return true;
}

// "No data available": what Matomo writes instead of an empty report's table.
bool isNoData(const Record &record)
{
    return record.fields.size() == 1 && record.fields.first().trimmed() == QLatin1String("No data available");
}

int filledCells(const Record &record)
{
    return int(
        std::count_if(record.fields.cbegin(), record.fields.cend(), [](const QString &c) { return !c.trimmed().isEmpty(); }));
}

// "Country, Continent, Region and 12 more".
QString someNames(const QStringList &names)
{
    constexpr int shown = 12;
    if (names.size() <= shown)
        return names.join(QStringLiteral(", "));
    return FormatMessages::tr("%1 and %n more", nullptr, int(names.size() - shown))
        .arg(names.mid(0, shown).join(QStringLiteral(", ")));
}

class Matomo final : public ImportFormat
{
public:
    QString id() const override { return QStringLiteral("matomo"); }
    QString displayName() const override { return FormatMessages::tr("Matomo report"); }
    QStringList languages() const override { return MatomoTerms::languages(); }

    int detect(const ProbeInfo &probe) const override
    {
        if (probe.records.isEmpty())
            return 0;
        const Record &header = probe.records.first();
        const QString first = header.fields.value(0);
        const auto metrics = std::count_if(header.fields.cbegin(), header.fields.cend(), isMatomoMetric);
        const bool metadata = std::any_of(header.fields.cbegin(), header.fields.cend(), isMatomoMetadata);
        int score = 0;
        if ((isMatomoDateHeader(first) || isLabelHeader(first)) && (metrics > 0 || metadata))
            score = 80;
        else if (isMatomoMetric(first) && metrics >= 3)
            score = 75; // "nb_uniq_visitors,nb_users,nb_visits,…": the site's figures over the file's period
        if (score > 0 && probe.encoding == TextDecoder::Encoding::Utf16LE)
            score += 10;
        if (score > 0 && probe.names().contains(QLatin1String(" _ ")))
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
        // period the file name gives. "Date,Label,…": a breakdown by period. "Visits,…" (or
        // "nb_visits,…"): the site's figures over the file's period.
        const int language = MatomoTerms::headerLanguage(header.fields);
        ctx.metadata.insert(QStringLiteral("language"),
                            language == MatomoTerms::Raw ? QStringLiteral("raw") : MatomoTerms::languages().at(language));
        const bool dated = isMatomoDateHeader(header.fields.value(0));
        const int labelColumn = dated ? 1 : 0;
        const QString labelHeader = header.fields.value(labelColumn);
        const bool labelled
            = labelColumn < header.fields.size() && !isMatomoMetric(labelHeader) && !isMatomoMetadata(labelHeader);
        WebTable table;
        if (dated)
            table.specs.append({ QStringLiteral("period"), { header.fields.value(0) }, true, Kind::Text });
        if (labelled)
            table.specs.append({ QStringLiteral("dimension1"), { labelHeader }, true, Kind::Text });
        table.specs += matomoMetrics(language);
        table.specs.append(
            { QStringLiteral("content_name"), matomoMetadata("Contents_ContentName", language), false, Kind::Text });
        table.specs.append({ QStringLiteral("is_aggregate"), matomoMetadata("is_aggregate", language), false, Kind::Text });
        table.specs.append({ QStringLiteral("segment"), matomoMetadata("segment", language), false, Kind::Text });
        table.map.resolve(header, table.specs);
        table.report = labelled ? matomoReportOf(ctx.probe().fileName) : QStringLiteral("site");
        // Rates follow the UI language: "66,67 %" in German, "66.67%" in English.
        table.style = Values::NumberStyle { MatomoTerms::decimalSeparator(language) };
        ctx.columns = table.map.describe();
        ctx.metadata.insert(QStringLiteral("breakdown"), table.report);
        QDate fileStart, fileEnd;
        if (!dated && !reportPeriod(ctx, fileStart, fileEnd))
            return false;
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
            if (dated) {
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

// Matomo's scheduled e-mail report as CSV or TSV: many reports stacked, each a title line, its
// metric ids, its rows and a blank line ("No data available" instead of the table when it is
// empty), over the period its file name gives ("<title> - <period> - <description>.csv").
class MatomoScheduledReport final : public ImportFormat
{
public:
    QString id() const override { return QStringLiteral("matomo-scheduled"); }
    QString displayName() const override { return FormatMessages::tr("Matomo scheduled report"); }
    QStringList languages() const override { return MatomoTerms::languages(); }

    int detect(const ProbeInfo &probe) const override
    {
        // A title alone on its line, then a header of metric ids ("label,nb_visits,…") or
        // "No data available".
        const QVector<Record> &records = probe.records;
        qsizetype i = 0;
        while (i < records.size() && records.at(i).isBlank())
            ++i;
        if (i + 1 >= records.size() || filledCells(records.at(i)) != 1
            || records.at(i).fields.first().trimmed().startsWith(QLatin1Char('#')))
            return 0;
        const Record &next = records.at(i + 1);
        if (isNoData(next))
            return 70;
        static const QRegularExpression identifier(QStringLiteral("^[A-Za-z][A-Za-z0-9_]*$"));
        int known = 0;
        for (const QString &cell : next.fields) {
            if (!identifier.match(cell.trimmed()).hasMatch())
                return 0;
            if (MatomoTerms::metricIds().contains(cell.trimmed()) || cell.trimmed() == QLatin1String("label"))
                ++known;
        }
        return known > 0 ? 88 : 0;
    }

    bool read(PeekableStream &stream, ImportContext &ctx) const override
    {
        QDate start, end;
        if (!reportPeriod(ctx, start, end))
            return false;
        const qint64 source = ctx.sink().webSource(QStringLiteral("matomo"), QStringLiteral("Matomo"));
        QStringList imported, leftOut, empty;
        Record title;
        while (stream.next(title)) {
            if (title.isBlank())
                continue;
            if (filledCells(title) != 1) {
                ctx.fail(title.line, 1,
                         FormatMessages::tr("a report's title was expected alone on this line (is the blank line after "
                                            "the report above missing?)"));
                return false;
            }
            const QString name = title.fields.first().trimmed();
            Record header;
            if (!stream.next(header) || header.isBlank() || isNoData(header)) {
                empty.append(name);
                continue;
            }
            const QString report = MatomoTerms::reportOfName(name);
            const bool labelled = ColumnMap::normalise(header.fields.value(0)) == QLatin1String("label");
            // The site's own figures have no label column; a breakdown has one.
            if (report.isEmpty() || labelled == (report == QLatin1String("site"))) {
                leftOut.append(name);
                skipTable(stream);
                continue;
            }
            if (!readSection(stream, ctx, header, labelled, report, source, start, end))
                return false;
            imported.append(name);
        }
        if (!leftOut.isEmpty()) {
            ctx.warn(FormatMessages::tr(
                         "%n report(s) left out (Beamline reads the visits summary, main metrics, channel types, websites, "
                         "search engines, social networks, campaigns, keywords, entry pages, pages and contents): %1",
                         nullptr, int(leftOut.size()))
                         .arg(someNames(leftOut)));
        }
        if (!empty.isEmpty())
            ctx.warn(FormatMessages::tr("%n report(s) without data: %1", nullptr, int(empty.size())).arg(someNames(empty)));
        ctx.metadata.insert(QStringLiteral("reports"), imported.join(QStringLiteral(", ")));
        return !stream.error().isError();
    }

private:
    static bool readSection(PeekableStream &stream, ImportContext &ctx, const Record &header, bool labelled,
                            const QString &report, qint64 source, QDate start, QDate end)
    {
        WebTable table;
        if (labelled)
            table.specs.append({ QStringLiteral("dimension1"), { header.fields.value(0) }, true, Kind::Text });
        table.specs += matomoMetrics(MatomoTerms::Raw);
        table.map.resolve(header, table.specs);
        table.report = report;
        ctx.columns += table.map.describe();
        Record record;
        while (nextDataRow(stream, ctx, table.map.headerSize(), record, ShortRows::MissingCellsAreEmpty)) {
            ++ctx.rowsRead;
            if (!ctx.keepGoing(stream))
                return false;
            WebTrafficRow row;
            row.sourceId = source;
            row.report = report;
            row.periodStart = start;
            row.periodEnd = end;
            row.sourceLine = record.line;
            fillWebRow(ctx, record, table, row);
            if (labelled)
                row.dimension = stripFormulaGuard(table.map.cell(record, QStringLiteral("dimension1")).trimmed());
            ctx.count(ctx.sink().web(row));
        }
        return true;
    }
};

} // namespace

std::unique_ptr<ImportFormat> makeMatomo()
{
    return std::make_unique<Matomo>();
}

std::unique_ptr<ImportFormat> makeMatomoScheduledReport()
{
    return std::make_unique<MatomoScheduledReport>();
}

} // namespace Beamline::WebFormats
