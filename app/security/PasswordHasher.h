#pragma once

#include <QString>

namespace mdg {

// PBKDF2-HMAC-SHA256 through OpenSSL. The stored form is self-describing,
// "pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>", so the iteration count can
// rise later without invalidating existing accounts (needsRehash tells when).
class PasswordHasher
{
public:
    static constexpr int DefaultIterations = 600'000;

    static QString hash(const QString& password, int iterations = DefaultIterations);
    // Constant-time comparison of the derived key; false for any malformed stored form.
    static bool verify(const QString& password, const QString& stored);
    static bool needsRehash(const QString& stored);
};

} // namespace mdg
