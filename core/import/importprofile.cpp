// SPDX-License-Identifier: GPL-3.0-or-later
#include "importprofile.h"

#include "formatsupport.h"

#include <QJsonArray>
#include <QTimeZone>

#include <optional>

namespace Beamline {

namespace {

const std::pair<Values::DateLayout, const char *> LayoutKeys[] = {
    {Values::DateLayout::Iso, "iso"},
    {Values::DateLayout::XLegacy, "x-legacy"},
    {Values::DateLayout::XAccount, "weekday-month-day-year"},
    {Values::DateLayout::XOlder, "weekday-month-day-year-plain"},
    {Values::DateLayout::MonthNameDayYear, "month-day-year"},
    {Values::DateLayout::UsSlash, "mm/dd/yyyy"},
    {Values::DateLayout::EuropeanSlash, "dd/mm/yyyy"},
    {Values::DateLayout::Dotted, "dd.mm.yyyy"},
    {Values::DateLayout::Compact, "yyyymmdd"},
    {Values::DateLayout::YearMonth, "yyyy-mm"},
    {Values::DateLayout::DayMonthNameYear, "dd-mon-yyyy"},
    {Values::DateLayout::DashedDmyShort, "dd-mm-yy"},
    {Values::DateLayout::UsSlashShortYear, "m/d/yy"},
    {Values::DateLayout::ExcelSerial, "excel-serial"},
};

const std::pair<ColumnSpec::Kind, const char *> KindKeys[] = {
    {ColumnSpec::Kind::Text, "text"},
    {ColumnSpec::Kind::Number, "number"},
    {ColumnSpec::Kind::PercentString, "percent"},
    {ColumnSpec::Kind::Fraction, "fraction"},
    {ColumnSpec::Kind::PercentNumber, "percent-number"},
    {ColumnSpec::Kind::Duration, "duration"},
};

using namespace FormatSupport;

// The rows of a file read through a saved mapping, into what its target is.
struct ProfileRows {
    const ImportProfile &profile;
    ImportContext &ctx;
    const ColumnMap &map;
    const QVector<ColumnSpec> &specs;
    Values::NumberStyle style;
    QTimeZone zone;
    qint64 channel = 0;
    qint64 source = 0;

    Values::DateTime timeOf(const Record &row, const QString &role) const
    {
        return Values::dateTime(map.cell(row, role), profile.dateLayout);
    }

    // Why the date or time in `role` was not read.
    QString badDate(const Record &row, const QString &role) const
    {
        return FormatMessages::tr("column %1: “%2” does not match the chosen date format").arg(map.index(role) + 1).arg(map.cell(row, role));
    }

    // The row's date or time in `role`; a row whose cell does not read is skipped, naming the cell.
    std::optional<Values::DateTime> requiredTime(const Record &row, const QString &role) const
    {
        const Values::DateTime time = timeOf(row, role);
        if (time.ok())
            return time;
        ctx.skip(row.line, map.index(role) + 1, badDate(row, role));
        return std::nullopt;
    }

    // A post and its figures; false when the import fails.
    bool readPost(const Record &row) const
    {
        PlatformPost post;
        post.channelId = channel;
        post.externalId = map.cell(row, QStringLiteral("post.id")).trimmed();
        post.permalink = map.cell(row, QStringLiteral("post.permalink")).trimmed();
        if (post.externalId.isEmpty())
            post.externalId = post.permalink;
        if (Values::isExcelMangledId(post.externalId)) {
            ctx.fail(row.line, map.index(QStringLiteral("post.id")) + 1,
                     FormatMessages::tr("the ids were turned into rounded numbers by a spreadsheet (%1)").arg(post.externalId));
            return false;
        }
        if (post.externalId.isEmpty()) {
            ctx.skip(row.line, FormatMessages::tr("no post id or link"));
            return true;
        }
        const Values::DateTime time = timeOf(row, QStringLiteral("post.time"));
        if (time.ok())
            post.publishedAt = toUtc(time, zone);
        else if (time.status == Values::Status::Invalid)
            ctx.warn(row.line, badDate(row, QStringLiteral("post.time")));
        post.text = map.cell(row, QStringLiteral("post.text"));
        post.postType = map.cell(row, QStringLiteral("post.type")).trimmed();
        post.isStory = post.postType.contains(QLatin1String("story"), Qt::CaseInsensitive);
        PostSnapshot snapshot;
        fillSnapshot(ctx, row, map, specs, snapshot, style);
        ctx.count(ctx.sink().post(post, snapshot, row.line));
        if (post.publishedAt.isValid())
            ctx.coverDay(post.publishedAt.toTimeZone(zone).date());
        return true;
    }

    void readDaily(const Record &row) const
    {
        const std::optional<Values::DateTime> dayRead = requiredTime(row, QStringLiteral("day"));
        if (!dayRead)
            return;
        const Values::DateTime &day = *dayRead;
        // Every cell is read before any is written: a row with a bad cell is written not at all.
        QVector<std::pair<int, double>> values;
        for (int i = 0; i < specs.size(); ++i) {
            if (!specs.at(i).role.startsWith(QLatin1String("daily:")))
                continue;
            if (const auto v = specValue(ctx, row, map, i, specs.at(i), style))
                values.append({ i, *v });
        }
        for (const auto &[i, v] : std::as_const(values))
            ctx.count(ctx.sink().daily(
                { channel, specs.at(i).role.mid(6), day.date, v, specs.at(i).aliases.first(), {}, {}, row.line }));
        ctx.coverDay(day.date);
    }

    void readWeb(const Record &row) const
    {
        const std::optional<Values::DateTime> dayRead = requiredTime(row, QStringLiteral("day"));
        if (!dayRead)
            return;
        const Values::DateTime &day = *dayRead;
        WebTrafficRow web;
        web.sourceId = source;
        // "timeseries" is what mappings saved before the site's own figures were called "site".
        web.report
            = profile.report.isEmpty() || profile.report == QLatin1String("timeseries") ? QStringLiteral("site") : profile.report;
        web.periodStart = web.periodEnd = day.date;
        web.dimension = map.cell(row, QStringLiteral("web.dimension")).trimmed();
        web.dimension2 = map.cell(row, QStringLiteral("web.dimension2")).trimmed();
        web.sourceLine = row.line;
        for (int i = 0; i < specs.size(); ++i) {
            if (!specs.at(i).role.startsWith(QLatin1String("web:")))
                continue;
            if (const auto m = MetricKeys::webMetricFromKey(specs.at(i).role.mid(4)))
                web.set(*m, specValue(ctx, row, map, i, specs.at(i), style));
        }
        ctx.count(ctx.sink().web(web));
        ctx.coverDay(day.date);
    }

    void readMention(const Record &row) const
    {
        const std::optional<Values::DateTime> timeRead = requiredTime(row, QStringLiteral("mention.time"));
        if (!timeRead)
            return;
        const Values::DateTime &time = *timeRead;
        Mention m;
        m.tool = profile.tool.isEmpty() ? profile.name : profile.tool;
        m.occurredAt = toUtc(time, zone);
        m.url = map.cell(row, QStringLiteral("mention.url")).trimmed();
        m.domain = map.cell(row, QStringLiteral("mention.domain")).trimmed();
        if (m.domain.isEmpty())
            m.domain = hostOf(m.url);
        const QString network = map.cell(row, QStringLiteral("mention.network"));
        m.network = networkOf(m.domain.isEmpty() ? m.url : m.domain, network);
        m.author = map.cell(row, QStringLiteral("mention.author")).trimmed();
        m.text = map.cell(row, QStringLiteral("mention.text"));
        m.reach = numberCell(ctx, row, map.index(QStringLiteral("mention.reach")), QStringLiteral("reach"), style);
        m.engagement = numberCell(ctx, row, map.index(QStringLiteral("mention.engagement")), QStringLiteral("engagement"), style);
        m.sentiment = MetricKeys::sentimentFromText(map.cell(row, QStringLiteral("mention.sentiment")));
        m.externalId = map.cell(row, QStringLiteral("mention.id")).trimmed();
        if (m.externalId.isEmpty())
            m.externalId = mentionDigest(m);
        m.sourceLine = row.line;
        ctx.count(ctx.sink().mention(m));
        ctx.coverDay(m.occurredAt.toTimeZone(zone).date());
    }
};

} // namespace

QString ImportProfile::targetKey(Target target)
{
    switch (target) {
    case Target::Posts: return QStringLiteral("posts");
    case Target::Daily: return QStringLiteral("daily");
    case Target::Web: return QStringLiteral("web");
    case Target::Mentions: return QStringLiteral("mentions");
    }
    return QStringLiteral("posts");
}

QString ImportProfile::layoutKey(Values::DateLayout layout)
{
    for (const auto &[l, key] : LayoutKeys) {
        if (l == layout)
            return QString::fromLatin1(key);
    }
    return QStringLiteral("iso");
}

std::optional<Values::DateLayout> ImportProfile::layoutFromKey(const QString &key)
{
    for (const auto &[l, k] : LayoutKeys) {
        if (key == QLatin1String(k))
            return l;
    }
    return std::nullopt;
}

QString ImportProfile::kindKey(ColumnSpec::Kind kind)
{
    for (const auto &[k, key] : KindKeys) {
        if (k == kind)
            return QString::fromLatin1(key);
    }
    return QStringLiteral("number");
}

ColumnSpec::Kind ImportProfile::kindFromKey(const QString &key)
{
    for (const auto &[k, name] : KindKeys) {
        if (key == QLatin1String(name))
            return k;
    }
    return ColumnSpec::Kind::Number;
}

QStringList ImportProfile::rolesFor(Target target)
{
    QStringList roles;
    switch (target) {
    case Target::Posts:
        roles = {QStringLiteral("post.id"), QStringLiteral("post.time"), QStringLiteral("post.text"), QStringLiteral("post.permalink"),
                 QStringLiteral("post.type")};
        for (int i = 0; i < PostMetricCount; ++i)
            roles.append(QStringLiteral("metric:") + MetricKeys::key(static_cast<PostMetric>(i)));
        break;
    case Target::Daily:
        roles = {QStringLiteral("day"), QStringLiteral("daily:followers_gained"), QStringLiteral("daily:followers_lost"),
                 QStringLiteral("daily:profile_visits"), QStringLiteral("daily:reach"), QStringLiteral("daily:impressions"),
                 QStringLiteral("daily:views"), QStringLiteral("daily:story_views")};
        break;
    case Target::Web:
        roles = {QStringLiteral("day"), QStringLiteral("web.dimension"), QStringLiteral("web.dimension2")};
        for (int i = 0; i < WebMetricCount; ++i)
            roles.append(QStringLiteral("web:") + MetricKeys::key(static_cast<WebMetric>(i)));
        break;
    case Target::Mentions:
        roles = {QStringLiteral("mention.time"), QStringLiteral("mention.id"), QStringLiteral("mention.url"), QStringLiteral("mention.domain"),
                 QStringLiteral("mention.network"), QStringLiteral("mention.author"), QStringLiteral("mention.text"),
                 QStringLiteral("mention.reach"), QStringLiteral("mention.engagement"), QStringLiteral("mention.sentiment")};
        break;
    }
    return roles;
}

QJsonObject ImportProfile::toJson() const
{
    QJsonArray cols;
    for (const Column &c : columns) {
        QJsonObject o{{QStringLiteral("header"), c.header}, {QStringLiteral("role"), c.role}, {QStringLiteral("kind"), kindKey(c.kind)}};
        if (c.scale != 1)
            o.insert(QStringLiteral("scale"), c.scale);
        cols.append(o);
    }
    return {
        {QStringLiteral("target"), targetKey(target)},
        {QStringLiteral("platform"), Platforms::key(platform)},
        {QStringLiteral("channel"), channelHandle},
        {QStringLiteral("date_layout"), layoutKey(dateLayout)},
        {QStringLiteral("decimal"), QString(decimal)},
        {QStringLiteral("time_zone"), timeZone},
        {QStringLiteral("report"), report},
        {QStringLiteral("tool"), tool},
        {QStringLiteral("columns"), cols},
    };
}

ImportProfile ImportProfile::fromJson(const QJsonObject &o)
{
    ImportProfile p;
    const QString target = o.value(QStringLiteral("target")).toString();
    p.target = target == QLatin1String("daily") ? Target::Daily : target == QLatin1String("web") ? Target::Web
             : target == QLatin1String("mentions") ? Target::Mentions : Target::Posts;
    p.platform = Platforms::fromKey(o.value(QStringLiteral("platform")).toString()).value_or(Platform::Other);
    p.channelHandle = o.value(QStringLiteral("channel")).toString();
    p.dateLayout = layoutFromKey(o.value(QStringLiteral("date_layout")).toString()).value_or(Values::DateLayout::Iso);
    const QString decimal = o.value(QStringLiteral("decimal")).toString();
    p.decimal = decimal.isEmpty() ? QLatin1Char('.') : decimal.at(0);
    p.timeZone = o.value(QStringLiteral("time_zone")).toString();
    p.report = o.value(QStringLiteral("report")).toString();
    p.tool = o.value(QStringLiteral("tool")).toString();
    const QJsonArray cols = o.value(QStringLiteral("columns")).toArray();
    for (const QJsonValue &v : cols) {
        const QJsonObject c = v.toObject();
        p.columns.append({c.value(QStringLiteral("header")).toString(), c.value(QStringLiteral("role")).toString(),
                          kindFromKey(c.value(QStringLiteral("kind")).toString()), c.value(QStringLiteral("scale")).toDouble(1)});
    }
    return p;
}

ImportProfileRecord ImportProfile::toRecord() const
{
    return {id, name, headerSignature, toJson()};
}

ImportProfile ImportProfile::fromRecord(const ImportProfileRecord &record)
{
    ImportProfile p = fromJson(record.definition);
    p.id = record.id;
    p.name = record.name;
    p.headerSignature = record.headerSignature;
    return p;
}

QVector<ImportProfile> ImportProfile::fromRecords(const QVector<ImportProfileRecord> &records)
{
    QVector<ImportProfile> profiles;
    profiles.reserve(records.size());
    for (const ImportProfileRecord &r : records)
        profiles.append(fromRecord(r));
    return profiles;
}

QString ProfileFormat::displayName() const
{
    return FormatMessages::tr("Saved mapping “%1”").arg(m_profile.name);
}

int ProfileFormat::detect(const ProbeInfo &probe) const
{
    for (const Record &r : probe.records) {
        if (ColumnMap::signature(r) == m_profile.headerSignature)
            return 100;
    }
    return 0;
}

bool ProfileFormat::read(PeekableStream &stream, ImportContext &ctx) const
{
    using namespace FormatSupport;
    // Find the header the profile was made for.
    Record header;
    bool found = false;
    while (stream.next(header)) {
        if (ColumnMap::signature(header) == m_profile.headerSignature) {
            found = true;
            break;
        }
    }
    if (!found) {
        ctx.fail(1, 1, FormatMessages::tr("the header the mapping “%1” was made for is not in this file").arg(m_profile.name));
        return false;
    }
    QVector<ColumnSpec> specs;
    for (const ImportProfile::Column &c : m_profile.columns) {
        if (!c.role.isEmpty())
            specs.append({c.role, {c.header}, false, c.kind, c.scale});
    }
    ColumnMap map;
    map.resolve(header, specs);
    ctx.columns = map.describe();
    const Values::NumberStyle style{m_profile.decimal};
    const QTimeZone zone = m_profile.timeZone.isEmpty() ? ctx.timeZone : QTimeZone(m_profile.timeZone.toUtf8());
    ProfileRows rows{m_profile, ctx, map, specs, style, zone};
    if (m_profile.target == ImportProfile::Target::Posts || m_profile.target == ImportProfile::Target::Daily)
        rows.channel = ctx.sink().channel(m_profile.platform, m_profile.channelHandle, {});
    if (m_profile.target == ImportProfile::Target::Web)
        rows.source = ctx.sink().webSource(QStringLiteral("profile"), m_profile.name);

    Record row;
    while (nextDataRow(stream, ctx, map.headerSize(), row)) {
        ++ctx.rowsRead;
        if (!ctx.keepGoing(stream))
            return false;
        switch (m_profile.target) {
        case ImportProfile::Target::Posts:
            if (!rows.readPost(row))
                return false;
            break;
        case ImportProfile::Target::Daily: rows.readDaily(row); break;
        case ImportProfile::Target::Web: rows.readWeb(row); break;
        case ImportProfile::Target::Mentions: rows.readMention(row); break;
        }
    }
    return !stream.error().isError();
}

} // namespace Beamline
