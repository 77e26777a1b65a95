// SPDX-License-Identifier: GPL-3.0-or-later
#include "isotime.h"

namespace Beamline::IsoTime {

QString utc(const QDateTime &instant)
{
    if (!instant.isValid())
        return {};
    return instant.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
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

QDateTime parseWallClock(QStringView text)
{
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
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
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
