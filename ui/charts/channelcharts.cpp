// SPDX-License-Identifier: GPL-3.0-or-later
// The charts of the channels' daily figures and of the website.
#include "chartfactory.h"
#include "chartparts.h"
#include "chartstyle.h"
#include "valuelabels.h"

#include <core/analytics/chartfigures.h>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Beamline {

using namespace ChartParts;

ChartFactory::Made ChartFactory::followers(const ChartRequest &r) const
{
    const auto read = m_service.dailyMetric(QStringLiteral("followers_gained"), r.from, r.to);
    const auto markers = m_service.eventMarkers(r.from, r.to);
    if (!read)
        return read.error();
    if (!markers)
        return markers.error();
    const QMap<Platform, DailySeries> &daily = *read;
    QChart *chart = newChart(r, displayName(r.name), sourceWithCutOff(r, tr("Source: the platforms' account exports")));
    auto *x = dateAxis(chart, r, msecs(r.from), msecs(r.to));
    double max = 0;
    QList<QAbstractSeries *> lines;
    for (auto it = daily.cbegin(); it != daily.cend(); ++it) {
        if (!r.platforms.isEmpty() && !r.platforms.contains(it.key()))
            continue;
        const DaySpan span = spanOf(*it, r);
        if (!span.isValid())
            continue;
        auto *line = new QLineSeries;
        for (QDate d = span.from; d <= span.to; d = d.addDays(1)) {
            const double v = it->value(d); // days a sparse export left out are zero
            line->append(msecs(d), v);
            max = std::max(max, v);
        }
        // The average as the Overview gives it: Σ over the range ÷ its calendar days.
        line->setName(tr("%1 (%2/day)").arg(Platforms::displayName(it.key()), count(ChartFigures::perDay(*it, r.from, r.to))));
        line->setProperty("dataName", Platforms::displayName(it.key()));
        line->setPen(QPen(platformColor(it.key(), r.dark), r.presentation ? 3 : 2));
        lines.append(line);
    }
    return finishTimeChart(chart, r, x, lines, max, tr("new followers"), *markers);
}

ChartFactory::Made ChartFactory::instagramWeb(const ChartRequest &r) const
{
    const auto daily = m_service.dailyMetric(QStringLiteral("followers_gained"), r.from, r.to);
    const auto attributed = m_service.attributedSessionsPerDay(r.from, r.to);
    const auto markers = m_service.eventMarkers(r.from, r.to);
    if (!daily)
        return daily.error();
    if (!attributed)
        return attributed.error();
    if (!markers)
        return markers.error();
    const DailySeries followers = daily->value(Platform::Instagram);
    const DailySeries sessions = attributed->value(Platform::Instagram);
    QChart *chart = newChart(r, tr("Instagram followers and the visits Instagram sends to the website"),
                             sourceWithCutOff(r, tr("Source: Instagram account export, web analytics (source/medium)")));
    auto *x = dateAxis(chart, r, msecs(r.from), msecs(r.to));
    auto *followerLine = new QLineSeries;
    followerLine->setName(tr("New Instagram followers per day"));
    followerLine->setProperty("dataName", tr("New Instagram followers"));
    followerLine->setPen(QPen(platformColor(Platform::Instagram, r.dark), r.presentation ? 3 : 2));
    auto *sessionLine = new QLineSeries;
    sessionLine->setName(tr("Website visits from Instagram per day"));
    sessionLine->setProperty("dataName", tr("Website visits from Instagram"));
    sessionLine->setPen(QPen(palette(r.dark).at(2), r.presentation ? 3 : 2));
    double max = 0;
    for (const auto &[line, series] : { std::pair { followerLine, &followers }, std::pair { sessionLine, &sessions } }) {
        const DaySpan span = spanOf(*series, r);
        for (QDate d = span.from; span.isValid() && d <= span.to; d = d.addDays(1)) {
            line->append(msecs(d), series->value(d));
            max = std::max(max, series->value(d));
        }
    }
    return finishTimeChart(chart, r, x, { followerLine, sessionLine }, max, tr("per day"), *markers);
}

ChartFactory::Made ChartFactory::webDuration(const ChartRequest &r) const
{
    const bool compare = r.compareFrom.isValid() && r.compareTo.isValid();
    const auto read = statsWithComparisonOf(r);
    if (!read)
        return read.error();
    const PeriodStats &now = read->first;
    const PeriodStats &before = read->second;
    // The figures as the team quotes them: "Instagram 5:02 vs site 2:47".
    auto quoted = [](const PeriodStats &s) {
        return tr("Instagram %1 vs site %2")
            .arg(minutesText(s.web.byChannel.value(Platform::Instagram).avgSessionSeconds.value_or(0)),
                 minutesText(s.web.site.avgSessionSeconds.value_or(0)));
    };
    QChart *chart = newChart(r, tr("Visit length: %1").arg(quoted(now)),
                             compare ? tr("before: %1 · Source: web analytics").arg(quoted(before))
                                     : tr("Source: web analytics, weighted by sessions"));
    auto *instagram = new QBarSet(tr("Visitors from Instagram"));
    instagram->setColor(platformColor(Platform::Instagram, r.dark));
    auto *site = new QBarSet(tr("Whole site"));
    site->setColor(palette(r.dark).at(2));
    // Seconds on the axis, written m:ss like every visit length in Beamline.
    QStringList categories { rangeText(r.from, r.to) };
    instagram->append(now.web.byChannel.value(Platform::Instagram).avgSessionSeconds.value_or(0));
    site->append(now.web.site.avgSessionSeconds.value_or(0));
    if (compare) {
        categories.append(rangeText(r.compareFrom, r.compareTo));
        instagram->append(before.web.byChannel.value(Platform::Instagram).avgSessionSeconds.value_or(0));
        site->append(before.web.site.avgSessionSeconds.value_or(0));
    }
    double max = 0;
    for (QBarSet *set : { instagram, site })
        for (int i = 0; i < set->count(); ++i)
            max = std::max(max, set->at(i));
    auto *bars = new QBarSeries;
    bars->append({ instagram, site });
    bars->setBarWidth(0.7); // room for each bar's label
    chart->addSeries(bars);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    styleAxis(x, r);
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(x);
    auto *y = new QCategoryAxis;
    double step = 15;
    for (double s : { 15.0, 30.0, 60.0, 120.0, 300.0, 600.0, 1800.0 }) {
        step = s;
        if (max * 1.15 / s <= 4) // few labels: they must fit a small chart's height
            break;
    }
    const double top = std::max(step, std::ceil(max * 1.15 / step) * step);
    for (double v = 0; v <= top + 0.5; v += step)
        y->append(minutesText(v), v);
    y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    y->setRange(0, top);
    y->setTitleText(tr("visit length (m:ss)"));
    styleAxis(y, r);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(y);
    markEmpty(chart, max <= 0);
    ValueLabels::addTo(chart, bars, minutesText, labelFont(r), textColor(r));
    return chart;
}

ChartFactory::Made ChartFactory::webExitRate(const ChartRequest &r) const
{
    const bool compare = r.compareFrom.isValid() && r.compareTo.isValid();
    const auto read = statsWithComparisonOf(r);
    if (!read)
        return read.error();
    const PeriodStats &now = read->first;
    const PeriodStats &before = read->second;
    QChart *chart = newChart(r, tr("Exit rate and bounce rate of the website"),
                             tr("Source: web analytics; exit rate = Σ exits ÷ Σ pageviews"));
    auto *exit = new QBarSet(tr("Exit rate, whole site"));
    exit->setColor(palette(r.dark).at(5));
    auto *bounceSite = new QBarSet(tr("Bounce rate, whole site"));
    bounceSite->setColor(palette(r.dark).at(2));
    auto *bounceInstagram = new QBarSet(tr("Bounce rate, visitors from Instagram"));
    bounceInstagram->setColor(platformColor(Platform::Instagram, r.dark));
    QStringList categories { rangeText(r.from, r.to) };
    auto add = [&](const PeriodStats &s) {
        exit->append(100 * s.web.site.exitRate.value_or(0));
        bounceSite->append(100 * s.web.site.bounceRate.value_or(0));
        bounceInstagram->append(100 * s.web.byChannel.value(Platform::Instagram).bounceRate.value_or(0));
    };
    add(now);
    if (compare) {
        categories.append(rangeText(r.compareFrom, r.compareTo));
        add(before);
    }
    auto *bars = new QBarSeries;
    bars->append({ exit, bounceSite, bounceInstagram });
    bars->setBarWidth(0.85); // room for each bar's label
    chart->addSeries(bars);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    styleAxis(x, r);
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(x);
    auto *y = valueAxis(chart, r, 100, tr("%"));
    y->setRange(0, 100);
    bars->attachAxis(y);
    double max = 0;
    for (QBarSet *set : { exit, bounceSite, bounceInstagram })
        for (int i = 0; i < set->count(); ++i)
            max = std::max(max, set->at(i));
    markEmpty(chart, max <= 0);
    ValueLabels::addTo(chart, bars, percent, labelFont(r), textColor(r));
    return chart;
}

} // namespace Beamline
