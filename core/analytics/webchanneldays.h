// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attribution.h"
#include "websums.h"

#include <core/db/writescope.h>
#include <core/domain/imported.h>

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

#include <optional>

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
    // Follows the web rows a write stores: a row alone on its key adds its sums to its day and
    // channel (kept in memory, small: report × day × channel); any other may have moved
    // measures between rows, so its day is recomputed from the rows.
    class Collector final : public WrittenRows
    {
    public:
        explicit Collector(QSqlDatabase db);
        void web(qint64 batchId, const WebTrafficRow &row, bool alone) override;

    private:
        friend class WebChannelDays;
        QString platformOf(const QString &dimension);

        QSqlDatabase m_db;
        std::optional<Attribution> m_attribution; // loaded with the first row
        QVector<AttributionRule> m_rules;
        QHash<QString, QString> m_platforms; // dimension → platform key, '' for none
        QHash<QString, QMap<QDate, QHash<QString, WebSums>>> m_added; // report → day → platform → sums
        // The sums of the last row's report and day, in m_added.
        QHash<QString, WebSums> *m_day = nullptr;
        QString m_dayReport;
        QDate m_dayDate;
        QHash<QString, Span> m_recompute; // report → first and last day with a moved row
    };

    // After a write's imports: applies what the collector gathered, or rebuilds everything when
    // the summary was out of date when the write began.
    void refreshAfterImport(bool wasCurrent, const Collector &collected);

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
    void add(const QString &report, const QMap<QDate, QHash<QString, WebSums>> &days, const Span *skip);

    QSqlDatabase m_db;
};

} // namespace Beamline
