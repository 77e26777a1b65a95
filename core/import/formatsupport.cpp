// SPDX-License-Identifier: GPL-3.0-or-later
#include "formatsupport.h"

#include "readlimits.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>

namespace Beamline::FormatSupport {

QString unescapeHtml(const QString &text)
{
    if (!text.contains(QLatin1Char('&')))
        return text;
    QString out = text;
    out.replace(QLatin1String("&lt;"), QLatin1String("<"));
    out.replace(QLatin1String("&gt;"), QLatin1String(">"));
    out.replace(QLatin1String("&quot;"), QLatin1String("\""));
    out.replace(QLatin1String("&#39;"), QLatin1String("'"));
    out.replace(QLatin1String("&apos;"), QLatin1String("'"));
    out.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return out;
}

QStringList hashtags(const QString &text)
{
    static const QRegularExpression tag(QStringLiteral("(?<![\\w&])#([\\p{L}\\p{N}_]+)"), QRegularExpression::UseUnicodePropertiesOption);
    QStringList tags;
    auto it = tag.globalMatch(text);
    while (it.hasNext()) {
        const QString t = QLatin1Char('#') + it.next().captured(1);
        if (!tags.contains(t, Qt::CaseInsensitive))
            tags.append(t);
    }
    return tags;
}

QStringList urls(const QString &text)
{
    static const QRegularExpression url(QStringLiteral("https?://[^\\s\"'<>;,]+"));
    QStringList found;
    auto it = url.globalMatch(text);
    while (it.hasNext()) {
        QString u = it.next().captured(0);
        while (u.endsWith(QLatin1Char('.')) || u.endsWith(QLatin1Char(')')))
            u.chop(1);
        if (!found.contains(u))
            found.append(u);
    }
    return found;
}

QString stripFormulaGuard(const QString &text)
{
    if (text.size() >= 2 && text.at(0) == QLatin1Char('\'')) {
        const QChar c = text.at(1);
        if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@'))
            return text.mid(1);
    }
    return text;
}

std::optional<QDateTime> snowflakeTime(const QString &id)
{
    bool ok = false;
    const qulonglong value = id.trimmed().toULongLong(&ok);
    if (!ok || value < (qulonglong(1) << 32))
        return std::nullopt;
    const qint64 ms = qint64(value >> 22) + Q_INT64_C(1288834974657);
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

QString xHandleFromUrl(const QString &url)
{
    static const QRegularExpression re(QStringLiteral("^https?://(?:www\\.|mobile\\.)?(?:twitter|x)\\.com/([A-Za-z0-9_]+)/status"));
    const auto m = re.match(url.trimmed());
    return m.hasMatch() ? m.captured(1) : QString();
}

QString xStatusIdFromUrl(const QString &url)
{
    static const QRegularExpression re(QStringLiteral("/status(?:es)?/(\\d+)"));
    const auto m = re.match(url);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString facebookPageFromUrl(const QString &url)
{
    static const QRegularExpression re(QStringLiteral("^https?://(?:www\\.|m\\.)?facebook\\.com/([^/?]+)/"));
    const auto m = re.match(url.trimmed());
    return m.hasMatch() ? m.captured(1) : QString();
}

QString linkedInActivityId(const QString &link)
{
    static const QRegularExpression re(QStringLiteral("urn:li:(activity|ugcPost|share):(\\d+)"));
    const auto m = re.match(link);
    return m.hasMatch() ? QStringLiteral("urn:li:%1:%2").arg(m.captured(1), m.captured(2)) : QString();
}

QString hostOf(const QString &url)
{
    const QString t = url.trimmed();
    if (t.isEmpty())
        return {};
    QUrl u = QUrl::fromUserInput(t);
    QString host = u.host().toLower();
    if (host.startsWith(QLatin1String("www.")))
        host = host.mid(4);
    return host;
}

QString networkOf(const QString &domainOrUrl, const QString &sourceHint)
{
    const QString hint = sourceHint.trimmed().toLower();
    if (hint == QLatin1String("x") || hint == QLatin1String("twitter"))
        return QStringLiteral("x");
    for (const char *n : {"facebook", "instagram", "linkedin", "youtube", "reddit"}) {
        if (hint == QLatin1String(n))
            return QString::fromLatin1(n);
    }
    QString host = domainOrUrl.contains(QLatin1String("://")) ? hostOf(domainOrUrl) : domainOrUrl.trimmed().toLower();
    if (host.startsWith(QLatin1String("www.")))
        host = host.mid(4);
    auto is = [&](const char *domain) {
        const QString d = QString::fromLatin1(domain);
        return host == d || host.endsWith(QLatin1Char('.') + d);
    };
    if (is("twitter.com") || is("x.com") || is("t.co"))
        return QStringLiteral("x");
    if (is("instagram.com"))
        return QStringLiteral("instagram");
    if (is("facebook.com") || is("fb.com") || is("fb.watch"))
        return QStringLiteral("facebook");
    if (is("linkedin.com") || is("lnkd.in"))
        return QStringLiteral("linkedin");
    if (is("youtube.com") || is("youtu.be"))
        return QStringLiteral("youtube");
    if (is("reddit.com"))
        return QStringLiteral("reddit");
    if (host.startsWith(QLatin1String("news.")) || hint.contains(QLatin1String("news")) || hint.contains(QLatin1String("radio"))
        || hint.contains(QLatin1String("tv")) || hint == QLatin1String("print"))
        return QStringLiteral("news");
    if (host.startsWith(QLatin1String("blog.")) || host.contains(QLatin1String("blog")) || hint.contains(QLatin1String("blog")))
        return QStringLiteral("blog");
    if (host.contains(QLatin1String("forum")) || hint.contains(QLatin1String("forum")))
        return QStringLiteral("forum");
    if (hint == QLatin1String("reddit"))
        return QStringLiteral("reddit");
    return host.isEmpty() && hint.isEmpty() ? QStringLiteral("other") : (hint.isEmpty() ? QStringLiteral("web") : QStringLiteral("other"));
}

FileDates datesInName(const QString &name)
{
    FileDates result;
    // Jan-01-2026_Jan-31-2026
    static const QRegularExpression meta(QStringLiteral("([A-Z][a-z]{2})-(\\d{2})-(\\d{4})_([A-Z][a-z]{2})-(\\d{2})-(\\d{4})"));
    auto m = meta.match(name);
    if (m.hasMatch()) {
        result.first = QDate(m.captured(3).toInt(), Values::monthFromName(m.captured(1)), m.captured(2).toInt());
        result.last = QDate(m.captured(6).toInt(), Values::monthFromName(m.captured(4)), m.captured(5).toInt());
        if (result.first.isValid() && result.last.isValid())
            return result;
    }
    // 20170101_20170201 or 20170101-20170131
    static const QRegularExpression compact(QStringLiteral("(?<!\\d)(\\d{8})[_-](\\d{8})(?!\\d)"));
    m = compact.match(name);
    if (m.hasMatch()) {
        result.first = QDate::fromString(m.captured(1), QStringLiteral("yyyyMMdd"));
        result.last = QDate::fromString(m.captured(2), QStringLiteral("yyyyMMdd"));
        if (result.first.isValid() && result.last.isValid())
            return result;
    }
    // 2026-01-01_2026-01-31, "2014-01-01 - 2014-02-27" (Facebook's legacy page export)
    static const QRegularExpression isoRange(QStringLiteral("(\\d{4}-\\d{2}-\\d{2})(?:[_ ,]| - )(\\d{4}-\\d{2}-\\d{2})"));
    m = isoRange.match(name);
    if (m.hasMatch()) {
        result.first = QDate::fromString(m.captured(1), Qt::ISODate);
        result.last = QDate::fromString(m.captured(2), Qt::ISODate);
        if (result.first.isValid() && result.last.isValid())
            return result;
    }
    static const QRegularExpression iso(QStringLiteral("(?<!\\d)(\\d{4}-\\d{2}-\\d{2})(?!\\d)"));
    m = iso.match(name);
    if (m.hasMatch()) {
        result.first = result.last = QDate::fromString(m.captured(1), Qt::ISODate);
        if (result.first.isValid())
            return result;
    }
    return {};
}

Values::NumberStyle guessNumberStyle(const QVector<Record> &rows, int fromColumn)
{
    // Only unambiguous cells count: "99,88%" or "1,5" say comma; "1.15" or "0.5541817" say
    // dot. "2.546" and "3,215" could be either (thousands or three decimals) and do not.
    static const QRegularExpression commaDecimal(QStringLiteral("^-?\\d+,(\\d{1,2}|\\d{4,})\\s*%?$"));
    static const QRegularExpression dotDecimal(QStringLiteral("^-?\\d+\\.(\\d{1,2}|\\d{4,})\\s*%?$"));
    static const QRegularExpression dotThousandsWithComma(QStringLiteral("^-?\\d{1,3}(\\.\\d{3})+,\\d+$"));
    static const QRegularExpression commaThousandsWithDot(QStringLiteral("^-?\\d{1,3}(,\\d{3})+\\.\\d+$"));
    int comma = 0, dot = 0;
    for (const Record &row : rows) {
        for (qsizetype i = fromColumn; i < row.fields.size(); ++i) {
            const QString cell = row.fields.at(i).trimmed().remove(QChar(0x00A0)).remove(QChar(0x202F));
            if (commaDecimal.match(cell).hasMatch() || dotThousandsWithComma.match(cell).hasMatch())
                ++comma;
            else if (dotDecimal.match(cell).hasMatch() || commaThousandsWithDot.match(cell).hasMatch())
                ++dot;
        }
    }
    Values::NumberStyle style;
    if (comma > dot)
        style.decimal = QLatin1Char(',');
    return style;
}

QDateTime toUtc(const Values::DateTime &value, const QTimeZone &zone)
{
    if (!value.ok())
        return {};
    const QTime time = value.time.isValid() ? value.time : QTime(0, 0);
    if (value.hasOffset)
        return QDateTime(value.date, time, QTimeZone(value.utcOffsetSeconds)).toUTC();
    return QDateTime(value.date, time, zone).toUTC();
}

std::optional<double> numberCell(ImportContext &context, const Record &row, int column, const QString &columnName,
                                 Values::NumberStyle style)
{
    if (column < 0 || column >= row.fields.size())
        return std::nullopt;
    const Values::Number n = Values::number(row.fields.at(column), style);
    if (n.status == Values::Status::Invalid) {
        context.skip(row.line, column + 1,
                     QCoreApplication::translate("Beamline::ImportContext", "column %1 (“%2”): “%3” is not a number")
                         .arg(column + 1)
                         .arg(columnName, ReadLimits::excerpt(row.fields.at(column), 40)));
        return std::nullopt;
    }
    return n.optional();
}

std::optional<double> specValue(ImportContext &context, const Record &row, const ColumnMap &map, int specIndex,
                                const ColumnSpec &spec, Values::NumberStyle style)
{
    const int column = map.specColumn(specIndex);
    if (column < 0 || column >= row.fields.size())
        return std::nullopt;
    const QString &cell = row.fields.at(column);
    Values::Number n;
    switch (spec.kind) {
    case ColumnSpec::Kind::Text:
        return std::nullopt;
    case ColumnSpec::Kind::Number:
        n = Values::number(cell, style);
        break;
    case ColumnSpec::Kind::PercentString:
        n = Values::percent(cell, Values::Percent::String, style);
        break;
    case ColumnSpec::Kind::Fraction:
        n = Values::percent(cell, Values::Percent::Fraction, style);
        break;
    case ColumnSpec::Kind::PercentNumber:
        n = Values::percent(cell, Values::Percent::Number, style);
        break;
    case ColumnSpec::Kind::Duration:
        n = Values::duration(cell, style);
        break;
    }
    if (n.status == Values::Status::Invalid) {
        const char *what = spec.kind == ColumnSpec::Kind::Duration ? QT_TRANSLATE_NOOP("Beamline::ImportContext", "column %1 (“%2”): “%3” is not a duration")
            : spec.kind == ColumnSpec::Kind::Number                    ? QT_TRANSLATE_NOOP("Beamline::ImportContext", "column %1 (“%2”): “%3” is not a number")
                                                                       : QT_TRANSLATE_NOOP("Beamline::ImportContext", "column %1 (“%2”): “%3” is not a percentage");
        context.skip(row.line, column + 1,
                     QCoreApplication::translate("Beamline::ImportContext", what).arg(column + 1).arg(spec.aliases.value(0), ReadLimits::excerpt(cell, 40)));
        return std::nullopt;
    }
    if (!n.ok())
        return std::nullopt;
    return n.value * spec.scale;
}

void fillSnapshot(ImportContext &context, const Record &row, const ColumnMap &map, const QVector<ColumnSpec> &specs,
                  PostSnapshot &snapshot, Values::NumberStyle style)
{
    for (int i = 0; i < specs.size(); ++i) {
        const ColumnSpec &spec = specs.at(i);
        const bool metric = spec.role.startsWith(QLatin1String("metric:"));
        const bool extra = spec.role.startsWith(QLatin1String("extra:"));
        if (!metric && !extra)
            continue;
        const std::optional<double> v = specValue(context, row, map, i, spec, style);
        if (!v)
            continue;
        const QString key = spec.role.mid(spec.role.indexOf(QLatin1Char(':')) + 1);
        if (metric) {
            if (const auto m = MetricKeys::postMetricFromKey(key)) {
                const auto current = snapshot.value(*m);
                snapshot.set(*m, current.value_or(0) + *v);
            }
        } else {
            snapshot.extras[key] += *v;
        }
    }
}

bool readDailyRows(PeekableStream &stream, ImportContext &context, const ColumnMap &map, const Record &header,
                   const QVector<ColumnSpec> &specs, qint64 channel, const std::function<Values::DateTime(const QString &)> &day)
{
    Record row;
    while (nextDataRow(stream, context, map.headerSize(), row)) {
        ++context.rowsRead;
        if (!context.keepGoing(stream))
            return false;
        const QString dayText = map.cell(row, QStringLiteral("day"));
        const Values::DateTime date = day(dayText);
        if (!date.ok()) {
            context.skip(row.line, map.index(QStringLiteral("day")) + 1,
                         QCoreApplication::translate("Beamline::ImportFormats", "column %1: “%2” is not a date")
                             .arg(map.index(QStringLiteral("day")) + 1)
                             .arg(ReadLimits::excerpt(dayText)));
            continue;
        }
        // Every cell is read before any is written: a row with a bad cell is written not at all.
        QVector<std::pair<int, double>> values;
        for (int i = 0; i < specs.size(); ++i) {
            if (!specs.at(i).role.startsWith(QLatin1String("daily:")))
                continue;
            if (const auto value = specValue(context, row, map, i, specs.at(i)))
                values.append({i, *value});
        }
        for (const auto &[i, value] : std::as_const(values))
            context.count(context.sink().daily(
                {channel, specs.at(i).role.mid(6), date.date, value, header.fields.at(map.specColumn(i)), {}, {}, row.line}));
        context.coverDay(date.date);
    }
    return !stream.error().isError();
}

QString mentionDigest(const Mention &m)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(QStringList{m.url, m.occurredAt.toString(Qt::ISODate), m.author, m.text.left(200)}.join(QChar(0x1f)).toUtf8());
    return QString::fromLatin1(hash.result().toHex().left(20));
}

QString metricKey(const QString &name)
{
    QString key;
    bool underscore = false;
    for (QChar c : name.toLower()) {
        if (c.isLetterOrNumber()) {
            if (underscore && !key.isEmpty())
                key.append(QLatin1Char('_'));
            key.append(c);
            underscore = false;
        } else {
            underscore = true;
        }
    }
    return key;
}

} // namespace Beamline::FormatSupport
