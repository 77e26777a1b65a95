// SPDX-License-Identifier: GPL-3.0-or-later
// Days as people type them into a date field, in English, French and US English.
#include <core/domain/userdate.h>

#include <QTest>

using namespace Beamline;

class tst_UserDate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QDate>("reference");
        QTest::addColumn<QDate>("expected");
        const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
        const QLocale us(QLocale::English, QLocale::UnitedStates);
        const QLocale fr(QLocale::French, QLocale::France);
        const QDate feb(2026, 2, 15);
        // The two the issue saw go wrong (they became 2 Jan and 5 Jan).
        QTest::newRow("1 Jan 2026") << QStringLiteral("1 Jan 2026") << uk << feb << QDate(2026, 1, 1);
        QTest::newRow("31 Jan, no year") << QStringLiteral("31 Jan") << uk << feb << QDate(2026, 1, 31);
        QTest::newRow("year of the reference") << QStringLiteral("31 Jan") << uk << QDate(2017, 3, 1) << QDate(2017, 1, 31);
        QTest::newRow("long month") << QStringLiteral("31 January 2026") << uk << feb << QDate(2026, 1, 31);
        QTest::newRow("month first, comma") << QStringLiteral("Jan 31, 2026") << uk << feb << QDate(2026, 1, 31);
        QTest::newRow("day name") << QStringLiteral("Sat 31 Jan 2026") << uk << feb << QDate(2026, 1, 31);
        QTest::newRow("ordinal") << QStringLiteral("the 2nd of March") << uk << feb << QDate(2026, 3, 2);
        QTest::newRow("case and spaces") << QStringLiteral("  1 JAN   2026 ") << uk << feb << QDate(2026, 1, 1);
        QTest::newRow("two-digit year") << QStringLiteral("1 Jan 26") << uk << feb << QDate(2026, 1, 1);
        QTest::newRow("ISO") << QStringLiteral("2026-01-31") << us << feb << QDate(2026, 1, 31);
        QTest::newRow("numbers, day first") << QStringLiteral("31/01/2026") << uk << feb << QDate(2026, 1, 31);
        QTest::newRow("numbers, dots") << QStringLiteral("31.1.26") << fr << feb << QDate(2026, 1, 31);
        QTest::newRow("numbers, US month first") << QStringLiteral("1/31/2026") << us << feb << QDate(2026, 1, 31);
        QTest::newRow("numbers, no year") << QStringLiteral("5/3") << uk << feb << QDate(2026, 3, 5);
        QTest::newRow("numbers, year first") << QStringLiteral("2026/1/31") << uk << feb << QDate(2026, 1, 31);
        QTest::newRow("French long") << QStringLiteral("31 janvier 2026") << fr << feb << QDate(2026, 1, 31);
        QTest::newRow("French short with dot") << QStringLiteral("1 févr. 2026") << fr << feb << QDate(2026, 2, 1);
        QTest::newRow("French without accent") << QStringLiteral("1er fevr") << fr << feb << QDate(2026, 2, 1);
        QTest::newRow("French août") << QStringLiteral("15 août 2025") << fr << feb << QDate(2025, 8, 15);
        QTest::newRow("English under French") << QStringLiteral("3 March 2026") << fr << feb << QDate(2026, 3, 3);
        QTest::newRow("29 Feb of a leap year") << QStringLiteral("29 Feb 2024") << uk << feb << QDate(2024, 2, 29);
        // Not days.
        QTest::newRow("31 Feb") << QStringLiteral("31 Feb 2026") << uk << feb << QDate();
        QTest::newRow("29 Feb, no leap") << QStringLiteral("29 Feb 2026") << uk << feb << QDate();
        QTest::newRow("words") << QStringLiteral("next week") << uk << feb << QDate();
        QTest::newRow("empty") << QString() << uk << feb << QDate();
        QTest::newRow("day only") << QStringLiteral("31") << uk << feb << QDate();
        QTest::newRow("month only") << QStringLiteral("January") << uk << feb << QDate();
        QTest::newRow("13th month") << QStringLiteral("1/13/2026") << uk << feb << QDate();
        QTest::newRow("two days") << QStringLiteral("1 2 Jan") << uk << feb << QDate();
    }

    void parses()
    {
        QFETCH(QString, text);
        QFETCH(QLocale, locale);
        QFETCH(QDate, reference);
        QFETCH(QDate, expected);
        QCOMPARE(UserDate::parse(text, reference, locale), expected);
    }

    void readsBackWhatTheFieldShows()
    {
        // The date field shows "d MMM yyyy" in the interface's language: every day of a year
        // reads back as itself, in English and French.
        for (const QLocale &locale : {QLocale(QLocale::English, QLocale::UnitedKingdom), QLocale(QLocale::French, QLocale::France)}) {
            for (QDate d(2026, 1, 1); d.year() == 2026; d = d.addDays(1)) {
                const QString shown = locale.toString(d, QStringLiteral("d MMM yyyy"));
                QCOMPARE(UserDate::parse(shown, QDate(2020, 6, 1), locale), d);
            }
        }
    }
};

QTEST_GUILESS_MAIN(tst_UserDate)
#include "tst_userdate.moc"
