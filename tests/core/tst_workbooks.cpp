// SPDX-License-Identifier: GPL-3.0-or-later
// The .xlsx reader on hand-made workbooks (tests/data/xlsx/make-xlsx.py) that hold the
// corners of the format, and on a LibreOffice re-save of the LinkedIn .xls samples.
#include "testsupport.h"

#include <core/import/importsource.h>

#include <QTest>

using namespace Beamline;

namespace {

QString xlsx(const char *name)
{
    return QStringLiteral(BEAMLINE_TEST_DATA_DIR "/xlsx/") + QString::fromLatin1(name);
}

// All records of one part of a source.
QVector<Record> readAll(ImportSource &source, int part, ReadError *error = nullptr)
{
    QVector<Record> records;
    RecordStream *stream = source.openPart(part);
    if (!stream)
        return records;
    Record record;
    while (stream->next(record))
        records.append(record);
    if (error)
        *error = stream->error();
    return records;
}

} // namespace

class tst_Workbooks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sheetsAreListedInWorkbookOrder()
    {
        ImportSource source(xlsx("corner-cases.xlsx"));
        QVERIFY2(source.open(), qPrintable(source.error()));
        QCOMPARE(source.kind(), ImportSource::Kind::ModernWorkbook);
        QVERIFY(source.isWorkbook());
        // The chart sheet has no worksheet XML and is left out.
        QStringList names;
        for (const ImportSource::Part &p : source.parts())
            names.append(p.name);
        QCOMPARE(names, (QStringList { QStringLiteral("Mentions"), QStringLiteral("Empty") }));
        QVERIFY(source.parts().first().size > 0);
        QVERIFY(readAll(source, 1).isEmpty());
    }

    void cells_data()
    {
        QTest::addColumn<int>("record");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<QStringList>("fields");
        // Shared strings (plain, rich runs, phonetic guide left out), inline strings.
        QTest::newRow("header") << 0 << qint64(1) << QStringList { "Date", "Author", "Network", "Sentiment", "Reach", "Share" };
        // 1904 date system, a custom date-time format with escapes, a cached formula
        // value, a boolean, a plain number, a percent format (not a date).
        QTest::newRow("values") << 1 << qint64(2)
                                << QStringList { "2024-03-07 12:49:00", "東京", "x", "TRUE", "1234567.5", "0.125" };
        // Row 3 is absent; cells without references follow each other; an error cell
        // (#DIV/0!) has no value, and trailing empty cells are dropped.
        QTest::newRow("skipped row, no references") << 2 << qint64(4) << QStringList { "no reference", "42" };
        // A date format with a [$-409] locale section; "day "0 is quoted text, not a date;
        // a built-in time format; a date-only format shows the date of a date-time value.
        QTest::newRow("formats") << 3 << qint64(5) << QStringList { "2024-03-08", "7", "12:00:00", " padded ", "", "2024-03-08" };
        // Elapsed time [h]:mm keeps hours past a day, FALSE, and a shared-string index past
        // the table (no value).
        QTest::newRow("elapsed time") << 4 << qint64(6) << QStringList { "", "36:00:00", "FALSE" };
    }

    void cells()
    {
        QFETCH(int, record);
        QFETCH(qint64, line);
        QFETCH(QStringList, fields);
        ImportSource source(xlsx("corner-cases.xlsx"));
        QVERIFY2(source.open(), qPrintable(source.error()));
        ReadError error;
        const QVector<Record> records = readAll(source, 0, &error);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(records.size(), 5);
        QCOMPARE(records.at(record).line, line);
        QCOMPARE(records.at(record).fields, fields);
    }

    void damagedSheetSaysWhere()
    {
        ImportSource source(xlsx("damaged-sheet.xlsx"));
        QVERIFY2(source.open(), qPrintable(source.error()));
        ReadError error;
        const QVector<Record> records = readAll(source, 0, &error);
        QCOMPARE(records.size(), 1); // the header; row 2 breaks off
        QVERIFY(error.isError());
        QVERIFY2(error.message.contains(QLatin1String("worksheet cannot be read")), qPrintable(error.message));
        QCOMPARE(error.line, qint64(2));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::newRow("ZIP without a workbook") << xlsx("not-a-workbook.xlsx") << "not an Excel workbook";
        QTest::newRow("truncated") << QStringLiteral("truncated.xlsx") << "not an Excel workbook";
    }

    void refusals()
    {
        QFETCH(QString, path);
        QFETCH(QString, message);
        QTemporaryDir dir;
        if (path == QLatin1String("truncated.xlsx")) {
            // The first half of a real workbook: the ZIP directory at its end is gone.
            QFile in(xlsx("corner-cases.xlsx"));
            QVERIFY(in.open(QIODevice::ReadOnly));
            path = dir.filePath(path);
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(in.read(in.size() / 2));
        }
        ImportSource source(path);
        QVERIFY(!source.open());
        QVERIFY2(source.error().contains(message), qPrintable(source.error()));
    }

    void sameCellsAsTheLegacyWorkbook_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("content") << "example-physics-lab_content_1706000000000";
        QTest::newRow("followers") << "example-physics-lab_followers_1706000000000";
    }

    void sameCellsAsTheLegacyWorkbook()
    {
        // LibreOffice's .xlsx re-save of the .xls samples reads cell for cell like the .xls.
        QFETCH(QString, name);
        const QString base = QStringLiteral(BEAMLINE_TEST_DATA_DIR "/linkedin/") + name;
        ImportSource legacy(base + QStringLiteral(".xls"));
        ImportSource modern(base + QStringLiteral(".xlsx"));
        QVERIFY2(legacy.open(), qPrintable(legacy.error()));
        QVERIFY2(modern.open(), qPrintable(modern.error()));
        QCOMPARE(modern.parts().size(), legacy.parts().size());
        for (int part = 0; part < legacy.parts().size(); ++part) {
            QCOMPARE(modern.parts().at(part).name, legacy.parts().at(part).name);
            const QVector<Record> a = readAll(legacy, part);
            const QVector<Record> b = readAll(modern, part);
            QCOMPARE(b.size(), a.size());
            for (qsizetype i = 0; i < a.size(); ++i) {
                QCOMPARE(b.at(i).line, a.at(i).line);
                QCOMPARE(b.at(i).fields, a.at(i).fields);
            }
        }
    }
};

QTEST_GUILESS_MAIN(tst_Workbooks)
#include "tst_workbooks.moc"
