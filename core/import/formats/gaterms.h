// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/import/columnmap.h>
#include <core/import/recordstream.h>

#include <QString>
#include <QStringList>
#include <QVector>

// The words Google Analytics writes into its exports: Universal Analytics' columns and
// dimensions in its UI languages, and GA4's columns. Data, not code (docs/formats.md).
// Internal to core/import/formats.
namespace Beamline::GaTerms {

// The UI languages of Universal Analytics' tables, in their order (en, nl, de, fr, es, it, pt).
const QStringList &gaLanguages();

// The columns of a Universal Analytics report in one UI language; a column left in English
// in a translated export still reads.
QVector<ColumnSpec> uaMetrics(int language);
// Every language's columns: to find where a report's metrics start.
const QVector<ColumnSpec> &uaMetrics();
// The UI language of a report: the one whose names its header uses most (English on a tie).
int uaLanguage(const Record &header);

// The columns of a GA4 report.
const QVector<ColumnSpec> &ga4Metrics();

// The report a dimension column gives ("source_medium", "landing_page"…) in any language;
// empty when it is not one Beamline reads.
QString dimensionReport(const QString &cell);

// The table under a report a header cell starts: "day" (Day Index), "hour" (Hour Index), or
// empty.
QString secondTableOf(const QString &cell);

// "Browser", "Browser & OS": the English name of a report Beamline does not read (the
// header's own words when it is not a known one).
QString unusedReportName(const Record &header, int dimensions);

} // namespace Beamline::GaTerms
