// SPDX-License-Identifier: GPL-3.0-or-later
#include "importhistorymodel.h"

#include <core/db/importbatchrepository.h>
#include <core/import/importer.h>

#include <QLocale>

namespace Beamline {

ImportHistoryModel::ImportHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportHistoryModel::reload(const QSqlDatabase &db)
{
    beginResetModel();
    m_batches = db.isValid() ? ImportBatchRepository(db).all() : QVector<ImportBatch>();
    endResetModel();
}

int ImportHistoryModel::rowOf(qint64 batchId) const
{
    for (int i = 0; i < m_batches.size(); ++i) {
        if (m_batches.at(i).id == batchId)
            return i;
    }
    return -1;
}

int ImportHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_batches.size());
}

int ImportHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportHistoryModel::formatName(const QString &id)
{
    if (id == QLatin1String("demo"))
        return tr("Demo data");
    if (id.startsWith(QLatin1String("profile:")))
        return tr("Mapping “%1”").arg(id.mid(8));
    if (const ImportFormat *f = Importer::format(id))
        return f->displayName();
    return id;
}

void ImportHistoryModel::setTimeZone(const QTimeZone &zone)
{
    if (!zone.isValid() || zone == m_zone)
        return;
    m_zone = zone;
    if (!m_batches.isEmpty())
        Q_EMIT dataChanged(index(0, ImportedAt), index(rowCount() - 1, Status), {Qt::DisplayRole});
}

QVariant ImportHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ImportBatch &b = m_batches.at(index.row());
    const bool undone = b.status == ImportBatch::Status::Undone;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ImportedAt: return QLocale().toString(b.importedAt.toTimeZone(m_zone), QLocale::ShortFormat);
        case File: return b.fileName;
        case Format: return formatName(b.format);
        case Period:
            if (!b.periodStart.isValid())
                return QString();
            if (b.periodStart == b.periodEnd)
                return QLocale().toString(b.periodStart, QLocale::ShortFormat);
            return tr("%1 – %2").arg(QLocale().toString(b.periodStart, QLocale::ShortFormat), QLocale().toString(b.periodEnd, QLocale::ShortFormat));
        case Added: return b.rowsAdded;
        case Updated: return b.rowsUpdated;
        case Unchanged: return b.rowsUnchanged;
        case Skipped: return b.rowsSkipped;
        case Status:
            return undone ? tr("Undone %1").arg(QLocale().toString(b.undoneAt.toTimeZone(m_zone), QLocale::ShortFormat))
                          : (b.warnings.isEmpty() ? tr("Imported") : tr("Imported, %n warning(s)", nullptr, int(b.warnings.size())));
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == File)
            return b.filePath.isEmpty() ? b.fileName : b.filePath;
        if (index.column() == Status && !b.warnings.isEmpty())
            return b.warnings.mid(0, 10).join(QLatin1Char('\n'));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() >= Added && index.column() <= Skipped)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case BatchIdRole:
        return b.id;
    case UndoneRole:
        return undone;
    case WarningsRole:
        return b.warnings;
    }
    return {};
}

QVariant ImportHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ImportedAt: return tr("Imported");
    case File: return tr("File");
    case Format: return tr("Format");
    case Period: return tr("Period");
    case Added: return tr("Added");
    case Updated: return tr("Updated");
    case Unchanged: return tr("Unchanged");
    case Skipped: return tr("Skipped");
    case Status: return tr("Status");
    }
    return {};
}

} // namespace Beamline
