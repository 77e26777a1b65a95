// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/db/versionedrows.h>
#include <core/demo/demogenerator.h>
#include <core/domain/entities.h>
#include <core/domain/imported.h>

#include <QHash>
#include <QList>
#include <QTimeZone>

// Internal to core/demo: what the steps of DemoGenerator share, in its two files.
namespace Beamline {

// What the steps of the demo share: the ids they made and the batch every figure comes from.
struct DemoGenerator::State {
    QTimeZone tz;
    QHash<Platform, qint64> channel;
    QList<qint64> pillarIds;
    QList<qint64> editors;
    QList<qint64> seriesIds;
    qint64 campaignId = 0;
    ImportBatch batch;
    VersionedRows::Precedence precedence;
    int salt = 0;
    Summary summary;
};

} // namespace Beamline
