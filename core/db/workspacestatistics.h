// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QSqlDatabase>
#include <QString>

namespace Beamline {

// How much a workspace holds, table by table (current rows only for imported data).
class WorkspaceStatistics final
{
public:
    using Counts = QMap<QString, qint64>;

    explicit WorkspaceStatistics(QSqlDatabase db) : m_db(std::move(db)) {}

    Counts counts() const;
    // True once anything was imported (posts, daily account figures, web rows or mentions).
    bool hasMeasurements() const;

    // The first steps of a new workspace, each done or not (the first-run checklist).
    struct SetupProgress {
        bool channels = false; // at least one channel
        bool series = false;   // at least one series
        bool imports = false;  // at least one import (not undone)

        bool complete() const { return channels && series && imports; }
    };
    SetupProgress setupProgress() const;

private:
    QSqlDatabase m_db;
};

} // namespace Beamline
