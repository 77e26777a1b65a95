// SPDX-License-Identifier: GPL-3.0-or-later
#include "faststatement.h"

#include "databaseerror.h"
#include "sqlquery.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlDriver>

#include <sqlite3.h>

#include <cstring>

#if __has_include(<dlfcn.h>)
#include <dlfcn.h>
#endif

Q_DECLARE_LOGGING_CATEGORY(lcSql)

namespace Beamline {

namespace {

// FastStatement drives the Qt driver's sqlite3 handle with the SQLite library linked into
// Beamline. That is only defined when both are one and the same library: Debian's Qt links
// the system libsqlite3, as Beamline does, but a Qt built with its own bundled SQLite has a
// second copy, with its own global state and possibly another version or other compile
// options. So, once per process:
//  * the SQLite running under Qt's connection (`SELECT sqlite_source_id()`, asked through
//    Qt) must be the version and check-in linked here (sqlite3_sourceid()), and
//  * where the dynamic linker can tell (ELF platforms), the `sqlite3_sourceid` that the
//    driver plugin resolves must be this very library's, not a copy of the same version.
// Otherwise every FastStatement goes through a QSqlQuery instead: slower, same results.
// BEAMLINE_SQLITE_NATIVE=0 forces that path (a CTest variant of the importer's suites runs it).
bool sameLibrary(const QSqlDatabase &db)
{
    QString source;
    try {
        source = SqlQuery::scalar(db, QStringLiteral("SELECT sqlite_source_id()")).toString();
    } catch (const DatabaseError &) {
    }
    if (source != QLatin1String(sqlite3_sourceid())) {
        qCWarning(lcSql) << "Qt's SQLite" << source << "is not the linked SQLite" << sqlite3_sourceid()
                        << "- the import uses Qt SQL's queries";
        return false;
    }
#if __has_include(<dlfcn.h>)
    // The driver's meta-object lies in the plugin (or library) that holds Qt's driver.
    Dl_info where{};
    if (dladdr(db.driver()->metaObject(), &where) != 0 && where.dli_fname) {
        if (void *plugin = dlopen(where.dli_fname, RTLD_LAZY | RTLD_NOLOAD)) {
            // The source id is a string constant of the library that answers: one library,
            // one address (function addresses could differ through an executable's PLT).
            const void *symbol = dlsym(plugin, "sqlite3_sourceid");
            const char *(*theirs)() = nullptr;
            static_assert(sizeof theirs == sizeof symbol);
            std::memcpy(&theirs, &symbol, sizeof theirs);
            const bool same = theirs && theirs() == sqlite3_sourceid();
            dlclose(plugin);
            if (!same) {
                qCWarning(lcSql) << where.dli_fname << "holds its own SQLite - the import uses Qt SQL's queries";
                return false;
            }
        }
    }
#endif
    return true;
}

sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    if (!db.isValid() || db.driverName() != QLatin1String("QSQLITE"))
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    if (qEnvironmentVariable("BEAMLINE_SQLITE_NATIVE") == QLatin1String("0"))
        return nullptr;
    static const bool same = sameLibrary(db);
    if (!same)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

bool FastStatement::isNative(const QSqlDatabase &db)
{
    return nativeHandle(db) != nullptr;
}

FastStatement::FastStatement(const QSqlDatabase &db, const QString &sql)
    : m_sql(sql)
    , m_db(nativeHandle(db))
    , m_qtDb(db)
{
    if (!m_db) {
        m_fallback = std::make_unique<SqlQuery>(db, sql);
        static const QRegularExpression placeholder(QStringLiteral(":p(\\d+)"));
        for (auto it = placeholder.globalMatch(sql); it.hasNext();)
            m_fallbackParameters = qMax(m_fallbackParameters, it.next().captured(1).toInt() + 1);
        return;
    }
    const int rc = sqlite3_prepare16_v3(m_db, sql.utf16(), int(sql.size() * 2), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        fail(QStringLiteral("Could not prepare a statement"));
    const int count = sqlite3_bind_parameter_count(m_stmt);
    for (int i = 0; i < count; ++i)
        m_parameters.append(sqlite3_bind_parameter_index(m_stmt, QStringLiteral(":p%1").arg(i).toUtf8().constData()));
    m_utf8.resize(count);
}

FastStatement::~FastStatement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

void FastStatement::fail(const QString &what) const
{
    throw DatabaseError(what, m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString(), m_sql);
}

int FastStatement::parameter(int position) const
{
    const int index = position < m_parameters.size() ? m_parameters.at(position) : 0;
    if (index <= 0)
        fail(QStringLiteral("No placeholder :p%1").arg(position));
    return index;
}

FastStatement &FastStatement::bindNull(int position)
{
    if (m_fallback) {
        m_fallback->bind(position, QVariant(QMetaType::fromType<double>()));
        return *this;
    }
    sqlite3_bind_null(m_stmt, parameter(position));
    return *this;
}

FastStatement &FastStatement::bind(int position, qint64 value)
{
    if (m_fallback) {
        m_fallback->bind(position, value);
        return *this;
    }
    sqlite3_bind_int64(m_stmt, parameter(position), value);
    return *this;
}

FastStatement &FastStatement::bind(int position, double value)
{
    if (m_fallback) {
        m_fallback->bind(position, value);
        return *this;
    }
    sqlite3_bind_double(m_stmt, parameter(position), value);
    return *this;
}

FastStatement &FastStatement::bind(int position, const QString &value)
{
    if (m_fallback) {
        m_fallback->bind(position, value.isNull() ? QString(QLatin1String("")) : value);
        return *this;
    }
    bindText(parameter(position), value);
    return *this;
}

void FastStatement::bindText(int index, QStringView text)
{
    // SQLite keeps text as UTF-8: converted here, into a buffer that each parameter keeps from
    // one run to the next, SQLite neither converts nor allocates for every value bound. A null
    // string binds "" (never NULL).
    QByteArray &buffer = m_utf8[index - 1];
    buffer.resize(text.size() * 3);
    const char *end = m_encoder.appendToBuffer(buffer.data(), text);
    sqlite3_bind_text(m_stmt, index, buffer.constData(), int(end - buffer.constData()), SQLITE_STATIC);
}

FastStatement &FastStatement::bind(int position, const std::optional<double> &value)
{
    return value ? bind(position, *value) : bindNull(position);
}

FastStatement &FastStatement::bind(int position, const QVariant &value)
{
    if (value.isNull())
        return bindNull(position);
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool:
        return bind(position, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return bind(position, value.toDouble());
    default:
        return bind(position, value.toString());
    }
}

FastStatement &FastStatement::bindUnchanging(int position, const QVariant &value)
{
    if (m_fallback || value.metaType().id() != QMetaType::QString || value.isNull())
        return bind(position, value);
    bindText(parameter(position), *static_cast<const QString *>(value.constData()));
    return *this;
}

void FastStatement::clearBindings()
{
    if (m_stmt) {
        sqlite3_clear_bindings(m_stmt);
        return;
    }
    // A Qt query keeps its values from one run to the next: a value left unbound would
    // repeat the previous row's.
    for (int i = 0; i < m_fallbackParameters; ++i)
        bindNull(i);
}

void FastStatement::exec()
{
    if (m_fallback) {
        m_fallback->exec();
        m_changes = m_fallback->rowsAffected();
        // Qt's SQLite driver answers lastInsertId() only while the query is active, so it is
        // read before finish(). (PostgreSQL's asks the server for lastval(), which would cost a
        // round trip per statement: there it stays asked for when needed.)
        if (m_qtDb.driverName() == QLatin1String("QSQLITE"))
            m_fallbackInsertId = m_fallback->lastInsertId();
        m_fallback->finish();
        return;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        sqlite3_reset(m_stmt);
        fail(QStringLiteral("A database statement failed"));
    }
    m_changes = sqlite3_changes64(m_db);
    sqlite3_reset(m_stmt);
}

void FastStatement::query()
{
    if (m_fallback) {
        m_fallback->exec();
        return;
    }
    m_hasRow = false;
}

bool FastStatement::next()
{
    if (m_fallback)
        return m_fallback->next();
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return m_hasRow = true;
    m_hasRow = false;
    if (rc != SQLITE_DONE) {
        sqlite3_reset(m_stmt);
        fail(QStringLiteral("A database statement failed"));
    }
    return false;
}

void FastStatement::finish()
{
    if (m_fallback) {
        m_fallback->finish();
        return;
    }
    m_hasRow = false;
    sqlite3_reset(m_stmt);
}

bool FastStatement::isNull(int column) const
{
    if (m_fallback)
        return m_fallback->value(column).isNull();
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 FastStatement::integer(int column) const
{
    if (m_fallback)
        return m_fallback->integer(column);
    return sqlite3_column_int64(m_stmt, column);
}

double FastStatement::number(int column) const
{
    if (m_fallback)
        return m_fallback->value(column).toDouble();
    return sqlite3_column_double(m_stmt, column);
}

std::optional<double> FastStatement::optionalNumber(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return number(column);
}

QString FastStatement::text(int column) const
{
    if (m_fallback)
        return m_fallback->text(column);
    const void *data = sqlite3_column_text16(m_stmt, column);
    if (!data)
        return {};
    return QString::fromUtf16(static_cast<const char16_t *>(data), sqlite3_column_bytes16(m_stmt, column) / 2);
}

QVariant FastStatement::value(int column) const
{
    if (m_fallback)
        return m_fallback->value(column);
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_NULL: return {};
    case SQLITE_INTEGER: return QVariant(sqlite3_column_int64(m_stmt, column));
    case SQLITE_FLOAT: return QVariant(sqlite3_column_double(m_stmt, column));
    default: return QVariant(text(column));
    }
}

qint64 FastStatement::lastInsertId() const
{
    if (m_fallback)
        return m_qtDb.driverName() == QLatin1String("QSQLITE") ? m_fallbackInsertId : m_fallback->lastInsertId();
    return sqlite3_last_insert_rowid(m_db);
}

} // namespace Beamline
