// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/entities.h>

#include <QSqlDatabase>
#include <QVector>

#include <optional>

namespace Beamline {

// Recurring series with their default channels and the occurrences that differ from the rule.
class SeriesRepository final
{
public:
    explicit SeriesRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    QVector<Series> all() const;
    std::optional<Series> find(qint64 id) const;
    std::optional<Series> findByName(const QString &name) const;
    // Stores the series, its channels and exceptions; assigns a UID when it has none.
    qint64 insert(const Series &series);
    void update(const Series &series);
    void remove(qint64 id);

    void setException(qint64 seriesId, const SeriesException &exception);
    void removeException(qint64 seriesId, const QDateTime &occurrence);

private:
    void load(Series &series) const;
    void writeChildren(const Series &series, qint64 id);
    QVector<Series> select(const QString &where, const QString &placeholder, const QVariant &value) const;

    QSqlDatabase m_db;
};

} // namespace Beamline
