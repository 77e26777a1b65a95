// SPDX-License-Identifier: GPL-3.0-or-later
#include "kpitile.h"

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
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(2);
    m_title->setForegroundRole(QPalette::PlaceholderText);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_value->setFont(big);
    m_value->setObjectName(QStringLiteral("value"));
    m_change->setObjectName(QStringLiteral("change"));
    m_change->setTextFormat(Qt::RichText);
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
    case Format::Percent: return locale.toString(*value * 100, 'f', *value < 0.1 ? 2 : 1) + QStringLiteral(" %");
    case Format::Duration: {
        const int s = qRound(*value);
        return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    }
    }
    return {};
}

void KpiTile::setValue(std::optional<double> value, Format format, std::optional<double> previous, bool comparing)
{
    m_value->setText(KpiTile::format(value, format));
    m_value->setEnabled(value.has_value());
    QString change;
    if (comparing && value) {
        const Change c = Change::between(value, previous);
        const QString before = KpiTile::format(previous, format);
        if (c.isNew) {
            change = tr("vs %1: new").arg(before);
        } else if (c.relative) {
            const double pct = *c.relative * 100;
            const QString arrow = pct > 0.5 ? QStringLiteral("▲") : pct < -0.5 ? QStringLiteral("▼") : QStringLiteral("=");
            // Blue for up, vermillion for down: told apart without red and green.
            const QString color = pct > 0.5 ? QStringLiteral("#0072B2") : pct < -0.5 ? QStringLiteral("#D55E00") : palette().color(QPalette::PlaceholderText).name();
            change = tr("vs %1, <span style=\"color:%2\">%3 %4%5 %</span>")
                         .arg(before.toHtmlEscaped(), color, arrow, pct > 0 ? QStringLiteral("+") : QString(), QLocale().toString(pct, 'f', 0));
        } else {
            change = tr("vs %1").arg(before);
        }
    }
    m_change->setText(change);
    m_change->setVisible(comparing);
    setAccessibleName(QStringLiteral("%1: %2 %3").arg(m_title->text(), m_value->text(), QString(m_change->text()).remove(QRegularExpression(QStringLiteral("<[^>]*>")))));
}

QString KpiTile::valueText() const
{
    return m_value->text();
}

QString KpiTile::changeText() const
{
    return QString(m_change->text()).remove(QRegularExpression(QStringLiteral("<[^>]*>")));
}

} // namespace Beamline
