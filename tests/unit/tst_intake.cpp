#include "../PreEntryFixtures.h"
#include "intake/Base45.h"
#include "intake/PreEntryCodec.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <zlib.h>

using namespace mdg;
using R = PreEntryCodec::Rejection;

class TestIntake : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void base45Rfc9285Vectors();
    void base45RejectsBadInput();
    void roundTripWithJapaneseText();
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

void TestIntake::roundTripWithJapaneseText()
{
    const PreEntry p = test::familyOfFour(m_now);
    const QString text = PreEntryCodec::encode(p, "web-2026", m_key);
    QVERIFY(text.startsWith(QStringLiteral("MDG1:")));
    const auto d = PreEntryCodec::decode(text + QStringLiteral("\r\n"), m_ring, m_now);
    QVERIFY2(d, qPrintable(d.detail));
    QCOMPARE(d.kid, QByteArray("web-2026"));
    QCOMPARE(*d.preEntry, p);
    QCOMPARE(d.preEntry->members.at(0).name, QStringLiteral("髙橋　健太郎"));
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
    QCOMPARE(rejectionOf(QStringLiteral("MDG2:") + text.mid(5)), R::WrongPrefix);
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
    QCOMPARE(rejectionOf(PreEntryCodec::encode(p, "web-2026", m_key)), R::UnsupportedVersion);
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
    for (int r = int(R::WrongPrefix); r <= int(R::MalformedPayload); ++r) {
        QVERIFY(!PreEntryCodec::rejectionMessage(R(r)).isEmpty());
        keys.insert(PreEntryCodec::rejectionKey(R(r)));
    }
    QCOMPARE(keys.size(), int(R::MalformedPayload) + 1); // each reason its own key
}

QTEST_GUILESS_MAIN(TestIntake)
#include "tst_intake.moc"
