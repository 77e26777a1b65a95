// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry point (configure with -DBEAMLINE_FUZZ=ON and clang).
#include "fuzzimport.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Beamline::Fuzz::importBytes(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
