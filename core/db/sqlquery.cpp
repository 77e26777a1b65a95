// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlquery.h"

#include "databaseerror.h"
#include "engine.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlRecord>

Q_LOGGING_CATEGORY(lcSql, "beamline.db", QtWarningMsg)

namespace Beamline {

namespace {

[[noreturn]] void fail(const QString &what, const QSqlError &error, const QString &sql)
{
    qCWarning(lcSql) << what << error.text() << "in" << sql.simplified().left(200);
    throw DatabaseError(what, error.text(), sql, error.nativeErrorCode());
}

// Qt SQL binds a null QString as SQL NULL. A QString that merely happens to be null
// (a default-constructed member) means "empty text" here; NULL is bound on purpose
// through a typed null QVariant (nullableText(), nullable()).
QVariant textAware(const QVariant &value)
{
    if (value.metaType() == QMetaType::fromType<QString>() && !value.isNull() && value.toString().isNull())
        return QVariant(QString(QLatin1String("")));
    return value;
}

} // namespace

SqlQuery::SqlQuery(const QSqlDatabase &db, const QString &sql)
    : m_query(db)
    , m_sql(sql)
{
    // Forward-only on SQLite, where it saves memory. Not on PostgreSQL: Qt's driver reads a
    // forward-only result row by row from the server, and loses the rest of it when another
    // statement runs on the connection meanwhile (a lookup inside a loop over rows).
    m_query.setForwardOnly(!Engines::isPostgres(db));
    if (!m_query.prepare(sql))
        fail(QStringLiteral("Could not prepare a statement"), m_query.lastError(), sql);
}

SqlQuery &SqlQuery::bind(const QString &placeholder, const QVariant &value)
{
    m_query.bindValue(placeholder, textAware(value));
    return *this;
}

namespace {
const QString &placeholderName(int position)
{
    static const QStringList names = [] {
        QStringList n;
        for (int i = 0; i < 64; ++i)
            n.append(QStringLiteral(":p%1").arg(i));
        return n;
    }();
    return names.at(position);
}
} // namespace

SqlQuery &SqlQuery::bind(int position, const QVariant &value)
{
    m_query.bindValue(placeholderName(position), textAware(value));
    return *this;
}

QString SqlQuery::placeholders(int first, int count)
{
    QStringList list;
    for (int i = first; i < first + count; ++i)
        list.append(placeholderName(i));
    return list.join(QStringLiteral(", "));
}

void SqlQuery::exec()
{
    if (!m_query.exec())
        fail(QStringLiteral("A database statement failed"), m_query.lastError(), m_sql);
}

std::optional<double> SqlQuery::number(int column) const
{
    const QVariant v = m_query.value(column);
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}

QStringList SqlQuery::columnNames() const
{
    const QSqlRecord record = m_query.record();
    QStringList names;
    for (int i = 0; i < record.count(); ++i)
        names.append(record.fieldName(i));
    return names;
}

void SqlQuery::execute(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        fail(QStringLiteral("A database statement failed"), query.lastError(), sql);
}

QVariant SqlQuery::scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(!Engines::isPostgres(db));
    if (!query.exec(sql))
        fail(QStringLiteral("A database statement failed"), query.lastError(), sql);
    return query.next() ? query.value(0) : QVariant();
}

QVariant nullable(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

QVariant nullable(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

QVariant nullableText(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

} // namespace Beamline
