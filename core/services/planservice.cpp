// SPDX-License-Identifier: GPL-3.0-or-later
#include "planservice.h"

#include <core/db/personrepository.h>
#include <core/db/platformpostrepository.h>
#include <core/db/postrepository.h>
#include <core/db/seriesrepository.h>
#include <core/db/settingsrepository.h>
#include <core/db/writescope.h>
#include <core/domain/isotime.h>
#include <core/plan/planner.h>
#include <core/workspace/workspace.h>

#include <algorithm>

namespace Beamline {

using Services::attempt;

PlanService::PlanService(QSqlDatabase db, Writer *writer)
    : m_db(std::move(db))
    , m_writer(writer)
{
}

PlanService::PlanService(const Workspace &workspace)
    : PlanService(workspace.connection(), workspace.isReadOnly() ? nullptr : &workspace.writer())
{
}

Result<QString> PlanService::workspaceTimeZoneId() const
{
    return attempt([&] { return SettingsRepository(m_db).value(SettingsRepository::TimeZone, QString()); });
}

Result<QString> PlanService::checkSeriesName(const Series &series) const
{
    return attempt([&] {
        const auto existing = SeriesRepository(m_db).findByName(series.name);
        if (existing && existing->id != series.id)
            return tr("There is already a series named “%1”.").arg(series.name);
        return QString();
    });
}

Result<QVector<Post>> PlanService::postsPlannedAround(const QDateTime &when, int days) const
{
    return attempt([&] {
        QVector<Post> posts = PostRepository(m_db).scheduledBetween(when.addDays(-days), when.addDays(days));
        std::stable_sort(posts.begin(), posts.end(), [&](const Post &a, const Post &b) {
            return qAbs(a.scheduledAt.secsTo(when)) < qAbs(b.scheduledAt.secsTo(when));
        });
        return posts;
    });
}

Result<QVector<PostMetrics>> PlanService::postMetrics(QDate from, QDate to) const
{
    return attempt([&] { return AnalyticsRepository(m_db, QTimeZone::utc()).posts(from, to); });
}

Result<std::optional<Post>> PlanService::post(qint64 postId) const
{
    return attempt([&] { return PostRepository(m_db).find(postId); });
}

Result<std::optional<Series>> PlanService::series(qint64 seriesId) const
{
    return attempt([&] { return SeriesRepository(m_db).find(seriesId); });
}

Result<QVector<Series>> PlanService::allSeries() const
{
    return attempt([&] { return SeriesRepository(m_db).all(); });
}

Result<PlanReview> PlanService::review(const QTimeZone &zone, const QDateTime &nowUtc) const
{
    return attempt([&] { return PlanReview::compute(Planner(m_db, zone), nowUtc); });
}

Result<std::optional<Post>> PlanService::draftForSlot(qint64 seriesId, const QDateTime &occurrence,
                                                      const QDateTime &startUtc) const
{
    return attempt([&]() -> std::optional<Post> {
        const auto series = SeriesRepository(m_db).find(seriesId);
        if (!series)
            return std::nullopt;
        Post post;
        post.title = series->name;
        post.status = PostStatus::Draft;
        post.seriesId = seriesId;
        post.occurrence = occurrence;
        post.scheduledAt = startUtc;
        post.body = series->templateText;
        post.hashtags = series->hashtags;
        post.assigneeId = series->ownerId;
        for (qint64 channel : series->channelIds)
            post.channels.append(PostChannel { channel, QString() });
        return post;
    });
}

Result<std::optional<Post>> PlanService::keptOnDeletion(const Post &stored) const
{
    return attempt([&]() -> std::optional<Post> {
        if (PlatformPostRepository(m_db).linkedTo(stored.id).isEmpty())
            return std::nullopt;
        Post dropped = stored;
        dropped.status = PostStatus::Dropped;
        return dropped;
    });
}

Result<qint64> PlanService::ensurePerson(const QString &name)
{
    const Result<std::optional<Person>> existing = attempt([&] { return PersonRepository(m_db).findByName(name); });
    if (!existing)
        return existing.error();
    if (existing.value())
        return existing.value()->id;
    qint64 id = 0;
    const Result<void> written = Services::write(m_writer, [&](WriteScope &scope) {
        id = PersonRepository(scope.db()).ensure(name);
        scope.changed(ChangeSet::Kind::People, id);
    });
    if (!written)
        return written.error();
    return id;
}

Series PlanService::withSlotMoved(const Series &series, const QDateTime &occurrence, const QDateTime &start)
{
    const QDateTime inSeriesZone = start.toTimeZone(QTimeZone(series.timeZone.toUtf8()));
    const QDateTime wall = IsoTime::makeWallClock(inSeriesZone.date(), inSeriesZone.time());
    Series edited = series;
    edited.exceptions.removeIf([&](const SeriesException &e) { return e.occurrence == occurrence; });
    if (wall != occurrence)
        edited.exceptions.append({ occurrence, SeriesException::Kind::Move, wall, {} });
    return edited;
}

Series PlanService::withSlotSkipped(const Series &series, const QDateTime &occurrence)
{
    Series edited = series;
    edited.exceptions.removeIf([&](const SeriesException &e) { return e.occurrence == occurrence; });
    edited.exceptions.append({ occurrence, SeriesException::Kind::Skip, {}, {} });
    return edited;
}

} // namespace Beamline
