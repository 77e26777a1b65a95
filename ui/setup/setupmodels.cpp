// SPDX-License-Identifier: GPL-3.0-or-later
#include "setupmodels.h"

#include "setupcommands.h"

#include <core/db/campaignrepository.h>
#include <core/db/channelrepository.h>
#include <core/db/databaseerror.h>
#include <core/db/personrepository.h>
#include <core/db/pillarrepository.h>
#include <core/workspace/setuprules.h>
#include <core/workspace/workspace.h>

#include <QColor>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLocale>
#include <QLoggingCategory>
#include <QUndoStack>

#include <cmath>

Q_LOGGING_CATEGORY(lcSetup, "beamline.setup", QtWarningMsg)

namespace Beamline {

namespace {

QVariant swatch(const QString &color)
{
    const QColor c(color);
    return c.isValid() ? QVariant(c) : QVariant();
}

// The platform's own colour, so that a channel is recognised at a glance.
QString defaultColor(Platform platform)
{
    switch (platform) {
    case Platform::X: return QStringLiteral("#0f1419");
    case Platform::Facebook: return QStringLiteral("#1877f2");
    case Platform::Instagram: return QStringLiteral("#c13584");
    case Platform::LinkedIn: return QStringLiteral("#0a66c2");
    case Platform::YouTube: return QStringLiteral("#ff0000");
    case Platform::Other: break;
    }
    return QStringLiteral("#6b7785");
}

QString percentText(double fraction)
{
    const double percent = fraction * 100.0;
    return QStringLiteral("%1 %").arg(QLocale().toString(percent, 'f', std::abs(percent - std::round(percent)) < 1e-6 ? 0 : 1));
}

} // namespace

SetupModel::SetupModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SetupModel::setWorkspace(Workspace *workspace, QUndoStack *undoStack)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    m_undoStack = undoStack;
    if (workspace)
        connect(workspace, &Workspace::changed, this, &SetupModel::reload);
    reload();
}

bool SetupModel::writable() const
{
    return m_workspace && !m_workspace->isReadOnly() && m_undoStack;
}

int SetupModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (idAt(row) == id)
            return row;
    }
    return -1;
}

std::function<void(const QString &)> SetupModel::errorHandler()
{
    // Commands outlive the dialog on the window's stack: an undo after it closed must
    // not reach a deleted model.
    return [self = QPointer<SetupModel>(this)](const QString &message) {
        qCWarning(lcSetup) << message;
        if (self) {
            self->m_failed = true;
            Q_EMIT self->failed(message);
        }
    };
}

bool SetupModel::push(QUndoCommand *command)
{
    if (!writable()) {
        delete command;
        return false;
    }
    m_failed = false;
    m_undoStack->push(command); // runs it; a first run that fails removes it again
    return !m_failed;
}

template <typename T>
void SetupModel::replaceRows(QVector<T> &rows, QVector<T> fresh)
{
    // Same entries in the same order: update in place, so selection and editors stay.
    bool sameIds = rows.size() == fresh.size();
    for (qsizetype i = 0; sameIds && i < rows.size(); ++i)
        sameIds = rows.at(i).id == fresh.at(i).id;
    if (sameIds) {
        rows = std::move(fresh);
        if (!rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(rows.size()) - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    rows = std::move(fresh);
    endResetModel();
}

// --- Channels ----------------------------------------------------------------------

void ChannelModel::reload()
{
    QVector<Channel> fresh;
    m_aliases.clear();
    if (m_workspace) {
        try {
            ChannelRepository repository(m_workspace->connection());
            fresh = repository.all();
            for (const Channel &c : std::as_const(fresh))
                m_aliases.insert(c.id, repository.aliases(c.id));
        } catch (const DatabaseError &error) {
            Q_EMIT failed(error.message());
        }
    }
    replaceRows(m_rows, fresh);
}

qint64 ChannelModel::idAt(int row) const
{
    return m_rows.value(row).id;
}

int ChannelModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChannelModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChannelModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Channel &c = m_rows.at(index.row());
    if (role == IdRole)
        return c.id;
    if (role == ColorRole)
        return c.color;
    switch (index.column()) {
    case Name:
        if (role == Qt::DisplayRole)
            return c.label();
        if (role == Qt::EditRole)
            return c.displayName;
        if (role == Qt::DecorationRole)
            return swatch(c.color.isEmpty() ? defaultColor(c.platform) : c.color);
        break;
    case PlatformColumn:
        if (role == Qt::DisplayRole)
            return Platforms::displayName(c.platform);
        if (role == Qt::EditRole)
            return Platforms::key(c.platform);
        break;
    case Handle:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return c.handle;
        if (role == Qt::ToolTipRole)
            return tr("The name or ID the platform's exports give this account");
        break;
    case Limit:
        if (role == Qt::DisplayRole)
            return c.characterLimit() > 0 ? QLocale().toString(c.characterLimit()) : tr("None");
        if (role == Qt::EditRole)
            return c.charLimit.value_or(0);
        if (role == Qt::ToolTipRole)
            return c.charLimit ? tr("This channel's own limit") : tr("%1's limit").arg(Platforms::displayName(c.platform));
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Aliases:
        if (role == Qt::DisplayRole)
            return m_aliases.value(c.id).join(QStringLiteral(", "));
        if (role == Qt::ToolTipRole)
            return tr("Other names imports may give this account; they land on this channel");
        break;
    }
    return {};
}

bool ChannelModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !writable())
        return false;
    const Channel before = m_rows.at(index.row());
    Channel after = before;
    QString text;
    if (role == ColorRole) {
        after.color = value.toString();
        text = tr("Change the Colour of “%1”").arg(before.label());
    } else if (role != Qt::EditRole) {
        return false;
    } else {
        switch (index.column()) {
        case Name:
            after.displayName = value.toString().trimmed();
            text = tr("Rename Channel “%1”").arg(before.label());
            break;
        case PlatformColumn: {
            const auto platform = Platforms::fromKey(value.toString());
            if (!platform)
                return false;
            after.platform = *platform;
            text = tr("Change the Platform of “%1”").arg(before.label());
            break;
        }
        case Handle:
            after.handle = value.toString().trimmed();
            if (after.handle.startsWith(QLatin1Char('@')))
                after.handle.remove(0, 1);
            text = tr("Change the Handle of “%1”").arg(before.label());
            break;
        case Limit: {
            const int limit = value.toInt();
            after.charLimit = limit > 0 ? std::optional<int>(limit) : std::nullopt;
            text = tr("Change the Character Limit of “%1”").arg(before.label());
            break;
        }
        default:
            return false;
        }
    }
    if (after == before)
        return false;
    try {
        const QSqlDatabase db = m_workspace->connection();
        if (after.platform != before.platform && ChannelRepository(db).usage(before.id).hasImportedData()) {
            Q_EMIT refused(tr("“%1” holds figures imported from %2, so its platform cannot change.")
                               .arg(before.label(), Platforms::displayName(before.platform)));
            return false;
        }
        if (const QString problem = SetupRules::checkChannel(db, after); !problem.isEmpty()) {
            Q_EMIT refused(problem);
            return false;
        }
    } catch (const DatabaseError &error) {
        Q_EMIT failed(error.message());
        return false;
    }
    return push(new SaveEntryCommand<Channel>(m_workspace, before, after, text, errorHandler()));
}

QVariant ChannelModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case PlatformColumn: return tr("Platform");
    case Handle: return tr("Handle or ID");
    case Limit: return tr("Character limit");
    case Aliases: return tr("Also known as");
    }
    return {};
}

Qt::ItemFlags ChannelModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != Aliases && m_workspace && !m_workspace->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

bool ChannelModel::addChannel(const Channel &channel)
{
    if (!writable())
        return false;
    Channel c = channel;
    c.id = 0;
    c.handle = c.handle.trimmed();
    if (c.handle.startsWith(QLatin1Char('@')))
        c.handle.remove(0, 1);
    c.displayName = c.displayName.trimmed();
    if (c.color.isEmpty())
        c.color = defaultColor(c.platform);
    try {
        if (const QString problem = SetupRules::checkChannel(m_workspace->connection(), c); !problem.isEmpty()) {
            Q_EMIT refused(problem);
            return false;
        }
    } catch (const DatabaseError &error) {
        Q_EMIT failed(error.message());
        return false;
    }
    return push(new SaveEntryCommand<Channel>(m_workspace, std::nullopt, c, tr("Add Channel “%1”").arg(c.label()), errorHandler()));
}

bool ChannelModel::removeChannel(int row)
{
    if (!writable() || row < 0 || row >= m_rows.size())
        return false;
    const Channel c = m_rows.at(row);
    try {
        const ChannelUsage usage = ChannelRepository(m_workspace->connection()).usage(c.id);
        if (usage.hasImportedData()) {
            Q_EMIT refused(tr("“%1” holds %2 imported posts and %3 daily figures. Merge it into the channel it belongs with, "
                              "or undo its imports under Data, before removing it.")
                               .arg(c.label(), QLocale().toString(usage.importedPosts), QLocale().toString(usage.dailyValues)));
            return false;
        }
    } catch (const DatabaseError &error) {
        Q_EMIT failed(error.message());
        return false;
    }
    return push(new SaveEntryCommand<Channel>(m_workspace, c, std::nullopt, tr("Remove Channel “%1”").arg(c.label()), errorHandler()));
}

bool ChannelModel::moveChannel(int row, int delta)
{
    const int target = row + delta;
    if (!writable() || row < 0 || row >= m_rows.size() || target < 0 || target >= m_rows.size())
        return false;
    QList<qint64> before;
    for (const Channel &c : std::as_const(m_rows))
        before.append(c.id);
    QList<qint64> after = before;
    after.move(row, target);
    return push(new ReorderCommand(m_workspace, ReorderCommand::Kind::Channels, before, after,
                                   tr("Move Channel “%1”").arg(m_rows.at(row).label()), errorHandler()));
}

bool ChannelModel::mergeChannel(int fromRow, qint64 intoId)
{
    if (!writable() || fromRow < 0 || fromRow >= m_rows.size())
        return false;
    const Channel &from = m_rows.at(fromRow);
    const int intoRow = rowOfId(intoId);
    if (intoRow < 0 || intoId == from.id || m_rows.at(intoRow).platform != from.platform) {
        Q_EMIT refused(tr("Only two channels of the same platform can be merged."));
        return false;
    }
    return push(new MergeChannelsCommand(m_workspace, from.id, intoId,
                                         tr("Merge “%1” into “%2”").arg(from.label(), m_rows.at(intoRow).label()), errorHandler()));
}

// --- Pillars -----------------------------------------------------------------------

void PillarModel::reload()
{
    QVector<Pillar> fresh;
    if (m_workspace) {
        try {
            fresh = PillarRepository(m_workspace->connection()).all();
        } catch (const DatabaseError &error) {
            Q_EMIT failed(error.message());
        }
    }
    replaceRows(m_rows, fresh);
}

qint64 PillarModel::idAt(int row) const
{
    return m_rows.value(row).id;
}

int PillarModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PillarModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PillarModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Pillar &p = m_rows.at(index.row());
    if (role == IdRole)
        return p.id;
    if (role == ColorRole)
        return p.color;
    if (index.column() == Name) {
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return p.name;
        if (role == Qt::DecorationRole)
            return swatch(p.color);
    } else if (index.column() == Target) {
        if (role == Qt::DisplayRole)
            return p.targetShare ? percentText(*p.targetShare) : tr("No target");
        if (role == Qt::EditRole)
            return p.targetShare ? *p.targetShare * 100.0 : -1.0;
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole)
            return tr("The share of posts this pillar should have");
    }
    return {};
}

bool PillarModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !writable())
        return false;
    const Pillar before = m_rows.at(index.row());
    Pillar after = before;
    QString text;
    if (role == ColorRole) {
        after.color = value.toString();
        text = tr("Change the Colour of “%1”").arg(before.name);
    } else if (role == Qt::EditRole && index.column() == Name) {
        after.name = value.toString().trimmed();
        text = tr("Rename Pillar “%1”").arg(before.name);
    } else if (role == Qt::EditRole && index.column() == Target) {
        const double percent = value.toDouble();
        after.targetShare = percent < 0 ? std::nullopt : std::optional<double>(std::round(percent * 10.0) / 1000.0);
        text = tr("Change the Target of “%1”").arg(before.name);
    } else {
        return false;
    }
    if (after == before)
        return false;
    try {
        if (const QString problem = SetupRules::checkPillar(m_workspace->connection(), after); !problem.isEmpty()) {
            Q_EMIT refused(problem);
            return false;
        }
    } catch (const DatabaseError &error) {
        Q_EMIT failed(error.message());
        return false;
    }
    return push(new SaveEntryCommand<Pillar>(m_workspace, before, after, text, errorHandler()));
}

QVariant PillarModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Name ? tr("Pillar") : tr("Target share");
}

Qt::ItemFlags PillarModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && m_workspace && !m_workspace->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

int PillarModel::addPillar(const QString &name, std::optional<double> targetShare)
{
    if (!writable())
        return -1;
    QStringList taken;
    for (const Pillar &p : std::as_const(m_rows))
        taken.append(p.name);
    Pillar p;
    p.name = SetupRules::freeName(name.trimmed(), taken);
    p.targetShare = targetShare;
    // Colour-blind-safe colours (Okabe–Ito), one after the other.
    static const char *colors[] = {"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442"};
    p.color = QLatin1String(colors[m_rows.size() % std::size(colors)]);
    try {
        p.position = PillarRepository(m_workspace->connection()).nextPosition();
        if (const QString problem = SetupRules::checkPillar(m_workspace->connection(), p); !problem.isEmpty()) {
            Q_EMIT refused(problem);
            return -1;
        }
    } catch (const DatabaseError &error) {
        Q_EMIT failed(error.message());
        return -1;
    }
    auto *command = new SaveEntryCommand<Pillar>(m_workspace, std::nullopt, p, tr("Add Pillar “%1”").arg(p.name), errorHandler());
    if (!push(command))
        return -1;
    return rowOfId(command->entryId());
}

bool PillarModel::removePillar(int row)
{
    if (!writable() || row < 0 || row >= m_rows.size())
        return false;
    const Pillar p = m_rows.at(row);
    return push(new SaveEntryCommand<Pillar>(m_workspace, p, std::nullopt, tr("Remove Pillar “%1”").arg(p.name), errorHandler()));
}

bool PillarModel::movePillar(int row, int delta)
{
    const int target = row + delta;
    if (!writable() || row < 0 || row >= m_rows.size() || target < 0 || target >= m_rows.size())
        return false;
    QList<qint64> before;
    for (const Pillar &p : std::as_const(m_rows))
        before.append(p.id);
    QList<qint64> after = before;
    after.move(row, target);
    return push(new ReorderCommand(m_workspace, ReorderCommand::Kind::Pillars, before, after,
                                   tr("Move Pillar “%1”").arg(m_rows.at(row).name), errorHandler()));
}

// --- People ------------------------------------------------------------------------

void PersonModel::reload()
{
    QVector<Person> fresh;
    if (m_workspace) {
        try {
            fresh = PersonRepository(m_workspace->connection()).all();
        } catch (const DatabaseError &error) {
            Q_EMIT failed(error.message());
        }
    }
    replaceRows(m_rows, fresh);
}

qint64 PersonModel::idAt(int row) const
{
    return m_rows.value(row).id;
}

int PersonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PersonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

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
            case Person::Role::Approver: return tr("Writes posts and signs them off");
            case Person::Role::Viewer: return tr("Reads the plan and the figures, changes nothing");
            case Person::Role::Editor: return tr("Writes and looks after posts and series");
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
            return tr("The database role the person signs in to a team workspace with (their system account for a workspace file)");
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
    try {
        if (const QString problem = SetupRules::checkPerson(m_workspace->connection(), after); !problem.isEmpty()) {
            Q_EMIT refused(problem);
            return false;
        }
    } catch (const DatabaseError &error) {
        Q_EMIT failed(error.message());
        return false;
    }
    return push(new SaveEntryCommand<Person>(m_workspace, before, after, text, errorHandler()));
}

QVariant PersonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case RoleColumn: return tr("Role");
    case Email: return tr("Email");
    case Login: return tr("Login");
    }
    return {};
}

Qt::ItemFlags PersonModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && m_workspace && !m_workspace->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

int PersonModel::addPerson(const QString &name, Person::Role role)
{
    if (!writable())
        return -1;
    QStringList taken;
    for (const Person &p : std::as_const(m_rows))
        taken.append(p.name);
    Person p;
    p.name = SetupRules::freeName(name.trimmed(), taken);
    p.role = role;
    try {
        if (const QString problem = SetupRules::checkPerson(m_workspace->connection(), p); !problem.isEmpty()) {
            Q_EMIT refused(problem);
            return -1;
        }
    } catch (const DatabaseError &error) {
        Q_EMIT failed(error.message());
        return -1;
    }
    auto *command = new SaveEntryCommand<Person>(m_workspace, std::nullopt, p, tr("Add “%1”").arg(p.name), errorHandler());
    if (!push(command))
        return -1;
    return rowOfId(command->entryId());
}

bool PersonModel::removePerson(int row)
{
    if (!writable() || row < 0 || row >= m_rows.size())
        return false;
    const Person p = m_rows.at(row);
    return push(new SaveEntryCommand<Person>(m_workspace, p, std::nullopt, tr("Remove “%1”").arg(p.name), errorHandler()));
}

// --- Campaigns ---------------------------------------------------------------------

void CampaignModel::reload()
{
    QVector<Campaign> fresh;
    if (m_workspace) {
        try {
            fresh = CampaignRepository(m_workspace->connection()).all();
        } catch (const DatabaseError &error) {
            Q_EMIT failed(error.message());
        }
    }
    replaceRows(m_rows, fresh);
}

qint64 CampaignModel::idAt(int row) const
{
    return m_rows.value(row).id;
}

int CampaignModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CampaignModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CampaignModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Campaign &c = m_rows.at(index.row());
    if (role == IdRole)
        return c.id;
    switch (index.column()) {
    case Name:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return c.name;
        break;
    case Hashtag:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return c.hashtag;
        break;
    case Starts:
        if (role == Qt::DisplayRole)
            return QLocale().toString(c.startsOn, QLocale::ShortFormat);
        if (role == Qt::EditRole)
            return c.startsOn;
        break;
    case Ends:
        if (role == Qt::DisplayRole)
            return QLocale().toString(c.endsOn, QLocale::ShortFormat);
        if (role == Qt::EditRole)
            return c.endsOn;
        break;
    case Goal:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return c.goal;
        if (role == Qt::ToolTipRole && !c.goal.isEmpty())
            return c.goal;
        break;
    }
    return {};
}

bool CampaignModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !writable() || role != Qt::EditRole)
        return false;
    const Campaign before = m_rows.at(index.row());
    Campaign after = before;
    QString text;
    switch (index.column()) {
    case Name:
        after.name = value.toString().trimmed();
        text = tr("Rename Campaign “%1”").arg(before.name);
        break;
    case Hashtag:
        after.hashtag = value.toString().trimmed();
        if (!after.hashtag.isEmpty() && !after.hashtag.startsWith(QLatin1Char('#')))
            after.hashtag.prepend(QLatin1Char('#'));
        text = tr("Change the Hashtag of “%1”").arg(before.name);
        break;
    case Starts:
        after.startsOn = value.toDate();
        // Moving the start past the end moves the whole campaign, as calendars do.
        if (after.startsOn.isValid() && after.startsOn > before.endsOn)
            after.endsOn = after.startsOn.addDays(before.startsOn.daysTo(before.endsOn));
        text = tr("Change the Dates of “%1”").arg(before.name);
        break;
    case Ends:
        after.endsOn = value.toDate();
        text = tr("Change the Dates of “%1”").arg(before.name);
        break;
    case Goal:
        after.goal = value.toString().trimmed();
        text = tr("Change the Goal of “%1”").arg(before.name);
        break;
    default:
        return false;
    }
    if (after == before)
        return false;
    try {
        if (const QString problem = SetupRules::checkCampaign(m_workspace->connection(), after); !problem.isEmpty()) {
            Q_EMIT refused(problem);
            return false;
        }
    } catch (const DatabaseError &error) {
        Q_EMIT failed(error.message());
        return false;
    }
    return push(new SaveEntryCommand<Campaign>(m_workspace, before, after, text, errorHandler()));
}

QVariant CampaignModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Campaign");
    case Hashtag: return tr("Hashtag");
    case Starts: return tr("First day");
    case Ends: return tr("Last day");
    case Goal: return tr("Goal");
    }
    return {};
}

Qt::ItemFlags CampaignModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && m_workspace && !m_workspace->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

int CampaignModel::addCampaign(const QString &name, QDate start)
{
    if (!writable())
        return -1;
    QStringList taken;
    for (const Campaign &c : std::as_const(m_rows))
        taken.append(c.name);
    Campaign c;
    c.name = SetupRules::freeName(name.trimmed(), taken);
    c.startsOn = start;
    c.endsOn = start.addDays(27);
    try {
        if (const QString problem = SetupRules::checkCampaign(m_workspace->connection(), c); !problem.isEmpty()) {
            Q_EMIT refused(problem);
            return -1;
        }
    } catch (const DatabaseError &error) {
        Q_EMIT failed(error.message());
        return -1;
    }
    auto *command = new SaveEntryCommand<Campaign>(m_workspace, std::nullopt, c, tr("Add Campaign “%1”").arg(c.name), errorHandler());
    if (!push(command))
        return -1;
    return rowOfId(command->entryId());
}

bool CampaignModel::removeCampaign(int row)
{
    if (!writable() || row < 0 || row >= m_rows.size())
        return false;
    const Campaign c = m_rows.at(row);
    return push(new SaveEntryCommand<Campaign>(m_workspace, c, std::nullopt, tr("Remove Campaign “%1”").arg(c.name), errorHandler()));
}

// --- Partners ----------------------------------------------------------------------

QString PartnerModel::kindName(Partner::Kind kind)
{
    switch (kind) {
    case Partner::Kind::Influencer: return tr("Influencer");
    case Partner::Kind::Lab: return tr("Lab or institute");
    case Partner::Kind::Media: return tr("Media");
    case Partner::Kind::Other: return tr("Other");
    }
    return tr("Other");
}

void PartnerModel::setCampaign(qint64 campaignId)
{
    m_campaign = campaignId;
    reload();
}

void PartnerModel::reload()
{
    QVector<Partner> fresh;
    if (m_workspace && m_campaign) {
        try {
            CampaignRepository campaigns(m_workspace->connection());
            if (const auto campaign = campaigns.find(m_campaign)) {
                for (qint64 id : campaign->partnerIds) {
                    if (const auto partner = campaigns.findPartner(id))
                        fresh.append(*partner);
                }
            }
        } catch (const DatabaseError &error) {
            Q_EMIT failed(error.message());
        }
    }
    replaceRows(m_rows, fresh);
}

qint64 PartnerModel::idAt(int row) const
{
    return m_rows.value(row).id;
}

int PartnerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PartnerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PartnerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Partner &p = m_rows.at(index.row());
    if (role == IdRole)
        return p.id;
    switch (index.column()) {
    case Name:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return p.name;
        break;
    case Handle:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return p.handle;
        break;
    case PlatformColumn:
        if (role == Qt::DisplayRole)
            return p.platform ? Platforms::displayName(*p.platform) : QString();
        if (role == Qt::EditRole)
            return p.platform ? Platforms::key(*p.platform) : QString();
        break;
    case Kind:
        if (role == Qt::DisplayRole)
            return kindName(p.kind);
        if (role == Qt::EditRole)
            return Partner::kindKey(p.kind);
        break;
    }
    return {};
}

bool PartnerModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !writable() || role != Qt::EditRole)
        return false;
    const Partner before = m_rows.at(index.row());
    Partner after = before;
    switch (index.column()) {
    case Name:
        after.name = value.toString().trimmed();
        break;
    case Handle:
        after.handle = value.toString().trimmed();
        if (after.handle.startsWith(QLatin1Char('@')))
            after.handle.remove(0, 1);
        break;
    case PlatformColumn:
        after.platform = Platforms::fromKey(value.toString());
        break;
    case Kind:
        after.kind = Partner::kindFromKey(value.toString());
        break;
    default:
        return false;
    }
    if (after == before)
        return false;
    if (const QString problem = SetupRules::checkPartner(after); !problem.isEmpty()) {
        Q_EMIT refused(problem);
        return false;
    }
    return push(new SaveEntryCommand<Partner>(m_workspace, before, after, tr("Change Partner “%1”").arg(before.name), errorHandler()));
}

QVariant PartnerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Partner");
    case Handle: return tr("Handle");
    case PlatformColumn: return tr("Platform");
    case Kind: return tr("Kind");
    }
    return {};
}

Qt::ItemFlags PartnerModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && m_workspace && !m_workspace->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

int PartnerModel::addPartner(const QString &name)
{
    if (!writable() || !m_campaign)
        return -1;
    Partner p;
    p.name = name.trimmed();
    if (const QString problem = SetupRules::checkPartner(p); !problem.isEmpty()) {
        Q_EMIT refused(problem);
        return -1;
    }
    auto *command = new CampaignPartnerCommand(m_workspace, m_campaign, p, tr("Add Partner “%1”").arg(p.name), errorHandler());
    if (!push(command))
        return -1;
    return rowOfId(command->partnerId());
}

bool PartnerModel::removePartner(int row)
{
    if (!writable() || row < 0 || row >= m_rows.size())
        return false;
    return push(new CampaignPartnerCommand(m_workspace, m_campaign, m_rows.at(row).id,
                                           tr("Remove Partner “%1”").arg(m_rows.at(row).name), errorHandler()));
}

// --- Delegates ---------------------------------------------------------------------

ChoiceDelegate::ChoiceDelegate(QList<QPair<QString, QVariant>> choices, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_choices(std::move(choices))
{
}

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    for (const auto &[label, value] : m_choices)
        combo->addItem(label, value);
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(qMax(0, combo->findData(index.data(Qt::EditRole))));
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
}

NumberDelegate::NumberDelegate(double minimum, double maximum, int decimals, const QString &suffix, const QString &noneText, QObject *parent)
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
