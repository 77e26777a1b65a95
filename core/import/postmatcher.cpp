// SPDX-License-Identifier: GPL-3.0-or-later
#include "postmatcher.h"

#include "formatsupport.h"

#include <core/db/campaignrepository.h>
#include <core/db/channelrepository.h>
#include <core/db/platformpostrepository.h>
#include <core/db/postrepository.h>
#include <core/db/seriesrepository.h>

#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

namespace Beamline {

namespace {

QSet<QString> words(const QString &text)
{
    static const QRegularExpression link(QStringLiteral("https?://\\S+"));
    static const QRegularExpression split(QStringLiteral("[^\\p{L}\\p{N}#@_]+"), QRegularExpression::UseUnicodePropertiesOption);
    QString t = text;
    t.remove(link);
    QSet<QString> set;
    const QStringList parts = t.toLower().split(split, Qt::SkipEmptyParts);
    for (const QString &w : parts) {
        if (w.size() >= 3 || w.startsWith(QLatin1Char('#')))
            set.insert(w);
    }
    return set;
}

constexpr qint64 WindowSeconds = 36 * 3600;

} // namespace

double PostMatcher::similarity(const QString &a, const QString &b)
{
    const QSet<QString> x = words(a);
    const QSet<QString> y = words(b);
    if (x.isEmpty() || y.isEmpty())
        return 0;
    const qsizetype common = QSet<QString>(x).intersect(y).size();
    return double(common) / double(x.size() + y.size() - common);
}

QString PostMatcher::normaliseUrl(const QString &url)
{
    QUrl u = QUrl::fromUserInput(url.trimmed());
    if (!u.isValid())
        return url.trimmed().toLower();
    QUrlQuery query(u);
    const auto items = query.queryItems();
    for (const auto &item : items) {
        if (item.first.startsWith(QLatin1String("utm_")) || item.first == QLatin1String("fbclid") || item.first == QLatin1String("igshid"))
            query.removeAllQueryItems(item.first);
    }
    u.setQuery(query);
    QString host = u.host().toLower();
    if (host.startsWith(QLatin1String("www.")))
        host = host.mid(4);
    QString path = u.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    const QString q = u.query();
    return host + path + (q.isEmpty() ? QString() : QLatin1Char('?') + q);
}

PostMatcher::Match PostMatcher::bestMatch(const PlatformPost &post, const QVector<Post> &candidates, const QHash<qint64, Platform> &platformOf,
                                          std::optional<qint64> seriesId)
{
    Match best;
    const Platform platform = platformOf.value(post.channelId, Platform::Other);
    const QString permalink = normaliseUrl(post.permalink);
    QSet<QString> postUrls;
    for (const QString &u : FormatSupport::urls(post.text))
        postUrls.insert(normaliseUrl(u));

    for (const Post &candidate : candidates) {
        bool samePlatform = false;
        QString variant;
        for (const PostChannel &c : candidate.channels) {
            if (platformOf.value(c.channelId, Platform::Other) == platform) {
                samePlatform = true;
                variant = c.textVariant;
            }
        }
        if (!samePlatform)
            continue;
        Match m;
        m.postId = candidate.id;
        for (const QString &link : candidate.links) {
            const QString n = normaliseUrl(link);
            if (!permalink.isEmpty() && n == permalink) {
                m.method = QStringLiteral("permalink");
                m.score = 1.0;
            } else if (m.score < 0.9 && postUrls.contains(n)) {
                m.method = QStringLiteral("url");
                m.score = 0.9;
            }
        }
        if (m.score < 0.9 && candidate.scheduledAt.isValid() && post.publishedAt.isValid()) {
            const qint64 distance = qAbs(candidate.scheduledAt.secsTo(post.publishedAt));
            if (distance <= WindowSeconds) {
                const QString plannedText = variant.isEmpty() ? candidate.body + QLatin1Char(' ') + candidate.title : variant;
                double score = similarity(post.text, plannedText);
                if (seriesId && candidate.seriesId == seriesId)
                    score += 0.3;
                score *= 1.0 - 0.3 * double(distance) / double(WindowSeconds);
                if (score >= 0.3 && score > m.score) {
                    m.method = QStringLiteral("time+text");
                    m.score = qMin(score, 0.85);
                }
            }
        }
        if (m.score > best.score)
            best = m;
    }
    if (best.score <= 0)
        return {};
    return best;
}

PostMatcher::Result PostMatcher::matchBatch(qint64 batchId)
{
    Result result;
    PlatformPostRepository platformPosts(m_db);
    QHash<QString, qint64> seriesByTag;
    for (const Series &s : SeriesRepository(m_db).all()) {
        for (const QString &tag : s.hashtags)
            seriesByTag.insert(tag.toLower(), s.id);
    }
    const QVector<Campaign> campaigns = CampaignRepository(m_db).all();
    QHash<qint64, Platform> platformOf;
    for (const Channel &c : ChannelRepository(m_db).all())
        platformOf.insert(c.id, c.platform);
    PostRepository plan(m_db);

    // A page of posts at a time: memory stays flat however big the import.
    constexpr int Page = 2000;
    QSet<QPair<qint64, qint64>> used; // (channel, planned post) already given out in this batch
    qint64 after = 0;
    for (;;) {
        const QVector<PlatformPost> posts = platformPosts.touchedBy(batchId, after, Page);
        if (posts.isEmpty())
            break;
        after = posts.constLast().id;

        QDateTime first, last;
        for (const PlatformPost &p : posts) {
            if (!p.publishedAt.isValid())
                continue;
            if (!first.isValid() || p.publishedAt < first)
                first = p.publishedAt;
            if (!last.isValid() || p.publishedAt > last)
                last = p.publishedAt;
        }
        QVector<Post> candidates;
        if (first.isValid())
            candidates = plan.scheduledBetween(first.addSecs(-WindowSeconds), last.addSecs(WindowSeconds));

        for (const PlatformPost &p : posts) {
            // Series and campaign by hashtag.
            std::optional<qint64> series = p.seriesId;
            const QStringList tags = FormatSupport::hashtags(p.text);
            if (!series) {
                for (const QString &tag : tags) {
                    if (const auto it = seriesByTag.constFind(tag.toLower()); it != seriesByTag.constEnd()) {
                        series = *it;
                        platformPosts.setSeries(p.id, series);
                        ++result.linkedToSeries;
                        break;
                    }
                }
            }
            if (!p.campaignId) {
                for (const Campaign &c : campaigns) {
                    if (c.hashtag.isEmpty() || !tags.contains(c.hashtag, Qt::CaseInsensitive))
                        continue;
                    const QDate day = p.publishedAt.date();
                    if (p.publishedAt.isValid() && (day < c.startsOn.addDays(-1) || day > c.endsOn.addDays(1)))
                        continue;
                    platformPosts.setCampaign(p.id, c.id);
                    ++result.linkedToCampaign;
                    break;
                }
            }
            if (p.matchConfirmed || candidates.isEmpty())
                continue;
            const Match m = bestMatch(p, candidates, platformOf, series);
            if (!m.postId || used.contains({p.channelId, *m.postId}))
                continue;
            used.insert({p.channelId, *m.postId});
            if (p.postId != m.postId || p.matchMethod != m.method) {
                platformPosts.setPlannedPost(p.id, m.postId, m.method, false);
                ++result.linkedToPlan;
            }
        }
    }
    return result;
}

} // namespace Beamline
