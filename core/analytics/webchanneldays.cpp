// SPDX-License-Identifier: GPL-3.0-or-later
#include "webchanneldays.h"

#include "summaryrows.h"
#include "websums.h"

#include <core/db/attributionrulerepository.h>
#include <core/db/scopedtransaction.h>
#include <core/db/settingsrepository.h>
#include <core/db/sqlquery.h>
#include <core/domain/isotime.h>

#include <QCryptographicHash>

#include <algorithm>

namespace Beamline {

namespace {

const QString StateKey = QStringLiteral("web_channel_days");
const QString Table = QStringLiteral("web_traffic");
const QStringList Reports = { QStringLiteral("source_medium"), QStringLiteral("referrer") };
// A span over every day: ISO days compare as text.
const QString FirstDay = QStringLiteral("0000-01-01");
const QString LastDay = QStringLiteral("9999-12-31");

// The summary's key of the channel a dimension is attributed to: '' for none.
QString channelKey(const Attribution &attribution, const QString &dimension)
{
    const auto platform = attribution.platformOf(dimension);
    return platform ? Platforms::key(*platform) : QStringLiteral("");
}

} // namespace

WebChannelDays::WebChannelDays(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool WebChannelDays::summarises(const QString &report)
{
    return Reports.contains(report);
}

std::optional<WebChannelDays::State> WebChannelDays::storedState() const
{
    const auto value = SettingsRepository(m_db).value(StateKey);
    if (!value)
        return std::nullopt;
    const QStringList parts = value->split(QLatin1Char(' '));
    bool ok = false;
    const qint64 maxId = parts.value(1).toLongLong(&ok);
    if (parts.size() != 2 || !ok)
        return std::nullopt;
    return State { parts.first(), maxId };
}

QString WebChannelDays::rulesFingerprint(const QVector<AttributionRule> &rules) const
{
    // The summary's own layout version first, so that a later change of how it is built
    // makes every stored summary out of date.
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(QByteArrayView("web_channel_days 2\n"));
    QVector<AttributionRule> ordered = rules;
    std::stable_sort(ordered.begin(), ordered.end(), [](const AttributionRule &a, const AttributionRule &b) { return a.position < b.position; });
    for (const AttributionRule &rule : std::as_const(ordered))
        hash.addData(QStringLiteral("%1\t%2\n").arg(rule.pattern.trimmed().toLower(), Platforms::key(rule.platform)).toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

void WebChannelDays::storeState(const QVector<AttributionRule> &rules)
{
    SettingsRepository(m_db).setValue(StateKey, QStringLiteral("%1 %2").arg(rulesFingerprint(rules)).arg(SummaryRows::newestId(m_db, Table)));
}

bool WebChannelDays::isCurrent() const
{
    const auto stored = storedState();
    return stored && stored->rules == rulesFingerprint(AttributionRuleRepository(m_db).all()) && stored->maxRowId == SummaryRows::newestId(m_db, Table);
}

void WebChannelDays::rebuild()
{
    ScopedTransaction transaction(m_db);
    const QVector<AttributionRule> rules = AttributionRuleRepository(m_db).all();
    const Attribution attribution(rules);
    SqlQuery(m_db, QStringLiteral("DELETE FROM web_dimension_channels")).exec();
    for (const QString &report : Reports) {
        const Span all { report, FirstDay, LastDay };
        mapDimensions(attribution, all, true);
        aggregate(all, true);
    }
    storeState(rules);
    transaction.commit();
}

void WebChannelDays::refreshAfterImport(qint64 batchId, const QVector<Written> &written)
{
    const QVector<AttributionRule> rules = AttributionRuleRepository(m_db).all();
    const auto stored = storedState();
    bool current = stored && stored->rules == rulesFingerprint(rules);
    if (current) {
        // Nobody but this batch wrote rows since the summary was last brought up to date.
        current = SummaryRows::onlyBatchSince(m_db, Table, stored->maxRowId, batchId);
    }
    if (!current) {
        rebuild();
        return;
    }
    ScopedTransaction transaction(m_db);
    const Attribution attribution(rules);
    for (const Written &w : written) {
        if (!summarises(w.report))
            continue;
        const Span span{w.report, w.first, w.last};
        mapDimensions(attribution, span, false);
        if (w.onlyNewKeys)
            addBatch(batchId, span);
        else
            aggregate(span, false);
    }
    storeState(rules);
    transaction.commit();
}

void WebChannelDays::addBatch(qint64 batchId, const Span &span)
{
    // The batch's rows hold every measure they have (no other row had their keys): their sums
    // add to what the summary holds for those days.
    QStringList adds;
    for (const QString &c : WebSums::summaryColumns()) {
        adds.append(QStringLiteral("%1 = CASE WHEN excluded.%1 IS NULL THEN web_channel_days.%1 "
                                   "ELSE COALESCE(web_channel_days.%1, 0) + excluded.%1 END").arg(c));
    }
    SqlQuery add(m_db, QStringLiteral(
        "INSERT INTO web_channel_days (report, day, platform, %1) "
        "SELECT t.report, t.period_start, m.platform, %2 FROM web_traffic t JOIN web_dimension_channels m ON m.dimension = t.dimension "
        "WHERE t.report = :report AND t.period_start >= :from AND t.period_start <= :to AND t.period_start = t.period_end "
        "AND t.batch_id = :batch AND t.live <> 0 GROUP BY t.report, t.period_start, m.platform "
        "ON CONFLICT (report, day, platform) DO UPDATE SET %3")
        .arg(WebSums::summaryColumns().join(QStringLiteral(", ")), WebSums::columns(), adds.join(QStringLiteral(", "))));
    add.bind(QStringLiteral(":report"), span.report)
        .bind(QStringLiteral(":from"), span.from)
        .bind(QStringLiteral(":to"), span.to)
        .bind(QStringLiteral(":batch"), batchId)
        .exec();
}

void WebChannelDays::refreshAfterUndo(bool wasCurrent, const QVector<Span> &spans)
{
    if (!wasCurrent) {
        rebuild();
        return;
    }
    ScopedTransaction transaction(m_db);
    const QVector<AttributionRule> rules = AttributionRuleRepository(m_db).all();
    const Attribution attribution(rules);
    for (const Span &span : spans) {
        if (!summarises(span.report))
            continue;
        mapDimensions(attribution, span, false);
        aggregate(span, false);
    }
    storeState(rules);
    transaction.commit();
}

void WebChannelDays::mapDimensions(const Attribution &attribution, const Span &span, bool all)
{
    // Dimensions of the span that have no channel yet (all of them after the table was emptied).
    SqlQuery find(m_db,
                  QStringLiteral("SELECT DISTINCT t.dimension FROM web_traffic t %1 "
                                 "WHERE t.report = :report AND t.period_start >= :from AND t.period_start <= :to%2")
                      .arg(all ? QString() : QStringLiteral("LEFT JOIN web_dimension_channels m ON m.dimension = t.dimension"),
                           all ? QString() : QStringLiteral(" AND m.dimension IS NULL")));
    find.bind(QStringLiteral(":report"), span.report)
        .bind(QStringLiteral(":from"), span.from)
        .bind(QStringLiteral(":to"), span.to)
        .exec();
    SqlQuery insert(m_db,
                    QStringLiteral("INSERT INTO web_dimension_channels (dimension, platform) VALUES (:dimension, :platform) "
                                   "ON CONFLICT (dimension) DO NOTHING"));
    while (find.next()) {
        const QString dimension = find.text(0);
        insert.bind(QStringLiteral(":dimension"), dimension).bind(QStringLiteral(":platform"), channelKey(attribution, dimension)).exec();
    }
}

void WebChannelDays::aggregate(const Span &span, bool all)
{
    SqlQuery clear(m_db,
                   all ? QStringLiteral("DELETE FROM web_channel_days WHERE report = :report")
                       : QStringLiteral("DELETE FROM web_channel_days WHERE report = :report AND day >= :from AND day <= :to"));
    clear.bind(QStringLiteral(":report"), span.report);
    if (!all)
        clear.bind(QStringLiteral(":from"), span.from).bind(QStringLiteral(":to"), span.to);
    clear.exec();
    SqlQuery add(
        m_db,
        QStringLiteral(
            "INSERT INTO web_channel_days (report, day, platform, %2) "
            "SELECT t.report, t.period_start, m.platform, %1 FROM web_traffic t JOIN web_dimension_channels m ON m.dimension = "
            "t.dimension "
            "WHERE t.report = :report AND t.period_start >= :from AND t.period_start <= :to AND t.period_start = t.period_end "
            "AND t.live <> 0 GROUP BY t.report, t.period_start, m.platform")
            .arg(WebSums::columns(), WebSums::summaryColumns().join(QStringLiteral(", "))));
    add.bind(QStringLiteral(":report"), span.report)
        .bind(QStringLiteral(":from"), span.from)
        .bind(QStringLiteral(":to"), span.to)
        .exec();
}

} // namespace Beamline
