// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartfactory.h"

#include "chartstyle.h"
#include "valuelabels.h"

#include <core/analytics/analyticsrepository.h>
#include <core/analytics/contentfigures.h>
#include <core/db/eventmarkerrepository.h>
#include <core/db/pillarrepository.h>
#include <core/db/seriesrepository.h>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
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
#include <QRegularExpression>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Beamline {

namespace {

// The type of a chart made for a slide is that of a 1600×900 slide; the exporter and the
// presentation restyle it for the size they draw it at.
QSize styleSize(const ChartRequest &r)
{
    return r.presentation ? ChartStyle::SlideSize : QSize();
}

QString minutesText(double seconds)
{
    const int s = qRound(seconds);
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

// A round step for at most `ticks` intervals up to `max`: 1, 2, 2.5 or 5 times a power of
// ten; never below 1 for counts (no "0 0 0 1 1 1" axis).
double niceStep(double max, int ticks, bool integer)
{
    if (max <= 0)
        return 1;
    const double raw = max / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = 10 * magnitude;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (raw <= m * magnitude) {
            step = m * magnitude;
            break;
        }
    }
    if (integer && step < 1)
        step = 1;
    if (integer && step == 2.5)
        step = 2; // whole numbers only
    return step;
}

// Decimals that tell a step's ticks apart: 0 for 5, 1 for 0.5, 2 for 0.25.
int decimalsOf(double step)
{
    int decimals = 0;
    while (decimals < 4 && std::abs(step * std::pow(10.0, decimals) - std::round(step * std::pow(10.0, decimals))) > 1e-9)
        ++decimals;
    return decimals;
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
    // Numbers on axes and labels in the locale's format, with separators, as on every page.
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    chart->setBackgroundRoundness(0);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(6, 6, 6, 6));
    QFont titleFont = chart->titleFont();
    ChartStyle::setSize(titleFont, ChartStyle::Role::Title, styleSize(r));
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    // Title, then what and when it covers: a chart on a slide must say both.
    const QString subtitle = QStringLiteral("%1 · %2").arg(rangeText(r.from, r.to), source);
    chart->setTitle(QStringLiteral("%1<br><span style=\"font-weight:normal; font-size:%2\">%3</span>")
                        .arg(title.toHtmlEscaped(), ChartStyle::cssSize(ChartStyle::Role::Subtitle, styleSize(r)), subtitle.toHtmlEscaped()));
    chart->setProperty("plainTitle", title);
    chart->setProperty("plainSubtitle", subtitle);
    QFont legendFont = chart->legend()->font();
    ChartStyle::setSize(legendFont, ChartStyle::Role::Legend, styleSize(r));
    chart->legend()->setFont(legendFont);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setBackgroundBrush(r.dark ? QColor(0x23, 0x26, 0x29) : QColor(Qt::white));
    chart->setBackgroundPen(Qt::NoPen);
    ChartStyle::apply(chart, styleSize(r)); // remembers the size, for the exporter to restore
    return chart;
}

QString ChartFactory::titleOf(const QChart *chart)
{
    if (!chart)
        return {};
    const QString title = chart->property("plainTitle").toString();
    return title.isEmpty() ? QString(chart->title()).remove(QRegularExpression(QStringLiteral("<[^>]*>"))) : title;
}

QString ChartFactory::subtitleOf(const QChart *chart)
{
    return chart ? chart->property("plainSubtitle").toString() : QString();
}

namespace {

void styleAxis(QAbstractAxis *axis, const ChartRequest &r)
{
    QFont f = axis->labelsFont();
    ChartStyle::setSize(f, ChartStyle::Role::AxisLabels, styleSize(r));
    axis->setLabelsFont(f);
    QFont t = axis->titleFont();
    ChartStyle::setSize(t, ChartStyle::Role::AxisTitle, styleSize(r));
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

// A value axis from 0 with round ticks; `integer` for counts.
QValueAxis *valueAxis(QChart *chart, const ChartRequest &r, double max, const QString &title, Qt::Alignment side = Qt::AlignLeft,
                      bool integer = true)
{
    auto *axis = new QValueAxis;
    // Long numbers along a horizontal axis need room: fewer ticks.
    const int ticks = side == Qt::AlignBottom && max >= 100000 ? 3 : 5;
    const double step = niceStep(max * 1.05, ticks, integer);
    const double top = std::max(step, std::ceil(max * 1.05 / step - 1e-9) * step);
    axis->setRange(0, top);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(decimalsOf(step)));
    axis->setTitleText(title);
    styleAxis(axis, r);
    chart->addAxis(axis, side);
    return axis;
}

QFont labelFont(const ChartRequest &r)
{
    QFont f;
    ChartStyle::setSize(f, ChartStyle::Role::ValueLabels, styleSize(r));
    f.setBold(true);
    return f;
}

QColor textColor(const ChartRequest &r)
{
    return r.dark ? QColor(0xEE, 0xEE, 0xEE) : QColor(0x22, 0x22, 0x22);
}

QString count(double value)
{
    return QLocale().toString(value, 'f', 0);
}

QString percent(double value)
{
    return QLocale().toString(value, 'f', 1) + QStringLiteral(" %");
}

// A day's line from its first to its last day with a value (no drop to 0 at either end
// where an export does not reach, nor on today's unfinished figures), zero-filled inside.
struct Span {
    QDate from;
    QDate to;
    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
};

Span spanOf(const DailySeries &series, const ChartRequest &r)
{
    QDate last = r.to;
    if (r.lastCompleteDay.isValid())
        last = std::min(last, r.lastCompleteDay);
    Span span;
    for (auto it = series.cbegin(); it != series.cend(); ++it) {
        if (it.key() < r.from || it.key() > last)
            continue;
        if (!span.from.isValid())
            span.from = it.key();
        span.to = it.key();
    }
    return span;
}

} // namespace

QChart *ChartFactory::finishTimeChart(QChart *chart, const ChartRequest &r, QAbstractAxis *x, const QList<QAbstractSeries *> &series, double max,
                                      const QString &yTitle) const
{
    auto *y = valueAxis(chart, r, max, yTitle);
    bool empty = true;
    for (QAbstractSeries *s : series) {
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
        if (auto *xy = qobject_cast<QXYSeries *>(s); xy && xy->count() > 0)
            empty = false;
    }
    markEmpty(chart, empty);
    addEventMarkers(chart, r, y->max());
    return chart;
}

void ChartFactory::markEmpty(QChart *chart, bool empty)
{
    // No figures in the range: the panel says so over the chart; the axes carry no numbers.
    chart->setProperty("noData", empty);
    if (!empty)
        return;
    for (QAbstractAxis *axis : chart->axes(Qt::Vertical))
        axis->setLabelsVisible(false);
    chart->legend()->hide();
}

QString ChartFactory::sourceWithCutOff(const ChartRequest &r, const QString &source)
{
    // Say where the lines stop when today's figures are not complete yet.
    if (r.lastCompleteDay.isValid() && r.lastCompleteDay < r.to && r.lastCompleteDay >= r.from)
        return tr("%1 · up to %2 (today is not over)").arg(source, QLocale().toString(r.lastCompleteDay, QStringLiteral("d MMM")));
    return source;
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
    markEmpty(chart, categories.isEmpty() || max <= 0);
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
    ChartStyle::setSize(font, ChartStyle::Role::EventMarkers, styleSize(r));
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
        line->setProperty("marker", true);
        const double halfWidth = (metrics.horizontalAdvance(m.label) + 8) / PlotWidth * span / 2;
        double centre = double(r.from.daysTo(m.day));
        centre = qBound(qMin(halfWidth, span / 2), centre, qMax(span - halfWidth, span / 2));
        int row = 0;
        while (row < Rows && rowEnds.at(row) > centre - halfWidth)
            ++row;
        if (row == Rows)
            row = next++ % Rows; // crowded: share a row rather than leave the chart
        rowEnds[row] = centre + halfWidth;
        const double labelY = yMax * (0.90 - 0.07 * row);
        // The dashed line stops at the label's dot: the label above it is not struck through.
        line->append(msecs(m.day), 0);
        line->append(msecs(m.day), labelY);
        auto *label = new QScatterSeries;
        label->setProperty("marker", true);
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
    QChart *chart = newChart(r, displayName(r.name), sourceWithCutOff(r, tr("Source: the platforms' account exports")));
    auto *x = dateAxis(chart, r, msecs(r.from), msecs(r.to));
    double max = 0;
    QList<QAbstractSeries *> lines;
    for (auto it = daily.cbegin(); it != daily.cend(); ++it) {
        if (!r.platforms.isEmpty() && !r.platforms.contains(it.key()))
            continue;
        const Span span = spanOf(*it, r);
        if (!span.isValid())
            continue;
        auto *line = new QLineSeries;
        for (QDate d = span.from; d <= span.to; d = d.addDays(1)) {
            const double v = it->value(d); // days a sparse export left out are zero
            line->append(msecs(d), v);
            max = std::max(max, v);
        }
        // The average as the Overview gives it: Σ over the range ÷ its calendar days.
        double total = 0;
        for (auto day = it->cbegin(); day != it->cend(); ++day)
            total += day.key() >= r.from && day.key() <= r.to ? day.value() : 0;
        line->setName(tr("%1 (%2/day)").arg(Platforms::displayName(it.key()), count(total / (r.from.daysTo(r.to) + 1))));
        line->setProperty("dataName", Platforms::displayName(it.key()));
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
    const int shown = int(std::min<qsizetype>(posts.size(), r.maxBars > 0 ? r.maxBars : r.presentation ? 10 : 15));
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
    finishHorizontalBars(chart, r, series, categories, max * 1.12, tr("interactions (likes + comments + shares)"));
    QFont font = labelFont(r);
    font.setBold(false);
    ValueLabels::addTo(chart, series, count, font, textColor(r), ValueLabels::Bars::StackTotal);
    return chart;
}

QChart *ChartFactory::series(const ChartRequest &r) const
{
    const AnalyticsRepository analytics(m_db, m_zone);
    const QVector<PostMetrics> posts = analytics.posts(r.from, r.to);
    QChart *chart = newChart(r, tr("Series episodes against each series' median"), tr("Source: post exports, interactions per episode"));
    auto *x = dateAxis(chart, r, msecs(r.from), msecs(r.to));
    double max = 0;
    QList<QAbstractSeries *> made;
    int colorIndex = 0;
    for (const SeriesEpisodes &s : ContentFigures::seriesEpisodes(posts, SeriesRepository(m_db).all(), m_zone, r.platforms, r.seriesId)) {
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
    const QMap<qint64, PillarFigures> byPillar = ContentFigures::pillars(posts, r.platforms);
    QChart *chart = newChart(r, tr("Pillars: interactions per post and engagement rate"), tr("Source: post exports; rate = Σ interactions ÷ Σ impressions"));
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
    for (const Pillar &p : PillarRepository(m_db).all())
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

QChart *ChartFactory::mentionsOverTime(const ChartRequest &r) const
{
    const auto perDay = AnalyticsRepository(m_db, m_zone).mentionsPerDay(r.from, r.to);
    QChart *chart = newChart(r, tr("Mentions per day"), sourceWithCutOff(r, tr("Source: listening tool exports")));
    auto *x = dateAxis(chart, r, msecs(r.from), msecs(r.to));
    double max = 0;
    QList<QAbstractSeries *> lines;
    int colorIndex = 0;
    // The days the listening exports cover, whichever network: a day inside them without
    // a mention is a zero, a day outside them is not on the chart.
    DailySeries all;
    for (auto it = perDay.cbegin(); it != perDay.cend(); ++it) {
        for (auto day = it->cbegin(); day != it->cend(); ++day)
            all[day.key()] += day.value();
    }
    const Span span = spanOf(all, r);
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
    return finishTimeChart(chart, r, x, lines, max, tr("mentions"));
}

QChart *ChartFactory::sentiment(const ChartRequest &r) const
{
    const MentionStats m = statsOf(r, false).mentions;
    QChart *chart = newChart(r, tr("Sentiment of mentions"), tr("Source: listening tools' own rating"));
    // One bar per sentiment, in its own colour: vermillion, grey, bluish green, light grey.
    struct Row {
        QString name;
        qint64 count;
        QColor color;
    };
    const QList<Row> rows = {{tr("Negative"), m.negative, QColor(0xD5, 0x5E, 0x00)},
                             {tr("Neutral"), m.neutral, QColor(0x99, 0x99, 0x99)},
                             {tr("Positive"), m.positive, QColor(0x00, 0x9E, 0x73)},
                             {tr("Not rated"), m.unrated, r.dark ? QColor(0x55, 0x55, 0x55) : QColor(0xCC, 0xCC, 0xCC)}};
    auto *bars = new QHorizontalStackedBarSeries;
    QStringList categories;
    double max = 0;
    for (int i = 0; i < rows.size(); ++i) {
        const double share = m.total ? 100.0 * rows.at(i).count / m.total : 0;
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
    bars->setBarWidth(0.7);
    chart->legend()->hide();
    finishHorizontalBars(chart, r, bars, categories, max * 1.1, tr("reach"));
    ValueLabels::addTo(chart, bars, count, labelFont(r), textColor(r));
    return chart;
}

QChart *ChartFactory::instagramWeb(const ChartRequest &r) const
{
    const AnalyticsRepository analytics(m_db, m_zone);
    const DailySeries followers = analytics.dailyMetric(QStringLiteral("followers_gained"), r.from, r.to).value(Platform::Instagram);
    const DailySeries sessions = analytics.attributedSessionsPerDay(r.from, r.to).value(Platform::Instagram);
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
    for (const auto &[line, series] : {std::pair{followerLine, &followers}, std::pair{sessionLine, &sessions}}) {
        const Span span = spanOf(*series, r);
        for (QDate d = span.from; span.isValid() && d <= span.to; d = d.addDays(1)) {
            line->append(msecs(d), series->value(d));
            max = std::max(max, series->value(d));
        }
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
    // Seconds on the axis, written m:ss like every visit length in Beamline.
    QStringList categories{rangeText(r.from, r.to)};
    instagram->append(now.web.byChannel.value(Platform::Instagram).avgSessionSeconds.value_or(0));
    site->append(now.web.site.avgSessionSeconds.value_or(0));
    if (compare) {
        categories.append(rangeText(r.compareFrom, r.compareTo));
        instagram->append(before.web.byChannel.value(Platform::Instagram).avgSessionSeconds.value_or(0));
        site->append(before.web.site.avgSessionSeconds.value_or(0));
    }
    double max = 0;
    for (QBarSet *set : {instagram, site})
        for (int i = 0; i < set->count(); ++i)
            max = std::max(max, set->at(i));
    auto *bars = new QBarSeries;
    bars->append({instagram, site});
    bars->setBarWidth(0.7); // room for each bar's label
    chart->addSeries(bars);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    styleAxis(x, r);
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(x);
    auto *y = new QCategoryAxis;
    double step = 15;
    for (double s : {15.0, 30.0, 60.0, 120.0, 300.0, 600.0, 1800.0}) {
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
    for (QBarSet *set : {exit, bounceSite, bounceInstagram})
        for (int i = 0; i < set->count(); ++i)
            max = std::max(max, set->at(i));
    markEmpty(chart, max <= 0);
    ValueLabels::addTo(chart, bars, percent, labelFont(r), textColor(r));
    return chart;
}

} // namespace Beamline
