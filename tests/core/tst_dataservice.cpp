// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <core/db/database.h>
#include <core/db/importbatchrepository.h>
#include <core/db/importprofilerepository.h>
#include <core/db/scopedtransaction.h>
#include <core/db/sqlquery.h>
#include <core/services/dataservice.h>
#include <core/workspace/writer.h>

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Beamline;
using namespace Beamline::Test;

// The data service the Data page and the mapping dialog call: saved column mappings (stored
// as data, read back as the import layer's type), an import's columns, and failures as values.
class tst_DataService : public QObject
{
    Q_OBJECT

private:
    static ImportProfile weeklySheet()
    {
        ImportProfile p;
        p.name = QStringLiteral("Weekly sheet");
        p.target = ImportProfile::Target::Daily;
        p.platform = Platform::LinkedIn;
        p.dateLayout = Values::DateLayout::EuropeanSlash;
        p.decimal = QLatin1Char(',');
        p.columns = { { QStringLiteral("Datum"), QStringLiteral("day"), ColumnSpec::Kind::Text },
                      { QStringLiteral("Impressionen"), QStringLiteral("daily:impressions"), ColumnSpec::Kind::Number } };
        p.headerSignature = QStringLiteral("datum|impressionen");
        return p;
    }
    static qint64 profiles(TestWorkspace &ws)
    {
        return scalar(ws.db(), QStringLiteral("SELECT COUNT(*) FROM import_profiles")).toLongLong();
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<Beamline::ChangeSet>(); }

    void aMappingIsSavedReplacedAndRemoved()
    {
        TestWorkspace ws;
        DataService data(ws.workspace());
        QSignalSpy spy(&ws.workspace().writer(), &Writer::changed);
        ImportProfile profile = weeklySheet();
        const Result<qint64> id = data.saveImportProfile(profile);
        QVERIFY(id.ok());
        QVERIFY(*id > 0);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().value<ChangeSet>().ids(ChangeSet::Kind::Profiles), QSet<qint64> { *id });

        profile.id = *id;
        QCOMPARE(data.importProfiles().value(), QVector<ImportProfile> { profile });

        // The same name again replaces it, under its id.
        profile.columns.removeLast();
        QCOMPARE(data.saveImportProfile(profile).value(), *id);
        QCOMPARE(data.importProfiles().value(), QVector<ImportProfile> { profile });
        QCOMPARE(profiles(ws), 1);

        QVERIFY(data.removeImportProfile(*id).ok());
        QCOMPARE(data.importProfiles()->size(), 0);
        QCOMPARE(spy.count(), 3);
    }

    void aMappingIsStoredAsData()
    {
        // Storage knows a name, a header and a JSON definition, not the import layer's type.
        TestWorkspace ws;
        DataService data(ws.workspace());
        const qint64 id = data.saveImportProfile(weeklySheet()).value();
        const auto record = ImportProfileRepository(ws.db()).find(id);
        QVERIFY(record);
        QCOMPARE(record->name, QStringLiteral("Weekly sheet"));
        QCOMPARE(record->headerSignature, QStringLiteral("datum|impressionen"));
        QCOMPARE(record->definition.value(QStringLiteral("target")).toString(), QStringLiteral("daily"));
        QCOMPARE(record->definition.value(QStringLiteral("decimal")).toString(), QStringLiteral(","));
        QCOMPARE(record->definition.value(QStringLiteral("columns")).toArray().size(), 2);
        ImportProfile expected = weeklySheet();
        expected.id = id;
        QCOMPARE(ImportProfile::fromRecord(*record), expected);
        QCOMPARE(expected.toRecord(), *record);
    }

    void anImportsColumnsAreRead()
    {
        TestWorkspace ws;
        const qint64 batch = newBatch(ws.db(), QStringLiteral("daily.csv"));
        ImportBatchRepository(ws.db()).writeColumns(
            batch, { { QStringLiteral("Date"), QStringLiteral("day") }, { QStringLiteral("Notes"), {} } });
        const auto columns = DataService(ws.workspace()).batchColumns(batch);
        QVERIFY(columns.ok());
        QCOMPARE(columns->size(), 2);
        QCOMPARE(columns->at(0).sourceName, QStringLiteral("Date"));
        QCOMPARE(columns->at(0).role, QStringLiteral("day"));
        QCOMPARE(columns->at(1).role, QString());
        QCOMPARE(DataService(ws.workspace()).batchColumns(batch + 1)->size(), 0);
    }

    void aLockedWorkspaceIsAnErrorValue()
    {
        TestWorkspace ws;
        DataService data(ws.workspace());
        Database other(ws.path());
        {
            ScopedTransaction lock(other.connection(QStringLiteral("other")), ScopedTransaction::Mode::Immediate);
            SqlQuery::execute(
                ws.db(), ws.isServer() ? QStringLiteral("SET lock_timeout = 50") : QStringLiteral("PRAGMA busy_timeout = 50"));
            const Result<qint64> r = data.saveImportProfile(weeklySheet());
            QVERIFY(!r.ok());
            QVERIFY(r.error().busy);
            QVERIFY(!data.removeImportProfile(1).ok());
            lock.rollback();
        }
        QCOMPARE(profiles(ws), 0);
    }

    void withoutAWriterOrAConnectionErrorsAreValues()
    {
        TestWorkspace ws;
        DataService readOnly(ws.db());
        QVERIFY(!readOnly.saveImportProfile(weeklySheet()).ok());
        QCOMPARE(profiles(ws), 0);
        QVERIFY(readOnly.importProfiles().ok());

        const DataService broken { QSqlDatabase() };
        QVERIFY(!broken.importProfiles().ok());
        QVERIFY(!broken.batchColumns(1).ok());
    }
};

QTEST_GUILESS_MAIN(tst_DataService)
#include "tst_dataservice.moc"
