// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/entities.h>
#include <core/services/setupservice.h>
#include <core/workspace/workspace.h>
#include <ui/commands/setupcommands.h>

#include <QAbstractTableModel>
#include <QPointer>
#include <QVector>

#include <functional>
#include <optional>

class QUndoCommand;
class QUndoStack;

namespace Beamline {

// A table of Settings ▸ Workspace. Each lists one kind of entry of the open workspace,
// read through the SetupService, and turns an edit into an undoable command on the window's
// stack (setData → command → writer); the rows follow the workspace's change notifications.
// An edit the rules refuse (SetupRules) changes nothing and is reported through refused().
class SetupModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupModel)

public:
    enum Role { IdRole = Qt::UserRole + 1, ColorRole };

    explicit SetupModel(QObject *parent = nullptr);

    void setWorkspace(Workspace *workspace, QUndoStack *undoStack);
    Workspace *workspace() const { return m_workspace; }
    virtual void reload() = 0;
    virtual qint64 idAt(int row) const = 0;
    int rowOfId(qint64 id) const;
    // Pushes a command on the stack; false (and failed()) when it could not be written.
    bool push(QUndoCommand *command);

Q_SIGNALS:
    // A change the rules refuse: the reason, for the page to show.
    void refused(const QString &reason);
    // A change that could not be written (a locked file...).
    void failed(const QString &message);

protected:
    bool writable() const;
    std::function<void(const QString &)> errorHandler();
    // The service reading the open workspace (call only with one).
    SetupService service() const { return SetupService(*m_workspace); }
    // True when a rule check passed; otherwise says why (refused() or failed()).
    bool accepted(const Result<QString> &check);

    QPointer<Workspace> m_workspace;
    QUndoStack *m_undoStack = nullptr;
    bool m_failed = false;
};

// What the tables share: rows of one entry type with an id, read whole on every change, and
// the undoable add, change and remove of one entry (SaveEntryCommand).
template<typename T> class EntryModel : public SetupModel
{
public:
    using SetupModel::SetupModel;

    void reload() override;
    qint64 idAt(int row) const override { return m_rows.value(row).id; }
    const QVector<T> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : columns(); }
    Qt::ItemFlags flags(const QModelIndex &index) const override;

protected:
    virtual int columns() const = 0;
    virtual bool isEditableColumn(int column) const
    {
        Q_UNUSED(column)
        return true;
    }
    // The rows as stored now; empty without a workspace.
    virtual Result<QVector<T>> fetch() const = 0;

    bool validRow(int row) const { return row >= 0 && row < m_rows.size(); }
    // Pushes the change when `check` (the rules on `after`) passed. Returns the entry's id, or 0.
    qint64 save(const Result<QString> &check, std::optional<T> before, std::optional<T> after, const QString &text);
    // The row of a new entry, or -1.
    int add(const Result<QString> &check, const T &entry, const QString &text);
    // The names taken by the rows (for SetupRules::freeName).
    template<typename Name> QStringList names(Name name) const
    {
        QStringList taken;
        for (const T &entry : m_rows)
            taken.append(name(entry));
        return taken;
    }
    // The ids in the rows' order, and with one row moved by `delta`; false when it cannot move.
    bool reordered(int row, int delta, QList<qint64> *before, QList<qint64> *after) const;

    QVector<T> m_rows;
};

template<typename T> void EntryModel<T>::reload()
{
    QVector<T> fresh;
    if (m_workspace) {
        Result<QVector<T>> read = fetch();
        if (read)
            fresh = std::move(read).value();
        else
            Q_EMIT failed(read.error().message);
    }
    // Same entries in the same order: update in place, so selection and editors stay.
    bool sameIds = m_rows.size() == fresh.size();
    for (qsizetype i = 0; sameIds && i < m_rows.size(); ++i)
        sameIds = m_rows.at(i).id == fresh.at(i).id;
    if (sameIds) {
        m_rows = std::move(fresh);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(fresh);
    endResetModel();
}

template<typename T> Qt::ItemFlags EntryModel<T>::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && isEditableColumn(index.column()) && m_workspace && !m_workspace->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

template<typename T>
qint64 EntryModel<T>::save(const Result<QString> &check, std::optional<T> before, std::optional<T> after, const QString &text)
{
    if (!writable() || !accepted(check))
        return 0;
    auto *command = new SaveEntryCommand<T>(m_workspace, std::move(before), std::move(after), text, errorHandler());
    if (!push(command))
        return 0;
    return command->entryId();
}

template<typename T> int EntryModel<T>::add(const Result<QString> &check, const T &entry, const QString &text)
{
    const qint64 id = save(check, std::nullopt, entry, text);
    return id ? rowOfId(id) : -1;
}

template<typename T> bool EntryModel<T>::reordered(int row, int delta, QList<qint64> *before, QList<qint64> *after) const
{
    const int target = row + delta;
    if (!writable() || !validRow(row) || !validRow(target))
        return false;
    for (const T &entry : m_rows)
        before->append(entry.id);
    *after = *before;
    after->move(row, target);
    return true;
}

} // namespace Beamline
