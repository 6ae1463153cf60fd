#pragma once

#include "KeyRing.h"
#include "domain/PreEntry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <optional>

namespace mdg {

// The pre-entry QR of CONTRACTS.md sections 1 and 1b:
//   "MDG1:" + Base45( zlib( COSE_Sign1{ protected {1: -8, 4: kid}, payload CBOR, Ed25519 } ) )
//   "MDG2:" the same with the compact payload (PreEntryV2.h) and zlib's preset dictionary
//           resources/intake/preentry-v2.dict
// Both are read; the web service issues version 2.
class PreEntryCodec
{
    Q_DECLARE_TR_FUNCTIONS(mdg::PreEntryCodec)

public:
    enum class Format { V1, V2 };
    static constexpr auto Prefix = "MDG1:";
    static constexpr auto PrefixV2 = "MDG2:";
    static constexpr qsizetype MaxTextLength = 8000; // beyond any QR code's capacity
    static constexpr qsizetype MaxPayloadBytes = 64 * 1024; // inflated; stops zip bombs

    enum class Rejection {
        WrongPrefix,
        BadBase45,
        BadCompression,
        MalformedCose,
        UnknownKid,
        BadSignature,
        Expired,
        UnsupportedVersion,
        TooLarge,
        MalformedPayload,
        OtherDictionary, // a version 2 code compressed against a dictionary this counter lacks
    };

    struct Decoded
    {
        std::optional<PreEntry> preEntry;
        Rejection rejection = Rejection::MalformedPayload;
        QString detail; // technical detail for logs and the command line, no personal data
        QByteArray kid;
        bool compact = false; // the payload was version 2's
        explicit operator bool() const { return preEntry.has_value(); }
    };

    static QString encode(
        const PreEntry& p, const QByteArray& kid, const Ed25519Key& privateKey, Format format = Format::V2);
    static Decoded decode(const QString& text, const KeyRing& keys, const QDateTime& nowUtc);

    // The signed COSE_Sign1 bytes without Base45 and compression: the form of the
    // inbox files delivered over the closed network (either payload).
    static QByteArray sign(
        const PreEntry& p, const QByteArray& kid, const Ed25519Key& privateKey, Format format = Format::V1);
    static Decoded verify(const QByteArray& coseSign1, const KeyRing& keys, const QDateTime& nowUtc);

    // The preset dictionary of version 2, as built in; empty when the build lacks it.
    static const QByteArray& dictionary();

    static QString rejectionKey(Rejection r); // "wrong_prefix", ...
    static QString rejectionMessage(Rejection r); // for the clerk, translated
};

} // namespace mdg
