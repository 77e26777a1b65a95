// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <core/db/attributionrulerepository.h>
#include <core/db/importbatchrepository.h>
#include <core/db/schemacatalog.h>
#include <core/import/importhistory.h>
#include <core/workspace/writer.h>
#include <core/domain/isotime.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlError>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QStringList>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

namespace Beamline::Test {

bool onPostgres()
{
    return qEnvironmentVariable("BEAMLINE_TEST_ENGINE") == QLatin1String("postgresql");
}

namespace {
int serverPort()
{
    static const int port = [] {
        QFile state(qEnvironmentVariable("BEAMLINE_TEST_SERVER_STATE"));
        if (!state.open(QIODevice::ReadOnly))
            qFatal("BEAMLINE_TEST_ENGINE=postgresql, but there is no test server (BEAMLINE_TEST_SERVER_STATE: %s); "
                   "run the test through ctest, which starts one", qPrintable(state.fileName()));
        return QString::fromUtf8(state.readAll()).section(QLatin1Char(' '), 0, 0).toInt();
    }();
    return port;
}
} // namespace

QString serverLocation(const QString &database, const QString &user)
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(user).arg(serverPort()).arg(database);
}

void serverExecute(const QString &sql)
{
    const QString name = QStringLiteral("beamline-test-admin");
    {
        QSqlDatabase admin = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                          : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        if (!admin.isOpen()) {
            admin.setHostName(QStringLiteral("127.0.0.1"));
            admin.setPort(serverPort());
            admin.setUserName(QStringLiteral("postgres"));
            admin.setDatabaseName(QStringLiteral("postgres"));
            if (!admin.open())
                qFatal("cannot reach the test server: %s", qPrintable(admin.lastError().text()));
        }
        QSqlQuery q(admin);
        if (!q.exec(sql))
            qFatal("test server: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    }
}

ServerDatabase::ServerDatabase()
{
    static int counter = 0;
    m_name = QStringLiteral("beamline_test_%1_%2_%3")
                 .arg(QCoreApplication::applicationPid())
                 .arg(++counter)
                 .arg(QRandomGenerator::global()->bounded(1000000));
    serverExecute(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'").arg(m_name));
}

ServerDatabase::~ServerDatabase()
{
    serverExecute(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
}

TestWorkspace::TestWorkspace()
{
    QStandardPaths::setTestModeEnabled(true);
    if (onPostgres()) {
        m_server = std::make_unique<ServerDatabase>();
        m_path = m_server->location();
    } else {
        m_path = m_dir.filePath(QStringLiteral("test.beamline"));
    }
    reopen();
}

TestWorkspace::~TestWorkspace()
{
    m_workspace.reset(); // its connections close before the database is dropped
}

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
    const QStringList names = SchemaCatalog::tables(db);
    for (const QString &table : std::as_const(names)) {
        out.append(QStringLiteral("== ") + table);
        // Ordered by every column: rows that share the first one (summaries keyed by day) come
        // in heap order otherwise, which on PostgreSQL changes with where updates landed.
        QStringList order;
        for (int i = 1; i <= db.record(table).count(); ++i)
            order.append(QString::number(i));
        QSqlQuery rows(db);
        rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY %2").arg(table, order.join(QStringLiteral(", "))));
        // Columns by name: an engine may keep them in another order (SQLite adds a column
        // that replaces another at the end).
        const QSqlRecord record = rows.record();
        QList<QPair<QString, int>> columns;
        for (int i = 0; i < record.count(); ++i)
            columns.append({record.fieldName(i), i});
        std::sort(columns.begin(), columns.end());
        while (rows.next()) {
            QStringList cells;
            for (const auto &column : std::as_const(columns))
                cells.append(rows.value(column.second).isNull() ? QStringLiteral("NULL") : rows.value(column.second).toString());
            out.append(cells.join(QLatin1Char('|')));
        }
    }
    return out.join(QLatin1Char('\n'));
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    // A statement the engine refuses is a broken test, not an empty answer (two refused
    // statements would otherwise "agree").
    if (!q.exec(sql))
        qFatal("scalar(): %s\n  in %s", qPrintable(q.lastError().text()), qPrintable(sql));
    if (!q.next())
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

QString joined(const QString &expression, const QString &separator)
{
    return onPostgres() ? QStringLiteral("string_agg(CAST(%1 AS TEXT), '%2')").arg(expression, separator)
                        : QStringLiteral("group_concat(%1, '%2')").arg(expression, separator);
}

QString rounded(const QString &expression, int digits)
{
    // PostgreSQL rounds to decimals only a numeric; back to a double so both give the same value.
    return QStringLiteral("CAST(ROUND(CAST(%1 AS NUMERIC), %2) AS DOUBLE PRECISION)").arg(expression).arg(digits);
}

QString sample(const QString &relativePath)
{
    return QStringLiteral(BEAMLINE_SAMPLES_DIR "/") + relativePath;
}

} // namespace Beamline::Test
