// SPDX-License-Identifier: GPL-3.0-or-later
#include "pillarmodel.h"

#include <core/workspace/setuprules.h>

#include <QColor>
#include <QLocale>

#include <cmath>

namespace Beamline {

namespace {

QString percentText(double fraction)
{
    const double percent = fraction * 100.0;
    return QStringLiteral("%1 %").arg(QLocale().toString(percent, 'f', std::abs(percent - std::round(percent)) < 1e-6 ? 0 : 1));
}

} // namespace

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
        if (role == Qt::DecorationRole) {
            const QColor color(p.color);
            return color.isValid() ? QVariant(color) : QVariant();
        }
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
    return save(service().checkPillar(after), before, after, text) != 0;
}

QVariant PillarModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Name ? tr("Pillar") : tr("Target share");
}

int PillarModel::addPillar(const QString &name, std::optional<double> targetShare)
{
    if (!writable())
        return -1;
    Pillar p;
    p.name = SetupRules::freeName(name.trimmed(), names([](const Pillar &pillar) { return pillar.name; }));
    p.targetShare = targetShare;
    // Colour-blind-safe colours (Okabe–Ito), one after the other.
    static const char *colors[] = { "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442" };
    p.color = QLatin1String(colors[m_rows.size() % std::size(colors)]);
    const SetupService setup = service();
    const Result<int> position = setup.nextPillarPosition();
    if (!position) {
        Q_EMIT failed(position.error().message);
        return -1;
    }
    p.position = *position;
    return add(setup.checkPillar(p), p, tr("Add Pillar “%1”").arg(p.name));
}

bool PillarModel::removePillar(int row)
{
    if (!writable() || !validRow(row))
        return false;
    const Pillar p = m_rows.at(row);
    return save(QString(), p, std::nullopt, tr("Remove Pillar “%1”").arg(p.name)) != 0;
}

bool PillarModel::movePillar(int row, int delta)
{
    QList<qint64> before;
    QList<qint64> after;
    if (!reordered(row, delta, &before, &after))
        return false;
    return push(new ReorderCommand(m_workspace, ReorderCommand::Kind::Pillars, before, after,
                                   tr("Move Pillar “%1”").arg(m_rows.at(row).name), errorHandler()));
}

} // namespace Beamline
