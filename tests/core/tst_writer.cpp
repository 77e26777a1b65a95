// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <core/db/channelrepository.h>
#include <core/db/database.h>
#include <core/db/databaseerror.h>
#include <core/db/scopedtransaction.h>
#include <core/db/sqlquery.h>
#include <core/workspace/writer.h>

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Beamline;
using namespace Beamline::Test;

// The one write path: a transaction per write, the derived steps inside it, a typed change
// event after the commit and never before or without one.
class tst_Writer : public QObject
{
    Q_OBJECT

private:
    static qint64 channels(TestWorkspace &ws) { return scalar(ws.db(), QStringLiteral("SELECT COUNT(*) FROM channels")).toLongLong(); }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<Beamline::ChangeSet>(); }

    void aCommittedWriteSaysWhatChanged()
    {
        TestWorkspace ws;
        Writer &writer = ws.workspace().writer();
        QSignalSpy spy(&writer, &Writer::changed);
        qint64 id = 0;
        const WriteResult r = writer.run([&](WriteScope &scope) {
            id = ChannelRepository(scope.db()).insert({0, Platform::X, QStringLiteral("lab"), {}});
            scope.changed(ChangeSet::Kind::Channels, id);
        });
        QVERIFY(r.ok);
        QCOMPARE(spy.count(), 1);
        const ChangeSet changes = spy.first().first().value<ChangeSet>();
        QVERIFY(changes.touches(ChangeSet::Kind::Channels));
        QVERIFY(!changes.touches(ChangeSet::Kind::Posts));
        QCOMPARE(changes.ids(ChangeSet::Kind::Channels), QSet<qint64>{id});
        QCOMPARE(channels(ws), 1);
    }

    void anAbortedWriteLeavesNothing()
    {
        TestWorkspace ws;
        QSignalSpy spy(&ws.workspace().writer(), &Writer::changed);
        const WriteResult r = ws.workspace().writer().run([&](WriteScope &scope) {
            ChannelRepository(scope.db()).insert({0, Platform::X, QStringLiteral("lab"), {}});
            scope.changed(ChangeSet::Kind::Channels);
            scope.abort();
        });
        QVERIFY(!r.ok);
        QVERIFY(r.aborted);
        QCOMPARE(spy.count(), 0);
        QCOMPARE(channels(ws), 0);
    }

    void aFailedWriteIsAValueAndLeavesNothing()
    {
        TestWorkspace ws;
        QSignalSpy spy(&ws.workspace().writer(), &Writer::changed);
        const WriteResult r = ws.workspace().writer().run([&](WriteScope &scope) {
            ChannelRepository(scope.db()).insert({0, Platform::X, QStringLiteral("lab"), {}});
            scope.changed(ChangeSet::Kind::Channels);
            SqlQuery::execute(scope.db(), QStringLiteral("INSERT INTO no_such_table VALUES (1)"));
        });
        QVERIFY(!r.ok);
        QVERIFY(!r.aborted);
        QVERIFY(!r.message.isEmpty());
        QVERIFY(r.detail.contains(QLatin1String("no_such_table")));
        QCOMPARE(spy.count(), 0);
        QCOMPARE(channels(ws), 0);
    }

    void aWriteInsideAWriteJoinsIt()
    {
        TestWorkspace ws;
        Writer &writer = ws.workspace().writer();
        QSignalSpy spy(&writer, &Writer::changed);
        const WriteResult r = writer.run([&](WriteScope &outer) {
            ChannelRepository(outer.db()).insert({0, Platform::X, QStringLiteral("a"), {}});
            outer.changed(ChangeSet::Kind::Channels);
            const WriteResult inner = writer.run([&](WriteScope &scope) {
                QCOMPARE(&scope, &outer);
                ChannelRepository(scope.db()).insert({0, Platform::Instagram, QStringLiteral("b"), {}});
                scope.changed(ChangeSet::Kind::Pillars);
            });
            QVERIFY(inner.ok);
        });
        QVERIFY(r.ok);
        QCOMPARE(spy.count(), 1); // one commit, one event with both changes
        const ChangeSet changes = spy.first().first().value<ChangeSet>();
        QVERIFY(changes.touches(ChangeSet::Kind::Channels) && changes.touches(ChangeSet::Kind::Pillars));
        QCOMPARE(channels(ws), 2);
    }

    void aLockedWorkspaceIsReportedAndNothingIsWritten()
    {
        TestWorkspace ws;
        // Another program holds the write lock (its own connection, in a write transaction).
        Database other(ws.path());
        {
            ScopedTransaction lock(other.connection(QStringLiteral("other")), ScopedTransaction::Mode::Immediate);
            // Give up waiting quickly (numbers are the test's own).
            SqlQuery::execute(ws.db(), ws.isServer() ? QStringLiteral("SET lock_timeout = 50") : QStringLiteral("PRAGMA busy_timeout = 50"));
            const WriteResult r = ws.workspace().writer().run(
                [&](WriteScope &scope) { ChannelRepository(scope.db()).insert({0, Platform::X, QStringLiteral("lab"), {}}); });
            QVERIFY(!r.ok);
            QVERIFY(r.busy);
            lock.rollback();
        }
        QCOMPARE(channels(ws), 0);
    }

    void derivedStepsRunOnlyForImportedFigures()
    {
        TestWorkspace ws;
        Writer writer(ws.workspace().database());
        int begins = 0, derived = 0;
        writer.addBeginStep([&](WriteScope &) { ++begins; });
        writer.addDerivedStep([&](WriteScope &) { ++derived; });
        QVERIFY(writer.run([](WriteScope &scope) { scope.changed(ChangeSet::Kind::Posts); }).ok);
        QCOMPARE(begins, 1);
        QCOMPARE(derived, 0);
        QVERIFY(writer.run([](WriteScope &scope) { scope.derived().rulesChanged = true; }).ok);
        QCOMPARE(begins, 2);
        QCOMPARE(derived, 1);
    }

    void changeSetsTravelAsText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("ids") << "posts:3,42;series";
        QTest::newRow("kinds only") << "figures;rules;settings";
        QTest::newRow("empty") << "";
    }

    void changeSetsTravelAsText()
    {
        QFETCH(QString, text);
        const ChangeSet set = ChangeSet::decode(text);
        QCOMPARE(set.encode(), text);
        QCOMPARE(ChangeSet::decode(set.encode()), set);
    }
};

QTEST_GUILESS_MAIN(tst_Writer)
#include "tst_writer.moc"
