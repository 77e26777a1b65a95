// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "commandsupport.h"

#include <core/db/channelrepository.h>
#include <core/db/databaseerror.h>
#include <core/db/pillarrepository.h>
#include <core/db/seriesrepository.h>
#include <core/domain/isotime.h>
#include <core/plan/icsexporter.h>
#include <core/plan/plancsv.h>
#include <core/plan/planner.h>
#include <core/plan/recurrence.h>
#include <core/workspace/workspace.h>
#include <core/workspace/writer.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimeZone>

namespace Beamline::Commands {

namespace {


QString platformList()
{
    QStringList keys;
    for (Platform p : Platforms::measured())
        keys.append(Platforms::key(p));
    return keys.join(QStringLiteral(", "));
}

void addSeriesOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("name"), CommandSupport::tr("Name of the series, e.g. \"#ThrowbackThursday\"."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("rrule"), CommandSupport::tr("RFC 5545 rule, e.g. FREQ=WEEKLY;BYDAY=TH."), QStringLiteral("RULE")});
    parser.addOption({QStringLiteral("start"), CommandSupport::tr("First occurrence, local wall clock."), QStringLiteral("YYYY-MM-DDTHH:MM")});
    parser.addOption({QStringLiteral("tz"), CommandSupport::tr("IANA time zone of the wall clock, e.g. Europe/Zurich."), QStringLiteral("ZONE")});
    parser.addOption({QStringLiteral("channels"), CommandSupport::tr("Default channels: platform keys separated by commas (%1).").arg(platformList()),
                      QStringLiteral("LIST")});
    parser.addOption({QStringLiteral("exdate"), CommandSupport::tr("A date to skip (repeatable)."), QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("hashtags"), CommandSupport::tr("Hashtags, separated by commas."), QStringLiteral("LIST")});
    parser.addOption({QStringLiteral("pillar"), CommandSupport::tr("Content pillar (by name)."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("duration"), CommandSupport::tr("Minutes each occurrence lasts in calendars (default 30)."), QStringLiteral("MINUTES")});
    parser.addOption({QStringLiteral("json"), CommandSupport::tr("Print the series as one JSON object.")});
}

// The series the options describe, checked before the workspace is opened (a refused series
// writes nothing); the usage error, empty when the series is fine.
QString seriesFromOptions(const QCommandLineParser &parser, Series &series, QList<Platform> &platforms)
{
    series.name = parser.value(QStringLiteral("name")).trimmed();
    if (series.name.isEmpty())
        return CommandSupport::tr("--name is required.");
    series.rrule = parser.value(QStringLiteral("rrule")).trimmed().toUpper();
    if (series.rrule.startsWith(QLatin1String("RRULE:")))
        series.rrule = series.rrule.mid(6);
    if (!parser.isSet(QStringLiteral("rrule")))
        return CommandSupport::tr("--rrule is required, e.g. FREQ=WEEKLY;BYDAY=TH.");
    if (const QString problem = Recurrence::validate(series.rrule); !problem.isEmpty())
        return CommandSupport::tr("--rrule: %1.").arg(problem);
    const QString startText = parser.value(QStringLiteral("start"));
    series.dtstart = IsoTime::parseWallClock(startText);
    if (startText.isEmpty())
        return CommandSupport::tr("--start is required, e.g. 2017-01-05T10:00.");
    if (!series.dtstart.isValid())
        return CommandSupport::tr("--start: “%1” is not a local date and time like 2017-01-05T10:00.").arg(startText);
    series.timeZone = parser.value(QStringLiteral("tz")).trimmed();
    if (series.timeZone.isEmpty())
        return CommandSupport::tr("--tz is required, e.g. Europe/Zurich.");
    if (!QTimeZone::isTimeZoneIdAvailable(series.timeZone.toUtf8()) || !series.timeZone.contains(QLatin1Char('/')))
        return CommandSupport::tr("--tz: “%1” is not an IANA time zone such as Europe/Zurich.").arg(series.timeZone);
    for (const QString &key : parser.value(QStringLiteral("channels")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto platform = Platforms::fromKey(key.trimmed());
        if (!platform || *platform == Platform::Other)
            return CommandSupport::tr("--channels: “%1” is not a platform (%2).").arg(key.trimmed(), platformList());
        if (!platforms.contains(*platform))
            platforms.append(*platform);
    }
    if (parser.isSet(QStringLiteral("duration"))) {
        bool ok = false;
        series.durationMinutes = parser.value(QStringLiteral("duration")).toInt(&ok);
        if (!ok || series.durationMinutes < 1 || series.durationMinutes > 24 * 60)
            return CommandSupport::tr("--duration: “%1” is not a number of minutes from 1 to 1440.").arg(parser.value(QStringLiteral("duration")));
    }
    for (QString tag : parser.value(QStringLiteral("hashtags")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        tag = tag.trimmed();
        series.hashtags.append(tag.startsWith(QLatin1Char('#')) ? tag : QLatin1Char('#') + tag);
    }
    if (series.hashtags.isEmpty() && series.name.startsWith(QLatin1Char('#')) && !series.name.contains(QLatin1Char(' ')))
        series.hashtags.append(series.name);
    const QTimeZone zone(series.timeZone.toUtf8());
    for (const QString &text : parser.values(QStringLiteral("exdate"))) {
        const QDate day = IsoTime::parseDay(text);
        if (!day.isValid())
            return CommandSupport::tr("--exdate: “%1” is not a date like 2017-01-05.").arg(text);
        const auto onDay = Recurrence::between(series, Recurrence::toUtc(IsoTime::makeWallClock(day, QTime(0, 0)), zone),
                                               Recurrence::toUtc(IsoTime::makeWallClock(day.addDays(1), QTime(0, 0)), zone));
        if (onDay.isEmpty())
            return CommandSupport::tr("--exdate: the series has no occurrence on %1 (%2).").arg(text, Recurrence::describe(series));
        for (const Occurrence &o : onDay)
            series.exceptions.append({o.original, SeriesException::Kind::Skip, {}, {}});
    }
    if (Recurrence::next(series, Recurrence::toUtc(series.dtstart, zone), 1).isEmpty())
        return CommandSupport::tr("--rrule: the rule gives no occurrence from --start on.");
    return {};
}

int seriesAdd(const QStringList &arguments)
{
    CommandSupport cmd(QStringLiteral("series add"), CommandSupport::tr("Add a recurring series to a workspace."));
    cmd.addDbOption();
    QCommandLineParser &parser = cmd.parser();
    addSeriesOptions(parser);
    int code = 0;
    if (!cmd.parse(arguments, &code))
        return code;

    // Everything is checked before the workspace is opened: a refused series writes nothing.
    Series series;
    QList<Platform> platforms;
    if (const QString problem = seriesFromOptions(parser, series, platforms); !problem.isEmpty())
        return cmd.usageError(problem);
    const QTimeZone zone(series.timeZone.toUtf8());

    auto workspace = cmd.openWorkspace(WorkspaceOpener::Mode::CreateIfMissing, true, &code);
    if (!workspace)
        return code;
    try {
        QSqlDatabase db = workspace->connection();
        SeriesRepository repository(db);
        if (repository.findByName(series.name))
            return cmd.failure(CommandSupport::tr("There is already a series named “%1”.").arg(series.name));
        if (parser.isSet(QStringLiteral("pillar"))) {
            const auto pillar = PillarRepository(db).findByName(parser.value(QStringLiteral("pillar")));
            if (!pillar)
                return cmd.failure(CommandSupport::tr("--pillar: there is no pillar named “%1”.").arg(parser.value(QStringLiteral("pillar"))));
            series.pillarId = pillar->id;
        }
        const WriteResult written = workspace->writer().run([&series, &platforms](WriteScope &scope) {
            ChannelRepository channels(scope.db());
            for (Platform platform : std::as_const(platforms)) {
                const auto existing = channels.firstOf(platform);
                series.channelIds.append(existing ? existing->id : channels.ensure(platform, QString(), Platforms::displayName(platform)));
            }
            series.id = SeriesRepository(scope.db()).insert(series);
            scope.changed(ChangeSet::Kind::Channels);
            scope.changed(ChangeSet::Kind::Series, series.id);
        });
        if (!written.ok)
            return cmd.failure(written.message);
        const Series stored = *repository.find(series.id);
        const QVector<Occurrence> upcoming = Recurrence::next(stored, std::max(workspace->now(), Recurrence::toUtc(stored.dtstart, zone)), 3);
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray next;
            for (const Occurrence &o : upcoming)
                next.append(IsoTime::withOffset(o.startUtc, zone));
            cmd.printJson(QJsonDocument(QJsonObject{{QStringLiteral("id"), stored.id},
                                                    {QStringLiteral("uid"), stored.uid},
                                                    {QStringLiteral("name"), stored.name},
                                                    {QStringLiteral("rrule"), stored.rrule},
                                                    {QStringLiteral("description"), Recurrence::describe(stored)},
                                                    {QStringLiteral("next"), next}}));
        } else {
            cmd.out() << CommandSupport::tr("Added “%1”: %2.").arg(stored.name, Recurrence::describe(stored)) << Qt::endl;
            for (const Occurrence &o : upcoming)
                cmd.out() << QStringLiteral("  %1").arg(IsoTime::withOffset(o.startUtc, zone)) << Qt::endl;
        }
    } catch (const DatabaseError &error) {
        return cmd.databaseFailure(error);
    }
    return 0;
}

int seriesList(const QStringList &arguments)
{
    CommandSupport cmd(QStringLiteral("series list"), CommandSupport::tr("List the series of a workspace."));
    cmd.addDbOption();
    cmd.parser().addOption({QStringLiteral("json"), CommandSupport::tr("Print a JSON array.")});
    int code = 0;
    if (!cmd.parse(arguments, &code))
        return code;
    auto workspace = cmd.openWorkspace(WorkspaceOpener::Mode::MustExist, false, &code);
    if (!workspace)
        return code;
    try {
        QJsonArray array;
        for (const Series &s : SeriesRepository(workspace->connection()).all()) {
            array.append(QJsonObject{{QStringLiteral("id"), s.id},
                                     {QStringLiteral("uid"), s.uid},
                                     {QStringLiteral("name"), s.name},
                                     {QStringLiteral("rrule"), s.rrule},
                                     {QStringLiteral("start"), IsoTime::wallClock(s.dtstart)},
                                     {QStringLiteral("time_zone"), s.timeZone},
                                     {QStringLiteral("active"), s.active},
                                     {QStringLiteral("description"), Recurrence::describe(s)}});
            if (!cmd.parser().isSet(QStringLiteral("json")))
                cmd.out() << QStringLiteral("%1  %2").arg(s.name.leftJustified(24), Recurrence::describe(s)) << Qt::endl;
        }
        if (cmd.parser().isSet(QStringLiteral("json")))
            cmd.printJson(QJsonDocument(array));
    } catch (const DatabaseError &error) {
        return cmd.databaseFailure(error);
    }
    return 0;
}

} // namespace

int series(const QStringList &arguments)
{
    const QString sub = arguments.value(1);
    if (sub == QLatin1String("add"))
        return seriesAdd(arguments.mid(1));
    if (sub == QLatin1String("list"))
        return seriesList(arguments.mid(1));
    QTextStream err(stderr);
    if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        QTextStream out(stdout);
        out << CommandSupport::tr("Usage: beamline series add|list [options]\n"
                                  "  add   Add a recurring series (see beamline series add --help).\n"
                                  "  list  List the series of a workspace.")
            << Qt::endl;
        return sub.isEmpty() ? 2 : 0;
    }
    err << CommandSupport::tr("beamline series: “%1” is not a subcommand (add, list).").arg(sub) << Qt::endl;
    return 2;
}

int plan(const QStringList &arguments)
{
    CommandSupport cmd(QStringLiteral("plan"), CommandSupport::tr("Print the plan of a period: posts and series slots, in time order."));
    cmd.addDbOption();
    cmd.addRangeOptions();
    cmd.parser().addOption({QStringLiteral("json"), CommandSupport::tr("Print a JSON array.")});
    cmd.parser().addOption({QStringLiteral("csv"), CommandSupport::tr("Print the plan as CSV (the columns “beamline import-plan” reads).")});
    int code = 0;
    if (!cmd.parse(arguments, &code))
        return code;
    QDate from, to;
    if (!cmd.parseRange(&from, &to, &code))
        return code;
    auto workspace = cmd.openWorkspace(WorkspaceOpener::Mode::MustExist, false, &code);
    if (!workspace)
        return code;
    try {
        QSqlDatabase db = workspace->connection();
        const QDateTime now = workspace->now();
        if (cmd.parser().isSet(QStringLiteral("csv"))) {
            QFile out;
            if (!out.open(stdout, QIODevice::WriteOnly))
                return cmd.failure(CommandSupport::tr("Cannot write to the standard output."));
            PlanCsv(db, workspace->timeZone()).write(&out, from, to, now);
            return 0;
        }
        QHash<qint64, QString> channelKeys;
        for (const Channel &c : ChannelRepository(db).all())
            channelKeys.insert(c.id, Platforms::key(c.platform));
        QHash<qint64, QString> pillars;
        for (const Pillar &p : PillarRepository(db).all())
            pillars.insert(p.id, p.name);
        const QVector<PlanItem> items = Planner(db, workspace->timeZone()).items(from, to, now);
        QJsonArray array;
        for (const PlanItem &item : items) {
            QJsonArray channels;
            QStringList channelText;
            for (qint64 id : item.channelIds) {
                if (!channels.contains(channelKeys.value(id)))
                    channels.append(channelKeys.value(id));
                channelText.append(channelKeys.value(id));
            }
            const QString status = item.isEmptySlot() ? (item.missed ? QStringLiteral("missed") : QStringLiteral("empty"))
                                                      : PostStatuses::key(*item.status());
            const QString start = IsoTime::withOffset(item.startUtc, item.zone.isValid() ? item.zone : workspace->timeZone());
            QJsonObject object{
                {QStringLiteral("kind"), item.isEmptySlot() ? QStringLiteral("slot") : QStringLiteral("post")},
                {QStringLiteral("series"), item.seriesId ? QJsonValue(item.seriesName) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("start"), start},
                {QStringLiteral("status"), status},
                {QStringLiteral("channels"), channels},
                {QStringLiteral("title"), item.title},
                {QStringLiteral("post_id"), item.post ? QJsonValue(item.post->id) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("occurrence"), item.slot ? QJsonValue(IsoTime::wallClock(item.slot->original)) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("moved"), item.slot && item.slot->moved},
                {QStringLiteral("pillar"), item.pillarId ? QJsonValue(pillars.value(*item.pillarId)) : QJsonValue(QJsonValue::Null)},
            };
            array.append(object);
            if (!cmd.parser().isSet(QStringLiteral("json"))) {
                cmd.out() << QStringLiteral("%1  %2  %3  %4")
                                 .arg(start.left(16).replace(QLatin1Char('T'), QLatin1Char(' ')), status.leftJustified(9),
                                      channelText.join(QLatin1Char(',')).leftJustified(18), item.title)
                          << Qt::endl;
            }
        }
        if (cmd.parser().isSet(QStringLiteral("json")))
            cmd.printJson(QJsonDocument(array));
        else if (items.isEmpty())
            cmd.out() << CommandSupport::tr("Nothing planned from %1 to %2.").arg(IsoTime::day(from), IsoTime::day(to)) << Qt::endl;
    } catch (const DatabaseError &error) {
        return cmd.databaseFailure(error);
    }
    return 0;
}

int exportIcs(const QStringList &arguments)
{
    CommandSupport cmd(QStringLiteral("export-ics"), CommandSupport::tr("Write the plan of a period as an iCalendar (.ics) file."));
    cmd.addDbOption();
    cmd.addRangeOptions();
    cmd.parser().addOption({QStringLiteral("series"), CommandSupport::tr("Only this series (repeatable); no other posts."), QStringLiteral("NAME")});
    cmd.parser().addPositionalArgument(QStringLiteral("OUT.ics"), CommandSupport::tr("The file to write."));
    int code = 0;
    if (!cmd.parse(arguments, &code))
        return code;
    QDate from, to;
    if (!cmd.parseRange(&from, &to, &code))
        return code;
    const QStringList positional = cmd.parser().positionalArguments().mid(1);
    if (positional.size() != 1)
        return cmd.usageError(CommandSupport::tr("Give exactly one output file."));
    auto workspace = cmd.openWorkspace(WorkspaceOpener::Mode::MustExist, false, &code);
    if (!workspace)
        return code;
    try {
        QSqlDatabase db = workspace->connection();
        IcsExporter::Options options;
        options.from = from;
        options.to = to;
        options.calendarName = workspace->name();
        SeriesRepository seriesRepository(db);
        for (const QString &name : cmd.parser().values(QStringLiteral("series"))) {
            const auto s = seriesRepository.findByName(name);
            if (!s)
                return cmd.usageError(CommandSupport::tr("--series: there is no series named “%1”.").arg(name));
            options.seriesIds.append(s->id);
        }
        options.includePosts = options.seriesIds.isEmpty();
        IcsExporter exporter(db, workspace->timeZone());
        const QByteArray ics = exporter.exportCalendar(options);
        if (ics.isEmpty())
            return cmd.failure(exporter.error());
        QSaveFile file(positional.first());
        if (!file.open(QIODevice::WriteOnly) || file.write(ics) != ics.size() || !file.commit())
            return cmd.failure(CommandSupport::tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(positional.first()), file.errorString()));
        cmd.out() << CommandSupport::tr("Wrote %1 event(s) to %2.", nullptr, int(ics.count("BEGIN:VEVENT")))
                         .arg(ics.count("BEGIN:VEVENT"))
                         .arg(QDir::toNativeSeparators(positional.first()))
                  << Qt::endl;
    } catch (const DatabaseError &error) {
        return cmd.databaseFailure(error);
    }
    return 0;
}

int importPlan(const QStringList &arguments)
{
    CommandSupport cmd(QStringLiteral("import-plan"), CommandSupport::tr("Read a plan CSV (as written by “beamline plan --csv”) into a workspace."));
    cmd.addDbOption();
    cmd.parser().addPositionalArgument(QStringLiteral("PLAN.csv"), CommandSupport::tr("The plan to read."));
    int code = 0;
    if (!cmd.parse(arguments, &code))
        return code;
    const QStringList positional = cmd.parser().positionalArguments().mid(1);
    if (positional.size() != 1)
        return cmd.usageError(CommandSupport::tr("Give exactly one plan file."));
    QFile file(positional.first());
    if (!file.open(QIODevice::ReadOnly))
        return cmd.failure(CommandSupport::tr("Cannot read “%1”: %2").arg(QDir::toNativeSeparators(positional.first()), file.errorString()));
    auto workspace = cmd.openWorkspace(WorkspaceOpener::Mode::MustExist, true, &code);
    if (!workspace)
        return code;
    const PlanCsv::Result result = PlanCsv(workspace->connection(), workspace->timeZone()).read(workspace->writer(), &file, QFileInfo(file).fileName());
    if (!result.ok()) {
        for (const QString &error : result.errors)
            cmd.err() << error << Qt::endl;
        cmd.err() << CommandSupport::tr("Nothing was changed.") << Qt::endl;
        return 1;
    }
    cmd.out() << CommandSupport::tr("%1 post(s) added, %2 updated, %3 unchanged, %4 row(s) skipped.", nullptr, result.inserted)
                     .arg(result.inserted)
                     .arg(result.updated)
                     .arg(result.unchanged)
                     .arg(result.skipped)
              << Qt::endl;
    return 0;
}

} // namespace Beamline::Commands
