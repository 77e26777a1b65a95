// SPDX-License-Identifier: GPL-3.0-or-later
#include "importprofilerepository.h"

#include "sqlquery.h"

#include <core/domain/isotime.h>

#include <QJsonDocument>

namespace Beamline {

QVector<ImportProfileRecord> ImportProfileRepository::select(const QString &where, const QString &placeholder, const QVariant &value) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, name, header_signature, definition FROM import_profiles %1 ORDER BY name").arg(where));
    if (!placeholder.isEmpty())
        q.bind(placeholder, value);
    q.exec();
    QVector<ImportProfileRecord> result;
    while (q.next()) {
        ImportProfileRecord p;
        p.definition = QJsonDocument::fromJson(q.text(3).toUtf8()).object();
        p.id = q.integer(0);
        p.name = q.text(1);
        p.headerSignature = q.text(2);
        result.append(p);
    }
    return result;
}

QVector<ImportProfileRecord> ImportProfileRepository::all() const
{
    return select({}, {}, {});
}

std::optional<ImportProfileRecord> ImportProfileRepository::find(qint64 id) const
{
    const auto found = select(QStringLiteral("WHERE id = :id"), QStringLiteral(":id"), id);
    return found.isEmpty() ? std::nullopt : std::optional<ImportProfileRecord>(found.first());
}

QVector<ImportProfileRecord> ImportProfileRepository::forSignature(const QString &signature) const
{
    return select(QStringLiteral("WHERE header_signature = :s"), QStringLiteral(":s"), signature);
}

qint64 ImportProfileRepository::save(const ImportProfileRecord &profile)
{
    const QString now = IsoTime::utc(QDateTime::currentDateTimeUtc());
    SqlQuery q(m_db, QStringLiteral("INSERT INTO import_profiles (name, header_signature, definition, created_at, updated_at) "
                                    "VALUES (:name, :sig, :def, :now1, :now2) ON CONFLICT (name) DO UPDATE SET "
                                    "header_signature = excluded.header_signature, definition = excluded.definition, "
                                    "updated_at = excluded.updated_at"));
    q.bind(QStringLiteral(":name"), profile.name)
        .bind(QStringLiteral(":sig"), profile.headerSignature)
        .bind(QStringLiteral(":def"), QString::fromUtf8(QJsonDocument(profile.definition).toJson(QJsonDocument::Compact)))
        .bind(QStringLiteral(":now1"), now)
        .bind(QStringLiteral(":now2"), now)
        .exec();
    SqlQuery id(m_db, QStringLiteral("SELECT id FROM import_profiles WHERE name = :name"));
    id.bind(QStringLiteral(":name"), profile.name).exec();
    return id.next() ? id.integer(0) : 0;
}

void ImportProfileRepository::remove(qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM import_profiles WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
}

} // namespace Beamline
