// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/analytics/periodstats.h>
#include <ui/measure/figuresslide.h>

#include <QCoreApplication>
#include <QHash>
#include <QString>

class QHBoxLayout;
class QWidget;

namespace Beamline {

class KpiTile;

// The Measure page's figures: per channel and for the whole website on the Overview, and
// Instagram's against the site's, each a KpiTile with its definition (docs/metrics.md),
// filled from a period's figures and the comparison's. Its strings are the page's.
class MeasureTiles final
{
    Q_DECLARE_TR_FUNCTIONS(Beamline::MeasurePage)

public:
    // The Overview's grid (a row per channel, then the website) in a new widget of `page`.
    QWidget *buildOverview(QWidget *page);
    // Instagram's tiles and the site's, in a row of tiles of `page`.
    QHBoxLayout *buildInstagramWeb(QWidget *page);
    // Shows the figures of the range and, when comparing, their change from the comparison's.
    void refresh(const PeriodStats &now, const PeriodStats &before, bool comparing);
    // A tile by its row ("x"... "web", "instagram-web") and its metric key; null when none.
    KpiTile *tile(const QString &channel, const QString &metric) const;

    // The first slides of a presentation: the Overview's figures, Instagram's against the site's.
    QStringList overviewColumns() const;
    QList<FiguresSlide::Row> overviewRows() const;
    FiguresSlide::Row instagramWebRow() const;

private:
    QHash<QString, KpiTile *> m_tiles; // not owned: the pages' children
};

} // namespace Beamline
