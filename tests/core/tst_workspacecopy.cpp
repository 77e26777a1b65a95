// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <core/analytics/analyticsrepository.h>
#include <core/analytics/figuresjson.h>
#include <core/db/database.h>
#include <core/db/schemacatalog.h>
#include <core/db/settingsrepository.h>
#include <core/demo/demogenerator.h>
#include <core/workspace/workspacecopy.h>

#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace Beamline;
using namespace Beamline::Test;

// Moving a workspace (beamline workspace copy): between a file and a server on the
// PostgreSQL run (tst_workspacecopy_postgresql), between two files on the SQLite run.
class tst_WorkspaceCopy : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo; // the demo workspace, a file: the source of most tests (only read)
    std::vector<std::unique_ptr<ServerDatabase>> m_servers;
    int m_places = 0;

    // A new place on "the other side": an empty database on the test server on the
    // PostgreSQL run, a file that does not exist yet otherwise.
    QString otherPlace()
    {
        if (onPostgres()) {
            m_servers.push_back(std::make_unique<ServerDatabase>());
            return m_servers.back()->location();
        }
        return m_dir.filePath(QStringLiteral("other-%1.beamline").arg(++m_places));
    }
    QString newFile() { return m_dir.filePath(QStringLiteral("file-%1.beamline").arg(++m_places)); }

    static QString dumpOf(const QString &location)
    {
        const Database db(location, Database::Access::ReadOnly);
        return dumpContent(db.connection());
    }

    static QVariant valueOf(const QString &location, const QString &sql)
    {
        const Database db(location);
        return scalar(db.connection(), sql);
    }

    static void execute(const QString &location, const QString &sql)
    {
        const Database db(location);
        QSqlQuery q(db.connection());
        if (!q.exec(sql))
            QFAIL(qPrintable(sql));
    }

    static QByteArray statsOf(const QString &location, QDate from, QDate to)
    {
        const Database db(location, Database::Access::ReadOnly);
        const QTimeZone zone(SettingsRepository(db.connection()).value(SettingsRepository::TimeZone, QString()).toUtf8());
        const AnalyticsRepository analytics(db.connection(), zone);
        return QJsonDocument(FiguresJson::stats(analytics.periodStats(from, to))).toJson();
    }

    // A workspace that exists and holds one channel (something a team would not want lost).
    static QString workspaceWithAChannel(const QString &location)
    {
        {
            WorkspaceOpener::Result opened;
            if (!Workspace::open(location, WorkspaceOpener::Mode::CreateIfMissing, &opened))
                qFatal("%s", qPrintable(opened.message));
        }
        execute(location,
                QStringLiteral("INSERT INTO channels (platform, handle, display_name) VALUES ('x', 'ourlab', 'Our lab')"));
        return location;
    }

    // The rows of each table in a stable order (dumpContent orders by the first column only).
    static QString sortedDumpOf(const QString &location)
    {
        QStringList out;
        QStringList rows;
        const QStringList lines = dumpOf(location).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (line.startsWith(QLatin1String("== "))) {
                rows.sort();
                out += rows;
                rows.clear();
                out.append(line);
            } else {
                rows.append(line);
            }
        }
        rows.sort();
        out += rows;
        return out.join(QLatin1Char('\n'));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_demo = m_dir.filePath(QStringLiteral("demo.beamline"));
        QString error;
        QVERIFY2(DemoGenerator::createWorkspace(m_demo, &error), qPrintable(error));
    }

    void demoRoundTripKeepsEveryRowAndFigure()
    {
        const QString there = otherPlace();
        const WorkspaceCopy::Result out = WorkspaceCopy::run(m_demo, there, {});
        QVERIFY2(out.ok(), qPrintable(out.message));
        QVERIFY(out.statsIdentical);
        QVERIFY(out.from.isValid() && out.from < out.to);
        QVERIFY(out.rows > 10000);
        const QString back = newFile();
        const WorkspaceCopy::Result in = WorkspaceCopy::run(there, back, {});
        QVERIFY2(in.ok(), qPrintable(in.message));
        QCOMPARE(in.rows, out.rows);

        // Every table, every row, every value, as it was; the counts each side reported agree.
        const QString original = sortedDumpOf(m_demo);
        QVERIFY(original.size() > 100000);
        QCOMPARE(sortedDumpOf(back), original);
        QCOMPARE(sortedDumpOf(there), original);
        for (const WorkspaceCopy::TableCount &count : out.counts) {
            QCOMPARE(count.target, count.source);
            QCOMPARE(count.source, valueOf(m_demo, QStringLiteral("SELECT COUNT(*) FROM %1").arg(count.table)).toLongLong());
        }
        QCOMPARE(valueOf(m_demo, QStringLiteral("SELECT COUNT(*) FROM post_snapshots")).toLongLong(),
                 valueOf(there, QStringLiteral("SELECT COUNT(*) FROM post_snapshots")).toLongLong());
        // The campaign's figures (beamline stats) are the same text on the three.
        const QDate from(2016, 11, 14), to(2017, 1, 12);
        const QByteArray stats = statsOf(m_demo, from, to);
        QVERIFY(stats.contains("\"followers_per_day\": 272"));
        QCOMPARE(statsOf(there, from, to), stats);
        QCOMPARE(statsOf(back, from, to), stats);
    }

    void newRowsContinueAfterTheCopiedIds()
    {
        const QString there = otherPlace();
        QVERIFY(WorkspaceCopy::run(m_demo, there, {}).ok());
        const qint64 lastPost = valueOf(m_demo, QStringLiteral("SELECT MAX(id) FROM posts")).toLongLong();
        QVERIFY(lastPost > 10);
        const QVariant id = valueOf(there,
                                    QStringLiteral("INSERT INTO posts (title, status, language, created_at, updated_at) VALUES "
                                                   "('After the move', 'idea', 'en', '2026-12-02T10:00:00Z', "
                                                   "'2026-12-02T10:00:00Z') RETURNING id"));
        QCOMPARE(id.toLongLong(), lastPost + 1);
    }

    void refusesATargetWithDataUnlessReplacing()
    {
        const QString target = workspaceWithAChannel(otherPlace());
        const QString before = dumpOf(target);
        const WorkspaceCopy::Result refused = WorkspaceCopy::run(m_demo, target, {});
        QCOMPARE(refused.status, WorkspaceCopy::Result::Status::Refused);
        QVERIFY2(refused.message.contains(QLatin1String("already holds a workspace with data (channels)")),
                 qPrintable(refused.message));
        QVERIFY(refused.message.contains(QLatin1String("--replace")));
        QCOMPARE(dumpOf(target), before);

        WorkspaceCopy::Options replace;
        replace.replace = true;
        const WorkspaceCopy::Result replaced = WorkspaceCopy::run(m_demo, target, replace);
        QVERIFY2(replaced.ok(), qPrintable(replaced.message));
        QCOMPARE(sortedDumpOf(target), sortedDumpOf(m_demo));
        QCOMPARE(valueOf(target, QStringLiteral("SELECT COUNT(*) FROM channels WHERE handle = 'ourlab'")).toInt(), 0);
    }

    void aNewWorkspaceCountsAsEmpty()
    {
        // Opened once (its settings and default attribution rules), nothing else: a copy fills it.
        const QString target = otherPlace();
        {
            WorkspaceOpener::Result opened;
            QVERIFY(Workspace::open(target, WorkspaceOpener::Mode::CreateIfMissing, &opened));
        }
        const WorkspaceCopy::Result copied = WorkspaceCopy::run(m_demo, target, {});
        QVERIFY2(copied.ok(), qPrintable(copied.message));
        QCOMPARE(sortedDumpOf(target), sortedDumpOf(m_demo));
    }

    void theSamePlaceTwiceIsRefused()
    {
        QVERIFY(WorkspaceCopy::sameLocation(m_demo, m_dir.filePath(QStringLiteral("./demo.beamline"))));
        QVERIFY(WorkspaceCopy::sameLocation(QStringLiteral("postgresql://anna@db.example.org/beamline"),
                                            QStringLiteral("postgresql://ben@db.example.org:5432/beamline")));
        QVERIFY(!WorkspaceCopy::sameLocation(QStringLiteral("postgresql://anna@db.example.org/beamline"),
                                             QStringLiteral("postgresql://anna@db.example.org/other")));
        const WorkspaceCopy::Result r = WorkspaceCopy::run(m_demo, m_demo, {});
        QCOMPARE(r.status, WorkspaceCopy::Result::Status::Refused);
    }

    void aCancelledCopyLeavesNoNewTarget()
    {
        const QString target = otherPlace();
        WorkspaceCopy::Options options;
        qint64 seen = 0;
        options.progress = [&seen](const WorkspaceCopier::Progress &p) {
            seen = p.copied;
            return p.copied < p.total / 2; // half-way
        };
        const WorkspaceCopy::Result r = WorkspaceCopy::run(m_demo, target, options);
        QCOMPARE(r.status, WorkspaceCopy::Result::Status::Cancelled);
        QVERIFY(seen > 1000);
        if (onPostgres()) {
            const Database db(target);
            QCOMPARE(SchemaCatalog::tables(db.connection()), QStringList()); // not even the schema
            QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT to_regclass('beamline_schema') IS NULL")).toBool(), true);
        } else {
            QVERIFY(!QFile::exists(target));
            QVERIFY(!QFile::exists(target + QStringLiteral("-wal")));
        }
    }

    void aFailureHalfWayLeavesTheTargetAsItWas()
    {
        // The target refuses rows of one of the last tables: everything before them is undone,
        // and what --replace deleted is back.
        const QString target = workspaceWithAChannel(otherPlace());
        if (onPostgres()) {
            execute(target,
                    QStringLiteral("CREATE FUNCTION copy_fails() RETURNS trigger LANGUAGE plpgsql AS "
                                   "$$ BEGIN RAISE EXCEPTION 'injected failure'; END $$"));
            execute(target,
                    QStringLiteral(
                        "CREATE TRIGGER copy_fails BEFORE INSERT ON post_snapshots FOR EACH ROW EXECUTE FUNCTION copy_fails()"));
        } else {
            execute(target,
                    QStringLiteral("CREATE TRIGGER copy_fails BEFORE INSERT ON post_snapshots BEGIN SELECT RAISE(ABORT, "
                                   "'injected failure'); END"));
        }
        const QString before = dumpOf(target);
        WorkspaceCopy::Options options;
        options.replace = true;
        qint64 copiedBeforeFailure = 0;
        options.progress = [&copiedBeforeFailure](const WorkspaceCopier::Progress &p) {
            copiedBeforeFailure = p.copied;
            return true;
        };
        const WorkspaceCopy::Result r = WorkspaceCopy::run(m_demo, target, options);
        QCOMPARE(r.status, WorkspaceCopy::Result::Status::Failed);
        QVERIFY2(r.message.contains(QLatin1String("injected failure")), qPrintable(r.message));
        QVERIFY(r.message.contains(QLatin1String("was left as it was")));
        QVERIFY(copiedBeforeFailure > 1000); // the failure came half-way, not at the start
        QCOMPARE(dumpOf(target), before);
        QCOMPARE(valueOf(target, QStringLiteral("SELECT COUNT(*) FROM channels")).toInt(), 1);
    }

    void valuesKeepTheirTypes()
    {
        // Edge values through the other engine and back: NULL beside empty text, text that SQL
        // would misread, 64-bit integers, doubles to the last bit.
        const QString source = newFile();
        {
            WorkspaceOpener::Result opened;
            QVERIFY(Workspace::open(source, WorkspaceOpener::Mode::CreateIfMissing, &opened));
        }
        execute(source,
                QStringLiteral("INSERT INTO pillars (id, name, color, target_share, position) VALUES "
                               "(7, 'Über ✓ ''quoted'' \"double\" ; -- not SQL', NULL, 0.30000000000000004, 3)"));
        execute(source,
                QStringLiteral("INSERT INTO posts (id, title, body, notes, status, pillar_id, language, created_at, updated_at) "
                               "VALUES (42, 'Line one\nline two', NULL, '', 'draft', 7, 'fr', '2017-01-01T10:00:00Z', "
                               "'2017-01-02T11:30:00Z')"));
        execute(source,
                QStringLiteral("INSERT INTO channels (id, platform, handle, display_name) VALUES (5, 'x', 'lab', 'Lab')"));
        execute(source,
                QStringLiteral("INSERT INTO import_batches (id, file_name, sha256, format, imported_at) VALUES "
                               "(9, 'f.csv', 'abc', 'test', '2017-01-03T00:00:00Z')"));
        execute(source,
                QStringLiteral("INSERT INTO daily_metrics (channel_id, metric, day, key_hash, value, batch_id) VALUES "
                               "(5, 'followers_gained', '2017-01-01', -9223372036854775807, 1e-300, 9), "
                               "(5, 'followers_lost', '2017-01-01', 9223372036854775807, 123456789012.25, 9)"));
        const QString there = otherPlace();
        const WorkspaceCopy::Result out = WorkspaceCopy::run(source, there, {});
        QVERIFY2(out.ok(), qPrintable(out.message));
        const QString back = newFile();
        const WorkspaceCopy::Result r = WorkspaceCopy::run(there, back, {});
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(sortedDumpOf(back), sortedDumpOf(source));
        for (const QString &place : { there, back }) {
            QCOMPARE(valueOf(place, QStringLiteral("SELECT name FROM pillars WHERE id = 7")).toString(),
                     QStringLiteral("Über ✓ 'quoted' \"double\" ; -- not SQL"));
            QCOMPARE(valueOf(place, QStringLiteral("SELECT target_share FROM pillars WHERE id = 7")).toDouble(), 0.1 + 0.2);
            QVERIFY(valueOf(place, QStringLiteral("SELECT body FROM posts WHERE id = 42")).isNull());
            const QVariant notes = valueOf(place, QStringLiteral("SELECT notes FROM posts WHERE id = 42"));
            QVERIFY(!notes.isNull());
            QCOMPARE(notes.toString(), QString());
            QCOMPARE(valueOf(place, QStringLiteral("SELECT title FROM posts WHERE id = 42")).toString(),
                     QStringLiteral("Line one\nline two"));
            QCOMPARE(valueOf(place, QStringLiteral("SELECT key_hash FROM daily_metrics WHERE metric = 'followers_gained'"))
                         .toLongLong(),
                     Q_INT64_C(-9223372036854775807));
            QCOMPARE(
                valueOf(place, QStringLiteral("SELECT value FROM daily_metrics WHERE metric = 'followers_gained'")).toDouble(),
                1e-300);
            QCOMPARE(valueOf(place, QStringLiteral("SELECT value FROM daily_metrics WHERE metric = 'followers_lost'")).toDouble(),
                     123456789012.25);
        }
    }

    void blobsBooleansAndTimestampsConvert()
    {
        // Beamline's schema keeps flags as integers and instants as text; a column of the other
        // kinds (a later migration, another engine's native type) converts too.
        const QString source = newFile();
        const QString there = onPostgres() ? otherPlace() : newFile();
        const QString back = newFile();
        for (const QString &place : { source, there, back }) {
            WorkspaceOpener::Result opened;
            QVERIFY(Workspace::open(place, WorkspaceOpener::Mode::CreateIfMissing, &opened));
            execute(place,
                    ServerLocation::isServer(place)
                        ? QStringLiteral(
                            "CREATE TABLE extras (id BIGINT PRIMARY KEY, data BYTEA, flag BOOLEAN, at TIMESTAMP WITH TIME ZONE)")
                        : QStringLiteral("CREATE TABLE extras (id INTEGER PRIMARY KEY, data BLOB, flag BOOLEAN, at TEXT)"));
        }
        execute(source,
                QStringLiteral("INSERT INTO extras VALUES (1, x'00ff0a27', 1, '2017-01-01T10:00:00Z'), (2, NULL, 0, NULL)"));
        QVERIFY(WorkspaceCopy::run(source, there, {}).ok());
        const WorkspaceCopy::Result r = WorkspaceCopy::run(there, back, {});
        QVERIFY2(r.ok(), qPrintable(r.message));
        for (const QString &place : { there, back }) {
            QCOMPARE(valueOf(place, QStringLiteral("SELECT data FROM extras WHERE id = 1")).toByteArray(),
                     QByteArray("\x00\xff\x0a\x27", 4));
            QVERIFY(valueOf(place, QStringLiteral("SELECT data FROM extras WHERE id = 2")).isNull());
            QCOMPARE(valueOf(place, QStringLiteral("SELECT flag FROM extras WHERE id = 1")).toBool(), true);
            QCOMPARE(valueOf(place, QStringLiteral("SELECT flag FROM extras WHERE id = 2")).toBool(), false);
            QVERIFY(valueOf(place, QStringLiteral("SELECT at FROM extras WHERE id = 2")).isNull());
        }
        QCOMPARE(valueOf(back, QStringLiteral("SELECT at FROM extras WHERE id = 1")).toString(),
                 QStringLiteral("2017-01-01T10:00:00Z"));
        QCOMPARE(valueOf(there, QStringLiteral("SELECT at FROM extras WHERE id = 1")).toDateTime().toUTC(),
                 QDateTime(QDate(2017, 1, 1), QTime(10, 0), QTimeZone::utc()));
    }
};

QTEST_GUILESS_MAIN(tst_WorkspaceCopy)
#include "tst_workspacecopy.moc"
