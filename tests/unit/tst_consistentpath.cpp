#include "workflow/ConsistentPath.h"

#include <QTest>

using namespace mdg;
using namespace mdg::consistent_path;

// When a case may go to the review queue without the clerk, and what stops it.
class TestConsistentPath : public QObject
{
    Q_OBJECT
private slots:
    void everythingAgreeingGoesOn();
    void anOpenFindingStopsAtItsField();
    void aSettledFindingNoLongerStops();
    void anAdvisoryIsShownButDoesNotStop();
    void anUnsureReadingStops();
    void anUnsureReadingThatAgreesIsCorroborated();
    void onlyEntryMovesOnAndAMoveInNeedsItsCertificate();
    void aLateMoveInStops();

private:
    const QDate today {2026, 4, 3};
    const QDate moved {2026, 3, 28};
    static CaseFinding finding(const QString& field, Verdict v, bool advisory = false)
    {
        Finding f;
        f.field = field;
        f.certificateKey = field;
        f.verdict = v;
        f.advisory = advisory;
        return CaseFinding {f, std::nullopt};
    }
    static TransferOutCertificate readWith(double confidence)
    {
        TransferOutCertificate c;
        for (const char* key : {"members[0].name", "members[0].birth_date", "previous_address"})
            c.fields << TransferOutCertificate::Field {QString::fromLatin1(key), QStringLiteral("x"), confidence, {}};
        return c;
    }
    QList<CaseFinding> agreeing() const
    {
        return {finding(QStringLiteral("members[0].name"), Verdict::Match),
            finding(QStringLiteral("members[0].birth_date"), Verdict::Equivalent),
            finding(QStringLiteral("previous_address"), Verdict::Match)};
    }
};

void TestConsistentPath::everythingAgreeingGoesOn()
{
    const auto cert = readWith(0.95);
    const Judgement j = judge(Stage::Entry, Procedure::MovingIn, moved, &cert, agreeing(), 0.8, today);
    QVERIFY(j.consistent());
    QCOMPARE(j.agreeing, 3);
    QVERIFY(j.firstField.isEmpty());
}

void TestConsistentPath::anOpenFindingStopsAtItsField()
{
    const auto cert = readWith(0.95);
    auto findings = agreeing();
    findings[1] = finding(QStringLiteral("members[0].birth_date"), Verdict::Mismatch);
    findings << finding(QStringLiteral("members[1].name"), Verdict::Missing);
    const Judgement j = judge(Stage::Entry, Procedure::MovingIn, moved, &cert, findings, 0.8, today);
    QCOMPARE(j.stops, (QList<Stop> {Stop::Mismatch, Stop::Missing}));
    QCOMPARE(j.firstField, QStringLiteral("members[0].birth_date"));
    QCOMPARE(j.agreeing, 2);
}

void TestConsistentPath::aSettledFindingNoLongerStops()
{
    const auto cert = readWith(0.95);
    auto findings = agreeing();
    findings[2] = finding(QStringLiteral("previous_address"), Verdict::Mismatch);
    findings[2].resolution = Resolution {};
    QVERIFY(judge(Stage::Entry, Procedure::MovingIn, moved, &cert, findings, 0.8, today).consistent());
}

void TestConsistentPath::anAdvisoryIsShownButDoesNotStop()
{
    const auto cert = readWith(0.95);
    auto findings = agreeing();
    findings << finding(QStringLiteral("members[0].name_kana"), Verdict::Mismatch, true);
    const Judgement j = judge(Stage::Entry, Procedure::MovingIn, moved, &cert, findings, 0.8, today);
    QVERIFY(j.consistent());
    QCOMPARE(j.advisories, 1);
}

void TestConsistentPath::anUnsureReadingStops()
{
    // A reading (フリガナ) that differs holds nothing back, unless the reader was unsure of it:
    // then a misreading is as likely as a record to update, and the clerk looks.
    TransferOutCertificate cert = readWith(0.95);
    cert.fields << TransferOutCertificate::Field {QStringLiteral("members[0].name_kana"), QStringLiteral("x"), 0.5, {}};
    auto findings = agreeing();
    findings << finding(QStringLiteral("members[0].name_kana"), Verdict::Mismatch, true);
    const Judgement j = judge(Stage::Entry, Procedure::MovingIn, moved, &cert, findings, 0.8, today);
    QCOMPARE(j.stops, QList<Stop> {Stop::Unsure});
    QCOMPARE(j.firstField, QStringLiteral("members[0].name_kana"));
    QCOMPARE(j.forTheClerk, 1);
    cert.fields.last().confidence = 0.9;
    QVERIFY(judge(Stage::Entry, Procedure::MovingIn, moved, &cert, findings, 0.8, today).consistent());
}

void TestConsistentPath::anUnsureReadingThatAgreesIsCorroborated()
{
    auto cert = readWith(0.95);
    cert.fields[2].confidence = 0.5; // the address was hard to read, and says what was entered
    const Judgement j = judge(Stage::Entry, Procedure::MovingIn, moved, &cert, agreeing(), 0.8, today);
    QVERIFY(j.consistent());
    QCOMPARE(j.corroborated, 1);
    QCOMPARE(j.agreeing, 3);
}

void TestConsistentPath::onlyEntryMovesOnAndAMoveInNeedsItsCertificate()
{
    const auto cert = readWith(0.95);
    QCOMPARE(judge(Stage::Reception, Procedure::MovingIn, moved, &cert, agreeing(), 0.8, today).stops,
        QList<Stop> {Stop::NotInEntry});
    QCOMPARE(judge(Stage::Entry, Procedure::MovingIn, moved, nullptr, {}, 0.8, today).stops,
        QList<Stop> {Stop::NoCertificate});
    // A 転居 involves no certificate: the records connector's household stands instead, and
    // without that check it does not go on.
    QCOMPARE(judge(Stage::Entry, Procedure::IntraCityMove, moved, nullptr, {}, 0.8, today).stops,
        QList<Stop> {Stop::NoRecordsCheck});
    QVERIFY(judge(Stage::Entry, Procedure::IntraCityMove, moved, &cert, agreeing(), 0.8, today).consistent());
}

void TestConsistentPath::aLateMoveInStops()
{
    const auto cert = readWith(0.95);
    QVERIFY(judge(Stage::Entry, Procedure::MovingIn, today.addDays(-14), &cert, agreeing(), 0.8, today).consistent());
    QCOMPARE(judge(Stage::Entry, Procedure::MovingIn, today.addDays(-15), &cert, agreeing(), 0.8, today).stops,
        QList<Stop> {Stop::LateForMoveIn});
    // A move-out is reported before or after the move: no such limit here.
    QVERIFY(judge(Stage::Entry, Procedure::MovingOut, today.addDays(-30), &cert, agreeing(), 0.8, today).consistent());
}

QTEST_GUILESS_MAIN(TestConsistentPath)
#include "tst_consistentpath.moc"
