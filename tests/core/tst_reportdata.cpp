// SPDX-License-Identifier: GPL-3.0-or-later
// The impact report's figures: comparison periods, series episodes and medians, pillars,
// figure cards and the summary's sentences, from hand-made figures computed by hand.
#include "testsupport.h"

#include <core/analytics/comparisonperiod.h>
#include <core/analytics/contentfigures.h>
#include <core/analytics/reportdata.h>

#include <QLocale>
#include <QTest>

using namespace Beamline;

namespace {

PostMetrics post(qint64 id, Platform platform, const char *utc, std::optional<double> likes,
                 std::optional<double> comments = std::nullopt, std::optional<double> shares = std::nullopt)
{
    PostMetrics p;
    p.platformPostId = id;
    p.platform = platform;
    p.published = QDateTime::fromString(QString::fromLatin1(utc), Qt::ISODate);
    p.likes = likes;
    p.comments = comments;
    p.shares = shares;
    return p;
}

Series series(qint64 id, const char *name)
{
    Series s;
    s.id = id;
    s.name = QString::fromLatin1(name);
    return s;
}

} // namespace

class tst_ReportData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void comparisonPeriods()
    {
        // The campaign's 60 days against the 60 days before: 15 Sep – 13 Nov.
        QCOMPARE(ComparisonPeriod::previous(QDate(2016, 11, 14), QDate(2017, 1, 12)),
                 (DateRange { QDate(2016, 9, 15), QDate(2016, 11, 13) }));
        QCOMPARE(ComparisonPeriod::previous(QDate(2017, 1, 9), QDate(2017, 1, 9)),
                 (DateRange { QDate(2017, 1, 8), QDate(2017, 1, 8) }));
        QCOMPARE(ComparisonPeriod::yearBefore(QDate(2016, 2, 29), QDate(2016, 3, 6)),
                 (DateRange { QDate(2015, 2, 28), QDate(2015, 3, 6) }));
        QVERIFY(!ComparisonPeriod::previous(QDate(2017, 1, 9), QDate(2017, 1, 8)).isValid());
    }

    void median()
    {
        QCOMPARE(ContentFigures::median({}), 0.0);
        QCOMPARE(ContentFigures::median({ 3 }), 3.0);
        QCOMPARE(ContentFigures::median({ 5, 1, 3 }), 3.0);
        QCOMPARE(ContentFigures::median({ 4, 1, 3, 10 }), 3.5);
    }

    void seriesEpisodes()
    {
        const QTimeZone zurich("Europe/Zurich");
        QVector<PostMetrics> posts = {
            post(1, Platform::Instagram, "2017-01-05T22:30:00Z", 10, 2), // 23:30 on 5 Jan in Zurich: 12
            post(2, Platform::X, "2017-01-05T23:30:00Z", 5, std::nullopt, 1), // 00:30 on 6 Jan: 6
            post(3, Platform::Facebook, "2017-01-12T10:00:00Z", 20), // 12 Jan: 20 ...
            post(4, Platform::X, "2017-01-12T11:00:00Z", std::nullopt, 4), // ... + 4 on X = 24
            post(5, Platform::Instagram, "2017-01-12T12:00:00Z", 100), // a story: not an episode
            post(6, Platform::X, "2017-01-13T12:00:00Z", std::nullopt), // no figures: not an episode
            post(7, Platform::X, "2017-01-03T09:00:00Z", 7), // the other series
            post(8, Platform::X, "2017-01-04T09:00:00Z", 50), // no series
        };
        for (int i = 0; i < 6; ++i)
            posts[i].seriesId = 1;
        posts[4].story = true;
        posts[6].seriesId = 2;
        const QVector<Series> all = { series(2, "Follow Friday"), series(1, "Throwback"), series(3, "Never published") };

        const QVector<SeriesEpisodes> result = ContentFigures::seriesEpisodes(posts, all, zurich);
        QCOMPARE(result.size(), 2);
        QCOMPARE(result.at(0).name, QStringLiteral("Follow Friday"));
        QCOMPARE(result.at(0).episodes, (QMap<QDate, double> { { QDate(2017, 1, 3), 7 } }));
        QCOMPARE(result.at(0).median, 7.0);
        QCOMPARE(result.at(1).seriesId, 1);
        QCOMPARE(result.at(1).episodes,
                 (QMap<QDate, double> { { QDate(2017, 1, 5), 12 }, { QDate(2017, 1, 6), 6 }, { QDate(2017, 1, 12), 24 } }));
        QCOMPARE(result.at(1).median, 12.0);

        // On X alone: 6 on 6 Jan and 4 on 12 Jan; the median of two is their mean.
        const QVector<SeriesEpisodes> onX = ContentFigures::seriesEpisodes(posts, all, zurich, { Platform::X }, 1);
        QCOMPARE(onX.size(), 1);
        QCOMPARE(onX.at(0).episodes, (QMap<QDate, double> { { QDate(2017, 1, 6), 6 }, { QDate(2017, 1, 12), 4 } }));
        QCOMPARE(onX.at(0).median, 5.0);
    }

    void pillars()
    {
        QVector<PostMetrics> posts = {
            post(1, Platform::X, "2017-01-05T10:00:00Z", 10),
            post(2, Platform::X, "2017-01-06T10:00:00Z", 5, 0),
            post(3, Platform::Instagram, "2017-01-06T10:00:00Z", 3),
            post(4, Platform::Instagram, "2017-01-07T10:00:00Z", 90), // a story
            post(5, Platform::Instagram, "2017-01-08T10:00:00Z", std::nullopt),
        };
        posts[0].pillarId = posts[1].pillarId = posts[3].pillarId = posts[4].pillarId = 7;
        posts[0].impressions = 100;
        posts[2].impressions = 50;
        posts[3].story = true;
        const QMap<qint64, PillarFigures> result = ContentFigures::pillars(posts);
        QCOMPARE(result.keys(), (QList<qint64> { 0, 7 }));
        const PillarFigures science = result.value(7);
        QCOMPARE(science.posts, 2);
        QCOMPARE(science.interactions, 15.0);
        QCOMPARE(science.interactionsPerPost, 8.0); // 7.5, rounded
        // Over the posts with impressions only: 10 ÷ 100, not 15 ÷ 100.
        QCOMPARE(*science.engagementRate, 0.1);
        QCOMPARE(result.value(0).posts, 1);
        QCOMPARE(*result.value(0).engagementRate, 0.06);
        QCOMPARE(ContentFigures::pillars(posts, { Platform::Instagram }).keys(), (QList<qint64> { 0 }));
    }

    void format()
    {
        QCOMPARE(ReportBuilder::format(1234.4, MetricUnit::Count), QStringLiteral("1,234"));
        QCOMPARE(ReportBuilder::format(272, MetricUnit::PerDay), QStringLiteral("272/day"));
        QCOMPARE(ReportBuilder::format(4.26, MetricUnit::PerDay), QStringLiteral("4.3/day"));
        QCOMPARE(ReportBuilder::format(0.0431, MetricUnit::Rate), QStringLiteral("4.3 %"));
        QCOMPARE(ReportBuilder::format(302, MetricUnit::Seconds), QStringLiteral("5:02"));
        QCOMPARE(ReportBuilder::format(std::nullopt, MetricUnit::Count), QStringLiteral("no data"));
    }

    void cards()
    {
        // 272 against 232: +40, 17.2 %, better.
        const FigureCard followers = ReportBuilder::card(QStringLiteral("followers_per_day"), 272, 232, true);
        QCOMPARE(followers.valueText, QStringLiteral("272/day"));
        QCOMPARE(followers.changeText, QStringLiteral("vs 232/day, ▲ +17 %"));
        QCOMPARE(followers.verdict, MetricDefinitions::Verdict::Better);
        QCOMPARE(followers.title, QStringLiteral("Followers gained per day"));
        // A bounce rate going up from 40 % to 50 % (+25 %) is worse.
        const FigureCard bounce = ReportBuilder::card(QStringLiteral("bounce_rate"), 0.5, 0.4, true);
        QCOMPARE(bounce.changeText, QStringLiteral("vs 40.0 %, ▲ +25 %"));
        QCOMPARE(bounce.verdict, MetricDefinitions::Verdict::Worse);
        // Posts are effort: neither better nor worse. 8 against 10 is −20 %.
        const FigureCard posts = ReportBuilder::card(QStringLiteral("posts"), 8, 10, true);
        QCOMPARE(posts.changeText, QStringLiteral("vs 10, ▼ -20 %"));
        QCOMPARE(posts.verdict, MetricDefinitions::Verdict::Neutral);
        QVERIFY(ReportBuilder::card(QStringLiteral("posts"), 8, 10, false).changeText.isEmpty());
        QCOMPARE(ReportBuilder::card(QStringLiteral("sessions"), 8, 0, true).changeText, QStringLiteral("vs 0"));
    }

    void sentences()
    {
        PeriodStats now;
        ChannelStats ig;
        ig.platform = Platform::Instagram;
        ig.posts = 3;
        ig.interactions = 300;
        ig.followersPerDay = 272;
        ChannelStats x;
        x.platform = Platform::X;
        x.posts = 2;
        x.interactions = 100;
        x.followersPerDay = 50;
        now.channels = { { Platform::Instagram, ig }, { Platform::X, x } };
        now.web.site.avgSessionSeconds = 156;
        now.web.byChannel[Platform::Instagram].sessions = 100;
        now.web.byChannel[Platform::Instagram].avgSessionSeconds = 302;
        now.web.byChannel[Platform::X].sessions = 50;
        now.web.byChannel[Platform::X].avgSessionSeconds = 100;
        now.mentions.total = 10;
        now.mentions.positive = 6;
        now.mentions.neutral = 2;
        now.mentions.negative = 2;
        PeriodStats before;
        ChannelStats igBefore = ig;
        igBefore.followersPerDay = 232;
        igBefore.interactions = 200;
        before.channels = { { Platform::Instagram, igBefore } };

        const QStringList s = ReportBuilder::sentences(now, before);
        QCOMPARE(s.size(), 4);
        QCOMPARE(s.at(0), QStringLiteral("Instagram gained 272 followers a day against 232."));
        QCOMPARE(s.at(1), QStringLiteral("Visits from Instagram lasted 5:02 against 2:36 for the whole site."));
        // 400 interactions on 5 posts against 200: +100 %.
        QVERIFY2(s.at(2).contains(QLatin1String("drew 400 interactions, +100 % against the comparison period.")),
                 qPrintable(s.at(2)));
        // 6 of 10 rated mentions positive, 2 negative.
        QVERIFY2(s.at(3).contains(QLatin1String("60 % of the rated ones positive and 20 % negative.")), qPrintable(s.at(3)));

        // With a comparison, the channel whose followers a day rose the most: X's 300 against
        // 290 (+3 %) gains more a day than Instagram's 272 against 232 (+17 %), but less.
        PeriodStats bigger = now;
        bigger.channels[Platform::X].followersPerDay = 300;
        PeriodStats biggerBefore = before;
        biggerBefore.channels[Platform::X] = x;
        biggerBefore.channels[Platform::X].followersPerDay = 290;
        QCOMPARE(ReportBuilder::sentences(bigger, biggerBefore).at(0),
                 QStringLiteral("Instagram gained 272 followers a day against 232."));
        QCOMPARE(ReportBuilder::sentences(bigger, std::nullopt).at(0), QStringLiteral("X gained 300 followers a day."));

        // Without a comparison the sentences say no "against".
        const QStringList alone = ReportBuilder::sentences(now, std::nullopt);
        QCOMPARE(alone.at(0), QStringLiteral("Instagram gained 272 followers a day."));
        QVERIFY(alone.at(2).endsWith(QLatin1String("drew 400 interactions.")));
        QVERIFY(ReportBuilder::sentences(PeriodStats(), std::nullopt).isEmpty());
    }

    void emptyWorkspace()
    {
        Test::TestWorkspace w;
        const qint64 batch = Test::newBatch(w.db(), QStringLiteral("x-followers.csv"));
        QVERIFY(batch > 0);
        ReportRequest request;
        request.from = QDate(2017, 1, 1);
        request.to = QDate(2017, 1, 31);
        request.compareFrom = QDate(2016, 12, 1);
        request.compareTo = QDate(2016, 12, 31);
        request.campaign = QStringLiteral("No such campaign");
        const ReportData data
            = ReportBuilder::build(w.db(), QTimeZone("Europe/Zurich"), request, QStringLiteral("Lab"), QDate(2017, 2, 1));
        QCOMPARE(data.stats.days, 31);
        QVERIFY(data.comparing());
        QCOMPARE(data.previous->days, 31);
        QVERIFY(data.cards.isEmpty());
        QVERIFY(data.sentences.isEmpty());
        QVERIFY(data.topPosts.isEmpty() && data.series.isEmpty() && data.pillars.isEmpty() && data.instagramWeb.isEmpty());
        QVERIFY(data.campaignName.isEmpty());
        // A batch of unknown period may hold any day: listed.
        QCOMPARE(data.sources.size(), 1);
        QCOMPARE(data.sources.at(0).file, QStringLiteral("x-followers.csv"));
        // The report's own terms are defined even with no figure.
        QCOMPARE(data.definitions.size(), 3);
        QVERIFY(!ReportBuilder::findCampaign(w.db(), QStringLiteral("No such campaign")));
    }
};

QTEST_GUILESS_MAIN(tst_ReportData)
#include "tst_reportdata.moc"
