// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Beamline {

// The social platforms Beamline plans for and measures. The key is what is stored in
// the database and printed by the command line; the display name is translated.
enum class Platform { X, Facebook, Instagram, LinkedIn, YouTube, Other };

class Platforms final
{
    Q_DECLARE_TR_FUNCTIONS(Beamline::Platforms)

public:
    static QString key(Platform platform);
    static std::optional<Platform> fromKey(QStringView key);
    static QString displayName(Platform platform);
    // The post text limit editors write against (X 280, Instagram caption 2,200,
    // LinkedIn 3,000, Facebook 63,206, YouTube title 100); 0 when there is none.
    static int characterLimit(Platform platform);
    // How long the platform counts a text: characters as people see them (an emoji or an
    // accented letter is one), and on X every link as 23, as X shortens them.
    static int textLength(Platform platform, const QString &text);
    // The five measured platforms, in display order.
    static QList<Platform> measured();
};

} // namespace Beamline
