// SPDX-License-Identifier: GPL-3.0-or-later
#include "measureedits.h"

#include <core/db/attributionrulerepository.h>
#include <core/db/writescope.h>

namespace Beamline {

MarkerEdit::MarkerEdit(EventMarker marker, bool adding)
    : m_marker(std::move(marker))
    , m_adding(adding)
{
}

void MarkerEdit::apply(WriteScope &scope, bool forward)
{
    if (forward == m_adding)
        putBack(scope);
    else
        takeAway(scope);
    scope.changed(ChangeSet::Kind::Markers, m_marker.id);
}

void MarkerEdit::putBack(WriteScope &scope)
{
    if (m_removal.isEmpty()) {
        m_marker.id = EventMarkerRepository(scope.db()).insert(m_marker);
        return;
    }
    m_removal.undo(scope.db()); // the same row, under the same id
    m_removal = RowJournal();
}

void MarkerEdit::takeAway(WriteScope &scope)
{
    m_removal = RowJournal();
    m_removal.remove(scope.db(), QStringLiteral("event_markers"), { { QStringLiteral("id"), m_marker.id } });
}

AttributionRulesEdit::AttributionRulesEdit(QVector<AttributionRule> before, QVector<AttributionRule> after)
    : m_before(std::move(before))
    , m_after(std::move(after))
{
}

void AttributionRulesEdit::apply(WriteScope &scope, bool forward)
{
    AttributionRuleRepository::replaceAll(scope, forward ? m_after : m_before);
}

} // namespace Beamline
