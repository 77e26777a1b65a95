// SPDX-License-Identifier: GPL-3.0-or-later
// The charts of the mentions the listening tools found.
#include "chartfactory.h"
#include "chartparts.h"
#include "chartstyle.h"
#include "valuelabels.h"

#include <core/analytics/chartfigures.h>

#include <QBarSet>
#include <QChart>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>

#include <algorithm>

namespace Beamline {

using namespace ChartParts;

ChartFactory::Made ChartFactory::mentionsShare(const ChartRequest &r) const
{
    const auto read = statsOf(r, false);
    if (!read)
        return read.error();
    const PeriodStats &s = *read;
    QChart *chart = newChart(r, tr("Mentions by channel (%1 in all)").arg(QLocale().toString(s.mentions.total)),
                             tr("Source: listening tool exports"));
    auto *pie = new QPieSeries;
    pie->setHoleSize(0.45);
    int colorIndex = 0;
    for (const auto &[network, count] : ChartFigures::mentionNetworks(s.mentions)) {
        const double share = ChartFigures::share(count, s.mentions.total);
        QPieSlice *slice
            = pie->append(tr("%1 %2 %").arg(networkName(network), QLocale().toString(share * 100, 'f', 0)), double(count));
        const auto platform = Platforms::fromKey(network);
        slice->setColor(platform && *platform != Platform::Other ? platformColor(*platform, r.dark) : otherColor(colorIndex++));
        slice->setLabelVisible(share >= 0.03);
        QFont f = slice->labelFont();
        ChartStyle::setSize(f, ChartStyle::Role::SliceLabels, styleSize(r));
        slice->setLabelFont(f);
        slice->setLabelColor(r.dark ? Qt::white : Qt::black);
        slice->setBorderColor(chart->backgroundBrush().color());
    }
    chart->addSeries(pie);
    chart->legend()->setAlignment(Qt::AlignRight);
    markEmpty(chart, s.mentions.total == 0); // not an empty ring, on the page or on a slide
    return chart;
}

ChartFactory::Made ChartFactory::mentionsOverTime(const ChartRequest &r) const
{
    const auto read = m_service.mentionsPerDay(r.from, r.to);
    const auto markers = m_service.eventMarkers(r.from, r.to);
    if (!read)
        return read.error();
    if (!markers)
        return markers.error();
    const QMap<QString, DailySeries> &perDay = *read;
    QChart *chart = newChart(r, tr("Mentions per day"), sourceWithCutOff(r, tr("Source: listening tool exports")));
    auto *x = dateAxis(chart, r, msecs(r.from), msecs(r.to));
    double max = 0;
    QList<QAbstractSeries *> lines;
    int colorIndex = 0;
    // The days the listening exports cover, whichever network: a day inside them without
    // a mention is a zero, a day outside them is not on the chart.
    const DaySpan span = spanOf(ChartFigures::total(perDay), r);
    for (auto it = perDay.cbegin(); it != perDay.cend() && span.isValid(); ++it) {
        auto *line = new QLineSeries;
        line->setName(networkName(it.key()));
        line->setProperty("dataName", networkName(it.key()));
        const auto platform = Platforms::fromKey(it.key());
        line->setPen(QPen(platform && *platform != Platform::Other ? platformColor(*platform, r.dark) : otherColor(colorIndex++),
                          r.presentation ? 3 : 1.5));
        for (QDate d = span.from; d <= span.to; d = d.addDays(1)) {
            line->append(msecs(d), it->value(d));
            max = std::max(max, it->value(d));
        }
        lines.append(line);
    }
    return finishTimeChart(chart, r, x, lines, max, tr("mentions"), *markers);
}

ChartFactory::Made ChartFactory::sentiment(const ChartRequest &r) const
{
    const auto read = statsOf(r, false);
    if (!read)
        return read.error();
    const MentionStats &m = read->mentions;
    QChart *chart = newChart(r, tr("Sentiment of mentions"), tr("Source: listening tools' own rating"));
    // One bar per sentiment, in its own colour: vermillion, grey, bluish green, light grey.
    struct Row {
        QString name;
        qint64 count;
        QColor color;
    };
    const QList<Row> rows = { { tr("Negative"), m.negative, QColor(0xD5, 0x5E, 0x00) },
                              { tr("Neutral"), m.neutral, QColor(0x99, 0x99, 0x99) },
                              { tr("Positive"), m.positive, QColor(0x00, 0x9E, 0x73) },
                              { tr("Not rated"), m.unrated, r.dark ? QColor(0x55, 0x55, 0x55) : QColor(0xCC, 0xCC, 0xCC) } };
    auto *bars = new QHorizontalStackedBarSeries;
    QStringList categories;
    double max = 0;
    for (int i = 0; i < rows.size(); ++i) {
        const double share = 100.0 * ChartFigures::share(rows.at(i).count, m.total);
        categories.append(tr("%1 (%2 %)").arg(rows.at(i).name, QLocale().toString(share, 'f', 0)));
        auto *set = new QBarSet(rows.at(i).name);
        set->setColor(rows.at(i).color);
        set->setBorderColor(rows.at(i).color);
        for (int j = 0; j < rows.size(); ++j)
            set->append(j == i ? double(rows.at(i).count) : 0.0);
        bars->append(set);
        max = std::max(max, double(rows.at(i).count));
    }
    bars->setBarWidth(0.7);
    chart->legend()->hide();
    finishHorizontalBars(chart, r, bars, m.total ? categories : QStringList(), max * 1.1, tr("mentions"));
    ValueLabels::addTo(chart, bars, count, labelFont(r), textColor(r));
    return chart;
}

ChartFactory::Made ChartFactory::topAuthors(const ChartRequest &r) const
{
    const auto read = m_service.topMentionAuthors(r.from, r.to, 10);
    if (!read)
        return read.error();
    const QVector<AnalyticsRepository::Ranked> &authors = *read;
    QChart *chart = newChart(r, tr("Top authors by reach"), tr("Source: listening tool exports"));
    auto *set = new QBarSet(tr("Reach"));
    set->setColor(palette(r.dark).at(3));
    QStringList categories;
    double max = 0;
    for (auto it = authors.crbegin(); it != authors.crend(); ++it) {
        categories.append(tr("%1 (%n mention(s))", nullptr, int(it->count)).arg(elide(it->name, 30)));
        set->append(it->value);
        max = std::max(max, it->value);
    }
    auto *bars = new QHorizontalBarSeries;
    bars->append(set);
    bars->setBarWidth(0.7);
    chart->legend()->hide();
    finishHorizontalBars(chart, r, bars, categories, max * 1.1, tr("reach"));
    ValueLabels::addTo(chart, bars, count, labelFont(r), textColor(r));
    return chart;
}

} // namespace Beamline
