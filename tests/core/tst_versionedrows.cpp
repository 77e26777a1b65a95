// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <core/db/channelrepository.h>
#include <core/db/dailymetricrepository.h>
#include <core/db/importbatchrepository.h>
#include <core/db/webtrafficrepository.h>

#include <QTest>

using namespace Beamline;
using namespace Beamline::Test;

// Later imports replace values; undoing any import restores exactly what it replaced.
class tst_VersionedRows : public QObject
{
    Q_OBJECT

private:
    static qint64 batch(TestWorkspace &ws, const QString &name)
    {
        return newBatch(ws.db(), name);
    }

    static double current(TestWorkspace &ws, qint64 channel, QDate day)
    {
        const auto values = DailyMetricRepository(ws.db()).values(channel, QStringLiteral("followers_gained"), day, day);
        return values.isEmpty() ? -1 : values.first().value;
    }

private Q_SLOTS:
    void undoInAnyOrder_data()
    {
        QTest::addColumn<QList<int>>("undoOrder");
        QTest::addColumn<QList<double>>("afterEach"); // value on the day after each undo, -1 = none
        // Batches: A writes 10, B writes 20, C writes 30 for the same day.
        QTest::newRow("newest first") << QList<int>{2, 1, 0} << QList<double>{20, 10, -1};
        QTest::newRow("middle first") << QList<int>{1, 2, 0} << QList<double>{30, 10, -1};
        QTest::newRow("oldest first") << QList<int>{0, 1, 2} << QList<double>{30, 30, -1};
        QTest::newRow("oldest then newest") << QList<int>{0, 2, 1} << QList<double>{30, 20, -1};
    }

    void undoInAnyOrder()
    {
        QFETCH(QList<int>, undoOrder);
        QFETCH(QList<double>, afterEach);
        TestWorkspace ws;
        const qint64 channel = ChannelRepository(ws.db()).insert({0, Platform::X, QStringLiteral("lab"), {}});
        const QDate day(2017, 1, 5);
        const QList<qint64> batches = {batch(ws, QStringLiteral("A")), batch(ws, QStringLiteral("B")), batch(ws, QStringLiteral("C"))};
        DailyMetricRepository repo(ws.db());
        QCOMPARE(repo.write(batches[0], {channel, QStringLiteral("followers_gained"), day, 10, {}}), WriteOutcome::Added);
        QCOMPARE(repo.write(batches[1], {channel, QStringLiteral("followers_gained"), day, 20, {}}), WriteOutcome::Updated);
        QCOMPARE(repo.write(batches[2], {channel, QStringLiteral("followers_gained"), day, 30, {}}), WriteOutcome::Updated);
        QCOMPARE(current(ws, channel, day), 30.0);
        for (int i = 0; i < undoOrder.size(); ++i) {
            repo.undoBatch(batches[undoOrder[i]]);
            QCOMPARE(current(ws, channel, day), afterEach[i]);
            // Never two current values for one key.
            QVERIFY(scalar(ws.db(), QStringLiteral("SELECT COUNT(*) FROM daily_metrics WHERE superseded_by IS NULL")).toInt() <= 1);
        }
        QCOMPARE(scalar(ws.db(), QStringLiteral("SELECT COUNT(*) FROM daily_metrics")).toInt(), 0);
    }

    void sameValueIsUnchanged()
    {
        TestWorkspace ws;
        const qint64 channel = ChannelRepository(ws.db()).insert({0, Platform::X, QStringLiteral("lab"), {}});
        DailyMetricRepository repo(ws.db());
        const qint64 a = batch(ws, QStringLiteral("A"));
        const qint64 b = batch(ws, QStringLiteral("B"));
        QCOMPARE(repo.write(a, {channel, QStringLiteral("followers_gained"), {2017, 1, 5}, 7, {}}), WriteOutcome::Added);
        QCOMPARE(repo.write(b, {channel, QStringLiteral("followers_gained"), {2017, 1, 5}, 7, {}}), WriteOutcome::Unchanged);
        // Undoing B then removes nothing that A wrote.
        repo.undoBatch(b);
        QCOMPARE(current(ws, channel, {2017, 1, 5}), 7.0);
    }

    void secondRowForSameDayInOneFileReplaces()
    {
        TestWorkspace ws;
        const qint64 channel = ChannelRepository(ws.db()).insert({0, Platform::X, QStringLiteral("lab"), {}});
        DailyMetricRepository repo(ws.db());
        const qint64 a = batch(ws, QStringLiteral("A"));
        QCOMPARE(repo.write(a, {channel, QStringLiteral("followers_gained"), {2017, 1, 5}, 7, {}}), WriteOutcome::Added);
        QCOMPARE(repo.write(a, {channel, QStringLiteral("followers_gained"), {2017, 1, 5}, 9, {}}), WriteOutcome::Updated);
        QCOMPARE(current(ws, channel, {2017, 1, 5}), 9.0);
        QCOMPARE(scalar(ws.db(), QStringLiteral("SELECT COUNT(*) FROM daily_metrics")).toInt(), 1);
    }

    void identicalWebRowsInOneFileAreAllKept_data()
    {
        QTest::addColumn<bool>("earlierData");
        QTest::newRow("fresh source") << false;
        QTest::newRow("source with earlier rows") << true;
    }

    void identicalWebRowsInOneFileAreAllKept()
    {
        QFETCH(bool, earlierData);
        TestWorkspace ws;
        WebTrafficRepository repo(ws.db());
        const qint64 source = repo.ensureSource(QStringLiteral("ga"), QStringLiteral("site"));
        if (earlierData) {
            const qint64 old = batch(ws, QStringLiteral("old"));
            WebTrafficRow other;
            other.sourceId = source;
            other.report = QStringLiteral("page");
            other.periodStart = other.periodEnd = {2016, 12, 1};
            other.dimension = QStringLiteral("/");
            other.set(WebMetric::Pageviews, 1);
            repo.write(old, other);
        }
        const qint64 b = batch(ws, QStringLiteral("B"));
        for (int i = 0; i < 3; ++i) {
            WebTrafficRow row;
            row.sourceId = source;
            row.report = QStringLiteral("page");
            row.periodStart = row.periodEnd = {2017, 1, 1};
            row.dimension = QStringLiteral("/about");
            row.set(WebMetric::Pageviews, 5);
            QCOMPARE(repo.write(b, row), WriteOutcome::Added);
            QCOMPARE(row.occurrence, i + 1);
        }
        const auto rows = repo.rows(QStringLiteral("page"), {2017, 1, 1}, {2017, 1, 1});
        QCOMPARE(rows.size(), 3);

        // Re-importing the same three rows in a later batch changes nothing.
        const qint64 c = batch(ws, QStringLiteral("C"));
        for (int i = 0; i < 3; ++i) {
            WebTrafficRow row;
            row.sourceId = source;
            row.report = QStringLiteral("page");
            row.periodStart = row.periodEnd = {2017, 1, 1};
            row.dimension = QStringLiteral("/about");
            row.set(WebMetric::Pageviews, 5);
            QCOMPARE(repo.write(c, row), WriteOutcome::Unchanged);
        }
        QCOMPARE(repo.rows(QStringLiteral("page"), {2017, 1, 1}, {2017, 1, 1}).size(), 3);
    }
};

QTEST_GUILESS_MAIN(tst_VersionedRows)
#include "tst_versionedrows.moc"
