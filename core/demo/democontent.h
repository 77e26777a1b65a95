// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The demo's content plan: what the example lab publishes on which day, and the names and
// texts the demo generator draws from. Internal to core/demo.

#include <core/domain/entities.h>

#include <QDate>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QTime>

namespace Beamline::Demo {

struct PillarSpec {
    const char *name;
    const char *color;
    double share;
    double reachFactor; // how far posts of this pillar travel
    double rateFactor; // how much people interact with them ("humour works")
};

// Okabe-Ito colours: distinguishable with the common colour-vision deficiencies.
inline constexpr PillarSpec Pillars[] = {
    { "Physics news", "#0072B2", 0.35, 1.0, 1.0 },
    { "Human stories", "#E69F00", 0.25, 1.2, 1.15 },
    { "Fun science", "#009E73", 0.25, 1.5, 1.35 },
    { "Community", "#CC79A7", 0.15, 0.6, 0.9 },
};
enum PillarIndex { PhysicsNews, HumanStories, FunScience, Community };

enum SeriesIndex { Throwback, GuessWhat, FollowFriday };

struct Content {
    QString title;
    QString body;
    int pillar = PhysicsNews;
    int series = -1; // a SeriesIndex, or -1
    QTime time;
    QList<Platform> platforms;
    bool campaign = false;
    QString language = QStringLiteral("en");
};

inline constexpr const char *NewsItems[] = {
    "New result: the most precise measurement of the W mass",
    "Detector upgrade: 40 tonnes of new muon chambers installed",
    "The accelerator restarts after the winter shutdown",
    "Open data: 300 TB of collision data released for everyone",
    "Our theorists explain why the universe is made of matter",
    "Record luminosity in the collider this week",
    "A new antimatter trap catches its first atoms",
    "Computing: the grid processed 1 billion jobs this year",
};
inline constexpr const char *Influencers[] = { "@quarkqueen_ex", "@sciencewithsam_ex", "@orbitdaily_ex" };

// What the lab publishes on `day`, in the week numbered `weekIndex` since the demo's first day;
// the campaign's posts between `campaignStart` and `campaignEnd`.
QList<Content> contentFor(QDate day, int weekIndex, QDate campaignStart, QDate campaignEnd);

// An X status id (a "snowflake") for a time, made unique by `salt`.
QString snowflake(const QDateTime &utc, int salt);
// An 11-character YouTube-style id.
QString youtubeId(QRandomGenerator &rng);
// The #hashtags of a text, each once, in order.
QStringList hashtagsIn(const QString &text);

} // namespace Beamline::Demo
