// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverlocation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace Beamline {

bool ServerLocation::isServer(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

ServerLocation ServerLocation::parse(const QString &text)
{
    ServerLocation location;
    auto tr = [](const char *text) { return QCoreApplication::translate("Beamline::ServerLocation", text); };
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!isServer(text) || !url.isValid()) {
        location.m_error = tr("“%1” is not a server address like postgresql://anna@db.example.org:5432/beamline.").arg(text);
        return location;
    }
    if (!url.password().isEmpty()) {
        location.m_error = tr("The address contains a password. Beamline never stores one: leave it out and put it in "
                              "~/.pgpass or PGPASSWORD instead.");
        return location;
    }
    location.m_user = url.userName();
    location.m_host = url.host();
    location.m_port = url.port(-1);
    location.m_database = url.path().mid(1);
    static const QRegularExpression keyword(QStringLiteral("^[a-z_]+$"));
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!keyword.match(key).hasMatch() || key == QLatin1String("password") || key == QLatin1String("passfile")) {
            location.m_error = tr("“%1” is not a connection setting Beamline passes on.").arg(key);
            return location;
        }
        if (key == QLatin1String("dbname") && location.m_database.isEmpty())
            location.m_database = value;
        else if (key == QLatin1String("user") && location.m_user.isEmpty())
            location.m_user = value;
        else if (key == QLatin1String("host") && location.m_host.isEmpty())
            location.m_host = value;
        else if (key == QLatin1String("port") && location.m_port < 0)
            location.m_port = value.toInt();
        else
            location.m_options.append(key + QLatin1Char('=') + value);
    }
    if (location.m_database.isEmpty() || location.m_database.contains(QLatin1Char('/')))
        location.m_error = tr("“%1” names no database: add it after the server, as in postgresql://anna@db.example.org/beamline.").arg(text);
    return location;
}

QString ServerLocation::toString() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user);
    url.setHost(m_host.startsWith(QLatin1Char('/')) ? QString() : m_host);
    url.setPort(m_port);
    url.setPath(QLatin1Char('/') + m_database);
    QUrlQuery query;
    if (m_host.startsWith(QLatin1Char('/')))
        query.addQueryItem(QStringLiteral("host"), m_host);
    for (const QString &option : m_options)
        query.addQueryItem(option.section(QLatin1Char('='), 0, 0), option.section(QLatin1Char('='), 1));
    url.setQuery(query);
    return url.toString();
}

} // namespace Beamline
