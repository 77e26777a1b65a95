// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace Beamline {

// Reads a day as people type it in a date field: "1 Jan 2026", "31 Jan", "Jan 31, 2026",
// "31 janvier 2026", "1er févr.", "31/01/2026", "31.1.26", "2026-01-31". Month names are
// read in the locale's language and in English, whole or cut after three letters, with or
// without accents; numbers alone follow the locale's order of day and month (day first
// unless the locale writes the month first). A day without a year takes the year of
// `reference` (the day the field showed before); a two-digit year is in 2000–2099.
// Returns an invalid date when the text is not a day ("31 Feb", "next week").
class UserDate final
{
public:
    static QDate parse(const QString &text, QDate reference, const QLocale &locale = QLocale());
};

} // namespace Beamline
