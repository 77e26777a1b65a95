// SPDX-License-Identifier: GPL-3.0-or-later
// The charts of the posts: the top posts, the series' episodes and the pillars.
#include "chartfactory.h"
#include "chartparts.h"
#include "chartstyle.h"
#include "valuelabels.h"

#include <core/analytics/contentfigures.h>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDateTimeAxis>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

namespace Beamline {

using namespace ChartParts;

ChartFactory::Made ChartFactory::engagement(const ChartRequest &r) const
{
    const auto read = m_service.posts(r.from, r.to);
    if (!read)
        return read.error();
    const QVector<PostMetrics> posts = ContentFigures::topPosts(*read, { r.platforms, r.seriesId, r.pillarId, r.campaignId });
    const int shown = int(std::min<qsizetype>(posts.size(), r.maxBars > 0 ? r.maxBars : r.presentation ? 10 : 15));
    QChart *chart
        = newChart(r, tr("Interactions of the top %n post(s)", nullptr, shown), tr("Source: post exports, newest figures"));
    auto *likes = new QBarSet(tr("Likes"));
    auto *comments = new QBarSet(tr("Comments"));
    auto *shares = new QBarSet(tr("Shares"));
    const QList<QColor> colors = palette(r.dark);
    likes->setColor(colors.at(0));
    comments->setColor(colors.at(1));
    shares->setColor(colors.at(2));
    QStringList categories;
    double max = 0;
    // Largest at the top: horizontal bars are drawn from the bottom.
    for (int i = shown - 1; i >= 0; --i) {
        const PostMetrics &p = posts.at(i);
        likes->append(p.likes.value_or(0));
        comments->append(p.comments.value_or(0));
        shares->append(p.shares.value_or(0));
        max = std::max(max, p.interactions());
        categories.append(QStringLiteral("%1 · %2 · %3")
                              .arg(QLocale().toString(p.published.toTimeZone(m_zone).date(), QStringLiteral("d MMM")),
                                   Platforms::displayName(p.platform), elide(p.text, r.presentation ? 28 : 36)));
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append({ likes, comments, shares });
    series->setBarWidth(0.7);
    finishHorizontalBars(chart, r, series, categories, max * 1.12, tr("interactions (likes + comments + shares)"));
    QFont font = labelFont(r);
    font.setBold(false);
    ValueLabels::addTo(chart, series, count, font, textColor(r), ValueLabels::Bars::StackTotal);
    return chart;
}

ChartFactory::Made ChartFactory::series(const ChartRequest &r) const
{
    const auto posts = m_service.posts(r.from, r.to);
    const auto all = m_service.series();
    const auto markers = m_service.eventMarkers(r.from, r.to);
    if (!posts)
        return posts.error();
    if (!all)
        return all.error();
    if (!markers)
        return markers.error();
    QChart *chart
        = newChart(r, tr("Series episodes against each series' median"), tr("Source: post exports, interactions per episode"));
    auto *x = dateAxis(chart, r, msecs(r.from), msecs(r.to));
    double max = 0;
    QList<QAbstractSeries *> made;
    int colorIndex = 0;
    for (const SeriesEpisodes &s : ContentFigures::seriesEpisodes(*posts, *all, m_zone, r.platforms, r.seriesId)) {
        const QColor color = palette(r.dark).at(colorIndex++ % 7);
        auto *line = new QLineSeries;
        line->setName(tr("%1 (median %2)").arg(s.name, count(s.median)));
        line->setProperty("dataName", s.name);
        line->setPen(QPen(color, r.presentation ? 3 : 2));
        line->setPointsVisible(true);
        for (auto it = s.episodes.cbegin(); it != s.episodes.cend(); ++it) {
            line->append(msecs(it.key()), it.value());
            max = std::max(max, it.value());
        }
        auto *medianLine = new QLineSeries;
        medianLine->setName(tr("%1 median").arg(s.name));
        medianLine->setPen(QPen(color, 1, Qt::DashLine));
        medianLine->setProperty("median", true); // kept out of the legend
        medianLine->append(msecs(r.from), s.median);
        medianLine->append(msecs(r.to), s.median);
        made.append(line);
        made.append(medianLine);
    }
    finishTimeChart(chart, r, x, made, max, tr("interactions per episode"), *markers);
    for (QAbstractSeries *s : std::as_const(made)) {
        if (s->property("median").toBool())
            for (QLegendMarker *m : chart->legend()->markers(s))
                m->setVisible(false);
    }
    return chart;
}

ChartFactory::Made ChartFactory::pillars(const ChartRequest &r) const
{
    const auto posts = m_service.posts(r.from, r.to);
    const auto all = m_service.pillars();
    if (!posts)
        return posts.error();
    if (!all)
        return all.error();
    const QMap<qint64, PillarFigures> byPillar = ContentFigures::pillars(*posts, r.platforms);
    QChart *chart = newChart(r, tr("Pillars: interactions per post and engagement rate"),
                             tr("Source: post exports; rate = Σ interactions ÷ Σ impressions"));
    auto *perPost = new QBarSet(tr("Interactions per post"));
    perPost->setColor(palette(r.dark).at(0));
    // The rate per pillar as points (a line between pillars would mean nothing), labelled
    // above each point.
    auto *rate = new QScatterSeries;
    rate->setName(tr("Engagement rate (%)"));
    rate->setColor(palette(r.dark).at(5));
    rate->setBorderColor(palette(r.dark).at(5));
    rate->setMarkerSize(r.presentation ? 16 : 10);
    QStringList categories;
    double maxPerPost = 0, maxRate = 0;
    QHash<qint64, QString> names;
    for (const Pillar &p : *all)
        names.insert(p.id, p.name);
    int i = 0;
    for (auto it = byPillar.cbegin(); it != byPillar.cend(); ++it) {
        categories.append(it.key() ? names.value(it.key(), tr("Unknown")) : tr("No pillar"));
        const double avg = it->interactionsPerPost;
        perPost->append(avg);
        maxPerPost = std::max(maxPerPost, avg);
        if (it->engagementRate) {
            const double er = 100.0 * *it->engagementRate;
            rate->append(i, er);
            maxRate = std::max(maxRate, er);
        }
        ++i;
    }
    auto *bars = new QBarSeries;
    bars->append(perPost);
    chart->addSeries(bars);
    chart->addSeries(rate);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    styleAxis(x, r);
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(x);
    rate->attachAxis(x);
    auto *left = valueAxis(chart, r, maxPerPost * 1.1, tr("interactions per post"));
    bars->attachAxis(left);
    auto *right = valueAxis(chart, r, maxRate * 1.15, tr("engagement rate (%)"), Qt::AlignRight, false);
    rate->attachAxis(right);
    markEmpty(chart, categories.isEmpty());
    ValueLabels::addTo(chart, bars, count, labelFont(r), textColor(r));
    ValueLabels::addTo(chart, rate, percent, labelFont(r), palette(r.dark).at(5));
    return chart;
}

} // namespace Beamline
