// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

#include <functional>
#include <optional>
#include <utility>

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
    // The first and last local day (in `zone`) that imported figures cover: posts' publish
    // days, daily account figures, web rows' periods, mentions. Empty when nothing was imported.
    std::optional<std::pair<QDate, QDate>> measuredDays(const QTimeZone &zone) const;

    // The first steps of a new workspace, each done or not (the first-run checklist).
    struct SetupProgress {
        bool channels = false; // at least one channel
        bool series = false;   // at least one series
        bool imports = false;  // at least one import (not undone)

        bool complete() const { return channels && series && imports; }
    };
    SetupProgress setupProgress() const;

private:
    // Widens the range by the live web rows' first and last days.
    void webDays(const std::function<void(QDate, QDate)> &widen) const;

    QSqlDatabase m_db;
};

} // namespace Beamline
