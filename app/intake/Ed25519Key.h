#pragma once

#include <QByteArray>
#include <memory>
#include <optional>

typedef struct evp_pkey_st EVP_PKEY;

namespace mdg {

// An Ed25519 key through OpenSSL's EVP interface: a private key signs (only the
// command-line encoder and tests hold one), a public key verifies.
class Ed25519Key
{
public:
    static Ed25519Key generate();
    static std::optional<Ed25519Key> fromPem(const QByteArray& pem); // private or public

    bool hasPrivate() const { return m_private; }
    QByteArray privatePem() const; // empty for a public key
    QByteArray publicPem() const;

    QByteArray sign(const QByteArray& message) const; // empty on failure
    bool verify(const QByteArray& message, const QByteArray& signature) const;

private:
    struct Free
    {
        void operator()(EVP_PKEY* k) const;
    };
    Ed25519Key(EVP_PKEY* key, bool isPrivate)
        : m_key(key, Free {})
        , m_private(isPrivate)
    { }
    std::shared_ptr<EVP_PKEY> m_key;
    bool m_private = false;
};

} // namespace mdg
