// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/imported.h>

#include <QSqlDatabase>
#include <QVector>

#include <memory>

namespace Beamline {

class VersionedRows;

// Mentions from social-listening exports, keyed by tool and the tool's id (or a digest
// of URL, time and author when the tool gives none).
class MentionRepository final
{
public:
    explicit MentionRepository(QSqlDatabase db);
    ~MentionRepository();
    Q_DISABLE_COPY_MOVE(MentionRepository)

    WriteOutcome write(qint64 batchId, Mention &mention);
    void undoBatch(qint64 batchId);
    // Current mentions in [fromUtc, toUtc), oldest first.
    QVector<Mention> between(const QDateTime &fromUtc, const QDateTime &toUtc) const;

private:
    QSqlDatabase m_db;
    std::unique_ptr<VersionedRows> m_writer;
};

} // namespace Beamline
