// SPDX-License-Identifier: GPL-3.0-or-later
#include "demogenerator.h"

#include "demogeneratorstate.h"

#include <core/db/campaignrepository.h>
#include <core/db/channelrepository.h>
#include <core/db/databaseerror.h>
#include <core/db/eventmarkerrepository.h>
#include <core/db/importbatchrepository.h>
#include <core/db/personrepository.h>
#include <core/db/pillarrepository.h>
#include <core/db/seriesrepository.h>
#include <core/db/settingsrepository.h>
#include <core/db/writescope.h>
#include <core/demo/democontent.h>
#include <core/domain/isotime.h>
#include <core/workspace/workspace.h>
#include <core/workspace/writer.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace Beamline {

using namespace Demo;

DemoGenerator::DemoGenerator(WriteScope &scope, quint32 seed)
    : m_db(scope.db())
    , m_scope(scope)
    , m_rng(seed)
{
}

DemoGenerator::Summary DemoGenerator::generate(Writer &writer, quint32 seed)
{
    Summary summary;
    const WriteResult result = writer.run([&](WriteScope &scope) { summary = DemoGenerator(scope, seed).write(); });
    if (!result.ok)
        throw DatabaseError(result.message, result.detail);
    return summary;
}

double DemoGenerator::noise(double spread)
{
    // Box-Muller normal → log-normal factor with median 1.
    const double u1 = qMax(1e-12, m_rng.generateDouble());
    const double u2 = m_rng.generateDouble();
    const double z = std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
    return std::exp(z * spread);
}

int DemoGenerator::around(double mean, double spread)
{
    return qMax(0, int(std::lround(mean * noise(spread))));
}

DemoGenerator::Summary DemoGenerator::write()
{
    State st;
    st.tz = QTimeZone(zone().toUtf8());
    writeWorkspace(st);
    writeSeries(st);
    writeCampaign(st);
    openBatch(st);
    writePosts(st);
    writeFollowers(st);
    writeWebTraffic(st);
    writeMentions(st);

    ImportBatchRepository batches(m_db);
    st.batch.rowsRead = st.summary.platformPosts + st.summary.dailyValues + st.summary.webRows + st.summary.mentions;
    st.batch.rowsAdded = st.batch.rowsRead;
    batches.finish(st.batch);
    // Its rows were written without keeping track: the summaries are built whole.
    m_scope.derived().rebuildAll = true;
    for (ChangeSet::Kind kind :
         { ChangeSet::Kind::Posts, ChangeSet::Kind::Series, ChangeSet::Kind::Channels, ChangeSet::Kind::Pillars,
           ChangeSet::Kind::People, ChangeSet::Kind::Campaigns, ChangeSet::Kind::Batches, ChangeSet::Kind::Figures,
           ChangeSet::Kind::Matches, ChangeSet::Kind::Markers, ChangeSet::Kind::Settings })
        m_scope.changed(kind);
    return st.summary;
}

void DemoGenerator::writeWorkspace(State &st)
{
    SettingsRepository settings(m_db);
    settings.setValue(SettingsRepository::Name, tr("Example Physics Lab — demo (synthetic data)"));
    settings.setValue(SettingsRepository::TimeZone, zone());
    settings.setValue(SettingsRepository::Demo, QStringLiteral("1"));
    settings.setValue(SettingsRepository::DemoToday, IsoTime::day(today()));

    // Channels.
    ChannelRepository channels(m_db);
    st.channel[Platform::X]
        = channels.insert({ 0, Platform::X, QStringLiteral("examplelab"), QStringLiteral("Example Physics Lab") });
    st.channel[Platform::Facebook]
        = channels.insert({ 0, Platform::Facebook, QStringLiteral("examplephysicslab"), QStringLiteral("Example Physics Lab") });
    st.channel[Platform::Instagram]
        = channels.insert({ 0, Platform::Instagram, QStringLiteral("examplelab"), QStringLiteral("Example Physics Lab") });
    st.channel[Platform::LinkedIn] = channels.insert(
        { 0, Platform::LinkedIn, QStringLiteral("example-physics-lab"), QStringLiteral("Example Physics Lab") });
    st.channel[Platform::YouTube]
        = channels.insert({ 0, Platform::YouTube, QStringLiteral("ExamplePhysicsLab"), QStringLiteral("Example Physics Lab") });
    st.summary.channels = int(st.channel.size());

    PillarRepository pillars(m_db);
    for (int i = 0; i < 4; ++i)
        st.pillarIds.append(
            pillars.insert({ 0, tr(Pillars[i].name), QString::fromLatin1(Pillars[i].color), Pillars[i].share, i }));

    PersonRepository people(m_db);
    const qint64 alex = people.insert({ 0, QStringLiteral("Alex Martin"), QStringLiteral("alex.martin@examplelab.invalid") });
    const qint64 noor = people.insert({ 0, QStringLiteral("Noor Haddad"), QStringLiteral("noor.haddad@examplelab.invalid") });
    const qint64 sam = people.insert({ 0, QStringLiteral("Sam Rivera"), QStringLiteral("sam.rivera@examplelab.invalid") });
    st.editors = { alex, noor, sam };
}

void DemoGenerator::writeSeries(State &st)
{
    // Series: the lab's weekly rendez-vous.
    SeriesRepository seriesRepo(m_db);
    {
        Series tbt;
        tbt.name = QStringLiteral("#ThrowbackThursday");
        tbt.description = tr("A photo from the archives every Thursday.");
        tbt.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=TH");
        tbt.dtstart = IsoTime::makeWallClock(firstDay().addDays(3), QTime(10, 0));
        tbt.timeZone = zone();
        tbt.pillarId = st.pillarIds[PhysicsNews];
        tbt.ownerId = st.editors[1]; // Noor
        tbt.templateText = QStringLiteral("#ThrowbackThursday <year>: <what the photo shows>");
        tbt.hashtags = { QStringLiteral("#ThrowbackThursday"), QStringLiteral("#TBT") };
        tbt.channelIds = { st.channel[Platform::X], st.channel[Platform::Facebook], st.channel[Platform::Instagram] };
        // No archive photo between Christmas and New Year.
        tbt.exceptions.append({ IsoTime::makeWallClock({ 2016, 12, 29 }, QTime(10, 0)),
                                SeriesException::Kind::Skip,
                                {},
                                tr("Lab closed between Christmas and New Year") });
        st.seriesIds.append(seriesRepo.insert(tbt));

        Series gwii;
        gwii.name = QStringLiteral("Guess What It Is");
        gwii.description = tr("A close-up of an object from the lab; the answer follows on Friday.");
        gwii.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=TU");
        gwii.dtstart = IsoTime::makeWallClock(firstDay().addDays(1), QTime(12, 0));
        gwii.timeZone = zone();
        gwii.pillarId = st.pillarIds[FunScience];
        gwii.ownerId = st.editors[2]; // Sam
        gwii.templateText = QStringLiteral("Guess What It Is? Hint: <hint> #GuessWhatItIs");
        gwii.hashtags = { QStringLiteral("#GuessWhatItIs") };
        gwii.channelIds = { st.channel[Platform::X], st.channel[Platform::Facebook], st.channel[Platform::Instagram] };
        gwii.exceptions.append({ IsoTime::makeWallClock({ 2016, 12, 27 }, QTime(12, 0)), SeriesException::Kind::Move,
                                 IsoTime::makeWallClock({ 2016, 12, 28 }, QTime(12, 0)), tr("Moved after the Christmas break") });
        st.seriesIds.append(seriesRepo.insert(gwii));

        Series ff;
        ff.name = QStringLiteral("#FollowFriday");
        ff.description = tr("Recommend labs, people and projects worth following.");
        ff.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=FR");
        ff.dtstart = IsoTime::makeWallClock(firstDay().addDays(4), QTime(11, 0));
        ff.timeZone = zone();
        ff.pillarId = st.pillarIds[Community];
        ff.ownerId = st.editors[0]; // Alex
        ff.templateText = QStringLiteral("#FollowFriday <handles>");
        ff.hashtags = { QStringLiteral("#FollowFriday") };
        ff.channelIds = { st.channel[Platform::X] };
        st.seriesIds.append(seriesRepo.insert(ff));
    }
    st.summary.series = int(st.seriesIds.size());
}

void DemoGenerator::writeCampaign(State &st)
{
    // The #WhatsUpLHC campaign with its influencers.
    CampaignRepository campaigns(m_db);
    QList<qint64> partnerIds;
    for (const char *handle : Influencers) {
        Partner p;
        p.name = QString::fromLatin1(handle).mid(1);
        p.platform = Platform::Instagram;
        p.handle = QString::fromLatin1(handle);
        p.kind = Partner::Kind::Influencer;
        p.notes = tr("Synthetic influencer for the demo");
        partnerIds.append(campaigns.insertPartner(p));
    }
    partnerIds.append(campaigns.insertPartner(
        { 0, QStringLiteral("Neutrino Lab (Ex)"), Platform::X, QStringLiteral("@NeutrinoLabEx"), Partner::Kind::Lab, {} }));
    Campaign whatsup;
    whatsup.name = QStringLiteral("#WhatsUpLHC");
    whatsup.hashtag = QStringLiteral("#WhatsUpLHC");
    whatsup.startsOn = campaignStart();
    whatsup.endsOn = campaignEnd();
    whatsup.goal = tr("Reach new audiences on Instagram with influencers and bring them to the website");
    whatsup.partnerIds = partnerIds;
    st.campaignId = campaigns.insert(whatsup);

    EventMarkerRepository markers(m_db);
    markers.insert({ 0, campaignStart(), tr("#WhatsUpLHC starts"), QStringLiteral("campaign") });
    markers.insert({ 0, campaignEnd(), tr("#WhatsUpLHC ends"), QStringLiteral("campaign") });
    markers.insert({ 0, { 2016, 8, 4 }, tr("Press release: new results at ICHEP"), QStringLiteral("press") });
    markers.insert({ 0, { 2016, 12, 6 }, tr("Press release: antimatter spectrum"), QStringLiteral("press") });
}

void DemoGenerator::openBatch(State &st)
{
    // Everything measured comes from one synthetic batch, like any import.
    ImportBatchRepository batches(m_db);
    st.batch.fileName = tr("Demo data (synthetic)");
    st.batch.sha256 = QStringLiteral("demo-generator-v1");
    st.batch.format = QStringLiteral("demo");
    st.batch.capturedAt = today().startOfDay(st.tz).toUTC();
    st.batch.id = batches.insert(st.batch);
    st.batch.periodStart = firstDay();
    st.batch.periodEnd = today().addDays(-1);
    st.precedence = { IsoTime::utc(st.batch.capturedAt), st.batch.sha256 };
}

bool DemoGenerator::createWorkspace(const QString &path, QString *error)
{
    const QFileInfo info(path);
    const bool server = ServerLocation::isServer(path);
    bool existed = !server && info.exists() && info.size() > 0;
    WorkspaceOpener::Result result;
    auto workspace = Workspace::open(path, WorkspaceOpener::Mode::CreateIfMissing, &result);
    if (!workspace) {
        if (error)
            *error = result.message;
        return false;
    }
    // A database on a server exists before Beamline sets it up: it is new when the opening
    // created the workspace's tables.
    if (server)
        existed = result.status != WorkspaceOpener::Status::Created;
    const QString shown = server ? path : QDir::toNativeSeparators(info.absoluteFilePath());
    if (existed) {
        if (workspace->isDemo())
            return true;
        if (error) {
            *error = tr("“%1” already exists and is not a demo workspace; choose another file name for the demo.").arg(shown);
        }
        return false;
    }
    if (workspace->isReadOnly()) {
        if (error)
            *error = tr("“%1” cannot be written.").arg(shown);
        return false;
    }
    try {
        DemoGenerator::generate(workspace->writer());
    } catch (const DatabaseError &e) {
        if (error)
            *error = tr("Could not write the demo workspace: %1")
                         .arg(e.message() + QStringLiteral(" (") + e.detail() + QLatin1Char(')'));
        // Leave no half-made workspace behind: the file did not exist before.
        workspace.reset();
        if (server)
            return false;
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(info.absoluteFilePath() + suffix);
        return false;
    }
    return true;
}

} // namespace Beamline
