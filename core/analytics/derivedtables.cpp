// SPDX-License-Identifier: GPL-3.0-or-later
#include "derivedtables.h"

#include "mentiondays.h"
#include "webchanneldays.h"

#include <core/domain/isotime.h>

namespace Beamline {

void DerivedTables::apply(const DerivedUpdates &updates)
{
    WebChannelDays web(m_db);
    MentionDays mentions(m_db);
    if (updates.rebuildAll) {
        web.rebuild();
        mentions.rebuild();
        return;
    }
    for (const DerivedUpdates::Undo &undo : updates.undos) {
        QVector<WebChannelDays::Span> spans;
        for (const auto &[report, first, last] : undo.webSpans)
            spans.append({report, first, last});
        web.refreshAfterUndo(updates.webWasCurrent, spans);
        const std::optional<MentionDays::Span> span = undo.firstMentionDay.isEmpty()
            ? std::nullopt
            : std::optional<MentionDays::Span>(MentionDays::Span{undo.firstMentionDay, undo.lastMentionDay});
        mentions.refresh(updates.mentionsWereCurrent, span);
    }
    for (const DerivedUpdates::Import &import : updates.imports) {
        if (!import.webDays.isEmpty()) {
            QVector<WebChannelDays::Written> written;
            for (auto it = import.webDays.cbegin(); it != import.webDays.cend(); ++it)
                written.append({it.key(), IsoTime::day(it->first), IsoTime::day(it->last), it->onlyNewKeys});
            web.refreshAfterImport(import.batchId, written);
        }
        if (!import.firstMentionDay.isEmpty()) {
            QString first = import.firstMentionDay, last = import.lastMentionDay;
            if (import.mentionReplaced) {
                // A replaced mention may have moved to another day: recount the days of both.
                if (const auto span = mentions.spanOfBatch(import.batchId)) {
                    first = qMin(first, span->first);
                    last = qMax(last, span->last);
                }
            }
            mentions.refreshAfterImport(import.batchId, first, last);
        }
    }
    if (updates.rulesChanged)
        web.rebuild();
}

void DerivedTables::begin(DerivedUpdates &updates) const
{
    updates.webWasCurrent = WebChannelDays(m_db).isCurrent();
    updates.mentionsWereCurrent = MentionDays(m_db).isCurrent();
}

bool DerivedTables::isCurrent() const
{
    return WebChannelDays(m_db).isCurrent() && MentionDays(m_db).isCurrent();
}

} // namespace Beamline
