// 特例転入 (issue 23): a moving-in without a certificate is compared with the transfer-out
// information the records system holds, by the same comparison and with the same findings;
// the law's two time limits are checked on the clock's day and explained when passed.
#include "../TestSupport.h"
#include "connectors/LocalRegister.h"
#include "connectors/RestConnector.h"
#include "domain/Clock.h"
#include "workflow/CaseService.h"
#include "workflow/TransferOutCheck.h"

#include <QJsonDocument>
#include <QTest>

using namespace mdg;

class TestTransferOut : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void informationThatAgreesGoesOn();
    void aDifferenceStopsOnItsField();
    void theTimeLimitsAreExplained();
    void limitsAtTheirBoundaries();
    void noInformationOrNoMovingInSayWhy();
    void theRecordsSystemAnswersOverRest();

private:
    // What Yokohama sent for the Yamadas: planned to leave on 25 March, for Kawasaki.
    static TransferOutCertificate fromYokohama()
    {
        TransferOutCertificate c;
        c.issuer = QStringLiteral("横浜市港北区長");
        c.previousAddress = QStringLiteral("神奈川県横浜市港北区日吉本町一丁目2番3号");
        c.destinationAddress = QStringLiteral("神奈川県川崎市中原区小杉町三丁目5番1号");
        c.plannedMoveDate = QDate(2026, 3, 25);
        c.householdHead = QStringLiteral("山田　太郎");
        c.members = {{QStringLiteral("山田　太郎"), QStringLiteral("ヤマダ　タロウ"), QDate(1985, 4, 12), Sex::Male,
                         QStringLiteral("世帯主"), QStringLiteral("12345678901")},
            {QStringLiteral("山田　花子"), QStringLiteral("ヤマダ　ハナコ"), QDate(1987, 9, 3), Sex::Female,
                QStringLiteral("妻"), QStringLiteral("23456789012")}};
        return c;
    }
    Case entryCase(const Household& h)
    {
        Case c = m_cases->create(m_clerk, Procedure::MovingIn, h).value();
        return m_cases->changeStage(m_clerk, c.id, c.version, Stage::Entry).value();
    }

    std::unique_ptr<test::TempStore> m_store;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<CaseService> m_cases;
    std::unique_ptr<LocalRegister> m_register;
    Actor m_clerk;
};

void TestTransferOut::init()
{
    m_store = std::make_unique<test::TempStore>();
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 3, 30), QTime(10, 0)).toUTC());
    m_cases = std::make_unique<CaseService>(*m_store->db, *m_clock);
    m_clerk = test::makeActor(*m_store->db, QStringLiteral("clerk"), {Role::Clerk});
    m_register = std::make_unique<LocalRegister>(m_store->dir.filePath(QStringLiteral("register.sqlite")));
    QVERIFY_OK(m_register->open());
}

void TestTransferOut::cleanup()
{
    m_register.reset();
    m_cases.reset();
    m_store.reset();
}

void TestTransferOut::informationThatAgreesGoesOn()
{
    QVERIFY(m_register->addTransferOutInformation(fromYokohama()));
    Case c = entryCase(test::twoMembers());
    QCOMPARE(m_cases->consistency(c.id, 0.8)->judgement.stops, QList {consistent_path::Stop::NoCertificate});
    const auto checked = TransferOutCheck::run(*m_cases, m_clerk, c.id, *m_register, *m_clock);
    QVERIFY2(checked, qPrintable(checked.error()));
    const auto state = m_cases->crossCheck(m_clerk, c.id).value();
    QVERIFY(state.certificate);
    QCOMPARE(state.certificate->certificate.source, TransferOutCertificate::Source::RegistryNetwork);
    QVERIFY(state.certificate->imageJpeg.isEmpty());
    QStringList fields;
    for (const CaseFinding& f : state.findings) {
        fields << f.finding.field;
        QVERIFY2(!f.finding.differs(), qPrintable(f.finding.field));
    }
    QVERIFY(fields.contains(QStringLiteral("previous_address")));
    QVERIFY(fields.contains(QStringLiteral("members[1].birth_date")));
    const auto moved = m_cases->sendToReviewByItself(m_clerk, c.id, checked->version, 0.8);
    QVERIFY2(moved, qPrintable(moved.error()));
    QCOMPARE(moved->stage, Stage::Review);
}

void TestTransferOut::aDifferenceStopsOnItsField()
{
    TransferOutCertificate information = fromYokohama();
    information.members[1].birthDate = QDate(1987, 9, 4);
    QVERIFY(m_register->addTransferOutInformation(information));
    Case c = entryCase(test::twoMembers());
    const auto checked = TransferOutCheck::run(*m_cases, m_clerk, c.id, *m_register, *m_clock);
    QVERIFY2(checked, qPrintable(checked.error()));
    const auto judged = m_cases->consistency(c.id, 0.8).value();
    QCOMPARE(judged.judgement.stops, QList {consistent_path::Stop::Mismatch});
    QCOMPARE(judged.judgement.firstField, QStringLiteral("members[1].birth_date"));
}

void TestTransferOut::theTimeLimitsAreExplained()
{
    QVERIFY(m_register->addTransferOutInformation(fromYokohama()));
    Household late = test::twoMembers(); // moved in on 28 March
    Case c = entryCase(late);
    m_clock->advanceSecs(13 * 86400); // 12 April: 15 days after moving in
    const auto refused = TransferOutCheck::run(*m_cases, m_clerk, c.id, *m_register, *m_clock);
    QCOMPARE(refused.code(), ErrorCode::NotAllowed);
    QVERIFY2(refused.error().contains(QStringLiteral("14")), qPrintable(refused.error()));
    QVERIFY(!m_cases->crossCheck(m_clerk, c.id)->certificate); // nothing attached

    // Moved in recently, but planned to leave Yokohama long before.
    TransferOutCertificate early = fromYokohama();
    early.plannedMoveDate = QDate(2026, 3, 1);
    early.members[0].residentCode = QStringLiteral("34567890123");
    QVERIFY(m_register->addTransferOutInformation(early));
    Household recent = test::twoMembers();
    recent.moveDate = QDate(2026, 4, 5);
    recent.members[0].residentCode = QStringLiteral("34567890123");
    c = entryCase(recent);
    const auto tooLong = TransferOutCheck::run(*m_cases, m_clerk, c.id, *m_register, *m_clock);
    QCOMPARE(tooLong.code(), ErrorCode::NotAllowed);
    QVERIFY2(tooLong.error().contains(QStringLiteral("30")), qPrintable(tooLong.error()));
}

void TestTransferOut::limitsAtTheirBoundaries()
{
    const QDate moved(2026, 3, 28), planned(2026, 3, 25);
    QVERIFY(!TransferOutCheck::limitPassed(moved, planned, moved.addDays(14)));
    QVERIFY(TransferOutCheck::limitPassed(moved, planned, moved.addDays(15)));
    QVERIFY(!TransferOutCheck::limitPassed(QDate(2026, 4, 20), planned, planned.addDays(30)));
    QVERIFY(TransferOutCheck::limitPassed(QDate(2026, 4, 20), planned, planned.addDays(31)));
    QVERIFY(!TransferOutCheck::limitPassed(QDate(), QDate(), QDate(2030, 1, 1))); // unknown dates count for nothing
}

void TestTransferOut::noInformationOrNoMovingInSayWhy()
{
    Case c = entryCase(test::twoMembers());
    const auto none = TransferOutCheck::run(*m_cases, m_clerk, c.id, *m_register, *m_clock);
    QCOMPARE(none.code(), ErrorCode::NotFound);
    QVERIFY(none.error().contains(QStringLiteral("山田　太郎")));

    QVERIFY(m_register->addTransferOutInformation(fromYokohama()));
    Case move = m_cases->create(m_clerk, Procedure::IntraCityMove, test::twoMembers()).value();
    QCOMPARE(TransferOutCheck::run(*m_cases, m_clerk, move.id, *m_register, *m_clock).code(), ErrorCode::Invalid);
    // Found by name and birth date when the entry has no resident code.
    Household noCode = test::twoMembers();
    noCode.members[0].residentCode.clear();
    const auto byName = m_register->transferOutInformation({noCode.members[0].name, noCode.members[0].birthDate, {}});
    QVERIFY2(byName, qPrintable(byName.error()));
    QCOMPARE(byName->members.size(), 2);
    QCOMPARE(byName->source, TransferOutCertificate::Source::RegistryNetwork);
}

void TestTransferOut::theRecordsSystemAnswersOverRest()
{
    const QByteArray body = QJsonDocument(fromYokohama().toJson()).toJson();
    const auto read = RestConnector::transferOutFrom(200, body);
    QVERIFY2(read, qPrintable(read.error()));
    QCOMPARE(read->source, TransferOutCertificate::Source::RegistryNetwork);
    QCOMPARE(read->members[1].birthDate, QDate(1987, 9, 3));
    QCOMPARE(read->plannedMoveDate, QDate(2026, 3, 25));
    QCOMPARE(RestConnector::transferOutFrom(404, {}).code(), ErrorCode::NotFound);
    QCOMPARE(RestConnector::transferOutFrom(200, "{\"members\": []}").code(), ErrorCode::Unreachable);
    QCOMPARE(RestConnector::transferOutFrom(200, "<html>").code(), ErrorCode::Unreachable);
    QCOMPARE(RestConnector::transferOutFrom(500, {}).code(), ErrorCode::Rejected);
}

QTEST_GUILESS_MAIN(TestTransferOut)
#include "tst_transferout.moc"
