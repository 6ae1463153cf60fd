// Every item model of the GUI under QAbstractItemModelTester (fatal on any breach of the
// model contract: rows, parents, roles, reset and insert/remove signals), driven through
// the calls its pages make.
#include "../TestSupport.h"
#include "crosscheck/CrossCheck.h"
#include "models/CaseListModel.h"
#include "models/CertificateFieldsModel.h"
#include "models/FindingsModel.h"
#include "models/HistoryModel.h"
#include "models/MembersModel.h"

#include <QAbstractItemModelTester>

using namespace mdg;

namespace {
TransferOutCertificate certificateOf(const Household& h)
{
    TransferOutCertificate t;
    t.issuer = QStringLiteral("横浜市港北区長");
    t.previousAddress = h.previousAddress;
    t.destinationAddress = h.newAddress;
    t.plannedMoveDate = h.moveDate;
    t.householdHead = h.headName;
    for (const Person& p : h.members)
        t.members.append({p.name, p.nameKana, p.birthDate, p.sex, p.relationship, p.residentCode});
    return t;
}

Case caseWith(int queueNumber)
{
    Case c;
    c.id = QUuid::createUuid();
    c.queueNumber = queueNumber;
    c.reference = QStringLiteral("ABC-DEF-%1").arg(queueNumber);
    c.household = test::twoMembers();
    c.createdAt = QDateTime::currentDateTimeUtc();
    c.updatedAt = c.createdAt;
    return c;
}
} // namespace

class TestModels : public QObject
{
    Q_OBJECT
private slots:
    void caseList();
    void members();
    void history();
    void findings();
    void certificateFields();
};

void TestModels::caseList()
{
    CaseListModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Case a = caseWith(1), b = caseWith(2);
    m.setCases({a, b}, {{a.id, 2}}, QDateTime::currentDateTimeUtc());
    QCOMPARE(m.rowCount(), 2);
    QCOMPARE(m.rowOf(b.id), 1);
    QCOMPARE(m.caseAt(0)->id, a.id);
    QVERIFY(!m.caseAt(2));
    for (int c = 0; c < m.columnCount(); ++c)
        QVERIFY(m.headerData(c, Qt::Horizontal, Qt::DisplayRole).isValid());
    m.setCases({}, {}, QDateTime::currentDateTimeUtc());
    QCOMPARE(m.rowCount(), 0);
}

void TestModels::members()
{
    MembersModel m(true);
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::Fatal);
    m.setMembers(test::twoMembers().members);
    QCOMPARE(m.rowCount(), 2);
    m.addMember();
    QCOMPARE(m.rowCount(), 3);
    const QModelIndex name = m.index(2, 0);
    QVERIFY(m.flags(name) & Qt::ItemIsEditable);
    QVERIFY(m.setData(name, QStringLiteral("山田　一郎"), Qt::EditRole));
    QCOMPARE(m.data(name, Qt::DisplayRole).toString(), QStringLiteral("山田　一郎"));
    m.removeMember(0);
    QCOMPARE(m.rowCount(), 2);
    QCOMPARE(m.members().at(1).name, QStringLiteral("山田　一郎"));
    MembersModel readOnly(false);
    QAbstractItemModelTester readOnlyTester(&readOnly, QAbstractItemModelTester::FailureReportingMode::Fatal);
    readOnly.setMembers(test::twoMembers().members);
    QVERIFY(!(readOnly.flags(readOnly.index(0, 0)) & Qt::ItemIsEditable));
}

void TestModels::history()
{
    HistoryModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CaseEvent created;
    created.eventId = QUuid::createUuid();
    created.kind = QString::fromLatin1(EventKind::Created);
    created.toStage = Stage::Reception;
    created.occurredAt = QDateTime::currentDateTimeUtc();
    CaseEvent moved = created;
    moved.eventId = QUuid::createUuid();
    moved.kind = QString::fromLatin1(EventKind::StageChanged);
    moved.fromStage = Stage::Reception;
    moved.toStage = Stage::Entry;
    m.setEntries({{created, QStringLiteral("窓口　花子")}, {moved, QStringLiteral("窓口　花子")}});
    QCOMPARE(m.rowCount(), 2);
    m.setEntries({});
    QCOMPARE(m.rowCount(), 0);
}

void TestModels::findings()
{
    FindingsModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Household entered = test::twoMembers();
    TransferOutCertificate read = certificateOf(entered);
    read.members[0].birthDate = read.members[0].birthDate.addDays(1);
    QList<CaseFinding> findings;
    for (const Finding& f : CrossCheck::compare(entered, read))
        findings << CaseFinding {f, std::nullopt};
    m.setFindings(findings, {});
    QVERIFY(m.rowCount() > 0);
    QCOMPARE(m.openCount(), 1);
    m.setFindings({}, {});
    QCOMPARE(m.rowCount(), 0);
}

void TestModels::certificateFields()
{
    CertificateFieldsModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::Fatal);
    TransferOutCertificate read = certificateOf(test::twoMembers());
    read.fields = {{QStringLiteral("issuer"), read.issuer, 0.95, QRect(10, 10, 200, 30)},
        {QStringLiteral("members[1].name"), read.members[1].name, 0.5, QRect(10, 300, 200, 30)},
        {QStringLiteral("members[1].birth_date"), QStringLiteral("昭和62年9月3日"), 0.9, QRect(220, 300, 200, 30)}};
    m.setCertificate(read);
    QCOMPARE(m.rowCount(), 3);
    QCOMPARE(m.index(1, CertificateFieldsModel::Value).data().toString(), read.members[1].name);
    m.clear();
    QCOMPARE(m.rowCount(), 0);
}

QTEST_MAIN(TestModels)
#include "tst_models.moc"
