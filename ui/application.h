// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace Beamline {

// Application-wide look: icons from the desktop theme with bundled fallbacks, and the
// light/dark theme choice.
class Application final
{
    Q_DECLARE_TR_FUNCTIONS(Beamline::Application)

public:
    enum class Theme { System, Light, Dark };

    // Call once after the QApplication exists.
    static void setUp();
    // A themed icon ("document-open"), falling back to the bundled one of that name.
    static QIcon icon(const QString &name);

    static Theme theme();
    static void setTheme(Theme theme);
    // True when the palette in use is dark (whatever the choice that led to it).
    static bool isDark();

    // The folder of Beamline's own files (the demo and the default workspace):
    // ~/.local/share/beamline on Linux.
    static QString dataDirectory();
    // Earlier versions kept them one folder deeper (~/.local/share/beamline/beamline, the
    // organisation's folder and then the application's): moves what is there up, and
    // points the remembered workspaces at the new place. Returns the files moved.
    static QStringList moveOldDataDirectory();
};

} // namespace Beamline
