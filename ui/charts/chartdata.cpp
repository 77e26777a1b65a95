// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartdata.h"

#include <QChart>
#include <QCoreApplication>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QMap>
#include <QXYSeries>

#include <cmath>

namespace Beamline {

namespace {

QString number(double value, const QLocale &locale)
{
    // Whole numbers stay whole; rates and averages keep what they have, up to 6 decimals.
    QString text = locale.toString(value, 'f', std::abs(value - std::round(value)) < 1e-9 ? 0 : 6);
    if (text.contains(locale.decimalPoint())) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(locale.decimalPoint()))
            text.chop(locale.decimalPoint().size());
    }
    return text;
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString text(const ChartTable &table, QChar separator, const QLocale &locale, bool csv)
{
    QStringList lines;
    QStringList header{QCoreApplication::translate("Beamline::ChartData", "Day")};
    header += table.columns;
    if (csv) {
        for (QString &h : header)
            h = csvField(h);
    } else {
        for (QString &h : header)
            h.replace(QLatin1Char('\t'), QLatin1Char(' '));
    }
    lines.append(header.join(separator));
    for (int row = 0; row < table.days.size(); ++row) {
        QStringList cells{table.days.at(row).toString(Qt::ISODate)};
        for (const std::optional<double> &v : table.values.at(row))
            cells.append(v ? number(*v, locale) : QString());
        lines.append(cells.join(separator));
    }
    return lines.join(csv ? QStringLiteral("\r\n") : QStringLiteral("\n")) + (csv ? QStringLiteral("\r\n") : QStringLiteral("\n"));
}

} // namespace

ChartTable ChartData::table(const QChart *chart, const QTimeZone &zone)
{
    ChartTable table;
    if (!chart || chart->axes(Qt::Horizontal).isEmpty() || !qobject_cast<QDateTimeAxis *>(chart->axes(Qt::Horizontal).first()))
        return table;
    QList<QMap<QDate, double>> columns;
    QMap<QDate, bool> days;
    for (QAbstractSeries *series : chart->series()) {
        auto *xy = qobject_cast<QXYSeries *>(series);
        const QString name = series->property("dataName").toString();
        if (!xy || name.isEmpty())
            continue;
        QMap<QDate, double> values;
        for (const QPointF &p : xy->points()) {
            const QDate day = QDateTime::fromMSecsSinceEpoch(qint64(p.x()), zone).date();
            values.insert(day, p.y());
            days.insert(day, true);
        }
        table.columns.append(name);
        columns.append(values);
    }
    for (auto it = days.cbegin(); it != days.cend(); ++it) {
        table.days.append(it.key());
        QVector<std::optional<double>> row;
        for (const auto &column : std::as_const(columns))
            row.append(column.contains(it.key()) ? std::optional<double>(column.value(it.key())) : std::nullopt);
        table.values.append(row);
    }
    return table;
}

QString ChartData::toTsv(const ChartTable &table, const QLocale &locale)
{
    QLocale plain = locale;
    plain.setNumberOptions(QLocale::OmitGroupSeparator);
    return text(table, QLatin1Char('\t'), plain, false);
}

QString ChartData::toCsv(const ChartTable &table)
{
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::OmitGroupSeparator);
    return text(table, QLatin1Char(','), c, true);
}

} // namespace Beamline
