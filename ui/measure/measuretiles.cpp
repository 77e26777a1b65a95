// SPDX-License-Identifier: GPL-3.0-or-later
#include "measuretiles.h"

#include <core/analytics/reportdata.h>
#include <core/domain/platform.h>
#include <ui/measure/kpitile.h>

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QWidget>

#include <tuple>

namespace Beamline {

namespace {

struct Metric {
    const char *key;
    const char *title;
    const char *definition;
    KpiTile::Format format;
};

// The Overview's figures per channel, with their one definition (docs/metrics.md).
const Metric ChannelMetrics[] = {
    { "posts", QT_TRANSLATE_NOOP("Beamline::MeasurePage", "Posts"),
      QT_TRANSLATE_NOOP("Beamline::MeasurePage", "Feed posts published in the range (stories are counted as story views)."),
      KpiTile::Format::Count },
    { "interactions", QT_TRANSLATE_NOOP("Beamline::MeasurePage", "Interactions"),
      QT_TRANSLATE_NOOP("Beamline::MeasurePage",
                        "Likes + comments + shares of the posts published in the range, from each post's newest export."),
      KpiTile::Format::Count },
    { "engagement_rate", QT_TRANSLATE_NOOP("Beamline::MeasurePage", "Engagement rate"),
      QT_TRANSLATE_NOOP("Beamline::MeasurePage",
                        "Σ interactions ÷ Σ impressions over the posts that have impressions (views where the platform "
                        "counts views). Never a mean of per-post rates."),
      KpiTile::Format::Percent },
    { "followers_per_day", QT_TRANSLATE_NOOP("Beamline::MeasurePage", "Followers gained"),
      QT_TRANSLATE_NOOP("Beamline::MeasurePage",
                        "Σ new followers in the range ÷ calendar days of the range; days an export left out count as zero."),
      KpiTile::Format::PerDay },
    { "mentions", QT_TRANSLATE_NOOP("Beamline::MeasurePage", "Mentions"),
      QT_TRANSLATE_NOOP("Beamline::MeasurePage", "Mentions found on this network by the listening tools in the range."),
      KpiTile::Format::Count },
    { "sessions", QT_TRANSLATE_NOOP("Beamline::MeasurePage", "Website visits"),
      QT_TRANSLATE_NOOP("Beamline::MeasurePage",
                        "Sessions the web analytics attribute to this channel by the source/medium rules."),
      KpiTile::Format::Count },
};

QString tileKey(const QString &channel, const QString &metric)
{
    return channel + QLatin1Char('/') + metric;
}

} // namespace

QWidget *MeasureTiles::buildOverview(QWidget *page)
{
    auto *grid = new QGridLayout;
    grid->setSpacing(5);
    int column = 1;
    for (const Metric &m : ChannelMetrics) {
        auto *header = new QLabel(tr(m.title), page);
        header->setToolTip(tr(m.definition));
        QFont f = header->font();
        f.setBold(true);
        header->setFont(f);
        grid->addWidget(header, 0, column++);
    }
    int row = 1;
    for (Platform platform : Platforms::measured()) {
        auto *name = new QLabel(Platforms::displayName(platform), page);
        QFont f = name->font();
        f.setBold(true);
        name->setFont(f);
        grid->addWidget(name, row, 0);
        column = 1;
        for (const Metric &m : ChannelMetrics) {
            auto *tile = new KpiTile(page);
            tile->setTitle(tr("%1, %2").arg(Platforms::displayName(platform), tr(m.title)));
            tile->setTitleVisible(false);
            tile->setDefinition(tr(m.definition));
            tile->setMetric(QString::fromLatin1(m.key));
            tile->setObjectName(tileKey(Platforms::key(platform), QString::fromLatin1(m.key)));
            m_tiles.insert(tile->objectName(), tile);
            grid->addWidget(tile, row, column++);
        }
        ++row;
    }
    // The website as a whole.
    auto *web = new QLabel(tr("Website"), page);
    QFont f = web->font();
    f.setBold(true);
    web->setFont(f);
    grid->addWidget(web, row, 0);
    const QList<std::tuple<QString, QString, QString, KpiTile::Format>> site = {
        { QStringLiteral("sessions"), tr("Visits"),
          tr("Sessions of the whole site, from one breakdown (the time series when there is one)."), KpiTile::Format::Count },
        { QStringLiteral("users"), tr("Visitors"), tr("Users summed over the rows of the same breakdown."),
          KpiTile::Format::Count },
        { QStringLiteral("avg_session_seconds"), tr("Visit length"),
          tr("Average length (m:ss) of a visit, weighted by sessions."), KpiTile::Format::Duration },
        { QStringLiteral("bounce_rate"), tr("Bounce rate"), tr("Bounce rate weighted by sessions."), KpiTile::Format::Percent },
        { QStringLiteral("exit_rate"), tr("Exit rate"), tr("Σ exits ÷ Σ pageviews."), KpiTile::Format::Percent },
    };
    column = 1;
    for (const auto &[key, title, definition, format] : site) {
        Q_UNUSED(format)
        auto *tile = new KpiTile(page);
        tile->setTitle(title);
        tile->setDefinition(definition);
        tile->setMetric(key);
        tile->setObjectName(tileKey(QStringLiteral("web"), key));
        m_tiles.insert(tile->objectName(), tile);
        grid->addWidget(tile, row, column++);
    }
    // The figures keep their rows together at the top; the chart below takes the rest of
    // the height. On a small screen the figures scroll (both ways) and the chart keeps
    // its minimum.
    grid->setRowStretch(row + 1, 1);
    for (int c = 1; c <= int(std::size(ChannelMetrics)); ++c)
        grid->setColumnStretch(c, 1);
    auto *tilesWidget = new QWidget(page);
    tilesWidget->setLayout(grid);
    return tilesWidget;
}

QHBoxLayout *MeasureTiles::buildInstagramWeb(QWidget *page)
{
    auto *row = new QHBoxLayout;
    const QList<std::tuple<QString, QString, QString>> tiles = {
        { QStringLiteral("followers_per_day"), tr("Instagram followers gained"),
          tr("Σ new followers ÷ calendar days of the range.") },
        { QStringLiteral("story_views"), tr("Story views"),
          tr("Σ views (or impressions) of the stories published in the range.") },
        { QStringLiteral("interactions"), tr("Instagram interactions"),
          tr("Likes + comments + shares of the posts published in the range.") },
        { QStringLiteral("sessions"), tr("Visits from Instagram"),
          tr("Sessions attributed to Instagram by the source/medium rules.") },
        { QStringLiteral("avg_session_seconds"), tr("Visit length, from Instagram"),
          tr("Average length (m:ss) of the visits from Instagram, weighted by sessions.") },
        { QStringLiteral("site_avg_session_seconds"), tr("Visit length, whole site"),
          tr("Average length (m:ss) of all the site's visits, weighted by sessions.") },
    };
    for (const auto &[key, title, definition] : tiles) {
        auto *tile = new KpiTile(page);
        tile->setTitle(title);
        tile->setDefinition(definition);
        tile->setMetric(key == QLatin1String("site_avg_session_seconds") ? QStringLiteral("avg_session_seconds") : key);
        tile->setObjectName(tileKey(QStringLiteral("instagram-web"), key));
        m_tiles.insert(tile->objectName(), tile);
        row->addWidget(tile);
    }
    return row;
}

void MeasureTiles::refresh(const PeriodStats &now, const PeriodStats &before, bool comparing)
{
    for (Platform platform : Platforms::measured()) {
        for (const Metric &m : ChannelMetrics) {
            const QString metric = QString::fromLatin1(m.key);
            KpiTile *tile = m_tiles.value(tileKey(Platforms::key(platform), metric));
            tile->setValue(ReportBuilder::channelValue(now, platform, metric), m.format,
                           ReportBuilder::channelValue(before, platform, metric), comparing);
        }
    }
    const auto web = &ReportBuilder::siteValue;
    const QList<QPair<QString, KpiTile::Format>> site = { { QStringLiteral("sessions"), KpiTile::Format::Count },
                                                          { QStringLiteral("users"), KpiTile::Format::Count },
                                                          { QStringLiteral("avg_session_seconds"), KpiTile::Format::Duration },
                                                          { QStringLiteral("bounce_rate"), KpiTile::Format::Percent },
                                                          { QStringLiteral("exit_rate"), KpiTile::Format::Percent } };
    for (const auto &[key, format] : site)
        m_tiles.value(tileKey(QStringLiteral("web"), key))->setValue(web(now, key), format, web(before, key), comparing);

    const auto instagram = &ReportBuilder::instagramWebValue;
    const QList<QPair<QString, KpiTile::Format>> ig
        = { { QStringLiteral("followers_per_day"), KpiTile::Format::PerDay },
            { QStringLiteral("story_views"), KpiTile::Format::Count },
            { QStringLiteral("interactions"), KpiTile::Format::Count },
            { QStringLiteral("sessions"), KpiTile::Format::Count },
            { QStringLiteral("avg_session_seconds"), KpiTile::Format::Duration },
            { QStringLiteral("site_avg_session_seconds"), KpiTile::Format::Duration } };
    for (const auto &[key, format] : ig)
        m_tiles.value(tileKey(QStringLiteral("instagram-web"), key))
            ->setValue(instagram(now, key), format, instagram(before, key), comparing);
}

KpiTile *MeasureTiles::tile(const QString &channel, const QString &metric) const
{
    return m_tiles.value(tileKey(channel, metric));
}

QStringList MeasureTiles::overviewColumns() const
{
    QStringList columns;
    for (const Metric &m : ChannelMetrics)
        columns.append(tr(m.title));
    return columns;
}

QList<FiguresSlide::Row> MeasureTiles::overviewRows() const
{
    // The channels that have a figure in the range (or the one before), then the website.
    QList<FiguresSlide::Row> rows;
    auto add = [&rows](FiguresSlide::Row row) {
        for (const KpiTile::Figure &f : std::as_const(row.figures)) {
            if (f.hasValue || !f.previous.isEmpty()) {
                rows.append(row);
                return;
            }
        }
    };
    for (Platform platform : Platforms::measured()) {
        FiguresSlide::Row row;
        row.name = Platforms::displayName(platform);
        for (const Metric &m : ChannelMetrics)
            row.figures.append(m_tiles.value(tileKey(Platforms::key(platform), QString::fromLatin1(m.key)))->figure());
        add(row);
    }
    FiguresSlide::Row web;
    web.name = tr("Website");
    for (const char *key : { "sessions", "users", "avg_session_seconds", "bounce_rate", "exit_rate" }) {
        const KpiTile::Figure figure = m_tiles.value(tileKey(QStringLiteral("web"), QString::fromLatin1(key)))->figure();
        web.figures.append(figure);
        web.titles.append(figure.title);
    }
    add(web);
    return rows;
}

FiguresSlide::Row MeasureTiles::instagramWebRow() const
{
    FiguresSlide::Row row;
    for (const char *key :
         { "followers_per_day", "story_views", "interactions", "sessions", "avg_session_seconds", "site_avg_session_seconds" }) {
        const KpiTile::Figure figure
            = m_tiles.value(tileKey(QStringLiteral("instagram-web"), QString::fromLatin1(key)))->figure();
        row.figures.append(figure);
        row.titles.append(figure.title);
    }
    return row;
}

} // namespace Beamline
