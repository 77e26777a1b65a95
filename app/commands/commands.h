// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// Headless subcommands. Each receives its arguments starting with its own name and
// returns the process exit code: 0 success, 1 failure, 2 usage error.
namespace Beamline::Commands {

int bestTimes(const QStringList &arguments);
int channel(const QStringList &arguments);
int chart(const QStringList &arguments);
int daily(const QStringList &arguments);
int demo(const QStringList &arguments);
int exportIcs(const QStringList &arguments);
int import(const QStringList &arguments);
int importPlan(const QStringList &arguments);
int info(const QStringList &arguments);
int pillar(const QStringList &arguments);
int person(const QStringList &arguments);
int plan(const QStringList &arguments);
int report(const QStringList &arguments);
int series(const QStringList &arguments);
int stats(const QStringList &arguments);
int workspace(const QStringList &arguments);

} // namespace Beamline::Commands
