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

private:
    QSqlDatabase m_db;
};

} // namespace Beamline
