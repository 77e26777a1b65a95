// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "versionedrows.h"

#include <core/domain/imported.h>

#include <QSqlDatabase>
#include <QVector>

#include <memory>
#include <tuple>

namespace Beamline {


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

    // Writes one row for a batch; which export holds each value is decided as VersionedRows says.
    VersionedRows::Result write(qint64 batchId, const VersionedRows::Precedence &precedence, const WebTrafficRow &row);
    static const VersionedRows::Table &table();
    // The metric columns in WebMetric order (bit i of `live` is column i).
    static const QStringList &metricColumns();
    void undoBatch(qint64 batchId);
    // The days of a batch's one-day rows, per report (report, first, last ISO day).
    QVector<std::tuple<QString, QString, QString>> oneDaySpansOfBatch(qint64 batchId) const;

    // Current rows of a report whose period lies inside [from, to], in period order.
    QVector<WebTrafficRow> rows(const QString &report, QDate from, QDate to) const;
    qint64 currentRowCount() const;

private:
    QSqlDatabase m_db;
    std::unique_ptr<VersionedRows> m_writer;
    // write()'s lists and day texts, kept from one row to the next.
    QVariantList m_key;
    QVariantList m_values;
    std::pair<QDate, QString> m_start;
    std::pair<QDate, QString> m_end;
};

} // namespace Beamline
