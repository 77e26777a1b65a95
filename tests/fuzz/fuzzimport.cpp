// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzimport.h"

#include <core/import/csvreader.h>
#include <core/import/databasesink.h>
#include <core/import/importer.h>
#include <core/import/importsource.h>
#include <core/import/spreadsheetml.h>
#include <core/import/values.h>

#include <QBuffer>
#include <QTemporaryDir>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace Beamline::Fuzz {

namespace {

const QStringList WorkbookMembers = {QStringLiteral("xl/workbook.xml"), QStringLiteral("xl/sharedStrings.xml"), QStringLiteral("xl/styles.xml"),
                                     QStringLiteral("xl/worksheets/sheet1.xml")};

// The score from which the importer takes a format's word for it (Importer::Run::choose):
// below it the input is refused as not recognised.
constexpr int RecognisedScore = 50;

QString notRecognised()
{
    return QStringLiteral("no format recognises it");
}

// Probes the records, runs every value parser on every probed cell, and reads them with
// the format that recognises them best (whatever its score, for the fuzzer's coverage).
Outcome probeAndRead(RecordStream &source, ProbeInfo probe)
{
    PeekableStream stream(source);
    probe.records = ProbeInfo::collect(stream);

    // Every value parser on every cell of the probe.
    for (const Record &record : std::as_const(probe.records)) {
        for (const QString &cell : record.fields) {
            Values::number(cell, {});
            Values::number(cell, {QLatin1Char(',')});
            Values::percent(cell, Values::Percent::String, {});
            Values::duration(cell, {});
            for (int layout = 0; layout <= int(Values::DateLayout::ExcelSerial); ++layout)
                Values::dateTime(cell, Values::DateLayout(layout));
            Values::detectLayout({cell});
        }
    }

    Outcome outcome;
    if (source.error().isError()) {
        outcome.message = source.error().message;
        return outcome;
    }
    if (probe.records.isEmpty()) {
        outcome.message = QStringLiteral("the input is empty");
        return outcome;
    }
    const ImportFormat *best = nullptr;
    int bestScore = 0;
    for (const auto &format : Importer::formats()) {
        const int score = format->detect(probe);
        if (score > bestScore) {
            bestScore = score;
            best = format.get();
        }
    }
    if (!best) {
        outcome.message = notRecognised();
        return outcome;
    }
    PreviewSink sink;
    ImportContext context(sink, probe);
    const bool ok = best->read(stream, context);
    if (source.error().isError())
        outcome.message = source.error().message;
    else if (!ok || context.failed())
        outcome.message = context.error().isEmpty() ? QStringLiteral("the format could not read it") : context.error();
    else if (bestScore < RecognisedScore)
        outcome.message = notRecognised();
    else if (context.leftOut())
        outcome.message = context.warnings().join(QStringLiteral("; "));
    if (outcome.imported()) {
        outcome.format = best->id();
        outcome.rows = context.rowsRead;
    }
    return outcome;
}

// The parts of a workbook as one input, as the importer takes a file: refused when a part
// that was read failed, read when some part was; parts no format recognises are left out.
void addPart(Outcome &whole, bool &anyRead, QString &firstRefusal, const Outcome &part)
{
    if (part.imported()) {
        if (whole.format.isEmpty())
            whole.format = part.format;
        whole.rows += part.rows;
        anyRead = true;
    } else if (part.message != notRecognised() && part.message != QLatin1String("the input is empty")) {
        if (whole.message.isEmpty())
            whole.message = part.message; // a damaged part refuses the whole file
    } else if (firstRefusal.isEmpty()) {
        firstRefusal = part.message;
    }
}

Outcome finish(Outcome whole, bool anyRead, const QString &firstRefusal, const QString &openError)
{
    if (!whole.message.isEmpty() || anyRead) {
        if (!whole.message.isEmpty()) {
            whole.format.clear();
            whole.rows = 0;
        }
        return whole;
    }
    whole.message = !openError.isEmpty() ? openError : !firstRefusal.isEmpty() ? firstRefusal : QStringLiteral("no sheet in it");
    return whole;
}

} // namespace

Outcome importBytes(const QByteArray &bytes)
{
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    if (!reader.open()) {
        Outcome refused;
        refused.message = reader.error().message.isEmpty() ? QStringLiteral("not text") : reader.error().message;
        return refused;
    }
    ProbeInfo probe;
    probe.fileName = QStringLiteral("fuzz.csv");
    probe.encoding = reader.encoding();
    probe.delimiter = reader.delimiter();
    probe.hadSepLine = reader.hadSepLine();
    return probeAndRead(reader, probe);
}

Outcome importWorkbookParts(const QByteArray &bytes)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fuzz.xlsx"));
    {
        QuaZip zip(path);
        if (!zip.open(QuaZip::mdCreate)) {
            Outcome refused;
            refused.message = QStringLiteral("the workbook could not be written");
            return refused;
        }
        auto add = [&zip](const QString &name, const QByteArray &content) {
            QuaZipFile file(&zip);
            // Stored, not deflated: the fuzzer's changes reach the XML as they are.
            if (file.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, 0, 0)) {
                file.write(content);
                file.close();
            }
        };
        add(QStringLiteral("xl/_rels/workbook.xml.rels"),
            "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
            "Target=\"worksheets/sheet1.xml\"/></Relationships>");
        qsizetype from = 0;
        for (qsizetype i = 0; i < WorkbookMembers.size(); ++i) {
            qsizetype end = bytes.indexOf(WorkbookSeparator, from);
            if (end < 0 || i == WorkbookMembers.size() - 1)
                end = bytes.size();
            add(WorkbookMembers.at(i), bytes.mid(from, end - from));
            from = end + qsizetype(sizeof(WorkbookSeparator) - 1);
            if (from > bytes.size())
                break;
        }
        zip.close();
    }
    ImportSource source(path);
    Outcome whole;
    bool anyRead = false;
    QString firstRefusal;
    if (!source.open())
        return finish(whole, false, {}, source.error().isEmpty() ? QStringLiteral("not a workbook") : source.error());
    for (int part = 0; part < source.parts().size(); ++part) {
        RecordStream *records = source.openPart(part);
        if (!records) {
            addPart(whole, anyRead, firstRefusal, Outcome{{}, 0, source.error().isEmpty() ? QStringLiteral("the sheet could not be opened") : source.error()});
            continue;
        }
        ProbeInfo probe;
        probe.fileName = source.parts().at(part).name;
        probe.worksheet = true;
        addPart(whole, anyRead, firstRefusal, probeAndRead(*records, probe));
    }
    return finish(whole, anyRead, firstRefusal, {});
}

QByteArray workbookParts(const QString &xlsxPath)
{
    // The parts by what they hold, wherever the workbook keeps them.
    QByteArray found[4];
    QuaZip zip(xlsxPath);
    if (zip.open(QuaZip::mdUnzip)) {
        for (const QString &name : zip.getFileNameList()) {
            QuaZipFile file(xlsxPath, name, QuaZip::csInsensitive);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = file.readAll();
            if (name.compare(QLatin1String("xl/workbook.xml"), Qt::CaseInsensitive) == 0)
                found[0] = content;
            else if (content.contains("<sst") && found[1].isEmpty())
                found[1] = content;
            else if (content.contains("<styleSheet") && found[2].isEmpty())
                found[2] = content;
            else if (content.contains("<sheetData") && found[3].isEmpty())
                found[3] = content;
        }
        zip.close();
    }
    QByteArray joined;
    for (int i = 0; i < 4; ++i)
        joined += (i > 0 ? QByteArray(WorkbookSeparator) : QByteArray()) + found[i];
    return joined;
}

Outcome importSpreadsheetMl(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QString error;
    const QVector<SpreadsheetMl::Sheet> sheets = SpreadsheetMl::listSheets(buffer, &error);
    Outcome whole;
    bool anyRead = false;
    QString firstRefusal;
    for (const SpreadsheetMl::Sheet &sheet : sheets) {
        auto device = std::make_unique<QBuffer>();
        device->setData(bytes);
        device->open(QIODevice::ReadOnly);
        const auto records = SpreadsheetMl::sheetStream(std::move(device), sheet.element);
        ProbeInfo probe;
        probe.fileName = sheet.name;
        probe.containerName = QStringLiteral("fuzz.xls");
        probe.worksheet = true;
        addPart(whole, anyRead, firstRefusal, probeAndRead(*records, probe));
    }
    return finish(whole, anyRead, firstRefusal, sheets.isEmpty() ? (error.isEmpty() ? QStringLiteral("no worksheet in it") : error) : QString());
}

} // namespace Beamline::Fuzz
