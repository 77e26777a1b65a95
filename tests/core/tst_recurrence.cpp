// SPDX-License-Identifier: GPL-3.0-or-later
// Series expansion: RFC 5545 rules over a wall clock in an IANA zone, across daylight
// saving, month ends, ordinals, COUNT/UNTIL, skipped and moved occurrences.
#include <core/domain/isotime.h>
#include <core/plan/recurrence.h>

#include <QTest>

using namespace Beamline;

namespace {

Series makeSeries(const QString &rrule, const QString &start, const QString &zone)
{
    Series s;
    s.id = 7;
    s.name = QStringLiteral("Series");
    s.rrule = rrule;
    s.dtstart = IsoTime::parseWallClock(start);
    s.timeZone = zone;
    return s;
}

QStringList starts(const QVector<Occurrence> &occurrences, const QString &zone)
{
    QStringList list;
    for (const Occurrence &o : occurrences)
        list.append(IsoTime::withOffset(o.startUtc, QTimeZone(zone.toUtf8())) + (o.moved ? QStringLiteral(" moved") : QString()));
    return list;
}

QDateTime utcOf(const QString &day, const QString &zone)
{
    return IsoTime::startOfDay(IsoTime::parseDay(day), QTimeZone(zone.toUtf8()));
}

} // namespace

class TestRecurrence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expansion_data();
    void expansion();
    void skipsAndMoves();
    void toUtcFollowsRfc5545_data();
    void toUtcFollowsRfc5545();
    void validate_data();
    void validate();
    void describe_data();
    void describe();
    void nextWidensTheWindow();
    void isSlot();
};

void TestRecurrence::expansion_data()
{
    QTest::addColumn<QString>("rrule");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to"); // exclusive local day
    QTest::addColumn<QStringList>("expected");

    const QString zurich = QStringLiteral("Europe/Zurich");
    QTest::newRow("weekly across spring forward keeps 10:00")
        << "FREQ=WEEKLY;BYDAY=TH" << "2017-01-05T10:00" << zurich << "2017-03-20" << "2017-04-07"
        << QStringList{"2017-03-23T10:00:00+01:00", "2017-03-30T10:00:00+02:00", "2017-04-06T10:00:00+02:00"};
    QTest::newRow("weekly across fall back keeps 10:00")
        << "FREQ=WEEKLY;BYDAY=TH" << "2017-01-05T10:00" << zurich << "2017-10-23" << "2017-11-06"
        << QStringList{"2017-10-26T10:00:00+02:00", "2017-11-02T10:00:00+01:00"};
    QTest::newRow("last Sunday of March and October (the DST days)")
        << "FREQ=YEARLY;BYMONTH=3,10;BYDAY=-1SU" << "2017-03-26T10:00" << zurich << "2017-01-01" << "2019-01-01"
        << QStringList{"2017-03-26T10:00:00+02:00", "2017-10-29T10:00:00+01:00", "2018-03-25T10:00:00+02:00",
                       "2018-10-28T10:00:00+01:00"};
    QTest::newRow("02:30 on the spring-forward night takes the offset before the gap")
        << "FREQ=DAILY" << "2017-03-25T02:30" << zurich << "2017-03-25" << "2017-03-28"
        << QStringList{"2017-03-25T02:30:00+01:00", "2017-03-26T03:30:00+02:00", "2017-03-27T02:30:00+02:00"};
    QTest::newRow("02:30 on the fall-back night is its first instant")
        << "FREQ=DAILY" << "2017-10-28T02:30" << zurich << "2017-10-28" << "2017-10-31"
        << QStringList{"2017-10-28T02:30:00+02:00", "2017-10-29T02:30:00+02:00", "2017-10-30T02:30:00+01:00"};
    QTest::newRow("New York changes on other dates")
        << "FREQ=WEEKLY;BYDAY=FR" << "2017-03-03T09:00" << "America/New_York" << "2017-03-01" << "2017-03-18"
        << QStringList{"2017-03-03T09:00:00-05:00", "2017-03-10T09:00:00-05:00", "2017-03-17T09:00:00-04:00"};
    QTest::newRow("BYMONTHDAY=31 skips shorter months")
        << "FREQ=MONTHLY;BYMONTHDAY=31" << "2017-01-31T12:00" << zurich << "2017-01-01" << "2017-08-01"
        << QStringList{"2017-01-31T12:00:00+01:00", "2017-03-31T12:00:00+02:00", "2017-05-31T12:00:00+02:00",
                       "2017-07-31T12:00:00+02:00"};
    QTest::newRow("BYMONTHDAY=-1 is every month's last day, leap years too")
        << "FREQ=MONTHLY;BYMONTHDAY=-1" << "2016-01-31T12:00" << zurich << "2016-01-01" << "2016-05-01"
        << QStringList{"2016-01-31T12:00:00+01:00", "2016-02-29T12:00:00+01:00", "2016-03-31T12:00:00+02:00",
                       "2016-04-30T12:00:00+02:00"};
    QTest::newRow("-1FR: last Friday of the month")
        << "FREQ=MONTHLY;BYDAY=-1FR" << "2017-01-27T11:00" << zurich << "2017-01-01" << "2017-04-01"
        << QStringList{"2017-01-27T11:00:00+01:00", "2017-02-24T11:00:00+01:00", "2017-03-31T11:00:00+02:00"};
    QTest::newRow("2TU: second Tuesday")
        << "FREQ=MONTHLY;BYDAY=2TU" << "2017-01-10T09:00" << zurich << "2017-01-01" << "2017-04-01"
        << QStringList{"2017-01-10T09:00:00+01:00", "2017-02-14T09:00:00+01:00", "2017-03-14T09:00:00+01:00"};
    QTest::newRow("BYSETPOS=-1: last weekday of the month")
        << "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1" << "2017-01-31T16:00" << zurich << "2017-01-01" << "2017-05-01"
        << QStringList{"2017-01-31T16:00:00+01:00", "2017-02-28T16:00:00+01:00", "2017-03-31T16:00:00+02:00",
                       "2017-04-28T16:00:00+02:00"};
    QTest::newRow("COUNT stops the series")
        << "FREQ=WEEKLY;BYDAY=TH;COUNT=3" << "2017-01-05T10:00" << zurich << "2017-01-01" << "2017-03-01"
        << QStringList{"2017-01-05T10:00:00+01:00", "2017-01-12T10:00:00+01:00", "2017-01-19T10:00:00+01:00"};
    QTest::newRow("COUNT counts from the start even when the range begins later")
        << "FREQ=WEEKLY;BYDAY=TH;COUNT=3" << "2017-01-05T10:00" << zurich << "2017-01-13" << "2017-03-01"
        << QStringList{"2017-01-19T10:00:00+01:00"};
    QTest::newRow("UNTIL includes its own day")
        << "FREQ=WEEKLY;BYDAY=TH;UNTIL=20170119T235959Z" << "2017-01-05T10:00" << zurich << "2017-01-01" << "2017-03-01"
        << QStringList{"2017-01-05T10:00:00+01:00", "2017-01-12T10:00:00+01:00", "2017-01-19T10:00:00+01:00"};
    QTest::newRow("every two weeks on Monday and Thursday")
        << "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH" << "2017-01-02T09:30" << zurich << "2017-01-01" << "2017-01-31"
        << QStringList{"2017-01-02T09:30:00+01:00", "2017-01-05T09:30:00+01:00", "2017-01-16T09:30:00+01:00",
                       "2017-01-19T09:30:00+01:00", "2017-01-30T09:30:00+01:00"};
    QTest::newRow("a range years after the start keeps the two-week rhythm")
        << "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH" << "2010-01-07T10:00" << zurich << "2017-01-01" << "2017-01-31"
        << QStringList{"2017-01-12T10:00:00+01:00", "2017-01-26T10:00:00+01:00"};
    QTest::newRow("nothing before the start")
        << "FREQ=WEEKLY;BYDAY=TH" << "2017-01-19T10:00" << zurich << "2017-01-01" << "2017-01-27"
        << QStringList{"2017-01-19T10:00:00+01:00", "2017-01-26T10:00:00+01:00"};
    QTest::newRow("yearly on a birthday")
        << "FREQ=YEARLY" << "2016-09-29T10:00" << zurich << "2016-01-01" << "2019-01-01"
        << QStringList{"2016-09-29T10:00:00+02:00", "2017-09-29T10:00:00+02:00", "2018-09-29T10:00:00+02:00"};
}

void TestRecurrence::expansion()
{
    QFETCH(QString, rrule);
    QFETCH(QString, start);
    QFETCH(QString, zone);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QStringList, expected);

    const Series series = makeSeries(rrule, start, zone);
    QVERIFY2(Recurrence::validate(rrule).isEmpty(), qPrintable(Recurrence::validate(rrule)));
    QCOMPARE(starts(Recurrence::between(series, utcOf(from, zone), utcOf(to, zone)), zone), expected);
}

void TestRecurrence::skipsAndMoves()
{
    const QString zone = QStringLiteral("Europe/Zurich");
    Series series = makeSeries(QStringLiteral("FREQ=WEEKLY;BYDAY=TH"), QStringLiteral("2017-01-05T10:00"), zone);
    series.exceptions.append({IsoTime::parseWallClock(u"2017-01-12T10:00"), SeriesException::Kind::Skip, {}, {}});
    // Moved to the next day in the afternoon, and one moved across the range's end.
    series.exceptions.append({IsoTime::parseWallClock(u"2017-01-19T10:00"), SeriesException::Kind::Move,
                              IsoTime::parseWallClock(u"2017-01-20T15:00"), {}});
    series.exceptions.append({IsoTime::parseWallClock(u"2017-02-02T10:00"), SeriesException::Kind::Move,
                              IsoTime::parseWallClock(u"2017-01-31T08:00"), {}});

    const QVector<Occurrence> found = Recurrence::between(series, utcOf(QStringLiteral("2017-01-01"), zone), utcOf(QStringLiteral("2017-02-01"), zone));
    QCOMPARE(starts(found, zone), (QStringList{"2017-01-05T10:00:00+01:00", "2017-01-20T15:00:00+01:00 moved",
                                               "2017-01-26T10:00:00+01:00", "2017-01-31T08:00:00+01:00 moved"}));
    // A moved occurrence remembers the slot it came from.
    QCOMPARE(IsoTime::wallClock(found.at(1).original), QStringLiteral("2017-01-19T10:00"));
    QCOMPARE(IsoTime::wallClock(found.at(3).original), QStringLiteral("2017-02-02T10:00"));
    // ...and is no longer in February.
    const auto february = Recurrence::between(series, utcOf(QStringLiteral("2017-02-01"), zone), utcOf(QStringLiteral("2017-02-10"), zone));
    QCOMPARE(starts(february, zone), QStringList{"2017-02-09T10:00:00+01:00"});
}

void TestRecurrence::toUtcFollowsRfc5545_data()
{
    QTest::addColumn<QString>("wall");
    QTest::addColumn<QString>("utc");
    QTest::newRow("winter") << "2017-01-05T10:00" << "2017-01-05T09:00:00Z";
    QTest::newRow("summer") << "2017-07-05T10:00" << "2017-07-05T08:00:00Z";
    QTest::newRow("in the gap: offset before it") << "2017-03-26T02:30" << "2017-03-26T01:30:00Z";
    QTest::newRow("just after the gap") << "2017-03-26T03:00" << "2017-03-26T01:00:00Z";
    QTest::newRow("ambiguous: first instant") << "2017-10-29T02:30" << "2017-10-29T00:30:00Z";
    QTest::newRow("after the overlap") << "2017-10-29T03:00" << "2017-10-29T02:00:00Z";
}

void TestRecurrence::toUtcFollowsRfc5545()
{
    QFETCH(QString, wall);
    QFETCH(QString, utc);
    QCOMPARE(IsoTime::utc(Recurrence::toUtc(IsoTime::parseWallClock(wall), QTimeZone("Europe/Zurich"))), utc);
}

void TestRecurrence::validate_data()
{
    QTest::addColumn<QString>("rrule");
    QTest::addColumn<QString>("problem"); // a part of the message; empty: valid

    QTest::newRow("weekly") << "FREQ=WEEKLY;BYDAY=TH" << "";
    QTest::newRow("lower case") << "freq=monthly;byday=-1fr" << "";
    QTest::newRow("setpos") << "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1" << "";
    QTest::newRow("until with time") << "FREQ=DAILY;UNTIL=20171231T235959Z" << "";
    QTest::newRow("empty") << "" << "empty";
    QTest::newRow("no freq") << "BYDAY=TH" << "FREQ is missing";
    QTest::newRow("bad freq") << "FREQ=FORTNIGHTLY" << "“FORTNIGHTLY”";
    QTest::newRow("bad weekday") << "FREQ=WEEKLY;BYDAY=TH,XX" << "BYDAY: “XX”";
    QTest::newRow("ordinal zero") << "FREQ=MONTHLY;BYDAY=0FR" << "BYDAY: “0FR”";
    QTest::newRow("month day 32") << "FREQ=MONTHLY;BYMONTHDAY=32" << "BYMONTHDAY: 32";
    QTest::newRow("month day 0") << "FREQ=MONTHLY;BYMONTHDAY=0" << "BYMONTHDAY: 0";
    QTest::newRow("month 13") << "FREQ=YEARLY;BYMONTH=13" << "BYMONTH: 13";
    QTest::newRow("interval zero") << "FREQ=WEEKLY;INTERVAL=0" << "INTERVAL: “0”";
    QTest::newRow("count and until") << "FREQ=WEEKLY;COUNT=3;UNTIL=20170101" << "COUNT and UNTIL";
    QTest::newRow("bad until") << "FREQ=WEEKLY;UNTIL=2017-01-01" << "UNTIL: “2017-01-01”";
    QTest::newRow("unknown part") << "FREQ=WEEKLY;BYFORTNIGHT=2" << "“BYFORTNIGHT”";
    QTest::newRow("no value") << "FREQ=WEEKLY;BYDAY=" << "BYDAY has no value";
    QTest::newRow("not name=value") << "FREQ=WEEKLY;THURSDAY" << "“THURSDAY”";
}

void TestRecurrence::validate()
{
    QFETCH(QString, rrule);
    QFETCH(QString, problem);
    const QString message = Recurrence::validate(rrule);
    if (problem.isEmpty())
        QVERIFY2(message.isEmpty(), qPrintable(message));
    else
        QVERIFY2(message.contains(problem), qPrintable(message));
}

void TestRecurrence::describe_data()
{
    QTest::addColumn<QString>("rrule");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("text");
    QTest::newRow("thursdays") << "FREQ=WEEKLY;BYDAY=TH" << "2017-01-05T10:00" << "Every Thursday at 10:00";
    QTest::newRow("weekly without BYDAY uses the start") << "FREQ=WEEKLY" << "2017-01-06T11:00" << "Every Friday at 11:00";
    QTest::newRow("last friday") << "FREQ=MONTHLY;BYDAY=-1FR" << "2017-01-27T11:00" << "On the last Friday of every month at 11:00";
    QTest::newRow("two weeks") << "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=10" << "2017-01-02T09:30"
                               << "Every 2 weeks on Monday and Thursday at 09:30, 10 times";
    QTest::newRow("last day") << "FREQ=MONTHLY;BYMONTHDAY=-1" << "2017-01-31T12:00" << "On the last day of every month at 12:00";
    QTest::newRow("daily") << "FREQ=DAILY" << "2017-01-01T08:00" << "Every day at 08:00";
    QTest::newRow("setpos") << "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1" << "2017-01-31T16:00"
                            << "On the last weekday of every month at 16:00";
}

void TestRecurrence::describe()
{
    QFETCH(QString, rrule);
    QFETCH(QString, start);
    QFETCH(QString, text);
    QCOMPARE(Recurrence::describe(rrule, IsoTime::parseWallClock(start)), text);
}

void TestRecurrence::nextWidensTheWindow()
{
    // A yearly rule: the next three are years apart.
    const Series series = makeSeries(QStringLiteral("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29"), QStringLiteral("2016-02-29T09:00"),
                                     QStringLiteral("Europe/Zurich"));
    const auto next = Recurrence::next(series, utcOf(QStringLiteral("2016-03-01"), QStringLiteral("Europe/Zurich")), 2);
    QCOMPARE(starts(next, QStringLiteral("Europe/Zurich")), (QStringList{"2020-02-29T09:00:00+01:00", "2024-02-29T09:00:00+01:00"}));
}

void TestRecurrence::isSlot()
{
    const Series series = makeSeries(QStringLiteral("FREQ=WEEKLY;BYDAY=TH"), QStringLiteral("2017-01-05T10:00"), QStringLiteral("Europe/Zurich"));
    QVERIFY(Recurrence::isSlot(series, IsoTime::parseWallClock(u"2017-03-30T10:00")));
    QVERIFY(!Recurrence::isSlot(series, IsoTime::parseWallClock(u"2017-03-30T10:30")));
    QVERIFY(!Recurrence::isSlot(series, IsoTime::parseWallClock(u"2017-03-31T10:00")));
    QVERIFY(!Recurrence::isSlot(series, IsoTime::parseWallClock(u"2016-12-29T10:00"))); // before the start
}

QTEST_GUILESS_MAIN(TestRecurrence)
#include "tst_recurrence.moc"
