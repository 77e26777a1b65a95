// SPDX-License-Identifier: GPL-3.0-or-later
// Stored wall-clock times (a planned post's local time) read back: the forms the workspace
// stores, read by hand, and what is not one of them.
#include <core/domain/isotime.h>

#include <QTest>

using namespace Beamline;

class tst_IsoTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesWallClock_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const auto at = [](int y, int mo, int d, int h, int mi, int s = 0) {
            return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
        };
        QTest::newRow("stored") << QStringLiteral("2017-01-05T10:00") << at(2017, 1, 5, 10, 0);
        QTest::newRow("seconds") << QStringLiteral("2017-01-05T23:59:30") << at(2017, 1, 5, 23, 59, 30);
        QTest::newRow("space") << QStringLiteral("2016-12-31 09:05") << at(2016, 12, 31, 9, 5);
        QTest::newRow("leap day") << QStringLiteral("2024-02-29T00:00") << at(2024, 2, 29, 0, 0);
        QTest::newRow("spaces around") << QStringLiteral("  2017-01-05T10:00 ") << at(2017, 1, 5, 10, 0);
        // Not a time.
        QTest::newRow("29 Feb, no leap") << QStringLiteral("2023-02-29T10:00") << QDateTime();
        QTest::newRow("hour 24") << QStringLiteral("2017-01-05T24:00") << QDateTime();
        QTest::newRow("minute 60") << QStringLiteral("2017-01-05T10:60") << QDateTime();
        QTest::newRow("month 13") << QStringLiteral("2017-13-05T10:00") << QDateTime();
        QTest::newRow("space and seconds") << QStringLiteral("2017-01-05 10:00:00") << QDateTime();
        QTest::newRow("letters") << QStringLiteral("2017-0a-05T10:00") << QDateTime();
        QTest::newRow("slashes") << QStringLiteral("2017/01/05T10:00") << QDateTime();
        QTest::newRow("day only") << QStringLiteral("2017-01-05") << QDateTime();
        QTest::newRow("empty") << QString() << QDateTime();
    }

    void parsesWallClock()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const QDateTime parsed = IsoTime::parseWallClock(text);
        QCOMPARE(parsed, expected);
        if (expected.isValid()) {
            QCOMPARE(parsed.timeZone(), QTimeZone::utc()); // a wall clock is kept in UTC's frame
            QCOMPARE(IsoTime::wallClock(parsed), text.trimmed().left(16).replace(QLatin1Char(' '), QLatin1Char('T')));
        }
    }
};

QTEST_GUILESS_MAIN(tst_IsoTime)
#include "tst_isotime.moc"
