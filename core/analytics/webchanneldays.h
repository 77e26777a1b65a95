// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attribution.h"
#include "websums.h"

#include <core/domain/imported.h>

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace Beamline {

// The daily summary of the web traffic attributed to each channel (web_channel_days), which
// the Measure views and `beamline stats` read instead of every source/medium row. Only the
// writer's derived step (DerivedTables) keeps it in step.
//
// It is exact, not an estimate: the one-day rows of a channel breakdown summed per day and
// channel, with the weighted sums that combined measures need. It is kept in step by the
// writers of web rows (an import refreshes the days it wrote, an undo the days it restored,
// a change of the rules rebuilds it) inside their transactions. The rules and the newest
// row id it was built from are recorded; when they do not match the workspace (rows written
// by another program, a read-only workspace from before the summary), isCurrent() is false
// and readers compute from web_traffic instead.
class WebChannelDays final
{
public:
    // Days [from, to] of one report that a batch wrote or restored.
    struct Span {
        QString report;
        QString from; // ISO day
        QString to;
    };

    explicit WebChannelDays(QSqlDatabase db);

    // Whether a report is summarised here (the breakdowns that rules attribute to channels).
    static bool summarises(const QString &report);

    bool isCurrent() const;
    // Recomputes everything with the workspace's current rules.
    void rebuild();
    // After an import wrote batchId's one-day rows of each report over [first, last]: adds their
    // sums where they only brought new keys, recomputes the days where they changed what other
    // rows hold, or rebuilds everything when the summary was out of date before the batch.
    struct Written {
        QString report;
        QString first; // ISO day
        QString last;
        bool onlyNewKeys = true;
    };
    void refreshAfterImport(qint64 batchId, const QVector<Written> &written);

    // After an undo: recomputes the days the batch touched (WebTrafficRepository::oneDaySpansOfBatch,
    // read before the undo), or everything when the summary was out of date before.
    void refreshAfterUndo(bool wasCurrent, const QVector<Span> &spans);

private:
    struct State {
        QString rules;
        qint64 maxRowId = 0;
    };
    std::optional<State> storedState() const;
    QString rulesFingerprint(const QVector<AttributionRule> &rules) const;
    void storeState(const QVector<AttributionRule> &rules);
    void mapDimensions(const Attribution &attribution, const Span &span, bool all);
    void aggregate(const Span &span, bool all);
    void addBatch(qint64 batchId, const Span &span);

    QSqlDatabase m_db;
};

} // namespace Beamline
