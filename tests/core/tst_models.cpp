// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <core/demo/demogenerator.h>
#include <core/import/importer.h>
#include <core/models/importhistorymodel.h>
#include <core/models/matchreviewmodel.h>

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Beamline;
using namespace Beamline::Test;

// Every model of the core, checked by QAbstractItemModelTester while it changes.
class tst_Models : public QObject
{
    Q_OBJECT

private:
    TestWorkspace m_ws;

private Q_SLOTS:
    void initTestCase()
    {
        DemoGenerator(m_ws.db()).generate();
        Importer(m_ws.workspace().database()).importFile(sample(QStringLiteral("x/tweet_activity_metrics_examplelab_20170101_20170201_en.csv")));
    }

    void importHistory()
    {
        ImportHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.reload(m_ws.db());
        QCOMPARE(model.rowCount(), 2);
        // Newest first: the tweet export, then the demo data.
        QCOMPARE(model.data(model.index(0, ImportHistoryModel::Format)).toString(), QStringLiteral("X tweet activity (legacy analytics)"));
        QCOMPARE(model.data(model.index(0, ImportHistoryModel::Added)).toInt(), 20);
        QCOMPARE(model.data(model.index(1, ImportHistoryModel::Format)).toString(), QStringLiteral("Demo data"));
        QCOMPARE(model.rowOf(model.data(model.index(1, 0), ImportHistoryModel::BatchIdRole).toLongLong()), 1);
        model.reload(QSqlDatabase());
        QCOMPARE(model.rowCount(), 0);
    }

    void matchReview()
    {
        MatchReviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload(m_ws.db());
        // The demo's links are confirmed; some of the imported January 2017 tweets match
        // the demo's plan for that month and wait for confirmation.
        QVERIFY(model.rowCount() > 0 && model.rowCount() <= 20);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.data(model.index(row, 0), MatchReviewModel::PostIdRole).isValid());
        QVERIFY(!model.data(model.index(0, MatchReviewModel::Channel)).toString().isEmpty());
        QVERIFY(model.data(model.index(0, 0), MatchReviewModel::PlatformPostIdRole).toLongLong() > 0);
    }
};

QTEST_GUILESS_MAIN(tst_Models)
#include "tst_models.moc"
