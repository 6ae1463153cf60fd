#pragma once

#include <QCoreApplication>

#include "db/Database.h"
#include "domain/Clock.h"
#include "domain/Result.h"
#include "domain/StaffMember.h"

#include <QList>

namespace mdg {

// Staff accounts and sign-in. signIn() derives a slow hash, so callers on the GUI
// thread run it in the background; it is safe on any thread (each gets its own
// connection).
class SignInService
{
    Q_DECLARE_TR_FUNCTIONS(mdg::SignInService)

public:
    SignInService(Database& db, QString workstationId, const Clock& clock = Clock::system())
        : m_db(db)
        , m_workstationId(std::move(workstationId))
        , m_clock(clock)
    { }

    // Unlock is a sign-in of the staff member the window was locked for, audited as such.
    enum class Purpose { SignIn, Unlock };
    Result<Actor> signIn(const QString& login, const QString& password, Purpose purpose = Purpose::SignIn);
    void signOut(const Actor& actor);

    Result<StaffMember> createStaff(
        const QString& login, const QString& displayName, const QString& password, const Roles& roles);
    // An administrator gives an account its roles; the office never loses its last active
    // administrator this way. Audited with the roles before and after.
    Result<StaffMember> setRoles(const Actor& by, const QString& staffId, const Roles& roles);
    Result<QList<StaffMember>> staff();
    bool hasAnyStaff();

    const QString& workstationId() const { return m_workstationId; }

private:
    Database& m_db;
    QString m_workstationId;
    const Clock& m_clock;
};

} // namespace mdg
