// SPDX-License-Identifier: GPL-3.0-or-later
// Measure-side benchmark. `generate` writes a five-year workspace (six channels, 30,000
// posts, 2,000,000 web rows, 200,000 mentions); `run` times `periodStats` for several
// ranges, every chart's build and render, and a Measure page reload and filter change.
//   beamline-bench-measure generate WORKSPACE
//   beamline-bench-measure run WORKSPACE
// bench/measure.sh runs both and prints the figures beside plain SQL in sqlite3.

#include <core/analytics/analyticsrepository.h>
#include <core/db/channelrepository.h>
#include <core/analytics/mentiondays.h>
#include <core/analytics/webchanneldays.h>
#include <core/db/scopedtransaction.h>
#include <core/domain/isotime.h>
#include <core/models/postmetricsmodel.h>
#include <core/workspace/workspace.h>
#include <ui/application.h>
#include <ui/charts/chartexporter.h>
#include <ui/charts/chartfactory.h>
#include <ui/pages/measurepage.h>

#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QUndoStack>

#include <memory>

using namespace Beamline;

namespace {

const QDate First(2012, 1, 1);
const QDate Last(2016, 12, 31);

bool run(QSqlQuery &q)
{
    if (!q.exec()) {
        QTextStream(stderr) << q.lastError().text() << '\n';
        return false;
    }
    return true;
}

int generate(const QString &path)
{
    QTextStream out(stdout);
    WorkspaceOpener::Result result;
    auto workspace = Workspace::open(path, WorkspaceOpener::Mode::CreateIfMissing, &result);
    if (!workspace) {
        out << result.message << '\n';
        return 1;
    }
    workspace->setTimeZone(QTimeZone("Europe/Zurich"));
    QSqlDatabase db = workspace->connection();
    QRandomGenerator random(2017);
    ScopedTransaction transaction(db);
    QSqlQuery batch(db);
    batch.exec(QStringLiteral("INSERT INTO import_batches (id, file_name, sha256, format, imported_at) VALUES (1, 'bench', 'bench', 'bench', '2017-01-01T00:00:00Z')"));
    ChannelRepository channels(db);
    const QList<qint64> ids = {channels.insert({0, Platform::X, QStringLiteral("lab"), {}}),
                               channels.insert({0, Platform::Facebook, QStringLiteral("lab"), {}}),
                               channels.insert({0, Platform::Instagram, QStringLiteral("lab"), {}}),
                               channels.insert({0, Platform::Instagram, QStringLiteral("lab_fr"), {}}),
                               channels.insert({0, Platform::LinkedIn, QStringLiteral("lab"), {}}),
                               channels.insert({0, Platform::YouTube, QStringLiteral("lab"), {}})};
    const int days = int(First.daysTo(Last)) + 1;

    QSqlQuery post(db), snapshot(db);
    post.prepare(QStringLiteral("INSERT INTO platform_posts (id, channel_id, external_id, published_at, text, is_story, first_batch_id) VALUES (?, ?, ?, ?, ?, ?, 1)"));
    snapshot.prepare(QStringLiteral("INSERT INTO post_snapshots (platform_post_id, batch_id, captured_at, is_current, impressions, views, likes, comments, shares) "
                                    "VALUES (?, 1, '2017-01-01T00:00:00Z', 1, ?, ?, ?, ?, ?)"));
    for (int i = 1; i <= 30000; ++i) {
        const qint64 channel = ids.at(i % ids.size());
        const QDateTime when = QDateTime(First.addDays(random.bounded(days)), QTime(8 + random.bounded(12), 0), QTimeZone::utc());
        const bool story = channel == ids.at(2) && i % 5 == 0;
        post.addBindValue(i);
        post.addBindValue(channel);
        post.addBindValue(QString::number(i));
        post.addBindValue(IsoTime::utc(when));
        post.addBindValue(QStringLiteral("Post number %1 about physics").arg(i));
        post.addBindValue(story ? 1 : 0);
        if (!run(post))
            return 1;
        const double impressions = 1000 + random.bounded(20000);
        snapshot.addBindValue(i);
        snapshot.addBindValue(channel == ids.at(2) ? QVariant(QMetaType::fromType<double>()) : QVariant(impressions));
        snapshot.addBindValue(impressions);
        snapshot.addBindValue(double(random.bounded(500)));
        snapshot.addBindValue(double(random.bounded(50)));
        snapshot.addBindValue(double(random.bounded(80)));
        if (!run(snapshot))
            return 1;
    }
    QSqlQuery daily(db);
    daily.prepare(QStringLiteral("INSERT INTO daily_metrics (channel_id, metric, day, key_hash, value, batch_id) VALUES (?, 'followers_gained', ?, 1, ?, 1)"));
    for (qint64 channel : ids) {
        for (int d = 0; d < days; ++d) {
            daily.addBindValue(channel);
            daily.addBindValue(IsoTime::day(First.addDays(d)));
            daily.addBindValue(double(random.bounded(400)));
            if (!run(daily))
                return 1;
        }
    }
    QSqlQuery source(db);
    source.exec(QStringLiteral("INSERT INTO web_sources (id, provider, name) VALUES (1, 'ga', 'bench')"));
    QSqlQuery web(db);
    // Every row holds the measures it has (live: sessions, users, bounce rate, duration, pageviews, exits).
    web.prepare(QStringLiteral("INSERT INTO web_traffic (source_id, report, period_start, period_end, dimension, key_hash, sessions, users, bounce_rate, "
                               "avg_session_seconds, pageviews, exits, live, batch_id) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 571, 1)"));
    // 1,096 source/medium values a day for five years, plus the daily time series: 2,000,000 rows.
    QStringList dimensions = {QStringLiteral("l.instagram.com / referral"), QStringLiteral("instagram / story"), QStringLiteral("t.co / referral"),
                              QStringLiteral("m.facebook.com / referral"), QStringLiteral("linkedin.com / referral"), QStringLiteral("google / organic"),
                              QStringLiteral("(direct) / (none)")};
    for (int i = 0; dimensions.size() < 1094; ++i)
        dimensions.append(QStringLiteral("site%1.example.org / referral").arg(i));
    qint64 rows = 0;
    for (int d = 0; d < days; ++d) {
        const QString day = IsoTime::day(First.addDays(d));
        for (int k = -1; k < dimensions.size(); ++k) {
            const double sessions = k < 0 ? 5000 : 1 + random.bounded(k < 7 ? 900 : 20);
            web.addBindValue(k < 0 ? QStringLiteral("site") : QStringLiteral("source_medium"));
            web.addBindValue(day);
            web.addBindValue(day);
            web.addBindValue(k < 0 ? QStringLiteral("") : dimensions.at(k));
            web.addBindValue(k + 2);
            web.addBindValue(sessions);
            web.addBindValue(sessions * 0.8);
            web.addBindValue(0.3 + random.bounded(40) / 100.0);
            web.addBindValue(60.0 + random.bounded(300));
            web.addBindValue(sessions * 2);
            web.addBindValue(sessions);
            if (!run(web))
                return 1;
            ++rows;
        }
    }
    QSqlQuery mention(db);
    mention.prepare(QStringLiteral("INSERT INTO mentions (tool, external_id, key_hash, occurred_at, network, sentiment, author, reach, domain, batch_id) "
                                   "VALUES ('bench', ?, ?, ?, ?, ?, ?, ?, ?, 1)"));
    const QStringList networks = {QStringLiteral("instagram"), QStringLiteral("instagram"), QStringLiteral("instagram"), QStringLiteral("x"),
                                  QStringLiteral("facebook"), QStringLiteral("news"), QStringLiteral("blog")};
    const QStringList sentiments = {QStringLiteral("positive"), QStringLiteral("neutral"), QStringLiteral("negative")};
    for (int i = 0; i < 200000; ++i) {
        const QDateTime when = QDateTime(First.addDays(random.bounded(days)), QTime(random.bounded(24), random.bounded(60)), QTimeZone::utc());
        mention.addBindValue(QString::number(i));
        mention.addBindValue(i);
        mention.addBindValue(IsoTime::utc(when));
        mention.addBindValue(networks.at(random.bounded(int(networks.size()))));
        mention.addBindValue(sentiments.at(random.bounded(3)));
        mention.addBindValue(QStringLiteral("author%1").arg(random.bounded(5000)));
        mention.addBindValue(double(random.bounded(100000)));
        mention.addBindValue(QStringLiteral("site%1.example.org").arg(random.bounded(300)));
        if (!run(mention))
            return 1;
    }
    QElapsedTimer summaryTimer;
    summaryTimer.start();
    WebChannelDays(db).rebuild();
    MentionDays(db).rebuild();
    const qint64 summaryMs = summaryTimer.elapsed();
    transaction.commit();
    QSqlQuery(db).exec(QStringLiteral("ANALYZE"));
    out << "posts 30000, web rows " << rows << ", mentions 200000, days " << days << "; daily summaries built in " << summaryMs << " ms\n";
    return 0;
}

template<typename F>
double bestOf(int n, F f)
{
    double best = 1e9;
    for (int i = 0; i < n; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        best = std::min(best, t.nsecsElapsed() / 1e6);
    }
    return best;
}

int measure(const QString &path)
{
    QTextStream out(stdout);
    WorkspaceOpener::Result result;
    auto workspace = Workspace::open(path, WorkspaceOpener::Mode::MustExist, &result);
    if (!workspace) {
        out << result.message << '\n';
        return 1;
    }
    const AnalyticsRepository analytics(workspace->connection(), workspace->timeZone());
    const QList<QPair<QString, QPair<QDate, QDate>>> ranges = {{QStringLiteral("28 days"), {Last.addDays(-27), Last}},
                                                               {QStringLiteral("90 days"), {Last.addDays(-89), Last}},
                                                               {QStringLiteral("1 year"), {QDate(2016, 1, 1), Last}},
                                                               {QStringLiteral("5 years"), {First, Last}}};
    for (const auto &[name, range] : ranges) {
        const double ms = bestOf(3, [&, range = range] { analytics.periodStats(range.first, range.second); });
        out << QStringLiteral("stats %1 %2\n").arg(name, -8).arg(ms, 0, 'f', 1);
    }
    ChartFactory factory(workspace->connection(), workspace->timeZone());
    for (const auto &[name, range] : ranges) {
        if (name == QLatin1String("1 year"))
            continue;
        double worst = 0;
        QString worstName;
        for (const QString &chart : ChartFactory::names()) {
            ChartRequest request;
            request.name = chart;
            request.from = range.first;
            request.to = range.second;
            request.compareFrom = range.first.addDays(-(range.first.daysTo(range.second) + 1));
            request.compareTo = range.first.addDays(-1);
            const double ms = bestOf(2, [&] {
                std::unique_ptr<QChart> c(factory.create(request));
                ChartExporter::image(c.get(), QSize(1200, 675));
            });
            if (ms > worst) {
                worst = ms;
                worstName = chart;
            }
        }
        out << QStringLiteral("chart %1 slowest %2 ms (%3)\n").arg(name, -8).arg(worst, 0, 'f', 1).arg(worstName);
    }
    QUndoStack undo;
    MeasurePage page;
    page.resize(1280, 800);
    page.setWorkspace(workspace.get(), &undo);
    page.show();
    for (const auto &[name, range] : ranges) {
        const double ms = bestOf(2, [&, range = range] {
            page.setRange(range.first, range.second);
            QCoreApplication::processEvents();
        });
        out << QStringLiteral("view %1 %2\n").arg(name, -8).arg(ms, 0, 'f', 1);
    }
    page.setTab(MeasurePage::Tab::Posts);
    page.setRange(Last.addDays(-89), Last);
    // A filter change as the user makes it: the channel combo, which redraws chart and table.
    auto *channel = page.findChild<QComboBox *>(QStringLiteral("channelFilter"));
    const double filter = bestOf(3, [&] {
        channel->setCurrentIndex(3);
        Q_EMIT channel->activated(3);
        QCoreApplication::processEvents();
        channel->setCurrentIndex(0);
        Q_EMIT channel->activated(0);
        QCoreApplication::processEvents();
    });
    out << QStringLiteral("filter 90 days %1\n").arg(filter / 2, 0, 'f', 1);
    // Switching tabs draws the charts of the tab (each tab once per range).
    for (MeasurePage::Tab tab : {MeasurePage::Tab::SeriesAndPillars, MeasurePage::Tab::Mentions, MeasurePage::Tab::InstagramWeb}) {
        page.setRange(Last.addDays(-27), Last);
        QElapsedTimer t;
        t.start();
        page.setTab(tab);
        QCoreApplication::processEvents();
        out << QStringLiteral("tab %1 28 days %2\n").arg(int(tab)).arg(t.nsecsElapsed() / 1e6, 0, 'f', 1);
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Application::setUp();
    if (argc != 3) {
        QTextStream(stderr) << "usage: beamline-bench-measure generate|run WORKSPACE\n";
        return 2;
    }
    const QString command = QString::fromLocal8Bit(argv[1]);
    const QString path = QString::fromLocal8Bit(argv[2]);
    return command == QLatin1String("generate") ? generate(path) : measure(path);
}
