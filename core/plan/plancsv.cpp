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
#include <core/db/writescope.h>
#include <core/db/seriesrepository.h>
#include <core/domain/isotime.h>
#include <core/import/csvreader.h>
#include <core/workspace/writer.h>

#include <QHash>
#include <QIODevice>
#include <QRegularExpression>

#include <algorithm>
#include <functional>

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

// A row of a plan file being read into a post: its cells by column, and where its errors go.
using ErrorSink = std::function<void(qint64 line, qint64 column, const QString &message)>;
struct PlanRow {
    const Record &record;
    const QVector<int> &columnOf;
    const ErrorSink &error;

    QString cell(Column c) const { return columnOf[c] >= 0 ? record.fields.value(columnOf[c]).trimmed() : QString(); }
    bool has(Column c) const { return columnOf[c] >= 0 && columnOf[c] < record.fields.size(); }
    void fail(Column c, const QString &message) const { error(record.line, qint64(columnOf[c] + 1), message); }
};

// Where each plan column is in the file's header, and which columns hold a channel's own text.
void mapColumns(const Record &header, const Vocabulary &names, const ErrorSink &error, QVector<int> &columnOf,
                QVector<QPair<int, qint64>> &variantColumns)
{
    const QStringList known = PlanCsv::columns();
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower().replace(QLatin1Char(' '), QLatin1Char('_'));
        if (name.startsWith(PlanCsv::VariantPrefix)) {
            if (const auto channel = names.channel(name.mid(PlanCsv::VariantPrefix.size())))
                variantColumns.append({i, *channel});
            else
                error(header.line, i + 1, PlanCsv::tr("“%1” names no channel of this workspace").arg(header.fields.at(i)));
            continue;
        }
        const int index = int(known.indexOf(name));
        if (index < 0) {
            error(header.line, i + 1, PlanCsv::tr("“%1” is not a plan column (%2)").arg(header.fields.at(i), known.join(QStringLiteral(", "))));
            continue;
        }
        columnOf[index] = i;
    }
}

void readStatus(const PlanRow &row, bool existing, Post &post)
{
    if (!row.has(Status))
        return;
    const QString statusText = row.cell(Status).toLower();
    if (statusText.isEmpty() || statusText == QLatin1String("empty") || statusText == QLatin1String("missed")) {
        if (!existing)
            post.status = PostStatus::Idea;
    } else if (const auto status = PostStatuses::fromKey(statusText)) {
        post.status = *status;
    } else {
        QStringList keys;
        for (PostStatus s : PostStatuses::all())
            keys.append(PostStatuses::key(s));
        row.fail(Status, PlanCsv::tr("“%1” is not a status (%2)").arg(row.cell(Status), keys.join(QStringLiteral(", "))));
    }
}

void readSeries(const PlanRow &row, const Vocabulary &names, Post &post)
{
    if (!row.has(SeriesName))
        return;
    if (row.cell(SeriesName).isEmpty()) {
        post.seriesId.reset();
        post.occurrence = {};
    } else if (const auto id = Vocabulary::byName(names.seriesName, row.cell(SeriesName))) {
        post.seriesId = *id;
    } else {
        row.fail(SeriesName,
                 PlanCsv::tr("there is no series “%1” (known: %2)").arg(row.cell(SeriesName), Vocabulary::known(names.seriesName)));
    }
}

// When: the local day and time in the row's zone (else the series', else the workspace's).
void readSchedule(const PlanRow &row, const Series *series, const QTimeZone &workspaceZone, Post &post)
{
    QTimeZone zone = series ? QTimeZone(series->timeZone.toUtf8()) : workspaceZone;
    if (!row.cell(TimeZone).isEmpty()) {
        zone = QTimeZone(row.cell(TimeZone).toUtf8());
        if (!zone.isValid())
            row.fail(TimeZone, PlanCsv::tr("“%1” is not a time zone (use an IANA name such as Europe/Zurich)").arg(row.cell(TimeZone)));
    }
    if (!row.has(Date))
        return;
    if (row.cell(Date).isEmpty()) {
        post.scheduledAt = {};
        return;
    }
    const QDate day = IsoTime::parseDay(row.cell(Date));
    QTime time(9, 0);
    if (!row.cell(Time).isEmpty()) {
        time = QTime::fromString(row.cell(Time), QStringLiteral("H:mm"));
        if (!time.isValid())
            time = QTime::fromString(row.cell(Time), QStringLiteral("H:mm:ss"));
        if (!time.isValid())
            row.fail(Time, PlanCsv::tr("“%1” is not a time like 10:00").arg(row.cell(Time)));
    } else if (post.scheduledAt.isValid()) {
        time = post.scheduledAt.toTimeZone(zone).time();
    }
    if (!day.isValid())
        row.fail(Date, PlanCsv::tr("“%1” is not a date like 2017-01-19").arg(row.cell(Date)));
    else if (time.isValid() && zone.isValid())
        post.scheduledAt = Recurrence::toUtc(IsoTime::makeWallClock(day, time), zone);
}

// The series slot the post fills: the one named, else the one it is scheduled at.
void readOccurrence(const PlanRow &row, const Series *series, Post &post)
{
    if (!row.has(OccurrenceTime) && !(series && !post.occurrence.isValid()))
        return;
    QDateTime occurrence = IsoTime::parseWallClock(row.cell(OccurrenceTime));
    if (!row.cell(OccurrenceTime).isEmpty() && !occurrence.isValid()) {
        row.fail(OccurrenceTime, PlanCsv::tr("“%1” is not a local time like 2017-01-19T10:00").arg(row.cell(OccurrenceTime)));
    } else if (series) {
        if (!occurrence.isValid() && post.scheduledAt.isValid()) {
            // No slot named: the post fills the slot it is scheduled at, if there is one.
            const QDateTime local = post.scheduledAt.toTimeZone(QTimeZone(series->timeZone.toUtf8()));
            const QDateTime wall = IsoTime::makeWallClock(local.date(), local.time());
            if (Recurrence::isSlot(*series, wall))
                occurrence = wall;
        }
        if (occurrence.isValid() && !Recurrence::isSlot(*series, occurrence))
            row.fail(OccurrenceTime, PlanCsv::tr("%1 is not an occurrence of “%2” (%3)")
                                         .arg(row.cell(OccurrenceTime), series->name, Recurrence::describe(*series)));
        else
            post.occurrence = occurrence;
    } else if (occurrence.isValid()) {
        row.fail(OccurrenceTime, PlanCsv::tr("an occurrence needs a series"));
    }
}

void readChannels(const PlanRow &row, const Vocabulary &names, Post &post)
{
    if (!row.has(Channels))
        return;
    QList<PostChannel> channels;
    for (const QString &word : words(row.cell(Channels))) {
        const auto id = names.channel(word.toLower());
        if (!id) {
            row.fail(Channels, PlanCsv::tr("“%1” is not a channel of this workspace").arg(word));
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

// Pillar, campaign and assignee, by name.
void readNames(const PlanRow &row, const Vocabulary &names, const Series *series, Post &post)
{
    auto lookup = [&](Column c, const QHash<qint64, QString> &table, std::optional<qint64> &target, const QString &what) {
        if (!row.has(c))
            return;
        if (row.cell(c).isEmpty()) {
            target.reset();
        } else if (const auto id = Vocabulary::byName(table, row.cell(c))) {
            target = *id;
        } else {
            row.fail(c, PlanCsv::tr("there is no %1 “%2” (known: %3)").arg(what, row.cell(c), Vocabulary::known(table)));
        }
    };
    const bool inheritsPillar = series && !post.pillarId;
    lookup(PillarName, names.pillarName, post.pillarId, PlanCsv::tr("pillar"));
    if (inheritsPillar && post.pillarId == series->pillarId)
        post.pillarId.reset(); // the series' pillar, as exported: the post keeps following the series

    lookup(CampaignName, names.campaignName, post.campaignId, PlanCsv::tr("campaign"));
    lookup(Assignee, names.personName, post.assigneeId, PlanCsv::tr("person"));
}

// Language, hashtags, links, the text and notes, and each channel's own wording.
void readTexts(const PlanRow &row, const Vocabulary &names, const QVector<QPair<int, qint64>> &variantColumns, Post &post)
{
    if (row.has(Language) && !row.cell(Language).isEmpty()) {
        static const QRegularExpression code(QStringLiteral("^[a-z]{2,3}$"));
        if (!code.match(row.cell(Language).toLower()).hasMatch())
            row.fail(Language, PlanCsv::tr("“%1” is not a language code such as en or fr").arg(row.cell(Language)));
        else
            post.language = row.cell(Language).toLower();
    }
    if (row.has(Hashtags)) {
        post.hashtags.clear();
        for (QString tag : words(row.cell(Hashtags))) {
            if (!tag.startsWith(QLatin1Char('#')))
                tag.prepend(QLatin1Char('#'));
            post.hashtags.append(tag);
        }
        post.hashtags.removeDuplicates();
    }
    if (row.has(Links)) {
        post.links = words(row.cell(Links));
        post.links.removeDuplicates();
    }
    for (const auto &[column, channelId] : std::as_const(variantColumns)) {
        const QString variant = row.record.fields.value(column);
        auto pc = std::find_if(post.channels.begin(), post.channels.end(), [id = channelId](const PostChannel &c) { return c.channelId == id; });
        if (pc != post.channels.end())
            pc->textVariant = variant.trimmed().isEmpty() ? QString() : variant;
        else if (!variant.trimmed().isEmpty())
            row.error(row.record.line, column + 1,
                      PlanCsv::tr("the post is not planned on %1; add it to “channels” or leave this cell empty").arg(names.channelKey.value(channelId)));
    }
    if (row.has(Text))
        post.body = row.record.fields.value(row.columnOf[Text]);
    if (row.has(Notes))
        post.notes = row.record.fields.value(row.columnOf[Notes]);
}

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

PlanCsv::Result PlanCsv::read(Writer &writer, QIODevice *device, const QString &fileName)
{
    Result result;
    const ErrorSink error = [&](qint64 line, qint64 column, const QString &message) {
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
    const Vocabulary names(m_db);
    QVector<int> columnOf(ColumnCount, -1);
    QVector<QPair<int, qint64>> variantColumns; // file column, channel
    mapColumns(header, names, error, columnOf, variantColumns);
    if (columnOf[Title] < 0)
        error(header.line, 1, tr("the “title” column is missing"));
    if (!result.errors.isEmpty())
        return result;

    // One write of the workspace's writer: it owns the transaction and tells the views.
    const WriteResult written = writer.run([&](WriteScope &scope) {
        PostRepository posts(scope.db());
        Record record;
        while (reader.next(record)) {
            if (record.isBlank()) {
                ++result.skipped;
                continue;
            }
            const PlanRow row{record, columnOf, error};
            const qsizetype errorsBefore = result.errors.size();

            const QString statusText = row.cell(Status).toLower();
            if ((statusText == QLatin1String("empty") || statusText == QLatin1String("missed")) && row.cell(Title).isEmpty()) {
                ++result.skipped; // a slot nobody filled, as exported
                continue;
            }

            Post post;
            Post before;
            bool existing = false;
            if (!row.cell(Id).isEmpty()) {
                bool ok = false;
                const qint64 id = row.cell(Id).toLongLong(&ok);
                const auto found = ok ? posts.find(id) : std::nullopt;
                if (!found) {
                    row.fail(Id, tr("there is no post with id “%1”; leave the id empty to add a new post").arg(row.cell(Id)));
                    continue;
                }
                post = *found;
                before = post;
                existing = true;
            }
            if (row.has(Title)) {
                post.title = row.cell(Title);
                if (post.title.isEmpty())
                    row.fail(Title, tr("the title is empty"));
            }
            readStatus(row, existing, post);
            readSeries(row, names, post);
            const Series *series = post.seriesId ? names.seriesById(*post.seriesId) : nullptr;
            readSchedule(row, series, m_zone, post);
            readOccurrence(row, series, post);
            readChannels(row, names, post);
            readNames(row, names, series, post);
            readTexts(row, names, variantColumns, post);

            if (result.errors.size() != errorsBefore)
                continue;
            if (existing && post == before) {
                ++result.unchanged;
            } else if (existing) {
                posts.update(post);
                result.before.append(before);
                result.after.append(*posts.find(post.id));
                scope.changed(ChangeSet::Kind::Posts, post.id);
                ++result.updated;
            } else {
                const qint64 id = posts.insert(post);
                result.after.append(*posts.find(id));
                scope.changed(ChangeSet::Kind::Posts, id);
                ++result.inserted;
            }
        }
        if (reader.error().isError())
            error(reader.error().line, reader.error().column, reader.error().message);
        if (!result.errors.isEmpty())
            scope.abort(); // any error leaves the workspace as it was
    });
    if (!written.ok && !written.aborted)
        result.errors.append(tr("%1: the plan could not be saved: %2").arg(fileName, written.message));
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
