// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "headlesscommands.h"

#include <core/db/engine.h>
#include <core/db/workspaceopener.h>
#include <core/demo/demogenerator.h>
#include <ui/application.h>
#include <ui/guiapplication.h>
#include <ui/mainwindow.h>
#include <ui/singleinstance.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>
#include <QTranslator>

#include <memory>

namespace Beamline::CommandLine {

namespace {

void setApplicationMetadata()
{
    QCoreApplication::setApplicationName(QStringLiteral("beamline"));
    QCoreApplication::setOrganizationName(QStringLiteral("beamline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BEAMLINE_VERSION));
}

// Qt's own catalogue and ours, for the system language. Strings stay English when
// there is no catalogue for it.
void installTranslators(QCoreApplication &app)
{
    const QLocale locale;
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    // English is the fallback: it also gives the English plural forms ("1 file", "2 files").
    auto *ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("beamline"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || ours->load(QStringLiteral("beamline_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
}

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

// --version and --help must work without a display, so they are answered before any
// QApplication exists.
bool onlyAsksForInformation(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--version" || arg == "-v" || arg == "--help" || arg == "-h" || arg == "--help-all")
            return true;
    }
    return false;
}

// A first argument that is a bare word, neither an option, a command nor an existing file:
// a mistyped command ("beamline chanel add") must not start the window. Anything that
// looks like a path ("exports/", "missing.csv") is the window's to open or to report.
bool isUnknownCommand(const QString &first)
{
    if (first.isEmpty() || first.startsWith(QLatin1Char('-')) || first.contains(QLatin1Char('/')) || first.contains(QLatin1Char('.'))
        || first.contains(QLatin1Char('\\')))
        return false;
    return !QFileInfo::exists(first);
}

void addGuiOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Plan a science lab's social-media series and measure their impact.\n\n"
                "Headless commands (run \"beamline COMMAND --help\" for details):\n%1")
                                         .arg(HeadlessCommands::summary()));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"), QCoreApplication::translate("main", "Open the workspace FILE (created if missing), or a team workspace "
                                                                               "on a PostgreSQL server: postgresql://USER@HOST:PORT/DBNAME "
                                                                               "(the password from ~/.pgpass or PGPASSWORD)."),
                      QStringLiteral("FILE|URI")});
    parser.addOption({QStringLiteral("demo"),
                      QCoreApplication::translate("main", "Create a demo workspace with synthetic data in FILE and open it."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("theme"), QCoreApplication::translate("main", "Use the light or dark theme, or follow the system."),
                      QStringLiteral("light|dark|system")});
    parser.addOption({QStringLiteral("new-instance"),
                      QCoreApplication::translate("main", "Open a window of its own even when Beamline is already running, "
                                                          "instead of handing the files to it.")});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("main", "A workspace to open, or exports (CSV, TSV, ZIP, XLS, XLSX, or "
                                                                     "folders of them) to preview for import into the open workspace. "
                                                                     "A running Beamline receives them instead of a new window opening."),
                                 QStringLiteral("[FILE...]"));
    QCommandLineOption screenshots(QStringLiteral("screenshots"), QStringLiteral("Save screenshots of every view into DIR and quit."),
                                   QStringLiteral("DIR"));
    screenshots.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshots);
}

QString defaultWorkspacePath()
{
    return MainWindow::defaultWorkspacePath();
}

int runGui(int argc, char *argv[])
{
    // Its notify() turns a database error that escaped a slot into a message in the window.
    GuiApplication app(argc, argv);
    setApplicationMetadata();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Beamline"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.beamline.Beamline"));
    installTranslators(app);
    Application::setUp();
    Application::moveOldDataDirectory();

    QCommandLineParser parser;
    addGuiOptions(parser);
    parser.process(app);

    QTextStream err(stderr);
    if (parser.isSet(QStringLiteral("theme"))) {
        const QString theme = parser.value(QStringLiteral("theme"));
        if (theme == QLatin1String("light"))
            Application::setTheme(Application::Theme::Light);
        else if (theme == QLatin1String("dark"))
            Application::setTheme(Application::Theme::Dark);
        else if (theme == QLatin1String("system"))
            Application::setTheme(Application::Theme::System);
        else {
            err << QCoreApplication::translate("main", "Unknown theme “%1”: use light, dark or system.").arg(theme) << Qt::endl;
            return 2;
        }
    }
    QStringList files;
    const QStringList positional = parser.positionalArguments();
    for (const QString &file : positional)
        files.append(QFileInfo(file).absoluteFilePath());
    bool filesHaveWorkspace = false;
    for (const QString &file : std::as_const(files))
        filesHaveWorkspace = filesHaveWorkspace || WorkspaceOpener::isWorkspaceFile(file);
    const bool screenshots = parser.isSet(QStringLiteral("screenshots"));

    QString path;
    bool firstRunDemo = false;
    if (parser.isSet(QStringLiteral("demo"))) {
        path = parser.value(QStringLiteral("demo"));
        QString error;
        if (!DemoGenerator::createWorkspace(path, &error)) {
            err << error << Qt::endl;
            return 1;
        }
    } else if (parser.isSet(QStringLiteral("db"))) {
        path = parser.value(QStringLiteral("db"));
    }

    // One window per user: a running Beamline gets the files (and a workspace named with
    // --db or --demo) and this launch ends. Screenshots always run on their own.
    std::unique_ptr<SingleInstance> instance;
    if (!screenshots && !parser.isSet(QStringLiteral("new-instance"))) {
        instance = std::make_unique<SingleInstance>();
        QStringList request = files;
        if (!path.isEmpty())
            request.prepend(ServerLocation::isServer(path) ? path : QFileInfo(path).absoluteFilePath());
        if (instance->claim(request) == SingleInstance::Role::HandedOver)
            return 0;
    }

    if (path.isEmpty() && !filesHaveWorkspace) {
        const QString last = QSettings().value(QStringLiteral("workspace/last")).toString();
        // A team workspace is tried again (the window says so when the server cannot be reached).
        if (!last.isEmpty() && (ServerLocation::isServer(last) || QFileInfo::exists(last))) {
            path = last;
        } else if (QFileInfo::exists(defaultWorkspacePath())) {
            path = defaultWorkspacePath();
        } else {
            // First start: show a living workspace rather than an empty window.
            // (Created once the window shows, with its progress.)
            path = MainWindow::demoWorkspacePath();
            firstRunDemo = true;
        }
    }

    MainWindow window;
    // The window shows at once: opening a workspace that must be upgraded or have its
    // summaries rebuilt shows its progress in it.
    if (!screenshots)
        window.show();
    if (firstRunDemo && !window.createDemoWorkspace()) {
        path = defaultWorkspacePath();
        firstRunDemo = false;
    }
    if (!path.isEmpty() && !window.openWorkspace(path)) {
        // The window explains why in its message bar; fall back to the default workspace.
        if (QFileInfo(path).absoluteFilePath() != QFileInfo(defaultWorkspacePath()).absoluteFilePath())
            window.openWorkspace(defaultWorkspacePath(), MainWindow::KeepMessages);
    }
    if (firstRunDemo)
        window.showFirstRunHint();
    if (screenshots) {
        window.resize(1280, 800);
        window.show();
        const QStringList written = window.saveScreenshots(parser.value(QStringLiteral("screenshots")));
        QTextStream out(stdout);
        for (const QString &file : written)
            out << file << Qt::endl;
        return written.isEmpty() ? 1 : 0;
    }
    window.show();
    // A workspace among the files opens (instead of the last one); exports go to the import
    // preview of the workspace open then.
    window.openFiles(files);
    if (!window.workspace())
        window.openWorkspace(defaultWorkspacePath(), MainWindow::KeepMessages);
    if (instance && instance->isListening()) {
        QObject::connect(instance.get(), &SingleInstance::filesReceived, &window, [&window](const QStringList &received) {
            window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
            window.show();
            window.raise();
            window.activateWindow();
            window.openFiles(received);
        });
    }
    return app.exec();
}

} // namespace

int run(int argc, char *argv[])
{
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (HeadlessCommands::isCommand(first))
        return HeadlessCommands::run(argc, argv, &setApplicationMetadata, &installTranslators);
    if (isUnknownCommand(first)) {
        QCoreApplication app(argc, argv);
        setApplicationMetadata();
        installTranslators(app);
        QTextStream(stderr) << QCoreApplication::translate("main", "beamline: “%1” is not a command. Run “beamline --help” to see the commands.")
                                   .arg(first)
                            << Qt::endl;
        return 2;
    }

    if (onlyAsksForInformation(argc, argv)) {
        QCoreApplication app(argc, argv);
        setApplicationMetadata();
        installTranslators(app);
        QCommandLineParser parser;
        addGuiOptions(parser);
        parser.process(app); // prints and exits
        return 0;
    }

    // --demo FILE on a machine without a display still creates the workspace.
    if (!hasDisplay()) {
        QCoreApplication app(argc, argv);
        setApplicationMetadata();
        installTranslators(app);
        QCommandLineParser parser;
        addGuiOptions(parser);
        parser.process(app);
        QTextStream out(stdout);
        QTextStream err(stderr);
        if (parser.isSet(QStringLiteral("demo"))) {
            QString error;
            const QString path = parser.value(QStringLiteral("demo"));
            if (!DemoGenerator::createWorkspace(path, &error)) {
                err << error << Qt::endl;
                return 1;
            }
            out << QCoreApplication::translate("main", "Created the demo workspace “%1”.").arg(QDir::toNativeSeparators(path)) << Qt::endl;
            err << QCoreApplication::translate("main", "No display is available, so the window was not opened.") << Qt::endl;
            return 0;
        }
        err << QCoreApplication::translate("main", "No display is available. Use a headless command (see --help) or set DISPLAY.") << Qt::endl;
        return 1;
    }
    return runGui(argc, argv);
}

} // namespace Beamline::CommandLine
