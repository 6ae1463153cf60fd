#include "SecretPin.h"

#include <openssl/crypto.h>

namespace mdg::card {

SecretPin::SecretPin(const QString& digits)
    : m_bytes(digits.toLatin1())
{ }

SecretPin::~SecretPin()
{
    wipe();
}

SecretPin::SecretPin(SecretPin&& other) noexcept
    : m_bytes(std::move(other.m_bytes))
{ }

bool SecretPin::wellFormed() const
{
    if (m_bytes.size() != 4)
        return false;
    for (char c : m_bytes)
        if (c < '0' || c > '9')
            return false;
    return true;
}

void SecretPin::wipe()
{
    // data() detaches first: only this copy's storage is written.
    if (!m_bytes.isEmpty())
        OPENSSL_cleanse(m_bytes.data(), size_t(m_bytes.size()));
    m_bytes.clear();
}

void wipe(QString& text)
{
    if (!text.isEmpty())
        OPENSSL_cleanse(text.data(), size_t(text.size()) * sizeof(QChar));
    text.clear();
}

} // namespace mdg::card
