// SPDX-License-Identifier: GPL-3.0-or-later
#include "plancsv.h"

#include "planner.h"
#include "recurrence.h"

#include <core/db/campaignrepository.h>
#include <core/db/channelrepository.h>
#include <core/db/databaseerror.h>
#include <core/db/personrepository.h>
#include <core/db/pillarrepository.h>
#include <core/db/postrepository.h>
#include <core/db/scopedtransaction.h>
#include <core/db/seriesrepository.h>
#include <core/domain/isotime.h>
#include <core/import/csvreader.h>

#include <QHash>
#include <QIODevice>
#include <QRegularExpression>

#include <algorithm>

namespace Beamline {

namespace {

enum Column { Id, Date, Time, TimeZone, Status, SeriesName, OccurrenceTime, Title, Channels, PillarName, CampaignName,
              Assignee, Language, Hashtags, Links, Text, Notes, ColumnCount };

QString quoted(const QString &field)
{
    static const QRegularExpression special(QStringLiteral("[\",\r\n]"));
    QString text = field;
    // A leading = + - @ would be run as a formula by spreadsheets: keep it text.
    if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.front()) && !text.front().isDigit()
        && !(text.front() == QLatin1Char('-') && text.size() > 1 && text.at(1).isDigit()))
        text.prepend(QLatin1Char('\''));
    if (!text.contains(special))
        return text;
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QStringList words(const QString &cell)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    return cell.split(separators, Qt::SkipEmptyParts);
}

// Names of things the plan refers to, both ways.
struct Vocabulary {
    QVector<Channel> channels;
    QHash<qint64, QString> channelKey;
    QHash<qint64, QString> pillarName, seriesName, campaignName, personName;
    QVector<Series> series;

    explicit Vocabulary(QSqlDatabase db)
    {
        channels = ChannelRepository(db).all();
        QHash<Platform, int> perPlatform;
        for (const Channel &c : std::as_const(channels))
            ++perPlatform[c.platform];
        QSet<Platform> named;
        for (const Channel &c : std::as_const(channels)) {
            const QString key = Platforms::key(c.platform);
            channelKey.insert(c.id, named.contains(c.platform) ? key + QLatin1Char(':') + c.handle : key);
            named.insert(c.platform);
        }
        for (const Pillar &p : PillarRepository(db).all())
            pillarName.insert(p.id, p.name);
        series = SeriesRepository(db).all();
        for (const Series &s : std::as_const(series))
            seriesName.insert(s.id, s.name);
        for (const Campaign &c : CampaignRepository(db).all())
            campaignName.insert(c.id, c.name);
        for (const Person &p : PersonRepository(db).all())
            personName.insert(p.id, p.name);
    }

    std::optional<qint64> channel(const QString &word) const
    {
        const qsizetype colon = word.indexOf(QLatin1Char(':'));
        const auto platform = Platforms::fromKey(colon < 0 ? QStringView(word) : QStringView(word).left(colon));
        if (!platform)
            return std::nullopt;
        const QString handle = colon < 0 ? QString() : word.mid(colon + 1);
        for (const Channel &c : channels) {
            if (c.platform == *platform && (handle.isEmpty() || c.handle.compare(handle, Qt::CaseInsensitive) == 0))
                return c.id;
        }
        return std::nullopt;
    }

    static std::optional<qint64> byName(const QHash<qint64, QString> &names, const QString &name)
    {
        for (auto it = names.cbegin(); it != names.cend(); ++it) {
            if (it.value().compare(name, Qt::CaseInsensitive) == 0)
                return it.key();
        }
        return std::nullopt;
    }

    static QString known(const QHash<qint64, QString> &names)
    {
        QStringList list = names.values();
        list.sort(Qt::CaseInsensitive);
        return list.isEmpty() ? PlanCsv::tr("none yet") : list.join(QStringLiteral(", "));
    }

    const Series *seriesById(qint64 id) const
    {
        for (const Series &s : series) {
            if (s.id == id)
                return &s;
        }
        return nullptr;
    }
};

} // namespace

const QString PlanCsv::VariantPrefix = QStringLiteral("text:");

QStringList PlanCsv::columns()
{
    return {QStringLiteral("id"), QStringLiteral("date"), QStringLiteral("time"), QStringLiteral("time_zone"),
            QStringLiteral("status"), QStringLiteral("series"), QStringLiteral("occurrence"), QStringLiteral("title"),
            QStringLiteral("channels"), QStringLiteral("pillar"), QStringLiteral("campaign"), QStringLiteral("assignee"),
            QStringLiteral("language"), QStringLiteral("hashtags"), QStringLiteral("links"), QStringLiteral("text"),
            QStringLiteral("notes")};
}

void PlanCsv::write(QIODevice *device, QDate from, QDate to, const QDateTime &nowUtc) const
{
    const Vocabulary names(m_db);
    const QVector<PlanItem> items = Planner(m_db, m_zone).items(from, to, nowUtc);
    // One column per channel for its own wording of the post ("text:x", "text:instagram").
    QStringList header = columns();
    QVector<qint64> variantChannels;
    for (const Channel &c : names.channels) {
        variantChannels.append(c.id);
        header.append(VariantPrefix + names.channelKey.value(c.id));
    }
    QByteArray out = header.join(QLatin1Char(',')).toUtf8() + "\r\n";
    for (const PlanItem &item : items) {
        QStringList row(ColumnCount + variantChannels.size());
        const QDateTime local = item.startUtc.toTimeZone(item.zone.isValid() ? item.zone : m_zone);
        row[Date] = IsoTime::day(local.date());
        row[Time] = local.time().toString(QStringLiteral("HH:mm"));
        row[TimeZone] = QString::fromUtf8((item.zone.isValid() ? item.zone : m_zone).id());
        row[SeriesName] = item.seriesName;
        if (item.slot)
            row[OccurrenceTime] = IsoTime::wallClock(item.slot->original);
        QStringList channelKeys;
        for (qint64 id : item.channelIds)
            channelKeys.append(names.channelKey.value(id));
        row[Channels] = channelKeys.join(QLatin1Char(' '));
        if (item.pillarId)
            row[PillarName] = names.pillarName.value(*item.pillarId);
        if (item.isEmptySlot()) {
            row[Status] = item.missed ? QStringLiteral("missed") : QStringLiteral("empty");
        } else {
            const Post &p = *item.post;
            row[Id] = QString::number(p.id);
            row[Status] = PostStatuses::key(p.status);
            row[Title] = p.title;
            if (p.campaignId)
                row[CampaignName] = names.campaignName.value(*p.campaignId);
            if (p.assigneeId)
                row[Assignee] = names.personName.value(*p.assigneeId);
            row[Language] = p.language;
            row[Hashtags] = p.hashtags.join(QLatin1Char(' '));
            row[Links] = p.links.join(QLatin1Char(' '));
            row[Text] = p.body;
            row[Notes] = p.notes;
            for (const PostChannel &pc : p.channels) {
                const qsizetype index = variantChannels.indexOf(pc.channelId);
                if (index >= 0)
                    row[ColumnCount + index] = pc.textVariant;
            }
        }
        for (QString &field : row)
            field = quoted(field);
        out += row.join(QLatin1Char(',')).toUtf8() + "\r\n";
        if (out.size() > (1 << 16)) {
            device->write(out);
            out.clear();
        }
    }
    device->write(out);
}

PlanCsv::Result PlanCsv::read(QIODevice *device, const QString &fileName)
{
    Result result;
    auto error = [&](qint64 line, qint64 column, const QString &message) {
        if (result.errors.size() < 20)
            result.errors.append(QStringLiteral("%1:%2:%3: %4").arg(fileName).arg(line).arg(column).arg(message));
    };

    CsvReader reader(device);
    if (!reader.open()) {
        error(reader.error().line, reader.error().column, reader.error().message);
        return result;
    }
    Record header;
    if (!reader.next(header)) {
        error(1, 1, tr("the file is empty; the first line must name the columns (%1)").arg(columns().join(QStringLiteral(", "))));
        return result;
    }
    QVector<int> columnOf(ColumnCount, -1);
    const QStringList known = columns();
    const Vocabulary names(m_db);
    QVector<QPair<int, qint64>> variantColumns; // file column, channel
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower().replace(QLatin1Char(' '), QLatin1Char('_'));
        if (name.startsWith(VariantPrefix)) {
            if (const auto channel = names.channel(name.mid(VariantPrefix.size())))
                variantColumns.append({i, *channel});
            else
                error(header.line, i + 1, tr("“%1” names no channel of this workspace").arg(header.fields.at(i)));
            continue;
        }
        const int index = int(known.indexOf(name));
        if (index < 0) {
            error(header.line, i + 1, tr("“%1” is not a plan column (%2)").arg(header.fields.at(i), known.join(QStringLiteral(", "))));
            continue;
        }
        columnOf[index] = i;
    }
    if (columnOf[Title] < 0)
        error(header.line, 1, tr("the “title” column is missing"));
    if (!result.errors.isEmpty())
        return result;

    PostRepository posts(m_db);
    try {
        ScopedTransaction transaction(m_db);
        Record record;
        while (reader.next(record)) {
            if (record.isBlank()) {
                ++result.skipped;
                continue;
            }
            auto cell = [&](Column c) { return columnOf[c] >= 0 ? record.fields.value(columnOf[c]).trimmed() : QString(); };
            auto has = [&](Column c) { return columnOf[c] >= 0 && columnOf[c] < record.fields.size(); };
            auto col = [&](Column c) { return qint64(columnOf[c] + 1); };
            const qsizetype errorsBefore = result.errors.size();

            const QString statusText = cell(Status).toLower();
            if ((statusText == QLatin1String("empty") || statusText == QLatin1String("missed")) && cell(Title).isEmpty()) {
                ++result.skipped; // a slot nobody filled, as exported
                continue;
            }

            Post post;
            Post before;
            bool existing = false;
            if (!cell(Id).isEmpty()) {
                bool ok = false;
                const qint64 id = cell(Id).toLongLong(&ok);
                const auto found = ok ? posts.find(id) : std::nullopt;
                if (!found) {
                    error(record.line, col(Id), tr("there is no post with id “%1”; leave the id empty to add a new post").arg(cell(Id)));
                    continue;
                }
                post = *found;
                before = post;
                existing = true;
            }
            if (has(Title)) {
                post.title = cell(Title);
                if (post.title.isEmpty())
                    error(record.line, col(Title), tr("the title is empty"));
            }
            if (has(Status)) {
                if (statusText.isEmpty() || statusText == QLatin1String("empty") || statusText == QLatin1String("missed")) {
                    if (!existing)
                        post.status = PostStatus::Idea;
                } else if (const auto status = PostStatuses::fromKey(statusText)) {
                    post.status = *status;
                } else {
                    QStringList keys;
                    for (PostStatus s : PostStatuses::all())
                        keys.append(PostStatuses::key(s));
                    error(record.line, col(Status), tr("“%1” is not a status (%2)").arg(cell(Status), keys.join(QStringLiteral(", "))));
                }
            }
            if (has(SeriesName)) {
                if (cell(SeriesName).isEmpty()) {
                    post.seriesId.reset();
                    post.occurrence = {};
                } else if (const auto id = Vocabulary::byName(names.seriesName, cell(SeriesName))) {
                    post.seriesId = *id;
                } else {
                    error(record.line, col(SeriesName),
                          tr("there is no series “%1” (known: %2)").arg(cell(SeriesName), Vocabulary::known(names.seriesName)));
                }
            }
            const Series *series = post.seriesId ? names.seriesById(*post.seriesId) : nullptr;

            // When: the local day and time in the row's zone (else the series', else the workspace's).
            QTimeZone zone = series ? QTimeZone(series->timeZone.toUtf8()) : m_zone;
            if (!cell(TimeZone).isEmpty()) {
                zone = QTimeZone(cell(TimeZone).toUtf8());
                if (!zone.isValid())
                    error(record.line, col(TimeZone), tr("“%1” is not a time zone (use an IANA name such as Europe/Zurich)").arg(cell(TimeZone)));
            }
            if (has(Date)) {
                if (cell(Date).isEmpty()) {
                    post.scheduledAt = {};
                } else {
                    const QDate day = IsoTime::parseDay(cell(Date));
                    QTime time(9, 0);
                    if (!cell(Time).isEmpty()) {
                        time = QTime::fromString(cell(Time), QStringLiteral("H:mm"));
                        if (!time.isValid())
                            time = QTime::fromString(cell(Time), QStringLiteral("H:mm:ss"));
                        if (!time.isValid())
                            error(record.line, col(Time), tr("“%1” is not a time like 10:00").arg(cell(Time)));
                    } else if (post.scheduledAt.isValid()) {
                        time = post.scheduledAt.toTimeZone(zone).time();
                    }
                    if (!day.isValid())
                        error(record.line, col(Date), tr("“%1” is not a date like 2017-01-19").arg(cell(Date)));
                    else if (time.isValid() && zone.isValid())
                        post.scheduledAt = Recurrence::toUtc(IsoTime::makeWallClock(day, time), zone);
                }
            }
            if (has(OccurrenceTime) || (series && !post.occurrence.isValid())) {
                QDateTime occurrence = IsoTime::parseWallClock(cell(OccurrenceTime));
                if (!cell(OccurrenceTime).isEmpty() && !occurrence.isValid()) {
                    error(record.line, col(OccurrenceTime), tr("“%1” is not a local time like 2017-01-19T10:00").arg(cell(OccurrenceTime)));
                } else if (series) {
                    if (!occurrence.isValid() && post.scheduledAt.isValid()) {
                        // No slot named: the post fills the slot it is scheduled at, if there is one.
                        const QDateTime local = post.scheduledAt.toTimeZone(QTimeZone(series->timeZone.toUtf8()));
                        const QDateTime wall = IsoTime::makeWallClock(local.date(), local.time());
                        if (Recurrence::isSlot(*series, wall))
                            occurrence = wall;
                    }
                    if (occurrence.isValid() && !Recurrence::isSlot(*series, occurrence))
                        error(record.line, col(OccurrenceTime),
                              tr("%1 is not an occurrence of “%2” (%3)").arg(cell(OccurrenceTime), series->name, Recurrence::describe(*series)));
                    else
                        post.occurrence = occurrence;
                } else if (occurrence.isValid()) {
                    error(record.line, col(OccurrenceTime), tr("an occurrence needs a series"));
                }
            }
            if (has(Channels)) {
                QList<PostChannel> channels;
                for (const QString &word : words(cell(Channels))) {
                    const auto id = names.channel(word.toLower());
                    if (!id) {
                        error(record.line, col(Channels), tr("“%1” is not a channel of this workspace").arg(word));
                        continue;
                    }
                    PostChannel pc;
                    pc.channelId = *id;
                    for (const PostChannel &old : std::as_const(post.channels)) {
                        if (old.channelId == *id)
                            pc.textVariant = old.textVariant; // keep per-channel text the file does not carry
                    }
                    channels.append(pc);
                }
                post.channels = channels;
            }
            auto lookup = [&](Column c, const QHash<qint64, QString> &table, std::optional<qint64> &target, const QString &what) {
                if (!has(c))
                    return;
                if (cell(c).isEmpty()) {
                    target.reset();
                } else if (const auto id = Vocabulary::byName(table, cell(c))) {
                    target = *id;
                } else {
                    error(record.line, col(c), tr("there is no %1 “%2” (known: %3)").arg(what, cell(c), Vocabulary::known(table)));
                }
            };
            const bool inheritsPillar = series && !post.pillarId;
            lookup(PillarName, names.pillarName, post.pillarId, tr("pillar"));
            if (inheritsPillar && post.pillarId == series->pillarId)
                post.pillarId.reset(); // the series' pillar, as exported: the post keeps following the series

            lookup(CampaignName, names.campaignName, post.campaignId, tr("campaign"));
            lookup(Assignee, names.personName, post.assigneeId, tr("person"));
            if (has(Language) && !cell(Language).isEmpty()) {
                static const QRegularExpression code(QStringLiteral("^[a-z]{2,3}$"));
                if (!code.match(cell(Language).toLower()).hasMatch())
                    error(record.line, col(Language), tr("“%1” is not a language code such as en or fr").arg(cell(Language)));
                else
                    post.language = cell(Language).toLower();
            }
            if (has(Hashtags)) {
                post.hashtags.clear();
                for (QString tag : words(cell(Hashtags))) {
                    if (!tag.startsWith(QLatin1Char('#')))
                        tag.prepend(QLatin1Char('#'));
                    post.hashtags.append(tag);
                }
                post.hashtags.removeDuplicates();
            }
            if (has(Links)) {
                post.links = words(cell(Links));
                post.links.removeDuplicates();
            }
            for (const auto &[column, channelId] : std::as_const(variantColumns)) {
                const QString variant = record.fields.value(column);
                auto pc = std::find_if(post.channels.begin(), post.channels.end(), [id = channelId](const PostChannel &c) { return c.channelId == id; });
                if (pc != post.channels.end())
                    pc->textVariant = variant.trimmed().isEmpty() ? QString() : variant;
                else if (!variant.trimmed().isEmpty())
                    error(record.line, column + 1,
                          tr("the post is not planned on %1; add it to “channels” or leave this cell empty").arg(names.channelKey.value(channelId)));
            }
            if (has(Text))
                post.body = record.fields.value(columnOf[Text]);
            if (has(Notes))
                post.notes = record.fields.value(columnOf[Notes]);

            if (result.errors.size() != errorsBefore)
                continue;
            if (existing && post == before) {
                ++result.unchanged;
            } else if (existing) {
                posts.update(post);
                result.before.append(before);
                result.after.append(*posts.find(post.id));
                ++result.updated;
            } else {
                const qint64 id = posts.insert(post);
                result.after.append(*posts.find(id));
                ++result.inserted;
            }
        }
        if (reader.error().isError())
            error(reader.error().line, reader.error().column, reader.error().message);
        if (result.errors.isEmpty())
            transaction.commit();
    } catch (const DatabaseError &e) {
        result.errors.append(tr("%1: the plan could not be saved: %2").arg(fileName, e.message()));
    }
    if (!result.errors.isEmpty()) {
        result.inserted = 0;
        result.updated = 0;
        result.unchanged = 0;
        result.before.clear();
        result.after.clear();
    }
    return result;
}

} // namespace Beamline
