// SPDX-License-Identifier: GPL-3.0-or-later
#include "readlimits.h"

namespace Beamline::ReadLimits {

namespace {
Limits &current()
{
    static Limits limits;
    return limits;
}
} // namespace

const Limits &limits()
{
    return current();
}

ScopedLimits::ScopedLimits(const Limits &limits)
    : m_previous(current())
{
    current() = limits;
}

ScopedLimits::~ScopedLimits()
{
    current() = m_previous;
}

QString excerpt(QStringView cell, qsizetype characters)
{
    if (cell.size() <= characters)
        return cell.toString();
    return cell.left(characters).toString() + QChar(0x2026);
}

QString sizeText(qint64 bytes)
{
    if (bytes >= (qint64(1) << 30) && bytes % (qint64(1) << 30) == 0)
        return QStringLiteral("%1 GiB").arg(bytes >> 30);
    if (bytes >= (qint64(1) << 20))
        return QStringLiteral("%1 MiB").arg(bytes >> 20);
    if (bytes >= 1024)
        return QStringLiteral("%1 KiB").arg(bytes >> 10);
    return QStringLiteral("%1 bytes").arg(bytes);
}

CappedDevice::CappedDevice(std::unique_ptr<QIODevice> source, qint64 limit, QString name)
    : m_source(std::move(source))
    , m_limit(limit)
    , m_name(std::move(name))
{
    open(QIODevice::ReadOnly);
}

CappedDevice::~CappedDevice() = default;

qint64 CappedDevice::bytesAvailable() const
{
    // Past the limit, after an error or at the source's end, the device is at its end, so
    // that readers (QXmlStreamReader) stop. Until then there is more to read: the source's
    // own count is not trusted (QuaZipFile's can reach 0 before its end).
    if (m_exceeded || m_failed || m_ended)
        return QIODevice::bytesAvailable();
    return QIODevice::bytesAvailable() + qMax<qint64>(1, qMin(m_source->bytesAvailable(), m_limit + 1 - m_read));
}

QString CappedDevice::limitMessage() const
{
    if (!m_exceeded)
        return {};
    return tr("“%1” inflates to more than %2, so reading stopped there: no export is that large; the archive is damaged "
              "or built to exhaust memory (a “ZIP bomb”)")
        .arg(m_name, sizeText(m_limit));
}

qint64 CappedDevice::readData(char *data, qint64 maxSize)
{
    if (m_exceeded)
        return -1;
    if (maxSize <= 0)
        return 0; // QIODevice asks for nothing at times
    // One byte past the limit tells a member of exactly `limit` bytes from a larger one.
    const qint64 allowed = qMin(maxSize, m_limit + 1 - m_read);
    const qint64 n = m_source->read(data, allowed);
    if (n < 0) {
        // A damaged member (a CRC or inflate error): at its end too, never "more to come".
        m_failed = true;
        setErrorString(m_source->errorString());
        return -1;
    }
    if (n == 0) {
        m_ended = true;
        return 0;
    }
    m_read += n;
    if (m_read > m_limit) {
        m_exceeded = true;
        setErrorString(limitMessage());
        return -1;
    }
    return n;
}

} // namespace Beamline::ReadLimits
