// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzimport.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QTest>

using Beamline::Fuzz::Outcome;

// The fuzz regression corpus: inputs the fuzzers found, the broken samples and the
// workbooks that seed the fuzzers. Each must come to the outcome tests/fuzz/outcomes.txt
// gives it (read by a format, or refused with a message), and every prefix of it, as a
// truncated download would be, must be read without a crash.
class tst_FuzzRegressions : public QObject
{
    Q_OBJECT

    struct Expected {
        QString target; // csv, xlsx, xml
        QString path;   // from tests/data
        bool imported = false;
        QString format;
        qint64 rows = -1; // -1: at least one
        QString message;
    };

    static QString dataDir() { return QStringLiteral(BEAMLINE_TEST_DATA_DIR); }

    static QList<Expected> expectations()
    {
        QList<Expected> list;
        QFile file(QStringLiteral(BEAMLINE_FUZZ_OUTCOMES));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            qFatal("cannot read %s", BEAMLINE_FUZZ_OUTCOMES);
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            const QStringList f = line.split(QStringLiteral(" | "));
            Expected e;
            e.target = f.value(0).trimmed();
            e.path = f.value(1).trimmed();
            e.imported = f.value(2).trimmed() == QLatin1String("imported");
            if (e.imported) {
                e.format = f.value(3).trimmed();
                e.rows = f.value(4).trimmed() == QLatin1String("*") ? -1 : f.value(4).trimmed().toLongLong();
            } else {
                e.message = f.value(3).trimmed();
            }
            if (f.size() != (e.imported ? 5 : 4) || (!e.imported && f.value(2).trimmed() != QLatin1String("refused")))
                qFatal("outcomes.txt: cannot read \"%s\"", qPrintable(line));
            list.append(e);
        }
        return list;
    }

    // The input bytes the target takes.
    static QByteArray input(const QString &target, const QString &path)
    {
        if (target == QLatin1String("xlsx") && path.endsWith(QLatin1String(".xlsx")))
            return Beamline::Fuzz::workbookParts(path);
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static Outcome run(const QString &target, const QByteArray &bytes)
    {
        if (target == QLatin1String("xlsx"))
            return Beamline::Fuzz::importWorkbookParts(bytes);
        if (target == QLatin1String("xml"))
            return Beamline::Fuzz::importSpreadsheetMl(bytes);
        return Beamline::Fuzz::importBytes(bytes);
    }

private Q_SLOTS:
    // Every input of the corpus has its line in outcomes.txt, and every line an input.
    void everyInputHasAnOutcome()
    {
        QSet<QString> listed;
        for (const Expected &e : expectations()) {
            QVERIFY2(QFileInfo::exists(dataDir() + QLatin1Char('/') + e.path), qPrintable(e.path + QStringLiteral(": listed, but not there")));
            QVERIFY2(!listed.contains(e.target + QLatin1Char(':') + e.path), qPrintable(e.path + QStringLiteral(": listed twice")));
            listed.insert(e.target + QLatin1Char(':') + e.path);
        }
        const QList<QPair<QString, QStringList>> corpus = {
            {QStringLiteral("csv"), {QStringLiteral("fuzz"), QStringLiteral("samples/broken")}},
            {QStringLiteral("xlsx"), {QStringLiteral("fuzz-xlsx")}},
            {QStringLiteral("xml"), {QStringLiteral("fuzz-spreadsheetml")}},
        };
        for (const auto &[target, folders] : corpus) {
            for (const QString &folder : folders) {
                const QDir dir(dataDir() + QLatin1Char('/') + folder);
                for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
                    if (name == QLatin1String("README.md"))
                        continue;
                    const QString key = target + QLatin1Char(':') + folder + QLatin1Char('/') + name;
                    QVERIFY2(listed.contains(key), qPrintable(key + QStringLiteral(": no outcome in tests/fuzz/outcomes.txt")));
                }
            }
        }
    }

    void outcomes_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("imported");
        QTest::addColumn<QString>("format");
        QTest::addColumn<qint64>("rows");
        QTest::addColumn<QString>("message");
        for (const Expected &e : expectations())
            QTest::newRow(qPrintable(e.target + QLatin1Char(' ') + e.path))
                << e.target << dataDir() + QLatin1Char('/') + e.path << e.imported << e.format << e.rows << e.message;
    }

    void outcomes()
    {
        QFETCH(QString, target);
        QFETCH(QString, path);
        QFETCH(bool, imported);
        QFETCH(QString, format);
        QFETCH(qint64, rows);
        QFETCH(QString, message);
        const QByteArray bytes = input(target, path);
        QVERIFY(QFileInfo(path).size() == 0 || !bytes.isEmpty());
        const Outcome outcome = run(target, bytes);
        const QString got = outcome.imported() ? QStringLiteral("imported as %1, %2 rows").arg(outcome.format).arg(outcome.rows)
                                               : QStringLiteral("refused: ") + outcome.message;
        QVERIFY2(outcome.imported() == imported, qPrintable(got));
        if (imported) {
            QCOMPARE(outcome.format, format);
            if (rows < 0)
                QVERIFY2(outcome.rows > 0, qPrintable(got));
            else
                QCOMPARE(outcome.rows, rows);
        } else {
            QVERIFY2(!outcome.message.isEmpty(), "a refusal says why");
            QVERIFY2(outcome.message.contains(message), qPrintable(got));
            QVERIFY(outcome.format.isEmpty());
            QCOMPARE(outcome.rows, qint64(0));
        }
        // Every prefix cut at odd places, as a truncated download would be: no crash, and
        // either outcome with its message.
        for (qsizetype cut : {qsizetype(1), bytes.size() / 3, bytes.size() / 2, bytes.size() - 1}) {
            const Outcome part = run(target, bytes.left(qMax<qsizetype>(0, cut)));
            QVERIFY(part.imported() ? !part.format.isEmpty() : !part.message.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(tst_FuzzRegressions)
#include "tst_fuzzregressions.moc"
