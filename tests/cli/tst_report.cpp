// SPDX-License-Identifier: GPL-3.0-or-later
// `beamline report` of the demo campaign, read back with poppler's pdftotext and pdfinfo:
// every page title is there, and the figures are those `beamline stats --json` prints.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

class tst_Report : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("LANGUAGE"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        process.setProcessEnvironment(env);
        process.start(program, arguments);
        if (!process.waitForFinished(180000))
            return {};
        return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                 QString::fromUtf8(process.readAllStandardError()) };
    }

    Run beamline(const QStringList &arguments) { return run(QStringLiteral(BEAMLINE_EXECUTABLE), arguments); }

    static QString tool(const char *name) { return QStandardPaths::findExecutable(QString::fromLatin1(name)); }

    // The PDF's text with the digit-group separators taken out ("1,234", "1 234" → "1234"),
    // and runs of white space made one space.
    QString pdfText(const QString &pdf)
    {
        const Run text = run(tool("pdftotext"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-") });
        if (text.exitCode != 0)
            return {};
        // Ligatures come back as one character ("ﬁ"): a reader searching the text types "fi".
        QString t = text.out;
        t.replace(QChar(0xFB01), QLatin1String("fi")).replace(QChar(0xFB02), QLatin1String("fl"));
        static const QRegularExpression group(QStringLiteral("(\\d)[,\\x{202F}\\x{00A0} ](\\d{3})(?!\\d)"));
        for (int i = 0; i < 3; ++i)
            t.replace(group, QStringLiteral("\\1\\2"));
        return t.simplified();
    }

    int pageCount(const QString &pdf, QString *size = nullptr)
    {
        const Run info = run(tool("pdfinfo"), { pdf });
        const auto pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info.out);
        if (size)
            *size = QRegularExpression(QStringLiteral("Page size:\\s+([^\\n]+)")).match(info.out).captured(1);
        return pages.hasMatch() ? pages.captured(1).toInt() : -1;
    }

    QJsonObject stats()
    {
        const Run r = beamline({ QStringLiteral("stats"), QStringLiteral("--db"), m_db, QStringLiteral("--from"),
                                 QStringLiteral("2016-11-14"), QStringLiteral("--to"), QStringLiteral("2017-01-12"),
                                 QStringLiteral("--compare-previous"), QStringLiteral("--json") });
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

    QStringList reportArguments(const QString &out, const QString &lang)
    {
        return { QStringLiteral("report"),
                 QStringLiteral("--db"),
                 m_db,
                 QStringLiteral("--from"),
                 QStringLiteral("2016-11-14"),
                 QStringLiteral("--to"),
                 QStringLiteral("2017-01-12"),
                 QStringLiteral("--compare-previous"),
                 QStringLiteral("--campaign"),
                 QStringLiteral("#WhatsUpLHC"),
                 QStringLiteral("--lang"),
                 lang,
                 QStringLiteral("--out"),
                 out };
    }

    // The figures of `stats` as the report writes them, in a language's decimal separator.
    static QStringList expectedFigures(const QJsonObject &s, QChar decimal)
    {
        QStringList figures;
        const QJsonObject channels = s.value(QStringLiteral("channels")).toObject();
        for (const QString &channel : channels.keys()) {
            const QJsonObject c = channels.value(channel).toObject();
            figures.append(QString::number(c.value(QStringLiteral("posts")).toInt()));
            if (!c.value(QStringLiteral("interactions")).isNull())
                figures.append(QString::number(std::llround(c.value(QStringLiteral("interactions")).toDouble())));
            if (!c.value(QStringLiteral("engagement_rate")).isNull())
                figures.append(QString::number(c.value(QStringLiteral("engagement_rate")).toDouble() * 100, 'f', 1)
                                   .replace(QLatin1Char('.'), decimal)
                               + QStringLiteral(" %"));
            if (!c.value(QStringLiteral("followers_per_day")).isNull()) {
                const double perDay = c.value(QStringLiteral("followers_per_day")).toDouble();
                figures.append(QString::number(perDay, 'f', std::abs(perDay) < 10 ? 1 : 0).replace(QLatin1Char('.'), decimal));
            }
        }
        const QJsonObject web = s.value(QStringLiteral("web")).toObject();
        figures.append(QString::number(std::llround(web.value(QStringLiteral("sessions")).toDouble())));
        const int seconds = int(std::lround(web.value(QStringLiteral("by_channel"))
                                                .toObject()
                                                .value(QStringLiteral("instagram"))
                                                .toObject()
                                                .value(QStringLiteral("avg_session_seconds"))
                                                .toDouble()));
        figures.append(QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0')));
        figures.append(QString::number(s.value(QStringLiteral("mentions")).toObject().value(QStringLiteral("total")).toInt()));
        return figures;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!tool("pdftotext").isEmpty() && !tool("pdfinfo").isEmpty(),
                 "pdftotext and pdfinfo (Debian's poppler-utils) are needed");
        m_db = m_dir.filePath(QStringLiteral("demo.beamline"));
        QCOMPARE(beamline({ QStringLiteral("demo"), m_db }).exitCode, 0);
    }

    void helpNamesTheCommand()
    {
        const Run help = beamline({ QStringLiteral("--help") });
        QVERIFY(help.out.contains(QLatin1String("  report ")));
        const Run own = beamline({ QStringLiteral("report"), QStringLiteral("--help") });
        QCOMPARE(own.exitCode, 0);
        for (const char *option :
             { "--from", "--to", "--compare-previous", "--compare-from", "--campaign", "--lang", "--paper", "--out" })
            QVERIFY2(own.out.contains(QLatin1String(option)), option);
    }

    void englishReportHasEveryPageAndTheStatsFigures()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("report-en.pdf"));
        const Run r = beamline(reportArguments(pdf, QStringLiteral("en")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(QLatin1String("Wrote ")));
        QString size;
        const int pages = pageCount(pdf, &size);
        QVERIFY2(pages >= 5, qPrintable(QString::number(pages)));
        QVERIFY2(size.contains(QLatin1String("595")) && size.contains(QLatin1String("842")), qPrintable(size)); // A4
        const QString text = pdfText(pdf);
        QVERIFY(!text.isEmpty());
        for (const char *title :
             { "Impact report", "Summary", "Followers gained per day", "Top posts", "Series episodes against their median",
               "Pillars", "Mentions by channel and sentiment", "Instagram and the website", "Definitions", "Sources" })
            QVERIFY2(text.contains(QLatin1String(title)), title);
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
        // The cover says what the report covers.
        for (const char *cover :
             { "14 Nov 2016 – 12 Jan 2017", "15 Sep 2016 – 13 Nov 2016", "#WhatsUpLHC", "Demo data (synthetic)" })
            QVERIFY2(text.contains(QString::fromUtf8(cover)), cover);
        const QJsonObject s = stats();
        QVERIFY(!s.isEmpty());
        // The talk's figures, from the same model as `stats`.
        QVERIFY(text.contains(QLatin1String("Instagram gained 272 followers a day against 232.")));
        QVERIFY(text.contains(QLatin1String("Visits from Instagram lasted 5:02 against")));
        for (const QString &figure : expectedFigures(s, QLatin1Char('.')))
            QVERIFY2(text.contains(figure), qPrintable(figure));
        // The comparison's followers a day, as the cards give it.
        const double before = s.value(QStringLiteral("compare"))
                                  .toObject()
                                  .value(QStringLiteral("channels"))
                                  .toObject()
                                  .value(QStringLiteral("instagram"))
                                  .toObject()
                                  .value(QStringLiteral("followers_per_day"))
                                  .toDouble();
        QVERIFY(text.contains(QStringLiteral("vs %1/day").arg(std::llround(before))));
    }

    void frenchReportHasTheSameFigures()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("report-fr.pdf"));
        const Run r = beamline(reportArguments(pdf, QStringLiteral("fr")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const int pages = pageCount(pdf);
        QVERIFY2(pages >= 5, qPrintable(QString::number(pages)));
        const QString text = pdfText(pdf);
        // French dates and a decimal comma: it ran in French.
        QVERIFY2(text.contains(QLatin1String("14 nov. 2016")), qPrintable(text.left(800)));
        for (const QString &figure : expectedFigures(stats(), QLatin1Char(',')))
            QVERIFY2(text.contains(figure), qPrintable(figure));
        QVERIFY(text.contains(QLatin1String("#WhatsUpLHC")));
        QVERIFY(text.contains(QStringLiteral("%1").arg(pages)));
    }

    void letterPaperAndCampaignDates()
    {
        // The campaign alone gives the period.
        const QString pdf = m_dir.filePath(QStringLiteral("report-letter.pdf"));
        const Run r = beamline({ QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--campaign"),
                                 QStringLiteral("WhatsUpLHC"), QStringLiteral("--paper"), QStringLiteral("letter"),
                                 QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--out"), pdf });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QString size;
        QVERIFY(pageCount(pdf, &size) >= 5);
        QVERIFY2(size.contains(QLatin1String("612")) && size.contains(QLatin1String("792")), qPrintable(size));
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QString::fromUtf8("14 Nov 2016 – 12 Jan 2017")));
        QVERIFY(text.contains(QLatin1String("No comparison")));
    }

    void emptyPeriodSaysSo()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("report-empty.pdf"));
        const Run r = beamline({ QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--from"),
                                 QStringLiteral("2010-01-01"), QStringLiteral("--to"), QStringLiteral("2010-01-31"),
                                 QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--out"), pdf });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = pdfText(pdf);
        for (const char *line :
             { "No follower figures in this period.", "No posts with interaction figures in this period.",
               "No series episodes in this period.", "No mentions in this period.", "No Instagram figures in this period." })
            QVERIFY2(text.contains(QLatin1String(line)), line);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QStringList range
            = { QStringLiteral("--from"), QStringLiteral("2016-11-14"), QStringLiteral("--to"), QStringLiteral("2017-01-12") };
        const QString out = QStringLiteral("--out=r.pdf");
        QTest::newRow("no out") << range << QStringLiteral("--out FILE.pdf is required");
        QTest::newRow("not pdf") << (QStringList(range) << QStringLiteral("--out=r.png"))
                                 << QStringLiteral("does not end in .pdf");
        QTest::newRow("paper") << (QStringList(range) << out << QStringLiteral("--paper=a5"))
                               << QStringLiteral("is not a4 or letter");
        QTest::newRow("lang") << (QStringList(range) << out << QStringLiteral("--lang=de")) << QStringLiteral("is not en or fr");
        QTest::newRow("no range") << QStringList { out } << QStringLiteral("--from and --to");
        QTest::newRow("bad day") << QStringList { QStringLiteral("--from=2017-01-40"), QStringLiteral("--to=2017-01-31"), out }
                                 << QStringLiteral("is not a date");
        QTest::newRow("order") << QStringList { QStringLiteral("--from=2017-01-31"), QStringLiteral("--to=2017-01-01"), out }
                               << QStringLiteral("--to is before --from");
        QTest::newRow("both comparisons") << (QStringList(range) << out << QStringLiteral("--compare-previous")
                                                                 << QStringLiteral("--compare-from=2016-01-01")
                                                                 << QStringLiteral("--compare-to=2016-01-31"))
                                          << QStringLiteral("not both");
        QTest::newRow("campaign") << (QStringList(range) << out << QStringLiteral("--campaign=Nope"))
                                  << QStringLiteral("is not a campaign");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run r = beamline(QStringList { QStringLiteral("report"), QStringLiteral("--db"), m_db } + arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(tst_Report)
#include "tst_report.moc"
