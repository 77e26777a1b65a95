// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportwriter.h"

#include "reportlayout.h"

#include <core/db/databaseerror.h>
#include <ui/charts/chartfactory.h>

#include <QBarCategoryAxis>
#include <QChart>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>

namespace Beamline {

namespace {

constexpr double ChartHeight = 330;

QString networkName(const QString &network)
{
    if (const auto platform = Platforms::fromKey(network); platform && *platform != Platform::Other)
        return Platforms::displayName(*platform);
    if (network == QLatin1String("news"))
        return ReportWriter::tr("News sites");
    if (network == QLatin1String("blog"))
        return ReportWriter::tr("Blogs");
    if (network == QLatin1String("web"))
        return ReportWriter::tr("Other web");
    return network;
}

QString count(std::optional<double> value)
{
    return ReportBuilder::format(value, MetricUnit::Count);
}

QString percentOf(qint64 part, qint64 whole)
{
    return whole > 0 ? ReportBuilder::format(double(part) / whole, MetricUnit::Rate) : QStringLiteral("–");
}

QString dayText(QDate day)
{
    return QLocale().toString(day, QStringLiteral("d MMM yyyy"));
}

} // namespace

ReportWriter::ReportWriter(const ReportData &data, const QSqlDatabase &db, QPageSize::PageSizeId paper)
    : m_data(data)
    , m_db(db)
    , m_pageSize(paper)
    , m_layout(std::make_unique<ReportLayout>(m_pageSize.sizePoints() * (96.0 / 72.0)))
{
    cover();
    summary();
    followers();
    topPosts();
    series();
    pillars();
    mentions();
    instagramWeb();
    definitions();
    sources();
}

ReportWriter::~ReportWriter() = default;

QString ReportWriter::rangeText(QDate from, QDate to)
{
    return tr("%1 – %2").arg(dayText(from), dayText(to));
}

int ReportWriter::pageCount() const
{
    return int(m_layout->pages().size());
}

QStringList ReportWriter::pageTitles() const
{
    QStringList titles;
    for (const ReportLayout::Page &page : m_layout->pages())
        titles.append(page.title);
    return titles;
}

QString ReportWriter::headerText() const
{
    return tr("%1 · Impact report · %2").arg(m_data.workspace, rangeText(m_data.from, m_data.to));
}

QString ReportWriter::footerText() const
{
    return tr("Made with Beamline on %1").arg(dayText(m_data.reportDate));
}

QImage ReportWriter::pageImage(int index, double scale) const
{
    const QSizeF size = m_layout->pageSize();
    QImage image((size * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    ReportLayout::setResolution(image);
    image.fill(Qt::white);
    QPainter painter(&image);
    // Scaled by hand: QPainter takes a pixel ratio below 1 as 1, which drew a thumbnail's
    // page at full size and showed only its top left corner.
    painter.scale(scale, scale);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    m_layout->paint(painter, index, headerText(), footerText());
    return image;
}

bool ReportWriter::writePdf(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("“%1” could not be written: %2").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(96); // the layout's unit: a pixel at 96 dpi
        writer.setPageSize(m_pageSize);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(tr("Impact report: %1, %2").arg(m_data.workspace, rangeText(m_data.from, m_data.to)));
        writer.setCreator(QStringLiteral("Beamline"));
        QPainter painter;
        if (!painter.begin(&writer)) {
            *error = tr("“%1” could not be written.").arg(path);
            file.cancelWriting();
            return false;
        }
        for (int i = 0; i < pageCount(); ++i) {
            if (i > 0)
                writer.newPage();
            m_layout->paint(painter, i, headerText(), footerText());
        }
        painter.end();
    }
    if (!file.commit()) {
        *error = tr("“%1” could not be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void ReportWriter::cover()
{
    ReportLayout &l = *m_layout;
    l.startCover();
    l.skip(150);
    l.text(tr("Impact report"), ReportLayout::font(30, true));
    l.text(m_data.workspace, ReportLayout::font(18), QColor(0x44, 0x44, 0x44));
    l.skip(40);
    QVector<QStringList> rows;
    rows.append({ tr("Period"), tr("%1 (%n day(s))", nullptr, m_data.stats.days).arg(rangeText(m_data.from, m_data.to)) });
    rows.append({ tr("Compared with"),
                  m_data.comparing()
                      ? tr("%1 (%n day(s))", nullptr, m_data.previous->days).arg(rangeText(m_data.compareFrom, m_data.compareTo))
                      : tr("No comparison") });
    if (!m_data.campaignName.isEmpty()) {
        QString campaign = m_data.campaignHashtag.isEmpty() || m_data.campaignHashtag == m_data.campaignName
            ? m_data.campaignName
            : tr("%1 (%2)").arg(m_data.campaignName, m_data.campaignHashtag);
        if (m_data.campaignFrom.isValid() && m_data.campaignTo.isValid())
            campaign = tr("%1, %2").arg(campaign, rangeText(m_data.campaignFrom, m_data.campaignTo));
        rows.append({ tr("Campaign"), campaign });
        if (!m_data.campaignGoal.isEmpty())
            rows.append({ tr("Campaign goal"), m_data.campaignGoal });
        rows.append(
            { tr("Campaign posts"), tr("%n feed post(s) of the period belong to the campaign", nullptr, m_data.campaignPosts) });
    }
    rows.append({ tr("Time zone"), m_data.zone.id().isEmpty() ? QStringLiteral("UTC") : QString::fromUtf8(m_data.zone.id()) });
    rows.append({ tr("Report date"), dayText(m_data.reportDate) });
    l.table({ { QString(), 1 }, { QString(), 3 } }, rows, false);
    l.skip(30);
    l.text(tr("Every figure is defined on the Definitions page and comes from the imports listed on the Sources page; "
              "the figures are those of “beamline stats” for the same period."),
           ReportLayout::font(9), QColor(0x66, 0x66, 0x66));
}

void ReportWriter::summary()
{
    ReportLayout &l = *m_layout;
    l.startPage(tr("Summary"));
    if (m_data.sentences.isEmpty())
        l.text(tr("No figures in this period."), ReportLayout::font(10));
    for (const QString &sentence : std::as_const(m_data.sentences))
        l.bullet(sentence, ReportLayout::font(10.5));
    l.skip(10);
    const QFont groupFont = ReportLayout::font(11, true);
    for (const CardGroup &group : std::as_const(m_data.cards)) {
        // The group's title stays with its first row of cards.
        l.ensure(ReportLayout::textHeight(groupFont, group.title, l.contentRect().width()) + 90);
        l.text(group.title, groupFont);
        l.cards(group.cards, 6);
    }
    if (m_data.comparing())
        l.text(tr("Changes against %1: blue is better, orange is worse, grey is no change or a figure that is neither (posts are "
                  "effort, "
                  "not impact).")
                   .arg(rangeText(m_data.compareFrom, m_data.compareTo)),
               ReportLayout::font(8), QColor(0x66, 0x66, 0x66));
}

void ReportWriter::chartOrNothing(const QString &name, double height, const QString &nothing, bool empty,
                                  const std::function<void(QChart *)> &adjust)
{
    if (empty) {
        m_layout->text(nothing, ReportLayout::font(10));
        return;
    }
    ChartRequest request;
    request.name = name;
    request.from = m_data.from;
    request.to = m_data.to;
    request.compareFrom = m_data.compareFrom;
    request.compareTo = m_data.compareTo;
    request.lastCompleteDay = m_data.reportDate.addDays(-1); // the report date's figures are not complete
    request.maxBars = 10;
    request.stats = &m_data.stats;
    request.previousStats = m_data.previous ? &*m_data.previous : nullptr;
    auto made = ChartFactory(m_db, m_data.zone).build(request);
    if (!made) // as the report's other reads: the caller shows it
        throw DatabaseError(made.error().message, made.error().detail);
    QChart *chart = std::move(made).value().release();
    if (!chart || chart->property("noData").toBool()) {
        delete chart;
        m_layout->text(nothing, ReportLayout::font(10));
        return;
    }
    // A smaller legend than on screen: every entry of a page-wide chart keeps its whole name.
    QFont legend = chart->legend()->font();
    legend.setPointSizeF(7.5);
    chart->legend()->setFont(legend);
    if (adjust)
        adjust(chart);
    m_layout->chart(chart, height);
}

void ReportWriter::followers()
{
    ReportLayout &l = *m_layout;
    l.startPage(tr("Followers gained per day"));
    bool any = false;
    for (const ChannelStats &c : m_data.stats.channels)
        any = any || c.followersPerDay.has_value();
    chartOrNothing(QStringLiteral("followers"), ChartHeight + 40, tr("No follower figures in this period."), !any);
    if (!any)
        return;
    QVector<QStringList> rows;
    for (const ChannelStats &c : m_data.stats.channels) {
        if (!c.followersPerDay)
            continue;
        const FigureCard card = ReportBuilder::card(
            QStringLiteral("followers_per_day"), c.followersPerDay,
            m_data.previous ? m_data.previous->channels.value(c.platform).followersPerDay : std::nullopt, m_data.comparing());
        rows.append({ Platforms::displayName(c.platform), count(c.followersGained), card.valueText, card.changeText });
    }
    l.table({ { tr("Channel"), 1.2 },
              { tr("New followers"), 1, Qt::AlignRight },
              { tr("Per day"), 1, Qt::AlignRight },
              { tr("Change"), 1.8 } },
            rows);
    if (!m_data.markers.isEmpty()) {
        QVector<QStringList> events;
        for (const ReportMarker &m : std::as_const(m_data.markers))
            events.append({ dayText(m.day), m.label });
        l.text(tr("Events marked on the chart"), ReportLayout::font(10, true));
        l.table({ { tr("Day"), 1 }, { tr("Event"), 4 } }, events);
    }
}

void ReportWriter::topPosts()
{
    ReportLayout &l = *m_layout;
    l.startPage(tr("Top posts"));
    if (m_data.topPosts.isEmpty()) {
        l.text(tr("No posts with interaction figures in this period."), ReportLayout::font(10));
        return;
    }
    // The bars are named by their rank in the table below, which gives the posts' text.
    chartOrNothing(QStringLiteral("engagement"), ChartHeight, tr("No posts with interaction figures in this period."), false,
                   [](QChart *chart) {
                       for (QAbstractAxis *axis : chart->axes(Qt::Vertical)) {
                           if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis)) {
                               const QStringList names = categories->categories();
                               for (qsizetype i = 0; i < names.size(); ++i)
                                   categories->replace(names.at(i),
                                                       QStringLiteral("#%1").arg(names.size() - i)); // largest at the top
                           }
                       }
                   });
    QVector<QStringList> rows;
    int rank = 0;
    for (const ReportPost &p : std::as_const(m_data.topPosts)) {
        const std::optional<double> rate
            = p.impressions && *p.impressions > 0 ? std::optional<double>(p.interactions / *p.impressions) : std::nullopt;
        rows.append({ QStringLiteral("#%1").arg(++rank),
                      QLocale().toString(p.published.toTimeZone(m_data.zone).date(), QStringLiteral("d MMM yyyy")),
                      Platforms::displayName(p.platform), p.text.simplified().left(400), count(p.likes), count(p.comments),
                      count(p.shares), count(p.interactions),
                      rate ? ReportBuilder::format(rate, MetricUnit::Rate) : QStringLiteral("–") });
    }
    l.table({ { QStringLiteral("#"), 0.35, Qt::AlignRight },
              { tr("Published"), 1.1 },
              { tr("Channel"), 1.1 },
              { tr("Post"), 3.4 },
              { tr("Likes"), 0.8, Qt::AlignRight },
              { tr("Comments"), 1.05, Qt::AlignRight },
              { tr("Shares"), 0.8, Qt::AlignRight },
              { tr("Interactions"), 1.2, Qt::AlignRight },
              { tr("Rate"), 0.8, Qt::AlignRight } },
            rows);
}

void ReportWriter::series()
{
    ReportLayout &l = *m_layout;
    l.startPage(tr("Series episodes against their median"));
    chartOrNothing(QStringLiteral("series"), ChartHeight + 30, tr("No series episodes in this period."), m_data.series.isEmpty());
    if (m_data.series.isEmpty())
        return;
    QVector<QStringList> rows;
    for (const SeriesEpisodes &s : std::as_const(m_data.series)) {
        const auto best = std::max_element(s.episodes.cbegin(), s.episodes.cend());
        const int above = int(std::count_if(s.episodes.cbegin(), s.episodes.cend(), [&s](double v) { return v > s.median; }));
        rows.append({ s.name, QLocale().toString(s.episodes.size()), count(s.median),
                      tr("%1 on %2").arg(count(*best), QLocale().toString(best.key(), QStringLiteral("d MMM"))),
                      tr("%1 of %2").arg(above).arg(s.episodes.size()) });
    }
    l.table({ { tr("Series"), 2 },
              { tr("Episodes"), 0.9, Qt::AlignRight },
              { tr("Median interactions"), 1.2, Qt::AlignRight },
              { tr("Best episode"), 1.5, Qt::AlignRight },
              { tr("Above the median"), 1.2, Qt::AlignRight } },
            rows);
}

void ReportWriter::pillars()
{
    ReportLayout &l = *m_layout;
    l.startPage(tr("Pillars"));
    chartOrNothing(QStringLiteral("pillars"), ChartHeight, tr("No posts with interaction figures in this period."),
                   m_data.pillars.isEmpty());
    if (m_data.pillars.isEmpty())
        return;
    QVector<QStringList> rows;
    for (const ReportPillar &p : std::as_const(m_data.pillars))
        rows.append({ p.name, QLocale().toString(p.figures.posts), count(p.figures.interactions),
                      count(p.figures.interactionsPerPost),
                      p.figures.engagementRate ? ReportBuilder::format(p.figures.engagementRate, MetricUnit::Rate)
                                               : QStringLiteral("–") });
    l.table({ { tr("Pillar"), 2 },
              { tr("Posts"), 0.8, Qt::AlignRight },
              { tr("Interactions"), 1.1, Qt::AlignRight },
              { tr("Per post"), 1, Qt::AlignRight },
              { tr("Engagement rate"), 1.2, Qt::AlignRight } },
            rows);
}

void ReportWriter::mentions()
{
    ReportLayout &l = *m_layout;
    l.startPage(tr("Mentions by channel and sentiment"));
    const MentionStats &m = m_data.stats.mentions;
    if (m.total == 0) {
        l.text(tr("No mentions in this period."), ReportLayout::font(10));
        return;
    }
    chartOrNothing(QStringLiteral("mentions-share"), 280, QString());
    QVector<QStringList> rows;
    QList<QPair<QString, qint64>> networks;
    for (auto it = m.byNetwork.cbegin(); it != m.byNetwork.cend(); ++it)
        networks.append({ it.key(), it.value() });
    std::sort(networks.begin(), networks.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    for (const auto &network : std::as_const(networks))
        rows.append({ networkName(network.first), QLocale().toString(network.second), percentOf(network.second, m.total) });
    rows.append({ tr("All channels"), QLocale().toString(m.total), percentOf(m.total, m.total) });
    l.table({ { tr("Channel"), 2 }, { tr("Mentions"), 1, Qt::AlignRight }, { tr("Share"), 1, Qt::AlignRight } }, rows);
    chartOrNothing(QStringLiteral("sentiment"), 230, QString());
    l.table({ { tr("Sentiment"), 2 }, { tr("Mentions"), 1, Qt::AlignRight }, { tr("Share"), 1, Qt::AlignRight } },
            { { tr("Positive"), QLocale().toString(m.positive), percentOf(m.positive, m.total) },
              { tr("Neutral"), QLocale().toString(m.neutral), percentOf(m.neutral, m.total) },
              { tr("Negative"), QLocale().toString(m.negative), percentOf(m.negative, m.total) },
              { tr("Not rated"), QLocale().toString(m.unrated), percentOf(m.unrated, m.total) } });
}

void ReportWriter::instagramWeb()
{
    ReportLayout &l = *m_layout;
    l.startPage(tr("Instagram and the website"));
    if (m_data.instagramWeb.isEmpty()) {
        l.text(tr("No Instagram figures in this period."), ReportLayout::font(10));
        return;
    }
    l.cards(m_data.instagramWeb, 3);
    chartOrNothing(QStringLiteral("instagram-web"), ChartHeight + 30, tr("No Instagram figures in this period."));
}

void ReportWriter::definitions()
{
    ReportLayout &l = *m_layout;
    l.startPage(tr("Definitions"));
    QVector<QStringList> rows;
    for (const ReportDefinition &d : std::as_const(m_data.definitions))
        rows.append({ d.title, d.text });
    l.table({ { tr("Figure"), 1.2 }, { tr("Definition"), 4 } }, rows);
    l.text(tr("The same definitions as the figures' tooltips in Beamline and docs/metrics.md. Days are calendar days in the time "
              "zone "
              "%1; rates are shown as percentages.")
               .arg(QString::fromUtf8(m_data.zone.id())),
           ReportLayout::font(8.5), QColor(0x66, 0x66, 0x66));
}

void ReportWriter::sources()
{
    ReportLayout &l = *m_layout;
    l.startPage(tr("Sources"));
    if (m_data.sources.isEmpty()) {
        l.text(tr("No imports in this period."), ReportLayout::font(10));
        return;
    }
    QVector<QStringList> rows;
    const QLocale locale;
    for (const ReportSource &s : std::as_const(m_data.sources)) {
        const QString period
            = s.periodStart.isValid() && s.periodEnd.isValid() ? rangeText(s.periodStart, s.periodEnd) : tr("not stated");
        const QString exported = s.exported.isValid()
            ? locale.toString(s.exported.toTimeZone(m_data.zone), QStringLiteral("d MMM yyyy HH:mm"))
            : tr("not stated");
        const QString imported = s.imported.isValid()
            ? locale.toString(s.imported.toTimeZone(m_data.zone), QStringLiteral("d MMM yyyy HH:mm"))
            : QStringLiteral("–");
        rows.append({ s.file, s.format, period, exported, imported });
    }
    l.text(tr("%n import(s) whose period meets the report's (and its comparison's).", nullptr, int(m_data.sources.size())),
           ReportLayout::font(9), QColor(0x66, 0x66, 0x66));
    l.table(
        { { tr("File"), 2.6 }, { tr("Format"), 1.2 }, { tr("Period"), 1.8 }, { tr("Exported"), 1.3 }, { tr("Imported"), 1.3 } },
        rows);
}

} // namespace Beamline
