#include "PasswordHasher.h"

#include <QByteArray>
#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace mdg {

namespace {
constexpr int SaltBytes = 16;
constexpr int KeyBytes = 32;
const QString Scheme = QStringLiteral("pbkdf2-sha256");

QByteArray derive(const QString& password, const QByteArray& salt, int iterations)
{
    const QByteArray pw = password.toUtf8();
    QByteArray key(KeyBytes, Qt::Uninitialized);
    const int ok
        = PKCS5_PBKDF2_HMAC(pw.constData(), int(pw.size()), reinterpret_cast<const unsigned char*>(salt.constData()),
            int(salt.size()), iterations, EVP_sha256(), KeyBytes, reinterpret_cast<unsigned char*>(key.data()));
    return ok == 1 ? key : QByteArray();
}

struct Parsed
{
    int iterations = 0;
    QByteArray salt;
    QByteArray key;
};

bool parse(const QString& stored, Parsed& out)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts[0] != Scheme)
        return false;
    bool ok = false;
    out.iterations = parts[1].toInt(&ok);
    if (!ok || out.iterations < 1)
        return false;
    out.salt = QByteArray::fromBase64(parts[2].toLatin1());
    out.key = QByteArray::fromBase64(parts[3].toLatin1());
    return out.salt.size() >= SaltBytes && out.key.size() == KeyBytes;
}
} // namespace

QString PasswordHasher::hash(const QString& password, int iterations)
{
    QByteArray salt(SaltBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(salt.data()), SaltBytes) != 1)
        return {};
    const QByteArray key = derive(password, salt, iterations);
    if (key.isEmpty())
        return {};
    return QStringLiteral("%1$%2$%3$%4")
        .arg(Scheme)
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(key.toBase64()));
}

bool PasswordHasher::verify(const QString& password, const QString& stored)
{
    Parsed p;
    if (!parse(stored, p))
        return false;
    const QByteArray key = derive(password, p.salt, p.iterations);
    return key.size() == p.key.size() && CRYPTO_memcmp(key.constData(), p.key.constData(), size_t(key.size())) == 0;
}

bool PasswordHasher::needsRehash(const QString& stored)
{
    Parsed p;
    return !parse(stored, p) || p.iterations < DefaultIterations;
}

} // namespace mdg
