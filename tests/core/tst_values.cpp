// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/import/values.h>

#include <QTest>

using namespace Beamline;
using namespace Beamline::Values;

class tst_Values : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("decimal");
        QTest::addColumn<int>("status");
        QTest::addColumn<double>("value");
        QTest::newRow("integer") << "1938" << "." << int(Status::Ok) << 1938.0;
        QTest::newRow("float written integer") << "1938.0" << "." << int(Status::Ok) << 1938.0;
        QTest::newRow("en thousands") << "3,215" << "." << int(Status::Ok) << 3215.0;
        QTest::newRow("nl thousands") << "2.546" << "," << int(Status::Ok) << 2546.0;
        QTest::newRow("nl decimal") << "1,15" << "," << int(Status::Ok) << 1.15;
        QTest::newRow("fr thousands NBSP") << QStringLiteral("1\u00A0234,56") << "," << int(Status::Ok) << 1234.56;
        QTest::newRow("narrow NBSP") << QStringLiteral("12\u202F400") << "." << int(Status::Ok) << 12400.0;
        QTest::newRow("pound") << QStringLiteral("£0.00") << "." << int(Status::Ok) << 0.0;
        QTest::newRow("US$ NBSP decimal comma") << QStringLiteral("US$\u00A00,00") << "," << int(Status::Ok) << 0.0;
        QTest::newRow("euro suffix") << QStringLiteral("1 234,56 €") << "," << int(Status::Ok) << 1234.56;
        QTest::newRow("negative") << "-12.5" << "." << int(Status::Ok) << -12.5;
        QTest::newRow("dash is null") << "-" << "." << int(Status::Null) << 0.0;
        QTest::newRow("double dash") << "--" << "." << int(Status::Null) << 0.0;
        QTest::newRow("NA") << "N/A" << "." << int(Status::Null) << 0.0;
        QTest::newRow("empty") << "" << "." << int(Status::Null) << 0.0;
        QTest::newRow("word") << "lots" << "." << int(Status::Invalid) << 0.0;
        QTest::newRow("scientific") << "1.22158E+17" << "." << int(Status::Ok) << 1.22158e17;
    }

    void numbers()
    {
        QFETCH(QString, text);
        QFETCH(QString, decimal);
        QFETCH(int, status);
        QFETCH(double, value);
        const Number n = number(text, NumberStyle{decimal.at(0)});
        QCOMPARE(int(n.status), status);
        if (n.ok())
            QCOMPARE(n.value, value);
    }

    void percents_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("decimal");
        QTest::addColumn<double>("fraction");
        QTest::newRow("UA percent") << "45.23%" << int(Percent::String) << "." << 0.4523;
        QTest::newRow("nl quoted percent") << "99,88%" << int(Percent::String) << "," << 0.9988;
        QTest::newRow("Matomo German NBSP") << QStringLiteral("100\u00A0%") << int(Percent::String) << "." << 1.0;
        QTest::newRow("Matomo German decimal comma") << QStringLiteral("66,67\u00A0%") << int(Percent::String) << "." << 0.6667;
        QTest::newRow("X legacy fraction") << "0.009287925696594427" << int(Percent::Fraction) << "." << 0.009287925696594427;
        QTest::newRow("GA4 fraction") << "0.5541817539521329" << int(Percent::Fraction) << "." << 0.5541817539521329;
        QTest::newRow("GA4 French percent") << QStringLiteral("62,5 %") << int(Percent::Fraction) << "," << 0.625;
        QTest::newRow("YouTube percent number") << "5.22" << int(Percent::Number) << "." << 0.0522;
        QTest::newRow("X completion rate") << "34.56" << int(Percent::Number) << "." << 0.3456;
    }

    void percents()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(QString, decimal);
        QFETCH(double, fraction);
        const Number n = percent(text, Percent(kind), NumberStyle{decimal.at(0)});
        QVERIFY(n.ok());
        QVERIFY2(qAbs(n.value - fraction) < 1e-12, qPrintable(QString::number(n.value, 'g', 17)));
    }

    void durations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("seconds");
        QTest::newRow("HH:MM:SS") << "00:05:02" << 302.0;
        QTest::newRow("H:MM:SS") << "1:02:03" << 3723.0;
        QTest::newRow("M:SS") << "0:47" << 47.0;
        QTest::newRow("Matomo formatted") << "5 min 13s" << 313.0;
        QTest::newRow("Matomo hours") << "1 h 2 min" << 3720.0;
        QTest::newRow("seconds only") << "13s" << 13.0;
        QTest::newRow("plain seconds (GA4)") << "48.12" << 48.12;
        QTest::newRow("days") << "2 days 3 hours" << 183600.0;
    }

    void durations()
    {
        QFETCH(QString, text);
        QFETCH(double, seconds);
        const Number n = duration(text);
        QVERIFY(n.ok());
        QCOMPARE(n.value, seconds);
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("layout");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QTime>("time");
        QTest::addColumn<int>("offset");
        QTest::newRow("X legacy") << "2016-12-23 18:50 +0000" << int(DateLayout::XLegacy) << QDate(2016, 12, 23) << QTime(18, 50) << 0;
        QTest::newRow("X legacy offset") << "2016-12-23 18:50 +0130" << int(DateLayout::XLegacy) << QDate(2016, 12, 23) << QTime(18, 50) << 5400;
        QTest::newRow("X account") << "Tue, Jul 14, 2026" << int(DateLayout::XAccount) << QDate(2026, 7, 14) << QTime() << 0;
        QTest::newRow("X older") << "Sun Jun 01 2025" << int(DateLayout::XOlder) << QDate(2025, 6, 1) << QTime() << 0;
        QTest::newRow("YouTube") << "Jan 6, 2024" << int(DateLayout::MonthNameDayYear) << QDate(2024, 1, 6) << QTime() << 0;
        QTest::newRow("Meta post") << "03/27/2026 06:08" << int(DateLayout::UsSlash) << QDate(2026, 3, 27) << QTime(6, 8) << 0;
        QTest::newRow("Meta re-saved") << "1/30/2026 10:00" << int(DateLayout::UsSlash) << QDate(2026, 1, 30) << QTime(10, 0) << 0;
        QTest::newRow("FB legacy PM") << "01/19/2017 09:03:47 PM" << int(DateLayout::UsSlash) << QDate(2017, 1, 19) << QTime(21, 3, 47) << 0;
        QTest::newRow("FB legacy 12 AM") << "01/19/2017 12:10:00 AM" << int(DateLayout::UsSlash) << QDate(2017, 1, 19) << QTime(0, 10) << 0;
        QTest::newRow("Meta daily") << "2026-01-05T00:00:00" << int(DateLayout::Iso) << QDate(2026, 1, 5) << QTime(0, 0) << 0;
        QTest::newRow("Brandwatch") << "2024-03-07 13:49:00.0" << int(DateLayout::Iso) << QDate(2024, 3, 7) << QTime(13, 49) << 0;
        QTest::newRow("GA4 compact") << "20240131" << int(DateLayout::Compact) << QDate(2024, 1, 31) << QTime() << 0;
        QTest::newRow("UA US day index") << "3/20/15" << int(DateLayout::UsSlash) << QDate(2015, 3, 20) << QTime() << 0;
        QTest::newRow("UA GB day index") << "16/04/2015" << int(DateLayout::EuropeanSlash) << QDate(2015, 4, 16) << QTime() << 0;
        QTest::newRow("UA nl day index") << "17-09-14" << int(DateLayout::DashedDmyShort) << QDate(2014, 9, 17) << QTime() << 0;
        QTest::newRow("Matomo month") << "2017-01" << int(DateLayout::YearMonth) << QDate(2017, 1, 1) << QTime() << 0;
        QTest::newRow("Meltwater") << "02-Mar-2024 02:00PM" << int(DateLayout::DayMonthNameYear) << QDate(2024, 3, 2) << QTime(14, 0) << 0;
        QTest::newRow("Meltwater Explore") << "03-Mar-2025 11:49 AM" << int(DateLayout::DayMonthNameYear) << QDate(2025, 3, 3) << QTime(11, 49) << 0;
        QTest::newRow("German Meta") << "01.09.2026 18:00" << int(DateLayout::Dotted) << QDate(2026, 9, 1) << QTime(18, 0) << 0;
        QTest::newRow("Excel serial") << "42745" << int(DateLayout::ExcelSerial) << QDate(2017, 1, 10) << QTime() << 0;
    }

    void dates()
    {
        QFETCH(QString, text);
        QFETCH(int, layout);
        QFETCH(QDate, date);
        QFETCH(QTime, time);
        QFETCH(int, offset);
        const DateTime dt = dateTime(text, DateLayout(layout));
        QVERIFY2(dt.ok(), qPrintable(text));
        QCOMPARE(dt.date, date);
        QCOMPARE(dt.time, time);
        QCOMPARE(dt.utcOffsetSeconds, offset);
    }

    void invalidDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("layout");
        QTest::newRow("month 13") << "13/01/2017" << int(DateLayout::UsSlash);
        QTest::newRow("Feb 30") << "2017-02-30" << int(DateLayout::Iso);
        QTest::newRow("garbage") << "yesterday" << int(DateLayout::Iso);
        QTest::newRow("hour 25") << "2017-01-01 25:00" << int(DateLayout::Iso);
        QTest::newRow("bad month name") << "Foo 6, 2024" << int(DateLayout::MonthNameDayYear);
        // Read as numbers by the C locale, but no serial and no second (the sanitizer job's finding).
        QTest::newRow("Excel serial NaN") << "NaN" << int(DateLayout::ExcelSerial);
        QTest::newRow("Excel serial inf") << "inf" << int(DateLayout::ExcelSerial);
        QTest::newRow("seconds NaN") << "2017-01-01 10:00:nan" << int(DateLayout::Iso);
    }

    void invalidDurations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("NaN minutes") << "nan:00";
        QTest::newRow("inf seconds") << "0:inf";
        QTest::newRow("negative") << "-1:00";
    }

    void invalidDurations()
    {
        QFETCH(QString, text);
        QCOMPARE(int(duration(text).status), int(Status::Invalid));
    }

    void invalidDates()
    {
        QFETCH(QString, text);
        QFETCH(int, layout);
        QCOMPARE(int(dateTime(text, DateLayout(layout)).status), int(Status::Invalid));
    }

    void dayMonthOrderFromTheWholeColumn()
    {
        // Ambiguous alone; the 20 decides: month first.
        QCOMPARE(detectLayout({QStringLiteral("3/4/15"), QStringLiteral("3/20/15")}), std::optional(DateLayout::UsSlash));
        // Day first: 16 cannot be a month.
        QCOMPARE(detectLayout({QStringLiteral("01/02/2015"), QStringLiteral("16/04/2015")}), std::optional(DateLayout::EuropeanSlash));
        QCOMPARE(detectLayout({QStringLiteral("01-01-17"), QStringLiteral("31-01-17")}), std::optional(DateLayout::DashedDmyShort));
        QCOMPARE(detectLayout({QStringLiteral("20240101")}), std::optional(DateLayout::Compact));
        QVERIFY(!detectLayout({QStringLiteral("soon")}));
    }

    void excelMangledIds()
    {
        QVERIFY(isExcelMangledId(QStringLiteral("1.22158E+17")));
        QVERIFY(isExcelMangledId(QStringLiteral("1.81112E+16")));
        QVERIFY(!isExcelMangledId(QStringLiteral("18111185289945729")));
        QVERIFY(!isExcelMangledId(QStringLiteral("104512345678901_1252569090346093")));
        QVERIFY(!isExcelMangledId(QStringLiteral("1.5")));
    }
};

QTEST_GUILESS_MAIN(tst_Values)
#include "tst_values.moc"
