// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Beamline {

// One explicit rule per kind of cell the exports contain; no guessing per value.
namespace Values {

enum class Status { Ok, Null, Invalid };

struct Number {
    Status status = Status::Null;
    double value = 0;

    bool ok() const { return status == Status::Ok; }
    std::optional<double> optional() const { return ok() ? std::optional<double>(value) : std::nullopt; }
};

// How a file writes numbers: '.' decimals with ',' thousands (en), or ',' decimals with
// '.' or space thousands (nl, de, fr). Spaces, U+00A0 and U+202F are always thousands.
struct NumberStyle {
    QChar decimal = QLatin1Char('.');
};

// What a percentage column holds.
enum class Percent {
    String,        // "45.23%", "100 %", "66,67 %" (a '%' sign; fraction = value / 100)
    Fraction,      // "0.0092" (already a fraction: X legacy, GA4)
    Number,        // "5.22" meaning 5.22 % (YouTube CTR, X video completion rate)
};

// Null markers: empty, "-", "--", "NA", "N/A", "null". Currency signs are dropped.
Number number(QStringView text, NumberStyle style = {});
Number percent(QStringView text, Percent kind, NumberStyle style = {});
// "00:05:02", "5:02", "0:47", "5 min 13s", "1 h 2 min", "13s", or plain seconds "48.12".
Number duration(QStringView text, NumberStyle style = {});
bool isNullMarker(QStringView text);
// "1.22158E+17": a long ID that Excel turned into a rounded number.
bool isExcelMangledId(QStringView text);

// Date and time layouts found in the exports. Results are wall-clock values (no zone);
// the format decides which zone they are in.
enum class DateLayout {
    Iso,               // 2024-03-01, 2024-03-01 13:49[:00[.0]], 2024-03-01T00:00:00
    XLegacy,           // 2016-12-23 18:50 +0000 (UTC)
    XAccount,          // Tue, Jul 14, 2026
    XOlder,            // Tue Jul 14 2026
    MonthNameDayYear,  // Jan 6, 2024 (optionally with a time)
    UsSlash,           // MM/dd/yyyy [HH:mm[:ss]] [AM|PM], M/d/yyyy H:mm
    EuropeanSlash,     // dd/MM/yyyy
    Dotted,            // dd.MM.yyyy [HH:mm]
    Compact,           // 20240131
    YearMonth,         // 2017-01 (the first day of the month)
    DayMonthNameYear,  // 02-Mar-2024 [02:00PM]
    DashedDmyShort,    // 17-09-14 (DD-MM-YY, Dutch GA day index)
    UsSlashShortYear,  // 3/20/15 (M/D/YY)
    ExcelSerial,       // 42745 (days since 1899-12-30)
};

struct DateTime {
    Status status = Status::Null;
    QDate date;
    QTime time; // invalid when the cell has no time of day
    int utcOffsetSeconds = 0;
    bool hasOffset = false;

    bool ok() const { return status == Status::Ok; }
};

DateTime dateTime(QStringView text, DateLayout layout);
// The layout that reads every sample: tries the candidates in order and resolves
// day/month order by looking for a day above 12. Returns nullopt if none fits.
std::optional<DateLayout> detectLayout(const QStringList &samples);

// Month number for an English abbreviation ("Jan"); 0 if unknown.
int monthFromName(QStringView name);

} // namespace Values

} // namespace Beamline
