// SPDX-License-Identifier: GPL-3.0-or-later
// Each metric knows which way is good news: a rise in bounce or exit rate is bad.
#include <core/analytics/metricdefinitions.h>

#include <QTest>

using namespace Beamline;

class tst_MetricDefinitions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void direction_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("direction");
        const int up = int(MetricDirection::HigherIsBetter);
        const int down = int(MetricDirection::LowerIsBetter);
        const int neutral = int(MetricDirection::Neutral);
        // Every figure `beamline stats --json` prints, and the daily metrics.
        const QList<QPair<const char *, int>> rows = {
            {"posts", neutral},           {"impressions", up},       {"likes", up},         {"comments", up},
            {"shares", up},               {"interactions", up},      {"engagement_rate", up}, {"followers_gained", up},
            {"followers_per_day", up},    {"story_views", up},       {"mentions", up},      {"mentions_share", up},
            {"sessions", up},             {"users", up},             {"avg_session_seconds", up}, {"bounce_rate", down},
            {"exit_rate", down},          {"pageviews", up},         {"followers_lost", down}, {"profile_visits", up},
            {"negative_mentions", down},  {"unknown_metric", neutral},
        };
        for (const auto &[key, direction] : rows)
            QTest::newRow(key) << QString::fromLatin1(key) << direction;
    }

    void direction()
    {
        QFETCH(QString, key);
        QFETCH(int, direction);
        QCOMPARE(int(MetricDefinitions::direction(key)), direction);
        if (direction != int(MetricDirection::Neutral) || key == QLatin1String("posts"))
            QVERIFY(MetricDefinitions::find(key).has_value());
    }

    void judge_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<double>("current");
        QTest::addColumn<double>("previous");
        QTest::addColumn<int>("verdict");
        const int better = int(MetricDefinitions::Verdict::Better);
        const int worse = int(MetricDefinitions::Verdict::Worse);
        const int neutral = int(MetricDefinitions::Verdict::Neutral);
        QTest::newRow("bounce rate up is worse") << QStringLiteral("bounce_rate") << 0.517 << 0.513 << worse;
        QTest::newRow("bounce rate down is better") << QStringLiteral("bounce_rate") << 0.48 << 0.513 << better;
        QTest::newRow("exit rate up is worse") << QStringLiteral("exit_rate") << 0.47 << 0.46 << worse;
        QTest::newRow("visits up are better") << QStringLiteral("sessions") << 4616.0 << 4573.0 << better;
        QTest::newRow("followers down are worse") << QStringLiteral("followers_per_day") << 405.0 << 408.0 << worse;
        QTest::newRow("unfollows down are better") << QStringLiteral("followers_lost") << 10.0 << 12.0 << better;
        QTest::newRow("posts are neither") << QStringLiteral("posts") << 26.0 << 30.0 << neutral;
        QTest::newRow("under half a percent is no change") << QStringLiteral("sessions") << 752.0 << 750.0 << neutral;
        QTest::newRow("from zero") << QStringLiteral("mentions") << 3.0 << 0.0 << better;
        QTest::newRow("equal") << QStringLiteral("bounce_rate") << 0.5 << 0.5 << neutral;
    }

    void judge()
    {
        QFETCH(QString, key);
        QFETCH(double, current);
        QFETCH(double, previous);
        QFETCH(int, verdict);
        QCOMPARE(int(MetricDefinitions::judge(key, current, previous)), verdict);
    }

    void missingValuesAreNoVerdict()
    {
        QCOMPARE(MetricDefinitions::judge(u"sessions", std::nullopt, 3.0), MetricDefinitions::Verdict::Neutral);
        QCOMPARE(MetricDefinitions::judge(u"sessions", 3.0, std::nullopt), MetricDefinitions::Verdict::Neutral);
    }

    void unitsAreKnown()
    {
        QCOMPARE(MetricDefinitions::find(u"avg_session_seconds")->unit, MetricUnit::Seconds);
        QCOMPARE(MetricDefinitions::find(u"bounce_rate")->unit, MetricUnit::Rate);
        QCOMPARE(MetricDefinitions::find(u"followers_per_day")->unit, MetricUnit::PerDay);
        QCOMPARE(MetricDefinitions::find(u"sessions")->unit, MetricUnit::Count);
    }
};

QTEST_GUILESS_MAIN(tst_MetricDefinitions)
#include "tst_metricdefinitions.moc"
