#include "PreEntryCodec.h"

#include "Base45.h"
#include "Deflate.h"
#include "PreEntryV2.h"

#include <QFile>

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QJsonObject>

namespace mdg {

namespace {
constexpr int CoseSign1Tag = 18;
constexpr int HeaderAlg = 1;
constexpr int HeaderKid = 4;
constexpr int AlgEdDSA = -8;

QByteArray sigStructure(const QByteArray& protectedHeader, const QByteArray& payload)
{
    return QCborArray {QStringLiteral("Signature1"), protectedHeader, QByteArray(), payload}.toCborValue().toCbor();
}

PreEntryCodec::Decoded reject(PreEntryCodec::Rejection r, const QString& detail, const QByteArray& kid = {})
{
    PreEntryCodec::Decoded d;
    d.rejection = r;
    d.detail = detail;
    d.kid = kid;
    return d;
}
} // namespace

const QByteArray& PreEntryCodec::dictionary()
{
    static const QByteArray bytes = [] {
        QFile f(QStringLiteral(":/intake/preentry-v2.dict"));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    return bytes;
}

QByteArray PreEntryCodec::sign(const PreEntry& p, const QByteArray& kid, const Ed25519Key& privateKey, Format format)
{
    const QByteArray protectedHeader = QCborMap {{HeaderAlg, AlgEdDSA}, {HeaderKid, kid}}.toCborValue().toCbor();
    const QByteArray payload = format == Format::V2 ? preentry_v2::toCompact(p).toCborValue().toCbor()
                                                    : QCborValue::fromJsonValue(p.toJson()).toCbor();
    const QByteArray signature = privateKey.sign(sigStructure(protectedHeader, payload));
    if (signature.isEmpty())
        return {};
    const QCborArray sign1 {protectedHeader, QCborMap(), payload, signature};
    return QCborValue(QCborKnownTags(CoseSign1Tag), sign1).toCbor();
}

QString PreEntryCodec::encode(const PreEntry& p, const QByteArray& kid, const Ed25519Key& privateKey, Format format)
{
    const QByteArray cose = sign(p, kid, privateKey, format);
    if (cose.isEmpty() || (format == Format::V2 && dictionary().isEmpty()))
        return {};
    if (format == Format::V1)
        return QLatin1String(Prefix) + Base45::encode(zlib::deflate(cose));
    return QLatin1String(PrefixV2) + Base45::encode(zlib::deflate(cose, dictionary()));
}

PreEntryCodec::Decoded PreEntryCodec::decode(const QString& text, const KeyRing& keys, const QDateTime& nowUtc)
{
    // Scanners and phones add line ends; nothing else is forgiven.
    const QString t = text.trimmed();
    const bool v2 = t.startsWith(QLatin1String(PrefixV2));
    if (!v2 && !t.startsWith(QLatin1String(Prefix)))
        return reject(Rejection::WrongPrefix, QStringLiteral("the text does not start with MDG1: or MDG2:"));
    if (t.size() > MaxTextLength)
        return reject(Rejection::TooLarge, QStringLiteral("%1 characters").arg(t.size()));
    const auto compressed = Base45::decode(QStringView(t).mid(qsizetype(qstrlen(Prefix))));
    if (!compressed)
        return reject(Rejection::BadBase45, QStringLiteral("not Base45"));
    QByteArray cose;
    switch (zlib::inflate(*compressed, MaxPayloadBytes, v2 ? dictionary() : QByteArray(), cose)) {
    case zlib::Inflated::Ok: break;
    case zlib::Inflated::TooLarge:
        return reject(Rejection::TooLarge, QStringLiteral("more than %1 bytes inflated").arg(MaxPayloadBytes));
    case zlib::Inflated::Corrupt:
        return reject(Rejection::BadCompression, QStringLiteral("not a complete zlib stream"));
    case zlib::Inflated::OtherDictionary:
        return reject(Rejection::OtherDictionary, QStringLiteral("compressed against another preset dictionary"));
    }
    auto d = verify(cose, keys, nowUtc);
    // A version 1 payload behind MDG2: (or the reverse) is no code the web service issues.
    if (d && d.compact != v2)
        return reject(Rejection::WrongPrefix,
            QStringLiteral("a version %1 payload behind %2").arg(d.compact ? 2 : 1).arg(t.left(5)), d.kid);
    return d;
}

PreEntryCodec::Decoded PreEntryCodec::verify(const QByteArray& coseSign1, const KeyRing& keys, const QDateTime& nowUtc)
{
    if (coseSign1.size() > MaxPayloadBytes)
        return reject(Rejection::TooLarge, QStringLiteral("%1 bytes").arg(coseSign1.size()));
    QCborParserError perr;
    QCborValue top = QCborValue::fromCbor(coseSign1, &perr);
    if (perr.error != QCborError::NoError)
        return reject(Rejection::MalformedCose, perr.errorString());
    if (top.isTag()) {
        if (top.tag() != QCborTag(CoseSign1Tag))
            return reject(Rejection::MalformedCose, QStringLiteral("unexpected CBOR tag"));
        top = top.taggedValue();
    }
    const QCborArray arr = top.toArray();
    if (!top.isArray() || arr.size() != 4 || !arr[0].isByteArray() || !arr[1].isMap() || !arr[2].isByteArray()
        || !arr[3].isByteArray())
        return reject(Rejection::MalformedCose, QStringLiteral("not a COSE_Sign1 array"));
    const QByteArray protectedHeader = arr[0].toByteArray();
    const QByteArray payload = arr[2].toByteArray();
    const QByteArray signature = arr[3].toByteArray();
    const QCborValue header = QCborValue::fromCbor(protectedHeader, &perr);
    if (perr.error != QCborError::NoError || !header.isMap())
        return reject(Rejection::MalformedCose, QStringLiteral("protected header is not a map"));
    const QCborMap h = header.toMap();
    if (h.value(HeaderAlg).toInteger() != AlgEdDSA)
        return reject(Rejection::MalformedCose, QStringLiteral("algorithm is not EdDSA"));
    const QByteArray kid = h.value(HeaderKid).toByteArray();
    const auto key = keys.find(kid);
    if (!key)
        return reject(Rejection::UnknownKid, QStringLiteral("kid %1").arg(QString::fromUtf8(kid.toHex())), kid);
    if (!key->verify(sigStructure(protectedHeader, payload), signature))
        return reject(Rejection::BadSignature, QStringLiteral("Ed25519 verification failed"), kid);

    // Signed by a key we trust: from here on the content is the service's own.
    const QCborValue body = QCborValue::fromCbor(payload, &perr);
    if (perr.error != QCborError::NoError || !body.isMap())
        return reject(Rejection::MalformedPayload, QStringLiteral("payload is not a CBOR map"), kid);
    const QCborMap map = body.toMap();
    // Version 1 names its fields ("v": 1), version 2 numbers them (1: 2).
    const bool compact = map.contains(1);
    const qint64 version = compact ? map.value(1).toInteger(0) : map.value(QStringLiteral("v")).toInteger(0);
    if (version != (compact ? 2 : PreEntry::CurrentVersion))
        return reject(Rejection::UnsupportedVersion, QStringLiteral("version %1").arg(version), kid);
    auto p = compact ? preentry_v2::fromCompact(map) : PreEntry::fromJson(body.toJsonValue().toObject());
    if (!p)
        return reject(Rejection::MalformedPayload, p.error(), kid);
    if (p->expiresAt <= nowUtc)
        return reject(Rejection::Expired, QStringLiteral("expired at %1").arg(p->expiresAt.toString(Qt::ISODate)), kid);
    Decoded d;
    d.preEntry = std::move(p).value();
    d.kid = kid;
    d.compact = compact;
    return d;
}

QString PreEntryCodec::rejectionKey(Rejection r)
{
    switch (r) {
    case Rejection::WrongPrefix: return QStringLiteral("wrong_prefix");
    case Rejection::BadBase45: return QStringLiteral("bad_base45");
    case Rejection::BadCompression: return QStringLiteral("bad_compression");
    case Rejection::MalformedCose: return QStringLiteral("malformed_cose");
    case Rejection::UnknownKid: return QStringLiteral("unknown_kid");
    case Rejection::BadSignature: return QStringLiteral("bad_signature");
    case Rejection::Expired: return QStringLiteral("expired");
    case Rejection::UnsupportedVersion: return QStringLiteral("unsupported_version");
    case Rejection::TooLarge: return QStringLiteral("too_large");
    case Rejection::MalformedPayload: return QStringLiteral("malformed_payload");
    case Rejection::OtherDictionary: return QStringLiteral("other_dictionary");
    }
    return {};
}

QString PreEntryCodec::rejectionMessage(Rejection r)
{
    switch (r) {
    case Rejection::WrongPrefix:
        return tr("This is not a Madoguchi pre-entry code. Ask the resident for the code from the pre-entry site.");
    case Rejection::BadBase45: return tr("The code was read incompletely. Scan it again, holding it flat and still.");
    case Rejection::BadCompression:
        return tr("The code is damaged (its data is incomplete). Scan it again or use the printed copy.");
    case Rejection::MalformedCose:
        return tr("The code is damaged (its signature block is unreadable). Nothing was opened.");
    case Rejection::UnknownKid:
        return tr(
            "The code was signed with a key this counter does not know. Nothing was opened; call the administrator.");
    case Rejection::BadSignature:
        return tr("The code's signature does not match: it may have been altered. Nothing was opened.");
    case Rejection::Expired:
        return tr("The pre-entry has expired. Ask the resident to enter it again, or open a walk-in case.");
    case Rejection::UnsupportedVersion:
        return tr("The code is from a newer pre-entry version than this counter supports. Call the administrator.");
    case Rejection::TooLarge: return tr("The code holds more data than a pre-entry may. Nothing was opened.");
    case Rejection::MalformedPayload:
        return tr("The pre-entry in the code is incomplete. Open a walk-in case instead.");
    case Rejection::OtherDictionary:
        return tr("The code was made for a different version of the counter software. Nothing was opened; call the "
                  "administrator.");
    }
    return {};
}

} // namespace mdg
