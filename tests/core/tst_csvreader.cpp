// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <core/import/csvreader.h>

#include <QBuffer>
#include <QStringEncoder>
#include <QTest>

using namespace Beamline;

namespace {

struct Parsed {
    QList<QStringList> rows;
    QList<qint64> lines;
    ReadError error;
    QChar delimiter;
    TextDecoder::Encoding encoding = TextDecoder::Encoding::Utf8;
    QStringList warnings;
    bool opened = false;
};

Parsed parse(const QByteArray &bytes, QChar delimiter = QChar())
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, delimiter);
    Parsed p;
    p.opened = reader.open();
    Record r;
    while (p.opened && reader.next(r)) {
        p.rows.append(r.fields);
        p.lines.append(r.line);
    }
    p.error = reader.error();
    p.delimiter = reader.delimiter();
    p.encoding = reader.encoding();
    p.warnings = reader.warnings();
    return p;
}

QByteArray utf16le(const QString &text, bool bom)
{
    QStringEncoder encoder(QStringConverter::Utf16LE, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder.encode(text);
}

} // namespace

using Rows = QList<QStringList>;
Q_DECLARE_METATYPE(Rows)

class tst_CsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void records_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<Rows>("expected");
        QTest::addColumn<QList<qint64>>("lines");

        QTest::newRow("simple LF") << QByteArray("a,b\n1,2\n") << Rows{{"a", "b"}, {"1", "2"}} << QList<qint64>{1, 2};
        QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << Rows{{"a", "b"}, {"1", "2"}} << QList<qint64>{1, 2};
        QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << Rows{{"a", "b"}, {"1", "2"}} << QList<qint64>{1, 2};
        QTest::newRow("lone CR") << QByteArray("a,b\r1,2\r") << Rows{{"a", "b"}, {"1", "2"}} << QList<qint64>{1, 2};
        QTest::newRow("mixed: CRLF rows, LF inside quotes")
            << QByteArray("id,text\r\n1,\"two\nlines\"\r\n2,x\r\n") << Rows{{"id", "text"}, {"1", "two\nlines"}, {"2", "x"}}
            << QList<qint64>{1, 2, 4};
        QTest::newRow("doubled quotes") << QByteArray("a\n\"say \"\"hi\"\"\"\n") << Rows{{"a"}, {"say \"hi\""}} << QList<qint64>{1, 2};
        QTest::newRow("comma inside quotes") << QByteArray("a,b\n\"1,234\",x\n") << Rows{{"a", "b"}, {"1,234", "x"}} << QList<qint64>{1, 2};
        QTest::newRow("empty fields") << QByteArray("a,b,c\n,,\n") << Rows{{"a", "b", "c"}, {"", "", ""}} << QList<qint64>{1, 2};
        QTest::newRow("blank line kept as an empty record")
            << QByteArray("a\n\nb\n") << Rows{{"a"}, {""}, {"b"}} << QList<qint64>{1, 2, 3};
        QTest::newRow("quoted empty") << QByteArray("a,b\n\"\",\"\"\n") << Rows{{"a", "b"}, {"", ""}} << QList<qint64>{1, 2};
        QTest::newRow("stray quote inside unquoted field is text")
            << QByteArray("a,b\nhe said \"hi\",2\n") << Rows{{"a", "b"}, {"he said \"hi\"", "2"}} << QList<qint64>{1, 2};
        QTest::newRow("CR LF inside quotes counts one line")
            << QByteArray("a\n\"x\r\ny\"\nz\n") << Rows{{"a"}, {"x\r\ny"}, {"z"}} << QList<qint64>{1, 2, 4};
        QTest::newRow("sep= line") << QByteArray("sep=;\na;b\n1,5;2\n") << Rows{{"a", "b"}, {"1,5", "2"}} << QList<qint64>{2, 3};
        QTest::newRow("GA comments stay records")
            << QByteArray("# ----\n# Report\n\nPage,Sessions\n/,\"3,611\"\n")
            << Rows{{"# ----"}, {"# Report"}, {""}, {"Page", "Sessions"}, {"/", "3,611"}} << QList<qint64>{1, 2, 3, 4, 5};
    }

    void records()
    {
        QFETCH(QByteArray, input);
        QFETCH(Rows, expected);
        QFETCH(QList<qint64>, lines);
        const Parsed p = parse(input);
        QVERIFY(p.opened);
        QVERIFY2(!p.error.isError(), qPrintable(p.error.message));
        QCOMPARE(p.rows, expected);
        QCOMPARE(p.lines, lines);
    }

    void delimiters_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("delimiter");
        QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n") << QStringLiteral(",");
        QTest::newRow("semicolon with decimal commas") << QByteArray("Source;Sessions;Taux\nA;1 234;62,5 %\nB;12;5,1 %\n") << QStringLiteral(";");
        QTest::newRow("tab with commas and semicolons in text")
            << QByteArray("Date\tTitle\tKeyphrases\n1\tHello, world\tLab; cryostat\n2\tA, b, c\tx; y\n") << QStringLiteral("\t");
        QTest::newRow("quoted commas do not count")
            << QByteArray("\"a\";\"b\"\n\"1,2,3,4\";\"5\"\n") << QStringLiteral(";");
        QTest::newRow("comment lines ignored") << QByteArray("# a;b;c;d;e\n# f;g;h;i\nx,y\n1,2\n") << QStringLiteral(",");
        QTest::newRow("single column") << QByteArray("label\nvalue\n") << QStringLiteral(",");
    }

    void delimiters()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, delimiter);
        QCOMPARE(parse(input).delimiter, delimiter.at(0));
    }

    void encodings_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<QString>("firstCell");
        const QString text = QStringLiteral("Réponses,J'aime\n🎄,2\n");
        QTest::newRow("UTF-8") << text.toUtf8() << int(TextDecoder::Encoding::Utf8) << QStringLiteral("Réponses");
        QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << int(TextDecoder::Encoding::Utf8Bom) << QStringLiteral("Réponses");
        QTest::newRow("UTF-16LE BOM") << utf16le(text, true) << int(TextDecoder::Encoding::Utf16LE) << QStringLiteral("Réponses");
        QTest::newRow("UTF-16LE without BOM") << utf16le(text, false) << int(TextDecoder::Encoding::Utf16LE) << QStringLiteral("Réponses");
        QStringEncoder be(QStringConverter::Utf16BE, QStringConverter::Flag::WriteBom);
        QTest::newRow("UTF-16BE BOM") << QByteArray(be.encode(text)) << int(TextDecoder::Encoding::Utf16BE) << QStringLiteral("Réponses");
        QTest::newRow("Windows-1252") << QByteArray("R\xE9ponses,\x80 price\n1,2\n") << int(TextDecoder::Encoding::Windows1252) << QStringLiteral("Réponses");
    }

    void encodings()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, encoding);
        QFETCH(QString, firstCell);
        const Parsed p = parse(input);
        QVERIFY(p.opened);
        QCOMPARE(int(p.encoding), encoding);
        QCOMPARE(p.rows.value(0).value(0), firstCell);
        if (encoding == int(TextDecoder::Encoding::Windows1252)) {
            QCOMPARE(p.rows.value(0).value(1), QStringLiteral("€ price"));
            QVERIFY(p.warnings.join(QString()).contains(QLatin1String("Windows-1252")));
        } else {
            QCOMPARE(p.rows.value(1).value(0), QStringLiteral("🎄"));
            QVERIFY(p.warnings.isEmpty());
        }
    }

    void unterminatedQuoteNamesLineAndColumn()
    {
        const Parsed p = parse("a,b\n1,2\n3,\"open\nand never closed");
        QCOMPARE(p.rows.size(), 2);
        QVERIFY(p.error.isError());
        QCOMPARE(p.error.line, 3);
        QCOMPARE(p.error.column, 3);
        QVERIFY(p.error.message.contains(QLatin1String("unterminated quoted field")));
    }

    void truncatedSample()
    {
        QFile file(Test::sample(QStringLiteral("broken/tweet_activity_metrics_examplelab_20170101_20170201_en_truncated.csv")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        CsvReader reader(&file);
        QVERIFY(reader.open());
        Record r;
        int records = 0;
        while (reader.next(r))
            ++records;
        QCOMPARE(records, 1 + 15); // header and the 15 complete data rows
        QVERIFY(reader.error().isError());
        QVERIFY(reader.error().line > 1);
    }

    void binaryIsRefused()
    {
        QFile file(Test::sample(QStringLiteral("broken/IMG_20260114_101500.csv")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        CsvReader reader(&file);
        QVERIFY(!reader.open());
        QVERIFY(reader.error().message.contains(QLatin1String("not a text file")));
    }

    void fieldsAcrossChunkBoundaries()
    {
        // Quotes, CRs and multi-byte characters falling on 64 KiB boundaries.
        QByteArray input = "id,text\r\n";
        QList<QString> texts;
        for (int i = 0; i < 8000; ++i) {
            const QString t = QStringLiteral("é\"x\"%1,\r\n%2").arg(i).arg(QString(i % 50, QLatin1Char('z')));
            texts.append(t);
            QString quoted = t;
            quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
            input += QByteArray::number(i) + ",\"" + quoted.toUtf8() + "\"\r\n";
        }
        QVERIFY(input.size() > 3 * 65536);
        const Parsed p = parse(input);
        QVERIFY2(!p.error.isError(), qPrintable(p.error.message));
        QCOMPARE(p.rows.size(), 8001);
        for (int i = 0; i < 8000; ++i) {
            QCOMPARE(p.rows.at(i + 1).at(1), texts.at(i));
            QCOMPARE(p.lines.at(i + 1), qint64(2 + 2 * i));
        }
    }

    void utf16SampleWithTabs()
    {
        QFile file(Test::sample(QStringLiteral("listening/meltwater_examplelab_classic_2024-03.csv")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        CsvReader reader(&file);
        QVERIFY(reader.open());
        QCOMPARE(reader.encoding(), TextDecoder::Encoding::Utf16LE);
        QCOMPARE(reader.delimiter(), QLatin1Char('\t'));
        Record r;
        QVERIFY(reader.next(r));
        QCOMPARE(r.fields.size(), 31);
        int rows = 0;
        while (reader.next(r)) {
            if (!r.isBlank()) {
                QCOMPARE(r.fields.size(), 31);
                ++rows;
            }
        }
        QCOMPARE(rows, 12);
    }
};

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"
