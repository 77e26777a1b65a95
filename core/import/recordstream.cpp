// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordstream.h"

namespace Beamline {

qsizetype PeekableStream::fill(qsizetype n)
{
    while (!m_exhausted && qsizetype(m_buffer.size()) < n) {
        Record record;
        if (!m_source.next(record)) {
            m_exhausted = true;
            break;
        }
        m_buffer.push_back(std::move(record));
    }
    return qsizetype(m_buffer.size());
}

bool PeekableStream::next(Record &record)
{
    if (!m_buffer.empty()) {
        record = std::move(m_buffer.front());
        m_buffer.pop_front();
        return true;
    }
    if (m_exhausted)
        return false;
    if (!m_source.next(record)) {
        m_exhausted = true;
        return false;
    }
    return true;
}

} // namespace Beamline
