// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/imported.h>

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QTimeZone>
#include <QVector>

namespace Beamline {

// The import history: one row per batch, newest first.
class ImportHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportHistoryModel)

public:
    enum Column { ImportedAt, File, Format, Period, Added, Updated, Unchanged, Skipped, Status, ColumnCount };
    enum Role { BatchIdRole = Qt::UserRole + 1, UndoneRole, WarningsRole };

    explicit ImportHistoryModel(QObject *parent = nullptr);

    // Reloads from the database (null: empty).
    void reload(const QSqlDatabase &db);
    // The zone the times of imports and undos are shown in: the workspace's, like every
    // other list (the computer's until set).
    void setTimeZone(const QTimeZone &zone);
    const ImportBatch &batch(int row) const { return m_batches.at(row); }
    int rowOf(qint64 batchId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A readable name of a format id ("x-tweet-activity" -> "X tweet activity (legacy analytics)").
    static QString formatName(const QString &id);

private:
    QVector<ImportBatch> m_batches;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace Beamline
