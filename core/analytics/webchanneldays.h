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
// the Measure views and `beamline stats` read instead of every source/medium row.
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

    // What an import writes, gathered row by row: days that only gained rows are added to
    // the summary without reading them back; days where a row replaced another are
    // recomputed from web_traffic.
    class Changes final
    {
    public:
        explicit Changes(QVector<AttributionRule> rules);
        void record(const WebTrafficRow &row, WriteOutcome outcome);

    private:
        friend class WebChannelDays;
        QString platformOf(const QString &dimension);

        QVector<AttributionRule> m_rules;
        Attribution m_attribution;
        QHash<QString, QString> m_platforms; // dimension → platform key, '' for none
        QHash<QString, QMap<QDate, QHash<QString, WebSums>>> m_added; // report → day → platform → sums
        QHash<QString, Span> m_recompute; // report → first and last day with a replaced row
    };

    explicit WebChannelDays(QSqlDatabase db);

    // Whether a report is summarised here (the breakdowns that rules attribute to channels).
    static bool summarises(const QString &report);

    bool isCurrent() const;
    // Recomputes everything with the workspace's current rules.
    void rebuild();
    // After an import wrote batchId's rows: applies what it gathered, or recomputes
    // everything when the summary was out of date before the batch.
    void refreshAfterImport(qint64 batchId, const Changes &changes);

    // For undoing a batch: the days it touched and whether the summary was current, read
    // before the undo; then refreshAfterUndo() once the rows are back as they were.
    QVector<Span> spansOfBatch(qint64 batchId) const;
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
    void add(const QString &report, const QMap<QDate, QHash<QString, WebSums>> &days, const Span *skip);

    QSqlDatabase m_db;
};

} // namespace Beamline
