// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Beamline::CommandLine {

// Parses the command line and runs either a headless subcommand (import, stats,
// plan, series, export-ics, chart...) on a QCoreApplication, or the desktop
// application. Returns the process exit code.
int run(int argc, char *argv[]);

} // namespace Beamline::CommandLine
