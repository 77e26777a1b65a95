// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <core/db/attributionrulerepository.h>
#include <core/db/importbatchrepository.h>
#include <core/import/importhistory.h>
#include <core/workspace/writer.h>
#include <core/domain/isotime.h>

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QStringList>
#include <QTest>
#include <QTimeZone>

namespace Beamline::Test {

TestWorkspace::TestWorkspace()
{
    QStandardPaths::setTestModeEnabled(true);
    m_path = m_dir.filePath(QStringLiteral("test.beamline"));
    reopen();
}

TestWorkspace::~TestWorkspace() = default;

void TestWorkspace::reopen()
{
    m_workspace.reset();
    WorkspaceOpener::Result result;
    m_workspace = Workspace::open(m_path, WorkspaceOpener::Mode::CreateIfMissing, &result);
    if (!m_workspace)
        qFatal("could not open the test workspace: %s", qPrintable(result.message));
}

QString dumpContent(const QSqlDatabase &db)
{
    QStringList out;
    QSqlQuery tables(db);
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    for (const QString &table : std::as_const(names)) {
        out.append(QStringLiteral("== ") + table);
        QSqlQuery rows(db);
        rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(table));
        while (rows.next()) {
            QStringList cells;
            for (int i = 0; i < rows.record().count(); ++i)
                cells.append(rows.value(i).isNull() ? QStringLiteral("NULL") : rows.value(i).toString());
            out.append(cells.join(QLatin1Char('|')));
        }
    }
    return out.join(QLatin1Char('\n'));
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

QString sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

qint64 newBatch(const QSqlDatabase &db, const QString &name, const QDateTime &capturedAt)
{
    ImportBatch batch;
    batch.fileName = name;
    batch.sha256 = name;
    batch.format = QStringLiteral("test");
    batch.capturedAt = capturedAt.isValid() ? capturedAt : QDateTime(QDate(2017, 2, 1), QTime(0, 0), QTimeZone::utc());
    return ImportBatchRepository(db).insert(batch);
}

VersionedRows::Precedence precedenceOf(const QSqlDatabase &db, qint64 batchId)
{
    const auto batch = ImportBatchRepository(db).find(batchId);
    return batch ? VersionedRows::Precedence{IsoTime::utc(batch->capturedAt), batch->sha256} : VersionedRows::Precedence{};
}

bool undoImport(Workspace &workspace, qint64 batchId)
{
    bool undone = false;
    const WriteResult result = workspace.writer().run([&](WriteScope &scope) { undone = ImportHistory::undo(scope, batchId); });
    return result.ok && undone;
}

bool saveRules(Workspace &workspace, const QVector<AttributionRule> &rules)
{
    return workspace.writer().run([&](WriteScope &scope) { AttributionRuleRepository::replaceAll(scope, rules); }).ok;
}

QString sample(const QString &relativePath)
{
    return QStringLiteral(BEAMLINE_SAMPLES_DIR "/") + relativePath;
}

} // namespace Beamline::Test
