// SPDX-License-Identifier: GPL-3.0-or-later
#include "mentiondays.h"

#include "summaryrows.h"

#include <core/db/mentionrepository.h>
#include <core/db/scopedtransaction.h>
#include <core/db/settingsrepository.h>
#include <core/db/sqlquery.h>
#include <core/domain/isotime.h>

namespace Beamline {

namespace {
const QString StateKey = QStringLiteral("mention_days");
const QString Table = QStringLiteral("mentions");
} // namespace

MentionDays::MentionDays(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<qint64> MentionDays::storedMaxId() const
{
    const auto value = SettingsRepository(m_db).value(StateKey);
    bool ok = false;
    const qint64 id = value ? value->toLongLong(&ok) : 0;
    return ok ? std::optional<qint64>(id) : std::nullopt;
}

void MentionDays::storeState()
{
    SettingsRepository(m_db).setValue(StateKey, QString::number(SummaryRows::newestId(m_db, Table)));
}

bool MentionDays::isCurrent() const
{
    return storedMaxId() == SummaryRows::newestId(m_db, Table);
}

void MentionDays::rebuild()
{
    ScopedTransaction transaction(m_db);
    SqlQuery(m_db, QStringLiteral("DELETE FROM mention_days")).exec();
    SqlQuery(m_db,
             QStringLiteral("INSERT INTO mention_days (day, network, sentiment, mentions) "
                            "SELECT SUBSTR(occurred_at, 1, 10), network, COALESCE(sentiment, ''), COUNT(*) FROM mentions "
                            "WHERE superseded_by IS NULL GROUP BY SUBSTR(occurred_at, 1, 10), network, COALESCE(sentiment, '')"))
        .exec();
    storeState();
    transaction.commit();
}

void MentionDays::recount(const QString &first, const QString &last)
{
    // Instants are ISO text: the day's instants sort between "day" and the next day.
    const QString after = IsoTime::day(IsoTime::parseDay(last).addDays(1));
    SqlQuery clear(m_db, QStringLiteral("DELETE FROM mention_days WHERE day >= :first AND day <= :last"));
    clear.bind(QStringLiteral(":first"), first).bind(QStringLiteral(":last"), last).exec();
    SqlQuery add(m_db,
                 QStringLiteral("INSERT INTO mention_days (day, network, sentiment, mentions) "
                                "SELECT SUBSTR(occurred_at, 1, 10), network, COALESCE(sentiment, ''), COUNT(*) FROM mentions "
                                "WHERE occurred_at >= :first AND occurred_at < :after AND superseded_by IS NULL "
                                "GROUP BY SUBSTR(occurred_at, 1, 10), network, COALESCE(sentiment, '')"));
    add.bind(QStringLiteral(":first"), first).bind(QStringLiteral(":after"), after).exec();
}

std::optional<MentionDays::Span> MentionDays::spanOfBatch(qint64 batchId) const
{
    if (const auto span = MentionRepository(m_db).utcDaySpanOfBatch(batchId))
        return Span{span->first, span->second};
    return std::nullopt;
}

void MentionDays::refresh(bool wasCurrent, const std::optional<Span> &span)
{
    if (!wasCurrent) {
        rebuild();
        return;
    }
    ScopedTransaction transaction(m_db);
    if (span)
        recount(span->first, span->last);
    storeState();
    transaction.commit();
}

} // namespace Beamline
