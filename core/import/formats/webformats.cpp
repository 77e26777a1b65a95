// SPDX-License-Identifier: GPL-3.0-or-later
// Web analytics exports: Google Analytics (Universal Analytics), Google Analytics 4 and
// Matomo. See shared/formats/README.md §6-8 and docs/metrics.md.

#include "formats.h"

#include "matomoterms.h"

#include <core/import/formatsupport.h>

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>
#include <array>
#include <cmath>

namespace Beamline {

namespace {

using Kind = ColumnSpec::Kind;
using namespace FormatSupport;

// Web metric roles: "web:<WebMetric key>", plus helpers that are turned into metrics.
const QString PagesPerSession = QStringLiteral("derived:pages_per_session");
const QString BounceCount = QStringLiteral("derived:bounces");
const QString TotalSeconds = QStringLiteral("derived:total_seconds");
const QString EngagementRate = QStringLiteral("derived:engagement_rate");
const QString Ignored = QStringLiteral("ignored");

// --- Google Analytics (Universal Analytics) in its UI languages ------------------------------

// The UI languages of the tables below, in their order.
constexpr int GaLanguageCount = 7;
const QStringList &gaLanguages()
{
    static const QStringList codes = {QStringLiteral("en"), QStringLiteral("nl"), QStringLiteral("de"), QStringLiteral("fr"),
                                      QStringLiteral("es"), QStringLiteral("it"), QStringLiteral("pt")};
    return codes;
}

// One column or dimension per row, one language per column (en, nl, de, fr, es, it, pt);
// several spellings separated by '|'. English and Dutch are read from real exports; the
// other languages are Google's UI wording as far as it could be established (docs/formats.md
// says which names are unverified).
struct GaTerm {
    const char *role; // a web role, or the report a dimension gives
    Kind kind;
    std::array<const char *, GaLanguageCount> names;
};

const GaTerm gaColumns[] = {
    {"web:sessions", Kind::Number, {"Sessions", "Sessies", "Sitzungen", "Sessions", "Sesiones", "Sessioni", "Sessões"}},
    {"web:users", Kind::Number, {"Users", "Gebruikers", "Nutzer", "Utilisateurs", "Usuarios", "Utenti", "Usuários|Utilizadores"}},
    {"web:new_users", Kind::Number, {"New Users", "Nieuwe gebruikers", "Neue Nutzer", "Nouveaux utilisateurs", "Usuarios nuevos|Nuevos usuarios",
                                     "Nuovi utenti", "Novos usuários|Novos utilizadores"}},
    {"web:bounce_rate", Kind::PercentString, {"Bounce Rate", "Bouncepercentage", "Absprungrate", "Taux de rebond", "Porcentaje de rebote",
                                              "Frequenza di rimbalzo", "Taxa de rejeição"}},
    {"derived:pages_per_session", Kind::Number, {"Pages / Session|Pages/Session", "Pagina's/sessie|Pagina's / sessie", "Seiten/Sitzung|Seiten / Sitzung",
                                                 "Pages/session|Pages / session", "Páginas/sesión|Páginas / sesión", "Pagine/sessione|Pagine / sessione",
                                                 "Páginas/sessão|Páginas / sessão"}},
    {"web:avg_session_seconds", Kind::Duration, {"Avg. Session Duration", "Gem. sessieduur", "Durchschnittl. Sitzungsdauer",
                                                 "Durée moyenne des sessions|Durée moy. des sessions", "Duración media de la sesión",
                                                 "Durata sessione media|Durata media sessione", "Duração média da sessão"}},
    {"web:pageviews", Kind::Number, {"Pageviews", "Paginaweergaven", "Seitenaufrufe", "Pages vues", "Número de páginas vistas|Páginas vistas",
                                     "Visualizzazioni di pagina", "Visualizações de página"}},
    {"web:unique_pageviews", Kind::Number, {"Unique Pageviews", "Unieke paginaweergaven", "Eindeutige Seitenaufrufe|Einzelne Seitenaufrufe",
                                            "Pages vues uniques", "Número de páginas vistas únicas|Páginas vistas únicas",
                                            "Visualizzazioni di pagina uniche", "Visualizações únicas de página|Visualizações de página únicas"}},
    {"web:avg_time_on_page_seconds", Kind::Duration, {"Avg. Time on Page", "Gem. tijd op pagina", "Durchschn. Zeit auf der Seite",
                                                      "Temps moyen passé sur la page|Temps moyen sur la page",
                                                      "Promedio de tiempo en la página|Tiempo medio en la página", "Tempo medio sulla pagina",
                                                      "Tempo médio na página"}},
    {"web:entrances", Kind::Number, {"Entrances", "Instappen", "Einstiege", "Entrées", "Entradas", "Accessi", "Entradas"}},
    {"web:exit_rate", Kind::PercentString, {"% Exit", "% Uitstappen", "% Ausstiege", "% sorties|% de sorties", "% de salidas|% salidas",
                                            "% uscite|% di uscite", "% de saídas|% saídas"}},
    {"web:exits", Kind::Number, {"Exits", "Uitstappen", "Ausstiege", "Sorties", "Salidas", "Uscite", "Saídas"}},
    {"web:conversions", Kind::Number, {"Goal Completions", "Behaalde doelen", "Zielvorhabenabschlüsse|Abschlüsse für Ziele", "Objectifs réalisés",
                                       "Objetivos conseguidos|Consecuciones de objetivos", "Completamenti obiettivo", "Conclusões de meta"}},
    {"ignored", Kind::Text, {"% New Sessions|Goal Conversion Rate|Goal Value|Page Value",
                             "% nieuwe sessies|Doelconversieratio|Doelwaarde|Paginawaarde",
                             "% neue Sitzungen|Zielvorhaben-Conversion-Rate|Conversion-Rate für Zielvorhaben|Zielvorhabenwert|Zielwert|Seitenwert",
                             "% nouvelles sessions|Taux de conversion de l'objectif|Valeur de l'objectif|Valeur de la page",
                             "% de nuevas sesiones|Tasa de conversión del objetivo|Valor del objetivo|Valor de página",
                             "% nuove sessioni|Tasso di conversione obiettivo|Valore obiettivo|Valore pagina",
                             "% de novas sessões|Taxa de conversão da meta|Valor da meta|Valor da página"}},
};

// The dimensions Beamline reads, and the report each gives.
const GaTerm gaDimensions[] = {
    {"source_medium", Kind::Text, {"Source / Medium|Source/Medium", "Bron/medium|Bron / medium", "Quelle/Medium|Quelle / Medium",
                                   "Source/Support|Source / Support", "Fuente/Medio|Fuente / Medio", "Sorgente/Mezzo|Sorgente / Mezzo",
                                   "Origem/mídia|Origem / mídia|Origem/meio"}},
    {"referrer", Kind::Text, {"Source", "Bron", "Quelle", "Source", "Fuente", "Sorgente", "Origem"}},
    {"channel_group", Kind::Text, {"Default Channel Grouping", "Standaard kanaalgroepering", "Standard-Channelgruppierung",
                                   "Groupement de canaux par défaut", "Agrupación de canales predeterminada", "Raggruppamento canali predefinito",
                                   "Agrupamento de canais padrão|Agrupamento padrão de canais"}},
    {"landing_page", Kind::Text, {"Landing Page", "Bestemmingspagina", "Zielseite", "Page de destination", "Página de destino",
                                  "Pagina di destinazione", "Página de destino"}},
    {"page", Kind::Text, {"Page", "Pagina", "Seite", "Page", "Página", "Pagina", "Página"}},
    {"page_title", Kind::Text, {"Page Title", "Paginatitel", "Seitentitel", "Titre de la page", "Título de la página", "Titolo pagina",
                                "Título da página"}},
    {"keyword", Kind::Text, {"Keyword", "Zoekwoord", "Keyword", "Mot clé", "Palabra clave", "Parola chiave", "Palavra-chave"}},
    {"campaign", Kind::Text, {"Campaign", "Campagne", "Kampagne", "Campagne", "Campaña", "Campagna", "Campanha"}},
    {"site", Kind::Text, {"Date|Day", "Datum|Dag", "Datum|Tag", "Date|Jour", "Fecha|Día", "Data|Giorno", "Data|Dia"}},
};

// Dimensions of reports Beamline does not read (their rows are left out, their totals and Day
// Index are read), with the English name a warning gives them.
const GaTerm gaUnusedDimensions[] = {
    {QT_TRANSLATE_NOOP("Beamline::ImportFormats", "Browser"), Kind::Text,
     {"Browser", "Browser", "Browser", "Navigateur", "Navegador", "Browser", "Navegador"}},
    {QT_TRANSLATE_NOOP("Beamline::ImportFormats", "Browser Version"), Kind::Text,
     {"Browser Version", "Browserversie", "Browserversion|Browser-Version", "Version du navigateur", "Versión del navegador", "Versione browser",
      "Versão do navegador"}},
    {QT_TRANSLATE_NOOP("Beamline::ImportFormats", "Operating System"), Kind::Text,
     {"Operating System", "Besturingssysteem", "Betriebssystem", "Système d'exploitation", "Sistema operativo", "Sistema operativo",
      "Sistema operacional|Sistema operativo"}},
    {QT_TRANSLATE_NOOP("Beamline::ImportFormats", "Country"), Kind::Text, {"Country", "Land", "Land", "Pays", "País", "Paese", "País"}},
    {QT_TRANSLATE_NOOP("Beamline::ImportFormats", "City"), Kind::Text, {"City", "Stad", "Stadt", "Ville", "Ciudad", "Città", "Cidade"}},
    {QT_TRANSLATE_NOOP("Beamline::ImportFormats", "Language"), Kind::Text, {"Language", "Taal", "Sprache", "Langue", "Idioma", "Lingua", "Idioma"}},
    {QT_TRANSLATE_NOOP("Beamline::ImportFormats", "Device Category"), Kind::Text,
     {"Device Category", "Apparaatcategorie", "Gerätekategorie", "Catégorie d'appareil", "Categoría de dispositivo", "Categoria dispositivo",
      "Categoria de dispositivo"}},
    {QT_TRANSLATE_NOOP("Beamline::ImportFormats", "User Type"), Kind::Text,
     {"User Type", "Gebruikerstype", "Nutzertyp", "Type d'utilisateur", "Tipo de usuario", "Tipo di utente", "Tipo de usuário"}},
};

// The day and hour tables under a report.
const GaTerm gaSecondTables[] = {
    {"day", Kind::Text, {"Day Index", "Dagindex|Dag index", "Tagesindex", "Index des jours", "Índice de días", "Indice dei giorni|Indice giorno",
                         "Índice de dias"}},
    {"hour", Kind::Text, {"Hour Index|Hour", "Uurindex|Uur", "Stundenindex|Stunde", "Index des heures|Heure", "Índice de horas|Hora",
                          "Indice delle ore|Ora", "Índice de horas|Hora"}},
};

QStringList gaNames(const GaTerm &term, int language)
{
    return QString::fromUtf8(term.names.at(language)).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

// The term a header cell names, in any language.
template<size_t N>
const GaTerm *gaTermOf(const GaTerm (&table)[N], const QString &cell)
{
    const QString key = ColumnMap::normalise(cell);
    for (const GaTerm &term : table) {
        for (int language = 0; language < GaLanguageCount; ++language) {
            for (const QString &name : gaNames(term, language)) {
                if (ColumnMap::normalise(name) == key)
                    return &term;
            }
        }
    }
    return nullptr;
}

// The columns of a report in one UI language.
QVector<ColumnSpec> uaMetrics(int language)
{
    QVector<ColumnSpec> specs;
    for (const GaTerm &term : gaColumns) {
        QStringList aliases = gaNames(term, language);
        // A column left in English in a translated export still reads.
        for (const QString &english : gaNames(term, 0)) {
            if (!aliases.contains(english))
                aliases.append(english);
        }
        specs.append({QString::fromLatin1(term.role), aliases, false, term.kind});
    }
    return specs;
}

// Every language's columns: to find where a report's metrics start.
const QVector<ColumnSpec> &uaMetrics()
{
    static const QVector<ColumnSpec> all = [] {
        QVector<ColumnSpec> specs;
        for (int language = 0; language < GaLanguageCount; ++language)
            specs += uaMetrics(language);
        return specs;
    }();
    return all;
}

// The UI language of a report: the one whose names its header uses most (English on a tie).
int uaLanguage(const Record &header)
{
    int best = 0, bestScore = -1;
    for (int language = 0; language < GaLanguageCount; ++language) {
        QSet<QString> names;
        auto add = [&](const GaTerm &term) {
            for (const QString &name : gaNames(term, language))
                names.insert(ColumnMap::normalise(name));
        };
        std::for_each(std::begin(gaColumns), std::end(gaColumns), add);
        std::for_each(std::begin(gaDimensions), std::end(gaDimensions), add);
        int score = 0;
        for (const QString &cell : header.fields)
            score += names.contains(ColumnMap::normalise(cell)) ? 1 : 0;
        if (score > bestScore) {
            best = language;
            bestScore = score;
        }
    }
    return best;
}

const QVector<ColumnSpec> &ga4Metrics()
{
    static const QVector<ColumnSpec> specs = {
        {QStringLiteral("web:sessions"), {QStringLiteral("Sessions")}},
        {QStringLiteral("web:users"), {QStringLiteral("Total users"), QStringLiteral("Active users"), QStringLiteral("Users"),
                                       QStringLiteral("Utilisateurs actifs"), QStringLiteral("Nombre total d'utilisateurs"), QStringLiteral("Aktive Nutzer")}},
        {QStringLiteral("web:new_users"), {QStringLiteral("New users"), QStringLiteral("Nouveaux utilisateurs"), QStringLiteral("Neue Nutzer")}},
        {QStringLiteral("web:engaged_sessions"), {QStringLiteral("Engaged sessions"), QStringLiteral("Sessions avec engagement"), QStringLiteral("Sitzungen mit Interaktionen")}},
        {EngagementRate, {QStringLiteral("Engagement rate"), QStringLiteral("Taux d'engagement"), QStringLiteral("Engagement-Rate")}, false, Kind::Fraction},
        {QStringLiteral("web:bounce_rate"), {QStringLiteral("Bounce rate"), QStringLiteral("Taux de rebond"), QStringLiteral("Absprungrate")}, false, Kind::Fraction},
        {QStringLiteral("web:avg_session_seconds"), {QStringLiteral("Average engagement time per session"), QStringLiteral("Durée d'engagement moyenne par session"),
                                                     QStringLiteral("Average session duration")}, false, Kind::Duration},
        {QStringLiteral("web:pageviews"), {QStringLiteral("Views"), QStringLiteral("Vues"), QStringLiteral("Aufrufe")}},
        {QStringLiteral("web:conversions"), {QStringLiteral("Key events"), QStringLiteral("Conversions"), QStringLiteral("Événements clés"), QStringLiteral("Schlüsselereignisse")}},
        {QStringLiteral("web:actions"), {QStringLiteral("Event count"), QStringLiteral("Nombre d'événements"), QStringLiteral("Ereignisanzahl")}},
        {QStringLiteral("web:exits"), {QStringLiteral("Exits"), QStringLiteral("Sorties"), QStringLiteral("Ausstiege")}},
        {Ignored, {QStringLiteral("Events per session"), QStringLiteral("Session key event rate"), QStringLiteral("User key event rate"),
                   QStringLiteral("Total revenue"), QStringLiteral("Average engagement time per active user"),
                   QStringLiteral("Engaged sessions per active user"), QStringLiteral("Revenus totaux")}},
    };
    return specs;
}

// --- Matomo's columns ------------------------------------------------------------------------

// What Beamline stores from each column Matomo exports, by raw metric id; the column's name
// in each UI language is in MatomoTerms.
struct MatomoColumn {
    const char *id;
    const char *role;
    Kind kind;
    const char *otherIds; // the same column under other raw ids, '|'-separated
};

constexpr MatomoColumn matomoColumns[] = {
    {"nb_visits", "web:sessions", Kind::Number, ""},
    {"nb_uniq_visitors", "web:users", Kind::Number, ""},
    {"nb_actions", "web:actions", Kind::Number, ""},
    {"bounce_count", "derived:bounces", Kind::Number, "entry_bounce_count"},
    {"sum_visit_length", "derived:total_seconds", Kind::Duration, ""},
    {"bounce_rate", "web:bounce_rate", Kind::PercentString, ""},
    {"avg_time_on_site", "web:avg_session_seconds", Kind::Duration, ""},
    {"nb_conversions", "web:conversions", Kind::Number, ""},
    {"nb_hits", "web:pageviews", Kind::Number, "nb_pageviews"},
    {"nb_uniq_pageviews", "web:unique_pageviews", Kind::Number, ""},
    {"exit_nb_visits", "web:exits", Kind::Number, ""},
    {"exit_rate", "web:exit_rate", Kind::PercentString, ""},
    {"entry_nb_visits", "web:entrances", Kind::Number, ""},
    {"avg_time_on_page", "web:avg_time_on_page_seconds", Kind::Duration, ""},
    // Read past: per-visit averages of the counts above, revenue, and the users of User ID.
    {"max_actions", "ignored", Kind::Text, ""},
    {"nb_actions_per_visit", "ignored", Kind::Text, ""},
    {"nb_visits_converted", "ignored", Kind::Text, ""},
    {"nb_users", "ignored", Kind::Text, ""},
    {"revenue", "ignored", Kind::Text, ""},
    {"conversion_rate", "ignored", Kind::Text, ""},
};

// The columns of a Matomo export in one UI language (MatomoTerms::Raw: metric ids). Names
// left in English by a translated export still read. "Unique visitors (daily sum)" is a sum
// of each day's visitors, not the visitors of the period: it is read past.
QVector<ColumnSpec> matomoMetrics(int language)
{
    QVector<ColumnSpec> specs;
    for (const MatomoColumn &column : matomoColumns) {
        QStringList aliases{QString::fromLatin1(column.id)};
        aliases += QString::fromLatin1(column.otherIds).split(QLatin1Char('|'), Qt::SkipEmptyParts);
        aliases += MatomoTerms::texts(column.id, language);
        for (const QString &english : MatomoTerms::texts(column.id, 0)) {
            if (!aliases.contains(english))
                aliases.append(english);
        }
        specs.append({QString::fromLatin1(column.role), aliases, false, column.kind});
    }
    QStringList dailySums{QStringLiteral("sum_daily_nb_uniq_visitors"), QStringLiteral("sum_daily_nb_users")};
    for (const int l : {language, 0}) {
        for (const QString &sum : MatomoTerms::texts("daily_sum", l)) {
            for (const char *id : {"nb_uniq_visitors", "nb_users"}) {
                for (const QString &name : MatomoTerms::texts(id, l))
                    dailySums.append(QStringLiteral("%1 (%2)").arg(name, sum));
            }
        }
    }
    specs.append({Ignored, dailySums, false, Kind::Text});
    return specs;
}

// "Metadata: segment" in a language ("Metadaten: segment", "Méta-données: segment").
QStringList matomoMetadata(const char *name, int language)
{
    QStringList out{QStringLiteral("metadata_") + QString::fromLatin1(name)};
    for (const int l : {language, 0}) {
        for (const QString &word : MatomoTerms::texts("metadata", l))
            out.append(QStringLiteral("%1: %2").arg(word, QString::fromLatin1(name)));
    }
    return out;
}

// A header cell that names a column Matomo exports, in any language.
bool isMatomoMetric(const QString &cell)
{
    static const QSet<QString> names = [] {
        QSet<QString> out;
        for (const MatomoColumn &column : matomoColumns) {
            out.insert(ColumnMap::normalise(QString::fromLatin1(column.id)));
            for (const QString &id : QString::fromLatin1(column.otherIds).split(QLatin1Char('|'), Qt::SkipEmptyParts))
                out.insert(ColumnMap::normalise(id));
            for (const QString &name : MatomoTerms::allTexts(column.id))
                out.insert(ColumnMap::normalise(name));
        }
        return out;
    }();
    return names.contains(ColumnMap::normalise(cell));
}

bool isMatomoMetadata(const QString &cell)
{
    if (cell.startsWith(QLatin1String("metadata_")))
        return true;
    const QString prefix = cell.section(QLatin1Char(':'), 0, 0);
    return cell.contains(QLatin1Char(':')) && MatomoTerms::allTexts("metadata").contains(prefix.trimmed());
}

// Which breakdown a report is, from its first dimension column.
QString reportOf(const QString &dimension)
{
    if (const GaTerm *term = gaTermOf(gaDimensions, dimension))
        return QString::fromLatin1(term->role);
    const QString d = ColumnMap::normalise(dimension);
    static const QHash<QString, QString> known = {
        {QStringLiteral("landing page"), QStringLiteral("landing_page")}, {QStringLiteral("bestemmingspagina"), QStringLiteral("landing_page")},
        {QStringLiteral("landing page + query string"), QStringLiteral("landing_page")}, {QStringLiteral("page de destination"), QStringLiteral("landing_page")},
        {QStringLiteral("source / medium"), QStringLiteral("source_medium")}, {QStringLiteral("source/medium"), QStringLiteral("source_medium")},
        {QStringLiteral("bron/medium"), QStringLiteral("source_medium")}, {QStringLiteral("bron / medium"), QStringLiteral("source_medium")},
        {QStringLiteral("session source / medium"), QStringLiteral("source_medium")}, {QStringLiteral("source/support de la session"), QStringLiteral("source_medium")},
        {QStringLiteral("first user source / medium"), QStringLiteral("source_medium")},
        {QStringLiteral("source"), QStringLiteral("referrer")}, {QStringLiteral("bron"), QStringLiteral("referrer")},
        {QStringLiteral("session source"), QStringLiteral("referrer")},
        {QStringLiteral("page"), QStringLiteral("page")}, {QStringLiteral("pagina"), QStringLiteral("page")},
        {QStringLiteral("page path and screen class"), QStringLiteral("page")}, {QStringLiteral("page title and screen class"), QStringLiteral("page_title")},
        {QStringLiteral("page path + query string"), QStringLiteral("page")}, {QStringLiteral("page path"), QStringLiteral("page")},
        {QStringLiteral("page title"), QStringLiteral("page_title")},
        {QStringLiteral("default channel grouping"), QStringLiteral("channel_group")}, {QStringLiteral("session default channel group"), QStringLiteral("channel_group")},
        {QStringLiteral("session primary channel group (default channel group)"), QStringLiteral("channel_group")},
        {QStringLiteral("first user primary channel group (default channel group)"), QStringLiteral("channel_group_first_user")},
        {QStringLiteral("groupe de canaux principal de la session (groupe de canaux par défaut)"), QStringLiteral("channel_group")},
        {QStringLiteral("date"), QStringLiteral("site")}, {QStringLiteral("day"), QStringLiteral("site")},
        {QStringLiteral("datum"), QStringLiteral("site")},
    };
    const auto it = known.constFind(d);
    return it != known.constEnd() ? *it : QStringLiteral("other:") + metricKey(dimension);
}

// The leading header cells that are not metrics are the dimensions.
int dimensionCount(const Record &header, const QVector<ColumnSpec> &metrics)
{
    int n = 0;
    for (const QString &cell : header.fields) {
        if (ColumnMap::matches(Record{{cell}, 0}, metrics) > 0)
            break;
        ++n;
    }
    return qMax(1, n);
}

struct WebTable {
    QString report;
    int dimensions = 1;
    int dateColumn = -1; // a "Date" dimension next to another one: rows are days
    ColumnMap map;
    QVector<ColumnSpec> specs;
    Values::NumberStyle style;
    double sessionsSum = 0;
    std::optional<double> totalsSessions;
    qint64 totalsLine = 0;
};

void setMetric(WebTrafficRow &row, const QString &key, std::optional<double> value)
{
    if (const auto m = MetricKeys::webMetricFromKey(key))
        row.set(*m, value);
}

// Fills a web row from a data record through a table's specs, turning counts and
// per-session helpers into the canonical weighted measures. Returns whether the pageviews
// were estimated from pages per session (rounded: a report's own count is better).
bool fillWebRow(ImportContext &ctx, const Record &record, WebTable &table, WebTrafficRow &row)
{
    bool estimated = false;
    std::optional<double> pagesPerSession, bounces, totalSeconds, engagementRate;
    for (int i = 0; i < table.specs.size(); ++i) {
        const ColumnSpec &spec = table.specs.at(i);
        if (spec.role == Ignored || table.map.specColumn(i) < 0)
            continue;
        const auto v = specValue(ctx, record, table.map, i, spec, table.style);
        if (spec.role == PagesPerSession)
            pagesPerSession = v;
        else if (spec.role == BounceCount)
            bounces = v;
        else if (spec.role == TotalSeconds)
            totalSeconds = v;
        else if (spec.role == EngagementRate)
            engagementRate = v;
        else if (spec.role.startsWith(QLatin1String("web:")))
            setMetric(row, spec.role.mid(4), v);
    }
    // A landing page's entrances are its sessions (Matomo's Entry pages give only those).
    if (table.report == QLatin1String("landing_page") && !row.value(WebMetric::Sessions) && row.value(WebMetric::Entrances))
        row.set(WebMetric::Sessions, row.value(WebMetric::Entrances));
    // Counts give exact rates; the rounded rates and formatted durations of the same rows
    // ("56%", "5 min 13s") are only used when there are no counts.
    const auto sessions = row.value(WebMetric::Sessions);
    if (sessions && *sessions > 0) {
        if (pagesPerSession && !row.value(WebMetric::Pageviews)) {
            row.set(WebMetric::Pageviews, std::round(*pagesPerSession * *sessions));
            estimated = true;
        }
        if (bounces)
            row.set(WebMetric::BounceRate, *bounces / *sessions);
        if (totalSeconds)
            row.set(WebMetric::AvgSessionSeconds, *totalSeconds / *sessions);
    }
    // GA4 defines bounce rate as the share of sessions that were not engaged.
    if (engagementRate && !row.value(WebMetric::BounceRate))
        row.set(WebMetric::BounceRate, 1.0 - *engagementRate);
    return estimated;
}

bool isDateHeader(const QString &header)
{
    static const QStringList names = {QStringLiteral("date"), QStringLiteral("day"), QStringLiteral("datum"), QStringLiteral("jour"),
                                      QStringLiteral("dag"), QStringLiteral("fecha"), QStringLiteral("data")};
    return names.contains(ColumnMap::normalise(header));
}

// Matomo's "Label" and "Date" columns in its UI languages.
bool isLabelHeader(const QString &header)
{
    static const QSet<QString> names = [] {
        QSet<QString> out{QStringLiteral("label")};
        for (const QString &name : MatomoTerms::allTexts("label"))
            out.insert(ColumnMap::normalise(name));
        return out;
    }();
    return names.contains(ColumnMap::normalise(header));
}

bool isMatomoDateHeader(const QString &header)
{
    static const QSet<QString> names = [] {
        QSet<QString> out{QStringLiteral("date")};
        for (const QString &name : MatomoTerms::allTexts("date"))
            out.insert(ColumnMap::normalise(name));
        return out;
    }();
    return names.contains(ColumnMap::normalise(header));
}

// Sets up a table's dimensions from its header. A date among several dimensions (GA4's
// "Session source / medium" + "Date") makes each row cover its own day.
void setUpDimensions(WebTable &table, const Record &header, const QVector<ColumnSpec> &metrics)
{
    table.dimensions = dimensionCount(header, metrics);
    int report = 0;
    if (table.dimensions > 1) {
        for (int i = 0; i < table.dimensions; ++i) {
            if (isDateHeader(header.fields.at(i))) {
                table.dateColumn = i;
                break;
            }
        }
        if (table.dateColumn == 0)
            report = 1;
    }
    for (int i = 0; i < table.dimensions; ++i)
        table.specs.append({QStringLiteral("dimension%1").arg(i + 1), {header.fields.at(i)}, false, Kind::Text});
    table.specs += metrics;
    table.map.resolve(header, table.specs);
    table.report = reportOf(header.fields.value(report));
}

// The dimension texts of a row, without the date column.
std::pair<QString, QString> dimensionsOf(const Record &record, const WebTable &table)
{
    QStringList parts;
    for (int i = 0; i < table.dimensions && i < record.fields.size(); ++i) {
        if (i != table.dateColumn)
            parts.append(stripFormulaGuard(record.fields.at(i).trimmed()));
    }
    const QString first = parts.value(0);
    parts.removeFirst();
    // A totals row leaves every dimension empty ("Browser,Browser Version,Operating System":
    // ",,,15524").
    if (std::all_of(parts.cbegin(), parts.cend(), [](const QString &p) { return p.isEmpty(); }))
        return {first, QString()};
    return {first, parts.join(QStringLiteral(" / "))};
}

bool isTotalsLabel(const QString &label)
{
    static const QSet<QString> labels = {QStringLiteral("grand total"), QStringLiteral("totals"), QStringLiteral("total"),
                                         QStringLiteral("total général"), QStringLiteral("gesamtsumme"), QStringLiteral("totaal")};
    const QStringView t = QStringView(label).trimmed();
    if (t.isEmpty() || !(t.front() == QLatin1Char('G') || t.front() == QLatin1Char('T') || t.front() == QLatin1Char('g')
                         || t.front() == QLatin1Char('t')))
        return false;
    return labels.contains(ColumnMap::normalise(label));
}

void crossCheckTotals(ImportContext &ctx, const WebTable &table)
{
    // Only a breakdown that partitions the sessions (every session has one source, one landing
    // page…) adds up to the total; a session visits several pages, and a keyword report leaves
    // out the sessions without one.
    static const QStringList partitions = {QStringLiteral("site"), QStringLiteral("source_medium"), QStringLiteral("channel_group"),
                                           QStringLiteral("channel_group_first_user"), QStringLiteral("landing_page"), QStringLiteral("referrer")};
    if (!partitions.contains(table.report))
        return;
    if (table.totalsSessions && qAbs(*table.totalsSessions - table.sessionsSum) > 0.5) {
        ctx.warn(table.totalsLine, FormatMessages::tr("the totals row says %1 sessions but the rows add up to %2 (the report may be sampled or cut off)")
                                       .arg(*table.totalsSessions, 0, 'f', 0)
                                       .arg(table.sessionsSum, 0, 'f', 0));
    }
}

// A row with its own date column covers that day (inside the report's period).
bool rowDay(const Record &record, const WebTable &table, WebTrafficRow &row, ImportContext &ctx)
{
    if (table.dateColumn < 0)
        return true;
    const QString text = record.fields.value(table.dateColumn).trimmed();
    Values::DateTime day = Values::dateTime(text, Values::DateLayout::Compact);
    if (!day.ok())
        day = Values::dateTime(text, Values::DateLayout::Iso);
    if (!day.ok()) {
        ctx.skip(record.line, table.dateColumn + 1, QCoreApplication::translate("Beamline::ImportFormats", "column %1: “%2” is not a date")
                                  .arg(table.dateColumn + 1)
                                  .arg(text));
        return false;
    }
    row.periodStart = row.periodEnd = day.date;
    return true;
}

// "17-09-14" (Dutch), "14.09.17", "14/09/2017": a Day Index written day first, as Google
// Analytics does in every UI language but English.
Values::DateTime dayFirstDate(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,4})[-./](\\d{1,2})[-./](\\d{2,4})$"));
    Values::DateTime out;
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch()) {
        out.status = Values::Status::Invalid;
        return out;
    }
    int day = m.captured(1).toInt(), month = m.captured(2).toInt(), year = m.captured(3).toInt();
    if (m.captured(1).size() == 4)
        std::swap(day, year); // 2017-01-14
    if (year < 100)
        year += 2000;
    out.date = QDate(year, month, day);
    out.status = out.date.isValid() ? Values::Status::Ok : Values::Status::Invalid;
    return out;
}

// How the days of a day table are written: detected from the column (English: M/D/YY), or
// day first.
enum class DayOrder { Detect, DayFirst };

// Reads a "date + sessions" table (GA day index, GA4 second table) into the site's time series.
bool readDayTable(PeekableStream &stream, ImportContext &ctx, const Record &header, qint64 source, const QVector<ColumnSpec> &metrics,
                  Values::NumberStyle style, std::optional<double> expectedSessions, DayOrder order = DayOrder::Detect)
{
    WebTable table;
    table.specs = {{QStringLiteral("day"), {header.fields.value(0)}, true, Kind::Text}};
    table.specs += metrics;
    table.map.resolve(header, table.specs);
    table.style = style;
    ctx.columns += table.map.describe();
    // Buffer the rows: the day/month order of the whole column decides the date layout.
    QVector<Record> rows;
    Record record;
    while (nextDataRow(stream, ctx, table.map.headerSize(), record)) {
        if (!ctx.keepGoing(stream))
            return false;
        rows.append(record);
    }
    QStringList dates;
    for (const Record &r : std::as_const(rows)) {
        if (!r.fields.value(0).trimmed().isEmpty())
            dates.append(r.fields.value(0));
    }
    const std::optional<Values::DateLayout> layout = Values::detectLayout(dates);
    for (const Record &r : std::as_const(rows)) {
        ++ctx.rowsRead;
        const QString dayText = r.fields.value(0).trimmed();
        WebTrafficRow row;
        row.sourceId = source;
        row.report = QStringLiteral("site");
        fillWebRow(ctx, r, table, row);
        if (dayText.isEmpty()) {
            // The table's own total (the report's totals row holds the site's figures for the period).
            table.totalsSessions = row.value(WebMetric::Sessions);
            table.totalsLine = r.line;
            continue;
        }
        const Values::DateTime day = order == DayOrder::DayFirst ? dayFirstDate(dayText)
            : layout                                              ? Values::dateTime(dayText, *layout)
                                                                  : Values::DateTime{};
        if (!day.ok()) {
            ctx.skip(r.line, 1, FormatMessages::tr("column 1: “%1” is not a date").arg(dayText));
            continue;
        }
        row.periodStart = row.periodEnd = day.date;
        row.sourceLine = r.line;
        table.sessionsSum += row.value(WebMetric::Sessions).value_or(0);
        ctx.count(ctx.sink().web(row));
    }
    crossCheckTotals(ctx, table);
    if (expectedSessions && qAbs(*expectedSessions - table.sessionsSum) > 0.5 && !rows.isEmpty()) {
        ctx.warn(header.line, FormatMessages::tr("the daily table adds up to %1 sessions but the report's total is %2")
                                  .arg(table.sessionsSum, 0, 'f', 0)
                                  .arg(*expectedSessions, 0, 'f', 0));
    }
    return true;
}

// The first record after a Google Analytics comment block: the table's header.
const Record *headerAfterComments(const ProbeInfo &probe)
{
    for (const Record &r : probe.records) {
        if (r.isBlank() || r.fields.value(0).trimmed().startsWith(QLatin1Char('#')))
            continue;
        return &r;
    }
    return nullptr;
}

// Column names that only GA4 writes ("Total users", "Key events"...): a GA4 exploration has
// the same comment block as a Universal Analytics report.
bool hasGa4Metrics(const Record &header)
{
    return ColumnMap::hasAny(header, {QStringLiteral("Total users"), QStringLiteral("Active users"), QStringLiteral("Key events"),
                                      QStringLiteral("Engaged sessions"), QStringLiteral("Event count"), QStringLiteral("Engagement rate"),
                                      QStringLiteral("Views per session"), QStringLiteral("Average engagement time per session")});
}

// Passes over the rest of a table (up to a blank line) that is not read.
void skipTable(PeekableStream &stream)
{
    Record record;
    while (stream.next(record) && !record.isBlank()) { }
}

// Reads the comment block of a Google Analytics export.
QStringList readComments(PeekableStream &stream)
{
    QStringList comments;
    Record record;
    while (stream.next(record)) {
        const QString first = record.fields.value(0).trimmed();
        if (first.startsWith(QLatin1Char('#'))) {
            // Excel pads comment lines with commas: the text is the first cell.
            QString text = record.fields.join(QLatin1Char(',')).trimmed();
            while (text.endsWith(QLatin1Char(',')))
                text.chop(1);
            comments.append(text.mid(1).trimmed());
            continue;
        }
        if (record.isBlank())
            continue;
        stream.unread(record);
        break;
    }
    return comments;
}

// --- Universal Analytics -------------------------------------------------------------------

class GoogleAnalyticsUniversal final : public ImportFormat
{
public:
    QString id() const override { return QStringLiteral("ga-universal"); }
    QString displayName() const override { return FormatMessages::tr("Google Analytics (Universal Analytics) report"); }

    int detect(const ProbeInfo &probe) const override
    {
        static const QRegularExpression range(QStringLiteral("^#\\s*\\d{8}-\\d{8}"));
        if (const Record *header = headerAfterComments(probe); header && hasGa4Metrics(*header))
            return 0; // a GA4 exploration
        int comments = 0, rules = 0;
        for (const Record &r : probe.records) {
            const QString first = r.fields.value(0).trimmed();
            if (!first.startsWith(QLatin1Char('#')))
                break;
            ++comments;
            if (range.match(first).hasMatch())
                return comments <= 5 ? 90 : 80;
            if (first.startsWith(QLatin1String("# ---")))
                ++rules;
        }
        // The block between its "# ----" rules without a date range (cut out before the file
        // was shared): still GA's, when the table's columns are; its period is then asked for.
        const Record *header = headerAfterComments(probe);
        if (rules == 2 && comments <= 6 && header && ColumnMap::matches(*header, uaMetrics()) > 0)
            return 70;
        return 0;
    }

    bool read(PeekableStream &stream, ImportContext &ctx) const override
    {
        const QStringList comments = readComments(stream);
        static const QRegularExpression rangeRe(QStringLiteral("^(\\d{8})-(\\d{8})"));
        QDate start, end;
        QString view, report;
        QStringList textLines;
        for (const QString &c : comments) {
            if (c.startsWith(QLatin1String("---")) || c.isEmpty())
                continue;
            const auto m = rangeRe.match(c);
            if (m.hasMatch()) {
                start = QDate::fromString(m.captured(1), QStringLiteral("yyyyMMdd"));
                end = QDate::fromString(m.captured(2), QStringLiteral("yyyyMMdd"));
            } else {
                textLines.append(c);
            }
        }
        view = textLines.value(0, QStringLiteral("Google Analytics"));
        report = textLines.value(1);
        if (!start.isValid() || !end.isValid()) {
            start = ctx.givenPeriodStart;
            end = ctx.givenPeriodEnd;
        }
        if (!start.isValid() || !end.isValid() || end < start) {
            ctx.failNeedsPeriod(1, FormatMessages::tr("the date range line (# YYYYMMDD-YYYYMMDD) is missing from the report's header block: "
                                                      "give its period in the import preview (on the command line: --period FROM..TO)"));
            return false;
        }
        ctx.metadata.insert(QStringLiteral("view"), view);
        ctx.metadata.insert(QStringLiteral("report"), report);
        ctx.setPeriod(start, end);
        ctx.capturedAt = QDateTime(end.addDays(1), QTime(0, 0), QTimeZone::utc());
        const qint64 source = ctx.sink().webSource(QStringLiteral("ga"), view);

        Record header;
        if (!stream.next(header)) {
            ctx.fail(comments.size() + 1, 1, FormatMessages::tr("the report has no table"));
            return false;
        }
        // The UI language decides the column names, the numbers ("2.546" is two thousand
        // five hundred and forty-six in Dutch) and how the Day Index writes its days.
        const int language = uaLanguage(header);
        ctx.metadata.insert(QStringLiteral("language"), gaLanguages().at(language));
        WebTable table;
        setUpDimensions(table, header, uaMetrics());
        table.specs = table.specs.mid(0, table.dimensions) + uaMetrics(language);
        table.map.resolve(header, table.specs);
        ctx.metadata.insert(QStringLiteral("breakdown"), table.report);
        ctx.columns = table.map.describe();
        stream.fill(40);
        QVector<Record> sample;
        for (qsizetype i = 0; i < stream.buffered(); ++i)
            sample.append(stream.peek(i));
        table.style = language > 0 ? Values::NumberStyle{QLatin1Char(',')} : guessNumberStyle(sample, table.dimensions);
        // A report on a dimension Beamline does not read (Browser, Country…): its rows are left
        // out, its totals row and its Day Index are the site's figures all the same.
        const bool rowsRead = !table.report.startsWith(QLatin1String("other:"));
        if (!rowsRead) {
            ctx.warn(header.line, FormatMessages::tr("a %1 report; Beamline reads traffic sources, landing pages, pages and the Day Index, so its "
                                                     "rows were left out (its totals and Day Index give the site's figures)")
                                      .arg(unusedReportName(header, table.dimensions)));
        }

        Record record;
        while (nextDataRow(stream, ctx, table.map.headerSize(), record)) {
            ++ctx.rowsRead;
            if (!ctx.keepGoing(stream))
                return false;
            WebTrafficRow row;
            row.sourceId = source;
            row.report = table.report;
            row.periodStart = start;
            row.periodEnd = end;
            row.sourceLine = record.line;
            const bool estimatedPageviews = fillWebRow(ctx, record, table, row);
            const auto [dimension, dimension2] = dimensionsOf(record, table);
            if (dimension.isEmpty() && dimension2.isEmpty()) {
                // The totals row (its dimension cells are empty): the site's figures for the
                // report's period, visitors included, which no sum of rows gives. Estimated
                // pageviews are left to a Pages report's count (or the rows' sum).
                table.totalsSessions = row.value(WebMetric::Sessions);
                table.totalsLine = record.line;
                row.report = QStringLiteral("site");
                if (estimatedPageviews)
                    row.set(WebMetric::Pageviews, std::nullopt);
                ctx.count(ctx.sink().web(row));
                continue;
            }
            if (!rowsRead)
                continue;
            row.dimension = dimension;
            row.dimension2 = dimension2;
            if (!rowDay(record, table, row, ctx))
                continue;
            if (table.report == QLatin1String("site")) {
                // (clang 14 does not capture a structured binding in a lambda: name it first.)
                const QString &dayText = dimension;
                const Values::DateTime dt = language > 0 ? dayFirstDate(dayText) : [&dayText] {
                    const auto layout = Values::detectLayout({dayText});
                    return layout ? Values::dateTime(dayText, *layout) : Values::DateTime{};
                }();
                if (dt.ok()) {
                    row.periodStart = row.periodEnd = dt.date;
                    row.dimension.clear();
                }
            }
            table.sessionsSum += row.value(WebMetric::Sessions).value_or(0);
            ctx.count(ctx.sink().web(row));
        }
        if (rowsRead)
            crossCheckTotals(ctx, table);

        // A second table: the sessions by day ("Day Index") or by hour.
        Record next;
        while (stream.next(next)) {
            if (next.isBlank())
                continue;
            const GaTerm *second = gaTermOf(gaSecondTables, next.fields.value(0));
            if (second && qstrcmp(second->role, "day") == 0) {
                if (!readDayTable(stream, ctx, next, source, uaMetrics(language), table.style, table.totalsSessions,
                                  language > 0 ? DayOrder::DayFirst : DayOrder::Detect))
                    return false;
            } else if (second) {
                ctx.warn(next.line, FormatMessages::tr("the sessions-by-hour table was not imported (Beamline keeps days)"));
                skipTable(stream);
            } else {
                ctx.warn(next.line, FormatMessages::tr("an unknown second table starting with “%1” was not imported").arg(next.fields.value(0)));
                skipTable(stream);
            }
        }
        return !stream.error().isError();
    }

    QStringList languages() const override { return gaLanguages(); }

private:
    // "Browser", "Browser & OS": the English name of a report Beamline does not read (the
    // header's own words when it is not a known one).
    static QString unusedReportName(const Record &header, int dimensions)
    {
        QStringList names;
        for (int i = 0; i < dimensions; ++i) {
            const QString cell = header.fields.value(i).trimmed();
            const GaTerm *term = gaTermOf(gaUnusedDimensions, cell);
            if (term && qstrcmp(term->role, "Browser Version") == 0)
                continue; // "Browser, Browser Version" is a Browser report
            names.append(term ? QCoreApplication::translate("Beamline::ImportFormats", term->role) : cell);
        }
        const QString browser = FormatMessages::tr("Browser"), os = FormatMessages::tr("Operating System");
        if (names.contains(browser) && names.contains(os))
            return FormatMessages::tr("Browser & OS");
        return names.join(QStringLiteral(" / "));
    }
};

// --- Google Analytics 4 ----------------------------------------------------------------------

class GoogleAnalytics4 final : public ImportFormat
{
public:
    QString id() const override { return QStringLiteral("ga4"); }
    QString displayName() const override { return FormatMessages::tr("Google Analytics 4 report"); }

    int detect(const ProbeInfo &probe) const override
    {
        bool start = false, property = false, range = false;
        for (const Record &r : probe.records) {
            const QString line = r.fields.join(QLatin1Char(' ')).trimmed();
            if (!line.startsWith(QLatin1Char('#')))
                continue;
            if (startDate.match(line).hasMatch())
                start = true;
            if (propertyRe.match(line).hasMatch())
                property = true;
            if (rangeRe.match(line).hasMatch())
                range = true;
        }
        if (start)
            return property ? 92 : 75;
        // An exploration: "# 20241122-20260120" and GA4's column names.
        const Record *header = headerAfterComments(probe);
        return range && header && hasGa4Metrics(*header) ? 92 : 0;
    }

    bool read(PeekableStream &stream, ImportContext &ctx) const override
    {
        QStringList comments = readComments(stream);
        QDate start, end;
        QString property, title;
        auto scan = [&](const QStringList &lines) {
            for (const QString &c : lines) {
                const QString line = QLatin1Char('#') + c;
                if (const auto m = startDate.match(line); m.hasMatch())
                    start = QDate::fromString(m.captured(1), QStringLiteral("yyyyMMdd"));
                else if (const auto m2 = endDate.match(line); m2.hasMatch())
                    end = QDate::fromString(m2.captured(1), QStringLiteral("yyyyMMdd"));
                else if (const auto m4 = rangeRe.match(line); m4.hasMatch()) {
                    start = QDate::fromString(m4.captured(1), QStringLiteral("yyyyMMdd"));
                    end = QDate::fromString(m4.captured(2), QStringLiteral("yyyyMMdd"));
                }
                else if (const auto m3 = propertyRe.match(line); m3.hasMatch())
                    property = m3.captured(1).trimmed();
                else if (title.isEmpty() && !c.startsWith(QLatin1String("---")) && !c.isEmpty() && !c.contains(QLatin1String("Account"))
                         && !c.contains(QLatin1String("Compte")))
                    title = c;
            }
        };
        scan(comments);
        if (property.isEmpty()) {
            // An exploration: "# <property>", "# <exploration>", "# 20241122-20260120".
            QStringList text;
            for (const QString &c : std::as_const(comments)) {
                if (!c.isEmpty() && !c.startsWith(QLatin1String("---")) && !rangeRe.match(QLatin1Char('#') + c).hasMatch())
                    text.append(c);
            }
            if (text.size() >= 2) {
                property = text.at(0);
                title = text.at(1);
            }
        }
        if (!start.isValid() || !end.isValid()) {
            ctx.fail(1, 1, FormatMessages::tr("the start and end dates (# Start date: / # End date:) are missing from the report's header block"));
            return false;
        }
        ctx.metadata.insert(QStringLiteral("report"), title);
        ctx.metadata.insert(QStringLiteral("property"), property);
        ctx.setPeriod(start, end);
        ctx.capturedAt = QDateTime(end.addDays(1), QTime(0, 0), QTimeZone::utc());
        const qint64 source = ctx.sink().webSource(QStringLiteral("ga4"), property.isEmpty() ? QStringLiteral("Google Analytics 4") : property);

        bool first = true;
        Record header;
        while (stream.next(header)) {
            if (header.isBlank())
                continue;
            if (header.fields.value(0).trimmed().startsWith(QLatin1Char('#'))) {
                stream.unread(header);
                comments = readComments(stream);
                continue;
            }
            if (!first && ColumnMap::normalise(header.fields.value(0)) == QLatin1String("date")) {
                if (!readDayTable(stream, ctx, header, source, ga4Metrics(), guessNumberStyle({}, 0), std::nullopt))
                    return false;
                continue;
            }
            if (!readTable(stream, ctx, header, source, start, end))
                return false;
            first = false;
        }
        return !stream.error().isError();
    }

private:
    bool readTable(PeekableStream &stream, ImportContext &ctx, const Record &header, qint64 source, QDate start, QDate end) const
    {
        WebTable table;
        setUpDimensions(table, header, ga4Metrics());
        ctx.metadata.insert(QStringLiteral("breakdown"), table.report);
        ctx.columns += table.map.describe();
        stream.fill(40);
        QVector<Record> sample;
        for (qsizetype i = 0; i < stream.buffered(); ++i)
            sample.append(stream.peek(i));
        table.style = ctx.probe().delimiter == QLatin1Char(';') ? Values::NumberStyle{QLatin1Char(',')}
                                                                 : guessNumberStyle(sample, table.dimensions);
        // An exploration starts with its grand total: empty dimensions and one cell more than
        // the header, "Grand total".
        qint64 grandTotalLine = 0;
        Record record;
        if (stream.next(record)) {
            if (record.fields.size() == table.map.headerSize() + 1 && isTotalsLabel(record.fields.constLast())) {
                record.fields.removeLast();
                grandTotalLine = record.line;
            }
            stream.unread(record);
        }
        while (nextDataRow(stream, ctx, table.map.headerSize(), record)) {
            ++ctx.rowsRead;
            if (!ctx.keepGoing(stream))
                return false;
            WebTrafficRow row;
            row.sourceId = source;
            row.report = table.report;
            row.periodStart = start;
            row.periodEnd = end;
            row.sourceLine = record.line;
            fillWebRow(ctx, record, table, row);
            const auto [dimension, dimension2] = dimensionsOf(record, table);
            if (record.line == grandTotalLine || isTotalsLabel(dimension) || isTotalsLabel(record.fields.value(0))) {
                // The grand total: the site's figures for the report's period.
                table.totalsSessions = row.value(WebMetric::Sessions);
                table.totalsLine = record.line;
                row.report = QStringLiteral("site");
                ctx.count(ctx.sink().web(row));
                continue;
            }
            row.dimension = dimension;
            row.dimension2 = dimension2;
            if (!rowDay(record, table, row, ctx))
                continue;
            if (table.report == QLatin1String("site")) {
                const Values::DateTime day = Values::dateTime(dimension, Values::DateLayout::Compact);
                if (day.ok()) {
                    row.periodStart = row.periodEnd = day.date;
                    row.dimension.clear();
                }
            }
            table.sessionsSum += row.value(WebMetric::Sessions).value_or(0);
            ctx.count(ctx.sink().web(row));
        }
        crossCheckTotals(ctx, table);
        return true;
    }

    const QRegularExpression startDate{QStringLiteral("^#\\s*(?:Start date|Date de début|Startdatum|Fecha de inicio|Data di inizio|시작일)\\s*:\\s*(\\d{8})")};
    const QRegularExpression endDate{QStringLiteral("^#\\s*(?:End date|Date de fin|Enddatum|Fecha de finalización|Data di fine|종료일)\\s*:\\s*(\\d{8})")};
    const QRegularExpression propertyRe{QStringLiteral("^#\\s*(?:Property|Propriété|Property-Name|Propiedad|Proprietà|속성)\\s*:\\s*(.*)$")};
    const QRegularExpression rangeRe{QStringLiteral("^#\\s*(\\d{8})-(\\d{8})\\s*$")};
};

// --- Matomo ----------------------------------------------------------------------------------

// Which breakdown a Matomo report with a label column is, from its file name ("Export _
// Kanaltyp _ …" in any UI language).
QString matomoReportOf(const QString &fileName)
{
    const QString reportName = MatomoTerms::reportNameInFileName(fileName);
    if (const QString report = MatomoTerms::reportOfName(reportName); !report.isEmpty())
        return report;
    // A name renamed by hand: the report's words anywhere in it.
    const QString name = fileName.toLower();
    static const std::pair<const char *, const char *> reports[] = {
        {"websites", "referrer"}, {"referrers", "referrer"}, {"keywords", "keyword"},
        {"search engines", "search_engine"}, {"channel type", "channel_group"}, {"kanaltyp", "channel_group"},
        {"social networks", "social_network"}, {"entry pages", "landing_page"}, {"einstiegsseiten", "landing_page"},
        {"pages", "page"}, {"seiten", "page"}, {"contents", "content"}, {"content name", "content"},
        {"inhaltsnamen", "content"}, {"inhalte", "content"}, {"campaigns", "campaign"},
    };
    for (const auto &[needle, report] : reports) {
        if (name.contains(QLatin1String(needle)))
            return QString::fromLatin1(report);
    }
    return QStringLiteral("other:") + metricKey(reportName.isEmpty() ? QFileInfo(fileName).completeBaseName() : reportName);
}

// Matomo period cells: "2017-01" (month), "2025-12-29,2026-01-04" (week), "2017-01-05" (day), "2017" (year).
std::pair<QDate, QDate> matomoPeriod(const QString &text)
{
    const QString t = text.trimmed();
    if (t.contains(QLatin1Char(','))) {
        const QDate a = QDate::fromString(t.section(QLatin1Char(','), 0, 0).trimmed(), Qt::ISODate);
        const QDate b = QDate::fromString(t.section(QLatin1Char(','), 1, 1).trimmed(), Qt::ISODate);
        return {a, b};
    }
    if (t.size() == 10) {
        const QDate d = QDate::fromString(t, Qt::ISODate);
        return {d, d};
    }
    if (t.size() == 7) {
        const QDate d = QDate::fromString(t + QStringLiteral("-01"), Qt::ISODate);
        return {d, d.isValid() ? d.addMonths(1).addDays(-1) : QDate()};
    }
    if (t.size() == 4) {
        const int y = t.toInt();
        return {QDate(y, 1, 1), QDate(y, 12, 31)};
    }
    return {};
}

// The period of a report whose rows have no date: its file name's, else the one the user gave.
// Without either the import fails asking for it (ImportContext::needsPeriod()).
bool reportPeriod(ImportContext &ctx, QDate &start, QDate &end)
{
    auto [first, last] = MatomoTerms::periodInFileName(ctx.probe().fileName);
    if (!first.isValid() || !last.isValid()) {
        first = ctx.givenPeriodStart;
        last = ctx.givenPeriodEnd;
    }
    if (!first.isValid() || !last.isValid() || last < first) {
        ctx.failNeedsPeriod(1, FormatMessages::tr("the report's period is not in its file name and its rows have no dates: give its period in the "
                                                  "import preview (on the command line: --period FROM..TO)"));
        return false;
    }
    start = first;
    end = last;
    ctx.setPeriod(first, last);
    ctx.capturedAt = QDateTime(last.addDays(1), QTime(0, 0), QTimeZone::utc());
    return true;
}

// "No data available": what Matomo writes instead of an empty report's table.
bool isNoData(const Record &record)
{
    return record.fields.size() == 1 && record.fields.first().trimmed() == QLatin1String("No data available");
}

int filledCells(const Record &record)
{
    return int(std::count_if(record.fields.cbegin(), record.fields.cend(), [](const QString &c) { return !c.trimmed().isEmpty(); }));
}

// "Country, Continent, Region and 12 more".
QString someNames(const QStringList &names)
{
    constexpr int shown = 12;
    if (names.size() <= shown)
        return names.join(QStringLiteral(", "));
    return FormatMessages::tr("%1 and %n more", nullptr, int(names.size() - shown)).arg(names.mid(0, shown).join(QStringLiteral(", ")));
}

class Matomo final : public ImportFormat
{
public:
    QString id() const override { return QStringLiteral("matomo"); }
    QString displayName() const override { return FormatMessages::tr("Matomo report"); }
    QStringList languages() const override { return MatomoTerms::languages(); }

    int detect(const ProbeInfo &probe) const override
    {
        if (probe.records.isEmpty())
            return 0;
        const Record &header = probe.records.first();
        const QString first = header.fields.value(0);
        const auto metrics = std::count_if(header.fields.cbegin(), header.fields.cend(), isMatomoMetric);
        const bool metadata = std::any_of(header.fields.cbegin(), header.fields.cend(), isMatomoMetadata);
        int score = 0;
        if ((isMatomoDateHeader(first) || isLabelHeader(first)) && (metrics > 0 || metadata))
            score = 80;
        else if (isMatomoMetric(first) && metrics >= 3)
            score = 75; // "nb_uniq_visitors,nb_users,nb_visits,…": the site's figures over the file's period
        if (score > 0 && probe.encoding == TextDecoder::Encoding::Utf16LE)
            score += 10;
        if (score > 0 && probe.names().contains(QLatin1String(" _ ")))
            score += 5;
        return score;
    }

    bool read(PeekableStream &stream, ImportContext &ctx) const override
    {
        Record header;
        if (!stream.next(header)) {
            ctx.fail(1, 1, FormatMessages::tr("the report is empty"));
            return false;
        }
        // "Date,Visits,…": the site's figures by period. "Label,Visits,…": a breakdown over the
        // period the file name gives. "Date,Label,…": a breakdown by period. "Visits,…" (or
        // "nb_visits,…"): the site's figures over the file's period.
        const int language = MatomoTerms::headerLanguage(header.fields);
        ctx.metadata.insert(QStringLiteral("language"), language == MatomoTerms::Raw ? QStringLiteral("raw") : MatomoTerms::languages().at(language));
        const bool dated = isMatomoDateHeader(header.fields.value(0));
        const int labelColumn = dated ? 1 : 0;
        const QString labelHeader = header.fields.value(labelColumn);
        const bool labelled = labelColumn < header.fields.size() && !isMatomoMetric(labelHeader) && !isMatomoMetadata(labelHeader);
        WebTable table;
        if (dated)
            table.specs.append({QStringLiteral("period"), {header.fields.value(0)}, true, Kind::Text});
        if (labelled)
            table.specs.append({QStringLiteral("dimension1"), {labelHeader}, true, Kind::Text});
        table.specs += matomoMetrics(language);
        table.specs.append({QStringLiteral("content_name"), matomoMetadata("Contents_ContentName", language), false, Kind::Text});
        table.specs.append({QStringLiteral("is_aggregate"), matomoMetadata("is_aggregate", language), false, Kind::Text});
        table.specs.append({QStringLiteral("segment"), matomoMetadata("segment", language), false, Kind::Text});
        table.map.resolve(header, table.specs);
        table.report = labelled ? matomoReportOf(ctx.probe().fileName) : QStringLiteral("site");
        // Rates follow the UI language: "66,67 %" in German, "66.67%" in English.
        table.style = Values::NumberStyle{MatomoTerms::decimalSeparator(language)};
        ctx.columns = table.map.describe();
        ctx.metadata.insert(QStringLiteral("breakdown"), table.report);
        QDate fileStart, fileEnd;
        if (!dated && !reportPeriod(ctx, fileStart, fileEnd))
            return false;
        const qint64 source = ctx.sink().webSource(QStringLiteral("matomo"), QStringLiteral("Matomo"));

        Record record;
        // A column that first appears on a later day is in the header, not in earlier rows.
        while (nextDataRow(stream, ctx, table.map.headerSize(), record, ShortRows::MissingCellsAreEmpty)) {
            ++ctx.rowsRead;
            if (!ctx.keepGoing(stream))
                return false;
            WebTrafficRow row;
            row.sourceId = source;
            row.report = table.report;
            row.sourceLine = record.line;
            fillWebRow(ctx, record, table, row);
            const QString label = stripFormulaGuard(table.map.cell(record, QStringLiteral("dimension1")).trimmed());
            if (dated) {
                const QString period = table.map.cell(record, QStringLiteral("period")).trimmed();
                const auto [a, b] = matomoPeriod(period);
                if (!a.isValid() || !b.isValid()) {
                    ctx.skip(record.line, 1, FormatMessages::tr("column 1: “%1” is not a period").arg(period.left(40)));
                    continue;
                }
                row.periodStart = a;
                row.periodEnd = b;
                ctx.coverDay(a);
                ctx.coverDay(b);
            } else {
                row.periodStart = fileStart;
                row.periodEnd = fileEnd;
            }
            if (labelled) {
                row.dimension = label;
                // Hierarchical reports: a detail row's segment ("contentName==Open+Days+Banner")
                // names its parent.
                const QString aggregate = table.map.cell(record, QStringLiteral("is_aggregate")).trimmed();
                QString parent = table.map.cell(record, QStringLiteral("segment")).section(QStringLiteral("=="), 1);
                parent = QUrl::fromPercentEncoding(parent.replace(QLatin1Char('+'), QLatin1Char(' ')).toUtf8());
                if (parent.isEmpty())
                    parent = table.map.cell(record, QStringLiteral("content_name")).trimmed();
                if (aggregate == QLatin1String("0") && !parent.isEmpty() && label != parent) {
                    row.dimension = parent;
                    row.dimension2 = label.startsWith(parent + QStringLiteral(" - ")) ? label.mid(parent.size() + 3) : label;
                }
            }
            ctx.count(ctx.sink().web(row));
        }
        return !stream.error().isError();
    }
};

// Matomo's scheduled e-mail report as CSV or TSV: many reports stacked, each a title line, its
// metric ids, its rows and a blank line ("No data available" instead of the table when it is
// empty), over the period its file name gives ("<title> - <period> - <description>.csv").
class MatomoScheduledReport final : public ImportFormat
{
public:
    QString id() const override { return QStringLiteral("matomo-scheduled"); }
    QString displayName() const override { return FormatMessages::tr("Matomo scheduled report"); }
    QStringList languages() const override { return MatomoTerms::languages(); }

    int detect(const ProbeInfo &probe) const override
    {
        // A title alone on its line, then a header of metric ids ("label,nb_visits,…") or
        // "No data available".
        const QVector<Record> &records = probe.records;
        qsizetype i = 0;
        while (i < records.size() && records.at(i).isBlank())
            ++i;
        if (i + 1 >= records.size() || filledCells(records.at(i)) != 1 || records.at(i).fields.first().trimmed().startsWith(QLatin1Char('#')))
            return 0;
        const Record &next = records.at(i + 1);
        if (isNoData(next))
            return 70;
        static const QRegularExpression identifier(QStringLiteral("^[A-Za-z][A-Za-z0-9_]*$"));
        int known = 0;
        for (const QString &cell : next.fields) {
            if (!identifier.match(cell.trimmed()).hasMatch())
                return 0;
            if (MatomoTerms::metricIds().contains(cell.trimmed()) || cell.trimmed() == QLatin1String("label"))
                ++known;
        }
        return known > 0 ? 88 : 0;
    }

    bool read(PeekableStream &stream, ImportContext &ctx) const override
    {
        QDate start, end;
        if (!reportPeriod(ctx, start, end))
            return false;
        const qint64 source = ctx.sink().webSource(QStringLiteral("matomo"), QStringLiteral("Matomo"));
        QStringList imported, leftOut, empty;
        Record title;
        while (stream.next(title)) {
            if (title.isBlank())
                continue;
            if (filledCells(title) != 1) {
                ctx.fail(title.line, 1, FormatMessages::tr("a report's title was expected alone on this line (is the blank line after "
                                                           "the report above missing?)"));
                return false;
            }
            const QString name = title.fields.first().trimmed();
            Record header;
            if (!stream.next(header) || header.isBlank() || isNoData(header)) {
                empty.append(name);
                continue;
            }
            const QString report = MatomoTerms::reportOfName(name);
            const bool labelled = ColumnMap::normalise(header.fields.value(0)) == QLatin1String("label");
            // The site's own figures have no label column; a breakdown has one.
            if (report.isEmpty() || labelled == (report == QLatin1String("site"))) {
                leftOut.append(name);
                skipTable(stream);
                continue;
            }
            if (!readSection(stream, ctx, header, labelled, report, source, start, end))
                return false;
            imported.append(name);
        }
        if (!leftOut.isEmpty()) {
            ctx.warn(FormatMessages::tr("%n report(s) left out (Beamline reads the visits summary, main metrics, channel types, websites, "
                                        "search engines, social networks, campaigns, keywords, entry pages, pages and contents): %1",
                                        nullptr, int(leftOut.size()))
                         .arg(someNames(leftOut)));
        }
        if (!empty.isEmpty())
            ctx.warn(FormatMessages::tr("%n report(s) without data: %1", nullptr, int(empty.size())).arg(someNames(empty)));
        ctx.metadata.insert(QStringLiteral("reports"), imported.join(QStringLiteral(", ")));
        return !stream.error().isError();
    }

private:
    static bool readSection(PeekableStream &stream, ImportContext &ctx, const Record &header, bool labelled, const QString &report,
                            qint64 source, QDate start, QDate end)
    {
        WebTable table;
        if (labelled)
            table.specs.append({QStringLiteral("dimension1"), {header.fields.value(0)}, true, Kind::Text});
        table.specs += matomoMetrics(MatomoTerms::Raw);
        table.map.resolve(header, table.specs);
        table.report = report;
        ctx.columns += table.map.describe();
        Record record;
        while (nextDataRow(stream, ctx, table.map.headerSize(), record, ShortRows::MissingCellsAreEmpty)) {
            ++ctx.rowsRead;
            if (!ctx.keepGoing(stream))
                return false;
            WebTrafficRow row;
            row.sourceId = source;
            row.report = report;
            row.periodStart = start;
            row.periodEnd = end;
            row.sourceLine = record.line;
            fillWebRow(ctx, record, table, row);
            if (labelled)
                row.dimension = stripFormulaGuard(table.map.cell(record, QStringLiteral("dimension1")).trimmed());
            ctx.count(ctx.sink().web(row));
        }
        return true;
    }
};

} // namespace

void addWebFormats(ImportFormats &formats)
{
    formats.push_back(std::make_unique<GoogleAnalyticsUniversal>());
    formats.push_back(std::make_unique<GoogleAnalytics4>());
    formats.push_back(std::make_unique<Matomo>());
    formats.push_back(std::make_unique<MatomoScheduledReport>());
}

} // namespace Beamline
