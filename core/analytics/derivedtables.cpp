// SPDX-License-Identifier: GPL-3.0-or-later
#include "derivedtables.h"

#include "mentiondays.h"
#include "webchanneldays.h"

#include <core/domain/isotime.h>

namespace Beamline {

void DerivedTables::apply(WriteScope &scope)
{
    const DerivedUpdates &updates = scope.derived();
    WebChannelDays web(scope.db());
    MentionDays mentions(scope.db());
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
    if (const auto *collected = scope.observer<WebChannelDays::Collector>())
        web.refreshAfterImport(updates.webWasCurrent, *collected);
    for (const DerivedUpdates::Import &import : updates.imports) {
        if (!import.firstMentionDay.isEmpty()) {
            QString first = import.firstMentionDay, last = import.lastMentionDay;
            if (import.mentionReplaced) {
                // A replaced mention may have moved to another day: recount the days of both.
                if (const auto span = mentions.spanOfBatch(import.batchId)) {
                    first = qMin(first, span->first);
                    last = qMax(last, span->last);
                }
            }
            mentions.refresh(updates.mentionsWereCurrent, MentionDays::Span{first, last});
        }
    }
    if (updates.rulesChanged)
        web.rebuild();
}

void DerivedTables::begin(WriteScope &scope)
{
    scope.derived().webWasCurrent = WebChannelDays(scope.db()).isCurrent();
    scope.derived().mentionsWereCurrent = MentionDays(scope.db()).isCurrent();
    scope.watch(std::make_unique<WebChannelDays::Collector>(scope.db()));
}

bool DerivedTables::isCurrent() const
{
    return WebChannelDays(m_db).isCurrent() && MentionDays(m_db).isCurrent();
}

} // namespace Beamline
