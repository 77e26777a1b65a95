// SPDX-License-Identifier: GPL-3.0-or-later
// YouTube Studio exports: "Table data.csv" (one row per video, a Total row first) and the
// daily "Chart data.csv" / "Totals.csv" of the same ZIP. See shared/formats/README.md §9.

#include "formats.h"

#include <core/import/formatsupport.h>

#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace Beamline {

namespace {

using Kind = ColumnSpec::Kind;
using namespace FormatSupport;

// "Content 2024-03-01_2024-03-31 Example Physics Lab/Table data.csv" names the channel.
QString channelFromContainer(const ProbeInfo &probe)
{
    static const QRegularExpression folder(QStringLiteral("Content \\d{4}-\\d{2}-\\d{2}_\\d{4}-\\d{2}-\\d{2} ([^/]+)"));
    for (const QString &name : {probe.memberPath, probe.containerName}) {
        const auto m = folder.match(name);
        if (m.hasMatch())
            return m.captured(1).remove(QLatin1String(".zip")).trimmed();
    }
    return {};
}

const QVector<ColumnSpec> &tableSpecs()
{
    static const QVector<ColumnSpec> specs = {
        {QStringLiteral("post.id"), {QStringLiteral("Content"), QStringLiteral("Video")}, true, Kind::Text},
        {QStringLiteral("post.text"), {QStringLiteral("Video title"), QStringLiteral("Titre de la vidéo")}, false, Kind::Text},
        {QStringLiteral("post.time"), {QStringLiteral("Video publish time"), QStringLiteral("Heure de publication de la vidéo")}, false, Kind::Text},
        {QStringLiteral("extra:duration_seconds"), {QStringLiteral("Duration"), QStringLiteral("Durée")}, false, Kind::Duration},
        {QStringLiteral("metric:views"), {QStringLiteral("Views"), QStringLiteral("Vues")}},
        {QStringLiteral("metric:likes"), {QStringLiteral("Likes"), QStringLiteral("J'aime")}},
        {QStringLiteral("extra:dislikes"), {QStringLiteral("Dislikes")}},
        {QStringLiteral("metric:comments"), {QStringLiteral("Comments added"), QStringLiteral("Commentaires ajoutés")}},
        {QStringLiteral("metric:shares"), {QStringLiteral("Shares"), QStringLiteral("Partages")}},
        {QStringLiteral("metric:watch_seconds"), {QStringLiteral("Watch time (hours)"), QStringLiteral("Durée de visionnage (heures)")}, false, Kind::Number, 3600},
        {QStringLiteral("metric:follows"), {QStringLiteral("Subscribers"), QStringLiteral("Abonnés")}},
        {QStringLiteral("extra:thumbnail_impressions"), {QStringLiteral("Thumbnail impressions"), QStringLiteral("Impressions")}},
        {QStringLiteral("extra:thumbnail_ctr"), {QStringLiteral("Thumbnail click-through rate (%)"), QStringLiteral("Impressions click-through rate (%)")},
         false, Kind::PercentNumber},
        {QStringLiteral("extra:new_viewers"), {QStringLiteral("New viewers")}},
        {QStringLiteral("extra:returning_viewers"), {QStringLiteral("Returning viewers")}},
        {QStringLiteral("extra:average_view_seconds"), {QStringLiteral("Average view duration")}, false, Kind::Duration},
        {QStringLiteral("extra:average_percentage_viewed"), {QStringLiteral("Average percentage viewed (%)")}, false, Kind::PercentNumber},
        {QStringLiteral("extra:estimated_revenue_usd"), {QStringLiteral("Estimated revenue (USD)")}},
    };
    return specs;
}

class YouTubeTable final : public ImportFormat
{
public:
    QString id() const override { return QStringLiteral("youtube-table"); }
    QString displayName() const override { return FormatMessages::tr("YouTube Studio: videos (table data)"); }

    int detect(const ProbeInfo &probe) const override
    {
        for (const Record &r : probe.records) {
            if (ColumnMap::hasAll(r, {QStringLiteral("Content"), QStringLiteral("Video title")})
                || ColumnMap::hasAll(r, {QStringLiteral("Content"), QStringLiteral("Video publish time")}))
                return probe.names().contains(QLatin1String("table data")) ? 95 : 88;
        }
        return 0;
    }

    bool read(PeekableStream &stream, ImportContext &ctx) const override
    {
        const auto &specs = tableSpecs();
        const HeaderSearch found = findHeader(stream, specs, 3);
        if (!found.found) {
            ctx.fail(1, 1, FormatMessages::tr("no YouTube table header found"));
            return false;
        }
        ColumnMap map;
        map.resolve(found.header, specs);
        ctx.columns = map.describe();
        const FileDates dates = datesInName(ctx.probe().memberPath + QLatin1Char(' ') + ctx.probe().containerName);
        if (dates.found()) {
            ctx.capturedAt = QDateTime(dates.last.addDays(1), QTime(0, 0), QTimeZone::utc());
            ctx.metadata.insert(QStringLiteral("range"), QString(dates.first.toString(Qt::ISODate) + QLatin1Char('/') + dates.last.toString(Qt::ISODate)));
        }
        const QString channelName = channelFromContainer(ctx.probe());
        const qint64 channel = ctx.sink().channel(Platform::YouTube, channelName, channelName);

        PostSnapshot total;
        qint64 totalLine = 0;
        double viewsSum = 0;
        Record row;
        while (nextDataRow(stream, ctx, map.headerSize(), row)) {
            ++ctx.rowsRead;
            if (!ctx.keepGoing(stream))
                return false;
            // IDs starting with '-' get a leading space (a spreadsheet formula guard).
            const QString id = map.cell(row, QStringLiteral("post.id")).trimmed();
            if (id.compare(QLatin1String("Total"), Qt::CaseInsensitive) == 0) {
                fillSnapshot(ctx, row, map, specs, total);
                totalLine = row.line;
                continue;
            }
            if (id.isEmpty()) {
                ctx.skip(row.line, FormatMessages::tr("no video id"));
                continue;
            }
            PlatformPost post;
            post.channelId = channel;
            post.externalId = id;
            post.permalink = QStringLiteral("https://www.youtube.com/watch?v=") + id;
            post.text = map.cell(row, QStringLiteral("post.text"));
            post.postType = QStringLiteral("Video");
            const QString timeText = map.cell(row, QStringLiteral("post.time"));
            Values::DateTime time = Values::dateTime(timeText, Values::DateLayout::MonthNameDayYear);
            if (!time.ok())
                time = Values::dateTime(timeText, Values::DateLayout::Iso);
            if (time.ok())
                post.publishedAt = toUtc(time, ctx.timeZone);
            else if (!timeText.trimmed().isEmpty())
                ctx.warn(row.line, FormatMessages::tr("“%1” is not a publish date; the video has no date").arg(timeText));
            PostSnapshot snapshot;
            fillSnapshot(ctx, row, map, specs, snapshot);
            viewsSum += snapshot.value(PostMetric::Views).value_or(0);
            ctx.count(ctx.sink().post(post, snapshot, row.line));
            if (post.publishedAt.isValid())
                ctx.coverDay(post.publishedAt.toTimeZone(ctx.timeZone).date());
        }
        // The Total row checks the sum (YouTube exports only the rows loaded on screen).
        if (totalLine > 0 && total.value(PostMetric::Views) && qAbs(*total.value(PostMetric::Views) - viewsSum) > 0.5) {
            ctx.warn(totalLine, FormatMessages::tr("the Total row says %1 views but the videos add up to %2: YouTube exports only the rows it "
                                   "had loaded, so some videos may be missing").arg(*total.value(PostMetric::Views), 0, 'f', 0).arg(viewsSum, 0, 'f', 0));
        }
        return !stream.error().isError();
    }
};

// "Chart data.csv" / "Totals.csv": the channel's views by day.
class YouTubeDaily final : public ImportFormat
{
public:
    QString id() const override { return QStringLiteral("youtube-daily"); }
    QString displayName() const override { return FormatMessages::tr("YouTube Studio: views by day"); }

    int detect(const ProbeInfo &probe) const override
    {
        if (probe.records.isEmpty())
            return 0;
        const Record &header = probe.records.first();
        if (ColumnMap::normalise(header.fields.value(0)) != QLatin1String("date") || !ColumnMap::hasAny(header, {QStringLiteral("Views")}))
            return 0;
        const QString names = probe.names();
        if (names.contains(QLatin1String("chart data")) || names.contains(QLatin1String("totals.csv")))
            return 90;
        return 0; // "Date,Views" alone is too generic to claim
    }

    bool read(PeekableStream &stream, ImportContext &ctx) const override
    {
        static const QVector<ColumnSpec> known = {
            {QStringLiteral("day"), {QStringLiteral("Date")}, true, Kind::Text},
            {QStringLiteral("daily:views"), {QStringLiteral("Views")}},
            {QStringLiteral("daily:watch_seconds"), {QStringLiteral("Watch time (hours)")}, false, Kind::Number, 3600},
            {QStringLiteral("daily:followers_gained"), {QStringLiteral("Subscribers")}},
        };
        Record header;
        if (!stream.next(header)) {
            ctx.fail(1, 1, FormatMessages::tr("the file is empty"));
            return false;
        }
        // Every other column is kept: numbers as metrics of their own, anything else as a
        // dimension of a breakdown (Geography, Traffic source, Device type…), whose rows are
        // stored apart from the channel's totals.
        stream.fill(200);
        QVector<Record> sample;
        for (qsizetype i = 0; i < stream.buffered(); ++i)
            sample.append(stream.peek(i));
        QVector<ColumnSpec> specs = known;
        ColumnMap probe;
        probe.resolve(header, known);
        QList<int> dimensionColumns;
        for (int c = 0; c < header.fields.size(); ++c) {
            bool claimed = false;
            for (int i = 0; i < known.size(); ++i)
                claimed = claimed || probe.specColumn(i) == c;
            if (claimed || header.fields.at(c).trimmed().isEmpty())
                continue;
            const bool numeric = std::all_of(sample.cbegin(), sample.cend(), [c](const Record &r) {
                const QString cell = r.fields.value(c).trimmed();
                return cell.isEmpty() || Values::number(cell).ok();
            });
            if (numeric)
                specs.append({QStringLiteral("daily:") + metricKey(header.fields.at(c)), {header.fields.at(c)}});
            else
                dimensionColumns.append(c);
        }
        ColumnMap map;
        map.resolve(header, specs);
        ctx.columns = map.describe();
        QStringList dimensionNames;
        for (int c : std::as_const(dimensionColumns)) {
            dimensionNames.append(metricKey(header.fields.at(c)));
            ctx.columns[c].role = QStringLiteral("dimension:") + dimensionNames.constLast();
        }
        const QString breakdown = dimensionNames.join(QLatin1Char(','));
        if (!breakdown.isEmpty())
            ctx.metadata.insert(QStringLiteral("breakdown"), breakdown);
        const QString channelName = channelFromContainer(ctx.probe());
        const qint64 channel = ctx.sink().channel(Platform::YouTube, channelName, channelName);
        Record row;
        while (nextDataRow(stream, ctx, map.headerSize(), row)) {
            ++ctx.rowsRead;
            if (!ctx.keepGoing(stream))
                return false;
            const QString dayText = map.cell(row, QStringLiteral("day"));
            Values::DateTime day = Values::dateTime(dayText, Values::DateLayout::Iso);
            if (!day.ok())
                day = Values::dateTime(dayText, Values::DateLayout::MonthNameDayYear);
            if (!day.ok()) {
                if (ColumnMap::normalise(dayText) != QLatin1String("total"))
                    ctx.skip(row.line, map.index(QStringLiteral("day")) + 1,
                             FormatMessages::tr("column %1: “%2” is not a date").arg(map.index(QStringLiteral("day")) + 1).arg(dayText.left(40)));
                continue;
            }
            QStringList values;
            for (int c : std::as_const(dimensionColumns))
                values.append(row.fields.value(c).trimmed());
            // Every cell is read before any is written: a row with a bad cell is written not at all.
            QVector<std::pair<int, double>> cells;
            for (int i = 1; i < specs.size(); ++i) {
                if (const auto v = specValue(ctx, row, map, i, specs.at(i)))
                    cells.append({i, *v});
            }
            for (const auto &[i, v] : std::as_const(cells)) {
                DailyMetricValue value{channel, specs.at(i).role.mid(6), day.date, v, specs.at(i).aliases.first()};
                value.breakdown = breakdown;
                value.dimension = values.join(QChar(0x1f));
                value.sourceLine = row.line;
                ctx.count(ctx.sink().daily(value));
            }
            ctx.coverDay(day.date);
        }
        return !stream.error().isError();
    }
};

// "Table data.csv" of a Studio report on a dimension other than the content (Geography,
// Traffic source, Device type…): the dimension's totals over the whole period. Beamline keeps
// breakdowns by day (the Chart data of the same export), so it says so and stores nothing.
class YouTubeBreakdownTable final : public ImportFormat
{
public:
    QString id() const override { return QStringLiteral("youtube-breakdown-table"); }
    QString displayName() const override { return FormatMessages::tr("YouTube Studio: table of a breakdown over the period"); }

    int detect(const ProbeInfo &probe) const override
    {
        if (probe.records.isEmpty() || !probe.names().contains(QLatin1String("table data")))
            return 0;
        const Record &header = probe.records.first();
        const QString first = ColumnMap::normalise(header.fields.value(0));
        if (first.isEmpty() || first == QLatin1String("content") || first == QLatin1String("video") || first == QLatin1String("date"))
            return 0;
        return ColumnMap::hasAny(header, {QStringLiteral("Views"), QStringLiteral("Watch time (hours)")}) ? 85 : 0;
    }

    bool read(PeekableStream &stream, ImportContext &ctx) const override
    {
        Record header;
        stream.next(header);
        const QString message = FormatMessages::tr("a YouTube table by %1 over the whole period; Beamline keeps a breakdown by day, from the "
                                                   "“Chart data.csv” of the same export, and left this table out")
                                    .arg(header.fields.value(0).trimmed());
        if (ctx.probe().containerName.isEmpty()) {
            ctx.fail(1, 1, message);
            return false;
        }
        ctx.leaveOut(message);
        Record row;
        while (stream.next(row)) { }
        return !stream.error().isError();
    }
};

} // namespace

void addYouTubeFormats(ImportFormats &formats)
{
    formats.push_back(std::make_unique<YouTubeTable>());
    formats.push_back(std::make_unique<YouTubeDaily>());
    formats.push_back(std::make_unique<YouTubeBreakdownTable>());
}

} // namespace Beamline
