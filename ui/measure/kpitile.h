// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/analytics/metricdefinitions.h>
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

    // What the tile shows, in parts, for the slide of the figures (FiguresSlide).
    struct Figure {
        QString title;    // "Instagram, Followers gained"
        QString value;    // "272/day", or "no data"
        bool hasValue = false;
        QString previous; // "232/day"; empty when there is nothing to compare with
        QString change;   // "▲ +17 %"; empty when there is nothing to compare with
        MetricDefinitions::Verdict verdict = MetricDefinitions::Verdict::Neutral;
    };

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
    Figure figure() const;

    // Blue for a change for the better, vermillion for the worse (told apart without red
    // and green); invalid for neither, which the caller greys.
    static QColor verdictColor(MetricDefinitions::Verdict verdict);

    static QString format(std::optional<double> value, Format format);

private:
    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_change;
    QString m_definition;
    QString m_metric;
    QFont m_valueFont;
    Figure m_figure;
};

} // namespace Beamline
