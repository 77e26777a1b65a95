// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "setupmodel.h"

namespace Beamline {

// The team: who writes, looks after and signs off posts.
class PersonModel final : public EntryModel<Person>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonModel)

public:
    enum Column { Name, RoleColumn, Email, Login, ColumnCount };
    using EntryModel::EntryModel;

    const QVector<Person> &people() const { return m_rows; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int addPerson(const QString &name, Person::Role role = Person::Role::Editor);
    bool removePerson(int row);

protected:
    int columns() const override { return ColumnCount; }
    Result<QVector<Person>> fetch() const override { return service().people(); }
};

} // namespace Beamline
