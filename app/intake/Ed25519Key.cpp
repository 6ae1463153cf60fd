#include "Ed25519Key.h"

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace mdg {

namespace {
struct BioFree
{
    void operator()(BIO* b) const { BIO_free(b); }
};
using BioPtr = std::unique_ptr<BIO, BioFree>;

struct MdCtxFree
{
    void operator()(EVP_MD_CTX* c) const { EVP_MD_CTX_free(c); }
};
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;

QByteArray readBio(BIO* bio)
{
    char* data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(len));
}
} // namespace

void Ed25519Key::Free::operator()(EVP_PKEY* k) const
{
    EVP_PKEY_free(k);
}

Ed25519Key Ed25519Key::generate()
{
    EVP_PKEY* key = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    return Ed25519Key(key, true);
}

std::optional<Ed25519Key> Ed25519Key::fromPem(const QByteArray& pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    if (EVP_PKEY* key = PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr)) {
        if (EVP_PKEY_get_id(key) == EVP_PKEY_ED25519)
            return Ed25519Key(key, true);
        EVP_PKEY_free(key);
        return std::nullopt;
    }
    bio.reset(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    if (EVP_PKEY* key = PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr)) {
        if (EVP_PKEY_get_id(key) == EVP_PKEY_ED25519)
            return Ed25519Key(key, false);
        EVP_PKEY_free(key);
    }
    return std::nullopt;
}

QByteArray Ed25519Key::privatePem() const
{
    if (!m_private)
        return {};
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PrivateKey(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    return readBio(bio.get());
}

QByteArray Ed25519Key::publicPem() const
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PUBKEY(bio.get(), m_key.get()) != 1)
        return {};
    return readBio(bio.get());
}

QByteArray Ed25519Key::sign(const QByteArray& message) const
{
    if (!m_private)
        return {};
    MdCtxPtr ctx(EVP_MD_CTX_new());
    size_t len = 64;
    QByteArray sig(int(len), Qt::Uninitialized);
    if (EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, m_key.get()) != 1
        || EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(sig.data()), &len,
               reinterpret_cast<const unsigned char*>(message.constData()), size_t(message.size()))
            != 1)
        return {};
    sig.resize(int(len));
    return sig;
}

bool Ed25519Key::verify(const QByteArray& message, const QByteArray& signature) const
{
    MdCtxPtr ctx(EVP_MD_CTX_new());
    return EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, m_key.get()) == 1
        && EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char*>(signature.constData()),
               size_t(signature.size()), reinterpret_cast<const unsigned char*>(message.constData()),
               size_t(message.size()))
        == 1;
}

} // namespace mdg
