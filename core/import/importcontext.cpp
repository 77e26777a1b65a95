// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcontext.h"

#include "readlimits.h"

#include <QCoreApplication>

namespace Beamline {

namespace {
constexpr int MaxListedWarnings = 50;
constexpr int MaxListedSkippedRows = 1000;
// A message that quotes cells is cut here, whatever it quotes.
constexpr qsizetype MaxMessageCharacters = 1000;
constexpr qsizetype ProbeCellCharacters = 1024;

QString bounded(const QString &text)
{
    return ReadLimits::excerpt(text, MaxMessageCharacters);
}
} // namespace

QVector<Record> ProbeInfo::collect(PeekableStream &stream)
{
    QVector<Record> records;
    qsizetype characters = 0;
    for (qsizetype i = 0; i < ReadLimits::ProbeRecords && characters < ReadLimits::ProbeCharacters; ++i) {
        if (stream.fill(i + 1) <= i)
            break;
        const Record &source = stream.peek(i);
        Record record;
        record.line = source.line;
        const qsizetype cells = qMin(source.fields.size(), ReadLimits::ProbeCellsPerRecord);
        record.fields.reserve(cells);
        for (qsizetype c = 0; c < cells; ++c) {
            const QString &cell = source.fields.at(c);
            record.fields.append(cell.size() > ProbeCellCharacters ? cell.left(ProbeCellCharacters) : cell);
            characters += qMin(cell.size(), ProbeCellCharacters) + 1;
        }
        records.append(std::move(record));
    }
    return records;
}

ImportContext::ImportContext(ImportSink &sink, const ProbeInfo &probe)
    : m_sink(sink)
    , m_probe(probe)
{
}

void ImportContext::warn(qint64 line, const QString &text)
{
    const QString message = bounded(line > 0 ? QCoreApplication::translate("Beamline::ImportContext", "line %1: %2").arg(line).arg(text) : text);
    if (m_warnings.contains(message))
        return;
    if (m_warnings.size() < MaxListedWarnings)
        m_warnings.append(message);
    else
        ++m_moreWarnings;
}

QStringList ImportContext::warnings() const
{
    QStringList all = m_warnings;
    if (m_moreWarnings > 0)
        all.append(QCoreApplication::translate("Beamline::ImportContext", "… and %n more warning(s)", nullptr, m_moreWarnings));
    return all;
}

void ImportContext::fail(qint64 line, qint64 column, const QString &text)
{
    if (!m_error.isEmpty())
        return;
    m_error = bounded(text);
    m_errorLine = line;
    m_errorColumn = column;
}

void ImportContext::count(WriteOutcome outcome)
{
    m_counts.count(outcome);
    if (outcome == WriteOutcome::Conflict) {
        const ImportSink::RowConflict conflict = m_sink.lastConflict();
        fail(conflict.line, 0,
             QCoreApplication::translate("Beamline::ImportContext",
                                         "this row and line %1 give different values (%2) for the same %3; the file has a column "
                                         "Beamline does not read that tells them apart, so nothing was imported")
                 .arg(conflict.otherLine)
                 .arg(conflict.columns.join(QStringLiteral(", ")), conflict.what));
    } else if (outcome == WriteOutcome::Duplicate && m_duplicateLine == 0) {
        const ImportSink::RowConflict duplicate = m_sink.lastConflict();
        m_duplicateLine = duplicate.line;
        warn(duplicate.line, QCoreApplication::translate("Beamline::ImportContext", "repeats line %1; counted once (this and any later repeated rows)")
                                 .arg(duplicate.otherLine));
    }
}

void ImportContext::skip(qint64 line, qint64 column, const QString &reason)
{
    if (!skipBadRows) {
        fail(line, column, reason);
        return;
    }
    if (line > 0 && line == m_rejectedLine)
        return; // the row is already left out
    m_rejectedLine = line;
    ++m_counts.skipped;
    if (m_skipped.size() < MaxListedSkippedRows)
        m_skipped.append(bounded(QCoreApplication::translate("Beamline::ImportContext", "line %1: %2").arg(line).arg(reason)));
    else
        ++m_moreSkipped;
}

QStringList ImportContext::skippedRows() const
{
    QStringList all = m_skipped;
    if (m_moreSkipped > 0)
        all.append(QCoreApplication::translate("Beamline::ImportContext", "… and %n more row(s)", nullptr, int(m_moreSkipped)));
    return all;
}

void ImportContext::noteTrailingCells(qint64 line, qsizetype expected, qsizetype found)
{
    if (m_trailingNoted)
        return;
    m_trailingNoted = true;
    warn(line, QCoreApplication::translate("Beamline::ImportContext",
                                           "expected %1 fields, found %2; the extra cells are empty and were ignored (this and any later such rows)")
                   .arg(expected)
                   .arg(found));
}

void ImportContext::coverDay(QDate day)
{
    if (m_periodFixed || !day.isValid())
        return;
    if (!m_periodStart.isValid() || day < m_periodStart)
        m_periodStart = day;
    if (!m_periodEnd.isValid() || day > m_periodEnd)
        m_periodEnd = day;
}

void ImportContext::setPeriod(QDate start, QDate end)
{
    if (!start.isValid() || !end.isValid())
        return;
    m_periodStart = start;
    m_periodEnd = end;
    m_periodFixed = true;
}

bool ImportContext::keepGoing(const RecordStream &stream)
{
    if (failed())
        return false;
    if ((++m_ticks & 255) != 0)
        return !m_cancelled;
    if (cancel && cancel->load(std::memory_order_relaxed)) {
        m_cancelled = true;
        return false;
    }
    if (progress)
        progress(stream.position(), stream.size());
    return true;
}

} // namespace Beamline
