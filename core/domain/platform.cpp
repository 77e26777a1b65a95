// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform.h"

#include <QRegularExpression>
#include <QTextBoundaryFinder>

namespace Beamline {

QString Platforms::key(Platform platform)
{
    switch (platform) {
    case Platform::X: return QStringLiteral("x");
    case Platform::Facebook: return QStringLiteral("facebook");
    case Platform::Instagram: return QStringLiteral("instagram");
    case Platform::LinkedIn: return QStringLiteral("linkedin");
    case Platform::YouTube: return QStringLiteral("youtube");
    case Platform::Other: return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

std::optional<Platform> Platforms::fromKey(QStringView key)
{
    const QString k = key.trimmed().toString().toLower();
    if (k == QLatin1String("x") || k == QLatin1String("twitter"))
        return Platform::X;
    if (k == QLatin1String("facebook") || k == QLatin1String("fb"))
        return Platform::Facebook;
    if (k == QLatin1String("instagram") || k == QLatin1String("ig"))
        return Platform::Instagram;
    if (k == QLatin1String("linkedin"))
        return Platform::LinkedIn;
    if (k == QLatin1String("youtube") || k == QLatin1String("yt"))
        return Platform::YouTube;
    if (k == QLatin1String("other"))
        return Platform::Other;
    return std::nullopt;
}

QString Platforms::displayName(Platform platform)
{
    switch (platform) {
    case Platform::X: return tr("X");
    case Platform::Facebook: return tr("Facebook");
    case Platform::Instagram: return tr("Instagram");
    case Platform::LinkedIn: return tr("LinkedIn");
    case Platform::YouTube: return tr("YouTube");
    case Platform::Other: return tr("Other");
    }
    return tr("Other");
}

int Platforms::characterLimit(Platform platform)
{
    switch (platform) {
    case Platform::X: return 280;
    case Platform::Instagram: return 2200;
    case Platform::LinkedIn: return 3000;
    case Platform::Facebook: return 63206;
    case Platform::YouTube: return 100;
    case Platform::Other: return 0;
    }
    return 0;
}

int Platforms::textLength(Platform platform, const QString &text)
{
    QString counted = text;
    int links = 0;
    if (platform == Platform::X) {
        static const QRegularExpression url(QStringLiteral("\\bhttps?://\\S+"), QRegularExpression::CaseInsensitiveOption);
        links = int(counted.count(url));
        counted.remove(url);
    }
    // Grapheme clusters: "é" written as e + combining accent, or a flag, is one character.
    // X weighs them: Latin, Greek, Cyrillic... and common punctuation count 1, anything
    // else (CJK, emoji) 2, as its own counter does.
    auto weight = [platform](char32_t c) {
        if (platform != Platform::X)
            return 1;
        const bool light = c <= 0x10FF || (c >= 0x2000 && c <= 0x200D) || (c >= 0x2010 && c <= 0x201F) || (c >= 0x2032 && c <= 0x2037);
        return light ? 1 : 2;
    };
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, counted);
    int n = 0;
    qsizetype start = 0;
    while (true) {
        const qsizetype end = finder.toNextBoundary();
        if (end < 0)
            break;
        if (end > start) {
            char32_t c = counted.at(start).unicode();
            if (counted.at(start).isHighSurrogate() && start + 1 < counted.size())
                c = QChar::surrogateToUcs4(counted.at(start), counted.at(start + 1));
            n += weight(c);
        }
        start = end;
    }
    return n + links * 23;
}

QList<Platform> Platforms::measured()
{
    return {Platform::X, Platform::Facebook, Platform::Instagram, Platform::LinkedIn, Platform::YouTube};
}

} // namespace Beamline
