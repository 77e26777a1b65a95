// SPDX-License-Identifier: GPL-3.0-or-later
#include "changeset.h"

#include <QStringList>

#include <algorithm>

namespace Beamline {

namespace {
constexpr ChangeSet::Kind AllKinds[] = {
    ChangeSet::Kind::Posts,   ChangeSet::Kind::Series,  ChangeSet::Kind::Channels, ChangeSet::Kind::Pillars, ChangeSet::Kind::People,
    ChangeSet::Kind::Campaigns, ChangeSet::Kind::Batches, ChangeSet::Kind::Figures, ChangeSet::Kind::Matches, ChangeSet::Kind::Rules,
    ChangeSet::Kind::Markers, ChangeSet::Kind::Profiles, ChangeSet::Kind::Settings,
};
} // namespace

void ChangeSet::add(Kind kind, qint64 id)
{
    QSet<qint64> &ids = m_kinds[kind];
    if (id > 0)
        ids.insert(id);
}

void ChangeSet::add(const ChangeSet &other)
{
    for (auto it = other.m_kinds.cbegin(); it != other.m_kinds.cend(); ++it)
        m_kinds[it.key()].unite(it.value());
}

bool ChangeSet::touchesAny(std::initializer_list<Kind> kinds) const
{
    return std::any_of(kinds.begin(), kinds.end(), [this](Kind k) { return touches(k); });
}

QString ChangeSet::key(Kind kind)
{
    switch (kind) {
    case Kind::Posts: return QStringLiteral("posts");
    case Kind::Series: return QStringLiteral("series");
    case Kind::Channels: return QStringLiteral("channels");
    case Kind::Pillars: return QStringLiteral("pillars");
    case Kind::People: return QStringLiteral("people");
    case Kind::Campaigns: return QStringLiteral("campaigns");
    case Kind::Batches: return QStringLiteral("batches");
    case Kind::Figures: return QStringLiteral("figures");
    case Kind::Matches: return QStringLiteral("matches");
    case Kind::Rules: return QStringLiteral("rules");
    case Kind::Markers: return QStringLiteral("markers");
    case Kind::Profiles: return QStringLiteral("profiles");
    case Kind::Settings: return QStringLiteral("settings");
    }
    return {};
}

QString ChangeSet::encode() const
{
    QStringList parts;
    for (Kind kind : AllKinds) {
        const auto it = m_kinds.constFind(kind);
        if (it == m_kinds.constEnd())
            continue;
        QList<qint64> ids = it->values();
        std::sort(ids.begin(), ids.end());
        QStringList numbers;
        for (qint64 id : std::as_const(ids))
            numbers.append(QString::number(id));
        parts.append(numbers.isEmpty() ? key(kind) : key(kind) + QLatin1Char(':') + numbers.join(QLatin1Char(',')));
    }
    return parts.join(QLatin1Char(';'));
}

ChangeSet ChangeSet::decode(const QString &text)
{
    ChangeSet set;
    for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString name = part.section(QLatin1Char(':'), 0, 0);
        for (Kind kind : AllKinds) {
            if (key(kind) != name)
                continue;
            set.add(kind);
            for (const QString &id : part.section(QLatin1Char(':'), 1).split(QLatin1Char(','), Qt::SkipEmptyParts))
                set.add(kind, id.toLongLong());
        }
    }
    return set;
}

} // namespace Beamline
