// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/db/writescope.h>

#include <QObject>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <vector>

namespace Beamline {

class Database;
class DatabaseError;

// What a write did: nothing to report, or the error that rolled it back.
struct WriteResult {
    bool ok = true;
    bool busy = false;   // the workspace was locked by another program or editor
    bool aborted = false; // the work chose to change nothing (WriteScope::abort())
    bool cancelled = false; // the user cancelled it (WriteScope::setCancelCheck()); also aborted
    bool conflict = false; // another editor changed the row since it was read (EditConflict)
    bool denied = false;   // the server refused it for the role (a viewer's write, an editor's approval)
    QString message;     // translated, for the user
    QString detail;      // the database's own words

    static WriteResult failure(const DatabaseError &error);
};

// The one way in for writes: edits, imports, their undo, rules, the demo. Each write is one
// transaction on the calling thread's connection — BEGIN IMMEDIATE where the engine has it,
// so a write never fails half-way for a lock it could have waited for — in which the work
// runs, then the registered derived steps (the daily summaries, the links to the plan).
// Only once COMMIT succeeded does the writer emit changed() with the typed change set; a
// failure rolls everything back and is returned as a value. A write started inside another
// one (on the same thread) joins it. Usable from any thread: changed() reaches receivers in
// their own threads.
class Writer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Writer)

public:
    using Work = std::function<void(WriteScope &)>;
    using DerivedStep = std::function<void(WriteScope &)>;

    explicit Writer(const Database &database, QObject *parent = nullptr);
    ~Writer() override;

    // A writer with Beamline's derived steps registered (the summaries, the post matcher).
    static std::unique_ptr<Writer> standard(const Database &database, QObject *parent = nullptr);

    const Database &database() const { return m_database; }
    // A step run before the work of every write (to note the state derived tables start from).
    void addBeginStep(DerivedStep step) { m_begin.push_back(std::move(step)); }
    // A step run after the work of a write that changed imported figures or rules.
    void addDerivedStep(DerivedStep step) { m_derived.push_back(std::move(step)); }

    // On a team workspace (PostgreSQL) each write with changes sends them, inside its
    // transaction, as NOTIFY on this channel: the server delivers the notice to the other
    // workstations when (and only if) the write commits. The payload is
    // "<sender's Database::token()> <ChangeSet::encode()>".
    static QString notifyChannel();
    // The notice's payload, and back (false when it is not one of Beamline's).
    static QString notice(const QString &token, const ChangeSet &changes);
    static bool parseNotice(const QString &payload, QString *token, ChangeSet *changes);

    // Runs work in a write transaction (see above); `purpose` names the thread's connection.
    WriteResult run(const Work &work, const QString &purpose = QStringLiteral("main"));
    // run() for a worker thread (a task off the UI thread): on a connection of the calling
    // thread opened for this write and closed after it, so that a pooled thread keeps none.
    // `cancelled` (optional, asked on this thread before COMMIT) rolls the write back. The
    // change set reaches changed()'s receivers in their own threads, after the commit.
    WriteResult runOnWorker(const Work &work, const std::function<bool()> &cancelled = {});

Q_SIGNALS:
    void changed(const Beamline::ChangeSet &changes);

private:
    const Database &m_database;
    std::vector<DerivedStep> m_begin;
    std::vector<DerivedStep> m_derived;
};

} // namespace Beamline
