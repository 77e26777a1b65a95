// SPDX-License-Identifier: GPL-3.0-or-later
#include "icsexporter.h"

#include "recurrence.h"

#include <core/db/postrepository.h>
#include <core/db/seriesrepository.h>
#include <core/db/settingsrepository.h>
#include <core/domain/isotime.h>

#include <QCryptographicHash>
#include <QHash>
#include <QSet>

#include "icaltime.h"

#include <memory>
#include <vector>

namespace Beamline {

namespace {

struct ComponentDeleter {
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentDeleter>;

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

icaltimetype wallTime(const QDateTime &wallClock)
{
    return IcalTime::fromWallClock(wallClock);
}

icaltimetype utcTime(const QDateTime &instant)
{
    return icaltime_from_timet_with_zone(instant.toSecsSinceEpoch(), 0, icaltimezone_get_utc_timezone());
}

// A date-time property in a zone: "DTSTART;TZID=Europe/Zurich:20170105T100000".
void addZoned(icalcomponent *event, icalproperty *property, const QString &zone)
{
    icalproperty_add_parameter(property, icalparameter_new_tzid(utf8(zone).constData()));
    icalcomponent_add_property(event, property);
}

void addText(icalcomponent *event, icalproperty *(*make)(const char *), const QString &text)
{
    if (!text.isEmpty())
        icalcomponent_add_property(event, make(utf8(text).constData()));
}

QString statusText(PostStatus status)
{
    return PostStatuses::displayName(status);
}

} // namespace

QString IcsExporter::postUid(qint64 postId) const
{
    // The workspace's creation time identifies it well enough to keep UIDs of two
    // workspaces apart, and never changes.
    const QString created = SettingsRepository(m_db).value(SettingsRepository::CreatedAt, QStringLiteral("beamline"));
    const QByteArray digest = QCryptographicHash::hash(created.toUtf8(), QCryptographicHash::Sha1).toHex().left(8);
    return QStringLiteral("post-%1-%2@beamline").arg(postId).arg(QString::fromLatin1(digest));
}

QByteArray IcsExporter::exportCalendar(const Options &options)
{
    m_error.clear();
    const bool clip = options.from.isValid() && options.to.isValid();
    if (clip && options.to < options.from) {
        m_error = tr("The range ends (%1) before it starts (%2).").arg(IsoTime::day(options.to), IsoTime::day(options.from));
        return {};
    }
    const QDateTime rangeStart = clip ? IsoTime::startOfDay(options.from, m_zone) : QDateTime();
    const QDateTime rangeEnd = clip ? IsoTime::startOfDay(options.to.addDays(1), m_zone) : QDateTime();
    const QDateTime stamp = options.stampUtc.isValid() ? options.stampUtc : QDateTime::currentDateTimeUtc();

    Component calendar(icalcomponent_new_vcalendar());
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//Beamline//Beamline plan//EN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
    if (!options.calendarName.isEmpty()) {
        icalproperty *name = icalproperty_new_x(utf8(options.calendarName).constData());
        icalproperty_set_x_name(name, "X-WR-CALNAME");
        icalcomponent_add_property(calendar.get(), name);
    }

    QSet<QString> zonesUsed;
    std::vector<Component> events; // added to the calendar after the zones

    auto newEvent = [&](const QString &uid, const QString &summary) {
        icalcomponent *event = icalcomponent_new_vevent();
        icalcomponent_add_property(event, icalproperty_new_uid(utf8(uid).constData()));
        icalcomponent_add_property(event, icalproperty_new_dtstamp(utcTime(stamp)));
        icalcomponent_add_property(event, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
        addText(event, icalproperty_new_summary, summary);
        events.emplace_back(event);
        return event;
    };

    // A post's event is tentative until the post is approved; its text says its status.
    auto addPostStatus = [](icalcomponent *event, const Post &post) {
        const bool confirmed
            = post.status == PostStatus::Approved || post.status == PostStatus::Scheduled || post.status == PostStatus::Published;
        icalcomponent_add_property(event, icalproperty_new_status(confirmed ? ICAL_STATUS_CONFIRMED : ICAL_STATUS_TENTATIVE));
        addText(event, icalproperty_new_description,
                tr("Status: %1").arg(statusText(post.status))
                    + (post.body.isEmpty() ? QString() : QStringLiteral("\n\n") + post.body));
    };

    PostRepository postRepository(m_db);
    QSet<qint64> postsInSeriesEvents;
    const QVector<Series> allSeries = SeriesRepository(m_db).all();
    for (const Series &series : allSeries) {
        if (options.seriesIds.isEmpty() ? !series.active : !options.seriesIds.contains(series.id))
            continue;
        const QString zoneId = series.timeZone;
        if (!icaltimezone_get_builtin_timezone(utf8(zoneId).constData())) {
            m_error = tr("The time zone “%1” of the series “%2” is unknown to libical.").arg(zoneId, series.name);
            return {};
        }
        icalrecurrencetype rule = icalrecurrencetype_from_string(utf8(series.rrule.trimmed().toUpper()).constData());
        if (rule.freq == ICAL_NO_RECURRENCE) {
            m_error = tr("The rule of the series “%1” is not valid: %2").arg(series.name, Recurrence::validate(series.rrule));
            return {};
        }
        Series plain = series;
        plain.exceptions.clear();
        const QTimeZone zone(utf8(zoneId));
        QDateTime firstStart = series.dtstart;
        QVector<Occurrence> originals;
        if (clip) {
            originals = Recurrence::between(plain, rangeStart, rangeEnd);
            if (!originals.isEmpty()) {
                firstStart = originals.first().original;
                rule.count = 0;
                rule.until = utcTime(originals.last().startUtc);
            }
        }
        QSet<QDateTime> inRange;
        for (const Occurrence &o : std::as_const(originals))
            inRange.insert(o.original);
        auto wanted = [&](const QDateTime &original) { return !clip || inRange.contains(original); };
        auto inside = [&](const QDateTime &startUtc) { return !clip || (startUtc >= rangeStart && startUtc < rangeEnd); };

        // One occurrence as its own VEVENT: an override of the rule (with RECURRENCE-ID), or,
        // for one moved into the range from outside it, a standalone event with a UID of its
        // own (the clipped rule does not hold its original, so no override could name it).
        auto occurrenceEvent = [&](const QDateTime &original, const QDateTime &start, const Post *post) {
            const bool standalone = !wanted(original);
            QString uid = series.uid;
            if (standalone) {
                // The series' UID with the original slot before its domain: "tbt-20170127T1100@beamline".
                const qsizetype at = uid.lastIndexOf(QLatin1Char('@'));
                uid.insert(at < 0 ? uid.size() : at, QLatin1Char('-') + original.toString(QStringLiteral("yyyyMMddTHHmm")));
            }
            icalcomponent *event = newEvent(uid, post ? tr("%1: %2").arg(series.name, post->title) : series.name);
            if (!standalone)
                addZoned(event, icalproperty_new_recurrenceid(wallTime(original)), zoneId);
            addZoned(event, icalproperty_new_dtstart(wallTime(start)), zoneId);
            icalcomponent_add_property(event, icalproperty_new_duration(icaldurationtype_from_int(series.durationMinutes * 60)));
            if (post)
                addPostStatus(event, *post);
            zonesUsed.insert(zoneId);
        };

        if (!clip || !originals.isEmpty()) {
            icalcomponent *master = newEvent(series.uid, series.name);
            addZoned(master, icalproperty_new_dtstart(wallTime(firstStart)), zoneId);
            icalcomponent_add_property(master, icalproperty_new_duration(icaldurationtype_from_int(series.durationMinutes * 60)));
            icalcomponent_add_property(master, icalproperty_new_rrule(rule));
            addText(master, icalproperty_new_description,
                    series.description.isEmpty() ? series.templateText : series.description);
            if (!series.hashtags.isEmpty())
                addText(master, icalproperty_new_categories, series.hashtags.join(QLatin1Char(',')));
            zonesUsed.insert(zoneId);
            for (const SeriesException &e : series.exceptions) {
                if (e.kind == SeriesException::Kind::Skip && wanted(e.occurrence) && e.occurrence >= firstStart)
                    addZoned(master, icalproperty_new_exdate(wallTime(e.occurrence)), zoneId);
            }
        }

        // Where each occurrence that is not skipped goes: moved, or at its slot.
        QHash<QDateTime, QDateTime> moves;
        for (const SeriesException &e : series.exceptions) {
            if (e.kind == SeriesException::Kind::Move && e.occurrence >= series.dtstart)
                moves.insert(e.occurrence, e.movedTo);
        }
        auto counts = [&](const QDateTime &original, const QDateTime &start) {
            // In the range by its slot (an override of the clipped rule), or moved into it.
            return wanted(original) ? (!clip || original >= firstStart) : inside(Recurrence::toUtc(start, zone));
        };

        // Occurrences a post fills: the post's title and time, tentative until approved.
        QSet<QDateTime> done;
        for (const Post &post : postRepository.forSeries(series.id)) {
            if (!post.occurrence.isValid() || post.status == PostStatus::Dropped || done.contains(post.occurrence)
                || !Recurrence::isSlot(plain, post.occurrence))
                continue;
            const QDateTime start = post.scheduledAt.isValid()
                ? IsoTime::makeWallClock(post.scheduledAt.toTimeZone(zone).date(), post.scheduledAt.toTimeZone(zone).time())
                : moves.value(post.occurrence, post.occurrence);
            if (!counts(post.occurrence, start))
                continue;
            done.insert(post.occurrence);
            postsInSeriesEvents.insert(post.id);
            occurrenceEvent(post.occurrence, start, &post);
        }
        for (auto m = moves.cbegin(); m != moves.cend(); ++m) {
            if (!done.contains(m.key()) && counts(m.key(), m.value()))
                occurrenceEvent(m.key(), m.value(), nullptr);
        }
    }

    if (options.includePosts) {
        const QVector<Post> posts = clip ? postRepository.scheduledBetween(rangeStart, rangeEnd) : postRepository.all();
        const QString zoneId = QString::fromUtf8(m_zone.id());
        const bool zoneKnown = icaltimezone_get_builtin_timezone(m_zone.id().constData()) != nullptr;
        for (const Post &post : posts) {
            if (!post.scheduledAt.isValid() || post.status == PostStatus::Dropped || postsInSeriesEvents.contains(post.id))
                continue;
            if (post.seriesId && post.occurrence.isValid() && options.seriesIds.isEmpty())
                continue; // a slot outside the exported rules (e.g. of an inactive series)
            icalcomponent *event = newEvent(postUid(post.id), post.title);
            if (zoneKnown) {
                const QDateTime local = post.scheduledAt.toTimeZone(m_zone);
                addZoned(event, icalproperty_new_dtstart(wallTime(IsoTime::makeWallClock(local.date(), local.time()))), zoneId);
                zonesUsed.insert(zoneId);
            } else {
                icalcomponent_add_property(event, icalproperty_new_dtstart(utcTime(post.scheduledAt)));
            }
            icalcomponent_add_property(event, icalproperty_new_duration(icaldurationtype_from_int(30 * 60)));
            addPostStatus(event, post);
            if (!post.links.isEmpty())
                icalcomponent_add_property(event, icalproperty_new_url(utf8(post.links.first()).constData()));
        }
    }

    // Zones first, as calendar applications expect, with plain IANA names as TZIDs.
    QStringList zones(zonesUsed.cbegin(), zonesUsed.cend());
    zones.sort();
    for (const QString &zoneId : std::as_const(zones)) {
        icaltimezone *builtin = icaltimezone_get_builtin_timezone(utf8(zoneId).constData());
        icalcomponent *vtimezone = icalcomponent_new_clone(icaltimezone_get_component(builtin));
        if (icalproperty *tzid = icalcomponent_get_first_property(vtimezone, ICAL_TZID_PROPERTY))
            icalproperty_set_tzid(tzid, utf8(zoneId).constData());
        icalcomponent_add_component(calendar.get(), vtimezone);
    }
    for (Component &event : events)
        icalcomponent_add_component(calendar.get(), event.release());

    char *text = icalcomponent_as_ical_string_r(calendar.get());
    const QByteArray result(text);
    free(text);
    return result;
}

} // namespace Beamline
