// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <core/db/postrepository.h>
#include <core/db/seriesrepository.h>
#include <core/services/planservice.h>

#include <QTest>
#include <QTimeZone>

using namespace Beamline;
using namespace Beamline::Test;

// The plan service the series editor and the link dialog call: reads on a real workspace,
// and errors as values.
class tst_PlanService : public QObject
{
    Q_OBJECT

private:
    static QDateTime utc(const char *text) { return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate); }
    static qint64 post(TestWorkspace &ws, const QString &title, const char *at)
    {
        Post p;
        p.title = title;
        p.scheduledAt = utc(at);
        return PostRepository(ws.db()).insert(p);
    }

private Q_SLOTS:
    void theWorkspaceZoneIsRead()
    {
        TestWorkspace ws;
        ws.workspace().setTimeZone(QTimeZone("Europe/Zurich"));
        QCOMPARE(PlanService(ws.db()).workspaceTimeZoneId().value(), QStringLiteral("Europe/Zurich"));
    }

    void aSeriesNameIsTakenOnlyByAnotherSeries()
    {
        TestWorkspace ws;
        Series tbt;
        tbt.name = QStringLiteral("Throwback Thursday");
        tbt.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=TH");
        tbt.dtstart = utc("2026-01-01T10:00:00Z");
        tbt.timeZone = QStringLiteral("Europe/Zurich");
        tbt.id = SeriesRepository(ws.db()).insert(tbt);
        const PlanService plan(ws.db());
        QCOMPARE(plan.checkSeriesName(tbt).value(), QString()); // itself
        Series other = tbt;
        other.id = 0;
        QCOMPARE(plan.checkSeriesName(other).value(), QStringLiteral("There is already a series named “Throwback Thursday”."));
        other.name = QStringLiteral("Follow Friday");
        QCOMPARE(plan.checkSeriesName(other).value(), QString());
    }

    void postsAroundADateComeNearestFirst()
    {
        TestWorkspace ws;
        const qint64 before2 = post(ws, QStringLiteral("two days before"), "2026-03-08T12:00:00Z");
        const qint64 after1 = post(ws, QStringLiteral("a day after"), "2026-03-11T12:00:00Z");
        const qint64 sameDay = post(ws, QStringLiteral("an hour after"), "2026-03-10T13:00:00Z");
        post(ws, QStringLiteral("fifteen days after"), "2026-03-25T12:00:00Z");
        post(ws, QStringLiteral("not scheduled"), "");
        const auto around = PlanService(ws.db()).postsPlannedAround(utc("2026-03-10T12:00:00Z"), 14);
        QVERIFY(around.ok());
        QList<qint64> ids;
        for (const Post &p : around.value())
            ids.append(p.id);
        QCOMPARE(ids, (QList<qint64> { sameDay, after1, before2 }));
    }

    void recentPostFiguresAreRead()
    {
        TestWorkspace ws;
        const auto none = PlanService(ws.db()).postMetrics(QDate(2025, 1, 1), QDate(2026, 1, 1));
        QVERIFY(none.ok());
        QCOMPARE(none->size(), 0);
    }

    void aFailedReadIsAnErrorValue()
    {
        const PlanService broken { QSqlDatabase() };
        QVERIFY(!broken.workspaceTimeZoneId().ok());
        QVERIFY(!broken.checkSeriesName(Series()).ok());
        QVERIFY(!broken.postsPlannedAround(QDateTime::currentDateTimeUtc(), 14).ok());
        QVERIFY(!broken.postMetrics(QDate(2025, 1, 1), QDate(2026, 1, 1)).ok());
        QVERIFY(!broken.workspaceTimeZoneId().error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_PlanService)
#include "tst_planservice.moc"
