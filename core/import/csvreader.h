// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordstream.h"
#include "textdecoder.h"

#include <QCoreApplication>

#include <memory>

class QIODevice;

namespace Beamline {

// A streaming RFC 4180 reader for the CSV/TSV files platforms export: quoted fields with
// doubled quotes and line breaks inside, LF, CRLF, CR or mixed line endings, a sniffed
// encoding, and the delimiter from a "sep=" first line or else the one that splits the
// first lines most consistently (',', ';' or tab). Reads in chunks: memory does not grow
// with the file.
class CsvReader final : public RecordStream
{
    Q_DECLARE_TR_FUNCTIONS(Beamline::CsvReader)

public:
    // The device must be open for reading and outlive the reader. A null delimiter
    // means "detect it".
    explicit CsvReader(QIODevice *device, QChar delimiter = QChar());
    ~CsvReader() override;

    // Sniffs encoding and delimiter. False for input that is not text (see error()).
    bool open();

    bool next(Record &record) override;
    ReadError error() const override { return m_error; }
    qint64 position() const override;
    qint64 size() const override;
    QStringList warnings() const override { return m_warnings; }

    TextDecoder::Encoding encoding() const { return m_encoding; }
    QChar delimiter() const { return m_delimiter; }
    // True when the first line was an Excel "sep=" hint (it is not returned as a record).
    bool hadSepLine() const { return m_sepLine; }

    // For devices that do not know their size (a ZIP member): the size to report.
    void setSizeHint(qint64 bytes) { m_sizeHint = bytes; }
    static QChar detectDelimiter(QStringView text);

private:
    bool fillBuffer();
    void compact();

    QIODevice *m_device;
    qint64 m_sizeHint = 0;
    QChar m_delimiter;
    TextDecoder::Encoding m_encoding = TextDecoder::Encoding::Utf8;
    std::unique_ptr<TextDecoder> m_decoder;
    QString m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_opened = false;
    bool m_sepLine = false;
    qint64 m_line = 1;       // line of the next unread character
    qint64 m_lineStart = 0;  // buffer offset where the current line started (for columns)
    ReadError m_error;
    QStringList m_warnings;
};

} // namespace Beamline
