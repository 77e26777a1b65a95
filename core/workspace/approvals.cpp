// SPDX-License-Identifier: GPL-3.0-or-later
#include "approvals.h"

#include "workspace.h"

#include <core/db/databaseerror.h>
#include <core/db/personrepository.h>
#include <core/db/postrepository.h>

#include <QCoreApplication>
#include <QLocale>

namespace Beamline::Approvals {

namespace {
QString when(const QDateTime &utc, const QTimeZone &zone)
{
    const QDateTime local = utc.toTimeZone(zone);
    return QLocale().toString(local, QStringLiteral("d MMM yyyy, HH:mm"));
}
} // namespace

Signer current(const Workspace &workspace, QString *error)
{
    Signer signer;
    try {
        const PersonRepository people(workspace.connection());
        signer.login = people.currentLogin();
        signer.person = people.current();
        signer.mayWrite = !workspace.isReadOnly();
        signer.mayApprove = signer.mayWrite && people.mayApprove();
    } catch (const DatabaseError &e) {
        signer.mayWrite = false;
        signer.mayApprove = false;
        if (error)
            *error = e.message();
    }
    return signer;
}

WriteResult approve(Workspace &workspace, qint64 postId, qint64 version, qint64 *newVersion, Post *stored)
{
    qint64 approved = 0;
    std::optional<Post> after;
    const WriteResult result = workspace.writer().run([&](WriteScope &scope) {
        PostRepository posts(scope.db());
        approved = posts.approve(postId, version);
        after = posts.find(postId); // as the server's trigger left it
        scope.changed(ChangeSet::Kind::Posts, postId);
    });
    if (result.ok) {
        workspace.setOwnPostVersion(postId, approved);
        if (newVersion)
            *newVersion = approved;
        if (stored && after)
            *stored = *after;
    }
    return result;
}

QString attribution(const QSqlDatabase &db, const Post &post, const QTimeZone &zone)
{
    if (post.id <= 0)
        return {};
    try {
        const PersonRepository people(db);
        const auto name = [&people](const std::optional<qint64> &id) -> QString {
            if (!id)
                return {};
            const auto person = people.find(*id);
            return person ? person->name : QString();
        };
        QStringList parts;
        if (const QString created = name(post.createdBy); !created.isEmpty())
            parts.append(QCoreApplication::translate("Beamline::Approvals", "Created by %1").arg(created));
        // Without a person stored with the change, updated_by still holds the login that
        // wrote it: the person who signs in with it, else the login itself, said as one.
        QString changed = name(post.changedBy);
        if (changed.isEmpty()) {
            if (const auto person = people.findByLogin(post.updatedBy))
                changed = person->name;
        }
        if (post.updatedAt.isValid()) {
            if (!changed.isEmpty())
                parts.append(QCoreApplication::translate("Beamline::Approvals", "Changed by %1 at %2")
                                 .arg(changed, when(post.updatedAt, zone)));
            else if (!post.updatedBy.isEmpty())
                parts.append(QCoreApplication::translate("Beamline::Approvals", "Changed by the account “%1” at %2")
                                 .arg(post.updatedBy, when(post.updatedAt, zone)));
        }
        if (post.approvedAt.isValid()) {
            const QString approver = name(post.approvedBy);
            parts.append(
                approver.isEmpty()
                    ? QCoreApplication::translate("Beamline::Approvals", "Approved on %1").arg(when(post.approvedAt, zone))
                    : QCoreApplication::translate("Beamline::Approvals", "Approved by %1 on %2")
                          .arg(approver, when(post.approvedAt, zone)));
        } else {
            parts.append(QCoreApplication::translate("Beamline::Approvals", "Not approved yet"));
        }
        return parts.join(QStringLiteral(" · "));
    } catch (const DatabaseError &) {
        return {};
    }
}

} // namespace Beamline::Approvals
