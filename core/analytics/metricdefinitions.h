// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Beamline {

// Which way a figure should move for the team: more impressions are good news, a higher
// bounce or exit rate is bad news, the number of posts is neither (it is effort, not
// impact). Every view, report and `beamline stats` colours or words a change by it.
enum class MetricDirection { HigherIsBetter, LowerIsBetter, Neutral };

// What a figure is measured in (docs/metrics.md): counts, counts per day, fractions (shown
// as percentages) and seconds (shown as m:ss).
enum class MetricUnit { Count, PerDay, Rate, Seconds };

struct MetricDefinition {
    QString key; // as `beamline stats --json` names it: "bounce_rate", "followers_per_day"…
    MetricDirection direction = MetricDirection::Neutral;
    MetricUnit unit = MetricUnit::Count;
    // English source texts (context "Beamline::MetricDefinitions"), as docs/metrics.md words
    // them: read them translated through title() and text().
    const char *title = nullptr;
    const char *text = nullptr;
};

// The metrics of docs/metrics.md with their good direction and unit. Keys are those of
// `beamline stats --json` and of the daily account metrics.
class MetricDefinitions final
{
public:
    // What a change means: better, worse, or neither (no real change, or a neutral figure).
    enum class Verdict { Better, Worse, Neutral };

    static const QList<MetricDefinition> &all();
    // Empty for a key Beamline does not define.
    static std::optional<MetricDefinition> find(QStringView key);
    // The figure's short name and its one-sentence definition, translated (the report's
    // definitions page and the figures' tooltips). The key itself, and empty, when unknown.
    static QString title(QStringView key);
    static QString text(QStringView key);
    // Neutral for a key Beamline does not define.
    static MetricDirection direction(QStringView key);
    // The verdict on going from `previous` to `current`: a relative change smaller than
    // `tolerance` (half a percent by default) is no change. A previous value of zero
    // counts any rise as a change. Missing values give Neutral.
    static Verdict judge(QStringView key, std::optional<double> current, std::optional<double> previous, double tolerance = 0.005);
};

} // namespace Beamline
