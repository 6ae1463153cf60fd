#pragma once

#include <QString>
#include <optional>
#include <utility>

namespace mdg {

// Why something failed, for code to act on; the message says it to the person at the
// counter. Tests assert these, not the sentences.
enum class ErrorCode {
    Unspecified,
    NotAllowed, // this staff member, role or stage may not (CasePolicy, the stage machine)
    NotFound, // the case, finding, conflict or submission is not there (any more)
    Stale, // changed elsewhere since it was read: read again
    Invalid, // what was entered does not fit (no member, no reason, a date that is none)
    Taken, // another staff member or workstation holds it
    Credentials, // wrong login or password
    Locked, // too many failed sign-ins for now
    Rejected, // a code or file that is not a valid pre-entry (forged, expired, damaged)
    Unreadable, // a photo or page the reader cannot use
    Store, // the local store could not read or write; nothing changed
    Unreachable, // the central store or the records system did not answer
};

QString errorCodeKey(ErrorCode code); // "not_allowed", … for logs and the command line

// A failure of any result type, for code that answers one from many places:
// `return Failure {ErrorCode::NotFound, tr("…")};`
struct Failure
{
    ErrorCode code = ErrorCode::Unspecified;
    QString message;
};

// A value, or a code and a message for the person at the counter.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    { } // NOLINT: implicit on purpose
    Result(Failure f)
        : m_code(f.code)
        , m_error(std::move(f.message))
    { } // NOLINT: implicit on purpose
    static Result failure(ErrorCode code, QString message)
    {
        Result r;
        r.m_code = code;
        r.m_error = std::move(message);
        return r;
    }
    static Result failure(QString message) { return failure(ErrorCode::Unspecified, std::move(message)); }
    // Another result's failure, passed on with its code.
    template <typename U> static Result failure(const Result<U>& other) { return failure(other.code(), other.error()); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    // By value on a temporary, so `for (x : f().value())` does not dangle.
    T value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    ErrorCode code() const { return m_code; }
    const QString& error() const { return m_error; }

private:
    Result() = default;
    std::optional<T> m_value;
    ErrorCode m_code = ErrorCode::Unspecified;
    QString m_error;
};

// Done, or a code and a message: for steps that give nothing back (open a store, apply migrations).
template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Failure f)
        : m_ok(false)
        , m_code(f.code)
        , m_error(std::move(f.message))
    { } // NOLINT: implicit on purpose
    static Result failure(ErrorCode code, QString message)
    {
        Result r;
        r.m_ok = false;
        r.m_code = code;
        r.m_error = std::move(message);
        return r;
    }
    template <typename U> static Result failure(const Result<U>& other) { return failure(other.code(), other.error()); }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return ok(); }
    ErrorCode code() const { return m_code; }
    const QString& error() const { return m_error; }

private:
    bool m_ok = true;
    ErrorCode m_code = ErrorCode::Unspecified;
    QString m_error;
};

} // namespace mdg
