// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "versionedrows.h"

#include <core/domain/imported.h>

#include <QSqlDatabase>
#include <QVector>

#include <memory>
#include <optional>
#include <utility>

namespace Beamline {


// Mentions from social-listening exports, keyed by tool and the tool's id (or a digest
// of URL, time and author when the tool gives none).
class MentionRepository final
{
public:
    explicit MentionRepository(QSqlDatabase db);
    ~MentionRepository();
    Q_DISABLE_COPY_MOVE(MentionRepository)

    // Writes one mention for a batch; which export holds it is decided as VersionedRows says.
    VersionedRows::Result write(qint64 batchId, const VersionedRows::Precedence &precedence, const Mention &mention);
    static const VersionedRows::Table &table();
    void undoBatch(qint64 batchId);
    // The first and last UTC day ("YYYY-MM-DD") of the mentions a batch wrote or replaced.
    std::optional<std::pair<QString, QString>> utcDaySpanOfBatch(qint64 batchId) const;
    // Current mentions in [fromUtc, toUtc), oldest first.
    QVector<Mention> between(const QDateTime &fromUtc, const QDateTime &toUtc) const;

private:
    QSqlDatabase m_db;
    std::unique_ptr<VersionedRows> m_writer;
};

} // namespace Beamline
