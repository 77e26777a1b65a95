// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/analytics/besttimes.h>

#include <QJsonObject>
#include <QTest>

using namespace Beamline;

Q_DECLARE_METATYPE(QVector<double>)
Q_DECLARE_METATYPE(std::optional<double>)

// Best time to post (docs/metrics.md, "Timing"): the cells and medians worked out by hand.
class tst_BestTimes : public QObject
{
    Q_OBJECT

private:
    static PostMetrics post(Platform platform, const char *utc, std::optional<double> impressions, std::optional<double> likes,
                            std::optional<double> comments = std::nullopt, std::optional<double> shares = std::nullopt, bool story = false)
    {
        PostMetrics p;
        p.platform = platform;
        p.published = QDateTime::fromString(QString::fromLatin1(utc), Qt::ISODate);
        p.impressions = impressions;
        p.likes = likes;
        p.comments = comments;
        p.shares = shares;
        p.story = story;
        return p;
    }

    // Europe/Zurich is UTC+1 in January and UTC+2 in July.
    static QVector<PostMetrics> lab()
    {
        return {
            // Thursday 10:xx in Zurich: 40/1000, 100/2000, 10/500 → 0.04, 0.05, 0.02.
            post(Platform::Instagram, "2017-01-05T09:00:00Z", 1000, 30, 5, 5),
            post(Platform::Instagram, "2017-01-12T09:30:00Z", 2000, 100),
            post(Platform::Instagram, "2017-01-19T09:10:00Z", 500, 10),
            // Not counted: no impressions, a story, no interaction figures.
            post(Platform::Instagram, "2017-01-19T09:20:00Z", 0, 50),
            post(Platform::Instagram, "2017-01-19T09:25:00Z", 300, 50, std::nullopt, std::nullopt, true),
            post(Platform::Instagram, "2017-01-06T16:30:00Z", 100, std::nullopt),
            // Friday 17:xx: 10/100 and 20/100 → median of two = 0.15.
            post(Platform::Instagram, "2017-01-06T16:00:00Z", 100, 10),
            post(Platform::Instagram, "2017-01-13T16:15:00Z", 100, 20),
            // Monday 23:30 UTC in July is Tuesday 01:30 in Zurich: (1 + 1)/1000.
            post(Platform::X, "2017-07-03T23:30:00Z", 1000, 1, std::nullopt, 1),
        };
    }

private Q_SLOTS:
    void median_data()
    {
        QTest::addColumn<QVector<double>>("values");
        QTest::addColumn<std::optional<double>>("expected");
        QTest::newRow("none") << QVector<double>{} << std::optional<double>{};
        QTest::newRow("one") << QVector<double>{3} << std::optional<double>(3);
        QTest::newRow("odd, unsorted") << QVector<double>{1, 3, 2} << std::optional<double>(2);
        QTest::newRow("even: mean of the middle two") << QVector<double>{4, 1, 3, 2} << std::optional<double>(2.5);
        QTest::newRow("outlier does not move it") << QVector<double>{0.01, 0.02, 0.9} << std::optional<double>(0.02);
    }

    void median()
    {
        QFETCH(QVector<double>, values);
        QFETCH(std::optional<double>, expected);
        const std::optional<double> m = BestTimes::median(values);
        QCOMPARE(m.has_value(), expected.has_value());
        if (expected)
            QCOMPARE(*m, *expected);
    }

    void cellsInTheWorkspaceZone()
    {
        const QVector<TimingCell> cells = BestTimes::cells(lab(), QTimeZone("Europe/Zurich"));
        QCOMPARE(cells.size(), 3);
        // Ordered by platform, weekday, hour.
        QCOMPARE(cells.at(0).platform, Platform::X);
        QCOMPARE(cells.at(0).weekday, 2);
        QCOMPARE(cells.at(0).hour, 1);
        QCOMPARE(cells.at(0).posts, 1);
        QCOMPARE(cells.at(0).medianEngagementRate, 0.002);
        const TimingCell thursday = cells.at(1);
        QCOMPARE(thursday.platform, Platform::Instagram);
        QCOMPARE(thursday.weekday, 4);
        QCOMPARE(thursday.hour, 10);
        QCOMPARE(thursday.posts, 3);
        QCOMPARE(thursday.medianEngagementRate, 0.04);
        QVERIFY(thursday.enough());
        const TimingCell friday = cells.at(2);
        QCOMPARE(friday.weekday, 5);
        QCOMPARE(friday.hour, 17);
        QCOMPARE(friday.posts, 2);
        QCOMPARE(friday.medianEngagementRate, 0.15);
        QVERIFY(!friday.enough());
    }

    void anotherZoneMovesTheCells()
    {
        // In UTC the Thursday posts are at 09:00, and the X post stays on Monday at 23:00.
        const QVector<TimingCell> cells = BestTimes::cells(lab(), QTimeZone::utc());
        QCOMPARE(cells.size(), 3);
        QCOMPARE(cells.at(0).weekday, 1);
        QCOMPARE(cells.at(0).hour, 23);
        QCOMPARE(cells.at(1).hour, 9);
        QCOMPARE(cells.at(2).hour, 16);
    }

    void oneChannel()
    {
        const QVector<TimingCell> cells = BestTimes::cells(lab(), QTimeZone("Europe/Zurich"), Platform::X);
        QCOMPARE(cells.size(), 1);
        QCOMPARE(cells.at(0).platform, Platform::X);
    }

    void rankAmongCellsWithEnoughPosts()
    {
        QVector<TimingCell> cells = BestTimes::cells(lab(), QTimeZone("Europe/Zurich"));
        // Friday's 0.15 has too few posts: it is not ranked, and does not push Thursday down.
        QVERIFY(!BestTimes::rank(cells, Platform::Instagram, 5, 17));
        std::optional<BestTimes::Rank> thursday = BestTimes::rank(cells, Platform::Instagram, 4, 10);
        QVERIFY(thursday);
        QCOMPARE(thursday->rank, 1);
        QCOMPARE(thursday->of, 1);
        // Two more cells with enough posts, one better (0.06) and one worse (0.01).
        cells.append(TimingCell{Platform::Instagram, 1, 8, 4, 0.06});
        cells.append(TimingCell{Platform::Instagram, 3, 12, 5, 0.01});
        thursday = BestTimes::rank(cells, Platform::Instagram, 4, 10);
        QCOMPARE(thursday->rank, 2);
        QCOMPARE(thursday->of, 3);
        QVERIFY(!BestTimes::rank(cells, Platform::Facebook, 4, 10));
    }

    void json()
    {
        const QJsonArray array = BestTimes::toJson(BestTimes::cells(lab(), QTimeZone("Europe/Zurich")));
        QCOMPARE(array.size(), 3);
        const QJsonObject first = array.at(1).toObject();
        QCOMPARE(first.value(QLatin1String("channel")).toString(), QStringLiteral("instagram"));
        QCOMPARE(first.value(QLatin1String("weekday")).toInt(), 4);
        QCOMPARE(first.value(QLatin1String("hour")).toInt(), 10);
        QCOMPARE(first.value(QLatin1String("posts")).toInt(), 3);
        QCOMPARE(first.value(QLatin1String("median_engagement_rate")).toDouble(), 0.04);
        QCOMPARE(first.keys().size(), 5);
    }
};

QTEST_GUILESS_MAIN(tst_BestTimes)
#include "tst_besttimes.moc"
