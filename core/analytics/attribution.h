// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/platform.h>

#include <QSqlDatabase>
#include <QRegularExpression>
#include <QString>
#include <QVector>

#include <optional>

namespace Beamline {

// One line of the editable table that attributes web traffic to a social channel.
struct AttributionRule {
    qint64 id = 0;
    int position = 0;
    QString pattern; // "instagram.com" (a source), or "instagram / *" (source / medium, * any)
    Platform platform = Platform::Other;

    bool operator==(const AttributionRule &) const = default;
};

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

class AttributionRuleRepository final
{
public:
    explicit AttributionRuleRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    QVector<AttributionRule> all() const;
    // Replaces the whole table (the editor saves the list as the user arranged it).
    void replaceAll(const QVector<AttributionRule> &rules);

private:
    QSqlDatabase m_db;
};

} // namespace Beamline
