// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "writescope.h"

#include <core/domain/attributionrule.h>

#include <QSqlDatabase>
#include <QVector>

namespace Beamline {

// The web attribution rules (Data ▸ Web Attribution), in position order. Saving them goes
// through the writer, whose derived step re-attributes the daily channel summary.
class AttributionRuleRepository final
{
public:
    explicit AttributionRuleRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    QVector<AttributionRule> all() const;
    // Replaces the whole table (the editor saves the list as the user arranged it), inside a
    // write: the daily channel summary is re-attributed before it commits.
    static void replaceAll(WriteScope &scope, const QVector<AttributionRule> &rules);

private:
    QSqlDatabase m_db;
};

} // namespace Beamline
