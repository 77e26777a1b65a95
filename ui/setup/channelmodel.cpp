// SPDX-License-Identifier: GPL-3.0-or-later
#include "channelmodel.h"

#include <ui/commands/setupcommands.h>

#include <QColor>
#include <QLocale>

namespace Beamline {

QString ChannelModel::defaultColor(Platform platform)
{
    switch (platform) {
    case Platform::X:
        return QStringLiteral("#0f1419");
    case Platform::Facebook:
        return QStringLiteral("#1877f2");
    case Platform::Instagram:
        return QStringLiteral("#c13584");
    case Platform::LinkedIn:
        return QStringLiteral("#0a66c2");
    case Platform::YouTube:
        return QStringLiteral("#ff0000");
    case Platform::Other:
        break;
    }
    return QStringLiteral("#6b7785");
}

void ChannelModel::reload()
{
    m_aliases.clear();
    if (m_workspace) {
        // An error here shows with the channels' own, which reload() reports.
        m_aliases = service().channelAliases().valueOr({});
    }
    EntryModel::reload();
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
        if (role == Qt::DecorationRole) {
            const QColor color(c.color.isEmpty() ? defaultColor(c.platform) : c.color);
            return color.isValid() ? QVariant(color) : QVariant();
        }
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

bool ChannelModel::edited(const QModelIndex &index, const QVariant &value, int role, Channel *after, QString *text) const
{
    const Channel &before = m_rows.at(index.row());
    if (role == ColorRole) {
        after->color = value.toString();
        *text = tr("Change the Colour of “%1”").arg(before.label());
        return true;
    }
    if (role != Qt::EditRole)
        return false;
    switch (index.column()) {
    case Name:
        after->displayName = value.toString().trimmed();
        *text = tr("Rename Channel “%1”").arg(before.label());
        return true;
    case PlatformColumn: {
        const auto platform = Platforms::fromKey(value.toString());
        if (!platform)
            return false;
        after->platform = *platform;
        *text = tr("Change the Platform of “%1”").arg(before.label());
        return true;
    }
    case Handle:
        after->handle = value.toString().trimmed();
        if (after->handle.startsWith(QLatin1Char('@')))
            after->handle.remove(0, 1);
        *text = tr("Change the Handle of “%1”").arg(before.label());
        return true;
    case Limit: {
        const int limit = value.toInt();
        after->charLimit = limit > 0 ? std::optional<int>(limit) : std::nullopt;
        *text = tr("Change the Character Limit of “%1”").arg(before.label());
        return true;
    }
    default:
        return false;
    }
}

bool ChannelModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !writable())
        return false;
    const Channel before = m_rows.at(index.row());
    Channel after = before;
    QString text;
    if (!edited(index, value, role, &after, &text) || after == before)
        return false;
    return save(service().checkChannelChange(before, after), before, after, text) != 0;
}

QVariant ChannelModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case PlatformColumn:
        return tr("Platform");
    case Handle:
        return tr("Handle or ID");
    case Limit:
        return tr("Character limit");
    case Aliases:
        return tr("Also known as");
    }
    return {};
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
    return save(service().checkChannel(c), std::nullopt, c, tr("Add Channel “%1”").arg(c.label())) != 0;
}

bool ChannelModel::removeChannel(int row)
{
    if (!writable() || !validRow(row))
        return false;
    const Channel c = m_rows.at(row);
    return save(service().checkChannelRemoval(c), c, std::nullopt, tr("Remove Channel “%1”").arg(c.label())) != 0;
}

bool ChannelModel::moveChannel(int row, int delta)
{
    QList<qint64> before;
    QList<qint64> after;
    if (!reordered(row, delta, &before, &after))
        return false;
    return push(new ReorderCommand(m_workspace, ReorderCommand::Kind::Channels, before, after,
                                   tr("Move Channel “%1”").arg(m_rows.at(row).label()), errorHandler()));
}

bool ChannelModel::mergeChannel(int fromRow, qint64 intoId)
{
    if (!writable() || !validRow(fromRow))
        return false;
    const Channel &from = m_rows.at(fromRow);
    const int intoRow = rowOfId(intoId);
    if (intoRow < 0 || intoId == from.id || m_rows.at(intoRow).platform != from.platform) {
        Q_EMIT refused(tr("Only two channels of the same platform can be merged."));
        return false;
    }
    return push(new MergeChannelsCommand(
        m_workspace, from.id, intoId, tr("Merge “%1” into “%2”").arg(from.label(), m_rows.at(intoRow).label()), errorHandler()));
}

} // namespace Beamline
