// SPDX-License-Identifier: GPL-3.0-or-later
#include "numberdelegate.h"

#include <QDoubleSpinBox>

namespace Beamline {

NumberDelegate::NumberDelegate(double minimum, double maximum, int decimals, const QString &suffix, const QString &noneText,
                               QObject *parent)
    : QStyledItemDelegate(parent)
    , m_minimum(minimum)
    , m_maximum(maximum)
    , m_decimals(decimals)
    , m_suffix(suffix)
    , m_noneText(noneText)
{
}

QWidget *NumberDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setRange(m_minimum, m_maximum);
    spin->setDecimals(m_decimals);
    spin->setSuffix(m_suffix);
    spin->setSpecialValueText(m_noneText); // shown at the minimum, which means "none"
    spin->setSingleStep(m_decimals > 0 ? 5 : 10);
    spin->setAlignment(Qt::AlignRight);
    return spin;
}

void NumberDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    static_cast<QDoubleSpinBox *>(editor)->setValue(index.data(Qt::EditRole).toDouble());
}

void NumberDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *spin = static_cast<QDoubleSpinBox *>(editor);
    spin->interpretText();
    model->setData(index, spin->value(), Qt::EditRole);
}

} // namespace Beamline
