// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Beamline {

// A number editor whose lowest value means "none" (no own limit, no target).
class NumberDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumberDelegate)

public:
    NumberDelegate(double minimum, double maximum, int decimals, const QString &suffix, const QString &noneText, QObject *parent);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    double m_minimum;
    double m_maximum;
    int m_decimals;
    QString m_suffix;
    QString m_noneText;
};

} // namespace Beamline
