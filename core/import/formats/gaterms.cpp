// SPDX-License-Identifier: GPL-3.0-or-later
// Google Analytics' words: Universal Analytics in its UI languages, and GA4's columns. See
// shared/formats/README.md §6-7.

#include "gaterms.h"

#include "webformats.h"

#include <core/import/importformat.h>

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <array>

namespace Beamline::GaTerms {

namespace {

using Kind = ColumnSpec::Kind;
using WebFormats::EngagementRate;
using WebFormats::Ignored;

// The UI languages of the tables below, in their order.
constexpr int GaLanguageCount = 7;

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
    { "web:sessions", Kind::Number, { "Sessions", "Sessies", "Sitzungen", "Sessions", "Sesiones", "Sessioni", "Sessões" } },
    { "web:users",
      Kind::Number,
      { "Users", "Gebruikers", "Nutzer", "Utilisateurs", "Usuarios", "Utenti", "Usuários|Utilizadores" } },
    { "web:new_users",
      Kind::Number,
      { "New Users", "Nieuwe gebruikers", "Neue Nutzer", "Nouveaux utilisateurs", "Usuarios nuevos|Nuevos usuarios",
        "Nuovi utenti", "Novos usuários|Novos utilizadores" } },
    { "web:bounce_rate",
      Kind::PercentString,
      { "Bounce Rate", "Bouncepercentage", "Absprungrate", "Taux de rebond", "Porcentaje de rebote", "Frequenza di rimbalzo",
        "Taxa de rejeição" } },
    { "derived:pages_per_session",
      Kind::Number,
      { "Pages / Session|Pages/Session", "Pagina's/sessie|Pagina's / sessie", "Seiten/Sitzung|Seiten / Sitzung",
        "Pages/session|Pages / session", "Páginas/sesión|Páginas / sesión", "Pagine/sessione|Pagine / sessione",
        "Páginas/sessão|Páginas / sessão" } },
    { "web:avg_session_seconds",
      Kind::Duration,
      { "Avg. Session Duration", "Gem. sessieduur", "Durchschnittl. Sitzungsdauer",
        "Durée moyenne des sessions|Durée moy. des sessions", "Duración media de la sesión",
        "Durata sessione media|Durata media sessione", "Duração média da sessão" } },
    { "web:pageviews",
      Kind::Number,
      { "Pageviews", "Paginaweergaven", "Seitenaufrufe", "Pages vues", "Número de páginas vistas|Páginas vistas",
        "Visualizzazioni di pagina", "Visualizações de página" } },
    { "web:unique_pageviews",
      Kind::Number,
      { "Unique Pageviews", "Unieke paginaweergaven", "Eindeutige Seitenaufrufe|Einzelne Seitenaufrufe", "Pages vues uniques",
        "Número de páginas vistas únicas|Páginas vistas únicas", "Visualizzazioni di pagina uniche",
        "Visualizações únicas de página|Visualizações de página únicas" } },
    { "web:avg_time_on_page_seconds",
      Kind::Duration,
      { "Avg. Time on Page", "Gem. tijd op pagina", "Durchschn. Zeit auf der Seite",
        "Temps moyen passé sur la page|Temps moyen sur la page", "Promedio de tiempo en la página|Tiempo medio en la página",
        "Tempo medio sulla pagina", "Tempo médio na página" } },
    { "web:entrances", Kind::Number, { "Entrances", "Instappen", "Einstiege", "Entrées", "Entradas", "Accessi", "Entradas" } },
    { "web:exit_rate",
      Kind::PercentString,
      { "% Exit", "% Uitstappen", "% Ausstiege", "% sorties|% de sorties", "% de salidas|% salidas", "% uscite|% di uscite",
        "% de saídas|% saídas" } },
    { "web:exits", Kind::Number, { "Exits", "Uitstappen", "Ausstiege", "Sorties", "Salidas", "Uscite", "Saídas" } },
    { "web:conversions",
      Kind::Number,
      { "Goal Completions", "Behaalde doelen", "Zielvorhabenabschlüsse|Abschlüsse für Ziele", "Objectifs réalisés",
        "Objetivos conseguidos|Consecuciones de objetivos", "Completamenti obiettivo", "Conclusões de meta" } },
    { "ignored",
      Kind::Text,
      { "% New Sessions|Goal Conversion Rate|Goal Value|Page Value",
        "% nieuwe sessies|Doelconversieratio|Doelwaarde|Paginawaarde",
        "% neue Sitzungen|Zielvorhaben-Conversion-Rate|Conversion-Rate für Zielvorhaben|Zielvorhabenwert|Zielwert|Seitenwert",
        "% nouvelles sessions|Taux de conversion de l'objectif|Valeur de l'objectif|Valeur de la page",
        "% de nuevas sesiones|Tasa de conversión del objetivo|Valor del objetivo|Valor de página",
        "% nuove sessioni|Tasso di conversione obiettivo|Valore obiettivo|Valore pagina",
        "% de novas sessões|Taxa de conversão da meta|Valor da meta|Valor da página" } },
};

// The dimensions Beamline reads, and the report each gives.
const GaTerm gaDimensions[] = {
    { "source_medium",
      Kind::Text,
      { "Source / Medium|Source/Medium", "Bron/medium|Bron / medium", "Quelle/Medium|Quelle / Medium",
        "Source/Support|Source / Support", "Fuente/Medio|Fuente / Medio", "Sorgente/Mezzo|Sorgente / Mezzo",
        "Origem/mídia|Origem / mídia|Origem/meio" } },
    { "referrer", Kind::Text, { "Source", "Bron", "Quelle", "Source", "Fuente", "Sorgente", "Origem" } },
    { "channel_group",
      Kind::Text,
      { "Default Channel Grouping", "Standaard kanaalgroepering", "Standard-Channelgruppierung",
        "Groupement de canaux par défaut", "Agrupación de canales predeterminada", "Raggruppamento canali predefinito",
        "Agrupamento de canais padrão|Agrupamento padrão de canais" } },
    { "landing_page",
      Kind::Text,
      { "Landing Page", "Bestemmingspagina", "Zielseite", "Page de destination", "Página de destino", "Pagina di destinazione",
        "Página de destino" } },
    { "page", Kind::Text, { "Page", "Pagina", "Seite", "Page", "Página", "Pagina", "Página" } },
    { "page_title",
      Kind::Text,
      { "Page Title", "Paginatitel", "Seitentitel", "Titre de la page", "Título de la página", "Titolo pagina",
        "Título da página" } },
    { "keyword",
      Kind::Text,
      { "Keyword", "Zoekwoord", "Keyword", "Mot clé", "Palabra clave", "Parola chiave", "Palavra-chave" } },
    { "campaign", Kind::Text, { "Campaign", "Campagne", "Kampagne", "Campagne", "Campaña", "Campagna", "Campanha" } },
    { "site", Kind::Text, { "Date|Day", "Datum|Dag", "Datum|Tag", "Date|Jour", "Fecha|Día", "Data|Giorno", "Data|Dia" } },
};

// Dimensions of reports Beamline does not read (their rows are left out, their totals and Day
// Index are read), with the English name a warning gives them.
const GaTerm gaUnusedDimensions[] = {
    { QT_TRANSLATE_NOOP("Beamline::ImportFormats", "Browser"),
      Kind::Text,
      { "Browser", "Browser", "Browser", "Navigateur", "Navegador", "Browser", "Navegador" } },
    { QT_TRANSLATE_NOOP("Beamline::ImportFormats", "Browser Version"),
      Kind::Text,
      { "Browser Version", "Browserversie", "Browserversion|Browser-Version", "Version du navigateur", "Versión del navegador",
        "Versione browser", "Versão do navegador" } },
    { QT_TRANSLATE_NOOP("Beamline::ImportFormats", "Operating System"),
      Kind::Text,
      { "Operating System", "Besturingssysteem", "Betriebssystem", "Système d'exploitation", "Sistema operativo",
        "Sistema operativo", "Sistema operacional|Sistema operativo" } },
    { QT_TRANSLATE_NOOP("Beamline::ImportFormats", "Country"),
      Kind::Text,
      { "Country", "Land", "Land", "Pays", "País", "Paese", "País" } },
    { QT_TRANSLATE_NOOP("Beamline::ImportFormats", "City"),
      Kind::Text,
      { "City", "Stad", "Stadt", "Ville", "Ciudad", "Città", "Cidade" } },
    { QT_TRANSLATE_NOOP("Beamline::ImportFormats", "Language"),
      Kind::Text,
      { "Language", "Taal", "Sprache", "Langue", "Idioma", "Lingua", "Idioma" } },
    { QT_TRANSLATE_NOOP("Beamline::ImportFormats", "Device Category"),
      Kind::Text,
      { "Device Category", "Apparaatcategorie", "Gerätekategorie", "Catégorie d'appareil", "Categoría de dispositivo",
        "Categoria dispositivo", "Categoria de dispositivo" } },
    { QT_TRANSLATE_NOOP("Beamline::ImportFormats", "User Type"),
      Kind::Text,
      { "User Type", "Gebruikerstype", "Nutzertyp", "Type d'utilisateur", "Tipo de usuario", "Tipo di utente",
        "Tipo de usuário" } },
};

// The day and hour tables under a report.
const GaTerm gaSecondTables[] = {
    { "day",
      Kind::Text,
      { "Day Index", "Dagindex|Dag index", "Tagesindex", "Index des jours", "Índice de días", "Indice dei giorni|Indice giorno",
        "Índice de dias" } },
    { "hour",
      Kind::Text,
      { "Hour Index|Hour", "Uurindex|Uur", "Stundenindex|Stunde", "Index des heures|Heure", "Índice de horas|Hora",
        "Indice delle ore|Ora", "Índice de horas|Hora" } },
};

QStringList gaNames(const GaTerm &term, int language)
{
    return QString::fromUtf8(term.names.at(language)).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

// The term a header cell names, in any language.
template<size_t N> const GaTerm *gaTermOf(const GaTerm (&table)[N], const QString &cell)
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

} // namespace

const QStringList &gaLanguages()
{
    static const QStringList codes = { QStringLiteral("en"), QStringLiteral("nl"), QStringLiteral("de"), QStringLiteral("fr"),
                                       QStringLiteral("es"), QStringLiteral("it"), QStringLiteral("pt") };
    return codes;
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
        specs.append({ QString::fromLatin1(term.role), aliases, false, term.kind });
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
        { QStringLiteral("web:sessions"), { QStringLiteral("Sessions") } },
        { QStringLiteral("web:users"),
          { QStringLiteral("Total users"), QStringLiteral("Active users"), QStringLiteral("Users"),
            QStringLiteral("Utilisateurs actifs"), QStringLiteral("Nombre total d'utilisateurs"),
            QStringLiteral("Aktive Nutzer") } },
        { QStringLiteral("web:new_users"),
          { QStringLiteral("New users"), QStringLiteral("Nouveaux utilisateurs"), QStringLiteral("Neue Nutzer") } },
        { QStringLiteral("web:engaged_sessions"),
          { QStringLiteral("Engaged sessions"), QStringLiteral("Sessions avec engagement"),
            QStringLiteral("Sitzungen mit Interaktionen") } },
        { EngagementRate,
          { QStringLiteral("Engagement rate"), QStringLiteral("Taux d'engagement"), QStringLiteral("Engagement-Rate") },
          false,
          Kind::Fraction },
        { QStringLiteral("web:bounce_rate"),
          { QStringLiteral("Bounce rate"), QStringLiteral("Taux de rebond"), QStringLiteral("Absprungrate") },
          false,
          Kind::Fraction },
        { QStringLiteral("web:avg_session_seconds"),
          { QStringLiteral("Average engagement time per session"), QStringLiteral("Durée d'engagement moyenne par session"),
            QStringLiteral("Average session duration") },
          false,
          Kind::Duration },
        { QStringLiteral("web:pageviews"), { QStringLiteral("Views"), QStringLiteral("Vues"), QStringLiteral("Aufrufe") } },
        { QStringLiteral("web:conversions"),
          { QStringLiteral("Key events"), QStringLiteral("Conversions"), QStringLiteral("Événements clés"),
            QStringLiteral("Schlüsselereignisse") } },
        { QStringLiteral("web:actions"),
          { QStringLiteral("Event count"), QStringLiteral("Nombre d'événements"), QStringLiteral("Ereignisanzahl") } },
        { QStringLiteral("web:exits"), { QStringLiteral("Exits"), QStringLiteral("Sorties"), QStringLiteral("Ausstiege") } },
        { Ignored,
          { QStringLiteral("Events per session"), QStringLiteral("Session key event rate"), QStringLiteral("User key event rate"),
            QStringLiteral("Total revenue"), QStringLiteral("Average engagement time per active user"),
            QStringLiteral("Engaged sessions per active user"), QStringLiteral("Revenus totaux") } },
    };
    return specs;
}

QString dimensionReport(const QString &cell)
{
    const GaTerm *term = gaTermOf(gaDimensions, cell);
    return term ? QString::fromLatin1(term->role) : QString();
}

QString secondTableOf(const QString &cell)
{
    const GaTerm *term = gaTermOf(gaSecondTables, cell);
    return term ? QString::fromLatin1(term->role) : QString();
}

QString unusedReportName(const Record &header, int dimensions)
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

} // namespace Beamline::GaTerms
