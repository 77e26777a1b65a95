// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/db/databaseerror.h>

#include <QString>

#include <exception>
#include <functional>
#include <optional>
#include <type_traits>
#include <utility>

namespace Beamline {

class WriteScope;
class Writer;
struct WriteResult;

// Why a service call gave no value: what to tell the user, and the database's own words.
struct ServiceError {
    QString message; // translated, for the user
    QString detail; // the engine's words (may be empty)
    bool busy = false; // the workspace was locked by another program or editor
    bool conflict = false; // another editor changed the row since it was read

    static ServiceError from(const DatabaseError &error);
    static ServiceError from(const WriteResult &result);
    // "message: detail", or the message alone.
    QString text() const;
};

// The services' one error convention: a value, or the error that stopped it (never an
// exception). Result<void> is a success or an error.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value) // NOLINT(google-explicit-constructor): a value is a success
        : m_value(std::move(value))
    {
    }
    Result(ServiceError error) // NOLINT(google-explicit-constructor)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    // The value; only when ok().
    const T &value() const & { return *m_value; }
    T value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    // The value, or `fallback` on an error.
    T valueOr(T fallback) const & { return m_value ? *m_value : std::move(fallback); }
    T valueOr(T fallback) && { return m_value ? std::move(*m_value) : std::move(fallback); }
    // The error; empty on success.
    const ServiceError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    ServiceError m_error;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(ServiceError error) // NOLINT(google-explicit-constructor)
        : m_ok(false)
        , m_error(std::move(error))
    {
    }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const ServiceError &error() const { return m_error; }

private:
    bool m_ok = true;
    ServiceError m_error;
};

namespace Services {

ServiceError unexpectedError(const char *what);

// Runs `work` in one write of `writer` (see Writer::run) and returns its error, if any, as a
// value; without a writer (a read-only use) the write is refused.
Result<void> write(Writer *writer, const std::function<void(WriteScope &)> &work);

// Runs `read` and returns its value, or the DatabaseError it threw (any other exception:
// a generic error) as a value: the net every service call passes through.
template<typename F> auto attempt(F &&read) -> Result<std::invoke_result_t<F>>
{
    using T = std::invoke_result_t<F>;
    try {
        if constexpr (std::is_void_v<T>) {
            read();
            return Result<void>();
        } else {
            return Result<T>(read());
        }
    } catch (const DatabaseError &error) {
        return ServiceError::from(error);
    } catch (const std::exception &error) {
        return unexpectedError(error.what());
    }
}

} // namespace Services

} // namespace Beamline
