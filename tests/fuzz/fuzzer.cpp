// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry point (configure with -DBEAMLINE_FUZZ=ON and clang).
#include "fuzzimport.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Bounded whatever -max_len says: see MaxInputBytes.
    if (qsizetype(size) > Beamline::Fuzz::MaxInputBytes)
        return -1; // not added to the corpus
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
#if defined(BEAMLINE_FUZZ_XLSX)
    Beamline::Fuzz::importWorkbookParts(bytes);
#elif defined(BEAMLINE_FUZZ_SPREADSHEETML)
    Beamline::Fuzz::importSpreadsheetMl(bytes);
#else
    Beamline::Fuzz::importBytes(bytes);
#endif
    return 0;
}
