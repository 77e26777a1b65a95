// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Beamline {

// An editor that picks one of a few values (a platform, a role): a combo box.
class ChoiceDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChoiceDelegate)

public:
    ChoiceDelegate(QList<QPair<QString, QVariant>> choices, QObject *parent);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    QList<QPair<QString, QVariant>> m_choices;
};

} // namespace Beamline
