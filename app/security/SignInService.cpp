#include "SignInService.h"

#include "db/AuditRepository.h"
#include "db/Database.h"
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

Result<Actor> SignInService::signIn(const QString& login, const QString& password, Purpose purpose)
{
    const QString wrong = tr("The login or the password is wrong.");
    const QDateTime now = m_clock.nowUtc();
    const auto found = m_db.read([&](QSqlDatabase db) { return StaffRepository(db).findByLogin(login.trimmed()); });
    if (!found)
        return Result<Actor>::failure(found);
    const auto& creds = found.value();
    const auto audit = [&](const QString& staffId, const char* action) {
        return m_db.read([&](QSqlDatabase db) {
            AuditRepository(db).append({0, now, staffId, m_workstationId, QString::fromLatin1(action), {}, {}});
            return true;
        });
    };
    if (!creds || !creds->staff.active) {
        PasswordHasher::verify(password, dummyHash());
        if (const auto logged = audit({}, AuditAction::SignInFailed); !logged)
            return Result<Actor>::failure(logged);
        return Result<Actor>::failure(ErrorCode::Credentials, wrong);
    }
    const QString id = creds->staff.id;
    if (SignInThrottle::isLocked(creds->failedAttempts, creds->lastFailedAt, now)) {
        if (const auto logged = audit(id, AuditAction::SignInLocked); !logged)
            return Result<Actor>::failure(logged);
        const QDateTime until = SignInThrottle::lockedUntil(creds->failedAttempts, creds->lastFailedAt);
        return Result<Actor>::failure(ErrorCode::Locked,
            tr("Too many failed attempts. Try again after %1.")
                .arg(QLocale().toString(until.toLocalTime().time(), QLocale::ShortFormat)));
    }
    if (!PasswordHasher::verify(password, creds->passwordHash)) {
        const auto counted = m_db.write([&](QSqlDatabase db) {
            StaffRepository(db).recordFailure(id, now);
            AuditRepository(db).append(
                {0, now, id, m_workstationId, QString::fromLatin1(AuditAction::SignInFailed), {}, {}});
            return true;
        });
        if (!counted)
            return Result<Actor>::failure(counted);
        return Result<Actor>::failure(ErrorCode::Credentials, wrong);
    }
    return m_db.write([&](QSqlDatabase db) {
        StaffRepository staff(db);
        staff.resetFailures(id);
        if (PasswordHasher::needsRehash(creds->passwordHash))
            staff.setPasswordHash(id, PasswordHasher::hash(password));
        const char* action = purpose == Purpose::Unlock ? AuditAction::Unlock : AuditAction::SignIn;
        AuditRepository(db).append({0, now, id, m_workstationId, QString::fromLatin1(action), {}, {}});
        return Actor {creds->staff, m_workstationId};
    });
}

void SignInService::signOut(const Actor& actor)
{
    // A sign-out that cannot be recorded still signs out; the store's failure is in the log.
    (void)m_db.read([&](QSqlDatabase db) {
        AuditRepository(db).append(
            {0, m_clock.nowUtc(), actor.staff.id, m_workstationId, QString::fromLatin1(AuditAction::SignOut), {}, {}});
        return true;
    });
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
    return m_db.write([&](QSqlDatabase db) -> Result<StaffMember> {
        StaffRepository repo(db);
        if (repo.findByLogin(s.login))
            return Result<StaffMember>::failure(ErrorCode::Taken, tr("The login %1 is taken.").arg(s.login));
        const QDateTime now = m_clock.nowUtc();
        repo.insert(s, hash, now);
        AuditRepository(db).append(
            {0, now, s.id, m_workstationId, QString::fromLatin1(AuditAction::StaffCreate), {}, {}});
        return s;
    });
}

Result<StaffMember> SignInService::setRoles(const Actor& by, const QString& staffId, const Roles& roles)
{
    using R = Result<StaffMember>;
    if (!by.staff.has(Role::Admin))
        return R::failure(ErrorCode::NotAllowed, tr("Only an administrator gives staff their roles."));
    if (roles.isEmpty() || roles.contains(Role::Desk))
        return R::failure(ErrorCode::Invalid, tr("Give the account at least one role."));
    const auto keys = [](const Roles& rs) {
        QStringList out;
        for (Role r : rs)
            out << roleKey(r);
        out.sort();
        return out.join(QLatin1Char(','));
    };
    return m_db.write([&](QSqlDatabase db) -> R {
        StaffRepository repo(db);
        std::optional<StaffMember> s = repo.find(staffId);
        if (!s)
            return R::failure(ErrorCode::NotFound, tr("The account does not exist."));
        if (s->has(Role::Admin) && !roles.contains(Role::Admin) && s->active) {
            int admins = 0;
            for (const StaffMember& other : repo.list())
                admins += other.active && other.has(Role::Admin) ? 1 : 0;
            if (admins <= 1)
                return R::failure(
                    ErrorCode::Invalid, tr("This is the last administrator: give another account the role first."));
        }
        const QString detail = keys(s->roles) + QStringLiteral(" -> ") + keys(roles);
        repo.setRoles(staffId, roles);
        AuditRepository(db).append({0, m_clock.nowUtc(), by.staff.id, m_workstationId,
            QString::fromLatin1(AuditAction::StaffRoles), {}, QStringLiteral("%1: %2").arg(staffId, detail)});
        s->roles = roles;
        return *s;
    });
}

Result<QList<StaffMember>> SignInService::staff()
{
    return m_db.read([](QSqlDatabase db) { return StaffRepository(db).list(); });
}

bool SignInService::hasAnyStaff()
{
    const auto n = m_db.read([](QSqlDatabase db) { return StaffRepository(db).count(); });
    return n && n.value() > 0;
}

} // namespace mdg
