// SPDX-License-Identifier: GPL-3.0-or-later
// X / Twitter exports: the legacy "Tweet activity" export and the account analytics
// exports (content, overview, video overview). See shared/formats/README.md §1-2.

#include "formats.h"

#include <core/import/formatsupport.h>
#include <core/import/importformat.h>

#include <QRegularExpression>
#include <QTimeZone>

namespace Beamline {

namespace {

using Kind = ColumnSpec::Kind;
using namespace FormatSupport;

// The account a file belongs to when its rows do not say: tweet_activity_metrics_<handle>_...,
// account_overview_analytics_<handle>.csv.
QString handleFromFileName(const QString &name)
{
    static const QRegularExpression activity(QStringLiteral("tweet_activity_metrics_(.+?)_\\d{8}_\\d{8}"));
    static const QRegularExpression overview(QStringLiteral("account_overview_analytics_(.+?)\\.csv$"));
    auto m = activity.match(name);
    if (m.hasMatch())
        return m.captured(1);
    m = overview.match(name);
    return m.hasMatch() ? m.captured(1) : QString();
}

// --- Legacy tweet activity ---------------------------------------------------------------

const QVector<ColumnSpec> &legacySpecs()
{
    static const QVector<ColumnSpec> specs = {
        {QStringLiteral("post.id"), {QStringLiteral("Tweet id")}, true, Kind::Text},
        {QStringLiteral("post.permalink"), {QStringLiteral("Tweet permalink")}, false, Kind::Text},
        {QStringLiteral("post.text"), {QStringLiteral("Tweet text")}, false, Kind::Text},
        {QStringLiteral("post.time"), {QStringLiteral("time")}, true, Kind::Text},
        {QStringLiteral("metric:impressions"), {QStringLiteral("impressions")}},
        {QStringLiteral("metric:engagements"), {QStringLiteral("engagements")}},
        {QStringLiteral("extra:engagement_rate"), {QStringLiteral("engagement rate")}, false, Kind::Fraction},
        {QStringLiteral("metric:shares"), {QStringLiteral("retweets")}},
        {QStringLiteral("metric:comments"), {QStringLiteral("replies")}},
        {QStringLiteral("metric:likes"), {QStringLiteral("likes"), QStringLiteral("favorites")}},
        {QStringLiteral("metric:profile_visits"), {QStringLiteral("user profile clicks")}},
        {QStringLiteral("metric:clicks"), {QStringLiteral("url clicks")}},
        {QStringLiteral("extra:hashtag_clicks"), {QStringLiteral("hashtag clicks")}},
        {QStringLiteral("extra:detail_expands"), {QStringLiteral("detail expands")}},
        {QStringLiteral("extra:permalink_clicks"), {QStringLiteral("permalink clicks")}},
        {QStringLiteral("extra:app_opens"), {QStringLiteral("app opens")}},
        {QStringLiteral("extra:app_installs"), {QStringLiteral("app installs")}},
        {QStringLiteral("metric:follows"), {QStringLiteral("follows")}},
        {QStringLiteral("extra:email_tweet"), {QStringLiteral("email tweet")}},
        {QStringLiteral("extra:dial_phone"), {QStringLiteral("dial phone")}},
        {QStringLiteral("metric:video_views"), {QStringLiteral("media views")}},
        {QStringLiteral("extra:media_engagements"), {QStringLiteral("media engagements")}},
        {QStringLiteral("extra:promoted_impressions"), {QStringLiteral("promoted impressions")}},
        {QStringLiteral("extra:promoted_engagements"), {QStringLiteral("promoted engagements")}},
        {QStringLiteral("extra:promoted_retweets"), {QStringLiteral("promoted retweets")}},
        {QStringLiteral("extra:promoted_replies"), {QStringLiteral("promoted replies")}},
        {QStringLiteral("extra:promoted_likes"), {QStringLiteral("promoted likes"), QStringLiteral("promoted favorites")}},
        {QStringLiteral("extra:promoted_url_clicks"), {QStringLiteral("promoted url clicks")}},
        {QStringLiteral("extra:promoted_follows"), {QStringLiteral("promoted follows")}},
        {QStringLiteral("extra:promoted_media_views"), {QStringLiteral("promoted media views")}},
    };
    return specs;
}

class XTweetActivity final : public ImportFormat
{
public:
    QString id() const override { return QStringLiteral("x-tweet-activity"); }
    QString displayName() const override { return FormatMessages::tr("X tweet activity (legacy analytics)"); }

    int detect(const ProbeInfo &probe) const override
    {
        for (const Record &r : probe.records) {
            if (ColumnMap::hasAll(r, {QStringLiteral("Tweet id"), QStringLiteral("Tweet permalink"), QStringLiteral("engagement rate")}))
                return probe.names().contains(QLatin1String("tweet_activity_metrics_")) ? 100 : 95;
        }
        return 0;
    }

    bool read(PeekableStream &stream, ImportContext &ctx) const override
    {
        const auto &specs = legacySpecs();
        const auto table = openTable(stream, ctx, specs, 3, FormatMessages::tr("no tweet activity header found"));
        if (!table)
            return false;
        const ColumnMap &map = table->map;
        // The second date in the name is the day after the last one covered.
        const FileDates dates = datesInName(ctx.probe().fileName);
        if (dates.found())
            ctx.capturedAt = QDateTime(dates.last, QTime(0, 0), QTimeZone::utc());
        const QString fileHandle = handleFromFileName(ctx.probe().fileName);

        Record row;
        while (nextDataRow(stream, ctx, map.headerSize(), row)) {
            ++ctx.rowsRead;
            if (!ctx.keepGoing(stream))
                return false;
            const QString id = map.cell(row, QStringLiteral("post.id")).trimmed();
            if (Values::isExcelMangledId(id)) {
                ctx.fail(row.line, map.index(QStringLiteral("post.id")) + 1,
                         FormatMessages::tr("the tweet ids were turned into rounded numbers (%1) by a spreadsheet: download the export again and "
                            "import it without opening it in Excel").arg(id));
                return false;
            }
            if (id.isEmpty()) {
                ctx.skip(row.line, FormatMessages::tr("no tweet id"));
                continue;
            }
            const Values::DateTime time = Values::dateTime(map.cell(row, QStringLiteral("post.time")), Values::DateLayout::XLegacy);
            if (!time.ok()) {
                ctx.skip(row.line, map.index(QStringLiteral("post.time")) + 1, FormatMessages::tr("column %1: “%2” is not a time like 2017-01-31 10:00 +0000")
                                       .arg(map.index(QStringLiteral("post.time")) + 1)
                                       .arg(map.cell(row, QStringLiteral("post.time"))));
                continue;
            }
            PlatformPost post;
            post.externalId = id;
            post.permalink = map.cell(row, QStringLiteral("post.permalink")).trimmed();
            post.text = unescapeHtml(map.cell(row, QStringLiteral("post.text")));
            post.publishedAt = toUtc(time, QTimeZone::utc());
            post.postType = QStringLiteral("Tweet");
            const QString handle = xHandleFromUrl(post.permalink);
            post.channelId = ctx.sink().channel(Platform::X, handle.isEmpty() ? fileHandle : handle, {});
            PostSnapshot snapshot;
            fillSnapshot(ctx, row, map, specs, snapshot);
            ctx.count(ctx.sink().post(post, snapshot, row.line));
            ctx.coverDay(post.publishedAt.date());
        }
        return stream.error().isError() ? false : true;
    }
};

// --- Account analytics: content ----------------------------------------------------------

const QVector<ColumnSpec> &contentSpecs()
{
    // The labels in every UI language a European lab meets, from X's own translation
    // tables (client-web/i18n/{en,fr,de,es,it,pt,ja}.js of the 2025 web client), plus the
    // wordings of other revisions met in real files: "Shares", "Partages", "Mal geteilt" and
    // English click labels (2026), "共有された回数" with a stray backslash after it and
    // "パーマリンクのクリック数" (a 2026 Japanese file), "Link" / "Share" / "Url clicks" (the
    // older English exporter).
    static const QVector<ColumnSpec> specs = {
        {QStringLiteral("post.id"),
         {QStringLiteral("Post id"), QStringLiteral("Identifiant du post"), QStringLiteral("Post-ID"), QStringLiteral("ID del post"),
          QStringLiteral("ID post"), QStringLiteral("ID do post"), QStringLiteral("ポストID")},
         true, Kind::Text},
        {QStringLiteral("post.date"),
         {QStringLiteral("Date"), QStringLiteral("Datum"), QStringLiteral("Fecha"), QStringLiteral("Data"), QStringLiteral("日付")}, false, Kind::Text},
        {QStringLiteral("post.text"),
         {QStringLiteral("Post text"), QStringLiteral("Texte du post"), QStringLiteral("Post-Text"), QStringLiteral("Texto del post"),
          QStringLiteral("Testo del post"), QStringLiteral("Texto do post"), QStringLiteral("ポスト本文")},
         false, Kind::Text},
        {QStringLiteral("post.permalink"),
         {QStringLiteral("Post Link"), QStringLiteral("Lien du post"), QStringLiteral("Post-Link"), QStringLiteral("Postear enlace"),
          QStringLiteral("Link post"), QStringLiteral("Postar link"), QStringLiteral("ポストのリンク"), QStringLiteral("Link"),
          QStringLiteral("Lien"), QStringLiteral("Enlace"), QStringLiteral("リンク")},
         false, Kind::Text},
        {QStringLiteral("metric:impressions"),
         {QStringLiteral("Impressions"), QStringLiteral("Impresiones"), QStringLiteral("Visualizzazioni"), QStringLiteral("Impressões"),
          QStringLiteral("インプレッション数")}},
        {QStringLiteral("metric:likes"),
         {QStringLiteral("Likes"), QStringLiteral("J'aime"), QStringLiteral("Gefällt mir"), QStringLiteral("Me gusta"), QStringLiteral("Mi piace"),
          QStringLiteral("Curtidas"), QStringLiteral("いいね")}},
        {QStringLiteral("metric:engagements"),
         {QStringLiteral("Engagements"), QStringLiteral("Interaktionen"), QStringLiteral("Interacciones"), QStringLiteral("Interazioni"),
          QStringLiteral("Engajamentos"), QStringLiteral("エンゲージメント")}},
        {QStringLiteral("metric:saves"),
         {QStringLiteral("Bookmarks"), QStringLiteral("Signets"), QStringLiteral("Lesezeichen"), QStringLiteral("Guardados"),
          QStringLiteral("Segnalibri"), QStringLiteral("Itens salvos"), QStringLiteral("ブックマーク")}},
        {QStringLiteral("metric:shares"),
         {QStringLiteral("Shares"), QStringLiteral("Share"), QStringLiteral("Partages"), QStringLiteral("Partager"), QStringLiteral("Mal geteilt"),
          QStringLiteral("Teilen"), QStringLiteral("Compartir"), QStringLiteral("Condividi"), QStringLiteral("Compartilhar"), QStringLiteral("共有"),
          QStringLiteral("共有された回数"), QStringLiteral("共有された回数\\")}},
        {QStringLiteral("metric:follows"),
         {QStringLiteral("New follows"), QStringLiteral("Nouveaux abonnés"), QStringLiteral("Neue Follower*innen"),
          QStringLiteral("Nuevos seguidores"), QStringLiteral("Nuovi follower"), QStringLiteral("Novos seguidores"), QStringLiteral("新しいフォロー")}},
        {QStringLiteral("metric:comments"),
         {QStringLiteral("Replies"), QStringLiteral("Réponses"), QStringLiteral("Antworten"), QStringLiteral("Respuestas"),
          QStringLiteral("Risposte"), QStringLiteral("Respostas"), QStringLiteral("返信")}},
        {QStringLiteral("metric:shares"), {QStringLiteral("Reposts"), QStringLiteral("Repost"), QStringLiteral("リポスト")}},
        {QStringLiteral("metric:profile_visits"),
         {QStringLiteral("Profile visits"), QStringLiteral("Visites du profil"), QStringLiteral("Profilbesuche"),
          QStringLiteral("Visitas del perfil"), QStringLiteral("Visite al profilo"), QStringLiteral("Visitas ao perfil"),
          QStringLiteral("プロフィールへのアクセス数")}},
        {QStringLiteral("extra:detail_expands"),
         {QStringLiteral("Detail Expands"), QStringLiteral("Ouvertures des détails"), QStringLiteral("Detailerweiterungen"),
          QStringLiteral("Ampliaciones de detalles"), QStringLiteral("Espansioni dettagli"), QStringLiteral("Expansões de detalhes"),
          QStringLiteral("詳細のクリック数")}},
        {QStringLiteral("metric:clicks"),
         {QStringLiteral("URL Clicks"), QStringLiteral("Clics sur l'URL"), QStringLiteral("URL-Klicks"), QStringLiteral("Clics en URL"),
          QStringLiteral("Clic URL"), QStringLiteral("Cliques na URL"), QStringLiteral("URLのクリック数")}},
        {QStringLiteral("extra:hashtag_clicks"),
         {QStringLiteral("Hashtag Clicks"), QStringLiteral("Clics sur le hashtag"), QStringLiteral("Hashtag-Klicks"),
          QStringLiteral("Clics en hashtags"), QStringLiteral("Clic hashtag"), QStringLiteral("Cliques na hashtag"),
          QStringLiteral("ハッシュタグのクリック数")}},
        {QStringLiteral("extra:permalink_clicks"),
         {QStringLiteral("Permalink Clicks"), QStringLiteral("Clics sur le permalien"), QStringLiteral("Permalink-Klicks"),
          QStringLiteral("Clics en enlaces permanentes"), QStringLiteral("Clic permalink"), QStringLiteral("Cliques no link permanente"),
          QStringLiteral("パーマリンクのクリック数"), QStringLiteral("固定リンクのクリック数")}},
    };
    return specs;
}

// The older exporter joins cells with commas and escapes nothing, so a comma in a post's
// text splits it into more cells than the header has. Such a row (one whose surplus cells
// are not merely Excel's empty padding) gets its text back: the surplus is joined into the
// text column, which is the only free-text column.
void rejoinSplitText(PeekableStream &stream, const ColumnMap &map)
{
    const int text = map.index(QStringLiteral("post.text"));
    if (text < 0 || stream.fill(1) < 1)
        return;
    const Record &next = stream.peek(0);
    const qsizetype surplus = next.fields.size() - map.headerSize();
    if (surplus <= 0 || next.isBlank())
        return;
    bool padding = true;
    for (qsizetype i = map.headerSize(); i < next.fields.size() && padding; ++i)
        padding = next.fields.at(i).trimmed().isEmpty();
    if (padding)
        return;
    Record row;
    stream.next(row);
    const QString joined = row.fields.mid(text, surplus + 1).join(QLatin1Char(','));
    row.fields.remove(text + 1, surplus);
    row.fields[text] = joined;
    stream.unread(row);
}

class XAccountContent final : public ImportFormat
{
public:
    QString id() const override { return QStringLiteral("x-account-content"); }
    QString displayName() const override { return FormatMessages::tr("X account analytics: posts"); }

    QStringList languages() const override
    {
        return {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("it"),
                QStringLiteral("pt"), QStringLiteral("ja")};
    }

    int detect(const ProbeInfo &probe) const override
    {
        // A post id column (in any language) and most of the metric columns.
        for (const Record &r : probe.records) {
            if (ColumnMap::matches(r, {contentSpecs().at(0)}) == 1 && ColumnMap::matches(r, contentSpecs()) >= 10)
                return probe.names().contains(QLatin1String("account_analytics_content_")) ? 100 : 95;
        }
        return 0;
    }

    bool read(PeekableStream &stream, ImportContext &ctx) const override
    {
        const auto &specs = contentSpecs();
        const auto table = openTable(stream, ctx, specs, 4, FormatMessages::tr("no X account analytics header found"));
        if (!table)
            return false;
        const ColumnMap &map = table->map;
        const FileDates dates = datesInName(ctx.probe().fileName);
        if (dates.found())
            ctx.capturedAt = QDateTime(dates.last.addDays(1), QTime(0, 0), QTimeZone::utc());

        Record row;
        for (;;) {
            rejoinSplitText(stream, map);
            if (!nextDataRow(stream, ctx, map.headerSize(), row))
                break;
            ++ctx.rowsRead;
            if (!ctx.keepGoing(stream))
                return false;
            const QString id = map.cell(row, QStringLiteral("post.id")).trimmed();
            // X pads a short export with rows of no post: ",,,https://x.com/<handle>/status/undefined,0,0,…".
            if (id.isEmpty() && map.cell(row, QStringLiteral("post.permalink")).trimmed().endsWith(QLatin1String("/status/undefined")))
                continue;
            if (Values::isExcelMangledId(id)) {
                ctx.fail(row.line, map.index(QStringLiteral("post.id")) + 1,
                         FormatMessages::tr("the post ids were turned into rounded numbers (%1) by a spreadsheet: download the export again and "
                            "import it without opening it in Excel").arg(id));
                return false;
            }
            if (id.isEmpty()) {
                ctx.skip(row.line, FormatMessages::tr("no post id"));
                continue;
            }
            PlatformPost post;
            post.externalId = id;
            post.permalink = map.cell(row, QStringLiteral("post.permalink")).trimmed();
            post.text = map.cell(row, QStringLiteral("post.text"));
            post.postType = QStringLiteral("Post");
            // The Date column is a UTC date without time; the Snowflake id has the time.
            const Values::DateTime day = Values::dateTime(map.cell(row, QStringLiteral("post.date")), Values::DateLayout::XAccount);
            if (const auto created = snowflakeTime(id)) {
                post.publishedAt = *created;
                if (day.ok() && created->date() != day.date)
                    ctx.warn(row.line, FormatMessages::tr("the post id's time (%1) does not fall on its Date (%2)").arg(created->date().toString(Qt::ISODate), day.date.toString(Qt::ISODate)));
            } else if (day.ok()) {
                post.publishedAt = QDateTime(day.date, QTime(12, 0), QTimeZone::utc());
            } else {
                ctx.skip(row.line, FormatMessages::tr("neither the id nor the Date gives the post's day"));
                continue;
            }
            post.channelId = ctx.sink().channel(Platform::X, xHandleFromUrl(post.permalink), {});
            PostSnapshot snapshot;
            fillSnapshot(ctx, row, map, specs, snapshot);
            ctx.count(ctx.sink().post(post, snapshot, row.line));
            ctx.coverDay(post.publishedAt.date());
        }
        return !stream.error().isError();
    }
};

// --- Legacy daily activity (one row per day) ---------------------------------------------

// analytics.twitter.com's "by day" export, daily_tweet_activity_metrics_<handle>_<from>_<to>_<lang>.csv:
// the account's figures of each day. The promoted columns hold "-" and are not read.
const QVector<ColumnSpec> &dailyActivitySpecs()
{
    static const QVector<ColumnSpec> specs = {
        {QStringLiteral("day"), {QStringLiteral("Date")}, true, Kind::Text},
        {QStringLiteral("daily:posts_created"), {QStringLiteral("Tweets published")}, true},
        {QStringLiteral("daily:impressions"), {QStringLiteral("impressions")}, true},
        {QStringLiteral("daily:engagements"), {QStringLiteral("engagements")}},
        {QStringLiteral("daily:engagement_rate"), {QStringLiteral("engagement rate")}, false, Kind::Fraction},
        {QStringLiteral("daily:reposts"), {QStringLiteral("retweets")}},
        {QStringLiteral("daily:comments"), {QStringLiteral("replies")}},
        {QStringLiteral("daily:likes"), {QStringLiteral("likes"), QStringLiteral("favorites")}},
        {QStringLiteral("daily:profile_visits"), {QStringLiteral("user profile clicks")}},
        {QStringLiteral("daily:url_clicks"), {QStringLiteral("url clicks")}},
        {QStringLiteral("daily:hashtag_clicks"), {QStringLiteral("hashtag clicks")}},
        {QStringLiteral("daily:detail_expands"), {QStringLiteral("detail expands")}},
        {QStringLiteral("daily:permalink_clicks"), {QStringLiteral("permalink clicks")}},
        {QStringLiteral("daily:app_opens"), {QStringLiteral("app opens")}},
        {QStringLiteral("daily:app_installs"), {QStringLiteral("app installs")}},
        {QStringLiteral("daily:followers_gained"), {QStringLiteral("follows")}},
        {QStringLiteral("daily:email_tweet"), {QStringLiteral("email tweet")}},
        {QStringLiteral("daily:dial_phone"), {QStringLiteral("dial phone")}},
        {QStringLiteral("daily:media_views"), {QStringLiteral("media views")}},
        {QStringLiteral("daily:media_engagements"), {QStringLiteral("media engagements")}},
    };
    return specs;
}

class XDailyActivity final : public ImportFormat
{
public:
    QString id() const override { return QStringLiteral("x-daily-activity"); }
    QString displayName() const override { return FormatMessages::tr("X daily activity (legacy analytics, by day)"); }

    int detect(const ProbeInfo &probe) const override
    {
        for (const Record &r : probe.records) {
            if (ColumnMap::hasAll(r, {QStringLiteral("Date"), QStringLiteral("Tweets published"), QStringLiteral("impressions")}))
                return probe.names().contains(QLatin1String("daily_tweet_activity_metrics_")) ? 100 : 95;
        }
        return 0;
    }

    bool read(PeekableStream &stream, ImportContext &ctx) const override
    {
        const auto &specs = dailyActivitySpecs();
        const auto table = openTable(stream, ctx, specs, 3, FormatMessages::tr("no daily tweet activity header found"));
        if (!table)
            return false;
        // As in the tweet export, the second date in the name is the day after the last one.
        const FileDates dates = datesInName(ctx.probe().fileName);
        if (dates.found())
            ctx.capturedAt = QDateTime(dates.last, QTime(0, 0), QTimeZone::utc());
        const qint64 channel = ctx.sink().channel(Platform::X, handleFromFileName(ctx.probe().fileName), {});
        return readDailyRows(stream, ctx, table->map, table->search.header, specs, channel,
                             [](const QString &text) { return Values::dateTime(text, Values::DateLayout::Iso); });
    }
};

// --- Account analytics: overview (one row per day) -----------------------------------------

const QVector<ColumnSpec> &overviewSpecs()
{
    static const QVector<ColumnSpec> specs = {
        {QStringLiteral("day"), {QStringLiteral("Date")}, true, Kind::Text},
        {QStringLiteral("daily:impressions"), {QStringLiteral("Impressions"), QStringLiteral("インプレッション数")}},
        {QStringLiteral("daily:likes"), {QStringLiteral("Likes"), QStringLiteral("J'aime"), QStringLiteral("Gefällt mir")}},
        {QStringLiteral("daily:engagements"), {QStringLiteral("Engagements"), QStringLiteral("Interaktionen")}},
        {QStringLiteral("daily:saves"), {QStringLiteral("Bookmarks"), QStringLiteral("Bookmark"), QStringLiteral("Signets"), QStringLiteral("Lesezeichen")}},
        {QStringLiteral("daily:shares"), {QStringLiteral("Shares"), QStringLiteral("Share"), QStringLiteral("Partages"), QStringLiteral("Mal geteilt")}},
        {QStringLiteral("daily:followers_gained"), {QStringLiteral("New follows"), QStringLiteral("Follows"), QStringLiteral("Nouveaux abonnés"), QStringLiteral("Neue Follower*innen")}},
        {QStringLiteral("daily:followers_lost"), {QStringLiteral("Unfollows"), QStringLiteral("Désabonnements")}},
        {QStringLiteral("daily:comments"), {QStringLiteral("Replies"), QStringLiteral("Réponses"), QStringLiteral("Antworten")}},
        {QStringLiteral("daily:reposts"), {QStringLiteral("Reposts"), QStringLiteral("Retweets")}},
        {QStringLiteral("daily:profile_visits"), {QStringLiteral("Profile visits"), QStringLiteral("Visites du profil"), QStringLiteral("Profilbesuche")}},
        {QStringLiteral("daily:posts_created"), {QStringLiteral("Create Post"), QStringLiteral("Create Tweet")}},
        {QStringLiteral("daily:video_views"), {QStringLiteral("Video views")}},
        {QStringLiteral("daily:media_views"), {QStringLiteral("Media views")}},
    };
    return specs;
}

// Reads a "Date + metrics" table into daily values of one channel. Shared by the
// overview and the video overview.
bool readDailyTable(PeekableStream &stream, ImportContext &ctx, const Record &header, const QVector<ColumnSpec> &specs,
                    qint64 channel, bool describeColumns)
{
    ColumnMap map;
    map.resolve(header, specs);
    if (!map.missingRequired().isEmpty()) {
        ctx.fail(header.line, 1, missingColumns(map));
        return false;
    }
    if (describeColumns)
        ctx.columns += map.describe();
    // The layout of the first date is the file's.
    std::optional<Values::DateLayout> layout;
    return readDailyRows(stream, ctx, map, header, specs, channel, [&layout](const QString &text) {
        if (!layout)
            layout = Values::detectLayout({text});
        return layout ? Values::dateTime(text, *layout) : Values::DateTime{};
    });
}

class XAccountOverview final : public ImportFormat
{
public:
    QString id() const override { return QStringLiteral("x-account-overview"); }
    QString displayName() const override { return FormatMessages::tr("X account analytics: overview by day"); }

    int detect(const ProbeInfo &probe) const override
    {
        for (const Record &r : probe.records) {
            if (ColumnMap::hasAll(r, {QStringLiteral("Date")})
                && ColumnMap::hasAny(r, {QStringLiteral("New follows"), QStringLiteral("Unfollows"), QStringLiteral("Create Post"),
                                         QStringLiteral("Create Tweet"), QStringLiteral("Nouveaux abonnés")})
                && ColumnMap::matches(r, overviewSpecs()) >= 5)
                return probe.names().contains(QLatin1String("overview_analytics")) ? 95 : 85;
        }
        return 0;
    }

    bool read(PeekableStream &stream, ImportContext &ctx) const override
    {
        const HeaderSearch found = findHeader(stream, overviewSpecs(), 5);
        if (!found.found) {
            ctx.fail(1, 1, FormatMessages::tr("no X overview header found"));
            return false;
        }
        const qint64 channel = ctx.sink().channel(Platform::X, handleFromFileName(ctx.probe().fileName), {});
        return readDailyTable(stream, ctx, found.header, overviewSpecs(), channel, true);
    }
};

// --- Account analytics: video overview (two tables) --------------------------------------

const QVector<ColumnSpec> &videoDailySpecs()
{
    static const QVector<ColumnSpec> specs = {
        {QStringLiteral("day"), {QStringLiteral("Date")}, true, Kind::Text},
        {QStringLiteral("daily:video_views"), {QStringLiteral("Views")}},
        {QStringLiteral("daily:video_watch_seconds"), {QStringLiteral("Watch Time (ms)")}, false, Kind::Number, 0.001},
        {QStringLiteral("daily:video_completion_rate"), {QStringLiteral("Completion Rate")}, false, Kind::PercentNumber},
        {QStringLiteral("daily:video_average_watch_seconds"), {QStringLiteral("Average Watch Time (ms)")}, false, Kind::Number, 0.001},
        {QStringLiteral("daily:estimated_revenue"), {QStringLiteral("Estimated Revenue")}},
    };
    return specs;
}

const QVector<ColumnSpec> &videoListSpecs()
{
    static const QVector<ColumnSpec> specs = {
        {QStringLiteral("video.uploaded"), {QStringLiteral("Uploaded on:")}, false, Kind::Text},
        {QStringLiteral("video.id"), {QStringLiteral("Video ID")}, false, Kind::Text},
        {QStringLiteral("post.text"), {QStringLiteral("Video title")}, false, Kind::Text},
        {QStringLiteral("metric:video_views"), {QStringLiteral("Views")}},
        {QStringLiteral("extra:duration_seconds"), {QStringLiteral("Duration")}, false, Kind::Duration},
        {QStringLiteral("video.link"), {QStringLiteral("Video Link")}, false, Kind::Text},
        {QStringLiteral("extra:estimated_revenue"), {QStringLiteral("Estimated Revenue")}},
        {QStringLiteral("post.date"), {QStringLiteral("Published date")}, false, Kind::Text},
        {QStringLiteral("post.permalink"), {QStringLiteral("Post Link")}, true, Kind::Text},
    };
    return specs;
}

class XVideoOverview final : public ImportFormat
{
public:
    QString id() const override { return QStringLiteral("x-video-overview"); }
    QString displayName() const override { return FormatMessages::tr("X account analytics: video overview"); }

    int detect(const ProbeInfo &probe) const override
    {
        if (probe.records.isEmpty())
            return 0;
        const Record &first = probe.records.first();
        if (!first.fields.isEmpty() && ColumnMap::normalise(first.fields.first()) == QLatin1String("video overview"))
            return 95;
        for (const Record &r : probe.records) {
            if (ColumnMap::hasAll(r, {QStringLiteral("Date"), QStringLiteral("Views"), QStringLiteral("Watch Time (ms)")}))
                return 85;
        }
        return 0;
    }

    bool read(PeekableStream &stream, ImportContext &ctx) const override
    {
        const qint64 channel = ctx.sink().channel(Platform::X, {}, {});
        const HeaderSearch daily = findHeader(stream, videoDailySpecs(), 3);
        if (!daily.found) {
            ctx.fail(1, 1, FormatMessages::tr("no video overview header found"));
            return false;
        }
        if (!readDailyTable(stream, ctx, daily.header, videoDailySpecs(), channel, true))
            return false;

        // The second table ("Your videos") lists the videos; each is an X post.
        const HeaderSearch videos = findHeader(stream, videoListSpecs(), 5, 5);
        if (!videos.found)
            return !stream.error().isError();
        ColumnMap map;
        map.resolve(videos.header, videoListSpecs());
        ctx.columns += map.describe();
        Record row;
        while (nextDataRow(stream, ctx, map.headerSize(), row)) {
            ++ctx.rowsRead;
            if (!ctx.keepGoing(stream))
                return false;
            PlatformPost post;
            post.permalink = map.cell(row, QStringLiteral("post.permalink")).trimmed();
            post.externalId = xStatusIdFromUrl(post.permalink);
            if (post.externalId.isEmpty()) {
                ctx.skip(row.line, FormatMessages::tr("the video's post link does not name a post"));
                continue;
            }
            post.text = map.cell(row, QStringLiteral("post.text"));
            post.postType = QStringLiteral("Video");
            if (const auto created = snowflakeTime(post.externalId))
                post.publishedAt = *created;
            post.channelId = ctx.sink().channel(Platform::X, xHandleFromUrl(post.permalink), {});
            PostSnapshot snapshot;
            fillSnapshot(ctx, row, map, videoListSpecs(), snapshot);
            ctx.count(ctx.sink().post(post, snapshot, row.line));
        }
        return !stream.error().isError();
    }
};

} // namespace

void addXFormats(ImportFormats &formats)
{
    formats.push_back(std::make_unique<XTweetActivity>());
    formats.push_back(std::make_unique<XDailyActivity>());
    formats.push_back(std::make_unique<XAccountContent>());
    formats.push_back(std::make_unique<XAccountOverview>());
    formats.push_back(std::make_unique<XVideoOverview>());
}

} // namespace Beamline
