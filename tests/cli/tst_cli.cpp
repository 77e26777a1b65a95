// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <core/db/workspaceopener.h>
#include <core/workspace/workspace.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFileInfo>
#include <QImage>
#include <QFile>
#include <QProcess>
#include <QTest>

using namespace Beamline::Test;
using Beamline::WorkspaceOpener;

// The headless commands, run as a user (or a script) runs them: no display.
class tst_Cli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<ServerDatabase>> m_servers;

    // Where a test's workspace lives: a file in the temporary folder, or (tst_cli_postgresql) a
    // new database on the test server, given to --db as its postgresql:// address.
    QString workspace(const QString &fileName)
    {
        if (!onPostgres())
            return m_dir.filePath(fileName);
        m_servers.push_back(std::make_unique<ServerDatabase>());
        return m_servers.back()->location();
    }

    // The demo workspace, a file made once for the tests that only read it.
    QString demoFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("copy-demo.beamline"));
        if (!QFile::exists(path) && beamline({QStringLiteral("demo"), path}).exitCode != 0)
            qFatal("could not create the demo workspace");
        return path;
    }

    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run beamline(const QStringList &arguments, const QString &language = QStringLiteral("C.UTF-8"))
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("LANG"), language);
        env.insert(QStringLiteral("LC_ALL"), language);
        env.remove(QStringLiteral("LANGUAGE"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(BEAMLINE_EXECUTABLE), arguments);
        if (!process.waitForFinished(120000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

private Q_SLOTS:
    void version()
    {
        const Run r = beamline({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QLatin1String("beamline ")));
    }

    void helpListsCommands()
    {
        const Run r = beamline({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *command : {"import", "info", "demo", "series", "plan", "export-ics", "import-plan", "stats", "daily", "channel", "pillar",
                                    "person", "workspace"})
            QVERIFY2(r.out.contains(QLatin1String(command)), command);
        QVERIFY(r.out.contains(QLatin1String("--db")));
    }

    void unknownCommandIsRefused()
    {
        // A mistyped command says so instead of trying to open the window.
        const Run r = beamline({QStringLiteral("foo")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("“foo” is not a command")), qPrintable(r.err));
        QVERIFY(!r.err.contains(QLatin1String("display")));
    }

    void channelAddAndList()
    {
        const QString db = m_dir.filePath(QStringLiteral("channels.beamline"));
        Run r = beamline({QStringLiteral("channel"), QStringLiteral("add"), QStringLiteral("--db"), db, QStringLiteral("instagram"),
                          QStringLiteral("lhclab"), QStringLiteral("--name"), QStringLiteral("LHC Lab")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("“LHC Lab”")), qPrintable(r.out));
        r = beamline({QStringLiteral("channel"), QStringLiteral("add"), QStringLiteral("--db"), db, QStringLiteral("x"), QStringLiteral("@lhclab")});
        QCOMPARE(r.exitCode, 0);
        r = beamline({QStringLiteral("channel"), QStringLiteral("add"), QStringLiteral("--db"), db, QStringLiteral("facebook"),
                      QStringLiteral("ExamplePhysicsLab"), QStringLiteral("--limit"), QStringLiteral("5000")});
        QCOMPARE(r.exitCode, 0);
        // The same account again (another case) is refused and changes nothing.
        r = beamline({QStringLiteral("channel"), QStringLiteral("add"), QStringLiteral("--db"), db, QStringLiteral("instagram"), QStringLiteral("LHCLab")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("already has a channel")), qPrintable(r.err));
        r = beamline({QStringLiteral("channel"), QStringLiteral("add"), QStringLiteral("--db"), db, QStringLiteral("myspace"), QStringLiteral("lab")});
        QCOMPARE(r.exitCode, 2);

        r = beamline({QStringLiteral("channel"), QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray channels = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(channels.size(), 3);
        // In the order they were added, with their names and limits.
        QCOMPARE(channels.at(0)[QStringLiteral("platform")].toString(), QStringLiteral("instagram"));
        QCOMPARE(channels.at(0)[QStringLiteral("handle")].toString(), QStringLiteral("lhclab"));
        QCOMPARE(channels.at(0)[QStringLiteral("name")].toString(), QStringLiteral("LHC Lab"));
        QCOMPARE(channels.at(0)[QStringLiteral("char_limit")].toInt(), 2200);
        QCOMPARE(channels.at(1)[QStringLiteral("platform")].toString(), QStringLiteral("x"));
        QCOMPARE(channels.at(1)[QStringLiteral("handle")].toString(), QStringLiteral("lhclab"));
        QCOMPARE(channels.at(1)[QStringLiteral("char_limit")].toInt(), 280);
        QCOMPARE(channels.at(2)[QStringLiteral("char_limit")].toInt(), 5000);
        r = beamline({QStringLiteral("channel"), QStringLiteral("list"), QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 3);
        QVERIFY(r.out.contains(QLatin1String("ExamplePhysicsLab")));
    }

    void noOptionCollidesWithQt()
    {
        // --platform and --style belong to Qt: a command never takes them, so they are
        // refused as unknown options rather than loading a platform plugin.
        const QString db = m_dir.filePath(QStringLiteral("collide.beamline"));
        for (const char *option : {"--platform", "--style"}) {
            const Run r = beamline({QStringLiteral("channel"), QStringLiteral("add"), QLatin1String(option), QStringLiteral("x"),
                                    QStringLiteral("--db"), db});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(QStringLiteral("Unknown option")), qPrintable(r.err));
            QVERIFY(!r.err.contains(QLatin1String("plugin")));
        }
        for (const QString &command : {QStringLiteral("channel add"), QStringLiteral("channel list"), QStringLiteral("pillar add"),
                                       QStringLiteral("pillar list")}) {
            const Run help = beamline(command.split(QLatin1Char(' ')) + QStringList{QStringLiteral("--help")});
            QCOMPARE(help.exitCode, 0);
            for (const char *reserved : {"--platform", "--style", "--stylesheet", "--geometry", "--title", "--display", "--session"})
                QVERIFY2(!help.out.contains(QLatin1String(reserved) + QLatin1Char(' ')), reserved);
        }
    }

    void pillarAddAndList()
    {
        const QString db = m_dir.filePath(QStringLiteral("pillars.beamline"));
        Run r = beamline({QStringLiteral("pillar"), QStringLiteral("add"), QStringLiteral("--db"), db, QStringLiteral("Physics news"),
                          QStringLiteral("--target"), QStringLiteral("35")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("35 %")), qPrintable(r.out));
        r = beamline({QStringLiteral("pillar"), QStringLiteral("add"), QStringLiteral("--db"), db, QStringLiteral("Fun science"),
                      QStringLiteral("--target"), QStringLiteral("40%")});
        QCOMPARE(r.exitCode, 0);
        r = beamline({QStringLiteral("pillar"), QStringLiteral("add"), QStringLiteral("--db"), db, QStringLiteral("Human stories")});
        QCOMPARE(r.exitCode, 0);
        r = beamline({QStringLiteral("pillar"), QStringLiteral("add"), QStringLiteral("--db"), db, QStringLiteral("physics NEWS")});
        QCOMPARE(r.exitCode, 1);
        r = beamline({QStringLiteral("pillar"), QStringLiteral("add"), QStringLiteral("--db"), db, QStringLiteral("Too much"),
                      QStringLiteral("--target"), QStringLiteral("140")});
        QCOMPARE(r.exitCode, 2);
        r = beamline({QStringLiteral("pillar"), QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray pillars = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(pillars.size(), 3);
        QCOMPARE(pillars.at(0)[QStringLiteral("name")].toString(), QStringLiteral("Physics news"));
        QCOMPARE(pillars.at(0)[QStringLiteral("target_percent")].toDouble(), 35.0);
        QCOMPARE(pillars.at(1)[QStringLiteral("target_percent")].toDouble(), 40.0);
        QVERIFY(pillars.at(2)[QStringLiteral("target_percent")].isNull());
        // 35 + 40 = 75; a fourth pillar of 30 % takes the total to 105 %, which is said.
        r = beamline({QStringLiteral("pillar"), QStringLiteral("list"), QStringLiteral("--db"), db});
        QVERIFY2(r.out.contains(QStringLiteral("add up to 75 %.")), qPrintable(r.out));
        r = beamline({QStringLiteral("pillar"), QStringLiteral("add"), QStringLiteral("--db"), db, QStringLiteral("Community"),
                      QStringLiteral("--target"), QStringLiteral("30")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("105 %, more than 100 %")), qPrintable(r.out));
    }

    void personAddAndList()
    {
        const QString db = workspace(QStringLiteral("people.beamline"));
        Run r = beamline({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--db"), db, QStringLiteral("Anna Keller"),
                          QStringLiteral("--login"), QStringLiteral("anna"), QStringLiteral("--role"), QStringLiteral("approver")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Added Anna Keller (Approver), who signs in as “anna”.")), qPrintable(r.out));
        r = beamline({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--db"), db, QStringLiteral("Ben"),
                      QStringLiteral("--role"), QStringLiteral("viewer"), QStringLiteral("--login"), QStringLiteral("ben"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object()[QStringLiteral("role")].toString(), QStringLiteral("viewer"));
        // A role that does not exist, a login already taken.
        r = beamline({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--db"), db, QStringLiteral("Carla"),
                      QStringLiteral("--role"), QStringLiteral("owner")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("“owner” is not a role (editor, approver, viewer)")), qPrintable(r.err));
        r = beamline({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--db"), db, QStringLiteral("Carla"),
                      QStringLiteral("--login"), QStringLiteral("anna")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Anna Keller already signs in as “anna”.")), qPrintable(r.err));
        // "me": who edits a file; on a server the database role says it instead.
        r = beamline({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--db"), db, QStringLiteral("Carla"), QStringLiteral("--me")});
        QCOMPARE(r.exitCode, onPostgres() ? 2 : 0);
        r = beamline({QStringLiteral("person"), QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray people = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(people.size(), onPostgres() ? 2 : 3);
        QCOMPARE(people.at(0)[QStringLiteral("name")].toString(), QStringLiteral("Anna Keller"));
        QCOMPARE(people.at(0)[QStringLiteral("login")].toString(), QStringLiteral("anna"));
        QCOMPARE(people.at(0)[QStringLiteral("role")].toString(), QStringLiteral("approver"));
        QVERIFY(people.at(1)[QStringLiteral("email")].isNull());
        if (!onPostgres()) {
            QCOMPARE(people.at(2)[QStringLiteral("name")].toString(), QStringLiteral("Carla"));
            QVERIFY(people.at(2)[QStringLiteral("me")].toBool());
            QVERIFY(!people.at(0)[QStringLiteral("me")].toBool());
            r = beamline({QStringLiteral("person"), QStringLiteral("list"), QStringLiteral("--db"), db});
            QVERIFY2(r.out.contains(QStringLiteral("Carla")) && r.out.contains(QStringLiteral("(you)")), qPrintable(r.out));
        }
    }

    void formatMessagesFollowTheLanguage()
    {
        // The formats' names and read errors are translated like every other message.
        const Run list = beamline({QStringLiteral("import"), QStringLiteral("--list-formats")}, QStringLiteral("fr_FR.UTF-8"));
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains(QStringLiteral("Activité des tweets X")), qPrintable(list.out));
        QFile file(m_dir.filePath(QStringLiteral("not-tweets.csv")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("a,b\n1,2\n");
        file.close();
        const Run r = beamline({QStringLiteral("import"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("fr.beamline")),
                                QStringLiteral("--format"), QStringLiteral("x-tweet-activity"), file.fileName()},
                               QStringLiteral("fr_FR.UTF-8"));
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("not-tweets.csv:1:1: aucun en-tête d’activité des tweets trouvé")), qPrintable(r.err));
    }

    void listFormatsNamesLanguages()
    {
        const Run list = beamline({QStringLiteral("import"), QStringLiteral("--list-formats")});
        QCOMPARE(list.exitCode, 0);
        QStringList content;
        for (const QString &line : list.out.split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("x-account-content ")))
                content.append(line);
        }
        QCOMPARE(content.size(), 1);
        QVERIFY2(content.first().endsWith(QLatin1String("(en, fr, de, es, it, pt, ja)")), qPrintable(content.first()));
        for (const QString &line : list.out.split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("matomo ")) || line.startsWith(QLatin1String("matomo-scheduled ")))
                QVERIFY2(line.endsWith(QLatin1String("(en, de, fr, es, it, nl, pt, pt-br)")), qPrintable(line));
            if (line.startsWith(QLatin1String("ga-universal ")))
                QVERIFY2(line.endsWith(QLatin1String("(en, nl, de, fr, es, it, pt)")), qPrintable(line));
        }
        for (const char *id : {"x-daily-activity", "facebook-insights-page-daily", "linkedin-visitors", "matomo-scheduled"})
            QVERIFY2(list.out.contains(QLatin1String(id) + QLatin1Char(' ')), id);
    }

    void devicesAreRefused()
    {
        const Run r = beamline({QStringLiteral("import"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("dev.beamline")), QStringLiteral("/dev/zero")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QLatin1String("zero: this is not a regular file")), qPrintable(r.err));
    }

    void demoWithoutDisplay()
    {
        const QString path = m_dir.filePath(QStringLiteral("demo.beamline"));
        const Run r = beamline({QStringLiteral("--demo"), path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QFile::exists(path));
        const Run info = beamline({QStringLiteral("info"), QStringLiteral("--db"), path, QStringLiteral("--json")});
        QCOMPARE(info.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(info.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("demo")).toBool(), true);
        QVERIFY(o.value(QStringLiteral("counts")).toObject().value(QStringLiteral("platform_posts")).toInt() > 500);
    }

    void importHumanOutput()
    {
        const QString db = workspace(QStringLiteral("human.beamline")); // created by the import
        const Run r = beamline({QStringLiteral("import"), QStringLiteral("--db"), db, sample(QStringLiteral("x/account_overview_analytics.csv")),
                                sample(QStringLiteral("meta/Jan-01-2026_Jan-31-2026_17841400123456789.csv"))});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).endsWith(QLatin1String("x-account-overview, 364 added, 0 updated, 0 unchanged, 0 skipped")));
        QVERIFY(lines.at(1).endsWith(QLatin1String("meta-instagram-posts, 15 added, 0 updated, 0 unchanged, 0 skipped")));
    }

    void importJsonAndExitStatus()
    {
        const QString db = workspace(QStringLiteral("json.beamline"));
        const QStringList files = {sample(QStringLiteral("ga4/Traffic_acquisition_Session_primary_channel_group_(Default_Channel_Group).csv")),
                                   sample(QStringLiteral("broken/tweet_activity_metrics_examplelab_20170101_20170201_en_truncated.csv"))};
        const Run r = beamline(QStringList{QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--json")} + files);
        QCOMPARE(r.exitCode, 1); // one file failed
        QJsonParseError error;
        const QJsonArray results = QJsonDocument::fromJson(r.out.toUtf8(), &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError); // nothing else on stdout
        QCOMPARE(results.size(), 2);
        const QJsonObject ok = results.at(0).toObject();
        QCOMPARE(ok.keys(), (QStringList{"added", "duplicates", "error", "file", "format", "needs_period", "older", "skipped", "skipped_rows",
                                          "unchanged", "updated", "warnings"}));
        QCOMPARE(ok.value(QStringLiteral("format")).toString(), QStringLiteral("ga4"));
        QCOMPARE(ok.value(QStringLiteral("added")).toInt(), 39); // 7 channel groups, the grand total, 31 days
        QVERIFY(ok.value(QStringLiteral("error")).isNull());
        const QJsonObject failed = results.at(1).toObject();
        QVERIFY(failed.value(QStringLiteral("error")).toString().contains(QRegularExpression(QStringLiteral(":\\d+:\\d+: unterminated quoted field"))));
        QCOMPARE(failed.value(QStringLiteral("added")).toInt(), 0);

        // Again: the good file changes nothing.
        const Run again = beamline({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--json"), files.at(0)});
        QCOMPARE(again.exitCode, 0);
        const QJsonObject second = QJsonDocument::fromJson(again.out.toUtf8()).array().at(0).toObject();
        QCOMPARE(second.value(QStringLiteral("added")).toInt(), 0);
        QCOMPARE(second.value(QStringLiteral("unchanged")).toInt(), 39);
    }

    void importAsksForThePeriod()
    {
        // Matomo's raw export under a name without a period, rows without dates.
        const QString file = m_dir.filePath(QStringLiteral("visits.csv"));
        QVERIFY(QFile::copy(QStringLiteral(BEAMLINE_TEST_DATA_DIR "/web/real/matomo/test_csvExport_xp0__VisitsSummary.get_day.csv"), file));
        const QString db = m_dir.filePath(QStringLiteral("period.beamline"));
        const Run asked = beamline({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--json"), file});
        QCOMPARE(asked.exitCode, 1);
        const QJsonObject result = QJsonDocument::fromJson(asked.out.toUtf8()).array().at(0).toObject();
        QCOMPARE(result.value(QStringLiteral("needs_period")).toBool(), true);
        QVERIFY2(result.value(QStringLiteral("error")).toString().contains(QLatin1String("--period FROM..TO")), qPrintable(asked.out));
        const Run given = beamline({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--period"),
                                    QStringLiteral("2010-01-03..2010-01-03"), file});
        QCOMPARE(given.exitCode, 0);
        QVERIFY2(given.out.contains(QLatin1String("matomo, 1 added")), qPrintable(given.out));
        for (const char *bad : {"2010-01-04..2010-01-03", "January", "2010-01-01..2010-01-02..2010-01-03"}) {
            const Run r = beamline({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--period"), QLatin1String(bad), file});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(QLatin1String("is not a period")), qPrintable(r.err));
        }
    }

    void importUsageErrors()
    {
        QCOMPARE(beamline({QStringLiteral("import"), sample(QStringLiteral("ga4"))}).exitCode, 2); // no --db
        const Run noFiles = beamline({QStringLiteral("import"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("x.beamline"))});
        QCOMPARE(noFiles.exitCode, 2);
        QVERIFY(noFiles.err.contains(QLatin1String("at least one file")));
        const Run zone = beamline({QStringLiteral("import"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("x.beamline")),
                                   QStringLiteral("--time-zone"), QStringLiteral("Mars/Olympus"), sample(QStringLiteral("ga4"))});
        QCOMPARE(zone.exitCode, 2);
        QVERIFY(zone.err.contains(QLatin1String("Mars/Olympus")));
    }

    void refusesAForeignWorkspace()
    {
        const QString notes = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile f(notes);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("shopping list");
        f.close();
        const Run r = beamline({QStringLiteral("import"), QStringLiteral("--db"), notes, sample(QStringLiteral("x/account_overview_analytics.csv"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("not a Beamline workspace")));
        f.open(QIODevice::ReadOnly);
        QCOMPARE(f.readAll(), QByteArray("shopping list"));
    }

    void seriesAddThenPlan()
    {
        const QString db = workspace(QStringLiteral("plan.beamline"));
        const Run tbt = beamline({QStringLiteral("series"), QStringLiteral("add"), QStringLiteral("--db"), db, QStringLiteral("--name"),
                                  QStringLiteral("#ThrowbackThursday"), QStringLiteral("--rrule"), QStringLiteral("FREQ=WEEKLY;BYDAY=TH"),
                                  QStringLiteral("--start"), QStringLiteral("2017-03-02T10:00"), QStringLiteral("--tz"),
                                  QStringLiteral("Europe/Zurich"), QStringLiteral("--channels"), QStringLiteral("x,instagram"),
                                  QStringLiteral("--exdate"), QStringLiteral("2017-03-16")});
        QCOMPARE(tbt.exitCode, 0);
        QVERIFY2(tbt.out.startsWith(QString::fromUtf8("Added “#ThrowbackThursday”: Every Thursday at 10:00 (Europe/Zurich).")), qPrintable(tbt.out));
        const Run ff = beamline({QStringLiteral("series"), QStringLiteral("add"), QStringLiteral("--db"), db, QStringLiteral("--name"),
                                 QStringLiteral("#FollowFriday"), QStringLiteral("--rrule"), QStringLiteral("FREQ=MONTHLY;BYDAY=-1FR"),
                                 QStringLiteral("--start"), QStringLiteral("2017-01-27T11:00"), QStringLiteral("--tz"),
                                 QStringLiteral("America/New_York"), QStringLiteral("--channels"), QStringLiteral("x"), QStringLiteral("--json")});
        QCOMPARE(ff.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(ff.out.toUtf8()).object().value(QStringLiteral("rrule")).toString(), QStringLiteral("FREQ=MONTHLY;BYDAY=-1FR"));

        // Across the spring change in both zones: Zurich's is on 03-26, New York's on 03-12.
        const Run plan = beamline({QStringLiteral("plan"), QStringLiteral("--db"), db, QStringLiteral("--from"), QStringLiteral("2017-03-01"),
                                   QStringLiteral("--to"), QStringLiteral("2017-04-01"), QStringLiteral("--json")});
        QCOMPARE(plan.exitCode, 0);
        const QJsonArray items = QJsonDocument::fromJson(plan.out.toUtf8()).array();
        QStringList seen;
        for (const QJsonValue &v : items) {
            const QJsonObject o = v.toObject();
            QStringList channels;
            for (const QJsonValue &c : o.value(QStringLiteral("channels")).toArray())
                channels.append(c.toString());
            seen.append(QStringLiteral("%1 %2 %3 %4").arg(o.value(QStringLiteral("start")).toString(), o.value(QStringLiteral("series")).toString(),
                                                      o.value(QStringLiteral("status")).toString(), channels.join(QLatin1Char(','))));
        }
        QCOMPARE(seen, (QStringList{"2017-03-02T10:00:00+01:00 #ThrowbackThursday missed x,instagram",
                                    "2017-03-09T10:00:00+01:00 #ThrowbackThursday missed x,instagram",
                                    "2017-03-23T10:00:00+01:00 #ThrowbackThursday missed x,instagram",
                                    "2017-03-30T10:00:00+02:00 #ThrowbackThursday missed x,instagram",
                                    "2017-03-31T11:00:00-04:00 #FollowFriday missed x"}));

        const QString ics = m_dir.filePath(QStringLiteral("march.ics"));
        const Run exported = beamline({QStringLiteral("export-ics"), QStringLiteral("--db"), db, QStringLiteral("--from"), QStringLiteral("2017-03-01"),
                                       QStringLiteral("--to"), QStringLiteral("2017-03-31"), ics});
        QCOMPARE(exported.exitCode, 0);
        QFile file(ics);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.startsWith("BEGIN:VCALENDAR"));
        QVERIFY(text.contains("RRULE:FREQ=WEEKLY;UNTIL=20170330T080000Z;BYDAY=TH"));
        QVERIFY(text.contains("EXDATE;TZID=Europe/Zurich:20170316T100000"));
        QVERIFY(text.contains("TZID:America/New_York"));
    }

    void seriesAddRefusesAndWritesNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QStringList good = {QStringLiteral("--name"), QStringLiteral("S"), QStringLiteral("--rrule"), QStringLiteral("FREQ=WEEKLY"),
                                  QStringLiteral("--start"), QStringLiteral("2017-01-05T10:00"), QStringLiteral("--tz"), QStringLiteral("Europe/Zurich")};
        auto with = [&](const QString &option, const QString &value) {
            QStringList list = good;
            const qsizetype i = list.indexOf(option);
            if (i >= 0)
                list[i + 1] = value;
            else
                list << option << value;
            return list;
        };
        QTest::newRow("weekday") << with(QStringLiteral("--rrule"), QStringLiteral("FREQ=WEEKLY;BYDAY=THU")) << "--rrule: BYDAY: “THU”";
        QTest::newRow("frequency") << with(QStringLiteral("--rrule"), QStringLiteral("FREQ=BIWEEKLY")) << "--rrule: FREQ: “BIWEEKLY”";
        QTest::newRow("month day") << with(QStringLiteral("--rrule"), QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=32")) << "--rrule: BYMONTHDAY: 32";
        QTest::newRow("start") << with(QStringLiteral("--start"), QStringLiteral("2017-02-30T10:00")) << "--start: “2017-02-30T10:00”";
        QTest::newRow("start without time") << with(QStringLiteral("--start"), QStringLiteral("2017-01-05")) << "--start: “2017-01-05”";
        QTest::newRow("zone") << with(QStringLiteral("--tz"), QStringLiteral("Europe/Geneva")) << "--tz: “Europe/Geneva”";
        QTest::newRow("abbreviation") << with(QStringLiteral("--tz"), QStringLiteral("CET")) << "--tz: “CET”";
        QTest::newRow("channel") << with(QStringLiteral("--channels"), QStringLiteral("x,tiktok")) << "--channels: “tiktok”";
        QTest::newRow("exdate format") << with(QStringLiteral("--exdate"), QStringLiteral("05/01/2017")) << "--exdate: “05/01/2017”";
        QTest::newRow("exdate not a slot") << with(QStringLiteral("--exdate"), QStringLiteral("2017-01-06")) << "--exdate: the series has no occurrence on 2017-01-06";
    }

    void seriesAddRefusesAndWritesNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const QString db = workspace(QStringLiteral("refused-%1.beamline").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
        const Run r = beamline(QStringList{QStringLiteral("series"), QStringLiteral("add"), QStringLiteral("--db"), db} + arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(db)); // nothing written, not even a new workspace
    }

    void planRangeErrors()
    {
        const QString db = workspace(QStringLiteral("demo-range.beamline"));
        QCOMPARE(beamline({QStringLiteral("demo"), db}).exitCode, 0);
        const Run bad = beamline({QStringLiteral("plan"), QStringLiteral("--db"), db, QStringLiteral("--from"), QStringLiteral("2017-01-32"),
                                  QStringLiteral("--to"), QStringLiteral("2017-02-01")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(QString::fromUtf8("--from: “2017-01-32”")));
        const Run reversed = beamline({QStringLiteral("export-ics"), QStringLiteral("--db"), db, QStringLiteral("--from"), QStringLiteral("2017-02-01"),
                                       QStringLiteral("--to"), QStringLiteral("2017-01-01"), m_dir.filePath(QStringLiteral("never.ics"))});
        QCOMPARE(reversed.exitCode, 2);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.ics"))));
    }

    void planCsvRoundTripThroughTheCommandLine()
    {
        const QString db = workspace(QStringLiteral("demo-csv.beamline"));
        QCOMPARE(beamline({QStringLiteral("demo"), db}).exitCode, 0);
        const Run csv = beamline({QStringLiteral("plan"), QStringLiteral("--db"), db, QStringLiteral("--from"), QStringLiteral("2017-01-16"),
                                  QStringLiteral("--to"), QStringLiteral("2017-02-12"), QStringLiteral("--csv")});
        QCOMPARE(csv.exitCode, 0);
        // The demo's plan has gaps ahead of "today" (2017-01-18): empty slots in the CSV.
        QVERIFY(csv.out.contains(QLatin1String(",empty,")));
        QString edited = csv.out;
        edited.replace(QLatin1String("Guess What It Is: it was made by hand in 1957"), QLatin1String("Guess What It Is: hand-made in 1957"));
        const QString path = m_dir.filePath(QStringLiteral("plan.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(edited.toUtf8());
        file.close();
        const Run imported = beamline({QStringLiteral("import-plan"), QStringLiteral("--db"), db, path});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(imported.out.startsWith(QLatin1String("0 posts added, 1 updated")), qPrintable(imported.out + imported.err));
        const Run again = beamline({QStringLiteral("plan"), QStringLiteral("--db"), db, QStringLiteral("--from"), QStringLiteral("2017-01-16"),
                                    QStringLiteral("--to"), QStringLiteral("2017-02-12"), QStringLiteral("--csv")});
        QCOMPARE(again.out, edited);
    }

    void statsJsonTellsTheCampaignStory()
    {
        const QString db = workspace(QStringLiteral("demo-stats.beamline"));
        QCOMPARE(beamline({QStringLiteral("demo"), db}).exitCode, 0);
        const Run r = beamline({QStringLiteral("stats"), QStringLiteral("--db"), db, QStringLiteral("--from"), QStringLiteral("2016-11-14"),
                                QStringLiteral("--to"), QStringLiteral("2017-01-12"), QStringLiteral("--compare-from"), QStringLiteral("2016-09-15"),
                                QStringLiteral("--compare-to"), QStringLiteral("2016-11-13"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QStringLiteral("from")).toString(), QStringLiteral("2016-11-14"));
        QCOMPARE(o.value(QStringLiteral("days")).toInt(), 60);
        const QJsonObject ig = o.value(QStringLiteral("channels")).toObject().value(QStringLiteral("instagram")).toObject();
        for (const char *key : {"posts", "impressions", "likes", "comments", "shares", "interactions", "engagement_rate", "followers_gained",
                                "followers_per_day", "story_views", "mentions", "mentions_share"})
            QVERIFY2(ig.contains(QLatin1String(key)), key);
        // The talk's figures: 272 followers a day during the campaign against 232 before.
        QCOMPARE(ig.value(QStringLiteral("followers_per_day")).toDouble(), 272.0);
        const QJsonObject before = o.value(QStringLiteral("compare")).toObject();
        QCOMPARE(before.value(QStringLiteral("channels")).toObject().value(QStringLiteral("instagram")).toObject().value(QStringLiteral("followers_per_day")).toDouble(), 232.0);
        // Instagram's web visitors stay 5:02 (302 s); rates are fractions.
        const QJsonObject web = o.value(QStringLiteral("web")).toObject();
        QCOMPARE(qRound(web.value(QStringLiteral("by_channel")).toObject().value(QStringLiteral("instagram")).toObject().value(QStringLiteral("avg_session_seconds")).toDouble()), 302);
        QVERIFY(web.value(QStringLiteral("exit_rate")).toDouble() > 0 && web.value(QStringLiteral("exit_rate")).toDouble() < 1);
        for (const char *key : {"sessions", "users", "avg_session_seconds", "bounce_rate", "exit_rate", "by_channel"})
            QVERIFY2(web.contains(QLatin1String(key)), key);
        const QJsonArray top = o.value(QStringLiteral("top_posts")).toArray();
        QCOMPARE(top.size(), 10);
        QVERIFY(top.at(0).toObject().value(QStringLiteral("interactions")).toDouble() >= top.at(9).toObject().value(QStringLiteral("interactions")).toDouble());
        const QJsonObject mentions = o.value(QStringLiteral("mentions")).toObject();
        QVERIFY(mentions.value(QStringLiteral("total")).toInt() > 0);

        // A period with no data: no channels, web measures null rather than zero.
        const Run empty = beamline({QStringLiteral("stats"), QStringLiteral("--db"), db, QStringLiteral("--from"), QStringLiteral("2010-01-01"),
                                    QStringLiteral("--to"), QStringLiteral("2010-01-31"), QStringLiteral("--json")});
        const QJsonObject e = QJsonDocument::fromJson(empty.out.toUtf8()).object();
        QVERIFY(e.value(QStringLiteral("channels")).toObject().isEmpty());
        QVERIFY(e.value(QStringLiteral("web")).toObject().value(QStringLiteral("sessions")).isNull());
        QVERIFY(!e.contains(QStringLiteral("compare")));
        QCOMPARE(beamline({QStringLiteral("stats"), QStringLiteral("--db"), db, QStringLiteral("--from"), QStringLiteral("2017-01-40"),
                           QStringLiteral("--to"), QStringLiteral("2017-01-31")}).exitCode, 2);
    }

    void importAndStatsGiveTheSameJsonOnBothEngines()
    {
        // The same exports imported into a workspace file and into this run's workspace (on the
        // PostgreSQL run, a database on the test server): `stats --json` must be the same text,
        // to the last digit, for two periods that the files cover, and so must `daily`.
        const QString file = m_dir.filePath(QStringLiteral("engines-file.beamline"));
        const QString other = workspace(QStringLiteral("engines-other.beamline"));
        const QStringList files = {sample(QStringLiteral("x/tweet_activity_metrics_examplelab_20170101_20170201_en.csv")),
                                   sample(QStringLiteral("x/account_overview_analytics.csv")),
                                   sample(QStringLiteral("x/account_analytics_content_2026-01-01_2026-01-31.csv")),
                                   sample(QStringLiteral("meta/Jan-01-2026_Jan-31-2026_17841400123456789.csv")),
                                   sample(QStringLiteral("meta/Jan-01-2026_Jan-31-2026_104512345678901.csv")),
                                   sample(QStringLiteral("meta/Jan-01-2026_Jan-31-2026_Facebook-follows.csv")),
                                   sample(QStringLiteral("meta/Jan-01-2026_Jan-14-2026_Reach.csv")),
                                   sample(QStringLiteral("ga/Analytics All Web Site Data Landing Pages 20170101-20170131.csv")),
                                   sample(QStringLiteral("ga4/Traffic_acquisition_Session_primary_channel_group_(Default_Channel_Group).csv")),
                                   sample(QStringLiteral("matomo/Export _ Visits Overview _ 2017.csv")),
                                   sample(QStringLiteral("listening/meltwater_examplelab_classic_2024-03.csv")),
                                   sample(QStringLiteral("youtube/Content 2024-03-01_2024-03-31 Example Physics Lab.zip"))};
        for (const QString &db : {file, other}) {
            const Run imported = beamline(QStringList{QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--json")} + files);
            QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        }
        const QList<QStringList> periods = {
            {QStringLiteral("--from"), QStringLiteral("2017-01-01"), QStringLiteral("--to"), QStringLiteral("2017-01-31")},
            {QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2026-02-28")},
            {QStringLiteral("--from"), QStringLiteral("2024-03-01"), QStringLiteral("--to"), QStringLiteral("2024-03-31")}};
        for (const QStringList &period : periods) {
            for (const QString &command : {QStringLiteral("stats"), QStringLiteral("daily")}) {
                QStringList arguments = QStringList{command} + period + QStringList{QStringLiteral("--json")};
                if (command == QLatin1String("stats"))
                    arguments.append(QStringLiteral("--compare-previous"));
                const Run onFile = beamline(arguments + QStringList{QStringLiteral("--db"), file});
                const Run onOther = beamline(arguments + QStringList{QStringLiteral("--db"), other});
                QVERIFY2(onFile.exitCode == 0 && onOther.exitCode == 0, qPrintable(onFile.err + onOther.err));
                QVERIFY(onFile.out.size() > 200); // figures, not an empty object
                QCOMPARE(onOther.out, onFile.out);
            }
        }
    }

    void twoImportsAtOnceGiveTheFiguresOfTwoInARow()
    {
        // Two workstations import at the same moment, with overlapping files (the same X
        // overview in both, and two Instagram exports of one month): no duplicate, no lost row,
        // and the figures of the same imports one after the other.
        const QStringList first = {sample(QStringLiteral("x/account_overview_analytics.csv")),
                                   sample(QStringLiteral("meta/Jan-01-2026_Jan-31-2026_17841400123456789.csv")),
                                   sample(QStringLiteral("ga4/Traffic_acquisition_Session_primary_channel_group_(Default_Channel_Group).csv")),
                                   sample(QStringLiteral("listening/meltwater_examplelab_classic_2024-03.csv"))};
        const QStringList second = {sample(QStringLiteral("x/account_overview_analytics.csv")),
                                    sample(QStringLiteral("x/account_analytics_content_2026-01-01_2026-01-31.csv")),
                                    sample(QStringLiteral("meta/Jan-01-2026_Jan-31-2026_Facebook-follows.csv")),
                                    sample(QStringLiteral("meta/Jan-01-2026_Jan-14-2026_Reach.csv")),
                                    sample(QStringLiteral("listening/brandwatch_examplelab_mentions_2024-03.csv"))};
        // One after the other, in both orders: the race may run them either way.
        const QString inARow = workspace(QStringLiteral("in-a-row.beamline"));
        const QString reversed = workspace(QStringLiteral("reversed.beamline"));
        const QString atOnce = workspace(QStringLiteral("at-once.beamline"));
        for (const QStringList &files : {first, second}) {
            const Run r = beamline(QStringList{QStringLiteral("import"), QStringLiteral("--db"), inARow} + files);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        for (const QStringList &files : {second, first}) {
            const Run r = beamline(QStringList{QStringLiteral("import"), QStringLiteral("--db"), reversed} + files);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        // The workspace exists before the race (as a team's does); then both start together.
        {
            WorkspaceOpener::Result created;
            QVERIFY(Beamline::Workspace::open(atOnce, WorkspaceOpener::Mode::CreateIfMissing, &created));
        }
        QProcess a, b;
        for (QProcess *process : {&a, &b}) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove(QStringLiteral("DISPLAY"));
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
            process->setProcessEnvironment(env);
        }
        a.start(QStringLiteral(BEAMLINE_EXECUTABLE), QStringList{QStringLiteral("import"), QStringLiteral("--db"), atOnce} + first);
        b.start(QStringLiteral(BEAMLINE_EXECUTABLE), QStringList{QStringLiteral("import"), QStringLiteral("--db"), atOnce} + second);
        QVERIFY(a.waitForFinished(120000) && b.waitForFinished(120000));
        QVERIFY2(a.exitCode() == 0, a.readAllStandardError().constData());
        QVERIFY2(b.exitCode() == 0, b.readAllStandardError().constData());

        for (const QStringList &period : {QStringList{QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2026-02-28")},
                                          QStringList{QStringLiteral("--from"), QStringLiteral("2024-03-01"), QStringLiteral("--to"), QStringLiteral("2024-03-31")}}) {
            for (const QString &command : {QStringLiteral("stats"), QStringLiteral("daily")}) {
                const QStringList arguments = QStringList{command} + period + QStringList{QStringLiteral("--json")};
                const Run one = beamline(arguments + QStringList{QStringLiteral("--db"), inARow});
                const Run other = beamline(arguments + QStringList{QStringLiteral("--db"), reversed});
                const Run two = beamline(arguments + QStringList{QStringLiteral("--db"), atOnce});
                QVERIFY2(one.exitCode == 0 && other.exitCode == 0 && two.exitCode == 0, qPrintable(one.err + other.err + two.err));
                QVERIFY(one.out.size() > 200);
                QCOMPARE(other.out, one.out);
                QCOMPARE(two.out, one.out);
            }
        }
        // Row by row too: the row counts of one of the two orders (which channels an import
        // creates may depend on the order: a reach export names no Instagram handle).
        auto counts = [&](const QString &db) {
            const Run r = beamline({QStringLiteral("info"), QStringLiteral("--db"), db, QStringLiteral("--json")});
            return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("counts")).toObject();
        };
        const QJsonObject countsOne = counts(inARow);
        const QJsonObject countsOther = counts(reversed);
        const QJsonObject countsTwo = counts(atOnce);
        QVERIFY(!countsOne.isEmpty());
        QVERIFY2(countsTwo == countsOne || countsTwo == countsOther,
                 QJsonDocument(QJsonArray{countsTwo, countsOne, countsOther}).toJson(QJsonDocument::Compact).constData());
    }

    void bestTimesPerWeekdayAndHour()
    {
        // A workspace created in Europe/Zurich; the X sample's 20 tweets. Expected cells from an
        // independent script (Python's csv + zoneinfo + statistics.median over the sample):
        // 10 cells; Tuesday 11:00 5 posts, Thursday 10:00 4, Friday 12:00 4, the others 1.
        const QByteArray savedZone = qgetenv("TZ");
        qputenv("TZ", "Europe/Zurich");
        const QString db = m_dir.filePath(QStringLiteral("best-times.beamline"));
        const Run imported = beamline({QStringLiteral("import"), QStringLiteral("--db"), db,
                                       sample(QStringLiteral("x/tweet_activity_metrics_examplelab_20170101_20170201_en.csv"))});
        if (savedZone.isEmpty())
            qunsetenv("TZ");
        else
            qputenv("TZ", savedZone);
        QCOMPARE(imported.exitCode, 0);
        const QStringList range = {QStringLiteral("best-times"), QStringLiteral("--db"), db, QStringLiteral("--from"), QStringLiteral("2017-01-01"),
                                   QStringLiteral("--to"), QStringLiteral("2017-02-01")};
        const Run r = beamline(range + QStringList{QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonArray cells = QJsonDocument::fromJson(r.out.toUtf8(), &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(cells.size(), 10);
        struct Expected {
            int weekday, hour, posts;
            double median;
        };
        const Expected expected[] = {{2, 11, 5, 0.004474799811587376}, {4, 10, 4, 0.006444455041203329}, {5, 12, 4, 0.007907424308559185},
                                     {5, 17, 1, 0.003545400827260193}};
        int posts = 0;
        for (const QJsonValue &v : cells) {
            const QJsonObject c = v.toObject();
            QCOMPARE(c.value(QStringLiteral("channel")).toString(), QStringLiteral("x"));
            posts += c.value(QStringLiteral("posts")).toInt();
        }
        QCOMPARE(posts, 20);
        for (const Expected &e : expected) {
            bool found = false;
            for (const QJsonValue &v : cells) {
                const QJsonObject c = v.toObject();
                if (c.value(QStringLiteral("weekday")).toInt() != e.weekday || c.value(QStringLiteral("hour")).toInt() != e.hour)
                    continue;
                found = true;
                QCOMPARE(c.value(QStringLiteral("posts")).toInt(), e.posts);
                QCOMPARE(c.value(QStringLiteral("median_engagement_rate")).toDouble(), e.median);
            }
            QVERIFY2(found, qPrintable(QStringLiteral("%1 %2").arg(e.weekday).arg(e.hour)));
        }
        // Text: the hours with at least 3 posts, best first, in the workspace's zone.
        const Run text = beamline(range);
        QCOMPARE(text.exitCode, 0);
        const QStringList lines = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.at(0), QStringLiteral("Times in Europe/Zurich"));
        QVERIFY2(lines.at(2).contains(QLatin1String("Fri 12:00  0.79%  (4 posts)")), qPrintable(text.out));
        QVERIFY2(lines.at(3).contains(QLatin1String("Thu 10:00  0.64%  (4 posts)")), qPrintable(text.out));
        QVERIFY2(lines.at(4).contains(QLatin1String("Tue 11:00  0.45%  (5 posts)")), qPrintable(text.out));
        // Another platform has no posts; an unknown one is a usage error.
        const Run instagram = beamline(range + QStringList{QStringLiteral("--json"), QStringLiteral("--channel"), QStringLiteral("instagram")});
        QCOMPARE(QJsonDocument::fromJson(instagram.out.toUtf8()).array().size(), 0);
        QCOMPARE(beamline(range + QStringList{QStringLiteral("--channel"), QStringLiteral("myspace")}).exitCode, 2);
    }

    void dailyFiguresAddUpToTheRange()
    {
        const QString db = workspace(QStringLiteral("demo-daily.beamline"));
        QCOMPARE(beamline({QStringLiteral("demo"), db}).exitCode, 0);
        const QStringList range = {QStringLiteral("--db"), db, QStringLiteral("--from"), QStringLiteral("2016-11-14"), QStringLiteral("--to"),
                                   QStringLiteral("2016-11-20")};
        const Run r = beamline(QStringList{QStringLiteral("daily")} + range + QStringList{QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QStringLiteral("from")).toString(), QStringLiteral("2016-11-14"));
        const QJsonArray days = o.value(QStringLiteral("days")).toArray();
        QCOMPARE(days.size(), 7);
        QCOMPARE(days.at(6).toObject().value(QStringLiteral("day")).toString(), QStringLiteral("2016-11-20"));
        double gained = 0, posts = 0;
        for (const QJsonValue &day : days) {
            const QJsonObject ig = day.toObject().value(QStringLiteral("channels")).toObject().value(QStringLiteral("instagram")).toObject();
            for (const char *key : {"posts", "followers_gained", "followers_lost", "views", "impressions", "profile_visits", "story_views", "mentions"})
                QVERIFY2(ig.contains(QLatin1String(key)), key);
            gained += ig.value(QStringLiteral("followers_gained")).toDouble();
            posts += ig.value(QStringLiteral("posts")).toDouble();
            const QJsonObject web = day.toObject().value(QStringLiteral("web")).toObject();
            for (const char *key : {"sessions", "users", "pageviews", "bounce_rate", "avg_session_seconds", "by_channel"})
                QVERIFY2(web.contains(QLatin1String(key)), key);
            QVERIFY(web.value(QStringLiteral("sessions")).toDouble() > 0);
        }
        // The days add up to the range's figures.
        const Run stats = beamline(QStringList{QStringLiteral("stats")} + range + QStringList{QStringLiteral("--json")});
        const QJsonObject ig = QJsonDocument::fromJson(stats.out.toUtf8()).object().value(QStringLiteral("channels")).toObject()
                                   .value(QStringLiteral("instagram")).toObject();
        QCOMPARE(gained, ig.value(QStringLiteral("followers_gained")).toDouble());
        QCOMPARE(posts, ig.value(QStringLiteral("posts")).toDouble());

        // CSV: a header, then a row per day and channel; one channel when asked.
        const Run csv = beamline(QStringList{QStringLiteral("daily")} + range
                                 + QStringList{QStringLiteral("--csv"), QStringLiteral("--channel"), QStringLiteral("instagram")});
        QCOMPARE(csv.exitCode, 0);
        const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 7);
        QVERIFY2(lines.first().startsWith(QLatin1String("day,channel,posts,followers_gained,followers_lost,")), qPrintable(lines.first()));
        QVERIFY(lines.first().endsWith(QLatin1String(",web_sessions_from_channel")));
        QVERIFY2(lines.at(1).startsWith(QLatin1String("2016-11-14,instagram,")), qPrintable(lines.at(1)));

        QCOMPARE(beamline(QStringList{QStringLiteral("daily")} + range).exitCode, 2); // neither --json nor --csv
        QCOMPARE(beamline(QStringList{QStringLiteral("daily")} + range + QStringList{QStringLiteral("--json"), QStringLiteral("--channel"),
                                                                                     QStringLiteral("myspace")}).exitCode, 2);
    }

    void chartRendersWithoutADisplay()
    {
        const QString db = workspace(QStringLiteral("demo-chart.beamline"));
        QCOMPARE(beamline({QStringLiteral("demo"), db}).exitCode, 0);
        for (const QString &suffix : {QStringLiteral("png"), QStringLiteral("pdf")}) {
            const QString out = m_dir.filePath(QStringLiteral("instagram-web.") + suffix);
            const Run r = beamline({QStringLiteral("chart"), QStringLiteral("instagram-web"), QStringLiteral("--db"), db, QStringLiteral("--from"),
                                    QStringLiteral("2016-11-14"), QStringLiteral("--to"), QStringLiteral("2017-01-12"), QStringLiteral("--out"), out,
                                    QStringLiteral("--size"), QStringLiteral("1200x675")});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QVERIFY(QFileInfo(out).size() > 5000);
        }
        QCOMPARE(QImage(m_dir.filePath(QStringLiteral("instagram-web.png"))).size(), QSize(1200, 675));
        const Run unknown = beamline({QStringLiteral("chart"), QStringLiteral("pie-of-everything"), QStringLiteral("--db"), db, QStringLiteral("--from"),
                                      QStringLiteral("2016-11-14"), QStringLiteral("--to"), QStringLiteral("2017-01-12"), QStringLiteral("--out"),
                                      m_dir.filePath(QStringLiteral("x.png"))});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QLatin1String("pie-of-everything")));
        const Run format = beamline({QStringLiteral("chart"), QStringLiteral("followers"), QStringLiteral("--db"), db, QStringLiteral("--from"),
                                     QStringLiteral("2016-11-14"), QStringLiteral("--to"), QStringLiteral("2017-01-12"), QStringLiteral("--out"),
                                     m_dir.filePath(QStringLiteral("x.gif"))});
        QCOMPARE(format.exitCode, 2);
    }

    // beamline workspace copy: the demo to this run's other side (on the PostgreSQL run, a
    // database on the test server) and back to a file. Every table's rows and the figures of
    // `stats --json` are the same on the three.
    void workspaceCopyThereAndBack()
    {
        const QString demo = demoFile();
        const QString there = workspace(QStringLiteral("copy-there.beamline"));
        const Run out = beamline({QStringLiteral("workspace"), QStringLiteral("copy"), QStringLiteral("--from"), demo, QStringLiteral("--to"), there});
        QVERIFY2(out.exitCode == 0, qPrintable(out.err));
        QVERIFY2(out.out.trimmed().endsWith(QLatin1String("\nverified")), qPrintable(out.out));
        // The table of counts: a row per table, the same number on both sides.
        const QRegularExpression row(QStringLiteral("^post_snapshots +(\\d+) +(\\d+)$"), QRegularExpression::MultilineOption);
        const QRegularExpressionMatch snapshots = row.match(out.out);
        QVERIFY2(snapshots.hasMatch(), qPrintable(out.out));
        QCOMPARE(snapshots.captured(2), snapshots.captured(1));
        QVERIFY(out.out.contains(QLatin1String(": identical")));
        const QString back = m_dir.filePath(QStringLiteral("copy-back.beamline"));
        const Run in = beamline({QStringLiteral("workspace"), QStringLiteral("copy"), QStringLiteral("--from"), there, QStringLiteral("--to"), back});
        QVERIFY2(in.exitCode == 0, qPrintable(in.err));

        auto info = [&](const QString &db) {
            const Run r = beamline({QStringLiteral("info"), QStringLiteral("--db"), db, QStringLiteral("--json")});
            return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("counts")).toObject();
        };
        const QJsonObject counts = info(demo);
        QVERIFY(counts.value(QStringLiteral("platform_posts")).toInt() > 500);
        QCOMPARE(info(there), counts);
        QCOMPARE(info(back), counts);
        for (const QStringList &period : {QStringList{QStringLiteral("2016-11-14"), QStringLiteral("2017-01-12")},
                                          QStringList{QStringLiteral("2016-01-01"), QStringLiteral("2016-12-31")}}) {
            const QStringList arguments = {QStringLiteral("stats"), QStringLiteral("--from"), period.at(0), QStringLiteral("--to"), period.at(1),
                                           QStringLiteral("--compare-previous"), QStringLiteral("--json"), QStringLiteral("--db")};
            const Run original = beamline(arguments + QStringList{demo});
            QVERIFY(original.exitCode == 0 && original.out.size() > 200);
            QCOMPARE(beamline(arguments + QStringList{there}).out, original.out);
            QCOMPARE(beamline(arguments + QStringList{back}).out, original.out);
        }
    }

    void workspaceCopyRefusesATargetWithData()
    {
        const QString target = workspace(QStringLiteral("copy-full.beamline"));
        QCOMPARE(beamline({QStringLiteral("channel"), QStringLiteral("add"), QStringLiteral("--db"), target, QStringLiteral("x"), QStringLiteral("ourlab")}).exitCode, 0);
        const QStringList copy = {QStringLiteral("workspace"), QStringLiteral("copy"), QStringLiteral("--from"), demoFile(), QStringLiteral("--to"), target};
        const Run refused = beamline(copy);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("already holds a workspace with data (channels); nothing was changed")), qPrintable(refused.err));
        QVERIFY(refused.err.contains(QLatin1String("--replace")));
        const QStringList list = {QStringLiteral("channel"), QStringLiteral("list"), QStringLiteral("--db"), target};
        QCOMPARE(beamline(list).out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 1);

        const Run replaced = beamline(copy + QStringList{QStringLiteral("--replace")});
        QVERIFY2(replaced.exitCode == 0, qPrintable(replaced.err));
        const QString channels = beamline(list).out;
        QVERIFY(!channels.contains(QLatin1String("ourlab")));
        QCOMPARE(channels, beamline(QStringList{QStringLiteral("channel"), QStringLiteral("list"), QStringLiteral("--db"), demoFile()}).out);
    }

    void workspaceCopyOnOneEngine()
    {
        // File to file; and on the PostgreSQL run also server to server.
        QStringList places = {demoFile(), m_dir.filePath(QStringLiteral("copy-same.beamline"))};
        if (onPostgres())
            places += QStringList{workspace(QStringLiteral("a")), workspace(QStringLiteral("b"))};
        for (int i = 0; i + 1 < places.size(); ++i) {
            const Run r = beamline({QStringLiteral("workspace"), QStringLiteral("copy"), QStringLiteral("--from"), places.at(i), QStringLiteral("--to"), places.at(i + 1)});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QVERIFY(r.out.contains(QLatin1String("verified")));
        }
        const QStringList stats = {QStringLiteral("stats"), QStringLiteral("--from"), QStringLiteral("2016-11-14"), QStringLiteral("--to"),
                                   QStringLiteral("2017-01-12"), QStringLiteral("--json"), QStringLiteral("--db")};
        const QString original = beamline(stats + QStringList{places.first()}).out;
        QCOMPARE(beamline(stats + QStringList{places.last()}).out, original);
    }

    void workspaceCopyUsageErrors()
    {
        const QString demo = demoFile();
        QCOMPARE(beamline({QStringLiteral("workspace")}).exitCode, 2);
        const Run sub = beamline({QStringLiteral("workspace"), QStringLiteral("move")});
        QCOMPARE(sub.exitCode, 2);
        QVERIFY(sub.err.contains(QLatin1String("(copy)")));
        QCOMPARE(beamline({QStringLiteral("workspace"), QStringLiteral("copy"), QStringLiteral("--from"), demo}).exitCode, 2);
        const Run same = beamline({QStringLiteral("workspace"), QStringLiteral("copy"), QStringLiteral("--from"), demo, QStringLiteral("--to"), demo});
        QCOMPARE(same.exitCode, 2);
        QVERIFY(same.err.contains(QLatin1String("the same workspace")));
        const QString missing = m_dir.filePath(QStringLiteral("missing.beamline"));
        const Run r = beamline({QStringLiteral("workspace"), QStringLiteral("copy"), QStringLiteral("--from"), missing, QStringLiteral("--to"),
                                m_dir.filePath(QStringLiteral("never.beamline"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("does not exist")), qPrintable(r.err));
        QVERIFY(!QFile::exists(missing));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.beamline"))));
        const Run help = beamline({QStringLiteral("workspace"), QStringLiteral("copy"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QLatin1String("--replace")));
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
