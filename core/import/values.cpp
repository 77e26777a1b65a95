// SPDX-License-Identifier: GPL-3.0-or-later
#include "values.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace Beamline::Values {

namespace {

bool isSpaceLike(QChar c)
{
    return c.isSpace() || c == QChar(0x00A0) || c == QChar(0x202F);
}

QStringView trimmed(QStringView text)
{
    qsizetype b = 0, e = text.size();
    while (b < e && isSpaceLike(text.at(b)))
        ++b;
    while (e > b && isSpaceLike(text.at(e - 1)))
        --e;
    return text.mid(b, e - b);
}

// Removes currency prefixes and suffixes ("US$ 0,00", "£0.00", "1 234,56 €").
QStringView stripCurrency(QStringView t)
{
    static const QStringList prefixes = {QStringLiteral("US$"), QStringLiteral("A$"), QStringLiteral("CA$"), QStringLiteral("CHF"),
                                         QStringLiteral("£"), QStringLiteral("€"), QStringLiteral("$")};
    static const QStringList suffixes = {QStringLiteral("€"), QStringLiteral("$"), QStringLiteral("£"), QStringLiteral("CHF")};
    if (t.isEmpty() || (t.front().isDigit() && t.back().isDigit()))
        return t;
    for (const QString &prefix : prefixes) {
        if (t.startsWith(prefix)) {
            t = trimmed(t.mid(prefix.size()));
            break;
        }
    }
    for (const QString &suffix : suffixes) {
        if (t.endsWith(suffix)) {
            t = trimmed(t.chopped(suffix.size()));
            break;
        }
    }
    return t;
}

// Plain digits with at most one decimal separator and up to 15 significant digits: the
// common case, read without building a string (imports call this for every cell).
std::optional<double> parseSimple(QStringView t, QChar decimal)
{
    qsizetype i = 0;
    bool negative = false;
    if (i < t.size() && t.at(i) == QLatin1Char('-')) {
        negative = true;
        ++i;
    }
    qint64 mantissa = 0;
    int digits = 0, fraction = 0;
    bool inFraction = false;
    for (; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            if (++digits > 15)
                return std::nullopt;
            mantissa = mantissa * 10 + (c.unicode() - '0');
            if (inFraction)
                ++fraction;
        } else if (c == decimal && !inFraction) {
            inFraction = true;
        } else {
            return std::nullopt;
        }
    }
    if (digits == 0)
        return std::nullopt;
    static constexpr double powers[] = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    const double value = double(mantissa) / powers[fraction];
    return negative ? -value : value;
}

Number parsePlain(QStringView t, NumberStyle style)
{
    if (t.isEmpty())
        return {Status::Null, 0};
    if (const auto simple = parseSimple(t, style.decimal))
        return {Status::Ok, *simple};
    // General case: drop thousands separators, make the decimal a '.', let from_chars
    // read it (exact, and independent of any locale).
    char buffer[128];
    qsizetype n = 0;
    const QChar thousands = style.decimal == QLatin1Char(',') ? QLatin1Char('.') : QLatin1Char(',');
    bool sawDigit = false;
    for (QChar c : t) {
        if (isSpaceLike(c) || c == thousands)
            continue;
        if (c == QLatin1Char('\'') && style.decimal == QLatin1Char('.'))
            continue; // Swiss thousands separator 1'234
        char out;
        if (c == style.decimal)
            out = '.';
        else if (c.unicode() < 128)
            out = char(c.unicode());
        else
            return {Status::Invalid, 0};
        if (out >= '0' && out <= '9')
            sawDigit = true;
        if (n >= qsizetype(sizeof(buffer)))
            return {Status::Invalid, 0};
        buffer[n++] = out;
    }
    if (!sawDigit)
        return {Status::Invalid, 0};
    const char *begin = buffer;
    if (n > 0 && buffer[0] == '+')
        ++begin;
    double v = 0;
    const auto [end, error] = std::from_chars(begin, buffer + n, v);
    if (error != std::errc() || end != buffer + n || !std::isfinite(v))
        return {Status::Invalid, 0};
    return {Status::Ok, v};
}

// Splits on any of the separators, dropping empty parts.
QList<QStringView> tokens(QStringView s, QStringView separators)
{
    QList<QStringView> out;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= s.size(); ++i) {
        if (i == s.size() || separators.contains(s.at(i))) {
            if (i > start)
                out.append(s.mid(start, i - start));
            start = i + 1;
        }
    }
    return out;
}

bool allDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

int toInt(QStringView s)
{
    return allDigits(s) ? s.toInt() : -1;
}

// Parses "HH:mm[:ss[.fff]]" optionally followed by AM/PM (with or without a space).
bool parseTime(QStringView s, QTime *time)
{
    s = trimmed(s);
    if (s.isEmpty())
        return false;
    int ampm = 0;
    const QString upper = s.toString().toUpper();
    if (upper.endsWith(QLatin1String("AM")) || upper.endsWith(QLatin1String("PM"))) {
        ampm = upper.endsWith(QLatin1String("AM")) ? 1 : 2;
        s = trimmed(s.chopped(2));
    }
    const QList<QStringView> parts = tokens(s, u":");
    if (parts.size() < 2 || parts.size() > 3)
        return false;
    int h = toInt(parts[0]);
    const int m = toInt(parts[1]);
    double sec = 0;
    if (parts.size() == 3) {
        bool ok = false;
        sec = QLocale::c().toDouble(parts[2], &ok);
        if (!ok || !std::isfinite(sec)) // "nan" and "inf" read as numbers
            return false;
    }
    if (h < 0 || m < 0 || m > 59 || sec < 0 || sec >= 60)
        return false;
    if (ampm) {
        if (h < 1 || h > 12)
            return false;
        if (ampm == 1 && h == 12)
            h = 0;
        else if (ampm == 2 && h != 12)
            h += 12;
    }
    if (h > 23)
        return false;
    *time = QTime(h, m, int(sec));
    return time->isValid();
}

DateTime fail()
{
    return {Status::Invalid, {}, {}, 0, false};
}

DateTime make(int y, int mo, int d, QTime t = {})
{
    const QDate date(y, mo, d);
    if (!date.isValid())
        return fail();
    return {Status::Ok, date, t, 0, false};
}

int expandYear(int yy)
{
    return yy < 70 ? 2000 + yy : 1900 + yy;
}

} // namespace

bool isNullMarker(QStringView text)
{
    const QStringView t = trimmed(text);
    if (!t.isEmpty() && t.front().isDigit())
        return false;
    return t.isEmpty() || t == QLatin1String("-") || t == QLatin1String("--") || t.compare(QLatin1String("NA"), Qt::CaseInsensitive) == 0
        || t.compare(QLatin1String("N/A"), Qt::CaseInsensitive) == 0 || t.compare(QLatin1String("null"), Qt::CaseInsensitive) == 0
        || t == QLatin1String("(not set)");
}

bool isExcelMangledId(QStringView text)
{
    const QStringView t = trimmed(text);
    // d.dddE+dd
    if (t.size() < 6 || !t.at(0).isDigit() || t.at(1) != QLatin1Char('.'))
        return false;
    const qsizetype e = t.indexOf(QLatin1String("E+"), 0, Qt::CaseInsensitive);
    return e > 2 && allDigits(t.mid(2, e - 2)) && allDigits(t.mid(e + 2));
}

Number number(QStringView text, NumberStyle style)
{
    const QStringView t = trimmed(text);
    if (isNullMarker(t))
        return {Status::Null, 0};
    return parsePlain(stripCurrency(t), style);
}

Number percent(QStringView text, Percent kind, NumberStyle style)
{
    QStringView t = trimmed(text);
    if (isNullMarker(t))
        return {Status::Null, 0};
    const bool hasSign = t.endsWith(QLatin1Char('%'));
    if (hasSign)
        t = trimmed(t.chopped(1));
    // "66,67 %" in a file whose numbers use '.' (Matomo in German): a lone comma
    // followed by at most two digits is a decimal comma.
    NumberStyle percentStyle = style;
    const qsizetype comma = t.indexOf(QLatin1Char(','));
    if (hasSign && comma >= 0 && !t.contains(QLatin1Char('.')) && t.size() - comma - 1 <= 2 && t.count(QLatin1Char(',')) == 1)
        percentStyle.decimal = QLatin1Char(',');
    Number n = parsePlain(t, percentStyle);
    if (!n.ok())
        return n;
    if (hasSign || kind == Percent::String || kind == Percent::Number)
        n.value /= 100.0;
    return n;
}

Number duration(QStringView text, NumberStyle style)
{
    const QStringView t = trimmed(text);
    if (isNullMarker(t))
        return {Status::Null, 0};
    if (t.contains(QLatin1Char(':'))) {
        const QList<QStringView> parts = tokens(t, u":");
        if (parts.size() < 2 || parts.size() > 3)
            return {Status::Invalid, 0};
        double total = 0;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            bool ok = false;
            const double v = QLocale::c().toDouble(parts[i], &ok);
            if (!ok || !std::isfinite(v) || v < 0) // "nan" and "inf" read as numbers
                return {Status::Invalid, 0};
            total = total * 60 + v;
        }
        return {Status::Ok, total};
    }
    // "5 min 13s", "1 h 2 min", "13s", "2 days 3 hours"...
    const bool hasLetters = std::any_of(t.begin(), t.end(), [](QChar c) { return c.isLetter(); });
    if (hasLetters) {
        static const QRegularExpression part(QStringLiteral("(\\d+(?:[.,]\\d+)?)\\s*(days?|d|hours?|h|min(?:utes?)?|m|s(?:ec(?:onds?)?)?)"));
        const QString lower = t.toString().toLower();
        double total = 0;
        bool any = false;
        auto it = part.globalMatch(lower);
        while (it.hasNext()) {
            const auto m = it.next();
            const double v = QLocale::c().toDouble(QString(m.captured(1)).replace(QLatin1Char(','), QLatin1Char('.')));
            const QString unit = m.captured(2);
            if (unit.startsWith(QLatin1Char('d')))
                total += v * 86400;
            else if (unit.startsWith(QLatin1Char('h')))
                total += v * 3600;
            else if (unit.startsWith(QLatin1Char('m')))
                total += v * 60;
            else
                total += v;
            any = true;
        }
        return any ? Number{Status::Ok, total} : Number{Status::Invalid, 0};
    }
    return parsePlain(t, style);
}

int monthFromName(QStringView name)
{
    static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    if (name.size() < 3)
        return 0;
    const QString prefix = name.left(3).toString().toLower();
    for (int i = 0; i < 12; ++i) {
        if (prefix == QLatin1String(months[i]))
            return i + 1;
    }
    return 0;
}

namespace {

DateTime isoDateTime(QStringView t)
{
    if (t.size() < 10 || t.at(4) != QLatin1Char('-') || t.at(7) != QLatin1Char('-'))
        return fail();
    const int y = toInt(t.left(4)), mo = toInt(t.mid(5, 2)), d = toInt(t.mid(8, 2));
    if (y < 0 || mo < 0 || d < 0)
        return fail();
    QTime time;
    if (t.size() > 10) {
        if (t.at(10) != QLatin1Char('T') && t.at(10) != QLatin1Char(' '))
            return fail();
        QStringView rest = t.mid(11);
        // Drop a trailing Z or offset-free fraction like ".0".
        if (rest.endsWith(QLatin1Char('Z')))
            rest.chop(1);
        if (!parseTime(rest, &time))
            return fail();
    }
    return make(y, mo, d, time);
}

DateTime xLegacyDateTime(QStringView t)
{
    // 2016-12-23 18:50 +0000
    const QList<QStringView> parts = tokens(t, u" ");
    if (parts.size() != 3)
        return fail();
    DateTime dt = dateTime(parts[0], DateLayout::Iso);
    QTime time;
    if (!dt.ok() || !parseTime(parts[1], &time))
        return fail();
    const QStringView off = parts[2];
    if (off.size() != 5 || (off.at(0) != QLatin1Char('+') && off.at(0) != QLatin1Char('-')))
        return fail();
    const int hh = toInt(off.mid(1, 2)), mm = toInt(off.mid(3, 2));
    if (hh < 0 || mm < 0)
        return fail();
    dt.time = time;
    dt.hasOffset = true;
    dt.utcOffsetSeconds = (hh * 3600 + mm * 60) * (off.at(0) == QLatin1Char('-') ? -1 : 1);
    return dt;
}

DateTime monthNameDateTime(QStringView t, DateLayout layout)
{
    // "Tue, Jul 14, 2026" / "Tue Jul 14 2026" / "Jan 6, 2024[, 10:00 AM]"
    QList<QStringView> parts = tokens(t, u" ,");
    if (layout != DateLayout::MonthNameDayYear) {
        if (parts.size() < 4)
            return fail();
        parts.removeFirst(); // weekday
    }
    if (parts.size() < 3)
        return fail();
    const int mo = monthFromName(parts[0]);
    const int d = toInt(parts[1]);
    const int y = toInt(parts[2]);
    if (mo == 0 || d < 0 || y < 1000)
        return fail();
    QTime time;
    if (parts.size() > 3) {
        QString rest;
        for (qsizetype i = 3; i < parts.size(); ++i)
            rest += parts[i].toString();
        if (!parseTime(rest, &time))
            return fail();
    }
    return make(y, mo, d, time);
}

DateTime slashedDateTime(QStringView t, DateLayout layout)
{
    const qsizetype space = t.indexOf(QLatin1Char(' '));
    const QStringView datePart = space < 0 ? t : t.left(space);
    const QList<QStringView> parts = tokens(datePart, u"/");
    if (parts.size() != 3)
        return fail();
    int a = toInt(parts[0]), b = toInt(parts[1]), y = toInt(parts[2]);
    if (a < 0 || b < 0 || y < 0)
        return fail();
    if (parts[2].size() == 2)
        y = expandYear(y);
    else if (parts[2].size() != 4 || layout == DateLayout::UsSlashShortYear)
        return fail();
    QTime time;
    if (space >= 0 && !parseTime(t.mid(space + 1), &time))
        return fail();
    return layout == DateLayout::EuropeanSlash ? make(y, b, a, time) : make(y, a, b, time);
}

DateTime dottedDateTime(QStringView t)
{
    const qsizetype space = t.indexOf(QLatin1Char(' '));
    const QList<QStringView> parts = tokens(space < 0 ? t : t.left(space), u".");
    if (parts.size() != 3)
        return fail();
    const int d = toInt(parts[0]), mo = toInt(parts[1]);
    int y = toInt(parts[2]);
    if (d < 0 || mo < 0 || y < 0)
        return fail();
    if (parts[2].size() == 2)
        y = expandYear(y);
    QTime time;
    if (space >= 0 && !parseTime(t.mid(space + 1), &time))
        return fail();
    return make(y, mo, d, time);
}

DateTime compactDate(QStringView t)
{
    if (t.size() != 8 || !allDigits(t))
        return fail();
    return make(t.left(4).toInt(), t.mid(4, 2).toInt(), t.mid(6, 2).toInt());
}

DateTime yearMonth(QStringView t)
{
    if (t.size() != 7 || t.at(4) != QLatin1Char('-'))
        return fail();
    const int y = toInt(t.left(4)), mo = toInt(t.mid(5, 2));
    if (y < 0 || mo < 0)
        return fail();
    return make(y, mo, 1);
}

DateTime dayMonthNameDateTime(QStringView t)
{
    // 02-Mar-2024 [02:00PM]
    const qsizetype space = t.indexOf(QLatin1Char(' '));
    const QList<QStringView> parts = tokens(space < 0 ? t : t.left(space), u"-");
    if (parts.size() != 3)
        return fail();
    const int d = toInt(parts[0]), mo = monthFromName(parts[1]);
    int y = toInt(parts[2]);
    if (d < 0 || mo == 0 || y < 0)
        return fail();
    if (parts[2].size() == 2)
        y = expandYear(y);
    QTime time;
    if (space >= 0 && !parseTime(t.mid(space + 1), &time))
        return fail();
    return make(y, mo, d, time);
}

DateTime dashedShortDate(QStringView t)
{
    const QList<QStringView> parts = tokens(t, u"-");
    if (parts.size() != 3 || parts[0].size() != 2 || parts[1].size() != 2 || parts[2].size() != 2)
        return fail();
    const int d = toInt(parts[0]), mo = toInt(parts[1]), y = toInt(parts[2]);
    if (d < 0 || mo < 0 || y < 0)
        return fail();
    return make(expandYear(y), mo, d);
}

DateTime excelSerialDateTime(QStringView t)
{
    bool ok = false;
    const double serial = QLocale::c().toDouble(t, &ok);
    // "NaN" reads as a number that no comparison rejects: converting it to a day count
    // is undefined behaviour (found by the sanitizer job on a SpreadsheetML cell).
    if (!ok || !std::isfinite(serial) || serial < 1 || serial > 2958465)
        return fail();
    const QDate date = QDate(1899, 12, 30).addDays(qint64(std::floor(serial)));
    const int seconds = int(std::round((serial - std::floor(serial)) * 86400));
    QTime time;
    if (seconds > 0)
        time = QTime(0, 0).addSecs(seconds);
    return {Status::Ok, date, time, 0, false};
}

} // namespace

DateTime dateTime(QStringView text, DateLayout layout)
{
    const QStringView t = trimmed(text);
    if (isNullMarker(t))
        return {Status::Null, {}, {}, 0, false};

    switch (layout) {
    case DateLayout::Iso:
        return isoDateTime(t);
    case DateLayout::XLegacy:
        return xLegacyDateTime(t);
    case DateLayout::XAccount:
    case DateLayout::XOlder:
    case DateLayout::MonthNameDayYear:
        return monthNameDateTime(t, layout);
    case DateLayout::UsSlash:
    case DateLayout::EuropeanSlash:
    case DateLayout::UsSlashShortYear:
        return slashedDateTime(t, layout);
    case DateLayout::Dotted:
        return dottedDateTime(t);
    case DateLayout::Compact:
        return compactDate(t);
    case DateLayout::YearMonth:
        return yearMonth(t);
    case DateLayout::DayMonthNameYear:
        return dayMonthNameDateTime(t);
    case DateLayout::DashedDmyShort:
        return dashedShortDate(t);
    case DateLayout::ExcelSerial:
        return excelSerialDateTime(t);
    }
    return fail();
}

std::optional<DateLayout> detectLayout(const QStringList &samples)
{
    const DateLayout order[] = {DateLayout::Iso, DateLayout::XLegacy, DateLayout::XAccount, DateLayout::XOlder,
                                DateLayout::MonthNameDayYear, DateLayout::Compact, DateLayout::YearMonth,
                                DateLayout::DayMonthNameYear, DateLayout::Dotted, DateLayout::DashedDmyShort};
    auto fitsAll = [&](DateLayout layout) {
        int parsed = 0;
        for (const QString &s : samples) {
            const DateTime dt = dateTime(s, layout);
            if (dt.status == Status::Invalid)
                return false;
            if (dt.ok())
                ++parsed;
        }
        return parsed > 0;
    };
    for (DateLayout layout : order) {
        if (fitsAll(layout))
            return layout;
    }
    // Slashes: month first unless a first number above 12 shows it is the day.
    const bool us = fitsAll(DateLayout::UsSlash);
    const bool eu = fitsAll(DateLayout::EuropeanSlash);
    if (us && !eu)
        return DateLayout::UsSlash;
    if (eu && !us)
        return DateLayout::EuropeanSlash;
    if (us && eu)
        return DateLayout::UsSlash;
    if (fitsAll(DateLayout::ExcelSerial))
        return DateLayout::ExcelSerial;
    return std::nullopt;
}

} // namespace Beamline::Values
