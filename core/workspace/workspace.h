// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/db/workspaceopener.h>
#include <core/domain/changeset.h>

#include <QDate>
#include <QHash>
#include <QObject>
#include <QSqlDatabase>
#include <QTimeZone>

#include <memory>

namespace Beamline {

class Database;
class Writer;

// An open workspace: its database, its name and time zone, and a change notification
// the views listen to. Lives in the thread that opened it (the UI thread in the app);
// workers open their own connections through database().
class Workspace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    // How a workspace is opened and what opening it gives (WorkspaceOpener's), for the
    // window, which stays out of core/db.
    using OpenMode = WorkspaceOpener::Mode;
    using OpenStatus = WorkspaceOpener::Status;
    using OpenResult = WorkspaceOpener::Result;
    // Whether a local file is a Beamline workspace, without opening it.
    static bool isWorkspaceFile(const QString &path) { return WorkspaceOpener::isWorkspaceFile(path); }

    // Opens (or creates) a workspace file; on failure returns null and fills *result.
    static std::unique_ptr<Workspace> open(const QString &filePath, WorkspaceOpener::Mode mode,
                                           WorkspaceOpener::Result *result = nullptr);
    // open() in two steps, for a window that opens a workspace off its thread. prepare() is
    // the slow part — create, migrate, bring the daily summaries up to date — and may run on a
    // worker thread: it closes the connections it opened on the calling thread before it
    // returns. adopt() then makes the workspace, in the thread that is to own it, from a
    // prepared result (null, with the result untouched, when it holds no database).
    static WorkspaceOpener::Result prepare(const QString &filePath, WorkspaceOpener::Mode mode);
    static std::unique_ptr<Workspace> adopt(WorkspaceOpener::Result &result);
    ~Workspace() override;

    QString filePath() const;
    // The user-visible name: the stored name, or the file's base name.
    QString name() const;
    void setName(const QString &name);
    QTimeZone timeZone() const;
    void setTimeZone(const QTimeZone &zone);
    bool isReadOnly() const;
    bool isDemo() const;
    // Today in the workspace's time zone; a demo workspace has its own "today" so that
    // its story (plan ahead, measurements behind) reads the same on any date.
    QDate today() const;
    // Now, as an instant; on a demo workspace the current time of day on its "today".
    QDateTime now() const;
    // Message from opening (upgrade done, read-only...), empty if none.
    QString openingMessage() const { return m_openingMessage; }

    Database &database() const { return *m_database; }
    // Every write goes through it; its changed() says what each committed write changed.
    Writer &writer() const { return *m_writer; }
    // The calling thread's main connection.
    QSqlDatabase connection() const;

    // For writes that do not go through writer() yet: views refresh as after any change.
    void notifyChanged();

    // The version of a post that this editor's own last save left (0: none yet). An undo or
    // a redo checks against it, so that only other editors' changes count as conflicts.
    qint64 ownPostVersion(qint64 postId) const { return m_ownPostVersions.value(postId); }
    void setOwnPostVersion(qint64 postId, qint64 version) { m_ownPostVersions.insert(postId, version); }

Q_SIGNALS:
    // After every committed write (writer().changed() says what changed).
    void changed();
    void nameChanged(const QString &name);
    // Another workstation (or another window) committed a write to this team workspace; its
    // change set arrived with LISTEN. changed() follows, so views reload as after a write here.
    void remoteChanged(const Beamline::ChangeSet &changes);

private:
    // On a team workspace: LISTEN on the writer's channel on this thread's main connection.
    void listen();
    void receiveNotification(const QString &name, const QVariant &payload);

    // Rebuilds derived tables that are out of date (see WebChannelDays); they are optional,
    // so a failure (a locked file) only costs speed.
    static void updateSummaries(Writer &writer);

    Workspace(std::unique_ptr<Database> database, QString openingMessage);

    std::unique_ptr<Database> m_database;
    std::unique_ptr<Writer> m_writer;
    QString m_openingMessage;
    QHash<qint64, qint64> m_ownPostVersions;
};

} // namespace Beamline
