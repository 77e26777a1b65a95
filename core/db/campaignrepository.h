// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/entities.h>

#include <QSqlDatabase>
#include <QVector>

#include <optional>

namespace Beamline {

class RowJournal;

// Campaigns and the partners (influencers, labs, media) who took part in them.
class CampaignRepository final
{
public:
    explicit CampaignRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    QVector<Campaign> all() const;
    std::optional<Campaign> find(qint64 id) const;
    std::optional<Campaign> findByHashtag(const QString &hashtag) const;
    // Stores a new campaign (or partner); one that has an id (put back by undo) keeps it.
    qint64 insert(const Campaign &campaign);
    void update(const Campaign &campaign);
    void remove(qint64 id);
    // Removes a campaign, remembering it, its partner links and the posts tagged with it.
    void removeRecorded(qint64 id, RowJournal &journal);

    QVector<Partner> partners() const;
    std::optional<Partner> findPartner(qint64 id) const;
    qint64 insertPartner(const Partner &partner);
    void updatePartner(const Partner &partner);
    void removePartner(qint64 id);
    // Removes a partner, remembering it and its campaign links.
    void removePartnerRecorded(qint64 id, RowJournal &journal);
    // The campaigns a partner took part in.
    QList<qint64> campaignsOf(qint64 partnerId) const;

private:
    void writePartnerLinks(const Campaign &campaign, qint64 id);
    QList<qint64> partnerIdsOf(qint64 campaignId) const;

    QSqlDatabase m_db;
};

} // namespace Beamline
