// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <deque>

namespace Beamline {

// One row of a table file: its cells and the 1-based line on which it starts.
struct Record {
    QStringList fields;
    qint64 line = 0;

    bool isBlank() const
    {
        for (const QString &f : fields) {
            if (!f.trimmed().isEmpty())
                return false;
        }
        return true;
    }
};

// Where reading stopped on malformed input: file line and column (1-based).
struct ReadError {
    QString message;
    qint64 line = 0;
    qint64 column = 0;

    bool isError() const { return !message.isEmpty(); }
};

// A source of records (a CSV file, a ZIP member, a worksheet). Streams: callers see
// one record at a time and memory does not grow with the input.
class RecordStream
{
public:
    virtual ~RecordStream() = default;

    // Reads the next record; false at the end or on an error (see error()).
    virtual bool next(Record &record) = 0;
    virtual ReadError error() const = 0;
    // Progress in input units (bytes for files); total may be 0 when unknown.
    virtual qint64 position() const = 0;
    virtual qint64 size() const = 0;
    // Things worth telling the user about the input itself (encoding fallback...).
    virtual QStringList warnings() const { return {}; }
};

// Lets a reader look ahead (to detect formats and headers) and then read the records
// again from the start of what it looked at.
class PeekableStream final : public RecordStream
{
public:
    explicit PeekableStream(RecordStream &source) : m_source(source) {}

    // Makes sure up to n records are buffered; returns how many are.
    qsizetype fill(qsizetype n);
    const Record &peek(qsizetype i) const { return m_buffer.at(size_t(i)); }
    qsizetype buffered() const { return qsizetype(m_buffer.size()); }
    // Puts a record back in front (a format that read one record too far).
    void unread(const Record &record) { m_buffer.push_front(record); }

    bool next(Record &record) override;
    ReadError error() const override { return m_source.error(); }
    qint64 position() const override { return m_source.position(); }
    qint64 size() const override { return m_source.size(); }
    QStringList warnings() const override { return m_source.warnings(); }

private:
    RecordStream &m_source;
    std::deque<Record> m_buffer;
    bool m_exhausted = false;
};

} // namespace Beamline
