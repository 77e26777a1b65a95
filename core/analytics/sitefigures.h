// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "websums.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <QVector>

namespace Beamline {

// The site's web figures of a range, from the reports that give them (docs/metrics.md,
// "The site's figures"). Pure: the analytics repository gathers the blocks.
//
// A block is what one report says about the whole site over one period: the site's own rows
// (a day's totals, a totals row over the report's period) or the sum of a breakdown that
// partitions the site's traffic (every session has one source/medium, one channel group, one
// landing page; every pageview one page). Per measure:
//  * the site's own row over exactly the range wins;
//  * else the range is tiled without overlap by the finest blocks inside it: days before
//    weeks before months, and the site's own rows before a breakdown's for the same period;
//  * where those tiles leave days out and a breakdown covers exactly the range, the breakdown
//    gives the figure (it is complete);
//  * visitors are not additive over days or breakdowns: only the site's own row over exactly
//    the range gives them.
// Every web source (a GA view or property, a Matomo site) is taken to measure the lab's one
// website: where several give a figure, one is used, never their sum — the one whose figures
// cover more days of the range, then the first by provider and name.
class SiteFigures final
{
public:
    // Which report a block comes from, most trusted first. Referrer only attributes traffic
    // to channels: a referrer report (Matomo's Websites) leaves out direct and search visits.
    enum class Origin { Site, SourceMedium, ChannelGroup, LandingPage, Page, Referrer };

    // What the blocks describe: the whole site, or the traffic attributed to one channel
    // (whose visitors an exact-period row of any report may give).
    enum class Scope { Site, Channel };

    struct Block {
        QDate from;
        QDate to;
        Origin origin = Origin::Site;
        int source = 0; // the web source's place in the order of provider and name
        WebSums sums;
    };

    // The report key of an origin ("site", "source_medium"...), and the reports that are blocks.
    static QString reportKey(Origin origin);
    static const QVector<Origin> &origins();
    // Keeps only what a breakdown can say about the whole site (pages give pageviews and exits).
    static WebSums partitionedPart(Origin origin, const WebSums &sums);

    struct Figures {
        WebSums sums;
        QStringList reports; // the reports the figures came from, most trusted first
    };
    static Figures forRange(const QVector<Block> &blocks, QDate from, QDate to, Scope scope = Scope::Site);
    // The one-day figures of each day that has any (users only from the site's own rows).
    static QMap<QDate, WebSums> perDay(const QVector<Block> &blocks, Scope scope = Scope::Site);
};

} // namespace Beamline
