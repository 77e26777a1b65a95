// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartfactory.h"

#include "chartparts.h"
#include "chartstyle.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QValueAxis>

namespace Beamline {

using namespace ChartParts;

QStringList ChartFactory::names()
{
    return { QStringLiteral("followers"),    QStringLiteral("engagement"),     QStringLiteral("series"),
             QStringLiteral("pillars"),      QStringLiteral("mentions-share"), QStringLiteral("mentions-time"),
             QStringLiteral("sentiment"),    QStringLiteral("top-authors"),    QStringLiteral("instagram-web"),
             QStringLiteral("web-duration"), QStringLiteral("web-exit-rate") };
}

QString ChartFactory::displayName(const QString &name)
{
    static const QHash<QString, const char *> names = {
        { QStringLiteral("followers"), QT_TR_NOOP("Followers gained per day") },
        { QStringLiteral("engagement"), QT_TR_NOOP("Interactions per post") },
        { QStringLiteral("series"), QT_TR_NOOP("Series episodes") },
        { QStringLiteral("pillars"), QT_TR_NOOP("Pillars compared") },
        { QStringLiteral("mentions-share"), QT_TR_NOOP("Mentions by channel") },
        { QStringLiteral("mentions-time"), QT_TR_NOOP("Mentions over time") },
        { QStringLiteral("sentiment"), QT_TR_NOOP("Sentiment of mentions") },
        { QStringLiteral("top-authors"), QT_TR_NOOP("Top authors by reach") },
        { QStringLiteral("instagram-web"), QT_TR_NOOP("Instagram and the website") },
        { QStringLiteral("web-duration"), QT_TR_NOOP("Average visit length") },
        { QStringLiteral("web-exit-rate"), QT_TR_NOOP("Exit rate") },
    };
    return names.contains(name) ? tr(names.value(name)) : name;
}

QList<QColor> ChartFactory::palette(bool dark)
{
    // Okabe–Ito.
    return { QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00),
             QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
             QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00),
             QColor(0xF0, 0xE4, 0x42), dark ? QColor(0xDD, 0xDD, 0xDD) : QColor(0x33, 0x33, 0x33) };
}

QColor ChartFactory::platformColor(Platform platform, bool dark)
{
    switch (platform) {
    case Platform::X:
        return dark ? QColor(0xDD, 0xDD, 0xDD) : QColor(0x33, 0x33, 0x33);
    case Platform::Facebook:
        return QColor(0x00, 0x72, 0xB2);
    case Platform::Instagram:
        return QColor(0xCC, 0x79, 0xA7);
    case Platform::LinkedIn:
        return QColor(0x56, 0xB4, 0xE9);
    case Platform::YouTube:
        return QColor(0xD5, 0x5E, 0x00);
    case Platform::Other:
        return QColor(0xE6, 0x9F, 0x00);
    }
    return QColor(0x99, 0x99, 0x99);
}

QString ChartFactory::rangeText(QDate from, QDate to)
{
    const QLocale locale;
    if (from.year() == to.year())
        return tr("%1 – %2").arg(locale.toString(from, QStringLiteral("d MMM")),
                                 locale.toString(to, QStringLiteral("d MMM yyyy")));
    return tr("%1 – %2").arg(locale.toString(from, QStringLiteral("d MMM yyyy")),
                             locale.toString(to, QStringLiteral("d MMM yyyy")));
}

ChartFactory::ChartFactory(QSqlDatabase db, QTimeZone zone)
    : m_service(std::move(db), zone)
    , m_zone(std::move(zone))
{
}

Result<PeriodStats> ChartFactory::statsOf(const ChartRequest &r, bool previous) const
{
    const QDate from = previous ? r.compareFrom : r.from;
    const QDate to = previous ? r.compareTo : r.to;
    const PeriodStats *known = previous ? r.previousStats : r.stats;
    if (known && known->from == from && known->to == to)
        return *known;
    return m_service.periodStats(from, to);
}

Result<std::pair<PeriodStats, PeriodStats>> ChartFactory::statsWithComparisonOf(const ChartRequest &r) const
{
    const auto now = statsOf(r, false);
    if (!now)
        return now.error();
    if (!r.compareFrom.isValid() || !r.compareTo.isValid())
        return std::make_pair(*now, PeriodStats());
    const auto before = statsOf(r, true);
    if (!before)
        return before.error();
    return std::make_pair(*now, *before);
}

qint64 ChartFactory::msecs(QDate day) const
{
    return QDateTime(day, QTime(12, 0), m_zone).toMSecsSinceEpoch();
}

QChart *ChartFactory::create(const ChartRequest &request) const
{
    Made chart = make(request);
    if (!chart) {
        if (request.failed)
            request.failed(chart.error());
        return nullptr;
    }
    return *chart;
}

Result<std::unique_ptr<QChart>> ChartFactory::build(const ChartRequest &request) const
{
    Made chart = make(request);
    if (!chart)
        return chart.error();
    return std::unique_ptr<QChart>(*chart);
}

ChartFactory::Made ChartFactory::make(const ChartRequest &request) const
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
    return static_cast<QChart *>(nullptr);
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
    chart->setTitle(
        QStringLiteral("%1<br><span style=\"font-weight:normal; font-size:%2\">%3</span>")
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

QChart *ChartFactory::finishTimeChart(QChart *chart, const ChartRequest &r, QAbstractAxis *x,
                                      const QList<QAbstractSeries *> &series, double max, const QString &yTitle,
                                      const QVector<EventMarker> &markers) const
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
    addEventMarkers(chart, r, markers, y->max());
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
        return tr("%1 · up to %2 (today is not over)")
            .arg(source, QLocale().toString(r.lastCompleteDay, QStringLiteral("d MMM")));
    return source;
}

QChart *ChartFactory::finishHorizontalBars(QChart *chart, const ChartRequest &r, QAbstractBarSeries *bars,
                                           const QStringList &categories, double max, const QString &xTitle) const
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

void ChartFactory::addEventMarkers(QChart *chart, const ChartRequest &r, const QVector<EventMarker> &markers, double yMax) const
{
    const QList<QAbstractAxis *> xAxes = chart->axes(Qt::Horizontal);
    const QList<QAbstractAxis *> yAxes = chart->axes(Qt::Vertical);
    if (xAxes.isEmpty() || yAxes.isEmpty())
        return;
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
        for (QAbstractSeries *s : { static_cast<QAbstractSeries *>(line), static_cast<QAbstractSeries *>(label) }) {
            chart->addSeries(s);
            s->attachAxis(xAxes.first());
            s->attachAxis(yAxes.first());
            for (QLegendMarker *marker : chart->legend()->markers(s))
                marker->setVisible(false);
        }
    }
}

} // namespace Beamline
