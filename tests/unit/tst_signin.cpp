#include "../TestSupport.h"
#include "db/AuditRepository.h"
#include "security/SignInThrottle.h"

using namespace mdg;

class TestSignIn : public QObject
{
    Q_OBJECT
private slots:
    void rightPasswordSignsIn();
    void wrongPasswordIsCountedAndAudited();
    void lockedAfterRepeatedFailuresUntilTimePasses();
    void unknownLoginGetsTheSameAnswer();
    void signOutIsAudited();
    void duplicateLoginRefused();
    void passwordNeverStoredInClear();
    void unlockIsAuditedAsSuch();
    void rolesAreGivenByAnAdministratorAndAudited();
};

namespace {
QStringList actions(Database& db)
{
    QStringList out;
    const auto rows = AuditRepository(db.connection()).recent(100);
    for (auto it = rows.crbegin(); it != rows.crend(); ++it)
        out << it->action;
    return out;
}
} // namespace

void TestSignIn::rightPasswordSignsIn()
{
    test::TempStore store;
    SignInService accounts(*store.db, QStringLiteral("ws-1"));
    QVERIFY(accounts.createStaff(QStringLiteral("tanaka"), QStringLiteral("田中"), QStringLiteral("very-secret"),
        {Role::Clerk, Role::Supervisor}));
    auto actor = accounts.signIn(QStringLiteral("tanaka"), QStringLiteral("very-secret"));
    QVERIFY2(actor, qPrintable(actor.error()));
    QCOMPARE(actor->staff.roles, (Roles {Role::Clerk, Role::Supervisor}));
    QCOMPARE(actor->workstationId, QStringLiteral("ws-1"));
    QCOMPARE(actions(*store.db).last(), QString::fromLatin1(AuditAction::SignIn));
}

void TestSignIn::wrongPasswordIsCountedAndAudited()
{
    test::TempStore store;
    SignInService accounts(*store.db, QStringLiteral("ws-1"));
    QVERIFY(accounts.createStaff(
        QStringLiteral("tanaka"), QStringLiteral("田中"), QStringLiteral("very-secret"), {Role::Clerk}));
    auto r = accounts.signIn(QStringLiteral("tanaka"), QStringLiteral("wrong-one"));
    QVERIFY(!r);
    QVERIFY(!r.error().isEmpty());
    QCOMPARE(actions(*store.db).last(), QString::fromLatin1(AuditAction::SignInFailed));
    // A success resets the counter.
    QVERIFY(accounts.signIn(QStringLiteral("tanaka"), QStringLiteral("very-secret")));
}

void TestSignIn::lockedAfterRepeatedFailuresUntilTimePasses()
{
    test::TempStore store;
    ManualClock clock(QDateTime::fromString(QStringLiteral("2026-03-30T01:00:00Z"), Qt::ISODate));
    SignInService accounts(*store.db, QStringLiteral("ws-1"), clock);
    QVERIFY(accounts.createStaff(
        QStringLiteral("tanaka"), QStringLiteral("田中"), QStringLiteral("very-secret"), {Role::Clerk}));
    for (int i = 0; i < SignInThrottle::FreeAttempts; ++i)
        QVERIFY(!accounts.signIn(QStringLiteral("tanaka"), QStringLiteral("guess-%1").arg(i)));
    // Even the right password is refused while locked.
    clock.advanceSecs(5);
    auto locked = accounts.signIn(QStringLiteral("tanaka"), QStringLiteral("very-secret"));
    QVERIFY(!locked);
    QCOMPARE(actions(*store.db).last(), QString::fromLatin1(AuditAction::SignInLocked));
    clock.advanceSecs(SignInThrottle::FirstLockSecs);
    QVERIFY(accounts.signIn(QStringLiteral("tanaka"), QStringLiteral("very-secret")));
}

void TestSignIn::unknownLoginGetsTheSameAnswer()
{
    test::TempStore store;
    SignInService accounts(*store.db, QStringLiteral("ws-1"));
    QVERIFY(accounts.createStaff(
        QStringLiteral("tanaka"), QStringLiteral("田中"), QStringLiteral("very-secret"), {Role::Clerk}));
    const auto unknown = accounts.signIn(QStringLiteral("nobody"), QStringLiteral("very-secret"));
    const auto wrong = accounts.signIn(QStringLiteral("tanaka"), QStringLiteral("nope-nope"));
    QVERIFY(!unknown && !wrong);
    QCOMPARE(unknown.error(), wrong.error()); // no hint which logins exist
}

void TestSignIn::signOutIsAudited()
{
    test::TempStore store;
    SignInService accounts(*store.db, QStringLiteral("ws-1"));
    QVERIFY(accounts.createStaff(
        QStringLiteral("tanaka"), QStringLiteral("田中"), QStringLiteral("very-secret"), {Role::Clerk}));
    auto actor = accounts.signIn(QStringLiteral("tanaka"), QStringLiteral("very-secret"));
    accounts.signOut(actor.value());
    QCOMPARE(actions(*store.db).last(), QString::fromLatin1(AuditAction::SignOut));
    QCOMPARE(AuditRepository(store.db->connection()).recent(1).first().staffId, actor->staff.id);
}

void TestSignIn::duplicateLoginRefused()
{
    test::TempStore store;
    SignInService accounts(*store.db, QStringLiteral("ws-1"));
    QVERIFY(accounts.createStaff(
        QStringLiteral("tanaka"), QStringLiteral("田中"), QStringLiteral("very-secret"), {Role::Clerk}));
    QVERIFY(!accounts.createStaff(
        QStringLiteral("TANAKA"), QStringLiteral("別人"), QStringLiteral("very-secret"), {Role::Clerk}));
    QVERIFY(!accounts.createStaff(
        QStringLiteral("short"), QStringLiteral("短い"), QStringLiteral("1234567"), {Role::Clerk}));
    QVERIFY(!accounts.createStaff(
        QStringLiteral("noroles"), QStringLiteral("役割なし"), QStringLiteral("very-secret"), {}));
    QCOMPARE(accounts.staff()->size(), 1);
}

void TestSignIn::passwordNeverStoredInClear()
{
    test::TempStore store;
    SignInService accounts(*store.db, QStringLiteral("ws-1"));
    QVERIFY(accounts.createStaff(
        QStringLiteral("tanaka"), QStringLiteral("田中"), QStringLiteral("needle-in-file"), {Role::Clerk}));
    QVERIFY(accounts.signIn(QStringLiteral("tanaka"), QStringLiteral("needle-in-file")));
    store.db.reset(); // close, checkpoint
    for (const QString& f : QDir(store.dir.path()).entryList(QDir::Files)) {
        QFile file(store.dir.filePath(f));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("needle-in-file"), qPrintable(f));
    }
}

void TestSignIn::unlockIsAuditedAsSuch()
{
    test::TempStore store;
    SignInService accounts(*store.db, QStringLiteral("ws-1"));
    QVERIFY(accounts.createStaff(
        QStringLiteral("tanaka"), QStringLiteral("田中"), QStringLiteral("very-secret"), {Role::Clerk}));
    QVERIFY(accounts.signIn(QStringLiteral("tanaka"), QStringLiteral("very-secret")));
    QVERIFY(!accounts.signIn(QStringLiteral("tanaka"), QStringLiteral("wrong-secret"), SignInService::Purpose::Unlock));
    QVERIFY(accounts.signIn(QStringLiteral("tanaka"), QStringLiteral("very-secret"), SignInService::Purpose::Unlock));
    QCOMPARE(actions(*store.db).mid(1),
        (QStringList {QStringLiteral("sign_in"), QStringLiteral("sign_in_failed"), QStringLiteral("unlock")}));
}

void TestSignIn::rolesAreGivenByAnAdministratorAndAudited()
{
    test::TempStore store;
    SignInService accounts(*store.db, QStringLiteral("ws-1"));
    const Actor admin = test::makeActor(*store.db, QStringLiteral("admin"), {Role::Admin}, QStringLiteral("ws-1"));
    const Actor clerk = test::makeActor(*store.db, QStringLiteral("clerk"), {Role::Clerk}, QStringLiteral("ws-1"));
    // A clerk gives nobody roles, not even themself.
    const auto refused = accounts.setRoles(clerk, clerk.staff.id, {Role::Clerk, Role::Admin});
    QCOMPARE(refused.code(), ErrorCode::NotAllowed);
    QVERIFY(!accounts.setRoles(admin, clerk.staff.id, {}));
    QVERIFY(!accounts.setRoles(admin, clerk.staff.id, {Role::Desk}));
    QCOMPARE(accounts.setRoles(admin, QStringLiteral("nobody"), {Role::Clerk}).code(), ErrorCode::NotFound);

    const auto given = accounts.setRoles(admin, clerk.staff.id, {Role::Clerk, Role::Reviewer});
    QVERIFY2(given, qPrintable(given.error()));
    const auto signedIn = accounts.signIn(QStringLiteral("clerk"), QStringLiteral("password-clerk"));
    QCOMPARE(signedIn->staff.roles, (Roles {Role::Clerk, Role::Reviewer}));
    const auto audit = AuditRepository(store.db->connection()).recent(2);
    QCOMPARE(audit.last().action, QStringLiteral("staff_roles"));
    QCOMPARE(audit.last().staffId, admin.staff.id); // who gave them
    QCOMPARE(audit.last().detail, clerk.staff.id + QStringLiteral(": clerk -> clerk,reviewer"));

    // The office keeps an administrator: the last one cannot give the role away ...
    const auto last = accounts.setRoles(admin, admin.staff.id, {Role::Supervisor});
    QCOMPARE(last.code(), ErrorCode::Invalid);
    // ... until another holds it.
    QVERIFY(accounts.setRoles(admin, clerk.staff.id, {Role::Clerk, Role::Admin}));
    QVERIFY(accounts.setRoles(admin, admin.staff.id, {Role::Supervisor}));
}

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_signin.moc"
