// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities.h"

namespace Beamline {

QString Channel::label() const
{
    if (!displayName.trimmed().isEmpty())
        return displayName.trimmed();
    if (!handle.isEmpty())
        return handle;
    return Platforms::displayName(platform);
}

QString Person::roleKey(Role role)
{
    switch (role) {
    case Role::Approver: return QStringLiteral("approver");
    case Role::Viewer: return QStringLiteral("viewer");
    case Role::Editor: break;
    }
    return QStringLiteral("editor");
}

Person::Role Person::roleFromKey(QStringView key)
{
    if (key == QLatin1String("approver"))
        return Role::Approver;
    if (key == QLatin1String("viewer"))
        return Role::Viewer;
    return Role::Editor;
}

std::optional<Person::Role> Person::parseRole(QStringView key)
{
    for (Role role : {Role::Editor, Role::Approver, Role::Viewer}) {
        if (key.compare(roleKey(role), Qt::CaseInsensitive) == 0)
            return role;
    }
    return std::nullopt;
}

QString Person::roleName(Role role)
{
    switch (role) {
    case Role::Approver: return QCoreApplication::translate("Beamline::Person", "Approver");
    case Role::Viewer: return QCoreApplication::translate("Beamline::Person", "Viewer");
    case Role::Editor: break;
    }
    return QCoreApplication::translate("Beamline::Person", "Editor");
}

QString Partner::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Influencer: return QStringLiteral("influencer");
    case Kind::Lab: return QStringLiteral("lab");
    case Kind::Media: return QStringLiteral("media");
    case Kind::Other: return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

Partner::Kind Partner::kindFromKey(QStringView key)
{
    if (key == QLatin1String("influencer"))
        return Kind::Influencer;
    if (key == QLatin1String("lab"))
        return Kind::Lab;
    if (key == QLatin1String("media"))
        return Kind::Media;
    return Kind::Other;
}

QString PostStatuses::key(PostStatus status)
{
    switch (status) {
    case PostStatus::Idea: return QStringLiteral("idea");
    case PostStatus::Draft: return QStringLiteral("draft");
    case PostStatus::Review: return QStringLiteral("review");
    case PostStatus::Approved: return QStringLiteral("approved");
    case PostStatus::Scheduled: return QStringLiteral("scheduled");
    case PostStatus::Published: return QStringLiteral("published");
    case PostStatus::Dropped: return QStringLiteral("dropped");
    }
    return QStringLiteral("idea");
}

std::optional<PostStatus> PostStatuses::fromKey(QStringView key)
{
    for (PostStatus status : all()) {
        if (PostStatuses::key(status) == key.trimmed().toString().toLower())
            return status;
    }
    if (key.trimmed().compare(QLatin1String("in review"), Qt::CaseInsensitive) == 0)
        return PostStatus::Review;
    return std::nullopt;
}

QString PostStatuses::displayName(PostStatus status)
{
    switch (status) {
    case PostStatus::Idea: return tr("Idea");
    case PostStatus::Draft: return tr("Draft");
    case PostStatus::Review: return tr("In review");
    case PostStatus::Approved: return tr("Approved");
    case PostStatus::Scheduled: return tr("Scheduled");
    case PostStatus::Published: return tr("Published");
    case PostStatus::Dropped: return tr("Dropped");
    }
    return {};
}

QList<PostStatus> PostStatuses::all()
{
    return {PostStatus::Idea, PostStatus::Draft, PostStatus::Review, PostStatus::Approved,
            PostStatus::Scheduled, PostStatus::Published, PostStatus::Dropped};
}

} // namespace Beamline
