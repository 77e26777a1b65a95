// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/analytics/periodstats.h>

#include <QFrame>

class QLabel;

namespace Beamline {

// One figure of the Overview: what it is, its value in the range, and how it changed
// against the comparison period ("272/day vs 232/day, +17 %"). The tooltip gives the
// figure's definition from docs/metrics.md.
class KpiTile final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KpiTile)

public:
    enum class Format { Count, PerDay, Percent, Duration };

    explicit KpiTile(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    // In a grid whose column headers already say what the tile is.
    void setTitleVisible(bool visible);
    void setDefinition(const QString &definition);
    // The figure's key in MetricDefinitions ("bounce_rate"): says whether a rise is good.
    void setMetric(const QString &key);
    QString metric() const { return m_metric; }
    // Empty optionals mean "no data".
    void setValue(std::optional<double> value, Format format, std::optional<double> previous = std::nullopt, bool comparing = false);

    QString valueText() const;
    QString changeText() const;

    static QString format(std::optional<double> value, Format format);

private:
    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_change;
    QString m_definition;
    QString m_metric;
    QFont m_valueFont;
};

} // namespace Beamline
