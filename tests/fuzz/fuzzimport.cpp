// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzimport.h"

#include <core/import/csvreader.h>
#include <core/import/databasesink.h>
#include <core/import/importer.h>
#include <core/import/values.h>

#include <QBuffer>

namespace Beamline::Fuzz {

void importBytes(const QByteArray &bytes)
{
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    if (!reader.open())
        return;
    PeekableStream stream(reader);
    ProbeInfo probe;
    probe.fileName = QStringLiteral("fuzz.csv");
    probe.encoding = reader.encoding();
    probe.delimiter = reader.delimiter();
    probe.hadSepLine = reader.hadSepLine();
    stream.fill(40);
    for (qsizetype i = 0; i < stream.buffered(); ++i)
        probe.records.append(stream.peek(i));

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

    const ImportFormat *best = nullptr;
    int bestScore = 0;
    for (const auto &format : Importer::formats()) {
        const int score = format->detect(probe);
        if (score > bestScore) {
            bestScore = score;
            best = format.get();
        }
    }
    if (!best)
        return;
    PreviewSink sink;
    ImportContext context(sink, probe);
    best->read(stream, context);
}

} // namespace Beamline::Fuzz
