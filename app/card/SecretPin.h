#pragma once

#include <QByteArray>
#include <QString>

namespace mdg::card {

// The resident's PIN for as long as one reading needs it: never copied, never printed, and
// overwritten when it goes (OPENSSL_cleanse, which the compiler may not drop as dead stores).
class SecretPin
{
public:
    explicit SecretPin(const QString& digits);
    ~SecretPin();
    SecretPin(SecretPin&& other) noexcept;
    SecretPin& operator=(SecretPin&&) = delete;
    SecretPin(const SecretPin&) = delete;
    SecretPin& operator=(const SecretPin&) = delete;

    // Four ASCII digits, as the card's text-input application takes it.
    bool wellFormed() const;
    const QByteArray& bytes() const { return m_bytes; }
    void wipe();

private:
    QByteArray m_bytes;
};

// Overwrites a string the PIN passed through (a line edit's text) before it is released.
void wipe(QString& text);

} // namespace mdg::card
