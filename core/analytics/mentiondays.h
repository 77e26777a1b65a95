// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Beamline {

// Current mentions counted per UTC day, network and sentiment (mention_days), so that a
// range of months or years is a few thousand rows rather than every mention. Exact: a
// range reads its whole UTC days here and its partial first and last day from the
// mentions themselves. Kept in step by imports and undo inside their transactions; the
// newest mention id it counted is recorded, and when that does not match (mentions written
// by another program) isCurrent() is false and readers count the mentions instead.
class MentionDays final
{
public:
    explicit MentionDays(QSqlDatabase db);

    bool isCurrent() const;
    void rebuild();

    // For undoing a batch: the UTC days it touched, read before the undo; then refresh().
    struct Span {
        QString first, last;
    };
    std::optional<Span> spanOfBatch(qint64 batchId) const;
    // Recounts the span, or everything when the counts were out of date before the change.
    void refresh(bool wasCurrent, const std::optional<Span> &span);

private:
    std::optional<qint64> storedMaxId() const;
    void storeState();
    void recount(const QString &first, const QString &last);

    QSqlDatabase m_db;
};

} // namespace Beamline
