// SPDX-License-Identifier: GPL-3.0-or-later
#include "attribution.h"


#include <QRegularExpression>

#include <algorithm>

namespace Beamline {

Attribution::Attribution(QVector<AttributionRule> rules)
    : m_rules(std::move(rules))
{
    std::stable_sort(m_rules.begin(), m_rules.end(), [](const AttributionRule &a, const AttributionRule &b) { return a.position < b.position; });
    for (const AttributionRule &rule : std::as_const(m_rules)) {
        const QString pattern = rule.pattern.trimmed().toLower();
        if (!pattern.contains(QLatin1Char('/')) && !pattern.contains(QLatin1Char('*'))) {
            m_sources.append(pattern);
            m_globs.append(QRegularExpression());
        } else {
            // A glob: * is any text, everything else literal.
            QString expression = QRegularExpression::escape(pattern);
            expression.replace(QLatin1String("\\*"), QLatin1String(".*"));
            m_sources.append(QString());
            m_globs.append(QRegularExpression(QRegularExpression::anchoredPattern(expression)));
        }
    }
}

QVector<AttributionRule> Attribution::defaults()
{
    const QList<QPair<const char *, Platform>> list = {
        {"instagram.com", Platform::Instagram}, {"l.instagram.com", Platform::Instagram}, {"instagram / *", Platform::Instagram},
        {"t.co", Platform::X},                  {"twitter.com", Platform::X},            {"x.com", Platform::X},
        {"facebook.com", Platform::Facebook},   {"m.facebook.com", Platform::Facebook},  {"l.facebook.com", Platform::Facebook},
        {"lm.facebook.com", Platform::Facebook}, {"linkedin.com", Platform::LinkedIn},   {"lnkd.in", Platform::LinkedIn},
        {"youtube.com", Platform::YouTube}};
    QVector<AttributionRule> rules;
    int position = 0;
    for (const auto &[pattern, platform] : list)
        rules.append({0, position += 10, QString::fromLatin1(pattern), platform});
    return rules;
}

std::optional<Platform> Attribution::platformOf(const QString &dimension) const
{
    const QString text = dimension.trimmed().toLower();
    const qsizetype slash = text.indexOf(QLatin1String(" / "));
    const QString source = slash < 0 ? text : text.left(slash);
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        if (!m_sources.at(i).isEmpty() ? source == m_sources.at(i) : m_globs.at(i).match(text).hasMatch())
            return m_rules.at(i).platform;
    }
    return std::nullopt;
}

} // namespace Beamline
