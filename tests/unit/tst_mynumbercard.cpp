// The My Number card's four facts (issue 23), against a virtual card in this process: the PIN
// rules (tries shown, never retried by itself, locked after three), the facts and their
// signature's digest, another kind of card, a card taken away mid-way, and the TLV reader.
#include "../VirtualMyNumberCard.h"
#include "card/CardCheck.h"
#include "card/SecretPin.h"
#include "card/Tlv.h"

#include <QTest>

using namespace mdg;
using namespace mdg::card;

using InProcessChannel = test::VirtualCardChannel;

class TestMyNumberCard : public QObject
{
    Q_OBJECT
private slots:
    void readsTheFourFacts();
    void aWrongPinSaysTheTriesLeftAndIsNotRetried();
    void threeWrongPinsLockTheCard();
    void alteredFactsAreRefused();
    void anotherCardIsNamed();
    void aCardTakenAwayMidReadSaysSo();
    void aMalformedPinNeverReachesTheCard();
    void thePinIsWiped();
    void tlvLengthsAndMalformedInput();
    void theCardIsComparedWithTheEntry();
};

void TestMyNumberCard::readsTheFourFacts()
{
    test::VirtualMyNumberCard virtualCard;
    virtualCard.address
        = QStringLiteral("東京都世田谷区三軒茶屋四丁目24番3号") + QString(60, QChar(u'一')); // > 255 bytes
    InProcessChannel channel(virtualCard);
    MyNumberCard card(channel);
    QCOMPARE(card.triesLeft().value(), 3);
    const auto facts = card.read(SecretPin(QStringLiteral("1234")));
    QVERIFY2(facts, qPrintable(facts.error()));
    QCOMPARE(facts->name, virtualCard.name);
    QCOMPARE(facts->address, virtualCard.address);
    QCOMPARE(facts->birthDate, QDate(1985, 4, 12));
    QCOMPARE(facts->sex, std::optional(Sex::Male));
    QVERIFY(facts->signatureIntact);
    QCOMPARE(virtualCard.verifications, 1);
}

void TestMyNumberCard::aWrongPinSaysTheTriesLeftAndIsNotRetried()
{
    test::VirtualMyNumberCard virtualCard;
    InProcessChannel channel(virtualCard);
    MyNumberCard card(channel);
    const auto wrong = card.read(SecretPin(QStringLiteral("9999")));
    QCOMPARE(wrong.code(), ErrorCode::Credentials);
    QVERIFY2(wrong.error().contains(QLatin1Char('2')), qPrintable(wrong.error()));
    QCOMPARE(virtualCard.verifications, 1); // one try spent, not more
    QCOMPARE(card.triesLeft().value(), 2);
    // The right PIN next time restores the count.
    QVERIFY(card.read(SecretPin(QStringLiteral("1234"))));
    QCOMPARE(card.triesLeft().value(), 3);
}

void TestMyNumberCard::threeWrongPinsLockTheCard()
{
    test::VirtualMyNumberCard virtualCard;
    InProcessChannel channel(virtualCard);
    MyNumberCard card(channel);
    QCOMPARE(card.read(SecretPin(QStringLiteral("0000"))).code(), ErrorCode::Credentials);
    QCOMPARE(card.read(SecretPin(QStringLiteral("0001"))).code(), ErrorCode::Credentials);
    QCOMPARE(card.read(SecretPin(QStringLiteral("0002"))).code(), ErrorCode::Locked);
    QCOMPARE(card.triesLeft().value(), 0);
    // Locked: even the right PIN is not sent to the card any more.
    const int before = virtualCard.verifications;
    QCOMPARE(card.read(SecretPin(QStringLiteral("1234"))).code(), ErrorCode::Locked);
    QCOMPARE(virtualCard.verifications, before);
}

void TestMyNumberCard::alteredFactsAreRefused()
{
    test::VirtualMyNumberCard virtualCard;
    virtualCard.breakSignature = true;
    InProcessChannel channel(virtualCard);
    const auto facts = MyNumberCard(channel).read(SecretPin(QStringLiteral("1234")));
    QCOMPARE(facts.code(), ErrorCode::Rejected);
    // The structure alone: a signature without its RSA part is no signature.
    test::VirtualMyNumberCard intact;
    QByteArray cut = test::VirtualMyNumberCard::tlv("FF30",
        test::VirtualMyNumberCard::tlv("DF31", QByteArray(32, 'a'))
            + test::VirtualMyNumberCard::tlv("DF32", QByteArray(32, 'b')));
    QCOMPARE(MyNumberCard::parse(intact.attributes(), cut).code(), ErrorCode::Rejected);
    QVERIFY(MyNumberCard::parse(intact.attributes(), intact.signature()));
}

void TestMyNumberCard::anotherCardIsNamed()
{
    test::VirtualMyNumberCard residence;
    residence.residenceCard = true;
    InProcessChannel channel(residence);
    const auto tries = MyNumberCard(channel).triesLeft();
    QCOMPARE(tries.code(), ErrorCode::Unreadable);
    QVERIFY2(tries.error().contains(QStringLiteral("在留カード")), qPrintable(tries.error()));
}

void TestMyNumberCard::aCardTakenAwayMidReadSaysSo()
{
    test::VirtualMyNumberCard virtualCard;
    InProcessChannel channel(virtualCard);
    channel.gone = 7; // after the PIN, while the facts are read
    const auto facts = MyNumberCard(channel).read(SecretPin(QStringLiteral("1234")));
    QCOMPARE(facts.code(), ErrorCode::Unreadable);
    QVERIFY(facts.error().contains(QStringLiteral("taken out")));
}

void TestMyNumberCard::aMalformedPinNeverReachesTheCard()
{
    test::VirtualMyNumberCard virtualCard;
    InProcessChannel channel(virtualCard);
    for (const char* pin : {"123", "12345", "12a4", ""})
        QCOMPARE(MyNumberCard(channel).read(SecretPin(QString::fromLatin1(pin))).code(), ErrorCode::Invalid);
    QCOMPARE(virtualCard.commands, 0);
}

void TestMyNumberCard::thePinIsWiped()
{
    SecretPin pin(QStringLiteral("1234"));
    const char* storage = pin.bytes().constData();
    QVERIFY(pin.wellFormed());
    pin.wipe();
    QVERIFY(pin.bytes().isEmpty());
    Q_UNUSED(storage);
    QString typed = QStringLiteral("5678");
    const QChar* chars = typed.constData();
    card::wipe(typed);
    QVERIFY(typed.isEmpty());
    Q_UNUSED(chars);
}

void TestMyNumberCard::tlvLengthsAndMalformedInput()
{
    const QByteArray longValue(300, 'x');
    const QByteArray element = test::VirtualMyNumberCard::tlv("DF23", longValue);
    const auto t = readTlv(element);
    QVERIFY(t);
    QCOMPARE(t->tag, 0xDF23u);
    QCOMPARE(t->value.size(), 300);
    QCOMPARE(elementSize(element.left(6)).value(), element.size());
    QVERIFY(!readTlv(element.left(100))); // cut short
    QVERIFY(!readTlv(QByteArray::fromHex("DF")));
    QVERIFY(!readTlv(QByteArray::fromHex("DF2284FFFFFFFF"))); // a four-byte length
    QVERIFY(!readTlvs(QByteArray::fromHex("DF2201")));
    QVERIFY(readTlvs(QByteArray()).value().isEmpty());
}

void TestMyNumberCard::theCardIsComparedWithTheEntry()
{
    Household h;
    h.previousAddress = QStringLiteral("神奈川県横浜市港北区日吉本町一丁目2番3号");
    h.members = {Person {{}, QStringLiteral("山田　太郎"), QStringLiteral("ヤマダ　タロウ"), QDate(1985, 4, 12),
                     Sex::Male, QStringLiteral("世帯主"), {}, {}},
        Person {{}, QStringLiteral("山田　花子"), QStringLiteral("ヤマダ　ハナコ"), QDate(1987, 9, 3), Sex::Female,
            QStringLiteral("妻"), {}, {}}};
    // The wife's card, its address written with other numerals, her name with a variant space.
    BasicFacts wife {QStringLiteral("山田 花子"), QStringLiteral("神奈川県横浜市港北区日吉本町1丁目2-3"),
        QDate(1987, 9, 3), Sex::Female, true};
    const QList<Finding> agree = compareWithEntry(wife, h);
    QStringList fields;
    for (const Finding& f : agree) {
        fields << f.field;
        QVERIFY2(!f.differs(), qPrintable(f.field + QLatin1Char(' ') + f.reason()));
    }
    fields.sort();
    QCOMPARE(fields,
        (QStringList {QStringLiteral("members[1].birth_date"), QStringLiteral("members[1].name"),
            QStringLiteral("members[1].sex"), QStringLiteral("previous_address")}));
    // The same card against an entry with her birthday mistyped: her member no longer pairs
    // by name and date, so the difference shows.
    h.members[1].birthDate = QDate(1987, 9, 4);
    bool differs = false;
    for (const Finding& f : compareWithEntry(wife, h))
        differs = differs || f.differs();
    QVERIFY(differs);
}

QTEST_GUILESS_MAIN(TestMyNumberCard)
#include "tst_mynumbercard.moc"
