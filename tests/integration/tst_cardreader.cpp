// The My Number card through a real PC/SC stack (issue 23): pcscd with vsmartcard's virtual
// reader (vpcd), and a virtual card process (tools/virtual_card.cpp) inserted and pulled out by
// the test. pcscd is used when it runs; otherwise this test starts it (as root, as in CI) and
// stops it again. Without pcscd or the vpcd driver the test fails, never skips.
#include "card/MyNumberCard.h"
#include "card/PcscReader.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace mdg;
using namespace mdg::card;

namespace {

bool virtualReaderListed()
{
    const auto names = PcscReader::readers();
    return names && std::any_of(names->cbegin(), names->cend(), [](const QString& n) {
        return n.startsWith(QLatin1String("Virtual PCD"));
    });
}

QString virtualReader()
{
    const auto names = PcscReader::readers();
    for (const QString& n : names.value())
        if (n.startsWith(QLatin1String("Virtual PCD")))
            return n; // the first slot, port 35963
    return {};
}

} // namespace

class TestCardReader : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void readsTheFourFactsThroughTheReader();
    void wrongPinsCountDownThenLock();
    void alteredFactsAreRefused();
    void aResidenceCardIsNamed();
    void aCardPulledOutMidReadSaysSo();
    void noCardInTheReaderSaysSo();

private:
    bool insert(const QStringList& args = {});
    void pullOut(int waitMs = 10000); // (with an argument: not taken for a test function)
    QProcess m_pcscd;
    QProcess m_card;
    QString m_reader;
};

void TestCardReader::initTestCase()
{
    if (!virtualReaderListed()) {
        const QString pcscd = QStandardPaths::findExecutable(
            QStringLiteral("pcscd"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
        if (pcscd.isEmpty())
            qFatal("pcscd is not installed (installer/dev.sh installs pcscd and vsmartcard-vpcd)");
        m_pcscd.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_pcscd.start(pcscd, {QStringLiteral("--foreground")});
        if (!m_pcscd.waitForStarted(5000))
            qFatal("pcscd cannot be started here: %s", qPrintable(m_pcscd.errorString()));
        if (!QTest::qWaitFor(virtualReaderListed, 15000))
            qFatal("pcscd runs without vsmartcard's virtual reader (install vsmartcard-vpcd)");
    }
    m_reader = virtualReader();
    QVERIFY(!m_reader.isEmpty());
}

void TestCardReader::cleanupTestCase()
{
    pullOut();
    if (m_pcscd.state() != QProcess::NotRunning) {
        m_pcscd.terminate();
        if (!m_pcscd.waitForFinished(5000))
            m_pcscd.kill();
    }
}

void TestCardReader::cleanup()
{
    pullOut();
}

bool TestCardReader::insert(const QStringList& args)
{
    m_card.start(QStringLiteral(MADOGUCHI_VIRTUAL_CARD), args);
    if (!m_card.waitForStarted(5000) || !m_card.waitForReadyRead(5000))
        return false;
    // pcscd polls vpcd: the card shows once the reader has seen it.
    return QTest::qWaitFor([this] { return bool(PcscReader::connect(m_reader)); }, 10000);
}

void TestCardReader::pullOut(int waitMs)
{
    if (m_card.state() == QProcess::NotRunning)
        return;
    m_card.kill();
    m_card.waitForFinished(5000);
    (void)QTest::qWaitFor([this] { return !PcscReader::connect(m_reader); }, waitMs);
}

void TestCardReader::readsTheFourFactsThroughTheReader()
{
    QVERIFY(insert());
    auto channel = PcscReader::connect(m_reader);
    QVERIFY2(channel, qPrintable(channel.error()));
    MyNumberCard card(*channel.value());
    QCOMPARE(card.triesLeft().value(), 3);
    const auto facts = card.read(SecretPin(QStringLiteral("1234")));
    QVERIFY2(facts, qPrintable(facts.error()));
    QCOMPARE(facts->name, QStringLiteral("山田　太郎"));
    QCOMPARE(facts->birthDate, QDate(1985, 4, 12));
    QVERIFY(facts->signatureIntact);
}

void TestCardReader::wrongPinsCountDownThenLock()
{
    QVERIFY(insert());
    auto channel = PcscReader::connect(m_reader);
    QVERIFY2(channel, qPrintable(channel.error()));
    MyNumberCard card(*channel.value());
    QCOMPARE(card.read(SecretPin(QStringLiteral("0000"))).code(), ErrorCode::Credentials);
    QCOMPARE(card.triesLeft().value(), 2);
    QCOMPARE(card.read(SecretPin(QStringLiteral("0001"))).code(), ErrorCode::Credentials);
    QCOMPARE(card.read(SecretPin(QStringLiteral("0002"))).code(), ErrorCode::Locked);
    QCOMPARE(card.read(SecretPin(QStringLiteral("1234"))).code(), ErrorCode::Locked);
}

void TestCardReader::alteredFactsAreRefused()
{
    QVERIFY(insert({QStringLiteral("--break-signature")}));
    auto channel = PcscReader::connect(m_reader);
    QVERIFY2(channel, qPrintable(channel.error()));
    QCOMPARE(MyNumberCard(*channel.value()).read(SecretPin(QStringLiteral("1234"))).code(), ErrorCode::Rejected);
}

void TestCardReader::aResidenceCardIsNamed()
{
    QVERIFY(insert({QStringLiteral("--residence-card")}));
    auto channel = PcscReader::connect(m_reader);
    QVERIFY2(channel, qPrintable(channel.error()));
    const auto tries = MyNumberCard(*channel.value()).triesLeft();
    QCOMPARE(tries.code(), ErrorCode::Unreadable);
    QVERIFY(tries.error().contains(QStringLiteral("在留カード")));
}

void TestCardReader::aCardPulledOutMidReadSaysSo()
{
    QVERIFY(insert({QStringLiteral("--vanish-after"), QStringLiteral("6")}));
    auto channel = PcscReader::connect(m_reader);
    QVERIFY2(channel, qPrintable(channel.error()));
    const auto facts = MyNumberCard(*channel.value()).read(SecretPin(QStringLiteral("1234")));
    QCOMPARE(facts.code(), ErrorCode::Unreadable);
    QVERIFY2(facts.error().contains(QStringLiteral("taken out")) || facts.error().contains(QStringLiteral("unplugged"))
            || facts.error().contains(QStringLiteral("does not answer")),
        qPrintable(facts.error()));
}

void TestCardReader::noCardInTheReaderSaysSo()
{
    const auto none = PcscReader::connect(m_reader);
    QCOMPARE(none.code(), ErrorCode::Unreadable);
    QVERIFY2(none.error().contains(QStringLiteral("No card")), qPrintable(none.error()));
}

QTEST_GUILESS_MAIN(TestCardReader)
#include "tst_cardreader.moc"
