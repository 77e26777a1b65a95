// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/changeset.h>

#include <QSqlDatabase>

#include <functional>
#include <vector>

namespace Beamline {

class Writer;

// One write in progress: its connection, what it changes (the typed change event sent after
// the commit), and what the derived tables must bring up to date before the commit.
class WriteScope final
{
public:
    explicit WriteScope(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    QSqlDatabase db() const { return m_db; }
    void changed(ChangeSet::Kind kind, qint64 id = 0) { m_changes.add(kind, id); }
    const ChangeSet &changes() const { return m_changes; }
    DerivedUpdates &derived() { return m_derived; }
    const DerivedUpdates &derived() const { return m_derived; }
    // Ends the write without committing anything (a file that cannot be read): the
    // transaction rolls back, and run() returns a result with `aborted` set.
    void abort() { m_aborted = true; }
    bool aborted() const { return m_aborted; }
    // Runs once the write is committed (not when it rolled back), with this scope.
    void onCommitted(std::function<void(const WriteScope &)> callback) { m_committed.push_back(std::move(callback)); }

private:
    friend class Writer;
    QSqlDatabase m_db;
    ChangeSet m_changes;
    DerivedUpdates m_derived;
    std::vector<std::function<void(const WriteScope &)>> m_committed;
    bool m_aborted = false;
};

} // namespace Beamline
