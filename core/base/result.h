// Result<T>: the return type of every core function that can fail.
//
// Contract: nothing throws across the core API. A function either returns a
// value or an Error carrying a code (for programs) and a message (for people;
// it names the file and what is wrong, and is shown to the user as is).
#pragma once

#include <QString>

#include <cassert>
#include <optional>
#include <utility>
#include <variant>

namespace hires {

enum class ErrorCode {
    InvalidArgument,   // a wrong option or parameter
    NotFound,          // a file or model that does not exist
    PermissionDenied,  // the OS refused to read or write
    IoError,           // reading or writing failed (includes a full disk)
    UnsupportedFormat, // a file type we do not read or write
    CorruptData,       // a file of a known type that is damaged or malicious
    TooLarge,          // over a configured limit (pixels, header size, memory)
    OutOfMemory,       // an allocation failed
    Cancelled,         // the user cancelled
    Unsupported,       // a valid request this build or device cannot do
    Internal,          // a bug: an exception caught at a boundary
};

QString errorCodeName(ErrorCode code);

struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;

    // "Context: message", for adding the file or stage a low-level error came from.
    Error withContext(const QString& context) const
    {
        return {code, context.isEmpty() ? message : context + QStringLiteral(": ") + message};
    }
};

template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_state(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() &
    {
        assert(ok());
        return std::get<0>(m_state);
    }
    const T& value() const&
    {
        assert(ok());
        return std::get<0>(m_state);
    }
    T&& value() &&
    {
        assert(ok());
        return std::get<0>(std::move(m_state));
    }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const
    {
        assert(!ok());
        return std::get<1>(m_state);
    }

private:
    std::variant<T, Error> m_state;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const
    {
        assert(!ok());
        return *m_error;
    }

private:
    std::optional<Error> m_error;
};

inline Error makeError(ErrorCode code, QString message)
{
    return Error{code, std::move(message)};
}

} // namespace hires
