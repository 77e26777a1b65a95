// SPDX-License-Identifier: GPL-3.0-or-later
#include "writer.h"

#include <core/analytics/derivedtables.h>
#include <core/db/database.h>
#include <core/db/databaseerror.h>
#include <core/db/scopedtransaction.h>
#include <core/db/sqlquery.h>
#include <core/db/engine.h>
#include <core/import/postmatcher.h>

#include <QCoreApplication>
#include <QHash>

namespace Beamline {

namespace {
// The write each writer has open on this thread (a write inside a write joins it).
thread_local QHash<const Writer *, WriteScope *> t_open;
} // namespace

WriteResult WriteResult::failure(const DatabaseError &error)
{
    WriteResult r;
    r.ok = false;
    r.busy = error.isBusy();
    r.message = r.busy ? QCoreApplication::translate("Beamline::Writer", "The workspace is locked by another program; nothing was changed.")
                       : QCoreApplication::translate("Beamline::Writer", "The workspace could not be written: %1. Nothing was changed.")
                             .arg(error.message());
    r.detail = error.detail();
    if (error.isPermissionDenied()) {
        // The server's own refusal (grants, or the approval trigger of migration 0006).
        r.denied = true;
        r.message = error.detail().contains(QLatin1String("beamline_approvers"))
            ? QCoreApplication::translate("Beamline::Writer", "Only approvers may approve posts, and the server refused the approval "
                                                              "(your database role is not one of beamline_approvers). Nothing was changed.")
            : QCoreApplication::translate("Beamline::Writer", "The server refused the change: your database role may only read this workspace. "
                                                              "Nothing was changed.");
    }
    if (dynamic_cast<const EditConflict *>(&error)) {
        // The message already says who changed what, and that nothing was overwritten.
        r.conflict = true;
        r.message = error.message();
    }
    return r;
}

Writer::Writer(const Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    qRegisterMetaType<Beamline::ChangeSet>();
}

Writer::~Writer() = default;

QString Writer::notifyChannel()
{
    return QStringLiteral("beamline_changes");
}

QString Writer::notice(const QString &token, const ChangeSet &changes)
{
    // PostgreSQL takes payloads under 8000 bytes: a long list of ids (an import) goes as its
    // kinds only, which means "some of them" to the receiver.
    constexpr qsizetype MaxPayload = 7000;
    QString text = token + QLatin1Char(' ') + changes.encode();
    if (text.size() <= MaxPayload)
        return text;
    ChangeSet kinds;
    for (int k = 0; k <= int(ChangeSet::Kind::Settings); ++k) {
        if (changes.touches(ChangeSet::Kind(k)))
            kinds.add(ChangeSet::Kind(k));
    }
    return token + QLatin1Char(' ') + kinds.encode();
}

bool Writer::parseNotice(const QString &payload, QString *token, ChangeSet *changes)
{
    const qsizetype space = payload.indexOf(QLatin1Char(' '));
    if (space <= 0)
        return false;
    *token = payload.left(space);
    *changes = ChangeSet::decode(payload.mid(space + 1));
    return true;
}

std::unique_ptr<Writer> Writer::standard(const Database &database, QObject *parent)
{
    auto writer = std::make_unique<Writer>(database, parent);
    // The links of imported posts to the plan first: they are figures the summaries do not read.
    writer->addDerivedStep([](WriteScope &scope) {
        for (DerivedUpdates::Import &import : scope.derived().imports) {
            if (!import.posts)
                continue;
            import.linkedToPlan = PostMatcher(scope.db()).matchBatch(import.batchId).linkedToPlan;
            scope.changed(ChangeSet::Kind::Matches);
        }
    });
    writer->addBeginStep(&DerivedTables::begin);
    writer->addDerivedStep(&DerivedTables::apply);
    return writer;
}

WriteResult Writer::run(const Work &work, const QString &purpose)
{
    if (WriteScope *outer = t_open.value(this)) {
        work(*outer); // errors reach the outer write, which rolls back
        return {};
    }
    std::unique_ptr<WriteScope> scope;
    try {
        const QSqlDatabase db = m_database.connection(purpose);
        scope = std::make_unique<WriteScope>(db);
        t_open.insert(this, scope.get());
        struct Close {
            const Writer *writer;
            ~Close() { t_open.remove(writer); }
        } close{this};
        ScopedTransaction transaction(db, ScopedTransaction::Mode::Immediate);
        for (const DerivedStep &step : m_begin)
            step(*scope);
        work(*scope);
        if (scope->aborted()) {
            transaction.rollback();
            WriteResult aborted;
            aborted.ok = false;
            aborted.aborted = true;
            return aborted;
        }
        if (!scope->derived().isEmpty()) {
            for (const DerivedStep &step : m_derived)
                step(*scope);
        }
        if (scope->cancelRequested()) {
            transaction.rollback();
            WriteResult cancelled;
            cancelled.ok = false;
            cancelled.aborted = true;
            cancelled.cancelled = true;
            return cancelled;
        }
        if (Engines::isPostgres(db) && !scope->changes().isEmpty()) {
            SqlQuery notify(db, QStringLiteral("SELECT pg_notify(:channel, :payload)"));
            notify.bind(QStringLiteral(":channel"), notifyChannel()).bind(QStringLiteral(":payload"), notice(m_database.token(), scope->changes())).exec();
        }
        transaction.commit();
    } catch (const DatabaseError &error) {
        return WriteResult::failure(error);
    }
    for (const auto &callback : scope->m_committed)
        callback(*scope);
    if (!scope->changes().isEmpty())
        Q_EMIT changed(scope->changes());
    return {};
}

WriteResult Writer::runOnWorker(const Work &work, const std::function<bool()> &cancelled)
{
    const QString purpose = QStringLiteral("worker");
    std::unique_ptr<ScopedConnection> connection;
    try {
        connection = std::make_unique<ScopedConnection>(m_database, purpose);
    } catch (const DatabaseError &error) {
        return WriteResult::failure(error);
    }
    return run(
        [&work, &cancelled](WriteScope &scope) {
            if (cancelled)
                scope.setCancelCheck(cancelled);
            work(scope);
        },
        purpose);
}

} // namespace Beamline
