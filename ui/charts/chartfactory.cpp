// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartfactory.h"

#include <core/analytics/analyticsrepository.h>
#include <core/db/eventmarkerrepository.h>
#include <core/db/pillarrepository.h>
#include <core/db/seriesrepository.h>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QFontMetricsF>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Beamline {

namespace {

QString minutesText(double seconds)
{
    const int s = qRound(seconds);
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

double niceMax(double value)
{
    if (value <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0}) {
        if (value <= step * magnitude)
            return step * magnitude;
    }
    return 10 * magnitude;
}

QString elide(const QString &text, int length)
{
    QString t = text.simplified();
    return t.size() <= length ? t : t.left(length - 1) + QChar(0x2026);
}

// Colours for what is not a platform (news, blogs...): the palette's colours no platform uses.
QColor otherColor(int index)
{
    const QColor colors[] = {QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73), QColor(0xF0, 0xE4, 0x42), QColor(0x99, 0x99, 0x99)};
    return colors[index % 4];
}

QString networkName(const QString &network)
{
    if (const auto platform = Platforms::fromKey(network); platform && *platform != Platform::Other)
        return Platforms::displayName(*platform);
    if (network == QLatin1String("news"))
        return ChartFactory::tr("News sites");
    if (network == QLatin1String("blog"))
        return ChartFactory::tr("Blogs");
    if (network == QLatin1String("web"))
        return ChartFactory::tr("Other web");
    return network;
}

} // namespace

QStringList ChartFactory::names()
{
    return {QStringLiteral("followers"),      QStringLiteral("engagement"),    QStringLiteral("series"),
            QStringLiteral("pillars"),        QStringLiteral("mentions-share"), QStringLiteral("mentions-time"),
            QStringLiteral("sentiment"),      QStringLiteral("top-authors"),   QStringLiteral("instagram-web"),
            QStringLiteral("web-duration"),   QStringLiteral("web-exit-rate")};
}

QString ChartFactory::displayName(const QString &name)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("followers"), QT_TR_NOOP("Followers gained per day")},
        {QStringLiteral("engagement"), QT_TR_NOOP("Interactions per post")},
        {QStringLiteral("series"), QT_TR_NOOP("Series episodes")},
        {QStringLiteral("pillars"), QT_TR_NOOP("Pillars compared")},
        {QStringLiteral("mentions-share"), QT_TR_NOOP("Mentions by channel")},
        {QStringLiteral("mentions-time"), QT_TR_NOOP("Mentions over time")},
        {QStringLiteral("sentiment"), QT_TR_NOOP("Sentiment of mentions")},
        {QStringLiteral("top-authors"), QT_TR_NOOP("Top authors by reach")},
        {QStringLiteral("instagram-web"), QT_TR_NOOP("Instagram and the website")},
        {QStringLiteral("web-duration"), QT_TR_NOOP("Average visit length")},
        {QStringLiteral("web-exit-rate"), QT_TR_NOOP("Exit rate")},
    };
    return names.contains(name) ? tr(names.value(name)) : name;
}

QList<QColor> ChartFactory::palette(bool dark)
{
    // Okabe–Ito.
    return {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
            QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00), QColor(0xF0, 0xE4, 0x42), dark ? QColor(0xDD, 0xDD, 0xDD) : QColor(0x33, 0x33, 0x33)};
}

QColor ChartFactory::platformColor(Platform platform, bool dark)
{
    switch (platform) {
    case Platform::X: return dark ? QColor(0xDD, 0xDD, 0xDD) : QColor(0x33, 0x33, 0x33);
    case Platform::Facebook: return QColor(0x00, 0x72, 0xB2);
    case Platform::Instagram: return QColor(0xCC, 0x79, 0xA7);
    case Platform::LinkedIn: return QColor(0x56, 0xB4, 0xE9);
    case Platform::YouTube: return QColor(0xD5, 0x5E, 0x00);
    case Platform::Other: return QColor(0xE6, 0x9F, 0x00);
    }
    return QColor(0x99, 0x99, 0x99);
}

QString ChartFactory::rangeText(QDate from, QDate to)
{
    const QLocale locale;
    if (from.year() == to.year())
        return tr("%1 – %2").arg(locale.toString(from, QStringLiteral("d MMM")), locale.toString(to, QStringLiteral("d MMM yyyy")));
    return tr("%1 – %2").arg(locale.toString(from, QStringLiteral("d MMM yyyy")), locale.toString(to, QStringLiteral("d MMM yyyy")));
}

PeriodStats ChartFactory::statsOf(const ChartRequest &r, bool previous) const
{
    const QDate from = previous ? r.compareFrom : r.from;
    const QDate to = previous ? r.compareTo : r.to;
    const PeriodStats *known = previous ? r.previousStats : r.stats;
    if (known && known->from == from && known->to == to)
        return *known;
    return AnalyticsRepository(m_db, m_zone).periodStats(from, to);
}

qint64 ChartFactory::msecs(QDate day) const
{
    return QDateTime(day, QTime(12, 0), m_zone).toMSecsSinceEpoch();
}

QChart *ChartFactory::create(const ChartRequest &request) const
{
    const QString &n = request.name;
    if (n == QLatin1String("followers"))
        return followers(request);
    if (n == QLatin1String("engagement"))
        return engagement(request);
    if (n == QLatin1String("series"))
        return series(request);
    if (n == QLatin1String("pillars"))
        return pillars(request);
    if (n == QLatin1String("mentions-share"))
        return mentionsShare(request);
    if (n == QLatin1String("mentions-time"))
        return mentionsOverTime(request);
    if (n == QLatin1String("sentiment"))
        return sentiment(request);
    if (n == QLatin1String("top-authors"))
        return topAuthors(request);
    if (n == QLatin1String("instagram-web"))
        return instagramWeb(request);
    if (n == QLatin1String("web-duration"))
        return webDuration(request);
    if (n == QLatin1String("web-exit-rate"))
        return webExitRate(request);
    return nullptr;
}

QChart *ChartFactory::newChart(const ChartRequest &r, const QString &title, const QString &source) const
{
    auto *chart = new QChart;
    chart->setTheme(r.dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundRoundness(0);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(6, 6, 6, 6));
    QFont titleFont = chart->titleFont();
    titleFont.setPointSizeF(r.presentation ? 24 : 11);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    // Title, then what and when it covers: a chart on a slide must say both.
    chart->setTitle(QStringLiteral("%1<br><span style=\"font-weight:normal; font-size:%2pt\">%3 · %4</span>")
                        .arg(title.toHtmlEscaped())
                        .arg(r.presentation ? 16 : 9)
                        .arg(rangeText(r.from, r.to).toHtmlEscaped(), source.toHtmlEscaped()));
    QFont legendFont = chart->legend()->font();
    legendFont.setPointSizeF(r.presentation ? 16 : 9);
    chart->legend()->setFont(legendFont);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setBackgroundBrush(r.dark ? QColor(0x23, 0x26, 0x29) : QColor(Qt::white));
    chart->setBackgroundPen(Qt::NoPen);
    return chart;
}

namespace {

void styleAxis(QAbstractAxis *axis, const ChartRequest &r)
{
    QFont f = axis->labelsFont();
    f.setPointSizeF(r.presentation ? 15 : 8.5);
    axis->setLabelsFont(f);
    QFont t = axis->titleFont();
    t.setPointSizeF(r.presentation ? 15 : 9);
    t.setBold(false);
    axis->setTitleFont(t);
}

QDateTimeAxis *dateAxis(QChart *chart, const ChartRequest &r, qint64 fromMs, qint64 toMs)
{
    auto *axis = new QDateTimeAxis;
    const int days = int(r.from.daysTo(r.to));
    axis->setFormat(days > 200 ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM"));
    axis->setTickCount(qBound(2, days + 1, 7));
    axis->setRange(QDateTime::fromMSecsSinceEpoch(fromMs), QDateTime::fromMSecsSinceEpoch(toMs));
    styleAxis(axis, r);
    chart->addAxis(axis, Qt::AlignBottom);
    return axis;
}

QValueAxis *valueAxis(QChart *chart, const ChartRequest &r, double max, const QString &title, Qt::Alignment side = Qt::AlignLeft,
                      const QString &format = QStringLiteral("%.0f"))
{
    auto *axis = new QValueAxis;
    axis->setRange(0, niceMax(max * 1.05));
    axis->setLabelFormat(format);
    axis->setTickCount(6);
    axis->setTitleText(title);
    styleAxis(axis, r);
    chart->addAxis(axis, side);
    return axis;
}

} // namespace

QChart *ChartFactory::finishTimeChart(QChart *chart, const ChartRequest &r, QAbstractAxis *x, const QList<QAbstractSeries *> &series, double max,
                                      const QString &yTitle) const
{
    auto *y = valueAxis(chart, r, max, yTitle);
    for (QAbstractSeries *s : series) {
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
    addEventMarkers(chart, r, y->max());
    return chart;
}

QChart *ChartFactory::finishHorizontalBars(QChart *chart, const ChartRequest &r, QAbstractBarSeries *bars, const QStringList &categories,
                                           double max, const QString &xTitle) const
{
    chart->addSeries(bars);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    styleAxis(y, r);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(y);
    auto *x = valueAxis(chart, r, max, xTitle, Qt::AlignBottom);
    bars->attachAxis(x);
    return chart;
}

void ChartFactory::addEventMarkers(QChart *chart, const ChartRequest &r, double yMax) const
{
    const QList<QAbstractAxis *> xAxes = chart->axes(Qt::Horizontal);
    const QList<QAbstractAxis *> yAxes = chart->axes(Qt::Vertical);
    if (xAxes.isEmpty() || yAxes.isEmpty())
        return;
    const auto markers = EventMarkerRepository(m_db).between(r.from, r.to);
    // Labels go on the lowest of four rows where they do not run into an earlier one, and
    // are kept inside the time axis at its ends. Widths are measured in days, for a plot
    // about as wide as the window's (the chart is not laid out yet).
    QFont font;
    font.setPointSizeF(r.presentation ? 13 : 8);
    const QFontMetricsF metrics(font);
    const double span = double(qMax<qint64>(1, r.from.daysTo(r.to)));
    constexpr double PlotWidth = 1000.0;
    constexpr int Rows = 4;
    QVector<double> rowEnds(Rows, -1e9);
    int next = 0;
    for (const EventMarker &m : markers) {
        auto *line = new QLineSeries;
        line->setName(m.label);
        QPen pen(r.dark ? QColor(0xBB, 0xBB, 0xBB) : QColor(0x66, 0x66, 0x66), 1, Qt::DashLine);
        line->setPen(pen);
        line->append(msecs(m.day), 0);
        line->append(msecs(m.day), yMax);
        const double halfWidth = (metrics.horizontalAdvance(m.label) + 8) / PlotWidth * span / 2;
        double centre = double(r.from.daysTo(m.day));
        centre = qBound(qMin(halfWidth, span / 2), centre, qMax(span - halfWidth, span / 2));
        int row = 0;
        while (row < Rows && rowEnds.at(row) > centre - halfWidth)
            ++row;
        if (row == Rows)
            row = next++ % Rows; // crowded: share a row rather than leave the chart
        rowEnds[row] = centre + halfWidth;
        const double labelY = yMax * (0.96 - 0.07 * row);
        auto *label = new QScatterSeries;
        label->setName(m.label);
        label->append(double(msecs(r.from)) + centre * 86400000.0, labelY);
        label->setMarkerSize(centre == double(r.from.daysTo(m.day)) ? 6 : 0.1); // a dot only where it is on its line
        label->setColor(pen.color());
        label->setBorderColor(pen.color());
        label->setPointLabelsVisible(true);
        label->setPointLabelsFormat(m.label);
        label->setPointLabelsColor(pen.color());
        label->setPointLabelsFont(font);
        label->setPointLabelsClipping(false);
        for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(line), static_cast<QAbstractSeries *>(label)}) {
            chart->addSeries(s);
            s->attachAxis(xAxes.first());
            s->attachAxis(yAxes.first());
            for (QLegendMarker *marker : chart->legend()->markers(s))
                marker->setVisible(false);
        }
    }
}

QChart *ChartFactory::followers(const ChartRequest &r) const
{
    const AnalyticsRepository analytics(m_db, m_zone);
    const auto daily = analytics.dailyMetric(QStringLiteral("followers_gained"), r.from, r.to);
    QChart *chart = newChart(r, displayName(r.name), tr("Source: the platforms' account exports"));
    auto *x = dateAxis(chart, r, msecs(r.from), msecs(r.to));
    double max = 0;
    QList<QAbstractSeries *> lines;
    for (auto it = daily.cbegin(); it != daily.cend(); ++it) {
        if (!r.platforms.isEmpty() && !r.platforms.contains(it.key()))
            continue;
        auto *line = new QLineSeries;
        double total = 0;
        for (QDate d = r.from; d <= r.to; d = d.addDays(1)) {
            const double v = it->value(d); // days a sparse export left out are zero
            line->append(msecs(d), v);
            total += v;
            max = std::max(max, v);
        }
        line->setName(tr("%1 (%2/day)").arg(Platforms::displayName(it.key()),
                                            QLocale().toString(total / (r.from.daysTo(r.to) + 1), 'f', 0)));
        line->setPen(QPen(platformColor(it.key(), r.dark), r.presentation ? 3 : 2));
        lines.append(line);
    }
    return finishTimeChart(chart, r, x, lines, max, tr("new followers"));
}

QChart *ChartFactory::engagement(const ChartRequest &r) const
{
    const AnalyticsRepository analytics(m_db, m_zone);
    QVector<PostMetrics> posts = analytics.posts(r.from, r.to);
    posts.erase(std::remove_if(posts.begin(), posts.end(), [&](const PostMetrics &p) {
        return p.story || !p.hasInteractions() || (!r.platforms.isEmpty() && !r.platforms.contains(p.platform))
            || (r.seriesId && p.seriesId != r.seriesId) || (r.pillarId && p.pillarId != r.pillarId) || (r.campaignId && p.campaignId != r.campaignId);
    }), posts.end());
    std::stable_sort(posts.begin(), posts.end(), [](const PostMetrics &a, const PostMetrics &b) { return a.interactions() > b.interactions(); });
    const int shown = int(std::min<qsizetype>(posts.size(), r.presentation ? 10 : 15));
    QChart *chart = newChart(r, tr("Interactions of the top %n post(s)", nullptr, shown), tr("Source: post exports, newest figures"));
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
        categories.append(QStringLiteral("%1 · %2 · %3").arg(QLocale().toString(p.published.toTimeZone(m_zone).date(), QStringLiteral("d MMM")),
                                                             Platforms::displayName(p.platform), elide(p.text, r.presentation ? 28 : 36)));
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append({likes, comments, shares});
    series->setBarWidth(0.7);
    return finishHorizontalBars(chart, r, series, categories, max, tr("interactions (likes + comments + shares)"));
}

QChart *ChartFactory::series(const ChartRequest &r) const
{
    const AnalyticsRepository analytics(m_db, m_zone);
    const QVector<PostMetrics> posts = analytics.posts(r.from, r.to);
    QChart *chart = newChart(r, tr("Series episodes against each series' median"), tr("Source: post exports, interactions per episode"));
    auto *x = dateAxis(chart, r, msecs(r.from), msecs(r.to));
    QMap<qint64, QVector<const PostMetrics *>> bySeries;
    for (const PostMetrics &p : posts) {
        if (p.seriesId && !p.story && p.hasInteractions() && (r.platforms.isEmpty() || r.platforms.contains(p.platform)))
            bySeries[p.seriesId].append(&p);
    }
    const QVector<Series> all = SeriesRepository(m_db).all();
    double max = 0;
    QList<QAbstractSeries *> made;
    int colorIndex = 0;
    for (const Series &s : all) {
        if (!bySeries.contains(s.id) || (r.seriesId && r.seriesId != s.id))
            continue;
        // An episode is a series slot: sum the interactions of its posts on every channel.
        QMap<QDate, double> episodes;
        for (const PostMetrics *p : bySeries.value(s.id))
            episodes[p->published.toTimeZone(m_zone).date()] += p->interactions();
        QVector<double> values = episodes.values().toVector();
        std::sort(values.begin(), values.end());
        const double median = values.size() % 2 ? values.at(values.size() / 2) : (values.at(values.size() / 2 - 1) + values.at(values.size() / 2)) / 2;
        const QColor color = palette(r.dark).at(colorIndex++ % 7);
        auto *line = new QLineSeries;
        line->setName(tr("%1 (median %2)").arg(s.name, QLocale().toString(median, 'f', 0)));
        line->setPen(QPen(color, r.presentation ? 3 : 2));
        line->setPointsVisible(true);
        for (auto it = episodes.cbegin(); it != episodes.cend(); ++it) {
            line->append(msecs(it.key()), it.value());
            max = std::max(max, it.value());
        }
        auto *medianLine = new QLineSeries;
        medianLine->setName(tr("%1 median").arg(s.name));
        medianLine->setPen(QPen(color, 1, Qt::DashLine));
        medianLine->setProperty("median", true); // kept out of the legend
        medianLine->append(msecs(r.from), median);
        medianLine->append(msecs(r.to), median);
        made.append(line);
        made.append(medianLine);
    }
    finishTimeChart(chart, r, x, made, max, tr("interactions per episode"));
    for (QAbstractSeries *s : std::as_const(made)) {
        if (s->property("median").toBool())
            for (QLegendMarker *m : chart->legend()->markers(s))
                m->setVisible(false);
    }
    return chart;
}

QChart *ChartFactory::pillars(const ChartRequest &r) const
{
    const AnalyticsRepository analytics(m_db, m_zone);
    const QVector<PostMetrics> posts = analytics.posts(r.from, r.to);
    struct Sums {
        double interactions = 0;
        int posts = 0;
        double rated = 0;      // interactions of posts with impressions
        double impressions = 0;
    };
    QMap<qint64, Sums> byPillar;
    for (const PostMetrics &p : posts) {
        if (p.story || !p.hasInteractions() || (!r.platforms.isEmpty() && !r.platforms.contains(p.platform)))
            continue;
        Sums &s = byPillar[p.pillarId];
        s.interactions += p.interactions();
        ++s.posts;
        if (p.impressions) {
            s.rated += p.interactions();
            s.impressions += *p.impressions;
        }
    }
    QChart *chart = newChart(r, tr("Pillars: interactions per post and engagement rate"), tr("Source: post exports; rate = Σ interactions ÷ Σ impressions"));
    auto *perPost = new QBarSet(tr("Interactions per post"));
    perPost->setColor(palette(r.dark).at(0));
    auto *rate = new QLineSeries;
    rate->setName(tr("Engagement rate (%)"));
    rate->setPen(QPen(palette(r.dark).at(5), r.presentation ? 4 : 2));
    rate->setPointsVisible(true);
    rate->setPointLabelsVisible(true);
    rate->setPointLabelsFormat(QStringLiteral("@yPoint %"));
    rate->setPointLabelsColor(palette(r.dark).at(5));
    QStringList categories;
    double maxPerPost = 0, maxRate = 0;
    QHash<qint64, QString> names;
    for (const Pillar &p : PillarRepository(m_db).all())
        names.insert(p.id, p.name);
    int i = 0;
    for (auto it = byPillar.cbegin(); it != byPillar.cend(); ++it) {
        categories.append(it.key() ? names.value(it.key(), tr("Unknown")) : tr("No pillar"));
        const double avg = it->interactions / it->posts;
        perPost->append(avg);
        maxPerPost = std::max(maxPerPost, avg);
        const double er = it->impressions > 0 ? 100.0 * it->rated / it->impressions : 0;
        rate->append(i++, std::round(er * 10) / 10);
        maxRate = std::max(maxRate, er);
    }
    auto *bars = new QBarSeries;
    bars->append(perPost);
    bars->setLabelsVisible(true);
    bars->setLabelsFormat(QStringLiteral("@value"));
    bars->setLabelsPrecision(4);
    chart->addSeries(bars);
    chart->addSeries(rate);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    styleAxis(x, r);
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(x);
    rate->attachAxis(x);
    auto *left = valueAxis(chart, r, maxPerPost, tr("interactions per post"));
    bars->attachAxis(left);
    auto *right = valueAxis(chart, r, maxRate, tr("engagement rate (%)"), Qt::AlignRight, QStringLiteral("%.1f"));
    rate->attachAxis(right);
    return chart;
}

QChart *ChartFactory::mentionsShare(const ChartRequest &r) const
{
    const PeriodStats s = statsOf(r, false);
    QChart *chart = newChart(r, tr("Mentions by channel (%1 in all)").arg(QLocale().toString(s.mentions.total)), tr("Source: listening tool exports"));
    auto *pie = new QPieSeries;
    pie->setHoleSize(0.45);
    QList<QPair<QString, qint64>> networks;
    for (auto it = s.mentions.byNetwork.cbegin(); it != s.mentions.byNetwork.cend(); ++it)
        networks.append({it.key(), it.value()});
    std::sort(networks.begin(), networks.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    int colorIndex = 0;
    for (const auto &[network, count] : std::as_const(networks)) {
        const double share = s.mentions.total ? double(count) / s.mentions.total : 0;
        QPieSlice *slice = pie->append(tr("%1 %2 %").arg(networkName(network), QLocale().toString(share * 100, 'f', 0)), double(count));
        const auto platform = Platforms::fromKey(network);
        slice->setColor(platform && *platform != Platform::Other ? platformColor(*platform, r.dark) : otherColor(colorIndex++));
        slice->setLabelVisible(share >= 0.03);
        QFont f = slice->labelFont();
        f.setPointSizeF(r.presentation ? 15 : 8.5);
        slice->setLabelFont(f);
        slice->setLabelColor(r.dark ? Qt::white : Qt::black);
        slice->setBorderColor(chart->backgroundBrush().color());
    }
    chart->addSeries(pie);
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

QChart *ChartFactory::mentionsOverTime(const ChartRequest &r) const
{
    const auto perDay = AnalyticsRepository(m_db, m_zone).mentionsPerDay(r.from, r.to);
    QChart *chart = newChart(r, tr("Mentions per day"), tr("Source: listening tool exports"));
    auto *x = dateAxis(chart, r, msecs(r.from), msecs(r.to));
    double max = 0;
    QList<QAbstractSeries *> lines;
    int colorIndex = 0;
    for (auto it = perDay.cbegin(); it != perDay.cend(); ++it) {
        auto *line = new QLineSeries;
        line->setName(networkName(it.key()));
        const auto platform = Platforms::fromKey(it.key());
        line->setPen(QPen(platform && *platform != Platform::Other ? platformColor(*platform, r.dark) : otherColor(colorIndex++),
                          r.presentation ? 3 : 1.5));
        for (QDate d = r.from; d <= r.to; d = d.addDays(1)) {
            line->append(msecs(d), it->value(d));
            max = std::max(max, it->value(d));
        }
        lines.append(line);
    }
    return finishTimeChart(chart, r, x, lines, max, tr("mentions"));
}

QChart *ChartFactory::sentiment(const ChartRequest &r) const
{
    const MentionStats m = statsOf(r, false).mentions;
    QChart *chart = newChart(r, tr("Sentiment of mentions"), tr("Source: listening tools' own rating"));
    auto *bars = new QHorizontalBarSeries;
    auto *set = new QBarSet(tr("Mentions"));
    set->setColor(palette(r.dark).at(0));
    const QList<QPair<QString, qint64>> rows = {{tr("Negative"), m.negative}, {tr("Neutral"), m.neutral}, {tr("Positive"), m.positive},
                                                {tr("Not rated"), m.unrated}};
    QStringList categories;
    double max = 0;
    for (const auto &[name, count] : rows) {
        const double share = m.total ? 100.0 * count / m.total : 0;
        categories.append(tr("%1 (%2 %)").arg(name, QLocale().toString(share, 'f', 0)));
        set->append(double(count));
        max = std::max(max, double(count));
    }
    bars->append(set);
    bars->setLabelsVisible(true);
    chart->legend()->hide();
    return finishHorizontalBars(chart, r, bars, categories, max, tr("mentions"));
}

QChart *ChartFactory::topAuthors(const ChartRequest &r) const
{
    const auto authors = AnalyticsRepository(m_db, m_zone).topMentionAuthors(r.from, r.to, 10);
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
    chart->legend()->hide();
    return finishHorizontalBars(chart, r, bars, categories, max, tr("reach"));
}

QChart *ChartFactory::instagramWeb(const ChartRequest &r) const
{
    const AnalyticsRepository analytics(m_db, m_zone);
    const DailySeries followers = analytics.dailyMetric(QStringLiteral("followers_gained"), r.from, r.to).value(Platform::Instagram);
    const DailySeries sessions = analytics.attributedSessionsPerDay(r.from, r.to).value(Platform::Instagram);
    QChart *chart = newChart(r, tr("Instagram followers and the visits Instagram sends to the website"),
                             tr("Source: Instagram account export, web analytics (source/medium)"));
    auto *x = dateAxis(chart, r, msecs(r.from), msecs(r.to));
    auto *followerLine = new QLineSeries;
    followerLine->setName(tr("New Instagram followers per day"));
    followerLine->setPen(QPen(platformColor(Platform::Instagram, r.dark), r.presentation ? 3 : 2));
    auto *sessionLine = new QLineSeries;
    sessionLine->setName(tr("Website visits from Instagram per day"));
    sessionLine->setPen(QPen(palette(r.dark).at(2), r.presentation ? 3 : 2));
    double max = 0;
    for (QDate d = r.from; d <= r.to; d = d.addDays(1)) {
        followerLine->append(msecs(d), followers.value(d));
        sessionLine->append(msecs(d), sessions.value(d));
        max = std::max({max, followers.value(d), sessions.value(d)});
    }
    return finishTimeChart(chart, r, x, {followerLine, sessionLine}, max, tr("per day"));
}

QChart *ChartFactory::webDuration(const ChartRequest &r) const
{
    const PeriodStats now = statsOf(r, false);
    const bool compare = r.compareFrom.isValid() && r.compareTo.isValid();
    const PeriodStats before = compare ? statsOf(r, true) : PeriodStats();
    // The figures as the team quotes them: "Instagram 5:02 vs site 2:47".
    auto quoted = [](const PeriodStats &s) {
        return tr("Instagram %1 vs site %2").arg(minutesText(s.web.byChannel.value(Platform::Instagram).avgSessionSeconds.value_or(0)),
                                                 minutesText(s.web.site.avgSessionSeconds.value_or(0)));
    };
    QChart *chart = newChart(r, tr("Visit length: %1").arg(quoted(now)),
                             compare ? tr("before: %1 · Source: web analytics").arg(quoted(before)) : tr("Source: web analytics, weighted by sessions"));
    auto *instagram = new QBarSet(tr("Visitors from Instagram"));
    instagram->setColor(platformColor(Platform::Instagram, r.dark));
    auto *site = new QBarSet(tr("Whole site"));
    site->setColor(palette(r.dark).at(2));
    QStringList categories{rangeText(r.from, r.to)};
    instagram->append(now.web.byChannel.value(Platform::Instagram).avgSessionSeconds.value_or(0) / 60.0);
    site->append(now.web.site.avgSessionSeconds.value_or(0) / 60.0);
    if (compare) {
        categories.append(rangeText(r.compareFrom, r.compareTo));
        instagram->append(before.web.byChannel.value(Platform::Instagram).avgSessionSeconds.value_or(0) / 60.0);
        site->append(before.web.site.avgSessionSeconds.value_or(0) / 60.0);
    }
    double max = 0;
    for (QBarSet *set : {instagram, site})
        for (int i = 0; i < set->count(); ++i)
            max = std::max(max, set->at(i));
    auto *bars = new QBarSeries;
    bars->append({instagram, site});
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(bars);
    for (QBarSet *set : {instagram, site}) {
        set->setLabelColor(r.dark ? Qt::white : Qt::black);
        QFont f = set->labelFont();
        f.setPointSizeF(r.presentation ? 18 : 10);
        f.setBold(true);
        set->setLabelFont(f);
    }
    bars->setLabelsVisible(false);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    styleAxis(x, r);
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(x);
    auto *y = valueAxis(chart, r, max * 1.15, tr("minutes per visit"), Qt::AlignLeft, QStringLiteral("%.1f"));
    bars->attachAxis(y);
    return chart;
}

QChart *ChartFactory::webExitRate(const ChartRequest &r) const
{
    const PeriodStats now = statsOf(r, false);
    const bool compare = r.compareFrom.isValid() && r.compareTo.isValid();
    const PeriodStats before = compare ? statsOf(r, true) : PeriodStats();
    QChart *chart = newChart(r, tr("Exit rate and bounce rate of the website"), tr("Source: web analytics; exit rate = Σ exits ÷ Σ pageviews"));
    auto *exit = new QBarSet(tr("Exit rate, whole site"));
    exit->setColor(palette(r.dark).at(5));
    auto *bounceSite = new QBarSet(tr("Bounce rate, whole site"));
    bounceSite->setColor(palette(r.dark).at(2));
    auto *bounceInstagram = new QBarSet(tr("Bounce rate, visitors from Instagram"));
    bounceInstagram->setColor(platformColor(Platform::Instagram, r.dark));
    QStringList categories{rangeText(r.from, r.to)};
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
    bars->append({exit, bounceSite, bounceInstagram});
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    bars->setLabelsFormat(QStringLiteral("@value %"));
    bars->setLabelsPrecision(3);
    for (QBarSet *set : {exit, bounceSite, bounceInstagram})
        set->setLabelColor(r.dark ? Qt::white : Qt::black);
    chart->addSeries(bars);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    styleAxis(x, r);
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(x);
    auto *y = valueAxis(chart, r, 100, tr("%"));
    y->setRange(0, 100);
    bars->attachAxis(y);
    return chart;
}

} // namespace Beamline
