// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/analytics/periodstats.h>
#include <core/domain/platform.h>
#include <core/services/measureservice.h>

#include <QCoreApplication>
#include <QDate>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>
#include <QTimeZone>

#include <functional>
#include <memory>
#include <utility>

class QAbstractAxis;
class QAbstractBarSeries;
class QAbstractSeries;
class QChart;
class QColor;

namespace Beamline {

// What a chart shows: a range (and a comparison range), filters for the per-post charts,
// and how it is drawn (for a slide: large fonts).
struct ChartRequest {
    QString name;
    QDate from;
    QDate to;
    QDate compareFrom; // invalid: no comparison
    QDate compareTo;
    QSet<Platform> platforms; // empty: all
    qint64 seriesId = 0;
    qint64 pillarId = 0;
    qint64 campaignId = 0;
    bool presentation = false;
    bool dark = false;
    // The last day whose figures are complete (yesterday): daily lines stop there rather
    // than drop to 0 on today's unfinished figures. Invalid: no limit.
    QDate lastCompleteDay;
    // At most this many bars in the top-posts chart (0: 15, 10 on a slide).
    int maxBars = 0;
    // The figures of the range and of the comparison when the caller has them already
    // (the Measure page does); not owned, used only when their dates match.
    const PeriodStats *stats = nullptr;
    const PeriodStats *previousStats = nullptr;
    // Told why a chart could not be made (a database error) by create(), which then returns
    // null: the Measure page shows it in its message bar.
    std::function<void(const ServiceError &)> failed;
};

// Builds the charts of the Measure views from the analytics queries, the same for the
// window, the presentation mode and `beamline chart`. Titles say the range and where the
// numbers come from; time axes carry the workspace's event markers; colours are the
// Okabe–Ito palette, which stays distinct with colour-vision deficiencies.
class ChartFactory final
{
    Q_DECLARE_TR_FUNCTIONS(Beamline::ChartFactory)

public:
    ChartFactory(QSqlDatabase db, QTimeZone zone);

    // Chart names, in the order of the views.
    static QStringList names();
    static QString displayName(const QString &name);
    // The colour a platform has in every chart.
    static QColor platformColor(Platform platform, bool dark);
    static QList<QColor> palette(bool dark);

    // A new chart, or null for an unknown name; a database error as a value.
    Result<std::unique_ptr<QChart>> build(const ChartRequest &request) const;
    // A new chart (the caller owns it), or null for an unknown name or when its figures could
    // not be read (request.failed is told why).
    QChart *create(const ChartRequest &request) const;

    // "14 Nov 2016 – 12 Jan 2017"
    static QString rangeText(QDate from, QDate to);
    // A chart's title as plain text ("Followers gained per day"), and the line under it
    // (its range and source), for a dialog or a page that names the chart.
    static QString titleOf(const QChart *chart);
    static QString subtitleOf(const QChart *chart);

private:
    // The chart (owned by the caller; null for an unknown name), or the error that stopped it.
    using Made = Result<QChart *>;
    Made make(const ChartRequest &r) const;
    Made followers(const ChartRequest &r) const;
    Made engagement(const ChartRequest &r) const;
    Made series(const ChartRequest &r) const;
    Made pillars(const ChartRequest &r) const;
    Made mentionsShare(const ChartRequest &r) const;
    Made mentionsOverTime(const ChartRequest &r) const;
    Made sentiment(const ChartRequest &r) const;
    Made topAuthors(const ChartRequest &r) const;
    Made instagramWeb(const ChartRequest &r) const;
    Made webDuration(const ChartRequest &r) const;
    Made webExitRate(const ChartRequest &r) const;

    QChart *newChart(const ChartRequest &r, const QString &title, const QString &source) const;
    static void markEmpty(QChart *chart, bool empty);
    static QString sourceWithCutOff(const ChartRequest &r, const QString &source);
    Result<PeriodStats> statsOf(const ChartRequest &r, bool previous) const;
    // The period's figures and the comparison period's (empty figures when there is none).
    Result<std::pair<PeriodStats, PeriodStats>> statsWithComparisonOf(const ChartRequest &r) const;
    void addEventMarkers(QChart *chart, const ChartRequest &r, const QVector<EventMarker> &markers, double yMax) const;
    // Adds the series on a date axis and a value axis from 0, then the event markers.
    QChart *finishTimeChart(QChart *chart, const ChartRequest &r, QAbstractAxis *x, const QList<QAbstractSeries *> &series,
                            double max, const QString &yTitle, const QVector<EventMarker> &markers) const;
    QChart *finishHorizontalBars(QChart *chart, const ChartRequest &r, QAbstractBarSeries *bars, const QStringList &categories,
                                 double max, const QString &xTitle) const;
    qint64 msecs(QDate day) const;

    MeasureService m_service;
    QTimeZone m_zone;
};

} // namespace Beamline
