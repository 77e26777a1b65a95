// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Beamline {

class PlatformPostRepository;
class WriteScope;
class Writer;

namespace Demo {
struct Content;
}

// Fills a workspace with clearly labelled synthetic data modelled on CERN's talk
// (shared/seed): the lab's channels and content pillars, #ThrowbackThursday,
// Guess What It Is and #FollowFriday as series, the #WhatsUpLHC campaign
// (2016-11-14 to 2017-01-12) with influencers, a year of published posts with
// metrics, follower and web-traffic series, mentions, and a plan for the weeks
// around the demo's "today". The same seed always gives the same workspace.
class DemoGenerator final
{
    Q_DECLARE_TR_FUNCTIONS(Beamline::DemoGenerator)

public:
    struct Summary {
        int channels = 0;
        int series = 0;
        int plannedPosts = 0;
        int platformPosts = 0;
        int dailyValues = 0;
        int webRows = 0;
        int mentions = 0;
    };

    // The story's calendar.
    static QDate firstDay() { return { 2016, 2, 1 }; }
    static QDate today() { return { 2017, 1, 18 }; }
    static QDate campaignStart() { return { 2016, 11, 14 }; }
    static QDate campaignEnd() { return { 2017, 1, 12 }; }
    static QString zone() { return QStringLiteral("Europe/Zurich"); }

    // Writes the whole demo in one write of the workspace's writer. Throws DatabaseError.
    static Summary generate(Writer &writer, quint32 seed = 2017);

    // Creates the demo workspace at `path`, or reuses it when it already is one.
    // Refuses (false, *error set) to touch any other existing file.
    static bool createWorkspace(const QString &path, QString *error);

private:
    struct State;

    DemoGenerator(WriteScope &scope, quint32 seed);
    Summary write();
    // The steps of write(), in the order they draw from the random generator.
    void writeWorkspace(State &st);
    void writeSeries(State &st);
    void writeCampaign(State &st);
    void openBatch(State &st);
    void writePosts(State &st);
    void publish(State &st, PlatformPostRepository &platformPosts, const Demo::Content &c, const QDateTime &whenUtc,
                 std::optional<qint64> postId, bool isStory);
    void writeFollowers(State &st);
    QHash<QDate, double> campaignInstagramSessions();
    void writeWebTraffic(State &st);
    void writeMentions(State &st);

    double noise(double spread); // multiplicative log-normal factor around 1
    int around(double mean, double spread);

    QSqlDatabase m_db;
    WriteScope &m_scope;
    QRandomGenerator m_rng;
};

} // namespace Beamline
