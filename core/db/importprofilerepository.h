// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/importprofilerecord.h>

#include <QSqlDatabase>
#include <QVector>

#include <optional>

namespace Beamline {

// Saved column mappings for files Beamline does not know, stored as data (the import layer
// converts them: ImportProfile::fromRecord). Throws DatabaseError.
class ImportProfileRepository final
{
public:
    explicit ImportProfileRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    QVector<ImportProfileRecord> all() const;
    std::optional<ImportProfileRecord> find(qint64 id) const;
    // Profiles made for exactly this header.
    QVector<ImportProfileRecord> forSignature(const QString &signature) const;
    // Inserts, or replaces the profile of the same name. Returns its id.
    qint64 save(const ImportProfileRecord &profile);
    void remove(qint64 id);

private:
    QVector<ImportProfileRecord> select(const QString &where, const QString &placeholder, const QVariant &value) const;

    QSqlDatabase m_db;
};

} // namespace Beamline
