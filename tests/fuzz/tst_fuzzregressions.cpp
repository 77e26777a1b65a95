// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzimport.h"

#include <QDir>
#include <QFile>
#include <QByteArray>
#include <QTest>

// Inputs the fuzzer found that once crashed or hung the reader, plus the shared samples:
// each must now be read without a crash.
class tst_FuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inputs_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &folder : {QStringLiteral(BEAMLINE_TEST_DATA_DIR "/fuzz"), QStringLiteral(BEAMLINE_TEST_DATA_DIR "/samples/broken")}) {
            const QDir dir(folder);
            for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
                QTest::newRow(qPrintable(name)) << dir.filePath(name);
        }
    }

    void inputs()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        Beamline::Fuzz::importBytes(bytes);
        // Also every prefix cut at odd places, as a truncated download would be.
        for (qsizetype cut : {qsizetype(1), bytes.size() / 3, bytes.size() / 2, bytes.size() - 1})
            Beamline::Fuzz::importBytes(bytes.left(qMax<qsizetype>(0, cut)));
    }

    void workbooks_data()
    {
        // Inputs of the workbook fuzzer (the XML parts of a workbook), and the parts of the
        // test workbooks, which seed it.
        QTest::addColumn<QByteArray>("parts");
        QTest::addColumn<bool>("readable"); // a real workbook's first sheet has rows
        const QDir found(QStringLiteral(BEAMLINE_TEST_DATA_DIR "/fuzz-xlsx"));
        for (const QString &name : found.entryList(QDir::Files, QDir::Name)) {
            QFile file(found.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QTest::newRow(qPrintable(name)) << file.readAll() << false;
        }
        for (const QString &folder : {QStringLiteral(BEAMLINE_TEST_DATA_DIR "/xlsx"), QStringLiteral(BEAMLINE_TEST_DATA_DIR "/linkedin")}) {
            const QDir dir(folder);
            for (const QString &name : dir.entryList({QStringLiteral("*.xlsx")}, QDir::Files, QDir::Name))
                QTest::newRow(qPrintable(name)) << Beamline::Fuzz::workbookParts(dir.filePath(name)) << !name.startsWith(QLatin1String("not-"));
        }
    }

    void workbooks()
    {
        QFETCH(QByteArray, parts);
        QFETCH(bool, readable);
        const int probed = Beamline::Fuzz::importWorkbookParts(parts);
        if (readable)
            QVERIFY(probed > 0);
        for (qsizetype cut : {qsizetype(1), parts.size() / 3, parts.size() / 2, parts.size() - 1})
            Beamline::Fuzz::importWorkbookParts(parts.left(qMax<qsizetype>(0, cut)));
    }

    void spreadsheetMl_data()
    {
        // Inputs of the SpreadsheetML fuzzer, and the XML workbooks that seed it.
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("readable");
        const QDir found(QStringLiteral(BEAMLINE_TEST_DATA_DIR "/fuzz-spreadsheetml"));
        for (const QString &name : found.entryList(QDir::Files, QDir::Name)) {
            if (name != QLatin1String("README.md"))
                QTest::newRow(qPrintable(name)) << found.filePath(name) << false;
        }
        const QDir seeds(QStringLiteral(BEAMLINE_TEST_DATA_DIR "/facebook"));
        for (const QString &name : seeds.entryList({QStringLiteral("*.xls")}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(name)) << seeds.filePath(name) << true;
    }

    void spreadsheetMl()
    {
        QFETCH(QString, path);
        QFETCH(bool, readable);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const int probed = Beamline::Fuzz::importSpreadsheetMl(bytes);
        if (readable)
            QVERIFY(probed > 0);
        for (qsizetype cut : {qsizetype(1), bytes.size() / 3, bytes.size() / 2, bytes.size() - 1})
            Beamline::Fuzz::importSpreadsheetMl(bytes.left(qMax<qsizetype>(0, cut)));
    }
};

QTEST_GUILESS_MAIN(tst_FuzzRegressions)
#include "tst_fuzzregressions.moc"
