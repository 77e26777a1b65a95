// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <core/demo/demogenerator.h>
#include <core/import/importer.h>
#include <core/models/importhistorymodel.h>
#include <core/models/matchreviewmodel.h>
#include <core/models/planmodel.h>
#include <core/models/postmetricsmodel.h>
#include <core/analytics/analyticsrepository.h>
#include <core/db/channelrepository.h>
#include <core/db/seriesrepository.h>
#include <core/domain/isotime.h>

#include <QAbstractItemModelTester>
#include <QTest>
#include <QTimeZone>

using namespace Beamline;
using namespace Beamline::Test;

// Every model of the core, checked by QAbstractItemModelTester while it changes.
class tst_Models : public QObject
{
    Q_OBJECT

private:
    TestWorkspace m_ws;

private Q_SLOTS:
    void initTestCase()
    {
        DemoGenerator::generate(m_ws.workspace().writer());
        Importer(m_ws.workspace().database()).importFile(sample(QStringLiteral("x/tweet_activity_metrics_examplelab_20170101_20170201_en.csv")));
    }

    void importHistory()
    {
        ImportHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.reload(m_ws.db());
        QCOMPARE(model.rowCount(), 2);
        // Newest first: the tweet export, then the demo data.
        QCOMPARE(model.data(model.index(0, ImportHistoryModel::Format)).toString(), QStringLiteral("X tweet activity (legacy analytics)"));
        QCOMPARE(model.data(model.index(0, ImportHistoryModel::Added)).toInt(), 20);
        QCOMPARE(model.data(model.index(1, ImportHistoryModel::Format)).toString(), QStringLiteral("Demo data"));
        QCOMPARE(model.rowOf(model.data(model.index(1, 0), ImportHistoryModel::BatchIdRole).toLongLong()), 1);
        // Times in the workspace's zone, as every other list shows them: Kiritimati is 14
        // hours ahead of UTC all year.
        const QDateTime utc = model.batch(0).importedAt.toUTC();
        const QDateTime ahead = utc.addSecs(14 * 3600);
        model.setTimeZone(QTimeZone("Pacific/Kiritimati"));
        QCOMPARE(model.data(model.index(0, ImportHistoryModel::ImportedAt)).toString(),
                 QLocale().toString(QDateTime(ahead.date(), ahead.time(), QTimeZone::utc()), QLocale::ShortFormat));
        model.reload(QSqlDatabase());
        QCOMPARE(model.rowCount(), 0);
    }

    void matchReview()
    {
        MatchReviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload(m_ws.db());
        // The demo's links are confirmed; some of the imported January 2017 tweets match
        // the demo's plan for that month and wait for confirmation.
        QVERIFY(model.rowCount() > 0 && model.rowCount() <= 20);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.data(model.index(row, 0), MatchReviewModel::PostIdRole).isValid());
        QVERIFY(!model.data(model.index(0, MatchReviewModel::Channel)).toString().isEmpty());
        QVERIFY(model.data(model.index(0, 0), MatchReviewModel::PlatformPostIdRole).toLongLong() > 0);
        // With the posts linked to nothing: more rows, those without a planned post say so.
        const int suggested = model.rowCount();
        model.reload(m_ws.db(), true);
        QVERIFY(model.rowCount() > suggested);
        int unlinked = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (!model.data(model.index(row, 0), MatchReviewModel::PostIdRole).isValid()) {
                ++unlinked;
                QCOMPARE(model.data(model.index(row, MatchReviewModel::PlannedPost)).toString(), QStringLiteral("(no planned post)"));
            }
        }
        QCOMPARE(unlinked, model.rowCount() - suggested);
    }

    void plan()
    {
        const QTimeZone zone("Europe/Zurich");
        PlanModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(m_ws.db(), zone);
        QCOMPARE(model.rowCount(), 0); // no range yet
        const QDateTime now = IsoTime::parseUtc(u"2017-01-18T11:00:00Z");
        model.setRange(QDate(2017, 1, 9), QDate(2017, 2, 12), now);
        QVERIFY(model.rowCount() > 20);

        // The demo's missed #FollowFriday of Friday 2017-01-13 is a missed slot of the series.
        const qint64 ff = SeriesRepository(m_ws.db()).findByName(QStringLiteral("#FollowFriday"))->id;
        int missed = 0;
        QDateTime previous;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, 0);
            const QDateTime start = index.data(PlanModel::StartRole).toDateTime();
            QVERIFY(!previous.isValid() || previous <= start); // time order
            previous = start;
            QCOMPARE(index.data(PlanModel::DayRole).toDate(), start.toTimeZone(zone).date());
            if (index.data(PlanModel::StatusKeyRole).toString() == QLatin1String("missed")) {
                ++missed;
                QCOMPARE(index.data(PlanModel::DayRole).toDate(), QDate(2017, 1, 13));
                QCOMPARE(index.data(PlanModel::SeriesIdRole).toLongLong(), ff);
                QCOMPARE(index.data(PlanModel::PostIdRole).toLongLong(), 0);
                QVERIFY(index.data(PlanModel::MissedRole).toBool());
            }
            // Posts have an id, slots have a series.
            if (index.data(PlanModel::KindRole).toString() == QLatin1String("post"))
                QVERIFY(index.data(PlanModel::PostIdRole).toLongLong() > 0);
            else
                QVERIFY(index.data(PlanModel::SeriesIdRole).toLongLong() > 0);
        }
        QCOMPARE(missed, 1);
        const int slotCount = int(model.match(model.index(0, 0), PlanModel::KindRole, QStringLiteral("slot"), -1, Qt::MatchExactly).size());
        QVERIFY(slotCount > missed); // the demo leaves gaps ahead of "today"

        PlanFilterModel filter;
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        QCOMPARE(filter.rowCount(), model.rowCount());
        filter.setFilter(PlanFilterModel::Facet::Status, {QStringLiteral("empty"), QStringLiteral("missed")});
        QCOMPARE(filter.rowCount(), slotCount);
        QCOMPARE(filter.activeFacets(), 1);

        // Facets combine with AND: empty slots of #FollowFriday only.
        filter.setFilter(PlanFilterModel::Facet::Series, {QString::number(ff)});
        QVERIFY(filter.rowCount() >= 1 && filter.rowCount() < slotCount);
        for (int row = 0; row < filter.rowCount(); ++row)
            QCOMPARE(filter.index(row, 0).data(PlanModel::SeriesIdRole).toLongLong(), ff);

        // Channel: any of the item's channels matches.
        filter.clearFilters();
        const qint64 linkedIn = ChannelRepository(m_ws.db()).firstOf(Platform::LinkedIn)->id;
        filter.setFilter(PlanFilterModel::Facet::Channel, {QString::number(linkedIn)});
        QVERIFY(filter.rowCount() > 0 && filter.rowCount() < model.rowCount());
        for (int row = 0; row < filter.rowCount(); ++row)
            QVERIFY(filter.index(row, 0).data(PlanModel::PlatformsRole).toStringList().contains(QStringLiteral("linkedin")));

        // Reloading keeps the filter and the tester happy.
        model.setRange(QDate(2017, 1, 1), QDate(2017, 1, 7), now);
        for (int row = 0; row < filter.rowCount(); ++row)
            QVERIFY(filter.index(row, 0).data(PlanModel::DayRole).toDate() <= QDate(2017, 1, 7));
        filter.clearFilters();
        QCOMPARE(filter.activeFacets(), 0);
    }

    void postMetrics()
    {
        const QTimeZone zone("Europe/Zurich");
        PostMetricsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const AnalyticsRepository analytics(m_ws.db(), zone);
        const QVector<PostMetrics> posts = analytics.posts(QDate(2016, 11, 14), QDate(2017, 1, 12));
        model.setPosts(posts, zone, {}, {});
        const int feed = int(std::count_if(posts.cbegin(), posts.cend(), [](const PostMetrics &p) { return !p.story; }));
        QVERIFY(feed < posts.size()); // the campaign's stories are left out
        QCOMPARE(model.rowCount(), feed);
        // Each row's interactions are its likes + comments + shares; the rate is per post.
        for (int row = 0; row < model.rowCount(); ++row) {
            const PostMetrics &p = model.post(row);
            QCOMPARE(model.index(row, PostMetricsModel::Interactions).data(PostMetricsModel::SortRole).toDouble(),
                     p.hasInteractions() ? p.likes.value_or(0) + p.comments.value_or(0) + p.shares.value_or(0) : -1.0);
        }
        PostMetricsFilterModel filter;
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        filter.setPlatforms({Platform::Instagram});
        QVERIFY(filter.rowCount() > 0 && filter.rowCount() < model.rowCount());
        filter.sort(PostMetricsModel::Interactions, Qt::DescendingOrder);
        QVERIFY(filter.index(0, PostMetricsModel::Interactions).data(PostMetricsModel::SortRole).toDouble()
                >= filter.index(filter.rowCount() - 1, PostMetricsModel::Interactions).data(PostMetricsModel::SortRole).toDouble());
        model.setPosts({}, zone, {}, {});
        QCOMPARE(filter.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_Models)
#include "tst_models.moc"
