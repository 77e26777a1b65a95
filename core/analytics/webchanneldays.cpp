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

WebChannelDays::Collector::Collector(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString WebChannelDays::Collector::platformOf(const QString &dimension)
{
    auto it = m_platforms.constFind(dimension);
    if (it == m_platforms.constEnd()) {
        if (!m_attribution) {
            m_rules = AttributionRuleRepository(m_db).all();
            m_attribution.emplace(m_rules);
        }
        it = m_platforms.insert(dimension, channelKey(*m_attribution, dimension));
    }
    return *it;
}

void WebChannelDays::Collector::web(qint64, const WebTrafficRow &row, bool alone)
{
    if (!summarises(row.report) || row.periodStart != row.periodEnd)
        return;
    if (alone) {
        // Rows come in runs of one report and day: find that day's sums once per run. (The
        // QMap's nodes stay where they are while the outer hash grows.)
        if (!m_day || row.periodStart != m_dayDate || row.report != m_dayReport) {
            m_day = &m_added[row.report][row.periodStart];
            m_dayReport = row.report;
            m_dayDate = row.periodStart;
        }
        (*m_day)[platformOf(row.dimension)].add(WebSums::ofRow(row));
        return;
    }
    const QString day = IsoTime::day(row.periodStart);
    auto it = m_recompute.find(row.report);
    if (it == m_recompute.end())
        m_recompute.insert(row.report, {row.report, day, day});
    else {
        it->from = qMin(it->from, day);
        it->to = qMax(it->to, day);
    }
}

void WebChannelDays::refreshAfterImport(bool wasCurrent, const Collector &collected)
{
    if (collected.m_added.isEmpty() && collected.m_recompute.isEmpty())
        return;
    const QVector<AttributionRule> rules = AttributionRuleRepository(m_db).all();
    if (!wasCurrent) {
        rebuild();
        return;
    }
    ScopedTransaction transaction(m_db);
    SqlQuery map(m_db,
                 QStringLiteral("INSERT INTO web_dimension_channels (dimension, platform) VALUES (:dimension, :platform) "
                                "ON CONFLICT (dimension) DO NOTHING"));
    for (auto it = collected.m_platforms.cbegin(); it != collected.m_platforms.cend(); ++it)
        map.bind(QStringLiteral(":dimension"), it.key()).bind(QStringLiteral(":platform"), it.value()).exec();
    const Attribution attribution(rules);
    for (const Span &span : collected.m_recompute) {
        mapDimensions(attribution, span, false);
        aggregate(span, false);
    }
    for (auto it = collected.m_added.cbegin(); it != collected.m_added.cend(); ++it) {
        const auto recomputed = collected.m_recompute.constFind(it.key());
        add(it.key(), it.value(), recomputed == collected.m_recompute.constEnd() ? nullptr : &*recomputed);
    }
    storeState(rules);
    transaction.commit();
}

void WebChannelDays::add(const QString &report, const QMap<QDate, QHash<QString, WebSums>> &days, const Span *skip)
{
    if (days.isEmpty())
        return;
    // What the summary holds for those days, plus the new rows.
    QHash<QDate, QHash<QString, WebSums>> sums;
    const QString columns = WebSums::summaryColumns().join(QStringLiteral(", "));
    QStringList updates;
    for (const QString &c : WebSums::summaryColumns())
        updates.append(QStringLiteral("%1 = excluded.%1").arg(c));
    SqlQuery read(m_db, QStringLiteral("SELECT day, platform, %1 FROM web_channel_days WHERE report = :report AND day >= :from AND day <= :to")
                            .arg(columns));
    SqlQuery write(m_db, QStringLiteral("INSERT INTO web_channel_days (report, day, platform, %1) VALUES (%2) "
                                        "ON CONFLICT (report, day, platform) DO UPDATE SET %3")
                             .arg(columns, SqlQuery::placeholders(0, 3 + WebSums::Count), updates.join(QStringLiteral(", "))));
    read.bind(QStringLiteral(":report"), report)
        .bind(QStringLiteral(":from"), IsoTime::day(days.firstKey()))
        .bind(QStringLiteral(":to"), IsoTime::day(days.lastKey()))
        .exec();
    while (read.next()) {
        const QDate day = IsoTime::parseDay(read.text(0));
        if (days.contains(day))
            sums[day][read.text(1)] = WebSums::read(read, 2);
    }
    for (auto day = days.cbegin(); day != days.cend(); ++day) {
        const QString text = IsoTime::day(day.key());
        if (skip && text >= skip->from && text <= skip->to)
            continue; // recomputed from the rows, new ones included
        for (auto platform = day->cbegin(); platform != day->cend(); ++platform) {
            WebSums total = sums.value(day.key()).value(platform.key());
            total.add(platform.value());
            write.bind(0, report).bind(1, text).bind(2, platform.key());
            for (int i = 0; i < WebSums::Count; ++i)
                write.bind(3 + i, nullable(total[i]));
            write.exec();
        }
    }
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
