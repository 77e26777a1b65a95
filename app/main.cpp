// SPDX-License-Identifier: GPL-3.0-or-later
// Beamline: plan and measure a science lab's social media.

#include "commandline.h"

int main(int argc, char *argv[])
{
    return Beamline::CommandLine::run(argc, argv);
}
