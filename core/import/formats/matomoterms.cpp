// SPDX-License-Identifier: GPL-3.0-or-later
#include "matomoterms.h"

#include <core/import/columnmap.h>

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <array>
#include <optional>

namespace Beamline::MatomoTerms {

namespace {

constexpr int LanguageCount = 8;

// One term per row, one language per column: en, de, fr, es, it, nl, pt, pt-br. Several
// spellings are separated by '|'. The texts are Matomo's own (lang/*.json and
// plugins/*/lang/*.json of matomo-org/matomo @ f09912cb, 2024-10-24); the key of a column is
// its raw metric id.
enum class Kind { Word, Column, Report, Date };
struct Term {
    Kind kind;
    const char *key;
    std::array<const char *, LanguageCount> text;
};

constexpr Term terms[] = {
    // Words of every export.
    {Kind::Word, "label", {"Label", "Bezeichnung", "Nom|Libellé", "Etiqueta", "Etichetta", "Waarde", "Etiqueta", "Rótulo"}},
    {Kind::Word, "date", {"Date", "Datum", "Date", "Fecha", "Data", "Datum", "Data", "Data"}},
    {Kind::Word, "metadata", {"Metadata", "Metadaten", "Méta-données", "Metadatos", "Metadati", "Metadata", "Metadados", "Metadados"}},
    {Kind::Word, "daily_sum", {"daily sum", "Tagessumme", "résumé quotidien", "suma diaria", "somma giornaliera", "dagelijkse som", "somatório do dia",
                   "Soma diária"}},
    // Columns (General_Column…, General_VisitDuration, Goals_ColumnConversions).
    {Kind::Column, "nb_uniq_visitors", {"Unique visitors", "Eindeutige Besucher", "Visiteurs uniques", "Visitantes únicos", "Visitatori unici",
                          "Unieke bezoekers", "Visitantes únicos", "Visitantes únicos"}},
    {Kind::Column, "nb_users", {"Users", "Benutzer", "Utilisateurs", "Usuarios", "Utenti", "Gebruikers", "Utilizadores", "Usuários"}},
    {Kind::Column, "nb_visits", {"Visits", "Besuche", "Visites", "Visitas", "Visite", "Bezoeken", "Visitas", "Visitas"}},
    {Kind::Column, "nb_actions", {"Actions", "Aktionen", "Actions", "Acciones", "Azioni nel sito", "Acties", "Ações", "Ações"}},
    {Kind::Column, "nb_visits_converted", {"Visits with Conversions", "Besuche mit Konversionen", "Visites avec conversions", "Visitas con conversiones",
                             "Visite con Conversioni", "Bezoeken met conversies", "Visitas com Conversões", "Visitas com conversões"}},
    {Kind::Column, "bounce_count", {"Bounces", "Absprünge", "Rebonds", "Rebotes", "Rimbalzi", "Bounces", "Ressaltos", "Rejeições"}},
    {Kind::Column, "sum_visit_length", {"Total time spent by visitors (in seconds)", "Von Besuchern verbrachte Gesamtzeit (in Sekunden)",
                          "Temps total passé par les visiteurs (en secondes)", "Tiempo total de los visitantes en el sitio (en segundos)",
                          "Durata totale delle visite (in secondi)", "Totale bestede tijd door bezoekers (in seconden)",
                          "Tempo total gasto pelos visitantes (em segundos)", "Tempo total gasto pelos visitantes (em segundos)"}},
    {Kind::Column, "max_actions", {"Maximum actions in one visit", "Maximale Aktionen pro Besuch", "Nombre maximum d'actions en une visite",
                     "Acciones máximas en una visita", "Numero massimo di azioni in una visita", "Maximaal aantal acties in een bezoek",
                     "Número máximo de ações numa visita", "Ações máximas em uma visita"}},
    // Italian's "%% rimbalzi" is a printf pattern: Matomo writes "% rimbalzi".
    {Kind::Column, "bounce_rate", {"Bounce Rate", "Absprungsrate", "Taux de rebond", "Porcentaje de rebote", "% rimbalzi|%% rimbalzi", "Bounce-ratio",
                     "Taxa de ressalto", "Taxa de Rejeição"}},
    {Kind::Column, "nb_actions_per_visit", {"Actions per Visit", "Aktionen pro Besuch", "Actions par visite", "Acciones por visita", "Azioni per visita",
                              "Acties per bezoek", "Ações por Visita", "Ações por visita"}},
    {Kind::Column, "avg_time_on_site", {"Avg. Visit Duration (in seconds)|Avg. Time on Website",
                          "Durchschn. Besuchszeit (in Sekunden)|Durchschnittszeit auf der Webseite",
                          "Durée moy. des visites (en secondes)|Temps moyen sur le site web",
                          "Promedio de duración de las visitas (en segundos)|Promedio de tiempo en el sitio",
                          "Durata media delle visite (in secondi)|Tempo medio sul sito",
                          "Gemiddelde duur bezoek (in seconden)|Gemiddelde tijd op website",
                          "Duração média das visitas (em segundos)|Tempo Médio no Site da Web",
                          "Média da duração das visitas (em segundos)|Tempo médio no site"}},
    {Kind::Column, "nb_hits", {"Pageviews", "Seitenansichten", "Vues de page", "Páginas vistas", "Visualizzazioni pagina", "Paginaweergaven",
                 "Visualizações de páginas", "Exibições de página"}},
    {Kind::Column, "nb_uniq_pageviews", {"Unique Pageviews", "Eindeutige Seitenansichten", "Vues de page uniques", "Vistas de páginas únicas",
                           "Visualizzazioni uniche", "Unieke paginaweergaven", "Visualizações únicas de páginas", "Exibições únicas de páginas"}},
    {Kind::Column, "revenue", {"Revenue", "Umsatz", "Revenu", "Ingresos", "Ricavo", "Inkomsten", "Rendimento", "Receita"}},
    {Kind::Column, "conversion_rate", {"Conversion Rate", "Konversionsrate", "Taux de conversion", "Porcentaje de conversión", "Tasso di conversione",
                         "Conversie-ratio", "Taxa de conversão", "Taxa de conversão"}},
    {Kind::Column, "entry_nb_visits", {"Entrances", "Eingänge|Einstiege", "Entrées", "Entradas", "Entrate", "Binnenkomsten", "Entradas", "Entradas"}},
    {Kind::Column, "exit_nb_visits", {"Exits", "Ausstiege", "Sorties", "Salidas", "Uscite", "Vertrekken", "Saídas", "Saídas"}},
    {Kind::Column, "exit_rate", {"Exit rate", "Ausstiegsrate", "Taux de sortie", "Porcentaje de salida", "% uscite|%% uscite", "Vertrek-ratio",
                   "Taxa de saída", "Taxa de saída"}},
    {Kind::Column, "avg_time_on_page", {"Avg. time on page", "Durchschnittszeit pro Seite", "Temps moyen sur la page", "Tiempo promedio en la página",
                          "Tempo medio sulla pagina", "Gemiddelde tijd op pagina", "Tempo médio na página", "Média de tempo na página"}},
    {Kind::Column, "nb_conversions", {"Conversions", "Konversionen", "Conversions", "Conversiones", "Conversioni", "Conversies", "Conversões", "Conversões"}},
    // Report names: file names of UI exports, section titles of scheduled reports.
    {Kind::Report, "visits_summary", {"Visits Summary", "Besucherüberblick", "Récapitulatif des visites", "Resumen de visitas", "Sommario delle visite",
                        "Bezoekerssamenvatting", "Resumo das visitas", "Resumo dos Visitantes"}},
    {Kind::Report, "visits_over_time", {"Visits Over Time", "Graph der letzten Besuche", "Graphique des dernières visites", "Gráfica de las últimas visitas",
                          "Visite nel Periodo", "Recente bezoeken", "Visitas ao longo do tempo", "Gráfico dos últimos visitantes"}},
    {Kind::Report, "visits_overview", {"Visits Overview", "Besucherübersicht", "Récapitulatif des visites", "Visión general de visitas", "Riepilogo visite",
                         "Overzicht bezoeken", "Visão geral das visitas", "Visão Geral dos Visitantes"}},
    {Kind::Report, "main_metrics", {"Main metrics|Actions - Main metrics", "Kernmetriken", "Métriques principales", "Métricas principales",
                      "Metriche principali", "Algemene statistieken", "Métricas principais", "Métricas principais"}},
    {Kind::Report, "channel_type", {"Channel Type", "Kanaltyp", "Type de canal", "Tipo de canal", "Tipo di Canale", "Kanaaltype", "Tipo de canal",
                      "Tipo de canal"}},
    {Kind::Report, "websites", {"Websites", "Webseiten", "Sites web", "Sitios de internet", "Siti web", "Websites", "Sites", "Sites"}},
    {Kind::Report, "referrers", {"Referrers", "Verweise", "Référents", "Referencias", "Referenti", "Verwijzers", "Referenciadores", "Referenciadores"}},
    {Kind::Report, "entry_pages", {"Entry pages", "Einstiegsseiten", "Pages d'entrée", "Páginas de entrada", "Pagine di entrata", "Binnenkomstpagina's",
                     "Páginas de entrada", "Páginas de entrada"}},
    {Kind::Report, "page_urls", {"Page URLs", "Seiten URL", "URL de la page", "URLs de página", "URL delle pagine", "Pagina-URL's", "Endereços de páginas",
                   "URLs de Página(s)"}},
    {Kind::Report, "pages", {"Pages", "Seiten", "Pages", "Páginas", "Pagine", "Pagina's", "Páginas", "Páginas"}},
    {Kind::Report, "keywords", {"Keywords", "Suchbegriffe", "Mots-clés", "Palabras claves", "Keywords", "Sleutelwoorden", "Palavras-chave", "Palavras-chave"}},
    {Kind::Report, "search_engines", {"Search Engines", "Suchmaschinen", "Moteurs de recherche", "Motores de búsqueda", "Motori di ricerca", "Zoekmachines",
                        "Motores de pesquisa", "Motores de busca"}},
    {Kind::Report, "socials", {"Social Networks", "Soziale Netzwerke", "Réseaux sociaux", "Redes sociales", "Social Networks", "Sociale netwerken",
                 "Redes sociais", "Redes sociais"}},
    {Kind::Report, "campaigns", {"Campaigns", "Kampagnen", "Campagnes", "Campañas", "Campagne", "Campagnes", "Campanhas", "Campanhas"}},
    // "Inhaltsnamen" is how users name the German export; Matomo's own is "Inhaltnamen".
    {Kind::Report, "content_names", {"Content Names|Content Name", "Inhaltnamen|Inhaltsnamen|Inhaltsname", "Noms du contenu|Nom du contenu",
                       "Nombres de contenidos|Nombre del contenido", "Nomi Contenuto|Nome Contenuto", "Inhoud Namen|Content naam",
                       "Nomes do conteúdo|Nome do Conteúdo", "Nomes de Conteúdo|Nome do conteúdo"}},
    {Kind::Report, "contents", {"Contents", "Inhalte", "Contenus", "Contenidos", "Contenuti", "Contentbronnen", "Conteúdos", "Conteúdos"}},
    // Dates (plugins/Intl/lang/*.json): months, weekdays, and the words around them.
    {Kind::Date, "months", {"January|February|March|April|May|June|July|August|September|October|November|December",
                "Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember",
                "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre",
                "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre",
                "gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre",
                "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december",
                "janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro",
                "janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro"}},
    {Kind::Date, "weekdays", {"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday",
                  "Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag", "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche",
                  "lunes|martes|miércoles|jueves|viernes|sábado|domingo", "lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica",
                  "maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag",
                  "segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|sábado|domingo",
                  "segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|sábado|domingo"}},
    // Intl_PeriodWeek before a week's range, and the "de" of "1–14 de enero de 2017".
    {Kind::Date, "date_words", {"week", "Woche", "semaine", "semana|de|del", "settimana", "week", "semana|de", "semana|de"}},
};

// What Beamline stores a report as (docs/metrics.md, "Stored per web-analytics row").
constexpr std::pair<const char *, const char *> reports[] = {
    {"visits_summary", "site"},        {"visits_over_time", "site"},   {"visits_overview", "site"},     {"main_metrics", "site"},
    {"channel_type", "channel_group"}, {"websites", "referrer"},       {"referrers", "referrer"},       {"entry_pages", "landing_page"},
    {"page_urls", "page"},             {"pages", "page"},              {"keywords", "keyword"},         {"search_engines", "search_engine"},
    {"socials", "social_network"},     {"campaigns", "campaign"},      {"content_names", "content"},    {"contents", "content"},
};

const Term *find(const char *key)
{
    for (const Term &term : terms) {
        if (qstrcmp(term.key, key) == 0)
            return &term;
    }
    return nullptr;
}

QStringList split(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

// Lower case without the spaces Matomo puts around dashes and numbers (U+2009, U+202F, NBSP).
QString foldedWord(QStringView word)
{
    return word.toString().toCaseFolded();
}

struct DateWords {
    QHash<QString, int> months; // folded name -> 1..12
    QSet<QString> ignored;      // weekdays, "week", "de"...
};

const DateWords &dateWords()
{
    static const DateWords words = [] {
        DateWords w;
        for (int language = 0; language < LanguageCount; ++language) {
            const QStringList months = texts("months", language);
            for (int m = 0; m < months.size(); ++m)
                w.months.insert(foldedWord(months.at(m)), m + 1);
            for (const QString &day : texts("weekdays", language))
                w.ignored.insert(foldedWord(day));
            for (const QString &word : texts("date_words", language))
                w.ignored.insert(foldedWord(word));
        }
        return w;
    }();
    return words;
}

// One side of a range: what it says of its day, month and year.
struct DatePart {
    std::optional<int> day;
    std::optional<int> month;
    std::optional<int> year;
};

// Reads "Thursday, January 5, 2017", "5. Januar", "14, 2017", "1.", "5 de enero de 2017"...:
// numbers are days (1-31) or years (4 digits), words are months or words to pass over
// (weekdays, "de", "week"). Anything else, or two of a kind, is not a date.
std::optional<DatePart> readPart(QStringView text)
{
    const DateWords &words = dateWords();
    DatePart part;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c.isDigit()) {
            qsizetype j = i;
            while (j < text.size() && text.at(j).isDigit())
                ++j;
            const QStringView digits = text.mid(i, j - i);
            if (digits.size() == 4) {
                if (part.year)
                    return std::nullopt;
                part.year = digits.toInt();
            } else if (digits.size() <= 2) {
                const int day = digits.toInt();
                if (part.day || day < 1 || day > 31)
                    return std::nullopt;
                part.day = day;
            } else {
                return std::nullopt;
            }
            i = j;
        } else if (c.isLetter()) {
            qsizetype j = i;
            // "quinta-feira": a hyphen between letters belongs to the word.
            while (j < text.size() && (text.at(j).isLetter() || (text.at(j) == QLatin1Char('-') && j + 1 < text.size() && text.at(j + 1).isLetter())))
                ++j;
            const QString word = foldedWord(text.mid(i, j - i));
            if (const auto month = words.months.constFind(word); month != words.months.constEnd()) {
                if (part.month)
                    return std::nullopt;
                part.month = *month;
            } else if (!words.ignored.contains(word)) {
                return std::nullopt;
            }
            i = j;
        } else if (c.isSpace() || c == QLatin1Char(',') || c == QLatin1Char('.') || c == QChar(0x00A0) || c == QChar(0x2009)
                   || c == QChar(0x202F)) {
            ++i;
        } else {
            return std::nullopt;
        }
    }
    return part;
}

QDate dateOf(const DatePart &part)
{
    if (!part.day || !part.month || !part.year)
        return {};
    return QDate(*part.year, *part.month, *part.day);
}

} // namespace

const QStringList &languages()
{
    static const QStringList codes = {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es"),
                                      QStringLiteral("it"), QStringLiteral("nl"), QStringLiteral("pt"), QStringLiteral("pt-br")};
    return codes;
}

QStringList texts(const char *key, int language)
{
    if (language == Raw)
        return metricIds().contains(QLatin1String(key)) ? QStringList{QString::fromLatin1(key)} : QStringList{};
    const Term *term = find(key);
    if (!term || language < 0 || language >= LanguageCount)
        return {};
    return split(term->text.at(language));
}

QStringList allTexts(const char *key)
{
    QStringList out;
    for (int language = 0; language < LanguageCount; ++language) {
        for (const QString &text : texts(key, language)) {
            if (!out.contains(text))
                out.append(text);
        }
    }
    return out;
}

const QStringList &metricIds()
{
    static const QStringList ids = [] {
        QStringList out;
        for (const Term &term : terms) {
            if (term.kind == Kind::Column)
                out.append(QString::fromLatin1(term.key));
        }
        return out;
    }();
    return ids;
}

int headerLanguage(const QStringList &header)
{
    QSet<QString> cells;
    for (const QString &cell : header)
        cells.insert(ColumnMap::normalise(cell));
    auto score = [&](int language) {
        int n = 0;
        for (const QString &id : metricIds()) {
            for (const QString &text : texts(id.toLatin1().constData(), language)) {
                if (cells.contains(ColumnMap::normalise(text))) {
                    ++n;
                    break;
                }
            }
        }
        for (const char *word : {"label", "date"}) {
            for (const QString &text : texts(word, language)) {
                if (cells.contains(ColumnMap::normalise(text)))
                    ++n;
            }
        }
        return n;
    };
    int best = Raw;
    int bestScore = score(Raw);
    for (int language = 0; language < LanguageCount; ++language) {
        const int s = score(language);
        if (s > bestScore) {
            best = language;
            bestScore = s;
        }
    }
    return best;
}

QChar decimalSeparator(int language)
{
    // Intl_NumberSymbolDecimal: '.' in English only.
    return language <= 0 ? QLatin1Char('.') : QLatin1Char(',');
}

QString reportOfName(QStringView name)
{
    const QString key = ColumnMap::normalise(name);
    if (key.isEmpty())
        return {};
    for (const auto &[term, report] : reports) {
        for (const QString &text : allTexts(term)) {
            if (ColumnMap::normalise(text) == key)
                return QString::fromLatin1(report);
        }
    }
    return {};
}

QString reportNameInFileName(const QString &fileName)
{
    // "Export _ <report> _ <period>.csv", in every language ("Exporter _ …" in French).
    const QStringList parts = QFileInfo(fileName).completeBaseName().split(QStringLiteral(" _ "));
    if (parts.size() < 3)
        return {};
    return parts.mid(1, parts.size() - 2).join(QStringLiteral(" _ ")).trimmed();
}

std::pair<QDate, QDate> parsePeriod(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return {};
    // "2017": the year.
    if (t.size() == 4 && std::all_of(t.begin(), t.end(), [](QChar c) { return c.isDigit(); })) {
        const int y = t.toInt();
        return {QDate(y, 1, 1), QDate(y, 12, 31)};
    }
    // A range has an en dash (U+2013), with or without thin spaces around it.
    const qsizetype dash = t.indexOf(QChar(0x2013));
    if (dash < 0) {
        const auto part = readPart(t);
        if (!part || !part->month || !part->year)
            return {};
        if (!part->day) { // "January 2017", "enero de 2017": the month
            const QDate first(*part->year, *part->month, 1);
            return {first, first.addMonths(1).addDays(-1)};
        }
        const QDate day = dateOf(*part);
        return day.isValid() ? std::pair{day, day} : std::pair<QDate, QDate>{};
    }
    auto left = readPart(t.left(dash));
    auto right = readPart(t.mid(dash + 1));
    if (!left || !right || !left->day || !right->day)
        return {};
    // What one side leaves out, the other says: "January 1 – 14, 2017", "1.–14. Januar 2017".
    if (!left->month)
        left->month = right->month;
    if (!right->month)
        right->month = left->month;
    if (!left->year)
        left->year = right->year;
    if (!right->year)
        right->year = left->year;
    const QDate first = dateOf(*left), last = dateOf(*right);
    if (!first.isValid() || !last.isValid() || last < first)
        return {};
    return {first, last};
}

std::pair<QDate, QDate> periodInFileName(const QString &fileName)
{
    const QString base = QFileInfo(fileName).completeBaseName();
    // UI export: the period after the last " _ ".
    if (const qsizetype at = base.lastIndexOf(QStringLiteral(" _ ")); at >= 0) {
        if (const auto period = parsePeriod(QStringView(base).mid(at + 3)); period.first.isValid())
            return period;
    }
    // Scheduled report: "<title> - <period> - <description>".
    for (const QString &part : base.split(QStringLiteral(" - "))) {
        if (const auto period = parsePeriod(part); period.first.isValid())
            return period;
    }
    // ISO forms: "Export _ Referrers _ 2017-01-12.csv", weeks, months, quarters, years.
    static const QRegularExpression range(QStringLiteral("(\\d{4}-\\d{2}-\\d{2}),(\\d{4}-\\d{2}-\\d{2})"));
    static const QRegularExpression day(QStringLiteral("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)"));
    static const QRegularExpression month(QStringLiteral("(?<!\\d)(\\d{4})-(\\d{2})(?![-\\d])"));
    static const QRegularExpression quarter(QStringLiteral("(?<!\\d)(\\d{4})\\s*Q([1-4])"));
    static const QRegularExpression year(QStringLiteral("_\\s*(\\d{4})\\s*(?:\\.csv|\\.tsv|$)"));
    if (auto m = range.match(fileName); m.hasMatch())
        return {QDate::fromString(m.captured(1), Qt::ISODate), QDate::fromString(m.captured(2), Qt::ISODate)};
    if (auto m = day.match(fileName); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return {d, d};
    }
    if (auto m = quarter.match(fileName); m.hasMatch()) {
        const QDate first(m.captured(1).toInt(), (m.captured(2).toInt() - 1) * 3 + 1, 1);
        return {first, first.addMonths(3).addDays(-1)};
    }
    if (auto m = month.match(fileName); m.hasMatch()) {
        const QDate first(m.captured(1).toInt(), m.captured(2).toInt(), 1);
        return {first, first.addMonths(1).addDays(-1)};
    }
    if (auto m = year.match(fileName); m.hasMatch()) {
        const int y = m.captured(1).toInt();
        return {QDate(y, 1, 1), QDate(y, 12, 31)};
    }
    return {};
}

} // namespace Beamline::MatomoTerms
