// SPDX-License-Identifier: GPL-3.0-or-later
#include "matchreviewmodel.h"

#include <core/db/channelrepository.h>
#include <core/db/platformpostrepository.h>
#include <core/db/postrepository.h>
#include <core/db/settingsrepository.h>

#include <QLocale>

namespace Beamline {

MatchReviewModel::MatchReviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MatchReviewModel::reload(const QSqlDatabase &db, bool includeUnlinked)
{
    beginResetModel();
    m_posts.clear();
    m_postTitles.clear();
    m_channelNames.clear();
    if (db.isValid()) {
        m_posts = PlatformPostRepository(db).unconfirmedMatches(includeUnlinked);
        const QTimeZone zone(SettingsRepository(db).value(SettingsRepository::TimeZone, QString()).toUtf8());
        m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
        PostRepository posts(db);
        for (const PlatformPost &p : std::as_const(m_posts)) {
            if (p.postId && !m_postTitles.contains(*p.postId)) {
                if (const auto planned = posts.find(*p.postId))
                    m_postTitles.insert(*p.postId, planned->title);
            }
        }
        for (const Beamline::Channel &c : ChannelRepository(db).all())
            m_channelNames.insert(c.id, Platforms::displayName(c.platform) + QStringLiteral(" ") + c.handle);
    }
    endResetModel();
}

int MatchReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_posts.size());
}

int MatchReviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MatchReviewModel::methodName(const QString &method)
{
    if (method == QLatin1String("permalink"))
        return tr("Same permalink");
    if (method == QLatin1String("url"))
        return tr("Same link in the text");
    if (method == QLatin1String("time+text"))
        return tr("Same channel, time and text");
    if (method == QLatin1String("manual"))
        return tr("Chosen by hand");
    return method;
}

QVariant MatchReviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const PlatformPost &p = m_posts.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Published: return QLocale().toString(p.publishedAt.toTimeZone(m_zone), QLocale::ShortFormat);
        case Channel: return m_channelNames.value(p.channelId);
        case Text: return p.text.simplified().left(140);
        case PlannedPost: return p.postId ? m_postTitles.value(*p.postId) : tr("(no planned post)");
        case Method: return methodName(p.matchMethod);
        }
    } else if (role == Qt::ToolTipRole && index.column() == Text) {
        return p.text;
    } else if (role == PlatformPostIdRole) {
        return p.id;
    } else if (role == PostIdRole) {
        return p.postId ? QVariant(*p.postId) : QVariant();
    } else if (role == SortRole) {
        return index.column() == Published ? QVariant(p.publishedAt) : data(index, Qt::DisplayRole);
    }
    return {};
}

QVariant MatchReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Published: return tr("Published");
    case Channel: return tr("Channel");
    case Text: return tr("Text");
    case PlannedPost: return tr("Planned post");
    case Method: return tr("Found by");
    }
    return {};
}

} // namespace Beamline
