// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrator.h"

#include "database.h"
#include "databaseerror.h"
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
        m_migrations.append({match.captured(1).toInt(), file, dir.filePath(file)});
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
    return SqlQuery::scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
}

void Migrator::migrate(const QSqlDatabase &db) const
{
    const int current = currentVersion(db);
    for (const Migration &migration : m_migrations) {
        if (migration.version <= current)
            continue;
        QFile file(migration.path);
        if (!file.open(QIODevice::ReadOnly))
            throw DatabaseError(QStringLiteral("Could not read migration %1").arg(migration.name), file.errorString());
        const QString script = QString::fromUtf8(file.readAll());

        qCInfo(lcSql) << "applying migration" << migration.name;
        ScopedTransaction transaction(db);
        const QStringList statements = splitStatements(script);
        for (const QString &statement : statements)
            SqlQuery::execute(db, statement);
        MigrationSteps::afterStatements(migration.version, db);
        // PRAGMA takes no bound parameters; both numbers come from this program, not from data.
        SqlQuery::execute(db, QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId));
        SqlQuery::execute(db, QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
        transaction.commit();
    }
}

QStringList Migrator::splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    enum class State { Code, SingleQuote, DoubleQuote, LineComment, BlockComment };
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
