// SPDX-License-Identifier: GPL-3.0-or-later
#include "userdate.h"

#include <QRegularExpression>
#include <QStringList>

namespace Beamline {

namespace {

// Lower case, without accents or a trailing dot: "Févr." → "fevr".
QString fold(const QString &word)
{
    const QString decomposed = word.toLower().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing && c != QLatin1Char('.'))
            out.append(c);
    }
    return out;
}

// The month a word names (1–12), or 0.
int monthOf(const QString &word, const QLocale &locale)
{
    const QString folded = fold(word);
    if (folded.size() < 3)
        return 0;
    const QLocale english(QLocale::English);
    for (const QLocale &l : {locale, english}) {
        for (int month = 1; month <= 12; ++month) {
            for (const QString &name : {l.monthName(month, QLocale::LongFormat), l.monthName(month, QLocale::ShortFormat),
                                        l.standaloneMonthName(month, QLocale::LongFormat), l.standaloneMonthName(month, QLocale::ShortFormat)}) {
                const QString n = fold(name);
                if (!n.isEmpty() && (n == folded || (folded.size() >= 3 && n.startsWith(folded))))
                    return month;
            }
        }
    }
    return 0;
}

bool isDayName(const QString &word, const QLocale &locale)
{
    const QString folded = fold(word);
    if (folded.size() < 2)
        return false;
    const QLocale english(QLocale::English);
    for (const QLocale &l : {locale, english}) {
        for (int day = 1; day <= 7; ++day) {
            for (const QString &name : {l.dayName(day, QLocale::LongFormat), l.dayName(day, QLocale::ShortFormat)}) {
                const QString n = fold(name);
                if (!n.isEmpty() && (n == folded || (folded.size() >= 2 && n.startsWith(folded))))
                    return true;
            }
        }
    }
    return false;
}

int fullYear(int year, qsizetype digits)
{
    return digits <= 2 ? 2000 + year : year;
}

// Whether the locale writes the month before the day in its short numeric dates (US).
bool monthFirst(const QLocale &locale)
{
    const QString format = locale.dateFormat(QLocale::ShortFormat);
    const qsizetype d = format.indexOf(QLatin1Char('d'));
    const qsizetype m = format.indexOf(QLatin1Char('M'));
    return m >= 0 && d >= 0 && m < d;
}

} // namespace

QDate UserDate::parse(const QString &text, QDate reference, const QLocale &locale)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    const int defaultYear = reference.isValid() ? reference.year() : QDate::currentDate().year();

    // ISO 8601 first: it is unambiguous.
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    if (const auto m = iso.match(t); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());

    // Words and numbers; "1er", "2nd", "3rd", "4th" are numbers.
    static const QRegularExpression separators(QStringLiteral("[\\s,/\\-]+|\\.(?=\\s|\\d|$)"));
    static const QRegularExpression number(QStringLiteral("^(\\d{1,4})(st|nd|rd|th|er|re|e|º|°)?$"), QRegularExpression::CaseInsensitiveOption);
    int month = 0;
    QList<QPair<int, qsizetype>> numbers; // value, digits
    for (const QString &token : t.split(separators, Qt::SkipEmptyParts)) {
        if (const auto m = number.match(token); m.hasMatch()) {
            numbers.append({m.captured(1).toInt(), m.captured(1).size()});
            continue;
        }
        if (const int named = monthOf(token, locale); named > 0 && month == 0) {
            month = named;
            continue;
        }
        if (isDayName(token, locale))
            continue; // "Thu 31 Jan"
        const QString folded = fold(token);
        if (folded == QLatin1String("de") || folded == QLatin1String("of") || folded == QLatin1String("the"))
            continue; // "31 de enero", "the 31st of January"
        return {};
    }

    int day = 0;
    int year = defaultYear;
    if (month > 0) {
        // A month by name: the number up to 31 is the day, a longer or larger one the year.
        if (numbers.isEmpty() || numbers.size() > 2)
            return {};
        for (const auto &[value, digits] : std::as_const(numbers)) {
            if (day == 0 && digits <= 2 && value >= 1 && value <= 31)
                day = value;
            else if (year == defaultYear && (digits == 4 || digits == 2))
                year = fullYear(value, digits);
            else
                return {};
        }
        if (day == 0)
            return {};
    } else {
        // Numbers only: year first when it has four digits, else in the locale's order.
        if (numbers.size() == 3 && numbers.at(0).second == 4) {
            year = numbers.at(0).first;
            month = numbers.at(1).first;
            day = numbers.at(2).first;
        } else if (numbers.size() == 3 || numbers.size() == 2) {
            const bool us = monthFirst(locale);
            day = numbers.at(us ? 1 : 0).first;
            month = numbers.at(us ? 0 : 1).first;
            if (numbers.size() == 3) {
                if (numbers.at(2).second != 2 && numbers.at(2).second != 4)
                    return {};
                year = fullYear(numbers.at(2).first, numbers.at(2).second);
            }
        } else {
            return {};
        }
    }
    const QDate date(year, month, day);
    return date.isValid() ? date : QDate();
}

} // namespace Beamline
