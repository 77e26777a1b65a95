// SPDX-License-Identifier: GPL-3.0-or-later
#include "isotime.h"

#include <cmath>

namespace Beamline::IsoTime {

QString utc(const QDateTime &instant)
{
    if (!instant.isValid())
        return {};
    // Formatted by hand from the epoch: imports call this for every row.
    const qint64 seconds = qint64(std::floor(double(instant.toMSecsSinceEpoch()) / 1000.0));
    qint64 days = seconds / 86400;
    qint64 rest = seconds % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    const QDate date = QDate(1970, 1, 1).addDays(days);
    if (date.year() < 1 || date.year() > 9999)
        return instant.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
    const int h = int(rest / 3600), m = int(rest / 60 % 60), s = int(rest % 60);
    QString text = day(date);
    const char16_t time[10] = {u'T', char16_t(u'0' + h / 10), char16_t(u'0' + h % 10), u':', char16_t(u'0' + m / 10), char16_t(u'0' + m % 10),
                               u':', char16_t(u'0' + s / 10), char16_t(u'0' + s % 10), u'Z'};
    text.append(reinterpret_cast<const QChar *>(time), 10);
    return text;
}

QDateTime parseUtc(QStringView text)
{
    if (text.isEmpty())
        return {};
    QDateTime dt = QDateTime::fromString(text.toString(), Qt::ISODate);
    if (!dt.isValid())
        return {};
    if (dt.timeSpec() == Qt::LocalTime)
        dt.setTimeZone(QTimeZone::utc());
    return dt.toUTC();
}

QString wallClock(const QDateTime &local)
{
    if (!local.isValid())
        return {};
    return local.toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
}

QDateTime makeWallClock(QDate date, QTime time)
{
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, QTimeZone::utc());
}

namespace {

// The stored form, "yyyy-MM-ddTHH:mm" (or with ":ss"), read by hand: the plan reads one per
// post and QDateTime::fromString with a format is slow. Empty for any other form.
QDateTime parseStoredWallClock(QStringView t)
{
    if (t.size() != 16 && t.size() != 19)
        return {};
    auto number = [&](qsizetype from, qsizetype digits) {
        int value = 0;
        for (qsizetype i = from; i < from + digits; ++i) {
            const char16_t c = t.at(i).unicode();
            if (c < u'0' || c > u'9')
                return -1;
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    const bool secondsOk = t.size() == 16 || (t.at(10) == u'T' && t.at(16) == u':');
    if (t.at(4) != u'-' || t.at(7) != u'-' || (t.at(10) != u'T' && t.at(10) != u' ') || t.at(13) != u':' || !secondsOk)
        return {};
    const int year = number(0, 4), month = number(5, 2), day = number(8, 2), hour = number(11, 2), minute = number(14, 2);
    const int second = t.size() == 19 ? number(17, 2) : 0;
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0)
        return {};
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    return makeWallClock(date, time);
}

} // namespace

QDateTime parseWallClock(QStringView text)
{
    if (const QDateTime stored = parseStoredWallClock(text); stored.isValid())
        return stored;
    const QString t = text.trimmed().toString();
    for (const QString &format : {QStringLiteral("yyyy-MM-ddTHH:mm"), QStringLiteral("yyyy-MM-ddTHH:mm:ss"),
                                  QStringLiteral("yyyy-MM-dd HH:mm")}) {
        const QDateTime parsed = QDateTime::fromString(t, format);
        if (parsed.isValid())
            return makeWallClock(parsed.date(), parsed.time());
    }
    return {};
}

QString day(QDate date)
{
    // Formatted by hand: imports call this for every row and QDate::toString is slow.
    if (!date.isValid() || date.year() < 1 || date.year() > 9999)
        return date.isValid() ? date.toString(Qt::ISODate) : QString();
    int y = date.year(), m = date.month(), d = date.day();
    const char16_t text[10] = {char16_t(u'0' + y / 1000), char16_t(u'0' + y / 100 % 10), char16_t(u'0' + y / 10 % 10), char16_t(u'0' + y % 10),
                               u'-', char16_t(u'0' + m / 10), char16_t(u'0' + m % 10), u'-', char16_t(u'0' + d / 10), char16_t(u'0' + d % 10)};
    return QString(reinterpret_cast<const QChar *>(text), 10);
}

QDate parseDay(QStringView text)
{
    return QDate::fromString(text.trimmed().toString(), Qt::ISODate);
}

QString withOffset(const QDateTime &instant, const QTimeZone &zone)
{
    if (!instant.isValid())
        return {};
    return instant.toTimeZone(zone).toString(Qt::ISODate);
}

QDateTime startOfDay(QDate day, const QTimeZone &zone)
{
    return day.startOfDay(zone).toUTC();
}

} // namespace Beamline::IsoTime
