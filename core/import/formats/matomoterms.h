// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <utility>

// The words Matomo writes into its exports, in each UI language: column names, report names,
// the localized dates of its file names and its number style. Data, not code (docs/formats.md).
namespace Beamline::MatomoTerms {

// The UI languages, in the order of the tables: en, de, fr, es, it, nl, pt, pt-br.
const QStringList &languages();
// Raw metric ids ("nb_visits"), as the API, the scheduled reports and an untranslated export write.
constexpr int Raw = -1;

// The spellings of a term in a language: a column ("nb_visits" -> "Besuche"), a report
// ("channel_type" -> "Kanaltyp") or a word ("label", "date", "metadata"). Empty when the
// language has none; Raw gives the key itself for a metric id.
QStringList texts(const char *key, int language);
// Every language's spellings of a term.
QStringList allTexts(const char *key);
// The raw metric ids Beamline knows ("nb_visits", "bounce_rate"...).
const QStringList &metricIds();

// The language whose column names a header uses most; Raw when it uses metric ids (or
// nothing Beamline knows). Ties go to the earlier language (English before French).
int headerLanguage(const QStringList &header);
// Numbers of a translated export: "66,67 %" in German, "66.67%" in English and raw ids.
QChar decimalSeparator(int language);

// The Beamline report a Matomo report name gives, in any language ("Kanaltyp" ->
// "channel_group", "Visits Summary" -> "site"); empty when Beamline does not read it.
QString reportOfName(QStringView name);
// The report name in an export's file name ("Export _ Kanaltyp _ 1.–14. Januar 2017.csv" ->
// "Kanaltyp"); empty when the name is not Matomo's.
QString reportNameInFileName(const QString &fileName);

// A period as Matomo writes it in file names (Period::getLocalizedLongString), in any of
// the languages: "Thursday, January 5, 2017", "January 1 – 14, 2017", "December 26, 2016 –
// January 29, 2017", "Donnerstag, 5. Januar 2017", "1.–14. Januar 2017", "1–14 de enero de
// 2017", "01–14 gennaio 2017", "week December 26, 2016 – January 1, 2017", "January 2017",
// "2017". Invalid dates when the text is not one.
std::pair<QDate, QDate> parsePeriod(QStringView text);
// The period in a Matomo file name: the localized forms above after the last " _ " (UI
// export) or between " - " (scheduled report: "<title> - <period> - <description>.csv"),
// else "2017-01-12", "2017-01-12,2017-01-18", "2017-01", "2026 Q1" or "_ 2017".
std::pair<QDate, QDate> periodInFileName(const QString &fileName);

} // namespace Beamline::MatomoTerms
