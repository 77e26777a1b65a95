// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/db/eventmarkerrepository.h>
#include <core/db/rowjournal.h>
#include <core/domain/attributionrule.h>
#include <core/services/workspaceedit.h>

#include <QVector>

namespace Beamline {

// Adds an event marker (adding) or removes one; taking it back removes it or puts it back.
// The marker keeps its id through any number of undos and redos.
class MarkerEdit final : public WorkspaceEdit
{
public:
    MarkerEdit(EventMarker marker, bool adding);

    // The marker's id once stored (for a new one, after the first apply).
    qint64 markerId() const { return m_marker.id; }
    void apply(WriteScope &scope, bool forward) override;

private:
    void putBack(WriteScope &scope);
    void takeAway(WriteScope &scope);

    EventMarker m_marker;
    bool m_adding;
    RowJournal m_removal; // the row as it was when last taken away
};

// Replaces the web attribution rules; taking it back puts the previous ones back. Either way
// the writer rebuilds the daily web summary with them in the same write.
class AttributionRulesEdit final : public WorkspaceEdit
{
public:
    AttributionRulesEdit(QVector<AttributionRule> before, QVector<AttributionRule> after);
    void apply(WriteScope &scope, bool forward) override;

private:
    QVector<AttributionRule> m_before;
    QVector<AttributionRule> m_after;
};

} // namespace Beamline
