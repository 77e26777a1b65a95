// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/entities.h>
#include <core/domain/imported.h>

#include <QHash>
#include <QSqlDatabase>
#include <QVector>

#include <optional>

namespace Beamline {

// Links imported posts to the plan: a post's hashtags link it to its series and
// campaign; it is matched to the planned post it most likely is by permalink, then by a
// shared URL (UTM links), then by channel, time and text. Confirmed links are never
// changed; suggestions stay unconfirmed until the user confirms them.
class PostMatcher final
{
public:
    struct Match {
        std::optional<qint64> postId;
        QString method; // permalink, url, time+text
        double score = 0;
    };
    struct Result {
        int linkedToPlan = 0;
        int linkedToSeries = 0;
        int linkedToCampaign = 0;
    };

    explicit PostMatcher(QSqlDatabase db) : m_db(std::move(db)) {}

    // Links the posts written by one import batch.
    Result matchBatch(qint64 batchId);

    // The planned post a published post most likely is, among candidates, given each
    // channel id's platform.
    static Match bestMatch(const PlatformPost &post, const QVector<Post> &candidates, const QHash<qint64, Platform> &platformOf,
                           std::optional<qint64> seriesId);
    // Word-set overlap of two texts (0..1), ignoring case, links and short words.
    static double similarity(const QString &a, const QString &b);
    // A URL without tracking parameters, scheme, "www." and trailing slash.
    static QString normaliseUrl(const QString &url);

private:
    QSqlDatabase m_db;
};

} // namespace Beamline
