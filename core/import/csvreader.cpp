// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include "readlimits.h"

#include <QIODevice>
#include <QRegularExpression>

#include <algorithm>
#include <map>

namespace Beamline {

namespace {
constexpr qint64 ChunkSize = 64 * 1024;
constexpr qint64 SniffSize = 64 * 1024;
} // namespace

CsvReader::CsvReader(QIODevice *device, QChar delimiter)
    : m_device(device)
    , m_delimiter(delimiter)
{
}

CsvReader::~CsvReader() = default;

qint64 CsvReader::position() const
{
    return m_device->pos();
}

qint64 CsvReader::size() const
{
    return m_sizeHint > 0 ? m_sizeHint : (m_device->isSequential() ? 0 : m_device->size());
}

QChar CsvReader::detectDelimiter(QStringView text)
{
    const QChar candidates[] = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')};
    // Count each candidate outside quotes on the first lines that are not comments.
    std::map<int, std::vector<int>> counts; // candidate index -> counts per line
    std::vector<int> current(3, 0);
    bool quoted = false;
    int lines = 0;
    bool lineHasContent = false;
    bool comment = false;
    bool lineStart = true;
    for (qsizetype i = 0; i < text.size() && lines < 60; ++i) {
        const QChar c = text.at(i);
        if (lineStart) {
            comment = c == QLatin1Char('#');
            lineStart = false;
        }
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
            lineHasContent = true;
            continue;
        }
        if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r'))) {
            if (lineHasContent && !comment) {
                for (int k = 0; k < 3; ++k)
                    counts[k].push_back(current[k]);
                ++lines;
            }
            std::fill(current.begin(), current.end(), 0);
            lineHasContent = false;
            lineStart = true;
            continue;
        }
        lineHasContent = true;
        if (!quoted) {
            for (int k = 0; k < 3; ++k) {
                if (c == candidates[k])
                    ++current[k];
            }
        }
    }
    if (lineHasContent && !comment) {
        for (int k = 0; k < 3; ++k)
            counts[k].push_back(current[k]);
    }

    int best = 0;
    long bestScore = -1;
    for (int k = 0; k < 3; ++k) {
        std::map<int, int> frequency;
        for (int n : counts[k]) {
            if (n > 0)
                ++frequency[n];
        }
        int modal = 0, modalFrequency = 0;
        for (const auto &[n, f] : frequency) {
            if (f > modalFrequency || (f == modalFrequency && n > modal)) {
                modal = n;
                modalFrequency = f;
            }
        }
        const long score = long(modalFrequency) * 100 + std::min(modal, 99);
        if (score > bestScore) {
            best = k;
            bestScore = score;
        }
    }
    return bestScore <= 0 ? QLatin1Char(',') : candidates[best];
}

bool CsvReader::open()
{
    m_opened = true;
    const QByteArray head = m_device->peek(SniffSize);
    const TextDecoder::Sniff sniff = TextDecoder::sniff(head);
    if (sniff.binary) {
        m_error = {tr("this is not a text file (it looks like binary data); export the report as CSV"), 1, 1};
        return false;
    }
    m_encoding = sniff.encoding;
    m_decoder = std::make_unique<TextDecoder>(m_encoding);
    if (sniff.bomLength > 0)
        m_device->skip(sniff.bomLength);
    if (m_encoding == TextDecoder::Encoding::Windows1252)
        m_warnings.append(tr("the file is not valid UTF-8 and was read as Windows-1252 (probably re-saved in Excel); check accented letters and emoji"));

    // Decode enough text to recognise a "sep=" line and the delimiter.
    while (!m_eof && m_buffer.size() < SniffSize / 2) {
        if (!fillBuffer())
            break;
    }
    static const QRegularExpression sepLine(QStringLiteral("^sep=(.)[ \\t]*(\\r\\n|\\n|\\r|$)"));
    const auto match = sepLine.match(m_buffer);
    if (match.hasMatch()) {
        m_sepLine = true;
        if (m_delimiter.isNull())
            m_delimiter = match.captured(1).at(0);
        m_pos = match.capturedEnd(0);
        if (!match.captured(2).isEmpty())
            ++m_line;
        m_lineStart = m_pos;
    }
    if (m_delimiter.isNull())
        m_delimiter = detectDelimiter(QStringView(m_buffer).mid(m_pos));
    return true;
}

bool CsvReader::fillBuffer()
{
    if (m_eof)
        return false;
    const QByteArray bytes = m_device->read(ChunkSize);
    if (bytes.isEmpty()) {
        m_eof = true;
        // A ZIP member cut off at its limit is an error, not the end of the file.
        if (const auto *capped = dynamic_cast<const ReadLimits::CappedDevice *>(m_device); capped && capped->exceeded())
            m_error = {capped->limitMessage(), m_line, 0};
        return false;
    }
    m_buffer += m_decoder->decode(bytes);
    return true;
}

void CsvReader::compact()
{
    // Drop what has been consumed once it is most of the buffer.
    if (m_pos > ChunkSize && m_pos > m_buffer.size() / 2) {
        m_buffer.remove(0, m_pos);
        m_lineStart -= m_pos;
        m_pos = 0;
    }
}

bool CsvReader::next(Record &record)
{
    if (!m_opened && !open())
        return false;
    if (m_error.isError())
        return false;

    record.fields.clear();
    record.line = m_line;
    qsizetype recordCharacters = 0; // of the fields already appended
    const ReadLimits::Limits &limits = ReadLimits::limits();
    QString field;
    bool quoted = false;      // inside a quoted section
    bool fieldStarted = false;
    bool wasQuoted = false;   // the current field had a quoted section
    qint64 quoteLine = 0, quoteColumn = 0;
    const QChar delimiter = m_delimiter;

    for (;;) {
        // A record is refused as it is read once it passes the limits, before it fills memory.
        if (recordCharacters + field.size() > limits.recordCharacters || record.fields.size() >= limits.recordFields) {
            m_error = {tr("the record starting on this line is longer than %1 characters or has more than %2 fields; no export "
                          "has such lines, so the file was not read")
                           .arg(limits.recordCharacters)
                           .arg(limits.recordFields),
                       record.line, 1};
            return false;
        }
        if (m_pos >= m_buffer.size()) {
            compact();
            if (!fillBuffer()) {
                if (m_error.isError())
                    return false;
                if (quoted) {
                    m_error = {tr("unterminated quoted field (the file ends inside quotes; it may be truncated)"), quoteLine, quoteColumn};
                    return false;
                }
                if (!fieldStarted && record.fields.isEmpty())
                    return false;
                record.fields.append(field);
                return true;
            }
            if (m_decoder->hadErrors()) {
                const QString invalidBytes = tr("some bytes are not valid in the file's encoding and were replaced");
                if (!m_warnings.contains(invalidBytes))
                    m_warnings.append(invalidBytes);
            }
        }
        const QChar *data = m_buffer.constData();
        const qsizetype end = m_buffer.size();
        qsizetype i = m_pos;

        if (quoted) {
            while (i < end) {
                const QChar c = data[i];
                if (c == QLatin1Char('"'))
                    break;
                if (c == QLatin1Char('\r')) {
                    if (i + 1 >= end && !m_eof)
                        break; // is it CRLF? look at the next chunk first
                    if (!(i + 1 < end && data[i + 1] == QLatin1Char('\n'))) {
                        ++m_line;
                        m_lineStart = i + 1;
                    }
                } else if (c == QLatin1Char('\n')) {
                    ++m_line;
                    m_lineStart = i + 1;
                }
                ++i;
            }
            field.append(data + m_pos, i - m_pos);
            m_pos = i;
            if (i >= end)
                continue;
            if (data[i] == QLatin1Char('\r')) {
                compact();
                fillBuffer();
                continue;
            }
            // A quote: doubled (a literal quote) or the end of the quoted section.
            if (m_pos + 1 >= m_buffer.size() && !m_eof) {
                compact();
                fillBuffer();
            }
            if (m_pos + 1 < m_buffer.size() && m_buffer.at(m_pos + 1) == QLatin1Char('"')) {
                field.append(QLatin1Char('"'));
                m_pos += 2;
            } else {
                quoted = false;
                ++m_pos;
            }
            continue;
        }

        while (i < end) {
            const QChar c = data[i];
            if (c == delimiter || c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('"'))
                break;
            ++i;
        }
        if (i > m_pos) {
            field.append(data + m_pos, i - m_pos);
            fieldStarted = true;
        }
        m_pos = i;
        if (i >= end)
            continue;
        const QChar c = data[i];
        if (c == delimiter) {
            recordCharacters += field.size() + 1;
            record.fields.append(field);
            field.clear();
            fieldStarted = true; // a delimiter means there is a (possibly empty) next field
            wasQuoted = false;
            ++m_pos;
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!wasQuoted && field.trimmed().isEmpty()) {
                // An opening quote (spaces before it are dropped).
                field.clear();
                quoted = true;
                wasQuoted = true;
                quoteLine = m_line;
                quoteColumn = m_pos - m_lineStart + 1;
            } else {
                field.append(c); // a stray quote inside an unquoted field is text
            }
            fieldStarted = true;
            ++m_pos;
            continue;
        }
        // A line break ends the record. CRLF counts once; a lone CR is a break too.
        if (c == QLatin1Char('\r')) {
            if (m_pos + 1 >= m_buffer.size() && !m_eof) {
                compact();
                fillBuffer();
            }
            if (m_pos + 1 < m_buffer.size() && m_buffer.at(m_pos + 1) == QLatin1Char('\n'))
                ++m_pos;
        }
        ++m_pos;
        ++m_line;
        m_lineStart = m_pos;
        record.fields.append(field);
        return true;
    }
}

} // namespace Beamline
