// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Beamline::Test;

// The headless commands, run as a user (or a script) runs them: no display.
class tst_Cli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run beamline(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
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
        for (const char *command : {"import", "info", "demo"})
            QVERIFY2(r.out.contains(QLatin1String(command)), command);
        QVERIFY(r.out.contains(QLatin1String("--db")));
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
        const QString db = m_dir.filePath(QStringLiteral("human.beamline")); // created by the import
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
        const QString db = m_dir.filePath(QStringLiteral("json.beamline"));
        const QStringList files = {sample(QStringLiteral("ga4/Traffic_acquisition_Session_primary_channel_group_(Default_Channel_Group).csv")),
                                   sample(QStringLiteral("broken/tweet_activity_metrics_examplelab_20170101_20170201_en_truncated.csv"))};
        const Run r = beamline(QStringList{QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--json")} + files);
        QCOMPARE(r.exitCode, 1); // one file failed
        QJsonParseError error;
        const QJsonArray results = QJsonDocument::fromJson(r.out.toUtf8(), &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError); // nothing else on stdout
        QCOMPARE(results.size(), 2);
        const QJsonObject ok = results.at(0).toObject();
        QCOMPARE(ok.keys(), (QStringList{"added", "error", "file", "format", "skipped", "unchanged", "updated", "warnings"}));
        QCOMPARE(ok.value(QStringLiteral("format")).toString(), QStringLiteral("ga4"));
        QCOMPARE(ok.value(QStringLiteral("added")).toInt(), 38);
        QVERIFY(ok.value(QStringLiteral("error")).isNull());
        const QJsonObject failed = results.at(1).toObject();
        QVERIFY(failed.value(QStringLiteral("error")).toString().contains(QRegularExpression(QStringLiteral(":\\d+:\\d+: unterminated quoted field"))));
        QCOMPARE(failed.value(QStringLiteral("added")).toInt(), 0);

        // Again: the good file changes nothing.
        const Run again = beamline({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--json"), files.at(0)});
        QCOMPARE(again.exitCode, 0);
        const QJsonObject second = QJsonDocument::fromJson(again.out.toUtf8()).array().at(0).toObject();
        QCOMPARE(second.value(QStringLiteral("added")).toInt(), 0);
        QCOMPARE(second.value(QStringLiteral("unchanged")).toInt(), 38);
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
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
