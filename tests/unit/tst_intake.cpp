#include "../PreEntryFixtures.h"
#include "intake/Base45.h"
#include "intake/Deflate.h"
#include "intake/PreEntryCodec.h"
#include "intake/PreEntryV2.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <zlib.h>

using namespace mdg;
Q_DECLARE_METATYPE(mdg::PreEntryCodec::Format)
using R = PreEntryCodec::Rejection;

class TestIntake : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void base45Rfc9285Vectors();
    void base45RejectsBadInput();
    void roundTripWithJapaneseText_data();
    void roundTripWithJapaneseText();
    void compactPayloadFollowsTheContract();
    void addressesTravelAsMunicipalityCodes();
    void otherDictionaryIsItsOwnRejection();
    void compactPayloadRejections();
    void jsonRoundTripMatchesContract();
    void flippedPayloadByteIsBadSignature();
    void flippedSignatureByteIsBadSignature();
    void unknownKid();
    void expired();
    void truncatedCode();
    void wrongPrefix();
    void oversizeText();
    void zipBombIsTooLarge();
    void unsupportedVersion();
    void notCoseIsMalformed();
    void invalidBase45Character();
    void inboxFormVerifies();
    void everyRejectionHasAMessage();

private:
    QDateTime m_now;
    Ed25519Key m_key = Ed25519Key::generate();
    KeyRing m_ring;
    QByteArray cose(const PreEntry& p) { return PreEntryCodec::sign(p, "web-2026", m_key); }
    QString qrOf(const QByteArray& bytes)
    {
        uLongf len = compressBound(uLong(bytes.size()));
        QByteArray z(int(len), Qt::Uninitialized);
        compress2(reinterpret_cast<Bytef*>(z.data()), &len, reinterpret_cast<const Bytef*>(bytes.constData()),
            uLong(bytes.size()), 9);
        z.resize(int(len));
        return QStringLiteral("MDG1:") + Base45::encode(z);
    }
    R rejectionOf(const QString& text)
    {
        const auto d = PreEntryCodec::decode(text, m_ring, m_now);
        if (d)
            qWarning("unexpectedly accepted");
        return d ? R(-1) : d.rejection;
    }
};

void TestIntake::initTestCase()
{
    m_now = QDateTime::fromString(QStringLiteral("2026-03-30T00:30:00Z"), Qt::ISODate);
    m_ring.add("web-2026", *Ed25519Key::fromPem(m_key.publicPem()));
}

void TestIntake::base45Rfc9285Vectors()
{
    QCOMPARE(Base45::encode("AB"), QStringLiteral("BB8"));
    QCOMPARE(Base45::encode("Hello!!"), QStringLiteral("%69 VD92EX0"));
    QCOMPARE(Base45::encode("base-45"), QStringLiteral("UJCLQE7W581"));
    QCOMPARE(Base45::decode(u"QED8WEX0").value_or("x"), QByteArray("ietf!"));
    QCOMPARE(Base45::decode(u"%69 VD92EX0").value_or("x"), QByteArray("Hello!!"));
    QByteArray all;
    for (int i = 0; i < 256; ++i)
        all += char(i);
    QCOMPARE(Base45::decode(Base45::encode(all)).value_or("x"), all);
}

void TestIntake::base45RejectsBadInput()
{
    QVERIFY(!Base45::decode(u"GGW")); // 65536 does not fit two bytes
    QVERIFY(!Base45::decode(u"BB")); // fine: one byte
    QVERIFY(Base45::decode(u"BB8"));
    QVERIFY(!Base45::decode(u"BB8A")); // a single dangling character
    QVERIFY(!Base45::decode(u"bb8")); // lower case is not in the alphabet
}

void TestIntake::roundTripWithJapaneseText_data()
{
    QTest::addColumn<PreEntryCodec::Format>("format");
    QTest::addColumn<QString>("prefix");
    QTest::newRow("v1") << PreEntryCodec::Format::V1 << QStringLiteral("MDG1:");
    QTest::newRow("v2") << PreEntryCodec::Format::V2 << QStringLiteral("MDG2:");
}

void TestIntake::roundTripWithJapaneseText()
{
    QFETCH(PreEntryCodec::Format, format);
    QFETCH(QString, prefix);
    for (const PreEntry& p : {test::familyOfFour(m_now), test::householdOfEight(m_now)}) {
        const QString text = PreEntryCodec::encode(p, "web-2026", m_key, format);
        QVERIFY(text.startsWith(prefix));
        const auto d = PreEntryCodec::decode(text + QStringLiteral("\r\n"), m_ring, m_now);
        QVERIFY2(d, qPrintable(d.detail));
        QCOMPARE(d.kid, QByteArray("web-2026"));
        // The same pre-entry, and the same JSON on the command line, whatever the version.
        QCOMPARE(*d.preEntry, p);
        QCOMPARE(d.preEntry->toJson(), p.toJson());
        QCOMPARE(d.preEntry->members.at(0).name, QStringLiteral("髙橋　健太郎"));
    }
}

void TestIntake::compactPayloadFollowsTheContract()
{
    const PreEntry p = test::familyOfFour(m_now);
    const QCborMap m = preentry_v2::toCompact(p);
    QCOMPARE(m.value(1).toInteger(), 2);
    QCOMPARE(m.value(2).toByteArray(), p.id.toRfc4122());
    QCOMPARE(m.value(6).toInteger(), 1); // moving_in
    QCOMPARE(m.value(7).toMap().value(3).toInteger(), 19840615);
    QCOMPARE(m.value(8).toMap().value(5).toInteger(), 0); // the head is member 0
    const QCborMap wife = m.value(9).toArray().at(1).toMap();
    QCOMPARE(wife.value(4).toInteger(), 2); // ISO 5218: female
    QCOMPARE(wife.value(5).toString(), QStringLiteral("妻"));
    QCOMPARE(wife.value(7).toInteger(), 23456789012);
    QCOMPARE(m.value(10).toArray().at(1).toArray().at(0).toInteger(), 2); // seal_registration
    QVERIFY(!m.contains(12)); // absent optional keys are omitted, never null
    for (auto it = m.cbegin(); it != m.cend(); ++it)
        QVERIFY(it.key().isInteger() && !it.value().isNull());
    // Leading zeros of a resident code survive the integer.
    PreEntry zero = p;
    zero.members[0].residentCode = QStringLiteral("01234567890");
    QCOMPARE(
        preentry_v2::fromCompact(preentry_v2::toCompact(zero))->members[0].residentCode, QStringLiteral("01234567890"));
}

void TestIntake::addressesTravelAsMunicipalityCodes()
{
    PreEntry p = test::familyOfFour(m_now);
    const QCborArray newAddress = preentry_v2::toCompact(p).value(8).toMap().value(3).toArray();
    QCOMPARE(newAddress.at(0).toInteger(), 141330); // 川崎市中原区 with its check digit
    QCOMPARE(
        newAddress.at(1).toString(), QStringLiteral("小杉町三丁目５番地の１　武蔵小杉タワーレジデンス２４０５号室"));
    // Written without the prefecture, it comes back with it: the code names it.
    p.move.newAddress = QStringLiteral("川崎市中原区小杉町三丁目５番地の１");
    QCOMPARE(preentry_v2::fromCompact(preentry_v2::toCompact(p))->move.newAddress,
        QStringLiteral("神奈川県川崎市中原区小杉町三丁目５番地の１"));
    // An address no municipality starts (abroad, or a name two cities share) travels whole.
    p.move.previousAddress = QStringLiteral("府中市宮西町二丁目");
    p.move.destinationAddress = QStringLiteral("Ho Chi Minh City, Viet Nam");
    const QCborMap move = preentry_v2::toCompact(p).value(8).toMap();
    QCOMPARE(move.value(2).toArray().at(0).toInteger(), 0);
    const auto back = preentry_v2::fromCompact(preentry_v2::toCompact(p));
    QCOMPARE(back->move.previousAddress, p.move.previousAddress);
    QCOMPARE(back->move.destinationAddress, p.move.destinationAddress);
    // A county the municipality list cannot give back: the address travels as written.
    p.move.previousAddress = QStringLiteral("神奈川県愛甲郡愛川町中津１番地");
    QCOMPARE(preentry_v2::toCompact(p).value(8).toMap().value(2).toArray().at(0).toInteger(), 0);
    QCOMPARE(preentry_v2::fromCompact(preentry_v2::toCompact(p))->move.previousAddress, p.move.previousAddress);
}

void TestIntake::otherDictionaryIsItsOwnRejection()
{
    const QByteArray signedBytes
        = PreEntryCodec::sign(test::familyOfFour(m_now), "web-2026", m_key, PreEntryCodec::Format::V2);
    QByteArray other = PreEntryCodec::dictionary();
    QVERIFY(other.size() > 1000);
    other[100] = char(other[100] ^ 0x20); // one byte changed: a new version of the dictionary
    const QString text = QStringLiteral("MDG2:") + Base45::encode(zlib::deflate(signedBytes, other));
    QCOMPARE(rejectionOf(text), R::OtherDictionary);
    // The counter's own dictionary opens it.
    QVERIFY(PreEntryCodec::decode(
        QStringLiteral("MDG2:") + Base45::encode(zlib::deflate(signedBytes, PreEntryCodec::dictionary())), m_ring,
        m_now));
}

void TestIntake::compactPayloadRejections()
{
    const auto signedV2 = [&](const QCborMap& payload) {
        const QByteArray header = QCborMap {{1, -8}, {4, QByteArray("web-2026")}}.toCborValue().toCbor();
        const QByteArray body = payload.toCborValue().toCbor();
        const QByteArray sig
            = m_key.sign(QCborArray {QStringLiteral("Signature1"), header, QByteArray(), body}.toCborValue().toCbor());
        const QByteArray sign1 = QCborValue(QCborKnownTags(18), QCborArray {header, QCborMap(), body, sig}).toCbor();
        return QStringLiteral("MDG2:") + Base45::encode(zlib::deflate(sign1, PreEntryCodec::dictionary()));
    };
    const QCborMap good = preentry_v2::toCompact(test::familyOfFour(m_now));
    QVERIFY(PreEntryCodec::decode(signedV2(good), m_ring, m_now));
    QCborMap v3 = good;
    v3.insert(1, 3);
    QCOMPARE(rejectionOf(signedV2(v3)), R::UnsupportedVersion);
    QCborMap noId = good;
    noId.remove(2);
    QCOMPARE(rejectionOf(signedV2(noId)), R::MalformedPayload);
    QCborMap badDate = good;
    QCborArray members = badDate.value(9).toArray();
    QCborMap first = members.at(0).toMap();
    first.insert(3, 19840231); // 31 February
    members[0] = first;
    badDate.insert(9, members);
    QCOMPARE(rejectionOf(signedV2(badDate)), R::MalformedPayload);
    QCborMap unknownPlace = good;
    QCborMap move = unknownPlace.value(8).toMap();
    move.insert(3, QCborArray {999999, QStringLiteral("x")});
    unknownPlace.insert(8, move);
    QCOMPARE(rejectionOf(signedV2(unknownPlace)), R::MalformedPayload);
    QCborMap expired = good;
    expired.insert(5, m_now.toSecsSinceEpoch() - 1);
    QCOMPARE(rejectionOf(signedV2(expired)), R::Expired);
}

void TestIntake::jsonRoundTripMatchesContract()
{
    const PreEntry p = test::familyOfFour(m_now);
    const QJsonObject j = p.toJson();
    for (const char* key :
        {"v", "id", "ref", "iat", "exp", "procedure", "applicant", "move", "members", "certificates", "answers"})
        QVERIFY2(j.contains(QLatin1String(key)), key);
    QCOMPARE(j.value(QStringLiteral("members")).toArray().at(1).toObject().value(QStringLiteral("sex")).toString(),
        QStringLiteral("female"));
    QCOMPARE(j.value(QStringLiteral("move")).toObject().value(QStringLiteral("date")).toString(),
        QStringLiteral("2026-03-28"));
    const auto back = PreEntry::fromJson(j);
    QVERIFY2(back, qPrintable(back.error()));
    QCOMPARE(back.value(), p);
    QJsonObject bad = j;
    bad.insert(QStringLiteral("procedure"), QStringLiteral("moving_sideways"));
    const auto refused = PreEntry::fromJson(bad);
    QVERIFY(!refused);
    QCOMPARE(refused.code(), ErrorCode::Invalid);
    QVERIFY(refused.error().contains(QStringLiteral("procedure")));
}

void TestIntake::flippedPayloadByteIsBadSignature()
{
    QByteArray bytes = cose(test::familyOfFour(m_now));
    const qsizetype at = bytes.indexOf(QStringLiteral("健太郎").toUtf8());
    QVERIFY(at > 0);
    bytes[at + 1] = char(bytes[at + 1] ^ 0x01);
    QCOMPARE(rejectionOf(qrOf(bytes)), R::BadSignature);
}

void TestIntake::flippedSignatureByteIsBadSignature()
{
    QByteArray bytes = cose(test::familyOfFour(m_now));
    bytes[bytes.size() - 5] = char(bytes[bytes.size() - 5] ^ 0x80); // inside the 64-byte signature at the end
    QCOMPARE(rejectionOf(qrOf(bytes)), R::BadSignature);
}

void TestIntake::unknownKid()
{
    const QString text = PreEntryCodec::encode(test::familyOfFour(m_now), "someone-else", m_key);
    QCOMPARE(rejectionOf(text), R::UnknownKid);
    // The right kid with another key is a bad signature, not an unknown kid.
    const QString forged = PreEntryCodec::encode(test::familyOfFour(m_now), "web-2026", Ed25519Key::generate());
    QCOMPARE(rejectionOf(forged), R::BadSignature);
}

void TestIntake::expired()
{
    PreEntry p = test::familyOfFour(m_now);
    p.expiresAt = m_now.addSecs(-1);
    QCOMPARE(rejectionOf(PreEntryCodec::encode(p, "web-2026", m_key)), R::Expired);
}

void TestIntake::truncatedCode()
{
    const QString text = PreEntryCodec::encode(test::familyOfFour(m_now), "web-2026", m_key);
    // Cut at a Base45 group boundary, so the Base45 itself is well formed.
    const qsizetype body = text.size() - 5;
    const QString cut = text.left(5 + (body / 2 / 3) * 3);
    QCOMPARE(rejectionOf(cut), R::BadCompression);
    // One character short: either a dangling Base45 character or a short zlib stream,
    // depending on where the last group ends; never accepted, never another reason.
    const R oneShort = rejectionOf(text.left(text.size() - 1));
    QVERIFY(oneShort == R::BadBase45 || oneShort == R::BadCompression);
}

void TestIntake::wrongPrefix()
{
    const QString text = PreEntryCodec::encode(test::familyOfFour(m_now), "web-2026", m_key);
    // Each prefix carries its own payload: a version 1 body behind MDG2: is refused.
    const QString v1 = PreEntryCodec::encode(test::familyOfFour(m_now), "web-2026", m_key, PreEntryCodec::Format::V1);
    QCOMPARE(rejectionOf(QStringLiteral("MDG2:") + v1.mid(5)), R::WrongPrefix);
    QCOMPARE(rejectionOf(QStringLiteral("MDG3:") + text.mid(5)), R::WrongPrefix);
    QCOMPARE(rejectionOf(QStringLiteral("https://example.invalid/")), R::WrongPrefix);
    QCOMPARE(rejectionOf(QString()), R::WrongPrefix);
}

void TestIntake::oversizeText()
{
    QCOMPARE(rejectionOf(QStringLiteral("MDG1:") + QString(9000, QLatin1Char('A'))), R::TooLarge);
}

void TestIntake::zipBombIsTooLarge()
{
    QCOMPARE(rejectionOf(qrOf(QByteArray(PreEntryCodec::MaxPayloadBytes + 10, '\0'))), R::TooLarge);
}

void TestIntake::unsupportedVersion()
{
    PreEntry p = test::familyOfFour(m_now);
    p.version = 2;
    QCOMPARE(
        rejectionOf(PreEntryCodec::encode(p, "web-2026", m_key, PreEntryCodec::Format::V1)), R::UnsupportedVersion);
}

void TestIntake::notCoseIsMalformed()
{
    QCOMPARE(rejectionOf(qrOf(QCborValue(42).toCbor())), R::MalformedCose);
    QCOMPARE(rejectionOf(qrOf(QByteArray("\xff\xfe garbage"))), R::MalformedCose);
    // An EdDSA header but a different algorithm number.
    const QByteArray header = QCborMap {{1, -7}, {4, QByteArray("web-2026")}}.toCborValue().toCbor();
    const QByteArray sign1
        = QCborArray {header, QCborMap(), QByteArray("x"), QByteArray(64, 'x')}.toCborValue().toCbor();
    QCOMPARE(rejectionOf(qrOf(sign1)), R::MalformedCose);
}

void TestIntake::invalidBase45Character()
{
    QCOMPARE(rejectionOf(QStringLiteral("MDG1:ab#")), R::BadBase45);
}

void TestIntake::inboxFormVerifies()
{
    const PreEntry p = test::familyOfFour(m_now);
    const auto d = PreEntryCodec::verify(cose(p), m_ring, m_now);
    QVERIFY(d);
    QCOMPARE(*d.preEntry, p);
}

void TestIntake::everyRejectionHasAMessage()
{
    QSet<QString> keys;
    for (int r = int(R::WrongPrefix); r <= int(R::OtherDictionary); ++r) {
        QVERIFY(!PreEntryCodec::rejectionMessage(R(r)).isEmpty());
        keys.insert(PreEntryCodec::rejectionKey(R(r)));
    }
    QCOMPARE(keys.size(), int(R::OtherDictionary) + 1); // each reason its own key
}

QTEST_GUILESS_MAIN(TestIntake)
#include "tst_intake.moc"
