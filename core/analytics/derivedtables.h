// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/db/writescope.h>
#include <core/domain/changeset.h>

#include <QCoreApplication>

#include <QSqlDatabase>

namespace Beamline {

// The tables derived from the imported figures — the daily web summary per channel
// (WebChannelDays) and the daily mention counts (MentionDays) — kept in step in one place:
// the writer's derived step, inside the transaction of the write that changed the figures.
class DerivedTables final
{
public:
    explicit DerivedTables(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    // At the start of a write: records whether the tables match the figures, and watches the
    // rows the write stores.
    static void begin(WriteScope &scope);
    // Brings the tables up to date after the imports, undos and rule changes of one write.
    static void apply(WriteScope &scope);
    // Whether every derived table matches the figures (false after rows were written behind
    // their back, e.g. by an older version); rebuilding them is a write.
    bool isCurrent() const;

private:
    QSqlDatabase m_db;
};

} // namespace Beamline
