#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace lingong {

// What went wrong, for a person: `message` is already translated into the UI language and may be
// shown as it is. `field` names the input at fault when there is one (e.g. "phone"), so a form can
// mark it. `code` is a stable machine word ("invalid", "not_found", "conflict", "database", ...).
struct Error
{
    QString code;
    QString message;
    QString field;
    // For refusals that point into the person's text (e.g. a discriminatory phrase), the phrase.
    QString detail;
};

// The house result type: a value or an Error, never an exception across a module boundary.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    // Precondition: ok().
    const T& value() const& { return std::get<0>(m_data); }
    T& value() & { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    const T* operator->() const { return &std::get<0>(m_data); }
    const T& operator*() const& { return value(); }

    // Precondition: !ok().
    const Error& error() const { return std::get<1>(m_data); }

    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

inline Error makeError(QString code, QString message, QString field = {}, QString detail = {})
{
    return Error{std::move(code), std::move(message), std::move(field), std::move(detail)};
}

} // namespace lingong
