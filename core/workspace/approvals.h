// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/entities.h>
#include <core/workspace/writer.h>

#include <QSqlDatabase>
#include <QTimeZone>

#include <optional>

namespace Beamline {

class Workspace;

// Who is signed in to a workspace, and what they may do with posts.
struct Signer {
    std::optional<Person> person; // the person of the workspace they write as, if any
    QString login; // the database role, or the system account on a file
    bool mayWrite = false;
    bool mayApprove = false; // as the server decides (on a file, everyone)
};

// Approving posts: the service between the post editor (or the command line) and the
// repositories. Errors are values; nothing here throws.
namespace Approvals {

// The workspace's signer. A database error gives one who may neither write nor approve, and
// its message in *error.
Signer current(const Workspace &workspace, QString *error = nullptr);

// Approves a post as the signer, through the workspace's writer (one transaction, a Posts
// change event), if it is still at `version` (0: whatever its version). On success the new
// version is in *newVersion and becomes this editor's own (Workspace::ownPostVersion), and
// the post as stored is in *stored. A refusal by the server (not an approver) comes back
// with `denied` and a message.
WriteResult approve(Workspace &workspace, qint64 postId, qint64 version, qint64 *newVersion = nullptr, Post *stored = nullptr);

// "Created by Anna · Changed by Ben at 10:42 · Approved by Carla on 2 Dec, 10:50": who did
// what to a stored post, times in `zone`; empty for a new post or on a database error.
QString attribution(const QSqlDatabase &db, const Post &post, const QTimeZone &zone);

} // namespace Approvals
} // namespace Beamline
