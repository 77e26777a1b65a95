// SPDX-License-Identifier: GPL-3.0-or-later
#include "headlesscommands.h"

#include "commands/commands.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace Beamline::HeadlessCommands {

namespace {

struct Command {
    const char *name;
    const char *description;
    int (*run)(const QStringList &arguments);
    bool rendersCharts;
};

const Command Commands[] = {
    {"best-times", QT_TRANSLATE_NOOP("Beamline::HeadlessCommands", "Print the best hours to post per channel: median engagement rate by weekday and hour."),
     &Commands::bestTimes, false},
    {"channel", QT_TRANSLATE_NOOP("Beamline::HeadlessCommands", "Add or list the channels (accounts) the team posts on."), &Commands::channel, false},
    {"chart", QT_TRANSLATE_NOOP("Beamline::HeadlessCommands", "Render a chart to PNG, SVG or PDF for slides, without a display."), &Commands::chart, true},
    {"daily", QT_TRANSLATE_NOOP("Beamline::HeadlessCommands", "Print the figures of each day of a range (JSON or CSV)."), &Commands::daily, false},
    {"demo", QT_TRANSLATE_NOOP("Beamline::HeadlessCommands", "Create the demo workspace (synthetic data) in a file."), &Commands::demo, false},
    {"export-ics", QT_TRANSLATE_NOOP("Beamline::HeadlessCommands", "Write the plan of a period as an iCalendar (.ics) file."), &Commands::exportIcs, false},
    {"import", QT_TRANSLATE_NOOP("Beamline::HeadlessCommands", "Import platform exports (CSV, ZIP, XLS) into a workspace."), &Commands::import, false},
    {"import-plan", QT_TRANSLATE_NOOP("Beamline::HeadlessCommands", "Read a plan CSV into a workspace (one transaction)."), &Commands::importPlan, false},
    {"info", QT_TRANSLATE_NOOP("Beamline::HeadlessCommands", "Describe a workspace: format, name, what it holds."), &Commands::info, false},
    {"person", QT_TRANSLATE_NOOP("Beamline::HeadlessCommands", "Add or list the people of a workspace: their logins and roles (editor, approver, viewer)."),
     &Commands::person, false},
    {"pillar", QT_TRANSLATE_NOOP("Beamline::HeadlessCommands", "Add or list content pillars and their target shares."), &Commands::pillar, false},
    {"plan", QT_TRANSLATE_NOOP("Beamline::HeadlessCommands", "Print the posts and series slots of a period (text, JSON or CSV)."), &Commands::plan, false},
    {"report", QT_TRANSLATE_NOOP("Beamline::HeadlessCommands", "Write the impact report of a period as a PDF (figures, views, definitions, sources)."),
     &Commands::report, true},
    {"stats", QT_TRANSLATE_NOOP("Beamline::HeadlessCommands", "Print the impact figures of a period, with a comparison (text or JSON)."), &Commands::stats, false},
    {"series", QT_TRANSLATE_NOOP("Beamline::HeadlessCommands", "Add or list recurring series."), &Commands::series, false},
    {"workspace", QT_TRANSLATE_NOOP("Beamline::HeadlessCommands", "Copy a workspace to a server or a file (workspace copy --from … --to …), verified."),
     &Commands::workspace, false},
};

const Command *find(const QString &name)
{
    for (const Command &command : Commands) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

// A command's --lang en|fr (the report's) sets the language before the translators load;
// another value is left for the command to refuse.
void applyLanguageOption(int argc, char *argv[])
{
    for (int i = 2; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        QString value;
        if (argument == QLatin1String("--lang") && i + 1 < argc)
            value = QString::fromLocal8Bit(argv[i + 1]);
        else if (argument.startsWith(QLatin1String("--lang=")))
            value = argument.mid(7);
        if (value == QLatin1String("fr"))
            QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        else if (value == QLatin1String("en"))
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
}

} // namespace

bool isCommand(const QString &name)
{
    return find(name) != nullptr;
}

QString summary()
{
    QStringList lines;
    for (const Command &command : Commands) {
        lines.append(QStringLiteral("  %1  %2")
                         .arg(QString::fromLatin1(command.name).leftJustified(11),
                              QCoreApplication::translate("Beamline::HeadlessCommands", command.description)));
    }
    return lines.join(QLatin1Char('\n'));
}

int run(int argc, char *argv[], MetadataFunction setMetadata, TranslatorsFunction installTranslators)
{
    const Command *command = find(QString::fromLocal8Bit(argv[1]));
    if (command->rendersCharts) {
        // Charts need a QApplication; the offscreen platform needs no display.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        applyLanguageOption(argc, argv);
        setMetadata();
        installTranslators(app);
        return command->run(app.arguments().mid(1));
    }
    QCoreApplication app(argc, argv);
    setMetadata();
    installTranslators(app);
    return command->run(app.arguments().mid(1));
}

} // namespace Beamline::HeadlessCommands
