// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrator.h"

#include "database.h"
#include "databaseerror.h"
#include "engine.h"
#include "migrationsteps.h"
#include "scopedtransaction.h"
#include "sqlquery.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcSql)

static void initMigrationResources()
{
    Q_INIT_RESOURCE(beamline_migrations);
}

namespace Beamline {

Migrator::Migrator(const QString &directory)
{
    if (directory.startsWith(QLatin1Char(':')))
        initMigrationResources();
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    const QDir dir(directory);
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto match = pattern.match(file);
        if (!match.hasMatch()) {
            qCWarning(lcSql) << "ignoring migration with an unexpected name:" << file;
            continue;
        }
        const QString variant = dir.filePath(QStringLiteral("postgresql/") + file);
        m_migrations.append({match.captured(1).toInt(), file, dir.filePath(file), QFile::exists(variant) ? variant : QString()});
    }
    const QDir postgres(dir.filePath(QStringLiteral("postgresql")));
    for (const QString &file : postgres.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        if (!dir.exists(file))
            qCWarning(lcSql) << "a PostgreSQL migration without its SQLite step is ignored:" << file;
    }
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    for (qsizetype i = 0; i < m_migrations.size(); ++i) {
        if (m_migrations.at(i).version != i + 1)
            qCCritical(lcSql) << "migrations are not numbered 1, 2, 3...:" << m_migrations.at(i).name;
    }
}

int Migrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
}

int Migrator::currentVersion(const QSqlDatabase &db)
{
    if (Engines::isPostgres(db)) {
        if (SqlQuery::scalar(db, QStringLiteral("SELECT to_regclass('beamline_schema') IS NOT NULL")).toBool())
            return SqlQuery::scalar(db, QStringLiteral("SELECT version FROM beamline_schema WHERE id = 1")).toInt();
        return 0;
    }
    return SqlQuery::scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
}

QString Migrator::pathFor(const Migration &migration, const QSqlDatabase &db)
{
    return Engines::isPostgres(db) && !migration.postgresPath.isEmpty() ? migration.postgresPath : migration.path;
}

void Migrator::migrate(const QSqlDatabase &db) const
{
    const bool postgres = Engines::isPostgres(db);
    for (const Migration &migration : m_migrations) {
        if (migration.version <= currentVersion(db))
            continue;
        QFile file(pathFor(migration, db));
        if (!file.open(QIODevice::ReadOnly))
            throw DatabaseError(QStringLiteral("Could not read migration %1").arg(migration.name), file.errorString());
        const QString script = QString::fromUtf8(file.readAll());

        // The write lock first: another program migrating the same workspace at the same time
        // (two workstations opening a new team workspace) goes first or after, never between.
        ScopedTransaction transaction(db, ScopedTransaction::Mode::Immediate);
        if (migration.version <= currentVersion(db)) {
            transaction.commit();
            continue;
        }
        qCInfo(lcSql) << "applying migration" << migration.name << (postgres ? "(PostgreSQL)" : "");
        if (postgres) {
            SqlQuery::execute(db, QStringLiteral("CREATE TABLE IF NOT EXISTS beamline_schema (id INTEGER PRIMARY KEY CHECK (id = 1), "
                                                 "version INTEGER NOT NULL, application_id BIGINT NOT NULL)"));
        }
        const QStringList statements = splitStatements(script);
        for (const QString &statement : statements)
            SqlQuery::execute(db, statement);
        MigrationSteps::afterStatements(migration.version, db);
        if (postgres) {
            SqlQuery version(db, QStringLiteral("INSERT INTO beamline_schema (id, version, application_id) VALUES (1, :version, :id) "
                                                "ON CONFLICT (id) DO UPDATE SET version = excluded.version, application_id = excluded.application_id"));
            version.bind(QStringLiteral(":version"), migration.version).bind(QStringLiteral(":id"), qint64(Database::ApplicationId)).exec();
        } else {
            // PRAGMA takes no bound parameters; both numbers come from this program, not from data.
            SqlQuery::execute(db, QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId));
            SqlQuery::execute(db, QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
        }
        transaction.commit();
    }
}

QStringList Migrator::splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    // DollarQuote: PostgreSQL's $$...$$ around a function body, which has semicolons of its own.
    enum class State { Code, SingleQuote, DoubleQuote, LineComment, BlockComment, DollarQuote };
    State state = State::Code;
    const qsizetype n = script.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < n ? script.at(i + 1) : QChar();
        switch (state) {
        case State::Code:
            if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
                state = State::LineComment;
                ++i;
                continue;
            }
            if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
                state = State::BlockComment;
                ++i;
                continue;
            }
            if (c == QLatin1Char('$') && next == QLatin1Char('$')) {
                state = State::DollarQuote;
                current.append(QStringLiteral("$$"));
                ++i;
                continue;
            }
            if (c == QLatin1Char('\''))
                state = State::SingleQuote;
            else if (c == QLatin1Char('"'))
                state = State::DoubleQuote;
            if (c == QLatin1Char(';')) {
                const QString statement = current.trimmed();
                if (!statement.isEmpty())
                    statements.append(statement);
                current.clear();
                continue;
            }
            current.append(c);
            break;
        case State::SingleQuote:
            current.append(c);
            if (c == QLatin1Char('\''))
                state = State::Code; // a doubled '' re-enters the quote on the next char
            break;
        case State::DoubleQuote:
            current.append(c);
            if (c == QLatin1Char('"'))
                state = State::Code;
            break;
        case State::LineComment:
            if (c == QLatin1Char('\n')) {
                state = State::Code;
                current.append(c);
            }
            break;
        case State::DollarQuote:
            current.append(c);
            if (c == QLatin1Char('$') && next == QLatin1Char('$')) {
                current.append(next);
                ++i;
                state = State::Code;
            }
            break;
        case State::BlockComment:
            if (c == QLatin1Char('*') && next == QLatin1Char('/')) {
                state = State::Code;
                ++i;
            }
            break;
        }
    }
    const QString tail = current.trimmed();
    if (!tail.isEmpty())
        statements.append(tail);
    return statements;
}

} // namespace Beamline
