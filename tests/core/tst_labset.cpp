// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <core/analytics/analyticsrepository.h>
#include <core/analytics/figuresjson.h>
#include <core/import/importer.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace Beamline;
using namespace Beamline::Test;

// One lab's exports (tests/data/labset: several reports per platform, overlapping periods),
// written by make-lab-set.py from one truth it also writes (truth.json). The figures Beamline
// stores must be the truth's, and the same in any import order.
class tst_LabSet : public QObject
{
    Q_OBJECT

private:
    static QString exports() { return QStringLiteral(BEAMLINE_TEST_DATA_DIR "/labset/exports/"); }

    // Every export, as a lab would drop them (the YouTube ZIP, not its unpacked copy).
    static QStringList allFiles()
    {
        QStringList files;
        QDirIterator it(exports(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!path.endsWith(QLatin1String("truth.json")) && !path.contains(QLatin1String("Example Physics Lab/")))
                files.append(QDir(exports()).relativeFilePath(path));
        }
        files.sort();
        return files;
    }

    // The export whose path contains `part` (Matomo's names have thin spaces around the dash).
    static QString file(const QString &part)
    {
        const QStringList files = allFiles();
        const auto it = std::find_if(files.cbegin(), files.cend(), [&part](const QString &f) { return f.contains(part); });
        return it == files.cend() ? part : *it;
    }

    static const QJsonObject &truth()
    {
        static const QJsonObject object = [] {
            QFile file(exports() + QStringLiteral("truth.json"));
            file.open(QIODevice::ReadOnly);
            return QJsonDocument::fromJson(file.readAll()).object();
        }();
        return object;
    }

    struct Totals {
        qint64 added = 0;
        qint64 updated = 0;
        QStringList errors;
    };

    // Imports the files in this order into a copy of the empty template workspace and
    // returns every figure `stats` and `daily` give for the lab's periods, as JSON text.
    QByteArray importAndMeasure(const QStringList &files, Totals *totals = nullptr, std::unique_ptr<Workspace> *keep = nullptr)
    {
        const QString path = m_dir.filePath(QStringLiteral("run.beamline"));
        QFile::remove(path);
        QFile::copy(m_template, path);
        auto workspace = Workspace::open(path, WorkspaceOpener::Mode::MustExist);
        Importer importer(workspace->database());
        for (const QString &file : files) {
            const ImportReport report = importer.importFile(exports() + file);
            if (totals) {
                totals->added += report.added;
                totals->updated += report.updated;
                if (report.failed())
                    totals->errors.append(report.error);
            }
        }
        const QByteArray figures = measure(*workspace);
        if (keep)
            *keep = std::move(workspace);
        return figures;
    }

    static QByteArray measure(Workspace &workspace)
    {
        const AnalyticsRepository analytics(workspace.connection(), workspace.timeZone());
        QJsonArray all;
        for (const auto &[from, to] : {std::pair{QDate(2016, 11, 14), QDate(2017, 1, 12)}, {QDate(2016, 11, 1), QDate(2017, 1, 31)},
                                       {QDate(2016, 12, 1), QDate(2016, 12, 31)}})
            all.append(FiguresJson::stats(analytics.periodStats(from, to)));
        all.append(FiguresJson::daily(analytics.dailyFigures(QDate(2016, 11, 1), QDate(2017, 1, 31))));
        return QJsonDocument(all).toJson(QJsonDocument::Compact);
    }

    static QJsonObject dayOf(const QJsonArray &figures, const QString &day)
    {
        for (const QJsonValue &d : figures.at(3).toObject().value(QStringLiteral("days")).toArray()) {
            if (d.toObject().value(QStringLiteral("day")).toString() == day)
                return d.toObject();
        }
        return {};
    }

    QTemporaryDir m_dir;
    QString m_template;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_template = m_dir.filePath(QStringLiteral("template.beamline"));
        WorkspaceOpener::Result result;
        auto workspace = Workspace::open(m_template, WorkspaceOpener::Mode::CreateIfMissing, &result);
        QVERIFY2(workspace, qPrintable(result.message));
        workspace->setTimeZone(QTimeZone("Europe/Zurich"));
        workspace.reset();
        QCOMPARE(allFiles().size(), 20);
    }

    void figuresAreTheTruths()
    {
        Totals totals;
        std::unique_ptr<Workspace> workspace;
        const QJsonArray figures = QJsonDocument::fromJson(importAndMeasure(allFiles(), &totals, &workspace)).array();
        QVERIFY2(totals.errors.isEmpty(), qPrintable(totals.errors.join(QLatin1Char('\n'))));
        const QJsonObject periods = truth().value(QStringLiteral("web")).toObject().value(QStringLiteral("periods")).toObject();

        // The Universal Analytics reports' period: their totals row is the site's figure,
        // visitors included (not the rows' 27,652 nor the days' 30,145).
        const QJsonObject ua = periods.value(QStringLiteral("2016-11-14..2017-01-12")).toObject();
        const QJsonObject uaWeb = figures.at(0).toObject().value(QStringLiteral("web")).toObject();
        QCOMPARE(uaWeb.value(QStringLiteral("sessions")).toDouble(), ua.value(QStringLiteral("sessions")).toDouble());
        QCOMPARE(uaWeb.value(QStringLiteral("users")).toDouble(), ua.value(QStringLiteral("users")).toDouble());
        // As the file writes them: "47.54%" and "00:01:56".
        QCOMPARE(std::round(ua.value(QStringLiteral("bounces")).toDouble() / ua.value(QStringLiteral("sessions")).toDouble() * 10000) / 10000,
                 uaWeb.value(QStringLiteral("bounce_rate")).toDouble());
        QCOMPARE(std::round(ua.value(QStringLiteral("visit_seconds")).toDouble() / ua.value(QStringLiteral("sessions")).toDouble()),
                 uaWeb.value(QStringLiteral("avg_session_seconds")).toDouble());
        QCOMPARE(uaWeb.value(QStringLiteral("pageviews")).toDouble(), ua.value(QStringLiteral("pageviews")).toDouble());

        // The whole set's period: the GA4 exploration's grand total.
        const QJsonObject all = periods.value(QStringLiteral("2016-11-01..2017-01-31")).toObject();
        const QJsonObject allWeb = figures.at(1).toObject().value(QStringLiteral("web")).toObject();
        QCOMPARE(allWeb.value(QStringLiteral("sessions")).toDouble(), all.value(QStringLiteral("sessions")).toDouble());
        QCOMPARE(allWeb.value(QStringLiteral("users")).toDouble(), all.value(QStringLiteral("users")).toDouble());

        // December: no report covers exactly it, so its days add up; visitors are not additive.
        const QJsonObject days = truth().value(QStringLiteral("web")).toObject().value(QStringLiteral("days")).toObject();
        double decemberSessions = 0, decemberBounces = 0;
        for (auto it = days.begin(); it != days.end(); ++it) {
            if (it.key().startsWith(QLatin1String("2016-12"))) {
                decemberSessions += it.value().toObject().value(QStringLiteral("sessions")).toDouble();
                decemberBounces += it.value().toObject().value(QStringLiteral("bounces")).toDouble();
            }
        }
        const QJsonObject decemberWeb = figures.at(2).toObject().value(QStringLiteral("web")).toObject();
        QCOMPARE(decemberWeb.value(QStringLiteral("sessions")).toDouble(), decemberSessions);
        QVERIFY(decemberWeb.value(QStringLiteral("users")).isNull());
        QCOMPARE(decemberWeb.value(QStringLiteral("bounce_rate")).toDouble(), decemberBounces / decemberSessions);

        // Every day: the site's figures, Instagram's visits, YouTube's views, the followers.
        const QJsonObject youtube = truth().value(QStringLiteral("youtube")).toObject().value(QStringLiteral("views_per_day")).toObject();
        const QJsonObject followers = truth().value(QStringLiteral("followers")).toObject();
        int checked = 0;
        for (auto it = days.begin(); it != days.end(); ++it) {
            const QJsonObject want = it.value().toObject();
            const QJsonObject day = dayOf(figures, it.key());
            const QJsonObject web = day.value(QStringLiteral("web")).toObject();
            QCOMPARE(web.value(QStringLiteral("sessions")).toDouble(), want.value(QStringLiteral("sessions")).toDouble());
            QCOMPARE(web.value(QStringLiteral("users")).toDouble(), want.value(QStringLiteral("users")).toDouble());
            // Pageviews only where a Pages report's Day Index gives them.
            const bool inUa = it.key() >= QLatin1String("2016-11-14") && it.key() <= QLatin1String("2017-01-12");
            if (inUa)
                QCOMPARE(web.value(QStringLiteral("pageviews")).toDouble(), want.value(QStringLiteral("pageviews")).toDouble());
            else
                QVERIFY(web.value(QStringLiteral("pageviews")).isNull());
            const double instagram = want.value(QStringLiteral("by_channel")).toObject().value(QStringLiteral("instagram")).toObject()
                                         .value(QStringLiteral("sessions")).toDouble();
            QCOMPARE(web.value(QStringLiteral("by_channel")).toObject().value(QStringLiteral("instagram")).toObject()
                         .value(QStringLiteral("sessions")).toDouble(), instagram);
            const QJsonObject channels = day.value(QStringLiteral("channels")).toObject();
            QCOMPARE(channels.value(QStringLiteral("youtube")).toObject().value(QStringLiteral("views")).toDouble(),
                     youtube.value(it.key()).toDouble());
            const QJsonObject facebook = followers.value(QStringLiteral("facebook")).toObject().value(it.key()).toObject();
            QCOMPARE(channels.value(QStringLiteral("facebook")).toObject().value(QStringLiteral("followers_gained")).toDouble(),
                     facebook.value(QStringLiteral("gained")).toDouble());
            QCOMPARE(channels.value(QStringLiteral("facebook")).toObject().value(QStringLiteral("followers_lost")).toDouble(),
                     facebook.value(QStringLiteral("lost")).toDouble());
            ++checked;
        }
        QCOMPARE(checked, 92);

        // Each tweet holds the newest export's figures.
        const QJsonObject tweets = truth().value(QStringLiteral("posts")).toObject().value(QStringLiteral("x")).toObject();
        for (auto it = tweets.begin(); it != tweets.end(); ++it) {
            const QJsonObject newest = it.value().toObject().value(QStringLiteral("newest")).toObject();
            const QString sql = QStringLiteral("SELECT CAST(s.impressions AS INTEGER) || '/' || CAST(s.likes AS INTEGER) FROM post_snapshots s JOIN platform_posts p "
                                               "ON p.id = s.platform_post_id WHERE s.is_current = 1 AND p.external_id = '%1'").arg(it.key());
            QCOMPARE(scalar(workspace->connection(), sql).toString(),
                     QStringLiteral("%1/%2").arg(newest.value(QStringLiteral("impressions")).toInt()).arg(newest.value(QStringLiteral("likes")).toInt()));
        }
    }

    void anyOrderOfSixFilesGivesTheSameFigures()
    {
        // The files whose figures meet: two overlapping X snapshots, two GA Day Index sections of
        // other measures, and Matomo's site figures beside a breakdown of the same days.
        QStringList files = {
            QStringLiteral("ga/Analytics All Web Site Data Pages 20161114-20170112.csv"),
            QStringLiteral("ga/Analytics All Web Site Data Source Medium 20161114-20170112.csv"),
            file(QStringLiteral("matomo/Export _ Visits Summary")),
            file(QStringLiteral("matomo/Export _ Websites")),
            QStringLiteral("x/tweet_activity_metrics_examplelab_20161020_20170120_en.csv"),
            QStringLiteral("x/tweet_activity_metrics_examplelab_20161114_20170114_en.csv"),
        };
        for (const QString &f : std::as_const(files))
            QVERIFY2(QFile::exists(exports() + f), qPrintable(f));
        std::sort(files.begin(), files.end());
        Totals first;
        const QByteArray expected = importAndMeasure(files, &first);
        QVERIFY2(first.errors.isEmpty(), qPrintable(first.errors.join(QLatin1Char('\n'))));
        int orders = 1;
        while (std::next_permutation(files.begin(), files.end())) {
            Totals totals;
            const QByteArray figures = importAndMeasure(files, &totals);
            QVERIFY2(totals.errors.isEmpty(), qPrintable(totals.errors.join(QLatin1Char('\n'))));
            QVERIFY2(figures == expected, qPrintable(QStringLiteral("order %1 gives other figures: %2").arg(orders).arg(files.join(QStringLiteral(" | ")))));
            ++orders;
        }
        QCOMPARE(orders, 720);
    }

    void anyOrderOfEverythingGivesTheSameFigures()
    {
        const QStringList files = allFiles();
        const QByteArray expected = importAndMeasure(files);
        QRandomGenerator random(20170112);
        for (int run = 0; run < 8; ++run) {
            QStringList shuffled = files;
            std::shuffle(shuffled.begin(), shuffled.end(), random);
            Totals totals;
            std::unique_ptr<Workspace> workspace;
            QVERIFY2(importAndMeasure(shuffled, &totals, &workspace) == expected, qPrintable(shuffled.join(QStringLiteral(" | "))));
            QVERIFY2(totals.errors.isEmpty(), qPrintable(totals.errors.join(QLatin1Char('\n'))));
            // Importing everything again (other bytes: a copy with a trailing line end where the
            // format allows it would be a new file; the same files are recognised) changes nothing.
            Importer importer(workspace->database());
            for (const QString &file : std::as_const(shuffled)) {
                const ImportReport again = importer.importFile(exports() + file);
                QCOMPARE(again.added, 0);
                QCOMPARE(again.updated, 0);
            }
            QCOMPARE(measure(*workspace), expected);
        }
    }

    void breakdownsNeverReplaceTotals()
    {
        Totals totals;
        std::unique_ptr<Workspace> workspace;
        importAndMeasure(allFiles(), &totals, &workspace);
        const QSqlDatabase db = workspace->connection();
        const QJsonObject ua = truth().value(QStringLiteral("web")).toObject().value(QStringLiteral("periods")).toObject()
                                   .value(QStringLiteral("2016-11-14..2017-01-12")).toObject();
        // The Source/Medium rows add up to the totals row's sessions, and are stored beside it.
        QCOMPARE(scalar(db, QStringLiteral("SELECT SUM(sessions) FROM web_traffic WHERE report = 'source_medium' AND live <> 0")).toDouble(),
                 ua.value(QStringLiteral("sessions")).toDouble());
        QCOMPARE(scalar(db, QStringLiteral("SELECT users FROM web_traffic WHERE report = 'site' AND period_start = '2016-11-14' "
                                           "AND period_end = '2017-01-12' AND (live & 2) <> 0")).toDouble(),
                 ua.value(QStringLiteral("users")).toDouble());
        // The sum of the rows' visitors is more than the site's: they are never added up.
        QVERIFY(scalar(db, QStringLiteral("SELECT SUM(users) FROM web_traffic WHERE report = 'source_medium'")).toDouble()
                > ua.value(QStringLiteral("users")).toDouble());
        // Matomo's websites and channel types are breakdowns beside the site's days, not in place of them.
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM web_traffic WHERE report = 'site' AND period_start = period_end "
                                           "AND source_id = (SELECT id FROM web_sources WHERE provider = 'matomo')")).toInt(), 92);
        QCOMPARE(scalar(db, QStringLiteral("SELECT SUM(sessions) FROM web_traffic WHERE report = 'channel_group'")).toDouble(),
                 truth().value(QStringLiteral("files")).toObject()
                     .value(file(QStringLiteral("matomo/Export _ Visits Summary"))).toObject()
                     .value(QStringLiteral("visits_sum")).toDouble());
        // YouTube's countries are a breakdown of each day's views, beside Totals.csv.
        QCOMPARE(scalar(db, QStringLiteral("SELECT SUM(value) FROM daily_metrics WHERE metric = 'views' AND breakdown = 'geography'")).toDouble(),
                 truth().value(QStringLiteral("youtube")).toObject().value(QStringLiteral("views_total")).toDouble());
        QCOMPARE(scalar(db, QStringLiteral("SELECT SUM(value) FROM daily_metrics WHERE metric = 'views' AND breakdown = ''")).toDouble(),
                 truth().value(QStringLiteral("youtube")).toObject().value(QStringLiteral("views_total")).toDouble());
    }
};

QTEST_GUILESS_MAIN(tst_LabSet)
#include "tst_labset.moc"
