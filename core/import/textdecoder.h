// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

#include <optional>

namespace Beamline {

// Decodes an export's bytes, whatever encoding the platform (or Excel) chose. The
// encoding is sniffed from the first bytes: a BOM (UTF-8, UTF-16LE/BE), the NUL pattern
// of UTF-16 without BOM, valid UTF-8, and Windows-1252 as the last resort.
class TextDecoder final
{
public:
    enum class Encoding { Utf8, Utf8Bom, Utf16LE, Utf16BE, Windows1252 };

    struct Sniff {
        Encoding encoding = Encoding::Utf8;
        int bomLength = 0;
        bool binary = false; // not text at all (an image renamed .csv...)
    };

    // Looks at the first bytes of a file (a few KiB are enough).
    static Sniff sniff(QByteArrayView head);
    static QString name(Encoding encoding);
    static bool isValidUtf8(QByteArrayView bytes, bool allowTruncatedEnd);

    explicit TextDecoder(Encoding encoding);
    // Decodes the next chunk; a multi-byte sequence split between chunks is kept for the next call.
    QString decode(QByteArrayView chunk);
    // True when invalid sequences were replaced by U+FFFD.
    bool hadErrors() const;

private:
    std::optional<QStringDecoder> m_decoder;
};

} // namespace Beamline
