// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

static void initUiResources()
{
    Q_INIT_RESOURCE(beamline_icons);
}

namespace Beamline {

namespace {
QString s_systemStyle;
QPalette s_systemPalette;

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe8, 0xea, 0xed);
    const QColor disabled(0x80, 0x84, 0x8a);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x44));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x38, 0x3d));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xd8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::Mid, QColor(0x44, 0x47, 0x4d));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x53));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

QPalette lightPalette()
{
    QPalette p = QStyleFactory::create(QStringLiteral("Fusion"))->standardPalette();
    p.setColor(QPalette::Highlight, QColor(0x1f, 0x6f, 0xc5));
    return p;
}
} // namespace

void Application::setUp()
{
    initUiResources();
    // Bundled icons fill in when the desktop's theme lacks one (or there is no theme).
    QIcon::setFallbackSearchPaths(QIcon::fallbackSearchPaths() << QStringLiteral(":/icons"));
    QApplication::setWindowIcon(icon(QStringLiteral("beamline")));
    s_systemStyle = QApplication::style()->name();
    s_systemPalette = QApplication::palette();
    setTheme(theme());
}

QIcon Application::icon(const QString &name)
{
    const QString bundled = QStringLiteral(":/icons/%1.svg").arg(name);
    if (QIcon::hasThemeIcon(name))
        return QIcon::fromTheme(name);
    return QFile::exists(bundled) ? QIcon(bundled) : QIcon();
}

Application::Theme Application::theme()
{
    const QString value = QSettings().value(QStringLiteral("appearance/theme"), QStringLiteral("system")).toString();
    if (value == QLatin1String("light"))
        return Theme::Light;
    if (value == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

void Application::setTheme(Theme theme)
{
    QSettings().setValue(QStringLiteral("appearance/theme"),
                         theme == Theme::Light ? QStringLiteral("light") : theme == Theme::Dark ? QStringLiteral("dark") : QStringLiteral("system"));
    switch (theme) {
    case Theme::System:
        if (!s_systemStyle.isEmpty())
            QApplication::setStyle(s_systemStyle);
        QApplication::setPalette(s_systemPalette);
        break;
    case Theme::Light:
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(lightPalette());
        break;
    case Theme::Dark:
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
        break;
    }
}

QString Application::dataDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)).filePath(QStringLiteral("beamline"));
}

QStringList Application::moveOldDataDirectory()
{
    const QDir newDir(dataDirectory());
    const QDir oldDir(newDir.filePath(QStringLiteral("beamline")));
    QStringList moved;
    if (!oldDir.exists())
        return moved;
    QSettings settings;
    QString last = settings.value(QStringLiteral("workspace/last")).toString();
    QStringList recent = settings.value(QStringLiteral("workspace/recent")).toStringList();
    for (const QFileInfo &file : oldDir.entryInfoList(QDir::Files | QDir::Hidden)) {
        const QString target = newDir.filePath(file.fileName());
        // A file of the same name already in the new place wins; the old one stays put.
        if (QFileInfo::exists(target) || !QFile::rename(file.absoluteFilePath(), target))
            continue;
        moved.append(target);
        if (QFileInfo(last).absoluteFilePath() == file.absoluteFilePath())
            last = target;
        for (QString &path : recent) {
            if (QFileInfo(path).absoluteFilePath() == file.absoluteFilePath())
                path = target;
        }
    }
    if (!moved.isEmpty()) {
        settings.setValue(QStringLiteral("workspace/last"), last);
        settings.setValue(QStringLiteral("workspace/recent"), recent);
    }
    QDir().rmdir(oldDir.absolutePath()); // only when it is empty now
    return moved;
}

bool Application::isDark()
{
    const QPalette p = QApplication::palette();
    return p.color(QPalette::Window).lightness() < p.color(QPalette::WindowText).lightness();
}

} // namespace Beamline
