// SPDX-License-Identifier: GPL-3.0-or-later
#include "kpitile.h"

#include <core/analytics/metricdefinitions.h>

#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace Beamline {

KpiTile::KpiTile(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_value(new QLabel(this))
    , m_change(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setFocusPolicy(Qt::TabFocus); // the figures are reachable (and read) from the keyboard
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 5);
    layout->setSpacing(0);
    m_title->setForegroundRole(QPalette::PlaceholderText);
    // A long title (French) wraps rather than widen the window.
    m_title->setWordWrap(true);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_value->setFont(big);
    m_valueFont = big;
    m_value->setObjectName(QStringLiteral("value"));
    m_change->setObjectName(QStringLiteral("change"));
    m_change->setTextFormat(Qt::RichText);
    QFont small = m_change->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_change->setFont(small);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
}

void KpiTile::setTitle(const QString &title)
{
    m_title->setText(title);
}

void KpiTile::setTitleVisible(bool visible)
{
    m_title->setVisible(visible);
}

void KpiTile::setDefinition(const QString &definition)
{
    m_definition = definition;
    setToolTip(definition);
}

QString KpiTile::format(std::optional<double> value, Format format)
{
    if (!value)
        return tr("no data");
    const QLocale locale;
    switch (format) {
    case Format::Count: return locale.toString(*value, 'f', 0);
    case Format::PerDay: return tr("%1/day").arg(locale.toString(*value, 'f', *value < 10 ? 1 : 0));
    case Format::Percent: return locale.toString(*value * 100, 'f', 1) + QStringLiteral(" %"); // one decimal everywhere
    case Format::Duration: {
        const int s = qRound(*value);
        return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    }
    }
    return {};
}

void KpiTile::setMetric(const QString &key)
{
    m_metric = key;
}

void KpiTile::setValue(std::optional<double> value, Format format, std::optional<double> previous, bool comparing)
{
    m_figure = Figure();
    m_figure.title = m_title->text();
    m_figure.value = KpiTile::format(value, format);
    m_figure.hasValue = value.has_value();
    m_value->setText(m_figure.value);
    m_value->setEnabled(value.has_value());
    // "no data" is not a figure: said in the normal size, so that it does not widen the tile.
    m_value->setFont(value ? m_valueFont : font());
    QString change;
    QString verdictText;
    if (comparing && value && previous) {
        // Nothing to compare with says nothing (no "vs no data: new" on every tile).
        const Change c = Change::between(value, previous);
        const QString before = KpiTile::format(previous, format);
        const MetricDefinitions::Verdict verdict = MetricDefinitions::judge(m_metric, value, previous);
        // Whether a rise is good depends on the metric (a higher bounce rate is worse);
        // grey for no change or a figure that is neither.
        const QColor verdictColour = verdictColor(verdict);
        const QString color = verdictColour.isValid() ? verdictColour.name().toUpper() : palette().color(QPalette::PlaceholderText).name();
        verdictText = verdict == MetricDefinitions::Verdict::Better ? tr("better") : verdict == MetricDefinitions::Verdict::Worse ? tr("worse") : QString();
        m_figure.previous = before;
        m_figure.verdict = verdict;
        if (c.relative) {
            const double pct = *c.relative * 100;
            const QString arrow = pct >= 0.5 ? QStringLiteral("▲") : pct <= -0.5 ? QStringLiteral("▼") : QStringLiteral("=");
            const QString sign = pct >= 0.5 ? QStringLiteral("+") : QString();
            m_figure.change = QStringLiteral("%1 %2%3 %").arg(arrow, sign, QLocale().toString(qRound(pct)));
            change = tr("vs %1, <span style=\"color:%2\">%3&nbsp;%4%5&nbsp;%</span>")
                         .arg(before.toHtmlEscaped(), color, arrow, sign, QLocale().toString(qRound(pct)));
        } else {
            change = tr("vs %1").arg(before.toHtmlEscaped());
        }
    }
    m_change->setText(change);
    m_change->setToolTip(verdictText.isEmpty() ? QString() : tr("A change for the %1").arg(verdictText));
    m_change->setVisible(comparing);
    setAccessibleName(QStringLiteral("%1: %2 %3 %4").arg(m_title->text(), m_value->text(), changeText(), verdictText).trimmed());
}

KpiTile::Figure KpiTile::figure() const
{
    return m_figure;
}

QColor KpiTile::verdictColor(MetricDefinitions::Verdict verdict)
{
    switch (verdict) {
    case MetricDefinitions::Verdict::Better: return QColor(0x00, 0x72, 0xB2);
    case MetricDefinitions::Verdict::Worse: return QColor(0xD5, 0x5E, 0x00);
    case MetricDefinitions::Verdict::Neutral: break;
    }
    return {};
}

QString KpiTile::valueText() const
{
    return m_value->text();
}

QString KpiTile::changeText() const
{
    return QString(m_change->text()).remove(QRegularExpression(QStringLiteral("<[^>]*>"))).replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
}

} // namespace Beamline
