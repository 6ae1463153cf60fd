// A 転居 or 転出 checked against the resident register instead of a certificate (issue 18).
#include "../TestSupport.h"
#include "connectors/LocalRegister.h"
#include "domain/Clock.h"
#include "workflow/CaseService.h"
#include "workflow/RegisterCheck.h"

#include <QTest>

using namespace mdg;

class TestRegisterCheck : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void aMoveWithinTheCityThatAgreesGoesOn();
    void aDifferenceStopsOnItsField();
    void nobodyOrSeveralHouseholdsSayWhy();

private:
    // The Yamadas of test::twoMembers, living where they say they move from.
    Household yamadas() const
    {
        Household h = test::twoMembers();
        h.previousAddress = QStringLiteral("神奈川県川崎市中原区小杉町三丁目5番1号");
        h.newAddress = QStringLiteral("神奈川県川崎市高津区溝口一丁目2番3号");
        return h;
    }
    Case entryCase(Procedure procedure, const Household& h)
    {
        Case c = m_cases->create(m_clerk, procedure, h).value();
        return m_cases->changeStage(m_clerk, c.id, c.version, Stage::Entry).value();
    }

    std::unique_ptr<test::TempStore> m_store;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<CaseService> m_cases;
    std::unique_ptr<LocalRegister> m_register;
    Actor m_clerk;
};

void TestRegisterCheck::init()
{
    m_store = std::make_unique<test::TempStore>();
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 3, 30), QTime(10, 0)).toUTC());
    m_cases = std::make_unique<CaseService>(*m_store->db, *m_clock);
    m_clerk = test::makeActor(*m_store->db, QStringLiteral("clerk"), {Role::Clerk});
    m_register = std::make_unique<LocalRegister>(m_store->dir.filePath(QStringLiteral("register.sqlite")));
    QVERIFY_OK(m_register->open());
    const QString home = QStringLiteral("神奈川県川崎市中原区小杉町三丁目5番1号");
    QVERIFY(m_register->beginLoad());
    // In the register the wife's name is written with its variant spacing; the husband's
    // resident code is known.
    QVERIFY(m_register->add(
        {QStringLiteral("R1"), QStringLiteral("H1"), QStringLiteral("山田　太郎"), QStringLiteral("ヤマダ　タロウ"),
            QDate(1985, 4, 12), Sex::Male, QStringLiteral("世帯主"), home, QStringLiteral("12345678901")}));
    QVERIFY(m_register->add(
        {QStringLiteral("R2"), QStringLiteral("H1"), QStringLiteral("山田 花子"), QStringLiteral("ヤマダ　ハナコ"),
            QDate(1987, 9, 3), Sex::Female, QStringLiteral("妻"), home, QStringLiteral("23456789012")}));
    // Two namesakes born the same day, in two households.
    for (const char* no : {"H2", "H3"})
        QVERIFY(m_register->add({QStringLiteral("R") + QLatin1String(no), QLatin1String(no),
            QStringLiteral("佐藤　一郎"), QStringLiteral("サトウ　イチロウ"), QDate(1970, 1, 1), Sex::Male,
            QStringLiteral("世帯主"), QStringLiteral("神奈川県川崎市幸区堀川町1番") + QLatin1String(no),
            QStringLiteral("9999999990") + QLatin1Char(no[2])}));
    QVERIFY(m_register->endLoad());
}

void TestRegisterCheck::cleanup()
{
    m_register.reset();
    m_cases.reset();
    m_store.reset();
}

void TestRegisterCheck::aMoveWithinTheCityThatAgreesGoesOn()
{
    Case c = entryCase(Procedure::IntraCityMove, yamadas());
    // Nothing checked yet: it waits for the register, never passes unchecked.
    QCOMPARE(m_cases->consistency(c.id, 0.8)->judgement.stops, QList {consistent_path::Stop::NoRecordsCheck});
    const auto checked = RegisterCheck::run(*m_cases, m_clerk, c.id, *m_register);
    QVERIFY2(checked, qPrintable(checked.error()));
    const auto state = m_cases->crossCheck(m_clerk, c.id).value();
    QVERIFY(state.certificate);
    QCOMPARE(state.certificate->certificate.source, TransferOutCertificate::Source::ResidentRegister);
    // The register knows who lives where, not the new address or the day of the move.
    QStringList fields;
    for (const CaseFinding& f : state.findings) {
        fields << f.finding.field;
        QVERIFY2(!f.finding.differs(), qPrintable(f.finding.field));
    }
    QVERIFY(fields.contains(QStringLiteral("previous_address")));
    QVERIFY(fields.contains(QStringLiteral("members[1].name")));
    QVERIFY(!fields.contains(QStringLiteral("destination_address")));
    QVERIFY(!fields.contains(QStringLiteral("planned_move_date")));
    const auto moved = m_cases->sendToReviewByItself(m_clerk, c.id, checked->version, 0.8);
    QVERIFY2(moved, qPrintable(moved.error()));
    QCOMPARE(moved->stage, Stage::Review);
}

void TestRegisterCheck::aDifferenceStopsOnItsField()
{
    Household h = yamadas();
    h.members[1].birthDate = QDate(1987, 9, 4);
    h.previousAddress = QStringLiteral("神奈川県川崎市中原区小杉町三丁目6番1号");
    Case c = entryCase(Procedure::MovingOut, h);
    const auto checked = RegisterCheck::run(*m_cases, m_clerk, c.id, *m_register);
    QVERIFY2(checked, qPrintable(checked.error()));
    const auto judged = m_cases->consistency(c.id, 0.8).value();
    QCOMPARE(judged.judgement.stops, QList {consistent_path::Stop::Mismatch});
    QCOMPARE(judged.judgement.firstField, QStringLiteral("previous_address"));
    QCOMPARE(m_cases->sendToReviewByItself(m_clerk, c.id, checked->version, 0.8).code(), ErrorCode::NotAllowed);
}

void TestRegisterCheck::nobodyOrSeveralHouseholdsSayWhy()
{
    Household stranger = yamadas();
    stranger.members[0].birthDate = QDate(1985, 4, 13); // the head is not registered so
    Case c = entryCase(Procedure::IntraCityMove, stranger);
    const auto none = RegisterCheck::run(*m_cases, m_clerk, c.id, *m_register);
    QCOMPARE(none.code(), ErrorCode::NotFound);
    QVERIFY(!none.error().isEmpty());
    QVERIFY(!m_cases->crossCheck(m_clerk, c.id)->certificate);

    Household sato;
    sato.headName = QStringLiteral("佐藤　一郎");
    sato.previousAddress = QStringLiteral("神奈川県川崎市幸区堀川町1番H2");
    sato.members = {Person {{}, QStringLiteral("佐藤　一郎"), QStringLiteral("サトウ　イチロウ"), QDate(1970, 1, 1),
        Sex::Male, QStringLiteral("世帯主"), {}, {}}};
    c = entryCase(Procedure::IntraCityMove, sato);
    QCOMPARE(RegisterCheck::run(*m_cases, m_clerk, c.id, *m_register).code(), ErrorCode::Invalid);
}

QTEST_GUILESS_MAIN(TestRegisterCheck)
#include "tst_registercheck.moc"
