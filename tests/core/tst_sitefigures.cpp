// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/analytics/sitefigures.h>

#include <QTest>

using namespace Beamline;

Q_DECLARE_METATYPE(QVector<SiteFigures::Block>)

// Which report gives the site's figure of a range (docs/metrics.md, "The site's figures"):
// worked out by hand for each arrangement of reports.
class tst_SiteFigures : public QObject
{
    Q_OBJECT

private:
    using Origin = SiteFigures::Origin;

    static SiteFigures::Block block(int from, int to, Origin origin, double sessions, std::optional<double> users = std::nullopt,
                                    int source = 0, std::optional<double> pageviews = std::nullopt)
    {
        SiteFigures::Block b;
        b.from = QDate(2017, 1, from);
        b.to = QDate(2017, 1, to);
        b.origin = origin;
        b.source = source;
        b.sums.sessions = sessions;
        b.sums.users = users;
        b.sums.usersRows = users ? std::optional<double>(1) : std::nullopt;
        b.sums.pageviews = pageviews;
        b.sums = SiteFigures::partitionedPart(origin, b.sums);
        return b;
    }

private Q_SLOTS:
    void forRange_data()
    {
        QTest::addColumn<QVector<SiteFigures::Block>>("blocks");
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<double>("sessions"); // -1: none
        QTest::addColumn<double>("users");    // -1: none

        QTest::newRow("the site's row over exactly the range wins")
            << QVector<SiteFigures::Block>{block(1, 1, Origin::Site, 100, 90), block(2, 2, Origin::Site, 200, 150),
                                           block(1, 2, Origin::Site, 310, 220)}
            << 1 << 2 << 310.0 << 220.0;
        QTest::newRow("else the days add up, without visitors")
            << QVector<SiteFigures::Block>{block(1, 1, Origin::Site, 100, 90), block(2, 2, Origin::Site, 200, 150)} << 1 << 2 << 300.0 << -1.0;
        QTest::newRow("one day's own row gives its visitors")
            << QVector<SiteFigures::Block>{block(1, 1, Origin::Site, 100, 90), block(2, 2, Origin::Site, 200, 150)} << 1 << 1 << 100.0 << 90.0;
        QTest::newRow("days before weeks, never both")
            << QVector<SiteFigures::Block>{block(1, 1, Origin::Site, 10), block(2, 2, Origin::Site, 10), block(3, 3, Origin::Site, 10),
                                           block(1, 7, Origin::Site, 75), block(8, 14, Origin::Site, 80)}
            << 1 << 14 << 110.0 << -1.0; // days 1-3, then the week 8-14 (the week 1-7 restates days 1-3)
        QTest::newRow("the site's day before a breakdown's")
            << QVector<SiteFigures::Block>{block(1, 1, Origin::Site, 100), block(1, 1, Origin::SourceMedium, 98),
                                           block(2, 2, Origin::SourceMedium, 50)}
            << 1 << 2 << 150.0 << -1.0;
        QTest::newRow("a breakdown over exactly the range fills the days' gaps")
            << QVector<SiteFigures::Block>{block(1, 1, Origin::Site, 100), block(1, 3, Origin::SourceMedium, 400, 300)}
            << 1 << 3 << 400.0 << -1.0; // and a breakdown's visitors never count
        QTest::newRow("pages do not partition sessions")
            << QVector<SiteFigures::Block>{block(1, 1, Origin::Page, 999)} << 1 << 1 << -1.0 << -1.0;
        QTest::newRow("one web source, not the sum of two")
            << QVector<SiteFigures::Block>{block(1, 1, Origin::Site, 100, {}, 0), block(2, 2, Origin::Site, 200, {}, 0),
                                           block(1, 1, Origin::Site, 110, {}, 1), block(2, 2, Origin::Site, 210, {}, 1),
                                           block(3, 3, Origin::Site, 310, {}, 1)}
            << 1 << 3 << 630.0 << -1.0; // the second covers more days
        QTest::newRow("equal coverage: the first source")
            << QVector<SiteFigures::Block>{block(1, 1, Origin::Site, 110, {}, 1), block(1, 1, Origin::Site, 100, {}, 0)} << 1 << 1 << 100.0 << -1.0;
        QTest::newRow("a row over a period that leaves the range does not count")
            << QVector<SiteFigures::Block>{block(1, 1, Origin::Site, 100), block(1, 31, Origin::Site, 3000)} << 1 << 15 << 100.0 << -1.0;
    }

    void forRange()
    {
        QFETCH(QVector<SiteFigures::Block>, blocks);
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(double, sessions);
        QFETCH(double, users);
        const SiteFigures::Figures f = SiteFigures::forRange(blocks, QDate(2017, 1, from), QDate(2017, 1, to));
        const WebStats stats = f.sums.stats();
        QCOMPARE(stats.sessions.value_or(-1), sessions);
        QCOMPARE(stats.users.value_or(-1), users);
    }

    void pagesGivePageviews()
    {
        const auto f = SiteFigures::forRange({block(1, 1, Origin::Page, 999, {}, 0, 50), block(2, 2, Origin::Page, 999, {}, 0, 70)},
                                             QDate(2017, 1, 1), QDate(2017, 1, 2));
        QCOMPARE(f.sums.pageviews, std::optional<double>(120));
        QCOMPARE(f.reports, QStringList{QStringLiteral("page")});
    }

    void perDayPrefersTheSitesOwnRow()
    {
        const QMap<QDate, WebSums> days = SiteFigures::perDay({block(1, 1, Origin::SourceMedium, 98, 80), block(1, 1, Origin::Site, 100),
                                                               block(2, 2, Origin::SourceMedium, 50, 40), block(1, 3, Origin::Site, 400)});
        QCOMPARE(days.size(), 2); // a period has no day
        QCOMPARE(days.value(QDate(2017, 1, 1)).sessions, std::optional<double>(100));
        QCOMPARE(days.value(QDate(2017, 1, 2)).sessions, std::optional<double>(50));
        QVERIFY(!days.value(QDate(2017, 1, 2)).stats().users); // a breakdown's visitors are not the site's
    }
};

QTEST_GUILESS_MAIN(tst_SiteFigures)
#include "tst_sitefigures.moc"
