// SPDX-License-Identifier: GPL-3.0-or-later
#include "recurrence.h"

#include <core/domain/isotime.h>

#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include "icaltime.h"

#include <algorithm>

namespace Beamline {

namespace {

constexpr int MaxIterations = 200000;

icaltimetype toIcal(const QDateTime &wallClock)
{
    return IcalTime::fromWallClock(wallClock); // floating: the series' zone is applied afterwards
}

QDateTime fromIcal(const icaltimetype &t)
{
    return IsoTime::makeWallClock(QDate(t.year, t.month, t.day), QTime(t.hour, t.minute, t.second));
}

struct ParsedRule {
    icalrecurrencetype rule;
    bool ok = false;
};

ParsedRule parse(const QString &rrule)
{
    ParsedRule p;
    icalerror_clear_errno();
    const QByteArray text = rrule.trimmed().toUpper().toLatin1();
    p.rule = icalrecurrencetype_from_string(text.constData());
    p.ok = p.rule.freq != ICAL_NO_RECURRENCE && icalerrno == ICAL_NO_ERROR;
    icalerror_clear_errno();
    return p;
}

QString weekdayName(int icalDay) // 1 = Sunday
{
    const int qtDay = icalDay == 1 ? 7 : icalDay - 1;
    return QLocale().standaloneDayName(qtDay, QLocale::LongFormat);
}

QString ordinal(int n)
{
    switch (n) {
    case 1: return Recurrence::tr("first");
    case 2: return Recurrence::tr("second");
    case 3: return Recurrence::tr("third");
    case 4: return Recurrence::tr("fourth");
    case 5: return Recurrence::tr("fifth");
    case -1: return Recurrence::tr("last");
    case -2: return Recurrence::tr("second-to-last");
    default: return Recurrence::tr("number %1").arg(n);
    }
}

QString joinWords(const QStringList &words)
{
    if (words.size() <= 1)
        return words.value(0);
    return Recurrence::tr("%1 and %2").arg(words.mid(0, words.size() - 1).join(QStringLiteral(", ")), words.constLast());
}

} // namespace

QDateTime Recurrence::toUtc(const QDateTime &wallClock, const QTimeZone &zone)
{
    if (!wallClock.isValid())
        return {};
    if (!zone.isValid())
        return QDateTime(wallClock.date(), wallClock.time(), QTimeZone::utc());
    // The wall clock read as if it were UTC, minus each offset the zone has around it.
    const QDateTime asUtc(wallClock.date(), wallClock.time(), QTimeZone::utc());
    QList<int> offsets;
    for (int hours : {-36, 0, 36}) {
        const int offset = zone.offsetFromUtc(asUtc.addSecs(hours * 3600));
        if (!offsets.contains(offset))
            offsets.append(offset);
    }
    QDateTime best;
    for (int offset : std::as_const(offsets)) {
        const QDateTime instant = asUtc.addSecs(-offset);
        if (zone.offsetFromUtc(instant) == offset && (!best.isValid() || instant < best))
            best = instant; // an ambiguous time takes its first instant
    }
    if (best.isValid())
        return best;
    // In a gap: use the offset from before it.
    return asUtc.addSecs(-zone.offsetFromUtc(asUtc.addSecs(-36 * 3600)));
}

QString Recurrence::validate(const QString &rrule)
{
    const QString text = rrule.trimmed().toUpper();
    if (text.isEmpty())
        return tr("the rule is empty; start with FREQ=DAILY, WEEKLY, MONTHLY or YEARLY");
    static const QRegularExpression weekday(QStringLiteral("^([+-]?\\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$"));
    static const QRegularExpression integerList(QStringLiteral("^[+-]?\\d{1,3}(,[+-]?\\d{1,3})*$"));
    static const QRegularExpression until(QStringLiteral("^\\d{8}(T\\d{6}Z?)?$"));
    const QStringList parts = text.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    bool haveFreq = false, haveCount = false, haveUntil = false;
    for (const QString &part : parts) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return tr("“%1” is not NAME=VALUE").arg(part);
        const QString name = part.left(eq);
        const QString value = part.mid(eq + 1);
        if (value.isEmpty())
            return tr("%1 has no value").arg(name);
        if (name == QLatin1String("FREQ")) {
            static const QStringList freqs = {QStringLiteral("SECONDLY"), QStringLiteral("MINUTELY"), QStringLiteral("HOURLY"),
                                              QStringLiteral("DAILY"), QStringLiteral("WEEKLY"), QStringLiteral("MONTHLY"), QStringLiteral("YEARLY")};
            if (!freqs.contains(value))
                return tr("FREQ: “%1” is not DAILY, WEEKLY, MONTHLY or YEARLY").arg(value);
            haveFreq = true;
        } else if (name == QLatin1String("INTERVAL") || name == QLatin1String("COUNT")) {
            bool ok = false;
            const int n = value.toInt(&ok);
            if (!ok || n < 1 || n > 100000)
                return tr("%1: “%2” is not a whole number from 1").arg(name, value);
            haveCount = haveCount || name == QLatin1String("COUNT");
        } else if (name == QLatin1String("UNTIL")) {
            if (!until.match(value).hasMatch() || !QDate::fromString(value.left(8), QStringLiteral("yyyyMMdd")).isValid())
                return tr("UNTIL: “%1” is not a date like 20171231 or 20171231T235959Z").arg(value);
            haveUntil = true;
        } else if (name == QLatin1String("BYDAY")) {
            for (const QString &day : value.split(QLatin1Char(','))) {
                const auto m = weekday.match(day);
                if (!m.hasMatch())
                    return tr("BYDAY: “%1” is not a weekday (MO, TU, WE, TH, FR, SA, SU, optionally with an ordinal such as -1FR)").arg(day);
                const int n = m.captured(1).toInt();
                if (!m.captured(1).isEmpty() && (n == 0 || n < -53 || n > 53))
                    return tr("BYDAY: “%1” has an ordinal out of range").arg(day);
            }
        } else if (name == QLatin1String("BYMONTHDAY") || name == QLatin1String("BYMONTH") || name == QLatin1String("BYSETPOS")
                   || name == QLatin1String("BYYEARDAY") || name == QLatin1String("BYWEEKNO") || name == QLatin1String("BYHOUR")
                   || name == QLatin1String("BYMINUTE") || name == QLatin1String("BYSECOND")) {
            if (!integerList.match(value).hasMatch())
                return tr("%1: “%2” is not a list of numbers").arg(name, value);
            const int limit = name == QLatin1String("BYMONTHDAY") ? 31 : name == QLatin1String("BYMONTH") ? 12
                            : name == QLatin1String("BYSETPOS") || name == QLatin1String("BYYEARDAY") ? 366
                            : name == QLatin1String("BYWEEKNO") ? 53 : name == QLatin1String("BYHOUR") ? 23 : 59;
            for (const QString &n : value.split(QLatin1Char(','))) {
                const int v = n.toInt();
                const bool positiveOnly = name == QLatin1String("BYMONTH") || name.startsWith(QLatin1String("BYHOUR"))
                    || name == QLatin1String("BYMINUTE") || name == QLatin1String("BYSECOND");
                if ((positiveOnly && v < (name == QLatin1String("BYMONTH") ? 1 : 0)) || v > limit || v < -limit
                    || (v == 0 && !positiveOnly))
                    return tr("%1: %2 is out of range").arg(name, n);
            }
        } else if (name == QLatin1String("WKST")) {
            if (!QStringList{QStringLiteral("MO"), QStringLiteral("TU"), QStringLiteral("WE"), QStringLiteral("TH"), QStringLiteral("FR"),
                             QStringLiteral("SA"), QStringLiteral("SU")}.contains(value))
                return tr("WKST: “%1” is not a weekday").arg(value);
        } else {
            return tr("“%1” is not a recurrence rule part (FREQ, INTERVAL, COUNT, UNTIL, BYDAY, BYMONTHDAY, BYMONTH, BYSETPOS…)").arg(name);
        }
    }
    if (!haveFreq)
        return tr("FREQ is missing (DAILY, WEEKLY, MONTHLY or YEARLY)");
    if (haveCount && haveUntil)
        return tr("COUNT and UNTIL cannot both be given");
    if (!parse(text).ok)
        return tr("libical does not accept the rule “%1”").arg(rrule);
    return {};
}

QString Recurrence::describe(const Series &series)
{
    return describe(series.rrule, series.dtstart, series.timeZone);
}

QString Recurrence::describe(const QString &rrule, const QDateTime &dtstart, const QString &zone)
{
    if (!validate(rrule).isEmpty())
        return tr("(not a valid rule)");
    const ParsedRule p = parse(rrule);
    const icalrecurrencetype &r = p.rule;
    const int interval = qMax<short>(1, r.interval);

    QStringList days;
    QStringList ordinalDays;
    for (int i = 0; i < ICAL_BY_DAY_SIZE && r.by_day[i] != ICAL_RECURRENCE_ARRAY_MAX; ++i) {
        const int day = icalrecurrencetype_day_day_of_week(r.by_day[i]);
        const int position = icalrecurrencetype_day_position(r.by_day[i]);
        if (position == 0)
            days.append(weekdayName(day));
        else
            ordinalDays.append(tr("%1 %2").arg(ordinal(position), weekdayName(day)));
    }
    QStringList monthDays;
    for (int i = 0; i < ICAL_BY_MONTHDAY_SIZE && r.by_month_day[i] != ICAL_RECURRENCE_ARRAY_MAX; ++i) {
        const int d = r.by_month_day[i];
        monthDays.append(d == -1 ? tr("the last day") : d < 0 ? tr("day %1 from the end").arg(-d) : tr("day %1").arg(d));
    }
    QStringList months;
    for (int i = 0; i < ICAL_BY_MONTH_SIZE && r.by_month[i] != ICAL_RECURRENCE_ARRAY_MAX; ++i)
        months.append(QLocale().standaloneMonthName(r.by_month[i], QLocale::LongFormat));
    int setpos = 0;
    if (r.by_set_pos[0] != ICAL_RECURRENCE_ARRAY_MAX && r.by_set_pos[1] == ICAL_RECURRENCE_ARRAY_MAX)
        setpos = r.by_set_pos[0];

    QString text;
    switch (r.freq) {
    case ICAL_DAILY_RECURRENCE:
        text = interval == 1 ? tr("Every day") : tr("Every %1 days").arg(interval);
        if (!days.isEmpty())
            text = tr("Every %1").arg(joinWords(days));
        break;
    case ICAL_WEEKLY_RECURRENCE:
        if (days.isEmpty())
            days.append(QLocale().standaloneDayName(dtstart.date().dayOfWeek(), QLocale::LongFormat));
        text = interval == 1 ? tr("Every %1").arg(joinWords(days)) : tr("Every %1 weeks on %2").arg(interval).arg(joinWords(days));
        break;
    case ICAL_MONTHLY_RECURRENCE: {
        QString which;
        if (!ordinalDays.isEmpty())
            which = tr("the %1").arg(joinWords(ordinalDays));
        else if (setpos != 0 && days.size() == 5 && !days.contains(weekdayName(1)) && !days.contains(weekdayName(7)))
            which = tr("the %1 weekday").arg(ordinal(setpos));
        else if (setpos != 0 && days.size() == 1)
            which = tr("the %1 %2").arg(ordinal(setpos), days.constFirst());
        else if (setpos != 0 && !days.isEmpty())
            which = tr("the %1 of %2").arg(ordinal(setpos), joinWords(days));
        else if (!monthDays.isEmpty())
            which = joinWords(monthDays);
        else
            which = tr("day %1").arg(dtstart.date().day());
        text = interval == 1 ? tr("On %1 of every month").arg(which) : tr("On %1 of every %2 months").arg(which).arg(interval);
        break;
    }
    case ICAL_YEARLY_RECURRENCE: {
        const QString in = months.isEmpty() ? QLocale().standaloneMonthName(dtstart.date().month(), QLocale::LongFormat) : joinWords(months);
        if (!ordinalDays.isEmpty())
            text = tr("On the %1 of %2 every year").arg(joinWords(ordinalDays), in);
        else if (!monthDays.isEmpty())
            text = tr("On %1 of %2 every year").arg(joinWords(monthDays), in);
        else
            text = tr("Every year on %1").arg(QLocale().toString(dtstart.date(), QStringLiteral("d MMMM")));
        if (interval > 1)
            text += tr(", every %1 years").arg(interval);
        break;
    }
    default:
        text = QString::fromLatin1(icalrecurrencetype_as_string(const_cast<icalrecurrencetype *>(&r)));
    }
    text += tr(" at %1").arg(dtstart.time().toString(QStringLiteral("HH:mm")));
    if (!zone.isEmpty())
        text += QStringLiteral(" (%1)").arg(zone);
    if (r.count > 0)
        text += r.count == 1 ? tr(", once") : tr(", %1 times").arg(r.count);
    else if (!icaltime_is_null_time(r.until))
        text += tr(", until %1").arg(QLocale().toString(QDate(r.until.year, r.until.month, r.until.day), QLocale::LongFormat));
    return text;
}

QVector<Occurrence> Recurrence::between(const Series &series, const QDateTime &fromUtc, const QDateTime &endUtc, int limit)
{
    QVector<Occurrence> result;
    const ParsedRule p = parse(series.rrule);
    if (!p.ok || !series.dtstart.isValid())
        return result;
    const QTimeZone zone(series.timeZone.toUtf8());
    QSet<QDateTime> skipped;
    QHash<QDateTime, QDateTime> moved;
    for (const SeriesException &e : series.exceptions) {
        if (e.kind == SeriesException::Kind::Skip)
            skipped.insert(e.occurrence);
        else
            moved.insert(e.occurrence, e.movedTo);
    }

    icalrecur_iterator *it = icalrecur_iterator_new(p.rule, toIcal(series.dtstart));
    if (!it)
        return result;
    // Without COUNT the iterator can jump close to the range (a day early: zones differ).
    if (p.rule.count == 0 && fromUtc.isValid()) {
        const QDateTime fromWall = IsoTime::makeWallClock(fromUtc.toTimeZone(zone.isValid() ? zone : QTimeZone::utc()).date().addDays(-2), QTime(0, 0));
        if (fromWall > series.dtstart)
            icalrecur_iterator_set_start(it, toIcal(fromWall));
    }
    for (int i = 0; i < MaxIterations; ++i) {
        const icaltimetype t = icalrecur_iterator_next(it);
        if (icaltime_is_null_time(t))
            break;
        const QDateTime wall = fromIcal(t);
        if (wall < series.dtstart)
            continue;
        const QDateTime utc = toUtc(wall, zone);
        if (endUtc.isValid() && utc >= endUtc.addDays(2))
            break; // past the range (with room for moves into it, handled below)
        if (skipped.contains(wall) || moved.contains(wall))
            continue;
        if (utc >= fromUtc && (!endUtc.isValid() || utc < endUtc))
            result.append({series.id, wall, wall, utc, false});
        if (result.size() >= limit)
            break;
    }
    icalrecur_iterator_free(it);
    for (auto m = moved.cbegin(); m != moved.cend(); ++m) {
        const QDateTime utc = toUtc(m.value(), zone);
        if (utc >= fromUtc && (!endUtc.isValid() || utc < endUtc))
            result.append({series.id, m.key(), m.value(), utc, true});
    }
    std::sort(result.begin(), result.end(), [](const Occurrence &a, const Occurrence &b) { return a.startUtc < b.startUtc; });
    if (result.size() > limit)
        result.resize(limit);
    return result;
}

QVector<Occurrence> Recurrence::next(const Series &series, const QDateTime &afterUtc, int count)
{
    // Widen the window until enough occurrences are found (rules can be sparse).
    for (int days : {62, 400, 4000, 40000}) {
        const QVector<Occurrence> found = between(series, afterUtc, afterUtc.addDays(days), count);
        if (found.size() >= count || days == 40000)
            return found;
    }
    return {};
}

bool Recurrence::isSlot(const Series &series, const QDateTime &wallClock)
{
    Series plain = series;
    plain.exceptions.clear();
    const QTimeZone zone(series.timeZone.toUtf8());
    const QDateTime utc = toUtc(wallClock, zone);
    const auto found = between(plain, utc, utc.addSecs(1), 1);
    return !found.isEmpty() && found.first().original == wallClock;
}

} // namespace Beamline
