// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "periodstats.h"

#include <QJsonObject>
#include <QString>

// The figures as `beamline stats --json` and `beamline daily` print them: one shape for the
// command line, the tests and anything that exports figures. A missing figure is null.
namespace Beamline::FiguresJson {

QJsonObject stats(const PeriodStats &stats);
QJsonObject daily(const DailyFigures &figures);
// One row per day and channel: day, channel, the channel's figures, then the site's web
// figures of the day and the sessions attributed to the channel. Comma-separated, RFC 4180.
QString dailyCsv(const DailyFigures &figures);

} // namespace Beamline::FiguresJson
