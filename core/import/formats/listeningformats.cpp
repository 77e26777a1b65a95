// SPDX-License-Identifier: GPL-3.0-or-later
// Social-listening "mentions" exports: Brandwatch (with its metadata lines) and Meltwater
// (classic and Explore column sets, UTF-16 with tabs). See shared/formats/README.md §11.

#include "formats.h"

#include <core/import/formatsupport.h>

#include <QTimeZone>

namespace Beamline {

namespace {

using Kind = ColumnSpec::Kind;
using namespace FormatSupport;

const QVector<ColumnSpec> &brandwatchSpecs()
{
    static const QVector<ColumnSpec> specs = {
        {QStringLiteral("time"), {QStringLiteral("Date")}, true, Kind::Text},
        {QStringLiteral("title"), {QStringLiteral("Title")}, false, Kind::Text},
        {QStringLiteral("url"), {QStringLiteral("Url")}, false, Kind::Text},
        {QStringLiteral("domain"), {QStringLiteral("Domain")}, false, Kind::Text},
        {QStringLiteral("author"), {QStringLiteral("Author")}, false, Kind::Text},
        {QStringLiteral("text"), {QStringLiteral("Full Text")}, true, Kind::Text},
        {QStringLiteral("id"), {QStringLiteral("Resource Id"), QStringLiteral("Mention Id"), QStringLiteral("Query Id")}, false, Kind::Text},
        {QStringLiteral("thread"), {QStringLiteral("Thread Id")}, false, Kind::Text},
        {QStringLiteral("sentiment"), {QStringLiteral("Sentiment")}, false, Kind::Text},
        {QStringLiteral("reach"), {QStringLiteral("Reach (new)"), QStringLiteral("Reach"), QStringLiteral("Impressions"), QStringLiteral("Impact")}},
        {QStringLiteral("engagement"), {QStringLiteral("Engagement Score"), QStringLiteral("Engagement")}},
        {QStringLiteral("country"), {QStringLiteral("Country")}, false, Kind::Text},
        {QStringLiteral("language"), {QStringLiteral("Language")}, false, Kind::Text},
        {QStringLiteral("source"), {QStringLiteral("Page Type"), QStringLiteral("Content Source")}, false, Kind::Text},
    };
    return specs;
}

const QVector<ColumnSpec> &meltwaterSpecs()
{
    static const QVector<ColumnSpec> specs = {
        {QStringLiteral("time"), {QStringLiteral("Date")}, true, Kind::Text},
        {QStringLiteral("clock"), {QStringLiteral("Time")}, false, Kind::Text},
        {QStringLiteral("id"), {QStringLiteral("Document ID")}, false, Kind::Text},
        {QStringLiteral("title"), {QStringLiteral("Headline"), QStringLiteral("Title")}, false, Kind::Text},
        {QStringLiteral("url"), {QStringLiteral("URL")}, false, Kind::Text},
        {QStringLiteral("opening"), {QStringLiteral("Opening Text")}, false, Kind::Text},
        {QStringLiteral("text"), {QStringLiteral("Hit Sentence")}, false, Kind::Text},
        {QStringLiteral("source"), {QStringLiteral("Source"), QStringLiteral("Source Name")}, false, Kind::Text},
        {QStringLiteral("source_type"), {QStringLiteral("Source Type")}, false, Kind::Text},
        {QStringLiteral("domain"), {QStringLiteral("Source Domain")}, false, Kind::Text},
        {QStringLiteral("author"), {QStringLiteral("Influencer"), QStringLiteral("Author Name")}, false, Kind::Text},
        {QStringLiteral("handle"), {QStringLiteral("Author Handle")}, false, Kind::Text},
        {QStringLiteral("country"), {QStringLiteral("Country")}, false, Kind::Text},
        {QStringLiteral("language"), {QStringLiteral("Language")}, false, Kind::Text},
        {QStringLiteral("reach"), {QStringLiteral("Reach")}},
        {QStringLiteral("sentiment"), {QStringLiteral("Sentiment")}, false, Kind::Text},
        {QStringLiteral("engagement"), {QStringLiteral("Engagement")}},
    };
    return specs;
}

class Mentions final : public ImportFormat
{
public:
    enum class Tool { Brandwatch, Meltwater };
    explicit Mentions(Tool tool) : m_tool(tool) {}

    QString id() const override { return m_tool == Tool::Brandwatch ? QStringLiteral("brandwatch-mentions") : QStringLiteral("meltwater-mentions"); }
    QString displayName() const override { return m_tool == Tool::Brandwatch ? FormatMessages::tr("Brandwatch mentions") : FormatMessages::tr("Meltwater mentions"); }

    int detect(const ProbeInfo &probe) const override
    {
        for (const Record &r : probe.records) {
            if (m_tool == Tool::Brandwatch && ColumnMap::hasAll(r, {QStringLiteral("Full Text"), QStringLiteral("Domain")})
                && ColumnMap::hasAny(r, {QStringLiteral("Thread Id"), QStringLiteral("Url")}))
                return 90;
            if (m_tool == Tool::Meltwater && ColumnMap::hasAny(r, {QStringLiteral("Hit Sentence"), QStringLiteral("Opening Text")})
                && ColumnMap::hasAny(r, {QStringLiteral("Source Domain"), QStringLiteral("Influencer"), QStringLiteral("Source")}))
                return 90;
        }
        return 0;
    }

    bool read(PeekableStream &stream, ImportContext &ctx) const override
    {
        const auto &specs = m_tool == Tool::Brandwatch ? brandwatchSpecs() : meltwaterSpecs();
        const auto table = openTable(stream, ctx, specs, 4, FormatMessages::tr("no mentions header found"));
        if (!table)
            return false;
        const HeaderSearch &found = table->search;
        const ColumnMap &map = table->map;
        // Keep the tool's metadata lines (project, query, dates).
        QStringList preamble;
        for (const Record &r : found.preamble)
            preamble.append(r.fields.join(QLatin1Char(' ')).trimmed());
        if (!preamble.isEmpty())
            ctx.metadata.insert(QStringLiteral("preamble"), preamble.join(QLatin1Char('\n')));
        const QString tool = m_tool == Tool::Brandwatch ? QStringLiteral("brandwatch") : QStringLiteral("meltwater");

        std::optional<Values::DateLayout> layout;
        Record row;
        while (nextDataRow(stream, ctx, map.headerSize(), row)) {
            ++ctx.rowsRead;
            if (!ctx.keepGoing(stream))
                return false;
            QString when = map.cell(row, QStringLiteral("time")).trimmed();
            const QString clock = map.cell(row, QStringLiteral("clock")).trimmed();
            if (!clock.isEmpty())
                when += QLatin1Char(' ') + clock;
            if (!layout)
                layout = Values::detectLayout({when});
            const Values::DateTime time = layout ? Values::dateTime(when, *layout) : Values::DateTime{};
            if (!time.ok()) {
                ctx.skip(row.line, map.index(QStringLiteral("time")) + 1, FormatMessages::tr("column %1: “%2” is not a date").arg(map.index(QStringLiteral("time")) + 1).arg(when));
                continue;
            }
            Mention m;
            m.tool = tool;
            m.occurredAt = toUtc(time, ctx.timeZone);
            m.url = map.cell(row, QStringLiteral("url")).trimmed();
            m.domain = map.cell(row, QStringLiteral("domain")).trimmed().toLower();
            if (m.domain.isEmpty())
                m.domain = hostOf(m.url);
            m.sourceName = map.cell(row, QStringLiteral("source")).trimmed();
            m.network = networkOf(m.domain.isEmpty() ? m.url : m.domain, m.sourceName);
            if (m.network == QLatin1String("web") || m.network == QLatin1String("other")) {
                const QString type = map.cell(row, QStringLiteral("source_type")).trimmed().toLower();
                if (type == QLatin1String("news") || type == QLatin1String("print") || type == QLatin1String("broadcast"))
                    m.network = QStringLiteral("news");
                else if (type == QLatin1String("blogs") || type == QLatin1String("blog"))
                    m.network = QStringLiteral("blog");
            }
            m.author = map.cell(row, QStringLiteral("author")).trimmed();
            m.authorHandle = map.cell(row, QStringLiteral("handle")).trimmed();
            if (m.authorHandle.isEmpty() && m.author.startsWith(QLatin1Char('@')))
                m.authorHandle = m.author;
            m.title = map.cell(row, QStringLiteral("title")).trimmed();
            m.text = map.cell(row, QStringLiteral("text"));
            if (m.text.isEmpty())
                m.text = map.cell(row, QStringLiteral("opening"));
            m.country = map.cell(row, QStringLiteral("country")).trimmed();
            m.language = map.cell(row, QStringLiteral("language")).trimmed();
            m.reach = numberCell(ctx, row, map.index(QStringLiteral("reach")), QStringLiteral("Reach"));
            m.engagement = numberCell(ctx, row, map.index(QStringLiteral("engagement")), QStringLiteral("Engagement"));
            const QString sentiment = map.cell(row, QStringLiteral("sentiment"));
            m.sentiment = MetricKeys::sentimentFromText(sentiment);
            static const QStringList unrated = {QStringLiteral("not rated"), QStringLiteral("unrated"), QStringLiteral("unknown"),
                                                QStringLiteral("none")};
            if (!m.sentiment && !Values::isNullMarker(sentiment) && !unrated.contains(ColumnMap::normalise(sentiment)))
                ctx.warn(row.line, FormatMessages::tr("unknown sentiment “%1”; left empty").arg(sentiment));
            m.externalId = map.cell(row, QStringLiteral("id")).trimmed();
            if (m.externalId.isEmpty())
                m.externalId = mentionDigest(m);
            m.sourceLine = row.line;
            ctx.count(ctx.sink().mention(m));
            ctx.coverDay(m.occurredAt.toTimeZone(ctx.timeZone).date());
        }
        return !stream.error().isError();
    }

private:
    Tool m_tool;
};

} // namespace

void addListeningFormats(ImportFormats &formats)
{
    formats.push_back(std::make_unique<Mentions>(Mentions::Tool::Brandwatch));
    formats.push_back(std::make_unique<Mentions>(Mentions::Tool::Meltwater));
}

} // namespace Beamline
