#include "SignInService.h"

#include "db/AuditRepository.h"
#include "db/SqlUtil.h"
#include "db/StaffRepository.h"
#include "domain/Audit.h"
#include "security/PasswordHasher.h"
#include "security/SignInThrottle.h"

#include <QLocale>
#include <QUuid>

namespace mdg {

namespace {
// Verifying against a fixed hash when the login is unknown keeps the time of a failed
// attempt the same for known and unknown logins.
const QString& dummyHash()
{
    static const QString h = PasswordHasher::hash(QStringLiteral("no such account"));
    return h;
}
} // namespace

Result<Actor> SignInService::signIn(const QString& login, const QString& password)
{
    const QString wrong = tr("The login or the password is wrong.");
    try {
        QSqlDatabase db = m_db.connection();
        StaffRepository staff(db);
        AuditRepository audit(db);
        const QDateTime now = m_clock.nowUtc();
        const auto creds = staff.findByLogin(login.trimmed());
        if (!creds || !creds->staff.active) {
            PasswordHasher::verify(password, dummyHash());
            audit.append({0, now, {}, m_workstationId, QString::fromLatin1(AuditAction::SignInFailed), {}, {}});
            return Result<Actor>::failure(ErrorCode::Credentials, wrong);
        }
        const QString id = creds->staff.id;
        if (SignInThrottle::isLocked(creds->failedAttempts, creds->lastFailedAt, now)) {
            audit.append({0, now, id, m_workstationId, QString::fromLatin1(AuditAction::SignInLocked), {}, {}});
            const QDateTime until = SignInThrottle::lockedUntil(creds->failedAttempts, creds->lastFailedAt);
            return Result<Actor>::failure(ErrorCode::Locked,
                tr("Too many failed attempts. Try again after %1.")
                    .arg(QLocale().toString(until.toLocalTime().time(), QLocale::ShortFormat)));
        }
        if (!PasswordHasher::verify(password, creds->passwordHash)) {
            Transaction tx(db);
            staff.recordFailure(id, now);
            audit.append({0, now, id, m_workstationId, QString::fromLatin1(AuditAction::SignInFailed), {}, {}});
            tx.commit();
            return Result<Actor>::failure(ErrorCode::Credentials, wrong);
        }
        Transaction tx(db);
        staff.resetFailures(id);
        if (PasswordHasher::needsRehash(creds->passwordHash))
            staff.setPasswordHash(id, PasswordHasher::hash(password));
        audit.append({0, now, id, m_workstationId, QString::fromLatin1(AuditAction::SignIn), {}, {}});
        tx.commit();
        return Actor {creds->staff, m_workstationId};
    } catch (const DbError& e) {
        qWarning("Sign-in store error: %s", e.what());
        return Result<Actor>::failure(ErrorCode::Store, tr("The local store cannot be read. Call the administrator."));
    }
}

void SignInService::signOut(const Actor& actor)
{
    try {
        AuditRepository(m_db.connection())
            .append({0, m_clock.nowUtc(), actor.staff.id, m_workstationId, QString::fromLatin1(AuditAction::SignOut),
                {}, {}});
    } catch (const DbError& e) {
        qWarning("Sign-out audit failed: %s", e.what());
    }
}

Result<StaffMember> SignInService::createStaff(
    const QString& login, const QString& displayName, const QString& password, const Roles& roles)
{
    if (login.trimmed().isEmpty() || displayName.trimmed().isEmpty())
        return Result<StaffMember>::failure(ErrorCode::Invalid, tr("A login and a display name are required."));
    if (password.size() < 8)
        return Result<StaffMember>::failure(ErrorCode::Invalid, tr("The password must have at least 8 characters."));
    if (roles.isEmpty())
        return Result<StaffMember>::failure(ErrorCode::Invalid, tr("Give the account at least one role."));
    StaffMember s {
        QUuid::createUuid().toString(QUuid::WithoutBraces), login.trimmed(), displayName.trimmed(), roles, true};
    const QString hash = PasswordHasher::hash(password);
    try {
        QSqlDatabase db = m_db.connection();
        Transaction tx(db);
        StaffRepository repo(db);
        if (repo.findByLogin(s.login))
            return Result<StaffMember>::failure(ErrorCode::Taken, tr("The login %1 is taken.").arg(s.login));
        const QDateTime now = m_clock.nowUtc();
        repo.insert(s, hash, now);
        AuditRepository(db).append(
            {0, now, s.id, m_workstationId, QString::fromLatin1(AuditAction::StaffCreate), {}, {}});
        tx.commit();
        return s;
    } catch (const DbError& e) {
        qWarning("Create staff failed: %s", e.what());
        return Result<StaffMember>::failure(ErrorCode::Store, tr("The account could not be saved."));
    }
}

Result<QList<StaffMember>> SignInService::staff()
{
    try {
        return StaffRepository(m_db.connection()).list();
    } catch (const DbError& e) {
        return Result<QList<StaffMember>>::failure(ErrorCode::Store, QString::fromUtf8(e.what()));
    }
}

bool SignInService::hasAnyStaff()
{
    try {
        return StaffRepository(m_db.connection()).count() > 0;
    } catch (const DbError&) {
        return false;
    }
}

} // namespace mdg
