// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdecoder.h"

namespace Beamline {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80..0x9F.
constexpr char16_t Cp1252High[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
    0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
};

bool looksBinary(QByteArrayView head)
{
    if (head.startsWith("\xFF\xD8\xFF") || head.startsWith("\x89PNG") || head.startsWith("%PDF") || head.startsWith("GIF8"))
        return true;
    int control = 0;
    for (char ch : head) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
            ++control;
    }
    return head.size() > 0 && control * 100 > head.size();
}

} // namespace

bool TextDecoder::isValidUtf8(QByteArrayView bytes, bool allowTruncatedEnd)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra;
        if (c >= 0xC2 && c <= 0xDF)
            extra = 1;
        else if (c >= 0xE0 && c <= 0xEF)
            extra = 2;
        else if (c >= 0xF0 && c <= 0xF4)
            extra = 3;
        else
            return false;
        if (i + extra >= n + (allowTruncatedEnd ? extra : 0))
            return allowTruncatedEnd;
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n)
                return allowTruncatedEnd;
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
        }
        i += extra + 1;
    }
    return true;
}

TextDecoder::Sniff TextDecoder::sniff(QByteArrayView head)
{
    Sniff s;
    if (head.startsWith("\xEF\xBB\xBF")) {
        s.encoding = Encoding::Utf8Bom;
        s.bomLength = 3;
        return s;
    }
    if (head.startsWith("\xFF\xFE")) {
        s.encoding = Encoding::Utf16LE;
        s.bomLength = 2;
        return s;
    }
    if (head.startsWith("\xFE\xFF")) {
        s.encoding = Encoding::Utf16BE;
        s.bomLength = 2;
        return s;
    }
    // UTF-16 without a BOM: mostly-ASCII text has a NUL in every other byte.
    const qsizetype sample = qMin<qsizetype>(head.size(), 512) & ~qsizetype(1);
    int nulEven = 0, nulOdd = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        if (head.at(i) == '\0')
            (i % 2 == 0 ? nulEven : nulOdd)++;
    }
    if (sample >= 4) {
        const int pairs = int(sample / 2);
        if (nulOdd * 10 >= pairs * 7 && nulEven * 10 < pairs) {
            s.encoding = Encoding::Utf16LE;
            return s;
        }
        if (nulEven * 10 >= pairs * 7 && nulOdd * 10 < pairs) {
            s.encoding = Encoding::Utf16BE;
            return s;
        }
    }
    if (nulEven + nulOdd > 0 || looksBinary(head)) {
        s.binary = true;
        return s;
    }
    s.encoding = isValidUtf8(head, true) ? Encoding::Utf8 : Encoding::Windows1252;
    return s;
}

QString TextDecoder::name(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8: return QStringLiteral("UTF-8");
    case Encoding::Utf8Bom: return QStringLiteral("UTF-8 (BOM)");
    case Encoding::Utf16LE: return QStringLiteral("UTF-16LE");
    case Encoding::Utf16BE: return QStringLiteral("UTF-16BE");
    case Encoding::Windows1252: return QStringLiteral("Windows-1252");
    }
    return {};
}

TextDecoder::TextDecoder(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
    case Encoding::Utf8Bom:
        m_decoder.emplace(QStringConverter::Utf8);
        break;
    case Encoding::Utf16LE:
        m_decoder.emplace(QStringConverter::Utf16LE);
        break;
    case Encoding::Utf16BE:
        m_decoder.emplace(QStringConverter::Utf16BE);
        break;
    case Encoding::Windows1252:
        break;
    }
}

QString TextDecoder::decode(QByteArrayView chunk)
{
    if (m_decoder)
        return m_decoder->decode(chunk);
    QString out(chunk.size(), Qt::Uninitialized);
    QChar *d = out.data();
    for (qsizetype i = 0; i < chunk.size(); ++i) {
        const auto c = static_cast<unsigned char>(chunk.at(i));
        d[i] = (c >= 0x80 && c <= 0x9F) ? QChar(Cp1252High[c - 0x80]) : QChar(c);
    }
    return out;
}

bool TextDecoder::hadErrors() const
{
    return m_decoder && m_decoder->hasError();
}

} // namespace Beamline
