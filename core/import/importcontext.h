// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importsink.h"
#include "recordstream.h"
#include "textdecoder.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QTimeZone>
#include <QVector>

#include <atomic>
#include <functional>

namespace Beamline {

// What a format can learn about the input before reading it.
struct ProbeInfo {
    QString fileName;      // the file's own name ("Table data.csv")
    QString containerName; // the ZIP or workbook it came from, if any
    QString memberPath;    // path inside the container ("Content …/Table data.csv", a sheet name)
    TextDecoder::Encoding encoding = TextDecoder::Encoding::Utf8;
    QChar delimiter = QLatin1Char(',');
    bool hadSepLine = false;
    bool worksheet = false;
    QVector<Record> records; // the first records of the input

    // The records format detection looks at: the first ones of the stream (which keeps them
    // buffered), each cut to its first cells and characters, and no more characters than
    // ReadLimits::ProbeCharacters in all. A 100,000-column header costs detection no more
    // than a 2,048-column one.
    static QVector<Record> collect(PeekableStream &stream);

    // Every name the input goes by, lowercased, for tie-breaking by file name.
    QString names() const { return (containerName + QLatin1Char('/') + memberPath + QLatin1Char('/') + fileName).toLower(); }
};

// The state of one import: options, counts, warnings and the sink.
class ImportContext final
{
public:
    ImportContext(ImportSink &sink, const ProbeInfo &probe);

    // Where formats write rows. A row that skip() left out is not written even if the format
    // goes on to write it (its outcome is Rejected, which counts nothing).
    ImportSink &sink() { return m_guard; }
    const ProbeInfo &probe() const { return m_probe; }

    // Zone for exports that give local times without saying which zone.
    QTimeZone timeZone = QTimeZone::utc();
    // The period the user gave (ImportOptions) for a report that says none, neither in its
    // name nor in its rows; invalid when none was given.
    QDate givenPeriodStart;
    QDate givenPeriodEnd;
    // When the export was taken (file name date, else file time): newest snapshot wins.
    QDateTime capturedAt;
    // Progress: called with (done, total) now and then; cancel is polled.
    std::function<void(qint64, qint64)> progress;
    const std::atomic<bool> *cancel = nullptr;

    void warn(qint64 line, const QString &text);
    void warn(const QString &text) { warn(0, text); }
    QStringList warnings() const;
    // Marks the import as failed; nothing is written.
    void fail(qint64 line, qint64 column, const QString &text);
    bool failed() const { return !m_error.isEmpty(); }
    // Fails because the report says nothing of its period and none was given: the caller can
    // ask for it (ImportReport::needsPeriod) and import again.
    void failNeedsPeriod(qint64 line, const QString &text)
    {
        fail(line, 1, text);
        m_needsPeriod = true;
    }
    bool needsPeriod() const { return m_needsPeriod; }
    QString error() const { return m_error; }
    qint64 errorLine() const { return m_errorLine; }
    qint64 errorColumn() const { return m_errorColumn; }

    // Counts what writing a row did; a conflict with an earlier line of the file fails the
    // import (the sink says which line and values).
    void count(WriteOutcome outcome);
    // A row that cannot be read (a field count, date or number that does not parse): the
    // import fails naming the line and column, unless skipBadRows, when the row is left out
    // and listed in skippedRows().
    void skip(qint64 line, qint64 column, const QString &reason);
    void skip(qint64 line, const QString &reason) { skip(line, 0, reason); }
    bool skipBadRows = false;
    // "line 12: column 3 (“Impressions”): “abc” is not a number", one per row left out.
    QStringList skippedRows() const;
    // A row with empty cells beyond the header's: read as if they were not there; said once.
    void noteTrailingCells(qint64 line, qsizetype expected, qsizetype found);
    const WriteCounts &counts() const { return m_counts; }
    qint64 rowsRead = 0;

    // The format recognised the part and leaves it out on purpose (says why, stores nothing).
    void leaveOut(const QString &why)
    {
        warn(why);
        m_leftOut = true;
    }
    bool leftOut() const { return m_leftOut; }

    // The period the data covers (from metadata, or widened by each row).
    void coverDay(QDate day);
    void setPeriod(QDate start, QDate end);
    QDate periodStart() const { return m_periodStart; }
    QDate periodEnd() const { return m_periodEnd; }

    // Original column names and the canonical role each was stored under.
    struct Column {
        QString sourceName;
        QString role;
    };
    QVector<Column> columns;
    QJsonObject metadata;

    // Polls cancel and reports progress every few hundred rows; false when cancelled or failed.
    bool keepGoing(const RecordStream &stream);
    bool cancelled() const { return m_cancelled; }

private:
    // Forwards to the real sink, except the rows of the line skip() left out.
    class Guard final : public ImportSink
    {
    public:
        Guard(ImportSink &sink, const qint64 &rejectedLine)
            : m_sink(sink)
            , m_rejected(rejectedLine)
        {
        }
        qint64 channel(Platform platform, const QString &handle, const QString &displayName) override
        {
            return m_sink.channel(platform, handle, displayName);
        }
        qint64 webSource(const QString &provider, const QString &name) override { return m_sink.webSource(provider, name); }
        WriteOutcome post(PlatformPost &post, const PostSnapshot &snapshot, qint64 line) override
        {
            return rejected(line) ? WriteOutcome::Rejected : m_sink.post(post, snapshot, line);
        }
        WriteOutcome daily(const DailyMetricValue &value) override
        {
            return rejected(value.sourceLine) ? WriteOutcome::Rejected : m_sink.daily(value);
        }
        WriteOutcome web(WebTrafficRow &row) override { return rejected(row.sourceLine) ? WriteOutcome::Rejected : m_sink.web(row); }
        WriteOutcome mention(Mention &mention) override
        {
            return rejected(mention.sourceLine) ? WriteOutcome::Rejected : m_sink.mention(mention);
        }
        RowConflict lastConflict() const override { return m_sink.lastConflict(); }

    private:
        bool rejected(qint64 line) const { return line > 0 && line == m_rejected; }
        ImportSink &m_sink;
        const qint64 &m_rejected;
    };

    ImportSink &m_sink;
    qint64 m_rejectedLine = 0;
    Guard m_guard{m_sink, m_rejectedLine};
    ProbeInfo m_probe;
    QStringList m_warnings;
    int m_moreWarnings = 0;
    QStringList m_skipped;
    qint64 m_moreSkipped = 0;
    qint64 m_duplicateLine = 0;
    QString m_error;
    qint64 m_errorLine = 0;
    qint64 m_errorColumn = 0;
    WriteCounts m_counts;
    QDate m_periodStart;
    QDate m_periodEnd;
    bool m_periodFixed = false;
    qint64 m_ticks = 0;
    bool m_cancelled = false;
    bool m_trailingNoted = false;
    bool m_leftOut = false;
    bool m_needsPeriod = false;
};

} // namespace Beamline
