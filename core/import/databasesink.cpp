// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasesink.h"

#include <core/db/attributionrulerepository.h>
#include <core/db/channelrepository.h>
#include <core/db/dailymetricrepository.h>
#include <core/db/mentionrepository.h>
#include <core/db/platformpostrepository.h>
#include <core/db/webtrafficrepository.h>
#include <core/domain/isotime.h>
#include <core/import/importformat.h>

#include <algorithm>

namespace Beamline {

DatabaseSink::DatabaseSink(QSqlDatabase db)
    : m_db(std::move(db))
    , m_channels(std::make_unique<ChannelRepository>(m_db))
    , m_posts(std::make_unique<PlatformPostRepository>(m_db))
    , m_daily(std::make_unique<DailyMetricRepository>(m_db))
    , m_web(std::make_unique<WebTrafficRepository>(m_db))
    , m_mentions(std::make_unique<MentionRepository>(m_db))
{
}

DatabaseSink::~DatabaseSink() = default;

qint64 DatabaseSink::channel(Platform platform, const QString &handle, const QString &displayName)
{
    const QString h = handle.trimmed().startsWith(QLatin1Char('@')) ? handle.trimmed().mid(1) : handle.trimmed();
    const QString key = Platforms::key(platform) + QLatin1Char('/') + h.toLower();
    if (const auto it = m_channelIds.constFind(key); it != m_channelIds.constEnd())
        return *it;
    qint64 id = 0;
    if (h.isEmpty()) {
        // The lab's account on that platform: the first one, or a new "main" one.
        if (const auto first = m_channels->firstOf(platform))
            id = first->id;
        else
            id = m_channels->insert({0, platform, QStringLiteral("main"), Platforms::displayName(platform)});
    } else if (const auto known = m_channels->resolve(platform, h)) {
        // Its handle, or a name the team told Beamline stands for it (an alias).
        id = known->id;
    } else {
        id = m_channels->insert({0, platform, h, displayName.isEmpty() ? h : displayName});
    }
    m_channelIds.insert(key, id);
    return id;
}

qint64 DatabaseSink::webSource(const QString &provider, const QString &name)
{
    const QString key = provider + QLatin1Char('/') + name;
    if (const auto it = m_sourceIds.constFind(key); it != m_sourceIds.constEnd())
        return *it;
    const qint64 id = m_web->ensureSource(provider, name);
    m_sourceIds.insert(key, id);
    return id;
}

const VersionedRows::Precedence &DatabaseSink::precedence()
{
    // Formatted again only when the capture time or the batch changed (not for every row).
    const QDateTime at = m_capturedAt ? *m_capturedAt : QDateTime();
    if (!m_precedenceKnown || at != m_precedenceAt || m_precedence.sha256 != m_sha256) {
        m_precedence = {IsoTime::utc(at.isValid() ? at : QDateTime::currentDateTimeUtc()), m_sha256};
        m_precedenceAt = at;
        m_precedenceKnown = at.isValid();
    }
    return m_precedence;
}

WriteOutcome DatabaseSink::noteResult(const VersionedRows::Result &result, qint64 line, const QString &what)
{
    if (result.outcome == WriteOutcome::Conflict || result.outcome == WriteOutcome::Duplicate)
        m_conflict = {line, result.otherLine, result.columns, what};
    return result.outcome;
}

WriteOutcome DatabaseSink::post(PlatformPost &post, const PostSnapshot &snapshot, qint64 line)
{
    m_written.posts = true;
    return noteResult(m_posts->write(m_batch, precedence(), line, post, snapshot), line, FormatMessages::tr("post"));
}

WriteOutcome DatabaseSink::daily(const DailyMetricValue &value)
{
    return noteResult(m_daily->write(m_batch, precedence(), value), value.sourceLine, FormatMessages::tr("account, day and breakdown"));
}

WriteOutcome DatabaseSink::web(WebTrafficRow &row)
{
    const VersionedRows::Result result = m_web->write(m_batch, precedence(), row);
    const WriteOutcome outcome = noteResult(result, row.sourceLine, FormatMessages::tr("period, report and dimensions"));
    if (m_scope && (outcome == WriteOutcome::Added || outcome == WriteOutcome::Updated || outcome == WriteOutcome::Unchanged))
        m_scope->webRowWritten(m_batch, row, result.alone);
    return outcome;
}

WriteOutcome DatabaseSink::mention(Mention &mention)
{
    const WriteOutcome outcome = noteResult(m_mentions->write(m_batch, precedence(), mention), mention.sourceLine,
                                            FormatMessages::tr("mention"));
    if (outcome == WriteOutcome::Added || outcome == WriteOutcome::Updated) {
        const QString day = IsoTime::utc(mention.occurredAt).left(10);
        if (m_written.firstMentionDay.isEmpty())
            m_written.firstMentionDay = m_written.lastMentionDay = day;
        m_written.firstMentionDay = qMin(m_written.firstMentionDay, day);
        m_written.lastMentionDay = qMax(m_written.lastMentionDay, day);
        m_written.mentionReplaced = m_written.mentionReplaced || outcome != WriteOutcome::Added;
    }
    return outcome;
}

qint64 PreviewSink::channel(Platform platform, const QString &handle, const QString &displayName)
{
    QString account = Platforms::displayName(platform);
    const QString name = displayName.isEmpty() ? handle : displayName;
    const bool atHandle = (platform == Platform::X || platform == Platform::Instagram) && !name.startsWith(QLatin1Char('@'));
    if (!name.isEmpty())
        account += (atHandle ? QStringLiteral(" @") : QStringLiteral(" ")) + name;
    if (!m_accounts.contains(account))
        m_accounts.append(account);
    QString h = handle.trimmed();
    if (h.startsWith(QLatin1Char('@')))
        h.remove(0, 1);
    if (!h.isEmpty()) {
        const bool seen = std::any_of(m_named.cbegin(), m_named.cend(), [&](const ImportAccount &a) {
            return a.platform == platform && a.handle.compare(h, Qt::CaseInsensitive) == 0;
        });
        if (!seen)
            m_named.append({platform, h, displayName.trimmed()});
    }
    return m_accounts.indexOf(account) + 1;
}

} // namespace Beamline
