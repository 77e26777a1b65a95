// SPDX-License-Identifier: GPL-3.0-or-later
// beamline person add|list: the people of a workspace, their logins and workspace roles.
#include "commands.h"
#include "commandsupport.h"

#include <core/db/databaseerror.h>
#include <core/db/engine.h>
#include <core/db/personrepository.h>
#include <core/db/settingsrepository.h>
#include <core/workspace/setuprules.h>
#include <core/workspace/workspace.h>
#include <core/workspace/writer.h>

#include <QJsonArray>
#include <QJsonObject>

namespace Beamline::Commands {

namespace {

QJsonObject personJson(const Person &p, bool me)
{
    return QJsonObject { { QStringLiteral("id"), p.id },
                         { QStringLiteral("name"), p.name },
                         { QStringLiteral("login"), p.login.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(p.login) },
                         { QStringLiteral("role"), Person::roleKey(p.role) },
                         { QStringLiteral("email"), p.email.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(p.email) },
                         { QStringLiteral("me"), me } };
}

int personAdd(const QStringList &arguments)
{
    CommandSupport cmd(QStringLiteral("person add"),
                       CommandSupport::tr("Add a person of the team: who they sign in as and what they may do."));
    cmd.addDbOption();
    QCommandLineParser &parser = cmd.parser();
    parser.addPositionalArgument(QStringLiteral("NAME"), CommandSupport::tr("The person's name, e.g. \"Anna Keller\"."));
    parser.addOption(
        { QStringLiteral("login"),
          CommandSupport::tr("The database role they sign in to a team workspace with (their system account for a file)."),
          QStringLiteral("LOGIN") });
    parser.addOption(
        { QStringLiteral("role"), CommandSupport::tr("editor (the default), approver or viewer."), QStringLiteral("ROLE") });
    parser.addOption({ QStringLiteral("email"), CommandSupport::tr("Their email address."), QStringLiteral("ADDRESS") });
    parser.addOption(
        { QStringLiteral("me"),
          CommandSupport::tr(
              "On a workspace file: this person is who edits it (records who created, changed and approved posts).") });
    parser.addOption({ QStringLiteral("json"), CommandSupport::tr("Print the person as one JSON object.") });
    int code = 0;
    if (!cmd.parse(arguments, &code))
        return code;
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 1)
        return cmd.usageError(CommandSupport::tr("Give the person's name (in quotes if it has spaces)."));
    Person person;
    person.name = positional.first().trimmed();
    person.login = parser.value(QStringLiteral("login")).trimmed();
    person.email = parser.value(QStringLiteral("email")).trimmed();
    if (parser.isSet(QStringLiteral("role"))) {
        const auto role = Person::parseRole(parser.value(QStringLiteral("role")).trimmed());
        if (!role)
            return cmd.usageError(CommandSupport::tr("--role: “%1” is not a role (editor, approver, viewer).")
                                      .arg(parser.value(QStringLiteral("role"))));
        person.role = *role;
    }
    auto workspace = cmd.openWorkspace(WorkspaceOpener::Mode::CreateIfMissing, true, &code);
    if (!workspace)
        return code;
    const bool me = parser.isSet(QStringLiteral("me"));
    try {
        const QSqlDatabase db = workspace->connection();
        if (me && Engines::isPostgres(db))
            return cmd.usageError(CommandSupport::tr(
                "--me: on a team workspace the database role you sign in with says who you are; give --login instead."));
        if (const QString problem = SetupRules::checkPerson(db, person); !problem.isEmpty())
            return cmd.failure(problem);
        const WriteResult written = workspace->writer().run([&person, me](WriteScope &scope) {
            person.id = PersonRepository(scope.db()).insert(person);
            scope.changed(ChangeSet::Kind::People, person.id);
            if (me) {
                SettingsRepository(scope.db()).setValue(SettingsRepository::Me, QString::number(person.id));
                scope.changed(ChangeSet::Kind::Settings);
            }
        });
        if (!written.ok)
            return cmd.failure(written.message);
        const Person stored = *PersonRepository(db).find(person.id);
        if (parser.isSet(QStringLiteral("json")))
            cmd.printJson(QJsonDocument(personJson(stored, me)));
        else if (stored.login.isEmpty())
            cmd.out() << CommandSupport::tr("Added %1 (%2).").arg(stored.name, Person::roleName(stored.role)) << Qt::endl;
        else
            cmd.out() << CommandSupport::tr("Added %1 (%2), who signs in as “%3”.")
                             .arg(stored.name, Person::roleName(stored.role), stored.login)
                      << Qt::endl;
    } catch (const DatabaseError &error) {
        return cmd.databaseFailure(error);
    }
    return 0;
}

int personList(const QStringList &arguments)
{
    CommandSupport cmd(QStringLiteral("person list"),
                       CommandSupport::tr("List the people of a workspace with their logins and roles."));
    cmd.addDbOption();
    cmd.parser().addOption({ QStringLiteral("json"), CommandSupport::tr("Print a JSON array.") });
    int code = 0;
    if (!cmd.parse(arguments, &code))
        return code;
    auto workspace = cmd.openWorkspace(WorkspaceOpener::Mode::MustExist, false, &code);
    if (!workspace)
        return code;
    try {
        const PersonRepository people(workspace->connection());
        const std::optional<qint64> me = people.currentId();
        const QVector<Person> all = people.all();
        if (cmd.parser().isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const Person &p : all)
                array.append(personJson(p, me == p.id));
            cmd.printJson(QJsonDocument(array));
            return 0;
        }
        for (const Person &p : all) {
            QString line = QStringLiteral("%1  %2  %3")
                               .arg(p.name.leftJustified(24), Person::roleName(p.role).leftJustified(10),
                                    p.login.isEmpty() ? QStringLiteral("–") : p.login);
            if (me == p.id)
                line += QStringLiteral("  ") + CommandSupport::tr("(you)");
            cmd.out() << line << Qt::endl;
        }
        if (all.isEmpty())
            cmd.out() << CommandSupport::tr(
                "No people yet; add one with “beamline person add --db FILE NAME --login LOGIN --role approver”.")
                      << Qt::endl;
    } catch (const DatabaseError &error) {
        return cmd.databaseFailure(error);
    }
    return 0;
}

} // namespace

int person(const QStringList &arguments)
{
    const QString sub = arguments.value(1);
    if (sub == QLatin1String("add"))
        return personAdd(arguments.mid(1));
    if (sub == QLatin1String("list"))
        return personList(arguments.mid(1));
    const QString usage = CommandSupport::tr(
        "Usage: beamline person add|list [options]\n"
        "  add   Add a person: beamline person add --db FILE NAME [--login LOGIN] [--role editor|approver|viewer]\n"
        "  list  List the people of a workspace with their logins and roles.");
    if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        QTextStream(sub.isEmpty() ? stderr : stdout) << usage << Qt::endl;
        return sub.isEmpty() ? 2 : 0;
    }
    QTextStream(stderr)
        << CommandSupport::tr("beamline %1: “%2” is not a subcommand (add, list).").arg(QStringLiteral("person"), sub)
        << Qt::endl;
    return 2;
}

} // namespace Beamline::Commands
