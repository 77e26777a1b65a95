// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/import/importprofile.h>

#include <QSqlDatabase>
#include <QVector>

#include <optional>

namespace Beamline {

// Saved column mappings for files Beamline does not know.
class ImportProfileRepository final
{
public:
    explicit ImportProfileRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    QVector<ImportProfile> all() const;
    std::optional<ImportProfile> find(qint64 id) const;
    // Profiles made for exactly this header.
    QVector<ImportProfile> forSignature(const QString &signature) const;
    // Inserts, or replaces the profile of the same name. Returns its id.
    qint64 save(const ImportProfile &profile);
    void remove(qint64 id);

private:
    QVector<ImportProfile> select(const QString &where, const QString &placeholder, const QVariant &value) const;

    QSqlDatabase m_db;
};

} // namespace Beamline
