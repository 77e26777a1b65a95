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

#include <functional>
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

// The events of the calendar being written, and the zones they use (written before them).
struct CalendarEvents {
    QDateTime stamp;
    QSet<QString> zonesUsed;
    std::vector<Component> events;

    icalcomponent *newEvent(const QString &uid, const QString &summary)
    {
        icalcomponent *event = icalcomponent_new_vevent();
        icalcomponent_add_property(event, icalproperty_new_uid(utf8(uid).constData()));
        icalcomponent_add_property(event, icalproperty_new_dtstamp(utcTime(stamp)));
        icalcomponent_add_property(event, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
        addText(event, icalproperty_new_summary, summary);
        events.emplace_back(event);
        return event;
    }
};

// A post's event is tentative until the post is approved; its text says its status.
void addPostStatus(icalcomponent *event, const Post &post)
{
    const bool confirmed = post.status == PostStatus::Approved || post.status == PostStatus::Scheduled || post.status == PostStatus::Published;
    icalcomponent_add_property(event, icalproperty_new_status(confirmed ? ICAL_STATUS_CONFIRMED : ICAL_STATUS_TENTATIVE));
    addText(event, icalproperty_new_description,
            IcsExporter::tr("Status: %1").arg(statusText(post.status)) + (post.body.isEmpty() ? QString() : QStringLiteral("\n\n") + post.body));
}

// The local days the export is clipped to, as instants; everything when not clipped.
struct ExportRange {
    bool clip = false;
    QDateTime start;
    QDateTime end;
};

// One series in the calendar: its rule as one event (clipped to the range), and an event of
// its own for each occurrence a post fills or that was moved.
class SeriesEvents
{
public:
    SeriesEvents(CalendarEvents &calendar, const ExportRange &range, const Series &series)
        : m_calendar(calendar)
        , m_range(range)
        , m_series(series)
        , m_zoneId(series.timeZone)
        , m_zone(utf8(series.timeZone))
        , m_plain(series)
        , m_firstStart(series.dtstart)
    {
        m_plain.exceptions.clear();
    }

    // Writes the series' events; the error, empty when they were written.
    QString add(PostRepository &posts, QSet<qint64> &postsInSeriesEvents)
    {
        if (!icaltimezone_get_builtin_timezone(utf8(m_zoneId).constData()))
            return IcsExporter::tr("The time zone “%1” of the series “%2” is unknown to libical.").arg(m_zoneId, m_series.name);
        icalrecurrencetype rule = icalrecurrencetype_from_string(utf8(m_series.rrule.trimmed().toUpper()).constData());
        if (rule.freq == ICAL_NO_RECURRENCE)
            return IcsExporter::tr("The rule of the series “%1” is not valid: %2").arg(m_series.name, Recurrence::validate(m_series.rrule));
        QVector<Occurrence> originals;
        if (m_range.clip) {
            originals = Recurrence::between(m_plain, m_range.start, m_range.end);
            if (!originals.isEmpty()) {
                m_firstStart = originals.first().original;
                rule.count = 0;
                rule.until = utcTime(originals.last().startUtc);
            }
        }
        for (const Occurrence &o : std::as_const(originals))
            m_inRange.insert(o.original);
        if (!m_range.clip || !originals.isEmpty())
            addRule(rule);
        addOccurrences(posts, postsInSeriesEvents);
        return {};
    }

private:
    bool wanted(const QDateTime &original) const { return !m_range.clip || m_inRange.contains(original); }
    bool inside(const QDateTime &startUtc) const { return !m_range.clip || (startUtc >= m_range.start && startUtc < m_range.end); }
    // In the range by its slot (an override of the clipped rule), or moved into it.
    bool counts(const QDateTime &original, const QDateTime &start) const
    {
        return wanted(original) ? (!m_range.clip || original >= m_firstStart) : inside(Recurrence::toUtc(start, m_zone));
    }

    void addRule(const icalrecurrencetype &rule)
    {
        icalcomponent *master = m_calendar.newEvent(m_series.uid, m_series.name);
        addZoned(master, icalproperty_new_dtstart(wallTime(m_firstStart)), m_zoneId);
        icalcomponent_add_property(master, icalproperty_new_duration(icaldurationtype_from_int(m_series.durationMinutes * 60)));
        icalcomponent_add_property(master, icalproperty_new_rrule(rule));
        addText(master, icalproperty_new_description, m_series.description.isEmpty() ? m_series.templateText : m_series.description);
        if (!m_series.hashtags.isEmpty())
            addText(master, icalproperty_new_categories, m_series.hashtags.join(QLatin1Char(',')));
        m_calendar.zonesUsed.insert(m_zoneId);
        for (const SeriesException &e : m_series.exceptions) {
            if (e.kind == SeriesException::Kind::Skip && wanted(e.occurrence) && e.occurrence >= m_firstStart)
                addZoned(master, icalproperty_new_exdate(wallTime(e.occurrence)), m_zoneId);
        }
    }

    void addOccurrences(PostRepository &posts, QSet<qint64> &postsInSeriesEvents)
    {
        // Where each occurrence that is not skipped goes: moved, or at its slot.
        QHash<QDateTime, QDateTime> moves;
        for (const SeriesException &e : m_series.exceptions) {
            if (e.kind == SeriesException::Kind::Move && e.occurrence >= m_series.dtstart)
                moves.insert(e.occurrence, e.movedTo);
        }
        // Occurrences a post fills: the post's title and time, tentative until approved.
        QSet<QDateTime> done;
        for (const Post &post : posts.forSeries(m_series.id)) {
            if (!post.occurrence.isValid() || post.status == PostStatus::Dropped || done.contains(post.occurrence)
                || !Recurrence::isSlot(m_plain, post.occurrence))
                continue;
            const QDateTime start = post.scheduledAt.isValid()
                ? IsoTime::makeWallClock(post.scheduledAt.toTimeZone(m_zone).date(), post.scheduledAt.toTimeZone(m_zone).time())
                : moves.value(post.occurrence, post.occurrence);
            if (!counts(post.occurrence, start))
                continue;
            done.insert(post.occurrence);
            postsInSeriesEvents.insert(post.id);
            addOccurrence(post.occurrence, start, &post);
        }
        for (auto m = moves.cbegin(); m != moves.cend(); ++m) {
            if (!done.contains(m.key()) && counts(m.key(), m.value()))
                addOccurrence(m.key(), m.value(), nullptr);
        }
    }

    // One occurrence as its own VEVENT: an override of the rule (with RECURRENCE-ID), or,
    // for one moved into the range from outside it, a standalone event with a UID of its
    // own (the clipped rule does not hold its original, so no override could name it).
    void addOccurrence(const QDateTime &original, const QDateTime &start, const Post *post)
    {
        const bool standalone = !wanted(original);
        QString uid = m_series.uid;
        if (standalone) {
            // The series' UID with the original slot before its domain: "tbt-20170127T1100@beamline".
            const qsizetype at = uid.lastIndexOf(QLatin1Char('@'));
            uid.insert(at < 0 ? uid.size() : at, QLatin1Char('-') + original.toString(QStringLiteral("yyyyMMddTHHmm")));
        }
        icalcomponent *event = m_calendar.newEvent(uid, post ? IcsExporter::tr("%1: %2").arg(m_series.name, post->title) : m_series.name);
        if (!standalone)
            addZoned(event, icalproperty_new_recurrenceid(wallTime(original)), m_zoneId);
        addZoned(event, icalproperty_new_dtstart(wallTime(start)), m_zoneId);
        icalcomponent_add_property(event, icalproperty_new_duration(icaldurationtype_from_int(m_series.durationMinutes * 60)));
        if (post)
            addPostStatus(event, *post);
        m_calendar.zonesUsed.insert(m_zoneId);
    }

    CalendarEvents &m_calendar;
    const ExportRange &m_range;
    const Series &m_series;
    const QString m_zoneId;
    const QTimeZone m_zone;
    Series m_plain; // without its exceptions
    QDateTime m_firstStart;
    QSet<QDateTime> m_inRange;
};

// The posts that fill no series slot of the calendar, each as an event at its time (in the
// workspace's zone when libical knows it, else in UTC).
void addPosts(CalendarEvents &events, const QVector<Post> &posts, const QSet<qint64> &postsInSeriesEvents, bool allSeries,
              const QTimeZone &workspaceZone, const std::function<QString(qint64)> &uidOf)
{
    const QString zoneId = QString::fromUtf8(workspaceZone.id());
    const bool zoneKnown = icaltimezone_get_builtin_timezone(workspaceZone.id().constData()) != nullptr;
    for (const Post &post : posts) {
        if (!post.scheduledAt.isValid() || post.status == PostStatus::Dropped || postsInSeriesEvents.contains(post.id))
            continue;
        if (post.seriesId && post.occurrence.isValid() && allSeries)
            continue; // a slot outside the exported rules (e.g. of an inactive series)
        icalcomponent *event = events.newEvent(uidOf(post.id), post.title);
        if (zoneKnown) {
            const QDateTime local = post.scheduledAt.toTimeZone(workspaceZone);
            addZoned(event, icalproperty_new_dtstart(wallTime(IsoTime::makeWallClock(local.date(), local.time()))), zoneId);
            events.zonesUsed.insert(zoneId);
        } else {
            icalcomponent_add_property(event, icalproperty_new_dtstart(utcTime(post.scheduledAt)));
        }
        icalcomponent_add_property(event, icalproperty_new_duration(icaldurationtype_from_int(30 * 60)));
        addPostStatus(event, post);
        if (!post.links.isEmpty())
            icalcomponent_add_property(event, icalproperty_new_url(utf8(post.links.first()).constData()));
    }
}

// The calendar's text: its properties, the zones its events use, then the events.
QByteArray calendarText(CalendarEvents &events, const QString &calendarName)
{
    Component calendar(icalcomponent_new_vcalendar());
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//Beamline//Beamline plan//EN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
    if (!calendarName.isEmpty()) {
        icalproperty *name = icalproperty_new_x(utf8(calendarName).constData());
        icalproperty_set_x_name(name, "X-WR-CALNAME");
        icalcomponent_add_property(calendar.get(), name);
    }
    // Zones first, as calendar applications expect, with plain IANA names as TZIDs.
    QStringList zones(events.zonesUsed.cbegin(), events.zonesUsed.cend());
    zones.sort();
    for (const QString &zoneId : std::as_const(zones)) {
        icaltimezone *builtin = icaltimezone_get_builtin_timezone(utf8(zoneId).constData());
        icalcomponent *vtimezone = icalcomponent_new_clone(icaltimezone_get_component(builtin));
        if (icalproperty *tzid = icalcomponent_get_first_property(vtimezone, ICAL_TZID_PROPERTY))
            icalproperty_set_tzid(tzid, utf8(zoneId).constData());
        icalcomponent_add_component(calendar.get(), vtimezone);
    }
    for (Component &event : events.events)
        icalcomponent_add_component(calendar.get(), event.release());

    char *text = icalcomponent_as_ical_string_r(calendar.get());
    const QByteArray result(text);
    free(text);
    return result;
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
    ExportRange range;
    range.clip = options.from.isValid() && options.to.isValid();
    if (range.clip && options.to < options.from) {
        m_error = tr("The range ends (%1) before it starts (%2).").arg(IsoTime::day(options.to), IsoTime::day(options.from));
        return {};
    }
    range.start = range.clip ? IsoTime::startOfDay(options.from, m_zone) : QDateTime();
    range.end = range.clip ? IsoTime::startOfDay(options.to.addDays(1), m_zone) : QDateTime();
    CalendarEvents events;
    events.stamp = options.stampUtc.isValid() ? options.stampUtc : QDateTime::currentDateTimeUtc();

    PostRepository postRepository(m_db);
    QSet<qint64> postsInSeriesEvents;
    const QVector<Series> allSeries = SeriesRepository(m_db).all();
    for (const Series &series : allSeries) {
        if (options.seriesIds.isEmpty() ? !series.active : !options.seriesIds.contains(series.id))
            continue;
        m_error = SeriesEvents(events, range, series).add(postRepository, postsInSeriesEvents);
        if (!m_error.isEmpty())
            return {};
    }
    if (options.includePosts) {
        const QVector<Post> posts = range.clip ? postRepository.scheduledBetween(range.start, range.end) : postRepository.all();
        addPosts(events, posts, postsInSeriesEvents, options.seriesIds.isEmpty(), m_zone, [this](qint64 id) { return postUid(id); });
    }
    return calendarText(events, options.calendarName);
}

} // namespace Beamline
