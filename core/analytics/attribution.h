// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/attributionrule.h>

#include <QRegularExpression>
#include <QString>
#include <QVector>

#include <optional>

namespace Beamline {

// Which channel a web-analytics row ("l.instagram.com / referral", "t.co", "instagram / story")
// belongs to: the first rule, in position order, that matches. A plain pattern matches the
// row's source (the part before " / ") exactly, ignoring case; a pattern with " / " matches
// "source / medium" with * for any text.
class Attribution final
{
public:
    explicit Attribution(QVector<AttributionRule> rules);
    static QVector<AttributionRule> defaults();

    std::optional<Platform> platformOf(const QString &dimension) const;
    const QVector<AttributionRule> &rules() const { return m_rules; }

private:
    QVector<AttributionRule> m_rules;
    QVector<QString> m_sources;          // plain patterns, lowercased (empty for globs)
    QVector<QRegularExpression> m_globs; // glob patterns, compiled once
};

} // namespace Beamline
