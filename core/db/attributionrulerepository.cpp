// SPDX-License-Identifier: GPL-3.0-or-later
#include "attributionrulerepository.h"

#include "sqlquery.h"

namespace Beamline {

QVector<AttributionRule> AttributionRuleRepository::all() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, position, pattern, platform FROM attribution_rules ORDER BY position, id"));
    q.exec();
    QVector<AttributionRule> rules;
    while (q.next())
        rules.append({q.value(0).toLongLong(), q.value(1).toInt(), q.text(2), Platforms::fromKey(q.text(3)).value_or(Platform::Other)});
    return rules;
}

void AttributionRuleRepository::replaceAll(WriteScope &scope, const QVector<AttributionRule> &rules)
{
    const QSqlDatabase db = scope.db();
    SqlQuery(db, QStringLiteral("DELETE FROM attribution_rules")).exec();
    SqlQuery insert(db, QStringLiteral("INSERT INTO attribution_rules (position, pattern, platform) VALUES (:position, :pattern, :platform)"));
    int position = 0;
    for (const AttributionRule &rule : rules)
        insert.bind(QStringLiteral(":position"), position += 10).bind(QStringLiteral(":pattern"), rule.pattern.trimmed()).bind(QStringLiteral(":platform"), Platforms::key(rule.platform)).exec();
    scope.derived().rulesChanged = true;
    scope.changed(ChangeSet::Kind::Rules);
}

} // namespace Beamline
