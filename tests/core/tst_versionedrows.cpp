// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <core/analytics/websums.h>
#include <core/db/channelrepository.h>
#include <core/db/dailymetricrepository.h>
#include <core/db/faststatement.h>
#include <core/db/importbatchrepository.h>
#include <core/db/webtrafficrepository.h>

#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace Beamline;
using namespace Beamline::Test;

// Every import's rows are kept; the export taken latest holds each fact, whatever the order
// of the imports; undoing any import leaves the facts of the newest remaining exports.
class tst_VersionedRows : public QObject
{
    Q_OBJECT

private:
    static QDateTime captured(int day) { return QDateTime(QDate(2017, 1, day), QTime(12, 0), QTimeZone::utc()); }

    static double current(TestWorkspace &ws, qint64 channel, QDate day)
    {
        const auto values = DailyMetricRepository(ws.db()).values(channel, QStringLiteral("followers_gained"), day, day);
        return values.isEmpty() ? -1 : values.first().value;
    }

    static WebTrafficRow siteDay(qint64 source, QDate day)
    {
        WebTrafficRow row;
        row.sourceId = source;
        row.report = QStringLiteral("site");
        row.periodStart = row.periodEnd = day;
        return row;
    }

private Q_SLOTS:
    void newestExportHoldsInAnyOrder_data()
    {
        QTest::addColumn<QList<int>>("importOrder");
        QTest::addColumn<QList<int>>("undoOrder");
        // Exports 0, 1, 2 were taken on 10, 20 and 30 January and say 10, 20 and 30.
        QList<int> orders[6] = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};
        for (const QList<int> &imports : orders) {
            for (const QList<int> &undos : orders) {
                const QString name = QStringLiteral("import %1%2%3, undo %4%5%6")
                                         .arg(imports[0]).arg(imports[1]).arg(imports[2]).arg(undos[0]).arg(undos[1]).arg(undos[2]);
                QTest::newRow(qPrintable(name)) << imports << undos;
            }
        }
    }

    void newestExportHoldsInAnyOrder()
    {
        QFETCH(QList<int>, importOrder);
        QFETCH(QList<int>, undoOrder);
        TestWorkspace ws;
        const qint64 channel = ChannelRepository(ws.db()).insert({0, Platform::X, QStringLiteral("lab"), {}});
        const QDate day(2017, 1, 5);
        QList<qint64> batches(3);
        DailyMetricRepository repo(ws.db());
        QList<int> imported;
        for (int e : importOrder) {
            batches[e] = newBatch(ws.db(), QStringLiteral("export%1").arg(e), captured(10 * (e + 1)));
            const auto result = repo.write(batches[e], precedenceOf(ws.db(), batches[e]),
                                           {channel, QStringLiteral("followers_gained"), day, 10.0 * (e + 1), {}});
            // Newer than everything imported so far: it changes the figure; else it is history.
            const bool newest = std::all_of(imported.cbegin(), imported.cend(), [e](int other) { return other < e; });
            QCOMPARE(result.outcome, imported.isEmpty() ? WriteOutcome::Added : newest ? WriteOutcome::Updated : WriteOutcome::Older);
            imported.append(e);
        }
        QCOMPARE(current(ws, channel, day), 30.0);
        QList<int> remaining = {0, 1, 2};
        for (int e : undoOrder) {
            repo.undoBatch(batches[e]);
            remaining.removeOne(e);
            const double expected = remaining.isEmpty() ? -1 : 10.0 * (*std::max_element(remaining.cbegin(), remaining.cend()) + 1);
            QCOMPARE(current(ws, channel, day), expected);
            // Never two current values for one key.
            QVERIFY(scalar(ws.db(), QStringLiteral("SELECT COUNT(*) FROM daily_metrics WHERE superseded_by IS NULL")).toInt() <= 1);
        }
        QCOMPARE(scalar(ws.db(), QStringLiteral("SELECT COUNT(*) FROM daily_metrics")).toInt(), 0);
    }

    void sameValueIsUnchangedAndKept()
    {
        TestWorkspace ws;
        const qint64 channel = ChannelRepository(ws.db()).insert({0, Platform::X, QStringLiteral("lab"), {}});
        DailyMetricRepository repo(ws.db());
        const qint64 a = newBatch(ws.db(), QStringLiteral("A"), captured(10));
        const qint64 b = newBatch(ws.db(), QStringLiteral("B"), captured(20));
        QCOMPARE(repo.write(a, precedenceOf(ws.db(), a), {channel, QStringLiteral("followers_gained"), {2017, 1, 5}, 7, {}}).outcome, WriteOutcome::Added);
        QCOMPARE(repo.write(b, precedenceOf(ws.db(), b), {channel, QStringLiteral("followers_gained"), {2017, 1, 5}, 7, {}}).outcome,
                 WriteOutcome::Unchanged);
        // Undoing either import leaves the other's value: both said 7.
        repo.undoBatch(a);
        QCOMPARE(current(ws, channel, {2017, 1, 5}), 7.0);
        repo.undoBatch(b);
        QCOMPARE(current(ws, channel, {2017, 1, 5}), -1.0);
    }

    void secondRowOfAKeyInOneFile_data()
    {
        QTest::addColumn<double>("second");
        QTest::addColumn<int>("outcome");
        QTest::newRow("same value: a duplicate") << 7.0 << int(WriteOutcome::Duplicate);
        QTest::newRow("other value: a conflict") << 9.0 << int(WriteOutcome::Conflict);
    }

    void secondRowOfAKeyInOneFile()
    {
        QFETCH(double, second);
        QFETCH(int, outcome);
        TestWorkspace ws;
        const qint64 channel = ChannelRepository(ws.db()).insert({0, Platform::X, QStringLiteral("lab"), {}});
        DailyMetricRepository repo(ws.db());
        const qint64 a = newBatch(ws.db(), QStringLiteral("A"));
        DailyMetricValue value{channel, QStringLiteral("followers_gained"), {2017, 1, 5}, 7, {}};
        value.sourceLine = 3;
        QCOMPARE(repo.write(a, precedenceOf(ws.db(), a), value).outcome, WriteOutcome::Added);
        value.value = second;
        value.sourceLine = 8;
        const auto result = repo.write(a, precedenceOf(ws.db(), a), value);
        QCOMPARE(int(result.outcome), outcome);
        QCOMPARE(result.otherLine, 3);
        QCOMPARE(result.columns, outcome == int(WriteOutcome::Conflict) ? QStringList{QStringLiteral("value")} : QStringList());
        QCOMPARE(current(ws, channel, {2017, 1, 5}), 7.0);
        QCOMPARE(scalar(ws.db(), QStringLiteral("SELECT COUNT(*) FROM daily_metrics")).toInt(), 1);
    }

    void breakdownRowsAreFactsOfTheirOwn()
    {
        TestWorkspace ws;
        const qint64 channel = ChannelRepository(ws.db()).insert({0, Platform::YouTube, QStringLiteral("lab"), {}});
        DailyMetricRepository repo(ws.db());
        const qint64 a = newBatch(ws.db(), QStringLiteral("A"));
        const QDate day(2017, 1, 5);
        for (const auto &[country, views] : {std::pair{QStringLiteral("CH"), 30.0}, {QStringLiteral("FR"), 12.0}}) {
            DailyMetricValue v{channel, QStringLiteral("views"), day, views, {}};
            v.breakdown = QStringLiteral("geography");
            v.dimension = country;
            QCOMPARE(repo.write(a, precedenceOf(ws.db(), a), v).outcome, WriteOutcome::Added);
        }
        QCOMPARE(repo.write(a, precedenceOf(ws.db(), a), {channel, QStringLiteral("views"), day, 42, {}}).outcome, WriteOutcome::Added);
        QCOMPARE(repo.values(channel, QStringLiteral("views"), day, day).size(), 3);
    }

    void webMeasuresAreFactsOfTheirOwn()
    {
        // A Pages report's Day Index gives pageviews, a Source/Medium report's gives sessions,
        // for the same days: both stay, and undoing one leaves the other.
        TestWorkspace ws;
        WebTrafficRepository repo(ws.db());
        const qint64 source = repo.ensureSource(QStringLiteral("ga"), QStringLiteral("site"));
        const QDate day(2017, 1, 3);
        const qint64 pages = newBatch(ws.db(), QStringLiteral("pages"), captured(20));
        const qint64 sources = newBatch(ws.db(), QStringLiteral("sources"), captured(20));
        WebTrafficRow views = siteDay(source, day);
        views.set(WebMetric::Pageviews, 900);
        QCOMPARE(repo.write(pages, precedenceOf(ws.db(), pages), views).outcome, WriteOutcome::Added);
        WebTrafficRow sessions = siteDay(source, day);
        sessions.set(WebMetric::Sessions, 300);
        QCOMPARE(repo.write(sources, precedenceOf(ws.db(), sources), sessions).outcome, WriteOutcome::Added);

        auto read = [&] {
            SqlQuery q(ws.db(), QStringLiteral("SELECT %1 FROM web_traffic WHERE report = 'site'").arg(WebSums::columns()));
            q.exec();
            q.next();
            return WebSums::read(q, 0);
        };
        QCOMPARE(read().sessions, std::optional<double>(300));
        QCOMPARE(read().pageviews, std::optional<double>(900));
        repo.undoBatch(pages);
        QCOMPARE(read().sessions, std::optional<double>(300));
        QVERIFY(!read().pageviews);
    }

    void aNewerExportTakesOnlyTheMeasuresItGives()
    {
        TestWorkspace ws;
        WebTrafficRepository repo(ws.db());
        const qint64 source = repo.ensureSource(QStringLiteral("ga"), QStringLiteral("site"));
        const QDate day(2017, 1, 3);
        const qint64 older = newBatch(ws.db(), QStringLiteral("older"), captured(10));
        const qint64 newer = newBatch(ws.db(), QStringLiteral("newer"), captured(20));
        WebTrafficRow full = siteDay(source, day);
        full.set(WebMetric::Sessions, 100);
        full.set(WebMetric::BounceRate, 0.5);
        WebTrafficRow restated = siteDay(source, day);
        restated.set(WebMetric::Sessions, 110);
        // Whichever comes first, the newer export's sessions and the older one's bounce rate hold.
        QCOMPARE(repo.write(newer, precedenceOf(ws.db(), newer), restated).outcome, WriteOutcome::Added);
        QCOMPARE(repo.write(older, precedenceOf(ws.db(), older), full).outcome, WriteOutcome::Added); // its bounce rate is new
        SqlQuery q(ws.db(), QStringLiteral("SELECT %1 FROM web_traffic WHERE live <> 0").arg(WebSums::columns()));
        q.exec();
        QVERIFY(q.next());
        const WebSums sums = WebSums::read(q, 0);
        QCOMPARE(sums.sessions, std::optional<double>(110));
        // The rate is weighted by the sessions of the row it comes from.
        QCOMPARE(sums.bounceWeighted, std::optional<double>(50));
        QCOMPARE(sums.bounceBase, std::optional<double>(100));
        repo.undoBatch(newer);
        const auto rows = repo.rows(QStringLiteral("site"), day, day);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().value(WebMetric::Sessions), std::optional<double>(100));
    }

    void rowsOfOneKeyInOneFileMergeOrRepeat()
    {
        TestWorkspace ws;
        WebTrafficRepository repo(ws.db());
        const qint64 source = repo.ensureSource(QStringLiteral("ga"), QStringLiteral("site"));
        const qint64 b = newBatch(ws.db(), QStringLiteral("B"));
        WebTrafficRow row;
        row.sourceId = source;
        row.report = QStringLiteral("page");
        row.periodStart = row.periodEnd = {2017, 1, 1};
        row.dimension = QStringLiteral("/about");
        row.set(WebMetric::Pageviews, 5);
        row.sourceLine = 4;
        QCOMPARE(repo.write(b, precedenceOf(ws.db(), b), row).outcome, WriteOutcome::Added);
        row.sourceLine = 9;
        const auto again = repo.write(b, precedenceOf(ws.db(), b), row);
        QCOMPARE(again.outcome, WriteOutcome::Duplicate);
        QCOMPARE(again.otherLine, 4);
        // A second table of the same file that gives another measure of the same key adds to it.
        WebTrafficRow exits = row;
        exits.set(WebMetric::Pageviews, std::nullopt);
        exits.set(WebMetric::Exits, 2);
        QCOMPARE(repo.write(b, precedenceOf(ws.db(), b), exits).outcome, WriteOutcome::Added);
        const auto rows = repo.rows(QStringLiteral("page"), {2017, 1, 1}, {2017, 1, 1});
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().value(WebMetric::Pageviews), std::optional<double>(5));
        QCOMPARE(rows.first().value(WebMetric::Exits), std::optional<double>(2));
        // One that contradicts it names both lines and the measure.
        exits.set(WebMetric::Exits, 3);
        exits.sourceLine = 12;
        const auto conflict = repo.write(b, precedenceOf(ws.db(), b), exits);
        QCOMPARE(conflict.outcome, WriteOutcome::Conflict);
        QCOMPARE(conflict.otherLine, 4);
        QCOMPARE(conflict.columns, QStringList{QStringLiteral("exits")});
    }

    // A write remembers whether the last row's scope (source and report) had rows of other
    // imports; rows that switch between a scope with such rows and one without are each
    // decided in their own scope, and a row repeated after the switch is still a repeat.
    void rowsSwitchingBetweenScopesKeepTheirOwn()
    {
        TestWorkspace ws;
        WebTrafficRepository repo(ws.db());
        const qint64 source = repo.ensureSource(QStringLiteral("ga"), QStringLiteral("site"));
        const qint64 older = newBatch(ws.db(), QStringLiteral("older"), captured(10));
        const qint64 newer = newBatch(ws.db(), QStringLiteral("newer"), captured(20));
        auto pageRow = [source](QDate day, double views, qint64 line) {
            WebTrafficRow row;
            row.sourceId = source;
            row.report = QStringLiteral("page");
            row.periodStart = row.periodEnd = day;
            row.dimension = QStringLiteral("/about");
            row.set(WebMetric::Pageviews, views);
            row.sourceLine = line;
            return row;
        };
        WebTrafficRow site = siteDay(source, {2017, 1, 1});
        site.set(WebMetric::Sessions, 10);
        QCOMPARE(repo.write(older, precedenceOf(ws.db(), older), site).outcome, WriteOutcome::Added);

        // The newer export: site (rows of the older one) and page (none), in turns.
        site.set(WebMetric::Sessions, 12);
        site.sourceLine = 2;
        QCOMPARE(repo.write(newer, precedenceOf(ws.db(), newer), site).outcome, WriteOutcome::Updated);
        QCOMPARE(repo.write(newer, precedenceOf(ws.db(), newer), pageRow({2017, 1, 1}, 5, 3)).outcome, WriteOutcome::Added);
        WebTrafficRow site2 = siteDay(source, {2017, 1, 2});
        site2.set(WebMetric::Sessions, 7);
        site2.sourceLine = 4;
        QCOMPARE(repo.write(newer, precedenceOf(ws.db(), newer), site2).outcome, WriteOutcome::Added);
        const auto repeat = repo.write(newer, precedenceOf(ws.db(), newer), pageRow({2017, 1, 1}, 5, 5));
        QCOMPARE(repeat.outcome, WriteOutcome::Duplicate);
        QCOMPARE(repeat.otherLine, 3);
        const auto conflict = repo.write(newer, precedenceOf(ws.db(), newer), pageRow({2017, 1, 1}, 6, 6));
        QCOMPARE(conflict.outcome, WriteOutcome::Conflict);
        QCOMPARE(conflict.otherLine, 3);
        QCOMPARE(repo.write(newer, precedenceOf(ws.db(), newer), pageRow({2017, 1, 2}, 8, 7)).outcome, WriteOutcome::Added);

        QCOMPARE(repo.rows(QStringLiteral("site"), {2017, 1, 1}, {2017, 1, 1}).first().value(WebMetric::Sessions), std::optional<double>(12));
        QCOMPARE(repo.rows(QStringLiteral("page"), {2017, 1, 1}, {2017, 1, 2}).size(), 2);
        QCOMPARE(scalar(ws.db(), QStringLiteral("SELECT COUNT(*) FROM web_traffic")).toInt(), 5);
    }

    // The digest stored in key_hash: FNV-1a 64 over the UTF-16LE text of each value and
    // U+001F, numbers as their decimal text (expected values from an independent script).
    void keyHashIsTheDigestOfTheKeysText_data()
    {
        QTest::addColumn<QVariantList>("key");
        QTest::addColumn<qint64>("hash");
        QTest::newRow("source, report, day") << QVariantList{qint64(42), QStringLiteral("site"), QStringLiteral("2017-01-01")}
                                             << qint64(-5342042785299326317);
        QTest::newRow("int as text") << QVariantList{QStringLiteral("42"), QStringLiteral("site"), QStringLiteral("2017-01-01")}
                                     << qint64(-5342042785299326317);
        QTest::newRow("negative int, non-ASCII") << QVariantList{int(-7), QStringLiteral("\u00e9")} << qint64(-348141568481874938);
        QTest::newRow("zero, empty") << QVariantList{qint64(0), QString()} << qint64(3386028427470944917);
    }

    void keyHashIsTheDigestOfTheKeysText()
    {
        QFETCH(QVariantList, key);
        QFETCH(qint64, hash);
        QCOMPARE(VersionedRows::keyHash(key), hash);
    }

    // The import's statements drive SQLite's C API only when Qt's driver runs the very SQLite
    // Beamline links (as Debian's Qt does); BEAMLINE_SQLITE_NATIVE=0 (the *_qtsql variants of
    // the suites) makes them go through Qt SQL's queries, as a Qt with its own SQLite would.
    void nativeStatementsOnlyOnTheLinkedSqlite()
    {
        TestWorkspace ws;
        const bool forced = qEnvironmentVariable("BEAMLINE_SQLITE_NATIVE") == QLatin1String("0");
        QCOMPARE(FastStatement::isNative(ws.db()), !onPostgres() && !forced);
        // Either way a statement binds, runs and reads back the same values.
        FastStatement q(ws.db(), QStringLiteral("SELECT CAST(:p0 AS INTEGER) + 1, CAST(:p1 AS TEXT), CAST(:p2 AS TEXT)"));
        q.bind(0, qint64(41)).bind(1, QStringLiteral("r\u00e9sum\u00e9")).bindNull(2);
        q.query();
        QVERIFY(q.next());
        QCOMPARE(q.integer(0), qint64(42));
        QCOMPARE(q.text(1), QStringLiteral("r\u00e9sum\u00e9"));
        QVERIFY(q.isNull(2));
        q.finish();
    }
};

QTEST_GUILESS_MAIN(tst_VersionedRows)
#include "tst_versionedrows.moc"
