// SPDX-License-Identifier: GPL-3.0-or-later
// LinkedIn Page exports: the content workbook (sheets "All posts" and "Metrics"), the
// followers workbook ("New followers") and the visitors workbook ("Visitor metrics"), as
// .xls, as .xlsx, or as a CSV re-save. The header is found by its content wherever it is:
// below LinkedIn's title line, or in the first row once a spreadsheet program has saved the
// file. See shared/formats/README.md §10.

#include "formats.h"

#include <core/import/formatsupport.h>
#include <core/import/readlimits.h>

namespace Beamline {

namespace {

using Kind = ColumnSpec::Kind;
using namespace FormatSupport;

// LinkedIn dates are MM/DD/YYYY text or Excel date cells (read as ISO dates).
Values::DateTime linkedInDate(const QString &text)
{
    for (Values::DateLayout layout : {Values::DateLayout::UsSlash, Values::DateLayout::Iso, Values::DateLayout::ExcelSerial}) {
        const Values::DateTime dt = Values::dateTime(text, layout);
        if (dt.ok())
            return dt;
    }
    return {};
}

const QVector<ColumnSpec> &postSpecs()
{
    static const QVector<ColumnSpec> specs = {
        {QStringLiteral("post.text"), {QStringLiteral("Post title"), QStringLiteral("Update title")}, false, Kind::Text},
        {QStringLiteral("post.permalink"), {QStringLiteral("Post link"), QStringLiteral("Update link")}, true, Kind::Text},
        {QStringLiteral("post.type"), {QStringLiteral("Post type"), QStringLiteral("Update type")}, false, Kind::Text},
        {QStringLiteral("post.campaign"), {QStringLiteral("Campaign name")}, false, Kind::Text},
        {QStringLiteral("post.author"), {QStringLiteral("Posted by")}, false, Kind::Text},
        {QStringLiteral("post.time"), {QStringLiteral("Created date")}, true, Kind::Text},
        {QStringLiteral("metric:impressions"), {QStringLiteral("Impressions")}},
        {QStringLiteral("metric:video_views"), {QStringLiteral("Views")}},
        {QStringLiteral("extra:offsite_views"), {QStringLiteral("Offsite Views")}},
        {QStringLiteral("metric:clicks"), {QStringLiteral("Clicks")}},
        {QStringLiteral("extra:ctr"), {QStringLiteral("Click through rate (CTR)")}, false, Kind::Fraction},
        {QStringLiteral("metric:likes"), {QStringLiteral("Likes"), QStringLiteral("Reactions")}},
        {QStringLiteral("metric:comments"), {QStringLiteral("Comments")}},
        {QStringLiteral("metric:shares"), {QStringLiteral("Reposts"), QStringLiteral("Shares")}},
        {QStringLiteral("metric:follows"), {QStringLiteral("Follows")}},
        {QStringLiteral("extra:engagement_rate"), {QStringLiteral("Engagement rate")}, false, Kind::Fraction},
        {QStringLiteral("post.content_type"), {QStringLiteral("Content Type")}, false, Kind::Text},
    };
    return specs;
}

class LinkedInPosts final : public ImportFormat
{
public:
    QString id() const override { return QStringLiteral("linkedin-posts"); }
    QString displayName() const override { return FormatMessages::tr("LinkedIn Page: posts"); }

    int detect(const ProbeInfo &probe) const override
    {
        for (const Record &r : probe.records) {
            if (ColumnMap::hasAll(r, {QStringLiteral("Post title"), QStringLiteral("Post link")})
                || ColumnMap::hasAll(r, {QStringLiteral("Update title"), QStringLiteral("Update link")}))
                return ColumnMap::hasAny(r, {QStringLiteral("Created date")}) ? 92 : 80;
        }
        return 0;
    }

    bool read(PeekableStream &stream, ImportContext &ctx) const override
    {
        const auto &specs = postSpecs();
        const auto table = openTable(stream, ctx, specs, 4, FormatMessages::tr("no LinkedIn posts header found"));
        if (!table)
            return false;
        const ColumnMap &map = table->map;
        const qint64 channel = ctx.sink().channel(Platform::LinkedIn, {}, {});
        Record row;
        while (nextDataRow(stream, ctx, map.headerSize(), row)) {
            ++ctx.rowsRead;
            if (!ctx.keepGoing(stream))
                return false;
            PlatformPost post;
            post.channelId = channel;
            post.permalink = map.cell(row, QStringLiteral("post.permalink")).trimmed();
            post.externalId = linkedInActivityId(post.permalink);
            if (post.externalId.isEmpty())
                post.externalId = post.permalink;
            if (post.externalId.isEmpty()) {
                ctx.skip(row.line, FormatMessages::tr("no post link"));
                continue;
            }
            post.text = map.cell(row, QStringLiteral("post.text"));
            post.postType = map.cell(row, QStringLiteral("post.type")).trimmed();
            const Values::DateTime created = linkedInDate(map.cell(row, QStringLiteral("post.time")));
            if (created.ok())
                post.publishedAt = toUtc(created, ctx.timeZone);
            PostSnapshot snapshot;
            fillSnapshot(ctx, row, map, specs, snapshot);
            ctx.count(ctx.sink().post(post, snapshot, row.line));
            if (created.ok())
                ctx.coverDay(created.date);
        }
        return !stream.error().isError();
    }
};

// Daily tables: "Metrics" (impressions, clicks, reactions...), "New followers" and
// "Visitor metrics" (page views and unique visitors of the Page).
class LinkedInDaily final : public ImportFormat
{
public:
    enum class Kind { Metrics, Followers, Visitors };
    explicit LinkedInDaily(Kind kind) : m_kind(kind) {}

    QString id() const override
    {
        switch (m_kind) {
        case Kind::Metrics: return QStringLiteral("linkedin-metrics");
        case Kind::Followers: return QStringLiteral("linkedin-followers");
        case Kind::Visitors: return QStringLiteral("linkedin-visitors");
        }
        return {};
    }
    QString displayName() const override
    {
        switch (m_kind) {
        case Kind::Metrics: return FormatMessages::tr("LinkedIn Page: metrics by day");
        case Kind::Followers: return FormatMessages::tr("LinkedIn Page: new followers by day");
        case Kind::Visitors: return FormatMessages::tr("LinkedIn Page: visitors by day");
        }
        return {};
    }

    int detect(const ProbeInfo &probe) const override
    {
        for (const Record &r : probe.records) {
            if (m_kind == Kind::Metrics && ColumnMap::hasAll(r, {QStringLiteral("Date"), QStringLiteral("Impressions (total)")}))
                return 90;
            if (m_kind == Kind::Followers && ColumnMap::hasAll(r, {QStringLiteral("Date"), QStringLiteral("Organic followers")}))
                return 90;
            if (m_kind == Kind::Visitors && ColumnMap::hasAll(r, {QStringLiteral("Date"), QStringLiteral("Total page views (total)")}))
                return 90;
        }
        return 0;
    }

    bool read(PeekableStream &stream, ImportContext &ctx) const override
    {
        using K = ColumnSpec::Kind;
        static const QVector<ColumnSpec> metrics = {
            {QStringLiteral("day"), {QStringLiteral("Date")}, true, K::Text},
            {QStringLiteral("daily:impressions"), {QStringLiteral("Impressions (total)")}},
            {QStringLiteral("daily:unique_impressions"), {QStringLiteral("Unique impressions (organic)")}},
            {QStringLiteral("daily:clicks"), {QStringLiteral("Clicks (total)")}},
            {QStringLiteral("daily:likes"), {QStringLiteral("Reactions (total)")}},
            {QStringLiteral("daily:comments"), {QStringLiteral("Comments (total)")}},
            {QStringLiteral("daily:shares"), {QStringLiteral("Reposts (total)")}},
            {QStringLiteral("daily:engagement_rate"), {QStringLiteral("Engagement rate (total)")}, false, K::Fraction},
        };
        static const QVector<ColumnSpec> followers = {
            {QStringLiteral("day"), {QStringLiteral("Date")}, true, K::Text},
            {QStringLiteral("gain"), {QStringLiteral("Sponsored followers")}},
            {QStringLiteral("gain"), {QStringLiteral("Organic followers")}},
            {QStringLiteral("gain"), {QStringLiteral("Auto-invited followers")}},
            {QStringLiteral("daily:followers_total"), {QStringLiteral("Total followers")}},
        };
        static const QVector<ColumnSpec> visitors = {
            {QStringLiteral("day"), {QStringLiteral("Date")}, true, K::Text},
            // Views of the Page by members: the Page's profile visits.
            {QStringLiteral("daily:profile_visits"), {QStringLiteral("Total page views (total)")}, true},
            {QStringLiteral("daily:unique_visitors"), {QStringLiteral("Total unique visitors (total)")}},
        };
        const auto &specs = m_kind == Kind::Metrics ? metrics : m_kind == Kind::Followers ? followers : visitors;
        const HeaderSearch found = findHeader(stream, specs, 2);
        if (!found.found) {
            ctx.fail(1, 1, FormatMessages::tr("no LinkedIn daily header found"));
            return false;
        }
        ColumnMap map;
        map.resolve(found.header, specs);
        ctx.columns = map.describe();
        const qint64 channel = ctx.sink().channel(Platform::LinkedIn, {}, {});
        Record row;
        while (nextDataRow(stream, ctx, map.headerSize(), row)) {
            ++ctx.rowsRead;
            if (!ctx.keepGoing(stream))
                return false;
            const Values::DateTime day = linkedInDate(map.cell(row, QStringLiteral("day")));
            if (!day.ok()) {
                ctx.skip(row.line, map.index(QStringLiteral("day")) + 1, FormatMessages::tr("column %1: “%2” is not a date").arg(map.index(QStringLiteral("day")) + 1).arg(ReadLimits::excerpt(map.cell(row, QStringLiteral("day")))));
                continue;
            }
            double gained = 0;
            bool anyGain = false;
            // Every cell is read before any is written: a row with a bad cell is written not at all.
            QVector<std::pair<int, double>> values;
            for (int i = 0; i < specs.size(); ++i) {
                const auto v = specValue(ctx, row, map, i, specs.at(i));
                if (!v)
                    continue;
                if (specs.at(i).role == QLatin1String("gain")) {
                    gained += *v;
                    anyGain = true;
                } else if (specs.at(i).role.startsWith(QLatin1String("daily:"))) {
                    values.append({i, *v});
                }
            }
            for (const auto &[i, v] : std::as_const(values))
                ctx.count(ctx.sink().daily({channel, specs.at(i).role.mid(6), day.date, v, specs.at(i).aliases.first(), {}, {}, row.line}));
            // Followers gained = sponsored + organic + auto-invited.
            if (anyGain)
                ctx.count(ctx.sink().daily({channel, QStringLiteral("followers_gained"), day.date, gained, FormatMessages::tr("New followers"), {}, {}, row.line}));
            ctx.coverDay(day.date);
        }
        return !stream.error().isError();
    }

private:
    Kind m_kind;
};

} // namespace

void addLinkedInFormats(ImportFormats &formats)
{
    formats.push_back(std::make_unique<LinkedInPosts>());
    formats.push_back(std::make_unique<LinkedInDaily>(LinkedInDaily::Kind::Metrics));
    formats.push_back(std::make_unique<LinkedInDaily>(LinkedInDaily::Kind::Followers));
    formats.push_back(std::make_unique<LinkedInDaily>(LinkedInDaily::Kind::Visitors));
}

} // namespace Beamline
