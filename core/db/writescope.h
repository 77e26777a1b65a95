// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/changeset.h>
#include <core/domain/imported.h>

#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <vector>

namespace Beamline {

class Writer;

// A table derived from imported rows that follows them as a write stores them (the daily
// web summary adds up new rows in memory instead of reading them back). Registered on the
// scope when the write begins; the derived step that owns it finds it again at the end.
class WrittenRows
{
public:
    virtual ~WrittenRows() = default;
    // A web row of batchId as stored; `alone`: no other import had a row for its key.
    virtual void web(qint64 batchId, const WebTrafficRow &row, bool alone) = 0;
};

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
    // A long write that may be cancelled (a task's Cancel button): asked once the work and the
    // derived steps ran, just before COMMIT; when it answers true everything rolls back and
    // run() returns a result with `aborted` and `cancelled` set. Called on the writing thread.
    void setCancelCheck(std::function<bool()> check) { m_cancelCheck = std::move(check); }
    bool cancelRequested() const { return m_cancelCheck && m_cancelCheck(); }
    // Observers of the rows written (see WrittenRows).
    void watch(std::unique_ptr<WrittenRows> observer) { m_observers.push_back(std::move(observer)); }
    void webRowWritten(qint64 batchId, const WebTrafficRow &row, bool alone)
    {
        for (const auto &o : m_observers)
            o->web(batchId, row, alone);
    }
    template<typename T>
    T *observer() const
    {
        for (const auto &o : m_observers) {
            if (auto *t = dynamic_cast<T *>(o.get()))
                return t;
        }
        return nullptr;
    }
    // Runs once the write is committed (not when it rolled back), with this scope.
    void onCommitted(std::function<void(const WriteScope &)> callback) { m_committed.push_back(std::move(callback)); }

private:
    friend class Writer;
    QSqlDatabase m_db;
    ChangeSet m_changes;
    DerivedUpdates m_derived;
    std::vector<std::function<void(const WriteScope &)>> m_committed;
    std::vector<std::unique_ptr<WrittenRows>> m_observers;
    std::function<bool()> m_cancelCheck;
    bool m_aborted = false;
};

} // namespace Beamline
