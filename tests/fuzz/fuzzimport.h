// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace Beamline::Fuzz {

// Reads bytes as an export would be read: encoding and delimiter sniffing, record
// parsing, format detection by every format, then the chosen format's full read into a
// preview sink. Must never crash, hang or read out of bounds, whatever the bytes.
void importBytes(const QByteArray &bytes);

} // namespace Beamline::Fuzz
