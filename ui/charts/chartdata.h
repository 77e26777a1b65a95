// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QLocale>
#include <QStringList>
#include <QTimeZone>
#include <QVector>

#include <optional>

class QChart;

namespace Beamline {

// The numbers behind a time chart, one row per day and one column per data series (event
// markers and reference lines left out), for Copy Data and Export Data as CSV.
struct ChartTable {
    QStringList columns;
    QVector<QDate> days;
    QVector<QVector<std::optional<double>>> values; // values[row][column]; empty where a series has no value that day

    bool isEmpty() const { return columns.isEmpty() || days.isEmpty(); }
};

class ChartData final
{
public:
    // The table of a chart made by ChartFactory: its series marked with a "dataName"
    // property on a date axis. Empty for charts that are not time charts.
    static ChartTable table(const QChart *chart, const QTimeZone &zone);
    // Tab-separated, for the clipboard: a header row ("Day" and the series' names), then
    // one row per day (ISO dates), numbers in the locale's decimal point without group
    // separators, so that a spreadsheet pastes them as numbers.
    static QString toTsv(const ChartTable &table, const QLocale &locale);
    // CSV (RFC 4180, comma, '.' decimals, ISO dates) for a file any program reads.
    static QString toCsv(const ChartTable &table);
};

} // namespace Beamline
