#pragma once

#include <QString>
#include <optional>
#include <utility>

namespace mdg {

// A value or a message for the person at the counter.
template <typename T> class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    { } // NOLINT: implicit on purpose
    static Result failure(QString message)
    {
        Result r;
        r.m_error = std::move(message);
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    // By value on a temporary, so `for (x : f().value())` does not dangle.
    T value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    const QString& error() const { return m_error; }

private:
    Result() = default;
    std::optional<T> m_value;
    QString m_error;
};

} // namespace mdg
