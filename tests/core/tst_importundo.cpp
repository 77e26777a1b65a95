// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <core/import/importer.h>
#include <core/services/importedits.h>
#include <core/workspace/writer.h>

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QStringEncoder>
#include <QTest>

using namespace Beamline;
using namespace Beamline::Test;

// Imports as steps of the undo history (ImportEdit): undone, then redone, they leave exactly
// the figures of the imports made directly, whatever the order.
class tst_ImportUndo : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_files;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_files.filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
        return path;
    }
    static qint64 importFile(TestWorkspace &ws, const QString &path)
    {
        ImportOptions options;
        options.timeZone = QTimeZone("Europe/Zurich");
        const ImportReport report = Importer(ws.workspace().database(), options).importFile(path);
        if (report.failed() || report.batchIds.size() != 1) {
            qWarning() << report.error;
            return 0;
        }
        return report.batchIds.first();
    }
    static bool apply(TestWorkspace &ws, ImportEdit &edit, bool forward)
    {
        const WriteResult result = ws.workspace().writer().run([&](WriteScope &scope) { edit.apply(scope, forward); });
        if (!result.ok)
            qWarning() << result.message << result.detail;
        return result.ok;
    }
    // Instagram follows per day (UTF-16 with a BOM, as Meta exports them).
    QString follows(const QString &name, const QString &rows)
    {
        QStringEncoder utf16(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        return write(name, utf16(QStringLiteral("sep=,\n\"Instagram follows\"\n\"Date\",\"Primary\"\n") + rows));
    }
    static int followsHeld(TestWorkspace &ws)
    {
        return scalar(ws.db(), QStringLiteral("SELECT COALESCE(SUM(value), 0) FROM daily_metrics WHERE superseded_by IS NULL"))
            .toInt();
    }
    static int followsOn(TestWorkspace &ws, const QString &day)
    {
        return scalar(ws.db(),
                      QStringLiteral("SELECT value FROM daily_metrics WHERE superseded_by IS NULL AND day = '%1'").arg(day))
            .toInt();
    }
    // An X account content export with the given (id, impressions, likes) rows.
    QString xContent(const QString &name, const QList<std::tuple<QString, int, int>> &rows)
    {
        QByteArray out
            = "Post id,Date,Post text,Post Link,Impressions,Likes,Engagements,Bookmarks,Shares,New follows,Replies,Reposts,"
              "Profile visits,Detail Expands,URL Clicks,Hashtag Clicks,Permalink Clicks";
        for (const auto &row : rows) {
            const QString id = std::get<0>(row);
            const QDate day
                = QDateTime::fromMSecsSinceEpoch(qint64(id.toULongLong() >> 22) + Q_INT64_C(1288834974657), QTimeZone::utc())
                      .date();
            out += "\n" + id.toLatin1() + ",\"" + QLocale::c().toString(day, QStringLiteral("ddd, MMM d, yyyy")).toLatin1()
                + "\",Post " + id.right(4).toLatin1() + ",https://x.com/examplelab/status/" + id.toLatin1() + ","
                + QByteArray::number(std::get<1>(row)) + "," + QByteArray::number(std::get<2>(row)) + ",10,1,1,0,2,3,4,5,6,7,8";
        }
        return write(name, out);
    }
    static QString idAt(QDate day, int n)
    {
        const qint64 ms = QDateTime(day, QTime(10, n), QTimeZone::utc()).toMSecsSinceEpoch() - Q_INT64_C(1288834974657);
        return QString::number((ms << 22) + n);
    }
    static QVariant likesOf(TestWorkspace &ws, const QString &externalId)
    {
        return scalar(ws.db(),
                      QStringLiteral("SELECT s.likes FROM post_snapshots s JOIN platform_posts p ON p.id = s.platform_post_id "
                                     "WHERE s.is_current = 1 AND p.external_id = '%1'")
                          .arg(externalId));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void dailyFiguresComeBackWhateverTheOrder()
    {
        TestWorkspace ws;
        // Jan 1-3, then Jan 2-4 (taken later: it holds Jan 3). Jan 2 is a day without follows: 0.
        const qint64 first
            = importFile(ws,
                         follows(QStringLiteral("Jan-01-2026_Jan-03-2026_follows.csv"),
                                 QStringLiteral("\"2026-01-01T00:00:00\",\"4\"\n\"2026-01-03T00:00:00\",\"2\"\n")));
        const qint64 second
            = importFile(ws,
                         follows(QStringLiteral("Jan-02-2026_Jan-04-2026_follows.csv"),
                                 QStringLiteral("\"2026-01-03T00:00:00\",\"3\"\n\"2026-01-04T00:00:00\",\"5\"\n")));
        QVERIFY(first > 0 && second > 0);
        QCOMPARE(followsHeld(ws), 4 + 0 + 3 + 5);
        const QString direct = dumpContent(ws.db());

        ImportEdit importFirst({ first }, true), importSecond({ second }, true);
        // Undo both, newest first: nothing is left.
        QVERIFY(apply(ws, importSecond, false));
        QCOMPARE(followsHeld(ws), 4 + 0 + 2);
        QCOMPARE(followsOn(ws, QStringLiteral("2026-01-03")), 2);
        QVERIFY(apply(ws, importFirst, false));
        QCOMPARE(followsHeld(ws), 0);
        // Redo the older one first: Jan 3 is 2 until the newer export is back.
        QVERIFY(apply(ws, importFirst, true));
        QCOMPARE(followsHeld(ws), 4 + 0 + 2);
        QVERIFY(apply(ws, importSecond, true));
        QCOMPARE(followsHeld(ws), 4 + 0 + 3 + 5);
        QCOMPARE(dumpContent(ws.db()), direct);

        // The older one undone and redone while the newer stays: the newer keeps Jan 3.
        QVERIFY(apply(ws, importFirst, false));
        QCOMPARE(followsHeld(ws), 0 + 3 + 5);
        QVERIFY(apply(ws, importFirst, true));
        QCOMPARE(followsOn(ws, QStringLiteral("2026-01-03")), 3);
        QCOMPARE(followsHeld(ws), 4 + 0 + 3 + 5);
        QCOMPARE(dumpContent(ws.db()), direct);
    }

    void postsAndTheirNewestSnapshotsComeBack()
    {
        TestWorkspace ws;
        const QString a = idAt({ 2026, 1, 5 }, 1), b = idAt({ 2026, 1, 20 }, 2), c = idAt({ 2026, 2, 10 }, 3);
        // 28 days to Jan 31, then 90 days to Feb 28: the later export has grown numbers and c.
        const qint64 early = importFile(
            ws,
            xContent(QStringLiteral("account_analytics_content_2026-01-04_2026-01-31.csv"), { { a, 100, 5 }, { b, 200, 7 } }));
        const qint64 late = importFile(ws,
                                       xContent(QStringLiteral("account_analytics_content_2025-12-01_2026-02-28.csv"),
                                                { { a, 150, 9 }, { b, 200, 7 }, { c, 50, 1 } }));
        QVERIFY(early > 0 && late > 0);
        QCOMPARE(likesOf(ws, a).toInt(), 9);
        const QString direct = dumpContent(ws.db());

        ImportEdit importLate({ late }, true);
        QVERIFY(apply(ws, importLate, false));
        QCOMPARE(likesOf(ws, a).toInt(), 5);
        QVERIFY(!likesOf(ws, c).isValid()); // known only through the late export: gone with it
        QVERIFY(apply(ws, importLate, true));
        QCOMPARE(likesOf(ws, a).toInt(), 9);
        QCOMPARE(likesOf(ws, c).toInt(), 1);
        QCOMPARE(dumpContent(ws.db()), direct);

        // The early one undone and redone under the late one: the late snapshot stays current.
        ImportEdit importEarly({ early }, true);
        QVERIFY(apply(ws, importEarly, false));
        QCOMPARE(likesOf(ws, a).toInt(), 9);
        QVERIFY(apply(ws, importEarly, true));
        QCOMPARE(likesOf(ws, a).toInt(), 9);
        QCOMPARE(dumpContent(ws.db()), direct);
    }

    void webTrafficComesBackWithTheNewestExportsValues()
    {
        TestWorkspace ws;
        auto ga4 = [&](const char *name, const char *start, const char *end, const QByteArray &rows) {
            const QByteArray head
                = QByteArray("# ----------------------------------------\n# Traffic acquisition: Session source / medium\n")
                + "# Account: Lab\n# Property: lab.example - GA4\n# ----------------------------------------\n#\n# All Users\n"
                + "# Start date: " + start + "\n# End date: " + end + "\nSession source / medium,Date,Sessions,Engagement rate\n";
            return importFile(ws, write(QString::fromLatin1(name), head + rows));
        };
        // Instagram sessions per day in the daily web summary (-1: no row).
        auto instagram = [&](const char *day) {
            const QVariant v
                = scalar(ws.db(),
                         QStringLiteral("SELECT sessions FROM web_channel_days WHERE report = 'source_medium' AND day = "
                                        "'%1' AND platform = 'instagram'")
                             .arg(QLatin1String(day)));
            return v.isValid() ? v.toInt() : -1;
        };
        const QString rows = QStringLiteral("SELECT %1 FROM (SELECT id || ':' || live AS line FROM web_traffic ORDER BY id) t")
                                 .arg(joined(QStringLiteral("line"), QStringLiteral(" ")));
        const qint64 first = ga4("first.csv", "20240101", "20240102",
                                 "l.instagram.com / referral,20240101,10,0.5\ngoogle / organic,20240101,30,0.25\ninstagram / "
                                 "story,20240102,20,0.75\n");
        // The later export gives day 2 again (25 sessions) and day 3.
        const qint64 second = ga4("second.csv", "20240102", "20240103",
                                  "instagram / story,20240102,25,0.75\nl.instagram.com / referral,20240103,5,0.5\n");
        QVERIFY(first > 0 && second > 0);
        QCOMPARE(instagram("2024-01-02"), 25);
        const QString direct = scalar(ws.db(), rows).toString();

        ImportEdit importFirst({ first }, true), importSecond({ second }, true);
        QVERIFY(apply(ws, importFirst, false));
        QCOMPARE(instagram("2024-01-01"), -1);
        QCOMPARE(instagram("2024-01-02"), 25);
        QVERIFY(apply(ws, importFirst, true));
        QCOMPARE(instagram("2024-01-01"), 10);
        QCOMPARE(instagram("2024-01-02"), 25); // the later export still holds day 2
        QCOMPARE(instagram("2024-01-03"), 5);
        QCOMPARE(scalar(ws.db(), rows).toString(), direct);

        QVERIFY(apply(ws, importSecond, false));
        QCOMPARE(instagram("2024-01-02"), 20);
        QCOMPARE(instagram("2024-01-03"), -1);
        QVERIFY(apply(ws, importSecond, true));
        QCOMPARE(instagram("2024-01-02"), 25);
        QCOMPARE(instagram("2024-01-03"), 5);
        QCOMPARE(scalar(ws.db(), rows).toString(), direct);
    }

    void anUndoOfTheDataPageIsTakenBack()
    {
        TestWorkspace ws;
        const qint64 batch
            = importFile(ws,
                         follows(QStringLiteral("Jan-01-2026_Jan-03-2026_follows.csv"),
                                 QStringLiteral("\"2026-01-01T00:00:00\",\"4\"\n\"2026-01-03T00:00:00\",\"2\"\n")));
        const QString direct = dumpContent(ws.db());
        ImportEdit undo({ batch }, false);
        QVERIFY(apply(ws, undo, true));
        QVERIFY(undo.changedAny());
        QCOMPARE(followsHeld(ws), 0);
        QVERIFY(apply(ws, undo, false));
        QCOMPARE(followsHeld(ws), 4 + 0 + 2);
        QCOMPARE(dumpContent(ws.db()), direct);
        // Undoing an import that is undone already changes nothing and says so.
        QVERIFY(apply(ws, undo, true));
        ImportEdit again({ batch }, false);
        QVERIFY(apply(ws, again, true));
        QVERIFY(!again.changedAny());
        // An import on the undo stack that someone undid meanwhile: the step fails.
        ImportEdit imported({ batch }, true);
        const WriteResult result = ws.workspace().writer().run([&](WriteScope &scope) { imported.apply(scope, false); });
        QVERIFY(!result.ok);
    }
};

QTEST_GUILESS_MAIN(tst_ImportUndo)
#include "tst_importundo.moc"
