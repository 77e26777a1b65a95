// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCoreApplication;

namespace Beamline::HeadlessCommands {

using MetadataFunction = void (*)();
using TranslatorsFunction = void (*)(QCoreApplication &);

// True when `name` is a subcommand (import, stats, plan, series, channel, pillar, export-ics, chart, info).
bool isCommand(const QString &name);
// One line per subcommand, for --help.
QString summary();
// Runs the subcommand named in argv[1] without opening a window; charts render offscreen.
int run(int argc, char *argv[], MetadataFunction setMetadata, TranslatorsFunction installTranslators);

} // namespace Beamline::HeadlessCommands
