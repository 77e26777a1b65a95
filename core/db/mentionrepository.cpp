// SPDX-License-Identifier: GPL-3.0-or-later
#include "mentionrepository.h"

#include "sqlquery.h"
#include "versionedrows.h"

#include <core/domain/isotime.h>

namespace Beamline {

namespace {
const QStringList KeyColumns = {QStringLiteral("tool"), QStringLiteral("external_id")};
const QStringList ValueColumns = {
    QStringLiteral("occurred_at"), QStringLiteral("network"), QStringLiteral("source_name"), QStringLiteral("domain"),
    QStringLiteral("author"), QStringLiteral("author_handle"), QStringLiteral("reach"), QStringLiteral("engagement"),
    QStringLiteral("sentiment"), QStringLiteral("url"), QStringLiteral("title"), QStringLiteral("text"),
    QStringLiteral("country"), QStringLiteral("language"),
};
} // namespace

const VersionedRows::Table &MentionRepository::table()
{
    static const VersionedRows::Table t{QStringLiteral("mentions"), KeyColumns, 1, {0}, ValueColumns, {}, false};
    return t;
}

MentionRepository::MentionRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

MentionRepository::~MentionRepository() = default;

VersionedRows::Result MentionRepository::write(qint64 batchId, const VersionedRows::Precedence &precedence, const Mention &m)
{
    if (!m_writer)
        m_writer = std::make_unique<VersionedRows>(m_db, table());
    const QVariantList values = {
        IsoTime::utc(m.occurredAt), m.network, nullableText(m.sourceName), nullableText(m.domain), nullableText(m.author),
        nullableText(m.authorHandle), nullable(m.reach), nullable(m.engagement),
        m.sentiment ? QVariant(MetricKeys::key(*m.sentiment)) : QVariant(QMetaType::fromType<QString>()),
        nullableText(m.url), nullableText(m.title), nullableText(m.text), nullableText(m.country), nullableText(m.language),
    };
    return m_writer->write(batchId, precedence, {m.tool, m.externalId}, values, {}, m.sourceLine);
}

void MentionRepository::undoBatch(qint64 batchId)
{
    VersionedRows::undoBatch(m_db, table(), batchId);
}

std::optional<std::pair<QString, QString>> MentionRepository::utcDaySpanOfBatch(qint64 batchId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT MIN(SUBSTR(occurred_at, 1, 10)), MAX(SUBSTR(occurred_at, 1, 10)) FROM mentions "
                                    "WHERE batch_id = :batch OR superseded_by = :superseded"));
    q.bind(QStringLiteral(":batch"), batchId).bind(QStringLiteral(":superseded"), batchId).exec();
    if (!q.next() || q.value(0).isNull())
        return std::nullopt;
    return std::pair{q.text(0), q.text(1)};
}

QVector<Mention> MentionRepository::between(const QDateTime &fromUtc, const QDateTime &toUtc) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT tool, external_id, %1, source_line FROM mentions "
                                    "WHERE occurred_at >= :from AND occurred_at < :to AND superseded_by IS NULL "
                                    "ORDER BY occurred_at, id").arg(ValueColumns.join(QLatin1String(", "))));
    q.bind(QStringLiteral(":from"), IsoTime::utc(fromUtc)).bind(QStringLiteral(":to"), IsoTime::utc(toUtc)).exec();
    QVector<Mention> result;
    while (q.next()) {
        Mention m;
        m.tool = q.text(0);
        m.externalId = q.text(1);
        m.occurredAt = IsoTime::parseUtc(q.text(2));
        m.network = q.text(3);
        m.sourceName = q.text(4);
        m.domain = q.text(5);
        m.author = q.text(6);
        m.authorHandle = q.text(7);
        m.reach = q.number(8);
        m.engagement = q.number(9);
        m.sentiment = MetricKeys::sentimentFromText(q.text(10));
        m.url = q.text(11);
        m.title = q.text(12);
        m.text = q.text(13);
        m.country = q.text(14);
        m.language = q.text(15);
        m.sourceLine = q.integer(16);
        result.append(m);
    }
    return result;
}

} // namespace Beamline
