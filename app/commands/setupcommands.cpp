// SPDX-License-Identifier: GPL-3.0-or-later
// beamline channel add|list, beamline pillar add|list: set a workspace up without the window.
#include "commands.h"
#include "commandsupport.h"

#include <core/db/channelrepository.h>
#include <core/db/databaseerror.h>
#include <core/db/pillarrepository.h>
#include <core/workspace/setuprules.h>
#include <core/workspace/workspace.h>
#include <core/workspace/writer.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace Beamline::Commands {

namespace {

QString platformKeys()
{
    QStringList keys;
    for (Platform p : Platforms::measured() + QList<Platform>{Platform::Other})
        keys.append(Platforms::key(p));
    return keys.join(QStringLiteral(", "));
}

// "add" and "list" of one noun: beamline NOUN add|list.
int dispatch(const QStringList &arguments, const QString &noun, int (*add)(const QStringList &), int (*list)(const QStringList &),
             const QString &usage)
{
    const QString sub = arguments.value(1);
    if (sub == QLatin1String("add"))
        return add(arguments.mid(1));
    if (sub == QLatin1String("list"))
        return list(arguments.mid(1));
    if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        QTextStream(sub.isEmpty() ? stderr : stdout) << usage << Qt::endl;
        return sub.isEmpty() ? 2 : 0;
    }
    QTextStream(stderr) << CommandSupport::tr("beamline %1: “%2” is not a subcommand (add, list).").arg(noun, sub) << Qt::endl;
    return 2;
}

QJsonObject channelJson(const Channel &c, const QStringList &aliases)
{
    return QJsonObject{{QStringLiteral("id"), c.id},
                       {QStringLiteral("platform"), Platforms::key(c.platform)},
                       {QStringLiteral("handle"), c.handle},
                       {QStringLiteral("name"), c.label()},
                       {QStringLiteral("color"), c.color.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.color)},
                       {QStringLiteral("position"), c.position},
                       {QStringLiteral("char_limit"), c.characterLimit()},
                       {QStringLiteral("aliases"), QJsonArray::fromStringList(aliases)}};
}

int channelAdd(const QStringList &arguments)
{
    CommandSupport cmd(QStringLiteral("channel add"), CommandSupport::tr("Add a channel: an account the team posts on."));
    cmd.addDbOption();
    QCommandLineParser &parser = cmd.parser();
    parser.addPositionalArgument(QStringLiteral("PLATFORM"), CommandSupport::tr("The platform: %1.").arg(platformKeys()));
    parser.addPositionalArgument(QStringLiteral("HANDLE"), CommandSupport::tr("The account's handle or page ID, as its exports give it."));
    parser.addOption({QStringLiteral("name"), CommandSupport::tr("What the team calls it (default: the handle)."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("limit"), CommandSupport::tr("Its own character limit, if not the platform's."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("json"), CommandSupport::tr("Print the channel as one JSON object.")});
    int code = 0;
    if (!cmd.parse(arguments, &code))
        return code;
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 2)
        return cmd.usageError(CommandSupport::tr("Give the platform and the handle, e.g. “instagram lhclab”."));
    const auto platform = Platforms::fromKey(positional.at(0));
    if (!platform)
        return cmd.usageError(CommandSupport::tr("“%1” is not a platform (%2).").arg(positional.at(0), platformKeys()));
    Channel channel;
    channel.platform = *platform;
    channel.handle = positional.at(1).trimmed();
    if (channel.handle.startsWith(QLatin1Char('@')))
        channel.handle.remove(0, 1);
    channel.displayName = parser.value(QStringLiteral("name")).trimmed();
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit <= 0)
            return cmd.usageError(CommandSupport::tr("--limit: “%1” is not a number of characters above zero.").arg(parser.value(QStringLiteral("limit"))));
        channel.charLimit = limit;
    }
    auto workspace = cmd.openWorkspace(WorkspaceOpener::Mode::CreateIfMissing, true, &code);
    if (!workspace)
        return code;
    try {
        const QSqlDatabase db = workspace->connection();
        if (const QString problem = SetupRules::checkChannel(db, channel); !problem.isEmpty())
            return cmd.failure(problem);
        // Through the writer, like every write: a team's other editors hear of it.
        const WriteResult written = workspace->writer().run([&channel](WriteScope &scope) {
            channel.id = ChannelRepository(scope.db()).insert(channel);
            scope.changed(ChangeSet::Kind::Channels, channel.id);
        });
        if (!written.ok)
            return cmd.failure(written.message);
        ChannelRepository channels(db);
        const Channel stored = *channels.find(channel.id);
        if (parser.isSet(QStringLiteral("json")))
            cmd.printJson(QJsonDocument(channelJson(stored, {})));
        else
            cmd.out() << CommandSupport::tr("Added the %1 channel “%2” (%3).").arg(Platforms::displayName(stored.platform), stored.label(), stored.handle)
                      << Qt::endl;
    } catch (const DatabaseError &error) {
        return cmd.databaseFailure(error);
    }
    return 0;
}

int channelList(const QStringList &arguments)
{
    CommandSupport cmd(QStringLiteral("channel list"), CommandSupport::tr("List the channels of a workspace, in the team's order."));
    cmd.addDbOption();
    cmd.parser().addOption({QStringLiteral("json"), CommandSupport::tr("Print a JSON array.")});
    int code = 0;
    if (!cmd.parse(arguments, &code))
        return code;
    auto workspace = cmd.openWorkspace(WorkspaceOpener::Mode::MustExist, false, &code);
    if (!workspace)
        return code;
    try {
        ChannelRepository channels(workspace->connection());
        const bool json = cmd.parser().isSet(QStringLiteral("json"));
        QJsonArray array;
        const QVector<Channel> all = channels.all();
        for (const Channel &c : all) {
            const QStringList aliases = channels.aliases(c.id);
            array.append(channelJson(c, aliases));
            if (!json) {
                QString line = QStringLiteral("%1  %2  %3").arg(Platforms::key(c.platform).leftJustified(9), c.handle.leftJustified(20), c.label());
                if (!aliases.isEmpty())
                    line += QStringLiteral("  ") + CommandSupport::tr("(also %1)").arg(aliases.join(QStringLiteral(", ")));
                cmd.out() << line << Qt::endl;
            }
        }
        if (json)
            cmd.printJson(QJsonDocument(array));
        else if (all.isEmpty())
            cmd.out() << CommandSupport::tr("No channels yet; add one with “beamline channel add --db FILE PLATFORM HANDLE”.") << Qt::endl;
    } catch (const DatabaseError &error) {
        return cmd.databaseFailure(error);
    }
    return 0;
}

QJsonObject pillarJson(const Pillar &p)
{
    return QJsonObject{{QStringLiteral("id"), p.id},
                       {QStringLiteral("name"), p.name},
                       {QStringLiteral("color"), p.color.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(p.color)},
                       {QStringLiteral("target_percent"), p.targetShare ? QJsonValue(std::round(*p.targetShare * 10000.0) / 100.0) : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("position"), p.position}};
}

int pillarAdd(const QStringList &arguments)
{
    CommandSupport cmd(QStringLiteral("pillar add"), CommandSupport::tr("Add a content pillar: a theme the team wants a share of its posts on."));
    cmd.addDbOption();
    QCommandLineParser &parser = cmd.parser();
    parser.addPositionalArgument(QStringLiteral("NAME"), CommandSupport::tr("The pillar's name, e.g. \"Physics news\"."));
    parser.addOption({QStringLiteral("target"), CommandSupport::tr("The share of posts it should have, in percent (0–100)."), QStringLiteral("PERCENT")});
    parser.addOption({QStringLiteral("color"), CommandSupport::tr("Its colour in charts and the calendar, e.g. #0072B2."), QStringLiteral("#RRGGBB")});
    parser.addOption({QStringLiteral("json"), CommandSupport::tr("Print the pillar as one JSON object.")});
    int code = 0;
    if (!cmd.parse(arguments, &code))
        return code;
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 1)
        return cmd.usageError(CommandSupport::tr("Give the pillar's name (in quotes if it has spaces)."));
    Pillar pillar;
    pillar.name = positional.first().trimmed();
    if (parser.isSet(QStringLiteral("target"))) {
        QString text = parser.value(QStringLiteral("target")).trimmed();
        if (text.endsWith(QLatin1Char('%')))
            text.chop(1);
        bool ok = false;
        double percent = text.trimmed().toDouble(&ok);
        if (!ok)
            percent = QLocale().toDouble(text.trimmed(), &ok);
        if (!ok || percent < 0 || percent > 100)
            return cmd.usageError(CommandSupport::tr("--target: “%1” is not a percentage from 0 to 100.").arg(parser.value(QStringLiteral("target"))));
        pillar.targetShare = percent / 100.0;
    }
    if (parser.isSet(QStringLiteral("color"))) {
        const QString color = parser.value(QStringLiteral("color")).trimmed();
        static const QRegularExpression hex(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
        if (!hex.match(color).hasMatch())
            return cmd.usageError(CommandSupport::tr("--color: “%1” is not a colour like #0072B2.").arg(color));
        pillar.color = color;
    }
    auto workspace = cmd.openWorkspace(WorkspaceOpener::Mode::CreateIfMissing, true, &code);
    if (!workspace)
        return code;
    try {
        const QSqlDatabase db = workspace->connection();
        if (const QString problem = SetupRules::checkPillar(db, pillar); !problem.isEmpty())
            return cmd.failure(problem);
        const WriteResult written = workspace->writer().run([&pillar](WriteScope &scope) {
            PillarRepository pillars(scope.db());
            pillar.position = pillars.nextPosition();
            pillar.id = pillars.insert(pillar);
            scope.changed(ChangeSet::Kind::Pillars, pillar.id);
        });
        if (!written.ok)
            return cmd.failure(written.message);
        PillarRepository pillars(db);
        const QVector<Pillar> all = pillars.all();
        if (parser.isSet(QStringLiteral("json"))) {
            cmd.printJson(QJsonDocument(pillarJson(*pillars.find(pillar.id))));
        } else {
            cmd.out() << CommandSupport::tr("Added the pillar “%1”.").arg(pillar.name) << Qt::endl;
            if (pillar.targetShare)
                cmd.out() << SetupRules::targetTotalText(all) << Qt::endl;
        }
        if (SetupRules::targetsExceed(all) && parser.isSet(QStringLiteral("json")))
            cmd.err() << SetupRules::targetTotalText(all) << Qt::endl;
    } catch (const DatabaseError &error) {
        return cmd.databaseFailure(error);
    }
    return 0;
}

int pillarList(const QStringList &arguments)
{
    CommandSupport cmd(QStringLiteral("pillar list"), CommandSupport::tr("List the content pillars of a workspace with their targets."));
    cmd.addDbOption();
    cmd.parser().addOption({QStringLiteral("json"), CommandSupport::tr("Print a JSON array.")});
    int code = 0;
    if (!cmd.parse(arguments, &code))
        return code;
    auto workspace = cmd.openWorkspace(WorkspaceOpener::Mode::MustExist, false, &code);
    if (!workspace)
        return code;
    try {
        const QVector<Pillar> all = PillarRepository(workspace->connection()).all();
        if (cmd.parser().isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const Pillar &p : all)
                array.append(pillarJson(p));
            cmd.printJson(QJsonDocument(array));
            return 0;
        }
        for (const Pillar &p : all) {
            const QString target = p.targetShare ? QStringLiteral("%1 %").arg(QLocale().toString(*p.targetShare * 100.0, 'g', 4)) : QStringLiteral("–");
            cmd.out() << QStringLiteral("%1  %2").arg(p.name.leftJustified(28), target) << Qt::endl;
        }
        if (all.isEmpty())
            cmd.out() << CommandSupport::tr("No pillars yet; add one with “beamline pillar add --db FILE NAME”.") << Qt::endl;
        else
            cmd.out() << SetupRules::targetTotalText(all) << Qt::endl;
    } catch (const DatabaseError &error) {
        return cmd.databaseFailure(error);
    }
    return 0;
}

} // namespace

int channel(const QStringList &arguments)
{
    return dispatch(arguments, QStringLiteral("channel"), &channelAdd, &channelList,
                    CommandSupport::tr("Usage: beamline channel add|list [options]\n"
                                       "  add   Add a channel: beamline channel add --db FILE PLATFORM HANDLE [--name NAME]\n"
                                       "  list  List the channels of a workspace."));
}

int pillar(const QStringList &arguments)
{
    return dispatch(arguments, QStringLiteral("pillar"), &pillarAdd, &pillarList,
                    CommandSupport::tr("Usage: beamline pillar add|list [options]\n"
                                       "  add   Add a content pillar: beamline pillar add --db FILE NAME [--target PERCENT]\n"
                                       "  list  List the pillars of a workspace with their targets."));
}

} // namespace Beamline::Commands
