// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/imported.h>

#include <QSqlDatabase>
#include <QVector>

#include <memory>

namespace Beamline {

class VersionedRows;

// Web-analytics rows (GA, GA4, Matomo), keyed by source, report, period and dimensions.
// A later import replaces a key's values; the replaced version is kept for undo.
class WebTrafficRepository final
{
public:
    explicit WebTrafficRepository(QSqlDatabase db);
    ~WebTrafficRepository();
    Q_DISABLE_COPY_MOVE(WebTrafficRepository)

    struct Source {
        qint64 id = 0;
        QString provider;
        QString name;
    };

    qint64 ensureSource(const QString &provider, const QString &name);
    QVector<Source> sources() const;

    // Writes one row for a batch; row.occurrence is raised past identical keys the batch already wrote.
    WriteOutcome write(qint64 batchId, WebTrafficRow &row);
    void undoBatch(qint64 batchId);

    // Current rows of a report whose period lies inside [from, to], in period order.
    QVector<WebTrafficRow> rows(const QString &report, QDate from, QDate to) const;
    qint64 currentRowCount() const;

private:
    QSqlDatabase m_db;
    std::unique_ptr<VersionedRows> m_writer;
};

} // namespace Beamline
