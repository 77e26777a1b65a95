// SPDX-License-Identifier: GPL-3.0-or-later
#include "personmodel.h"

#include <core/workspace/setuprules.h>

namespace Beamline {

QVariant PersonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Person &p = m_rows.at(index.row());
    if (role == IdRole)
        return p.id;
    switch (index.column()) {
    case Name:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return p.name;
        break;
    case RoleColumn:
        if (role == Qt::DisplayRole)
            return Person::roleName(p.role);
        if (role == Qt::EditRole)
            return Person::roleKey(p.role);
        if (role == Qt::ToolTipRole) {
            switch (p.role) {
            case Person::Role::Approver:
                return tr("Writes posts and signs them off");
            case Person::Role::Viewer:
                return tr("Reads the plan and the figures, changes nothing");
            case Person::Role::Editor:
                return tr("Writes and looks after posts and series");
            }
        }
        break;
    case Email:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return p.email;
        break;
    case Login:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return p.login;
        if (role == Qt::ToolTipRole)
            return tr(
                "The database role the person signs in to a team workspace with (their system account for a workspace file)");
        break;
    }
    return {};
}

bool PersonModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !writable() || role != Qt::EditRole)
        return false;
    const Person before = m_rows.at(index.row());
    Person after = before;
    QString text;
    switch (index.column()) {
    case Name:
        after.name = value.toString().trimmed();
        text = tr("Rename “%1”").arg(before.name);
        break;
    case RoleColumn:
        after.role = Person::roleFromKey(value.toString());
        text = tr("Change the Role of “%1”").arg(before.name);
        break;
    case Email:
        after.email = value.toString().trimmed();
        text = tr("Change the Email of “%1”").arg(before.name);
        break;
    case Login:
        after.login = value.toString().trimmed();
        text = tr("Change the Login of “%1”").arg(before.name);
        break;
    default:
        return false;
    }
    if (after == before)
        return false;
    return save(service().checkPerson(after), before, after, text) != 0;
}

QVariant PersonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case Email:
        return tr("Email");
    case Login:
        return tr("Login");
    }
    return {};
}

int PersonModel::addPerson(const QString &name, Person::Role role)
{
    if (!writable())
        return -1;
    Person p;
    p.name = SetupRules::freeName(name.trimmed(), names([](const Person &person) { return person.name; }));
    p.role = role;
    return add(service().checkPerson(p), p, tr("Add “%1”").arg(p.name));
}

bool PersonModel::removePerson(int row)
{
    if (!writable() || !validRow(row))
        return false;
    const Person p = m_rows.at(row);
    return save(QString(), p, std::nullopt, tr("Remove “%1”").arg(p.name)) != 0;
}

} // namespace Beamline
