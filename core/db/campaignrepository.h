// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/entities.h>

#include <QSqlDatabase>
#include <QVector>

#include <optional>

namespace Beamline {

// Campaigns and the partners (influencers, labs, media) who took part in them.
class CampaignRepository final
{
public:
    explicit CampaignRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    QVector<Campaign> all() const;
    std::optional<Campaign> find(qint64 id) const;
    std::optional<Campaign> findByHashtag(const QString &hashtag) const;
    qint64 insert(const Campaign &campaign);
    void update(const Campaign &campaign);
    void remove(qint64 id);

    QVector<Partner> partners() const;
    std::optional<Partner> findPartner(qint64 id) const;
    qint64 insertPartner(const Partner &partner);
    void updatePartner(const Partner &partner);
    void removePartner(qint64 id);

private:
    void writePartnerLinks(const Campaign &campaign, qint64 id);
    QList<qint64> partnerIdsOf(qint64 campaignId) const;

    QSqlDatabase m_db;
};

} // namespace Beamline
