// SPDX-License-Identifier: GPL-3.0-or-later
#include "seriesrepository.h"

#include "scopedtransaction.h"
#include "sqlquery.h"

#include <core/domain/isotime.h>

#include <QUuid>

namespace Beamline {

namespace {
const QString Columns = QStringLiteral("id, uid, name, description, rrule, dtstart, time_zone, duration_minutes, "
                                       "pillar_id, owner_id, template_text, hashtags, active, created_at");

std::optional<qint64> optionalId(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

QVariant idOrNull(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

Series read(const SqlQuery &q)
{
    Series s;
    s.id = q.integer(0);
    s.uid = q.text(1);
    s.name = q.text(2);
    s.description = q.text(3);
    s.rrule = q.text(4);
    s.dtstart = IsoTime::parseWallClock(q.text(5));
    s.timeZone = q.text(6);
    s.durationMinutes = int(q.integer(7));
    s.pillarId = optionalId(q.value(8));
    s.ownerId = optionalId(q.value(9));
    s.templateText = q.text(10);
    s.hashtags = q.text(11).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    s.active = q.integer(12) != 0;
    s.createdAt = IsoTime::parseUtc(q.text(13));
    return s;
}

void bind(SqlQuery &q, const Series &s)
{
    q.bind(QStringLiteral(":name"), s.name)
        .bind(QStringLiteral(":description"), nullableText(s.description))
        .bind(QStringLiteral(":rrule"), s.rrule)
        .bind(QStringLiteral(":dtstart"), IsoTime::wallClock(s.dtstart))
        .bind(QStringLiteral(":tz"), s.timeZone)
        .bind(QStringLiteral(":duration"), s.durationMinutes)
        .bind(QStringLiteral(":pillar"), idOrNull(s.pillarId))
        .bind(QStringLiteral(":owner"), idOrNull(s.ownerId))
        .bind(QStringLiteral(":template"), nullableText(s.templateText))
        .bind(QStringLiteral(":hashtags"), nullableText(s.hashtags.join(QLatin1Char(' '))))
        .bind(QStringLiteral(":active"), s.active ? 1 : 0);
}
} // namespace

void SeriesRepository::load(Series &series) const
{
    SqlQuery channels(m_db, QStringLiteral("SELECT channel_id FROM series_channels WHERE series_id = :id ORDER BY channel_id"));
    channels.bind(QStringLiteral(":id"), series.id).exec();
    while (channels.next())
        series.channelIds.append(channels.integer(0));

    SqlQuery exceptions(m_db, QStringLiteral("SELECT occurrence, kind, moved_to, note FROM series_exceptions "
                                             "WHERE series_id = :id ORDER BY occurrence"));
    exceptions.bind(QStringLiteral(":id"), series.id).exec();
    while (exceptions.next()) {
        SeriesException e;
        e.occurrence = IsoTime::parseWallClock(exceptions.text(0));
        e.kind = exceptions.text(1) == QLatin1String("move") ? SeriesException::Kind::Move : SeriesException::Kind::Skip;
        e.movedTo = IsoTime::parseWallClock(exceptions.text(2));
        e.note = exceptions.text(3);
        series.exceptions.append(e);
    }
}

QVector<Series> SeriesRepository::select(const QString &where, const QString &placeholder, const QVariant &value) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM series %2 ORDER BY name").arg(Columns, where));
    if (!placeholder.isEmpty())
        q.bind(placeholder, value);
    q.exec();
    QVector<Series> result;
    while (q.next())
        result.append(read(q));
    for (Series &s : result)
        load(s);
    return result;
}

QVector<Series> SeriesRepository::all() const
{
    return select({}, {}, {});
}

std::optional<Series> SeriesRepository::find(qint64 id) const
{
    const auto found = select(QStringLiteral("WHERE id = :id"), QStringLiteral(":id"), id);
    return found.isEmpty() ? std::nullopt : std::optional<Series>(found.first());
}

std::optional<Series> SeriesRepository::findByName(const QString &name) const
{
    const auto found = select(QStringLiteral("WHERE LOWER(name) = LOWER(:name)"), QStringLiteral(":name"), name);
    return found.isEmpty() ? std::nullopt : std::optional<Series>(found.first());
}

void SeriesRepository::writeChildren(const Series &series, qint64 id)
{
    SqlQuery delChannels(m_db, QStringLiteral("DELETE FROM series_channels WHERE series_id = :id"));
    delChannels.bind(QStringLiteral(":id"), id).exec();
    SqlQuery insChannel(m_db, QStringLiteral("INSERT INTO series_channels (series_id, channel_id) VALUES (:s, :c)"));
    for (qint64 channelId : series.channelIds)
        insChannel.bind(QStringLiteral(":s"), id).bind(QStringLiteral(":c"), channelId).exec();

    SqlQuery delExceptions(m_db, QStringLiteral("DELETE FROM series_exceptions WHERE series_id = :id"));
    delExceptions.bind(QStringLiteral(":id"), id).exec();
    for (const SeriesException &e : series.exceptions)
        setException(id, e);
}

qint64 SeriesRepository::insert(const Series &series)
{
    ScopedTransaction transaction(m_db);
    const bool keepId = series.id > 0; // put back by undo
    SqlQuery q(m_db, QStringLiteral("INSERT INTO series (%1uid, name, description, rrule, dtstart, time_zone, duration_minutes, "
                                    "pillar_id, owner_id, template_text, hashtags, active, created_at) VALUES (%2:uid, :name, "
                                    ":description, :rrule, :dtstart, :tz, :duration, :pillar, :owner, :template, :hashtags, "
                                    ":active, :created)")
                         .arg(keepId ? QStringLiteral("id, ") : QString(), keepId ? QStringLiteral(":id, ") : QString()));
    bind(q, series);
    if (keepId)
        q.bind(QStringLiteral(":id"), series.id);
    const QString uid = series.uid.isEmpty()
        ? QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral("@beamline")
        : series.uid;
    const QDateTime created = series.createdAt.isValid() ? series.createdAt : QDateTime::currentDateTimeUtc();
    q.bind(QStringLiteral(":uid"), uid).bind(QStringLiteral(":created"), IsoTime::utc(created)).exec();
    const qint64 id = keepId ? series.id : q.lastInsertId();
    writeChildren(series, id);
    transaction.commit();
    return id;
}

void SeriesRepository::update(const Series &series)
{
    ScopedTransaction transaction(m_db);
    SqlQuery q(m_db, QStringLiteral("UPDATE series SET name = :name, description = :description, rrule = :rrule, "
                                    "dtstart = :dtstart, time_zone = :tz, duration_minutes = :duration, pillar_id = :pillar, "
                                    "owner_id = :owner, template_text = :template, hashtags = :hashtags, active = :active "
                                    "WHERE id = :id"));
    bind(q, series);
    q.bind(QStringLiteral(":id"), series.id).exec();
    writeChildren(series, series.id);
    transaction.commit();
}

void SeriesRepository::remove(qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM series WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
}

void SeriesRepository::setException(qint64 seriesId, const SeriesException &exception)
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO series_exceptions (series_id, occurrence, kind, moved_to, note) "
                                    "VALUES (:s, :occurrence, :kind, :moved, :note) "
                                    "ON CONFLICT (series_id, occurrence) DO UPDATE SET kind = excluded.kind, "
                                    "moved_to = excluded.moved_to, note = excluded.note"));
    q.bind(QStringLiteral(":s"), seriesId)
        .bind(QStringLiteral(":occurrence"), IsoTime::wallClock(exception.occurrence))
        .bind(QStringLiteral(":kind"), exception.kind == SeriesException::Kind::Move ? QStringLiteral("move") : QStringLiteral("skip"))
        .bind(QStringLiteral(":moved"), nullableText(IsoTime::wallClock(exception.movedTo)))
        .bind(QStringLiteral(":note"), nullableText(exception.note))
        .exec();
}

void SeriesRepository::removeException(qint64 seriesId, const QDateTime &occurrence)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM series_exceptions WHERE series_id = :s AND occurrence = :occurrence"));
    q.bind(QStringLiteral(":s"), seriesId).bind(QStringLiteral(":occurrence"), IsoTime::wallClock(occurrence)).exec();
}

} // namespace Beamline
