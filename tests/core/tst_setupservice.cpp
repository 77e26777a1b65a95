// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <core/db/dailymetricrepository.h>
#include <core/db/database.h>
#include <core/db/postrepository.h>
#include <core/db/scopedtransaction.h>
#include <core/db/sqlquery.h>
#include <core/services/setupedits.h>
#include <core/services/setupservice.h>
#include <core/workspace/writer.h>

#include <QSignalSpy>
#include <QTest>

using namespace Beamline;
using namespace Beamline::Test;

// The set-up service the settings dialog and the import dialogs call: its reads and rules
// on a real workspace, its edits written and taken back through the writer, and every
// failure returned as an error value.
class tst_SetupService : public QObject
{
    Q_OBJECT

private:
    static Channel channel(Platform platform, const QString &handle)
    {
        Channel c;
        c.platform = platform;
        c.handle = handle;
        return c;
    }
    static qint64 count(TestWorkspace &ws, const QString &table)
    {
        return scalar(ws.db(), QStringLiteral("SELECT COUNT(*) FROM ") + table).toLongLong();
    }
    // Adds an entry through the service; its id.
    template<typename T> static qint64 add(SetupService &setup, const T &entry)
    {
        EntryEdit<T> edit(std::nullopt, entry);
        const Result<void> r = setup.apply(edit);
        if (!r)
            qWarning() << r.error().text();
        return r ? edit.entryId() : 0;
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<Beamline::ChangeSet>(); }

    void anEntryIsAddedTakenBackAndAddedAgainUnderItsId()
    {
        TestWorkspace ws;
        SetupService setup(ws.workspace());
        QSignalSpy spy(&ws.workspace().writer(), &Writer::changed);
        EntryEdit<Channel> edit(std::nullopt, channel(Platform::X, QStringLiteral("examplelab")));
        QVERIFY(setup.apply(edit).ok());
        const qint64 id = edit.entryId();
        QVERIFY(id > 0);
        QCOMPARE(spy.count(), 1);
        const ChangeSet changes = spy.first().first().value<ChangeSet>();
        QCOMPARE(changes.ids(ChangeSet::Kind::Channels), QSet<qint64> { id });

        const auto channels = setup.channels();
        QVERIFY(channels.ok());
        QCOMPARE(channels->size(), 1);
        QCOMPARE(channels->first().handle, QStringLiteral("examplelab"));

        QVERIFY(setup.apply(edit, false).ok());
        QCOMPARE(setup.channels()->size(), 0);
        QVERIFY(setup.apply(edit, true).ok());
        QCOMPARE(setup.channels()->size(), 1);
        QCOMPARE(setup.channels()->first().id, id);
    }

    void removingAPillarAndTakingItBackRestoresWhatUsedIt()
    {
        TestWorkspace ws;
        SetupService setup(ws.workspace());
        Pillar science;
        science.name = QStringLiteral("Science");
        science.targetShare = 0.4;
        const qint64 pillarId = add(setup, science);
        QVERIFY(pillarId);
        science.id = pillarId;
        Post post;
        post.title = QStringLiteral("Open day");
        post.pillarId = pillarId;
        const qint64 postId = PostRepository(ws.db()).insert(post);

        EntryEdit<Pillar> removal(science, std::nullopt);
        QVERIFY(setup.apply(removal).ok());
        QCOMPARE(setup.pillars()->size(), 0);
        QVERIFY(!PostRepository(ws.db()).find(postId)->pillarId.has_value());

        QVERIFY(setup.apply(removal, false).ok());
        QCOMPARE(setup.pillars().value(), QVector<Pillar> { science });
        QCOMPARE(PostRepository(ws.db()).find(postId)->pillarId, std::optional<qint64>(pillarId));
    }

    void readsGiveTheStoredEntries()
    {
        TestWorkspace ws;
        SetupService setup(ws.workspace());
        Person ada;
        ada.name = QStringLiteral("Ada");
        ada.role = Person::Role::Approver;
        ada.id = add(setup, ada);
        QCOMPARE(setup.people().value(), QVector<Person> { ada });

        Pillar first;
        first.name = QStringLiteral("First");
        first.position = setup.nextPillarPosition().value();
        first.id = add(setup, first);
        const int next = setup.nextPillarPosition().value();
        QVERIFY(next > first.position);

        Campaign open;
        open.name = QStringLiteral("Open days");
        open.startsOn = QDate(2026, 5, 1);
        open.endsOn = QDate(2026, 5, 28);
        open.id = add(setup, open);
        Partner cern;
        cern.name = QStringLiteral("Partner lab");
        cern.kind = Partner::Kind::Lab;
        CampaignPartnerEdit partner(open.id, cern);
        QVERIFY(setup.apply(partner).ok());
        cern.id = partner.partnerId();
        QCOMPARE(setup.partnersOf(open.id).value(), QVector<Partner> { cern });
        QCOMPARE(setup.partnersOf(open.id + 100).value(), QVector<Partner>());
        // Taken off its only campaign, the partner goes; put back, under the same id.
        QVERIFY(setup.apply(partner, false).ok());
        QCOMPARE(setup.partnersOf(open.id)->size(), 0);
        QCOMPARE(count(ws, QStringLiteral("partners")), 0);
        QVERIFY(setup.apply(partner, true).ok());
        QCOMPARE(setup.partnersOf(open.id).value(), QVector<Partner> { cern });
    }

    void channelsAreReorderedAndMerged()
    {
        TestWorkspace ws;
        SetupService setup(ws.workspace());
        const qint64 a = add(setup, channel(Platform::X, QStringLiteral("a")));
        const qint64 b = add(setup, channel(Platform::X, QStringLiteral("b")));
        ReorderEdit reorder(ReorderEdit::Kind::Channels, { a, b }, { b, a });
        QVERIFY(setup.apply(reorder).ok());
        QCOMPARE(setup.channels()->first().id, b);
        QVERIFY(setup.apply(reorder, false).ok());
        QCOMPARE(setup.channels()->first().id, a);

        MergeChannelsEdit merge(b, a);
        QVERIFY(setup.apply(merge).ok());
        QCOMPARE(setup.channels()->size(), 1);
        // The merged channel's handle now leads to the one it went into.
        const auto resolved = setup.resolveAccount(Platform::X, QStringLiteral("@B"));
        QVERIFY(resolved.ok());
        QCOMPARE(resolved->value_or(Channel()).id, a);
        QVERIFY(setup.apply(merge, false).ok());
        QCOMPARE(setup.channels()->size(), 2);
        QCOMPARE(setup.resolveAccount(Platform::X, QStringLiteral("b"))->value_or(Channel()).id, b);
    }

    void anAttachedAccountIsNoLongerUnknown()
    {
        TestWorkspace ws;
        SetupService setup(ws.workspace());
        const qint64 lab = add(setup, channel(Platform::Instagram, QStringLiteral("examplelab")));
        const QList<ImportAccount> accounts { { Platform::Instagram, QStringLiteral("examplelab"), {} },
                                              { Platform::Instagram, QStringLiteral("17841400000000001"), {} },
                                              { Platform::X, QStringLiteral("examplelab"), {} } };
        QCOMPARE(setup.unknownAccounts(accounts).value(), (QList<ImportAccount> { accounts.at(1), accounts.at(2) }));

        AttachAccountEdit attach(Platform::Instagram, QStringLiteral("17841400000000001"), lab);
        QVERIFY(setup.apply(attach).ok());
        QCOMPARE(setup.unknownAccounts(accounts).value(), QList<ImportAccount> { accounts.at(2) });
        QCOMPARE(setup.channelAliases().value().value(lab), QStringList { QStringLiteral("17841400000000001") });
        QVERIFY(setup.apply(attach, false).ok());
        QCOMPARE(setup.unknownAccounts(accounts)->size(), 2);
        QCOMPARE(SetupService::normalisedAccount(QStringLiteral(" @ExampleLab ")),
                 SetupService::normalisedAccount(QStringLiteral("examplelab")));
    }

    void aChannelWithImportedFiguresKeepsItsPlatformAndStays()
    {
        TestWorkspace ws;
        SetupService setup(ws.workspace());
        Channel lab = channel(Platform::X, QStringLiteral("examplelab"));
        lab.id = add(setup, lab);
        Channel asInstagram = lab;
        asInstagram.platform = Platform::Instagram;
        // Without figures both are allowed.
        QCOMPARE(setup.checkChannelChange(lab, asInstagram).value(), QString());
        QCOMPARE(setup.checkChannelRemoval(lab).value(), QString());

        const qint64 batch = newBatch(ws.db(), QStringLiteral("daily.csv"));
        DailyMetricRepository daily(ws.db());
        for (int day = 1; day <= 3; ++day)
            daily.write(batch, precedenceOf(ws.db(), batch),
                        { lab.id, QStringLiteral("impressions"), QDate(2026, 1, day), 10.0 * day, {} });
        QCOMPARE(setup.channelUsage(lab.id)->dailyValues, 3);
        QCOMPARE(setup.checkChannelChange(lab, asInstagram).value(),
                 QStringLiteral("“examplelab” holds figures imported from X, so its platform cannot change."));
        QVERIFY(setup.checkChannelRemoval(lab)->contains(QLatin1String("holds 0 imported posts and 3 daily figures")));
        // Another change is still checked by the rules: a second channel may not take its handle.
        Channel other = channel(Platform::X, QStringLiteral("other"));
        other.id = add(setup, other);
        Channel taking = other;
        taking.handle = QStringLiteral("examplelab");
        QVERIFY(!setup.checkChannelChange(other, taking)->isEmpty());
        QVERIFY(setup.checkChannel(channel(Platform::X, QStringLiteral("new"))).value().isEmpty());
    }

    void theChecklistIsHiddenThroughTheWriter()
    {
        TestWorkspace ws;
        SetupService setup(ws.workspace());
        QCOMPARE(setup.checklistHidden().value(), false);
        const auto progress = setup.setupProgress();
        QVERIFY(progress.ok());
        QVERIFY(!progress->channels && !progress->series && !progress->imports);
        add(setup, channel(Platform::X, QStringLiteral("lab")));
        QVERIFY(setup.setupProgress()->channels);

        QSignalSpy spy(&ws.workspace().writer(), &Writer::changed);
        QVERIFY(setup.hideChecklist().ok());
        QCOMPARE(spy.count(), 1);
        QVERIFY(spy.first().first().value<ChangeSet>().touches(ChangeSet::Kind::Settings));
        QCOMPARE(setup.checklistHidden().value(), true);
    }

    void aConstraintFailureIsAnErrorValue()
    {
        TestWorkspace ws;
        SetupService setup(ws.workspace());
        add(setup, channel(Platform::X, QStringLiteral("lab")));
        QSignalSpy spy(&ws.workspace().writer(), &Writer::changed);
        // The rules would refuse it; written anyway, the database's unique index does.
        EntryEdit<Channel> twin(std::nullopt, channel(Platform::X, QStringLiteral("lab")));
        const Result<void> r = setup.apply(twin);
        QVERIFY(!r.ok());
        QVERIFY(!r.error().message.isEmpty());
        QVERIFY(!r.error().busy);
        QCOMPARE(spy.count(), 0);
        QCOMPARE(count(ws, QStringLiteral("channels")), 1);
    }

    void aLockedWorkspaceIsAnErrorValue()
    {
        TestWorkspace ws;
        SetupService setup(ws.workspace());
        Database other(ws.path());
        {
            ScopedTransaction lock(other.connection(QStringLiteral("other")), ScopedTransaction::Mode::Immediate);
            // Give up waiting quickly (numbers are the test's own).
            SqlQuery::execute(
                ws.db(), ws.isServer() ? QStringLiteral("SET lock_timeout = 50") : QStringLiteral("PRAGMA busy_timeout = 50"));
            EntryEdit<Channel> edit(std::nullopt, channel(Platform::X, QStringLiteral("lab")));
            const Result<void> r = setup.apply(edit);
            QVERIFY(!r.ok());
            QVERIFY(r.error().busy);
            QVERIFY(!setup.hideChecklist().ok());
            lock.rollback();
        }
        QCOMPARE(count(ws, QStringLiteral("channels")), 0);
    }

    void withoutAWriterWritesAreRefused()
    {
        TestWorkspace ws;
        SetupService readOnly(ws.db()); // no writer: a read-only use
        EntryEdit<Person> edit(std::nullopt, Person { 0, QStringLiteral("Ada"), {}, Person::Role::Editor });
        const Result<void> r = readOnly.apply(edit);
        QVERIFY(!r.ok());
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(count(ws, QStringLiteral("people")), 0);
        QVERIFY(readOnly.people().ok());
    }

    void aFailedReadIsAnErrorValue()
    {
        // A connection that is not open: every read returns its error instead of throwing.
        const SetupService broken { QSqlDatabase() };
        const auto channels = broken.channels();
        QVERIFY(!channels.ok());
        QVERIFY(!channels.error().message.isEmpty());
        QCOMPARE(channels.valueOr({ Channel() }).size(), 1);
        QVERIFY(!broken.pillars().ok());
        QVERIFY(!broken.people().ok());
        QVERIFY(!broken.campaigns().ok());
        QVERIFY(!broken.partnersOf(1).ok());
        QVERIFY(!broken.checkChannel(channel(Platform::X, QStringLiteral("lab"))).ok());
        QVERIFY(!broken.setupProgress().ok());
        QCOMPARE(broken.checklistHidden().valueOr(true), true);
    }
};

QTEST_GUILESS_MAIN(tst_SetupService)
#include "tst_setupservice.moc"
