// SPDX-License-Identifier: GPL-3.0-or-later
// Meta exports: Business Suite post exports (Instagram, Facebook), Business Suite daily
// metric exports, and the legacy Facebook Page Insights post export. See
// shared/formats/README.md §3-5.

#include "formats.h"

#include <core/import/formatsupport.h>

#include <QRegularExpression>
#include <QTimeZone>

namespace Beamline {

namespace {

using Kind = ColumnSpec::Kind;
using namespace FormatSupport;

// Post exports taken over a range "Jan-01-2026_Jan-31-2026_<asset>.csv" were captured at the
// end of the range at the latest.
void captureFromName(ImportContext &ctx, int daysAfter)
{
    const FileDates dates = datesInName(ctx.probe().fileName);
    if (dates.found())
        ctx.capturedAt = QDateTime(dates.last.addDays(daysAfter), QTime(0, 0), QTimeZone::utc());
}

bool refuseMangledId(ImportContext &ctx, const Record &row, int column, const QString &id)
{
    if (!Values::isExcelMangledId(id))
        return false;
    ctx.fail(row.line, column + 1,
             FormatMessages::tr("the post ids were turned into rounded numbers (%1) by a spreadsheet, so posts cannot be told apart: "
                "download the export again from Meta Business Suite and import it without opening it in Excel").arg(id));
    return true;
}

// --- Business Suite post exports ----------------------------------------------------------

const QVector<ColumnSpec> &instagramSpecs()
{
    static const QVector<ColumnSpec> specs = {
        {QStringLiteral("post.id"), {QStringLiteral("Post ID"), QStringLiteral("Beitrags-ID")}, true, Kind::Text},
        {QStringLiteral("account.id"), {QStringLiteral("Account ID"), QStringLiteral("Konto-ID")}, false, Kind::Text},
        {QStringLiteral("account.username"), {QStringLiteral("Account username"), QStringLiteral("Konto-Benutzername")}, true, Kind::Text},
        {QStringLiteral("account.name"), {QStringLiteral("Account name"), QStringLiteral("Kontoname")}, false, Kind::Text},
        {QStringLiteral("post.text"), {QStringLiteral("Description"), QStringLiteral("Beschreibung")}, false, Kind::Text},
        {QStringLiteral("extra:duration_seconds"), {QStringLiteral("Duration (sec)"), QStringLiteral("Dauer (Sek.)")}},
        {QStringLiteral("post.time"), {QStringLiteral("Publish time"), QStringLiteral("Veröffentlichungszeitpunkt")}, true, Kind::Text},
        {QStringLiteral("post.permalink"), {QStringLiteral("Permalink")}, false, Kind::Text},
        {QStringLiteral("post.type"), {QStringLiteral("Post type"), QStringLiteral("Beitragstyp")}, false, Kind::Text},
        {QStringLiteral("post.lifetime"), {QStringLiteral("Date"), QStringLiteral("Datum")}, false, Kind::Text},
        {QStringLiteral("metric:views"), {QStringLiteral("Views"), QStringLiteral("Aufrufe")}},
        {QStringLiteral("metric:impressions"), {QStringLiteral("Impressions"), QStringLiteral("Impressionen")}},
        {QStringLiteral("metric:reach"), {QStringLiteral("Reach"), QStringLiteral("Range"), QStringLiteral("Reichweite")}},
        {QStringLiteral("metric:likes"), {QStringLiteral("Likes"), QStringLiteral("„Gefällt mir“-Angaben")}},
        {QStringLiteral("metric:shares"), {QStringLiteral("Shares"), QStringLiteral("Geteilte Inhalte")}},
        {QStringLiteral("metric:follows"), {QStringLiteral("Follows"), QStringLiteral("Follower")}},
        {QStringLiteral("metric:comments"), {QStringLiteral("Comments"), QStringLiteral("Kommentare")}},
        {QStringLiteral("metric:saves"), {QStringLiteral("Saves"), QStringLiteral("Gespeichert")}},
        {QStringLiteral("metric:profile_visits"), {QStringLiteral("Profile visits")}},
    };
    return specs;
}

const QVector<ColumnSpec> &facebookSpecs()
{
    static const QVector<ColumnSpec> specs = {
        {QStringLiteral("post.id"), {QStringLiteral("Post ID")}, true, Kind::Text},
        {QStringLiteral("page.id"), {QStringLiteral("Page ID")}, true, Kind::Text},
        {QStringLiteral("page.name"), {QStringLiteral("Page name")}, false, Kind::Text},
        {QStringLiteral("post.title"), {QStringLiteral("Title")}, false, Kind::Text},
        {QStringLiteral("post.text"), {QStringLiteral("Description"), QStringLiteral("Post Message")}, false, Kind::Text},
        {QStringLiteral("extra:duration_seconds"), {QStringLiteral("Duration (sec)")}},
        {QStringLiteral("post.time"), {QStringLiteral("Publish time")}, true, Kind::Text},
        {QStringLiteral("post.permalink"), {QStringLiteral("Permalink")}, false, Kind::Text},
        {QStringLiteral("post.type"), {QStringLiteral("Post type")}, false, Kind::Text},
        {QStringLiteral("metric:impressions"), {QStringLiteral("Impressions")}},
        {QStringLiteral("metric:reach"), {QStringLiteral("Reach")}},
        {QStringLiteral("metric:engagements"), {QStringLiteral("Reactions, Comments and Shares")}},
        {QStringLiteral("metric:likes"), {QStringLiteral("Reactions")}},
        {QStringLiteral("metric:comments"), {QStringLiteral("Comments")}},
        {QStringLiteral("metric:shares"), {QStringLiteral("Shares")}},
        {QStringLiteral("metric:clicks"), {QStringLiteral("Total clicks")}},
        {QStringLiteral("extra:other_clicks"), {QStringLiteral("Other clicks")}},
        {QStringLiteral("extra:photo_clicks"), {QStringLiteral("Matched Audience Targeting Consumption (Photo Click)"),
                                                QStringLiteral("Consumption corresponding to audience targeting (Photo Click)")}},
        {QStringLiteral("extra:link_clicks"), {QStringLiteral("Link clicks")}},
        {QStringLiteral("metric:video_views"), {QStringLiteral("Views")}},
        {QStringLiteral("extra:reels_plays"), {QStringLiteral("reels_plays:count")}},
        {QStringLiteral("metric:watch_seconds"), {QStringLiteral("Seconds viewed")}},
        {QStringLiteral("extra:average_seconds_viewed"), {QStringLiteral("Average seconds viewed")}},
        {QStringLiteral("extra:estimated_earnings_usd"), {QStringLiteral("Estimated earnings (USD)")}},
    };
    return specs;
}

// Meta writes publish times as MM/DD/YYYY HH:MM (M/D/YYYY after an Excel re-save, and
// dd.MM.yyyy in German) in the account's zone, which the export does not state.
Values::DateTime metaTime(const QString &text)
{
    Values::DateTime t = Values::dateTime(text, Values::DateLayout::UsSlash);
    if (!t.ok())
        t = Values::dateTime(text, Values::DateLayout::Dotted);
    if (!t.ok())
        t = Values::dateTime(text, Values::DateLayout::Iso);
    return t;
}

class MetaPosts final : public ImportFormat
{
public:
    explicit MetaPosts(Platform platform) : m_platform(platform) {}

    QString id() const override
    {
        return m_platform == Platform::Instagram ? QStringLiteral("meta-instagram-posts") : QStringLiteral("meta-facebook-posts");
    }
    QString displayName() const override
    {
        return m_platform == Platform::Instagram ? FormatMessages::tr("Meta Business Suite: Instagram posts") : FormatMessages::tr("Meta Business Suite: Facebook posts");
    }
    QStringList languages() const override
    {
        if (m_platform == Platform::Instagram)
            return {QStringLiteral("en"), QStringLiteral("de")};
        return {QStringLiteral("en")};
    }

    int detect(const ProbeInfo &probe) const override
    {
        for (qsizetype i = 0; i < probe.records.size(); ++i) {
            const Record &r = probe.records.at(i);
            if (m_platform == Platform::Facebook) {
                if (ColumnMap::hasAll(r, {QStringLiteral("Page ID"), QStringLiteral("Page name"), QStringLiteral("Reactions, Comments and Shares")}))
                    return 95;
                continue;
            }
            if (!ColumnMap::hasAny(r, {QStringLiteral("Account username"), QStringLiteral("Konto-Benutzername")}))
                continue;
            // Post types start with "IG " and the Date column says "Lifetime".
            ColumnMap map;
            map.resolve(r, instagramSpecs());
            int igRows = 0;
            for (qsizetype k = i + 1; k < probe.records.size(); ++k) {
                const Record &row = probe.records.at(k);
                if (map.cell(row, QStringLiteral("post.type")).startsWith(QLatin1String("IG ")))
                    ++igRows;
            }
            return igRows > 0 || map.has(QStringLiteral("post.type")) ? 95 : 70;
        }
        return 0;
    }

    bool read(PeekableStream &stream, ImportContext &ctx) const override
    {
        const auto &specs = m_platform == Platform::Instagram ? instagramSpecs() : facebookSpecs();
        const auto table = openTable(stream, ctx, specs, 4, FormatMessages::tr("no Meta post export header found"));
        if (!table)
            return false;
        const HeaderSearch &found = table->search;
        const ColumnMap &map = table->map;
        captureFromName(ctx, 1);
        const QVector<Record> sample = [&] {
            QVector<Record> rows;
            stream.fill(30);
            for (qsizetype i = 0; i < stream.buffered(); ++i)
                rows.append(stream.peek(i));
            return rows;
        }();
        // A German (or French...) export writes 1.234 for a thousand; an English one 1,234.
        Values::NumberStyle style = guessNumberStyle(sample, map.index(QStringLiteral("post.lifetime")) + 1);
        if (ColumnMap::hasAny(found.header, {QStringLiteral("Beitrags-ID"), QStringLiteral("Veröffentlichungszeitpunkt")}))
            style.decimal = QLatin1Char(',');

        Record row;
        while (nextDataRow(stream, ctx, map.headerSize(), row)) {
            ++ctx.rowsRead;
            if (!ctx.keepGoing(stream))
                return false;
            const QString id = map.cell(row, QStringLiteral("post.id")).trimmed();
            if (refuseMangledId(ctx, row, map.index(QStringLiteral("post.id")), id))
                return false;
            if (id.isEmpty()) {
                ctx.skip(row.line, FormatMessages::tr("no post id"));
                continue;
            }
            const QString timeText = map.cell(row, QStringLiteral("post.time"));
            const Values::DateTime time = metaTime(timeText);
            if (!time.ok()) {
                ctx.skip(row.line, map.index(QStringLiteral("post.time")) + 1, FormatMessages::tr("column %1: “%2” is not a publish time like 01/30/2026 10:00")
                                       .arg(map.index(QStringLiteral("post.time")) + 1)
                                       .arg(timeText));
                continue;
            }
            PlatformPost post;
            post.externalId = id;
            post.permalink = map.cell(row, QStringLiteral("post.permalink")).trimmed();
            post.postType = map.cell(row, QStringLiteral("post.type")).trimmed();
            post.isStory = post.postType.contains(QLatin1String("story"), Qt::CaseInsensitive);
            const QString title = map.cell(row, QStringLiteral("post.title")).trimmed();
            const QString text = map.cell(row, QStringLiteral("post.text"));
            post.text = title.isEmpty() ? text : (text.isEmpty() ? title : title + QLatin1Char('\n') + text);
            post.publishedAt = toUtc(time, ctx.timeZone);
            if (m_platform == Platform::Instagram) {
                const QString username = map.cell(row, QStringLiteral("account.username")).trimmed();
                post.channelId = ctx.sink().channel(Platform::Instagram, username, map.cell(row, QStringLiteral("account.name")).trimmed());
            } else {
                const QString pageId = map.cell(row, QStringLiteral("page.id")).trimmed();
                if (refuseMangledId(ctx, row, map.index(QStringLiteral("page.id")), pageId))
                    return false;
                post.channelId = ctx.sink().channel(Platform::Facebook, pageId, map.cell(row, QStringLiteral("page.name")).trimmed());
            }
            PostSnapshot snapshot;
            fillSnapshot(ctx, row, map, specs, snapshot, style);
            ctx.count(ctx.sink().post(post, snapshot, row.line));
            ctx.coverDay(post.publishedAt.toTimeZone(ctx.timeZone).date());
        }
        return !stream.error().isError();
    }

private:
    Platform m_platform;
};

// --- Business Suite daily metric exports ---------------------------------------------------

// "Facebook follows" -> (Facebook, followers_gained); "Instagram reach" -> (Instagram, reach).
std::pair<std::optional<Platform>, QString> metricOfTitle(const QString &title)
{
    QString t = title.trimmed();
    std::optional<Platform> platform;
    for (const auto &[prefix, p] : {std::pair{QStringLiteral("Facebook "), Platform::Facebook},
                                    std::pair{QStringLiteral("Instagram "), Platform::Instagram}}) {
        if (t.startsWith(prefix, Qt::CaseInsensitive)) {
            platform = p;
            t = t.mid(prefix.size());
            break;
        }
    }
    QString key = metricKey(t);
    if (key == QLatin1String("follows") || key == QLatin1String("follower") || key == QLatin1String("followers"))
        key = QStringLiteral("followers_gained");
    else if (key == QLatin1String("unfollows"))
        key = QStringLiteral("followers_lost");
    else if (key == QLatin1String("visits") || key == QLatin1String("profile_visits") || key == QLatin1String("page_visits"))
        key = QStringLiteral("profile_visits");
    return {platform, key};
}

class MetaDaily final : public ImportFormat
{
public:
    QString id() const override { return QStringLiteral("meta-daily"); }
    QString displayName() const override { return FormatMessages::tr("Meta Business Suite: daily metric"); }

    int detect(const ProbeInfo &probe) const override
    {
        for (const Record &r : probe.records) {
            if (r.fields.size() >= 2 && ColumnMap::normalise(r.fields.at(0)) == QLatin1String("date")
                && ColumnMap::normalise(r.fields.at(1)) == QLatin1String("primary"))
                return probe.hadSepLine ? 95 : 80;
        }
        return 0;
    }

    bool read(PeekableStream &stream, ImportContext &ctx) const override
    {
        const FileDates range = datesInName(ctx.probe().fileName);
        QString title;
        Record record;
        int sections = 0;
        while (stream.next(record)) {
            if (record.isBlank())
                continue;
            const QString first = record.fields.value(0).trimmed();
            if (record.fields.size() >= 2 && ColumnMap::normalise(first) == QLatin1String("date")
                && ColumnMap::normalise(record.fields.at(1)) == QLatin1String("primary")) {
                if (!readSection(stream, ctx, record, title, range))
                    return false;
                ++sections;
                title.clear();
                continue;
            }
            // A single-cell line is a section title ("Facebook follows").
            title = first;
        }
        if (sections == 0) {
            ctx.fail(1, 1, FormatMessages::tr("no \"Date\",\"Primary\" table found"));
            return false;
        }
        return !stream.error().isError();
    }

private:
    bool readSection(PeekableStream &stream, ImportContext &ctx, const Record &header, const QString &title,
                     const FileDates &range) const
    {
        auto [platform, metric] = metricOfTitle(title.isEmpty() ? QStringLiteral("value") : title);
        if (!platform) {
            const QString names = ctx.probe().names();
            platform = names.contains(QLatin1String("instagram")) ? Platform::Instagram : Platform::Facebook;
            ctx.warn(header.line, FormatMessages::tr("the metric “%1” does not say which platform it is for; it was stored for %2")
                                       .arg(title, Platforms::displayName(*platform)));
        }
        const qint64 channel = ctx.sink().channel(*platform, {}, {});
        const QString before = ctx.metadata.value(QStringLiteral("titles")).toString();
        ctx.metadata.insert(QStringLiteral("titles"), before.isEmpty() ? title : QString(before + QStringLiteral("; ") + title));
        for (qsizetype i = 1; i < header.fields.size(); ++i)
            ctx.columns.append({title + QStringLiteral(" / ") + header.fields.at(i), i == 1 ? QStringLiteral("daily:") + metric : QString()});

        QDate first, last;
        QSet<QDate> seen;
        Record row;
        while (nextDataRow(stream, ctx, int(header.fields.size()), row)) {
            ++ctx.rowsRead;
            if (!ctx.keepGoing(stream))
                return false;
            const Values::DateTime day = Values::dateTime(row.fields.at(0), Values::DateLayout::Iso);
            if (!day.ok()) {
                ctx.skip(row.line, 1, FormatMessages::tr("column 1: “%1” is not a date").arg(row.fields.at(0)));
                continue;
            }
            const auto value = numberCell(ctx, row, 1, header.fields.at(1));
            if (!value)
                continue;
            ctx.count(ctx.sink().daily({channel, metric, day.date, *value, title, {}, {}, row.line}));
            seen.insert(day.date);
            if (!first.isValid() || day.date < first)
                first = day.date;
            if (!last.isValid() || day.date > last)
                last = day.date;
            ctx.coverDay(day.date);
        }
        // Meta lists only the days with a value: the others in the export's range are 0.
        const QDate from = range.found() ? range.first : first;
        const QDate to = range.found() ? range.last : last;
        if (from.isValid() && to.isValid() && from.daysTo(to) <= 3660) {
            for (QDate d = from; d <= to; d = d.addDays(1)) {
                if (!seen.contains(d))
                    ctx.count(ctx.sink().daily({channel, metric, d, 0, title}));
            }
            ctx.coverDay(from);
            ctx.coverDay(to);
        }
        return true;
    }
};

// --- Legacy Facebook Page Insights, page level -----------------------------------------------

// "Facebook Insights Data Export - <Page> - 2014-01-01 - 2014-02-27.csv" (or the ".xls" of the
// same, an Excel 2003 XML workbook whose "Key Metrics" sheet holds the same table): one row
// per day, several hundred columns, a second row of descriptions. Beamline reads the page's
// follower figures and its daily reach and impressions.
const QVector<ColumnSpec> &pageSpecs()
{
    static const QVector<ColumnSpec> specs = {
        {QStringLiteral("day"), {QStringLiteral("Date")}, true, Kind::Text},
        {QStringLiteral("daily:followers_total"), {QStringLiteral("Lifetime Total Likes")}},
        {QStringLiteral("daily:followers_gained"), {QStringLiteral("Daily New Likes")}},
        {QStringLiteral("daily:followers_lost"), {QStringLiteral("Daily Unlikes")}},
        {QStringLiteral("daily:reach"), {QStringLiteral("Daily Total Reach")}},
        {QStringLiteral("daily:impressions"), {QStringLiteral("Daily Total Impressions")}},
    };
    return specs;
}

// Row 2 of the legacy exports describes each column ("Daily: The number of new people who
// have liked your Page (Unique Users)"); it is kept with the batch, not read as data.
void takeDescriptions(PeekableStream &stream, ImportContext &ctx, const Record &header, const ColumnMap &map)
{
    stream.fill(1);
    if (stream.buffered() == 0)
        return;
    const Record &next = stream.peek(0);
    bool descriptions = false;
    for (const QString &cell : next.fields) {
        if (cell.startsWith(QLatin1String("Lifetime:")) || cell.startsWith(QLatin1String("Daily:")) || cell.startsWith(QLatin1String("Weekly:"))) {
            descriptions = true;
            break;
        }
    }
    if (!descriptions)
        return;
    Record row;
    stream.next(row);
    // Only the columns Beamline reads: the page export has hundreds.
    const QVector<ImportContext::Column> columns = map.describe();
    QJsonObject described;
    for (qsizetype i = 0; i < columns.size() && i < row.fields.size(); ++i) {
        if (!row.fields.at(i).isEmpty() && !columns.at(i).role.isEmpty())
            described.insert(QStringLiteral("%1 %2").arg(i + 1).arg(header.fields.at(i)), row.fields.at(i));
    }
    ctx.metadata.insert(QStringLiteral("column_descriptions"), described);
}

class FacebookPageInsightsLegacy final : public ImportFormat
{
public:
    QString id() const override { return QStringLiteral("facebook-insights-page-daily"); }
    QString displayName() const override { return FormatMessages::tr("Facebook Page Insights: page by day (legacy)"); }

    int detect(const ProbeInfo &probe) const override
    {
        for (const Record &r : probe.records) {
            if (ColumnMap::hasAll(r, {QStringLiteral("Date"), QStringLiteral("Daily New Likes")})
                && ColumnMap::hasAny(r, {QStringLiteral("Lifetime Total Likes"), QStringLiteral("Daily Unlikes")}))
                return 95;
        }
        return 0;
    }

    bool read(PeekableStream &stream, ImportContext &ctx) const override
    {
        const auto &specs = pageSpecs();
        const auto table = openTable(stream, ctx, specs, 3, FormatMessages::tr("no Page Insights header found"));
        if (!table)
            return false;
        takeDescriptions(stream, ctx, table->search.header, table->map);
        static const QRegularExpression pageInName(QStringLiteral("Data Export - (.+?) - \\d{4}-\\d{2}-\\d{2}"));
        const auto nameMatch = pageInName.match(ctx.probe().containerName.isEmpty() ? ctx.probe().fileName : ctx.probe().containerName);
        const QString pageName = nameMatch.hasMatch() ? nameMatch.captured(1) : QString();
        const FileDates dates = datesInName(ctx.probe().containerName.isEmpty() ? ctx.probe().fileName : ctx.probe().containerName);
        if (dates.found())
            ctx.capturedAt = QDateTime(dates.last.addDays(1), QTime(0, 0), QTimeZone::utc());
        // The export names no page id: the figures are the workspace's Facebook page's.
        const qint64 channel = ctx.sink().channel(Platform::Facebook, {}, pageName);
        return readDailyRows(stream, ctx, table->map, table->search.header, specs, channel, [](const QString &text) {
            // "1/1/2014" in the CSV; a DateTime cell ("2014-01-01") in the XML workbook.
            Values::DateTime day = Values::dateTime(text, Values::DateLayout::UsSlash);
            return day.ok() ? day : Values::dateTime(text, Values::DateLayout::Iso);
        });
    }
};

// --- Legacy Facebook Page Insights, post level ----------------------------------------------

const QVector<ColumnSpec> &legacySpecs()
{
    static const QVector<ColumnSpec> specs = {
        {QStringLiteral("post.id"), {QStringLiteral("Post ID")}, true, Kind::Text},
        {QStringLiteral("post.permalink"), {QStringLiteral("Permalink")}, false, Kind::Text},
        {QStringLiteral("post.text"), {QStringLiteral("Post Message")}, false, Kind::Text},
        {QStringLiteral("post.type"), {QStringLiteral("Type")}, false, Kind::Text},
        {QStringLiteral("post.time"), {QStringLiteral("Posted")}, true, Kind::Text},
        {QStringLiteral("metric:reach"), {QStringLiteral("Lifetime Post Total Reach")}},
        {QStringLiteral("extra:organic_reach"), {QStringLiteral("Lifetime Post organic reach")}},
        {QStringLiteral("extra:paid_reach"), {QStringLiteral("Lifetime Post Paid Reach")}},
        {QStringLiteral("metric:impressions"), {QStringLiteral("Lifetime Post Total Impressions")}},
        {QStringLiteral("extra:organic_impressions"), {QStringLiteral("Lifetime Post Organic Impressions")}},
        {QStringLiteral("extra:paid_impressions"), {QStringLiteral("Lifetime Post Paid Impressions")}},
        {QStringLiteral("metric:engagements"), {QStringLiteral("Lifetime Engaged Users")}},
        {QStringLiteral("extra:consumers"), {QStringLiteral("Lifetime Post Consumers")}},
        {QStringLiteral("metric:clicks"), {QStringLiteral("Lifetime Post Consumptions")}},
        {QStringLiteral("extra:negative_feedback"), {QStringLiteral("Lifetime Negative feedback")}},
        {QStringLiteral("extra:average_time_video_viewed"), {QStringLiteral("Lifetime Average time video viewed")}},
        // Duplicate names: the first of each pair counts views, the second viewers (row 2 says so).
        {QStringLiteral("metric:video_views"), {QStringLiteral("Lifetime Organic Video Views")}, false, Kind::Number, 1, 1},
        {QStringLiteral("extra:organic_video_viewers"), {QStringLiteral("Lifetime Organic Video Views")}, false, Kind::Number, 1, 2},
        {QStringLiteral("extra:paid_video_views"), {QStringLiteral("Lifetime Paid Video Views")}, false, Kind::Number, 1, 1},
        {QStringLiteral("extra:paid_video_viewers"), {QStringLiteral("Lifetime Paid Video Views")}, false, Kind::Number, 1, 2},
        {QStringLiteral("metric:comments"), {QStringLiteral("Lifetime Post Stories by action type - comment")}},
        {QStringLiteral("metric:likes"), {QStringLiteral("Lifetime Post Stories by action type - like")}},
        {QStringLiteral("metric:shares"), {QStringLiteral("Lifetime Post Stories by action type - share")}},
    };
    return specs;
}

class FacebookInsightsLegacy final : public ImportFormat
{
public:
    QString id() const override { return QStringLiteral("facebook-insights-legacy"); }
    QString displayName() const override { return FormatMessages::tr("Facebook Page Insights: posts (legacy)"); }

    int detect(const ProbeInfo &probe) const override
    {
        for (qsizetype i = 0; i < probe.records.size(); ++i) {
            if (ColumnMap::hasAll(probe.records.at(i), {QStringLiteral("Lifetime Post Total Reach"), QStringLiteral("Post ID")})) {
                const bool descriptions = i + 1 < probe.records.size()
                    && probe.records.at(i + 1).fields.join(QString()).contains(QLatin1String("Lifetime:"));
                return descriptions ? 95 : 80;
            }
        }
        return 0;
    }

    bool read(PeekableStream &stream, ImportContext &ctx) const override
    {
        const auto &specs = legacySpecs();
        const auto table = openTable(stream, ctx, specs, 4, FormatMessages::tr("no Page Insights header found"));
        if (!table)
            return false;
        const HeaderSearch &found = table->search;
        const ColumnMap &map = table->map;
        // Row 2 describes the columns ("Lifetime: The total number of people…").
        stream.fill(1);
        if (stream.buffered() > 0 && stream.peek(0).fields.join(QString()).contains(QLatin1String("Lifetime:"))) {
            Record descriptions;
            stream.next(descriptions);
            QJsonObject described;
            for (qsizetype i = 0; i < descriptions.fields.size() && i < found.header.fields.size(); ++i) {
                if (!descriptions.fields.at(i).isEmpty())
                    described.insert(QStringLiteral("%1 %2").arg(i + 1).arg(found.header.fields.at(i)), descriptions.fields.at(i));
            }
            ctx.metadata.insert(QStringLiteral("column_descriptions"), described);
        }
        const FileDates dates = datesInName(ctx.probe().fileName);
        if (dates.found())
            ctx.capturedAt = QDateTime(dates.last, QTime(0, 0), QTimeZone::utc());
        static const QRegularExpression pageInName(QStringLiteral("Post Level\\) - (.+) - \\d{4}-\\d{2}-\\d{2}"));
        const auto nameMatch = pageInName.match(ctx.probe().fileName);
        const QString pageName = nameMatch.hasMatch() ? nameMatch.captured(1) : QString();

        Record row;
        while (nextDataRow(stream, ctx, map.headerSize(), row)) {
            ++ctx.rowsRead;
            if (!ctx.keepGoing(stream))
                return false;
            const QString id = map.cell(row, QStringLiteral("post.id")).trimmed();
            if (refuseMangledId(ctx, row, map.index(QStringLiteral("post.id")), id))
                return false;
            if (id.isEmpty()) {
                ctx.skip(row.line, FormatMessages::tr("no post id"));
                continue;
            }
            // "01/19/2017 09:03:47 AM" in the CSV; a DateTime cell ("2017-01-19 09:03:47") in the XML workbook.
            const Values::DateTime time = metaTime(map.cell(row, QStringLiteral("post.time")));
            if (!time.ok()) {
                ctx.skip(row.line, map.index(QStringLiteral("post.time")) + 1, FormatMessages::tr("column %1: “%2” is not a time like 01/19/2017 09:03:47 AM")
                                       .arg(map.index(QStringLiteral("post.time")) + 1)
                                       .arg(map.cell(row, QStringLiteral("post.time"))));
                continue;
            }
            PlatformPost post;
            post.externalId = id;
            post.permalink = map.cell(row, QStringLiteral("post.permalink")).trimmed();
            post.text = map.cell(row, QStringLiteral("post.text"));
            post.postType = map.cell(row, QStringLiteral("post.type")).trimmed();
            post.publishedAt = toUtc(time, ctx.timeZone);
            QString page = facebookPageFromUrl(post.permalink);
            if (page.isEmpty())
                page = id.section(QLatin1Char('_'), 0, 0);
            post.channelId = ctx.sink().channel(Platform::Facebook, page, pageName);
            PostSnapshot snapshot;
            fillSnapshot(ctx, row, map, specs, snapshot);
            ctx.count(ctx.sink().post(post, snapshot, row.line));
            ctx.coverDay(post.publishedAt.toTimeZone(ctx.timeZone).date());
        }
        return !stream.error().isError();
    }
};

} // namespace

void addMetaFormats(ImportFormats &formats)
{
    formats.push_back(std::make_unique<MetaPosts>(Platform::Instagram));
    formats.push_back(std::make_unique<MetaPosts>(Platform::Facebook));
    formats.push_back(std::make_unique<MetaDaily>());
    formats.push_back(std::make_unique<FacebookInsightsLegacy>());
    formats.push_back(std::make_unique<FacebookPageInsightsLegacy>());
}

} // namespace Beamline
