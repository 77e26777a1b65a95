// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaignrepository.h"

#include "rowjournal.h"
#include "scopedtransaction.h"
#include "sqlquery.h"

#include <core/domain/isotime.h>

namespace Beamline {

namespace {
const QString CampaignColumns = QStringLiteral("id, name, hashtag, starts_on, ends_on, goal, notes");
const QString PartnerColumns = QStringLiteral("id, name, platform, handle, kind, notes");

Campaign readCampaign(const SqlQuery &q)
{
    Campaign c;
    c.id = q.integer(0);
    c.name = q.text(1);
    c.hashtag = q.text(2);
    c.startsOn = IsoTime::parseDay(q.text(3));
    c.endsOn = IsoTime::parseDay(q.text(4));
    c.goal = q.text(5);
    c.notes = q.text(6);
    return c;
}

Partner readPartner(const SqlQuery &q)
{
    Partner p;
    p.id = q.integer(0);
    p.name = q.text(1);
    p.platform = Platforms::fromKey(q.text(2));
    p.handle = q.text(3);
    p.kind = Partner::kindFromKey(q.text(4));
    p.notes = q.text(5);
    return p;
}

void bindCampaign(SqlQuery &q, const Campaign &c)
{
    q.bind(QStringLiteral(":name"), c.name)
        .bind(QStringLiteral(":hashtag"), nullableText(c.hashtag))
        .bind(QStringLiteral(":starts"), IsoTime::day(c.startsOn))
        .bind(QStringLiteral(":ends"), IsoTime::day(c.endsOn))
        .bind(QStringLiteral(":goal"), nullableText(c.goal))
        .bind(QStringLiteral(":notes"), nullableText(c.notes));
}

void bindPartner(SqlQuery &q, const Partner &p)
{
    q.bind(QStringLiteral(":name"), p.name)
        .bind(QStringLiteral(":platform"), p.platform ? QVariant(Platforms::key(*p.platform)) : QVariant(QMetaType::fromType<QString>()))
        .bind(QStringLiteral(":handle"), nullableText(p.handle))
        .bind(QStringLiteral(":kind"), Partner::kindKey(p.kind))
        .bind(QStringLiteral(":notes"), nullableText(p.notes));
}
} // namespace

QList<qint64> CampaignRepository::partnerIdsOf(qint64 campaignId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT partner_id FROM campaign_partners WHERE campaign_id = :id ORDER BY partner_id"));
    q.bind(QStringLiteral(":id"), campaignId).exec();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.integer(0));
    return ids;
}

QVector<Campaign> CampaignRepository::all() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM campaigns ORDER BY starts_on DESC, name").arg(CampaignColumns));
    q.exec();
    QVector<Campaign> result;
    while (q.next())
        result.append(readCampaign(q));
    for (Campaign &c : result)
        c.partnerIds = partnerIdsOf(c.id);
    return result;
}

std::optional<Campaign> CampaignRepository::find(qint64 id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM campaigns WHERE id = :id").arg(CampaignColumns));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    Campaign c = readCampaign(q);
    c.partnerIds = partnerIdsOf(c.id);
    return c;
}

std::optional<Campaign> CampaignRepository::findByHashtag(const QString &hashtag) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM campaigns WHERE LOWER(hashtag) = LOWER(:tag)").arg(CampaignColumns));
    q.bind(QStringLiteral(":tag"), hashtag).exec();
    if (!q.next())
        return std::nullopt;
    Campaign c = readCampaign(q);
    c.partnerIds = partnerIdsOf(c.id);
    return c;
}

void CampaignRepository::writePartnerLinks(const Campaign &campaign, qint64 id)
{
    SqlQuery del(m_db, QStringLiteral("DELETE FROM campaign_partners WHERE campaign_id = :id"));
    del.bind(QStringLiteral(":id"), id).exec();
    SqlQuery ins(m_db, QStringLiteral("INSERT INTO campaign_partners (campaign_id, partner_id) VALUES (:c, :p)"));
    for (qint64 partnerId : campaign.partnerIds)
        ins.bind(QStringLiteral(":c"), id).bind(QStringLiteral(":p"), partnerId).exec();
}

qint64 CampaignRepository::insert(const Campaign &campaign)
{
    ScopedTransaction transaction(m_db);
    const bool keepId = campaign.id > 0;
    SqlQuery q(m_db, QStringLiteral("INSERT INTO campaigns (%1name, hashtag, starts_on, ends_on, goal, notes) "
                                    "VALUES (%2:name, :hashtag, :starts, :ends, :goal, :notes)")
                         .arg(keepId ? QStringLiteral("id, ") : QString(), keepId ? QStringLiteral(":id, ") : QString()));
    bindCampaign(q, campaign);
    if (keepId)
        q.bind(QStringLiteral(":id"), campaign.id);
    q.exec();
    const qint64 id = keepId ? campaign.id : q.lastInsertId();
    writePartnerLinks(campaign, id);
    transaction.commit();
    return id;
}

void CampaignRepository::update(const Campaign &campaign)
{
    ScopedTransaction transaction(m_db);
    SqlQuery q(m_db, QStringLiteral("UPDATE campaigns SET name = :name, hashtag = :hashtag, starts_on = :starts, "
                                    "ends_on = :ends, goal = :goal, notes = :notes WHERE id = :id"));
    bindCampaign(q, campaign);
    q.bind(QStringLiteral(":id"), campaign.id).exec();
    writePartnerLinks(campaign, campaign.id);
    transaction.commit();
}

void CampaignRepository::remove(qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM campaigns WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
}

QVector<Partner> CampaignRepository::partners() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM partners ORDER BY name").arg(PartnerColumns));
    q.exec();
    QVector<Partner> result;
    while (q.next())
        result.append(readPartner(q));
    return result;
}

std::optional<Partner> CampaignRepository::findPartner(qint64 id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM partners WHERE id = :id").arg(PartnerColumns));
    q.bind(QStringLiteral(":id"), id).exec();
    if (q.next())
        return readPartner(q);
    return std::nullopt;
}

qint64 CampaignRepository::insertPartner(const Partner &partner)
{
    const bool keepId = partner.id > 0;
    SqlQuery q(m_db, QStringLiteral("INSERT INTO partners (%1name, platform, handle, kind, notes) "
                                    "VALUES (%2:name, :platform, :handle, :kind, :notes)")
                         .arg(keepId ? QStringLiteral("id, ") : QString(), keepId ? QStringLiteral(":id, ") : QString()));
    bindPartner(q, partner);
    if (keepId)
        q.bind(QStringLiteral(":id"), partner.id);
    q.exec();
    return keepId ? partner.id : q.lastInsertId();
}

void CampaignRepository::updatePartner(const Partner &partner)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE partners SET name = :name, platform = :platform, handle = :handle, "
                                    "kind = :kind, notes = :notes WHERE id = :id"));
    bindPartner(q, partner);
    q.bind(QStringLiteral(":id"), partner.id).exec();
}

void CampaignRepository::removeRecorded(qint64 id, RowJournal &journal)
{
    const QVariantMap none{{QStringLiteral("campaign_id"), QVariant(QMetaType::fromType<qint64>())}};
    journal.updateWhere(m_db, QStringLiteral("posts"), QStringLiteral("campaign_id"), id, none);
    journal.updateWhere(m_db, QStringLiteral("platform_posts"), QStringLiteral("campaign_id"), id, none);
    journal.remove(m_db, QStringLiteral("campaign_partners"), {{QStringLiteral("campaign_id"), id}});
    journal.remove(m_db, QStringLiteral("campaigns"), {{QStringLiteral("id"), id}});
}

void CampaignRepository::removePartnerRecorded(qint64 id, RowJournal &journal)
{
    journal.remove(m_db, QStringLiteral("campaign_partners"), {{QStringLiteral("partner_id"), id}});
    journal.remove(m_db, QStringLiteral("partners"), {{QStringLiteral("id"), id}});
}

QList<qint64> CampaignRepository::campaignsOf(qint64 partnerId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT campaign_id FROM campaign_partners WHERE partner_id = :p ORDER BY campaign_id"));
    q.bind(QStringLiteral(":p"), partnerId).exec();
    QList<qint64> result;
    while (q.next())
        result.append(q.integer(0));
    return result;
}

void CampaignRepository::removePartner(qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM partners WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
}

} // namespace Beamline
