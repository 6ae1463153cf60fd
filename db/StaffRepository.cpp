#include "StaffRepository.h"

#include "SqlUtil.h"

namespace mdg {

void StaffRepository::insert(const StaffMember& s, const QString& passwordHash, const QDateTime& createdAt)
{
    execSql(m_db,
        QStringLiteral("INSERT INTO staff (id, login, display_name, password_hash, active, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        {s.id, s.login, s.displayName, passwordHash, s.active ? 1 : 0, toDbTime(createdAt)});
    setRoles(s.id, s.roles);
}

void StaffRepository::setRoles(const QString& id, const Roles& roles)
{
    execSql(m_db, QStringLiteral("DELETE FROM staff_roles WHERE staff_id = ?"), {id});
    for (Role r : roles)
        execSql(m_db, QStringLiteral("INSERT INTO staff_roles (staff_id, role) VALUES (?, ?)"), {id, roleKey(r)});
}

std::optional<StaffRepository::Credentials> StaffRepository::findByLogin(const QString& login) const
{
    QSqlQuery q = execSql(m_db,
        QStringLiteral("SELECT id, login, display_name, active, password_hash, failed_attempts, "
                       "last_failed_at FROM staff WHERE login = ?"),
        {login});
    if (!q.next())
        return std::nullopt;
    Credentials c;
    c.staff.id = q.value(0).toString();
    c.staff.login = q.value(1).toString();
    c.staff.displayName = q.value(2).toString();
    c.staff.active = q.value(3).toInt() != 0;
    c.passwordHash = q.value(4).toString();
    c.failedAttempts = q.value(5).toInt();
    if (!q.value(6).isNull())
        c.lastFailedAt = fromDbTime(q.value(6));
    c.staff.roles = rolesOf(c.staff.id);
    return c;
}

std::optional<StaffMember> StaffRepository::find(const QString& id) const
{
    QSqlQuery q = execSql(m_db, QStringLiteral("SELECT id, login, display_name, active FROM staff WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    StaffMember s {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), {}, q.value(3).toInt() != 0};
    s.roles = rolesOf(s.id);
    return s;
}

QList<StaffMember> StaffRepository::list() const
{
    QSqlQuery q = execSql(m_db, QStringLiteral("SELECT id, login, display_name, active FROM staff ORDER BY login"));
    QList<StaffMember> out;
    while (q.next())
        out << StaffMember {
            q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), {}, q.value(3).toInt() != 0};
    for (StaffMember& s : out)
        s.roles = rolesOf(s.id);
    return out;
}

int StaffRepository::count() const
{
    QSqlQuery q = execSql(m_db, QStringLiteral("SELECT COUNT(*) FROM staff"));
    return q.next() ? q.value(0).toInt() : 0;
}

void StaffRepository::recordFailure(const QString& id, const QDateTime& at)
{
    execSql(m_db,
        QStringLiteral("UPDATE staff SET failed_attempts = failed_attempts + 1, last_failed_at = ? WHERE id = ?"),
        {toDbTime(at), id});
}

void StaffRepository::resetFailures(const QString& id)
{
    execSql(m_db, QStringLiteral("UPDATE staff SET failed_attempts = 0, last_failed_at = NULL WHERE id = ?"), {id});
}

void StaffRepository::setPasswordHash(const QString& id, const QString& hash)
{
    execSql(m_db, QStringLiteral("UPDATE staff SET password_hash = ? WHERE id = ?"), {hash, id});
}

Roles StaffRepository::rolesOf(const QString& id) const
{
    QSqlQuery q = execSql(m_db, QStringLiteral("SELECT role FROM staff_roles WHERE staff_id = ?"), {id});
    Roles roles;
    while (q.next())
        if (const auto r = roleFromKey(q.value(0).toString()))
            roles.insert(*r);
    return roles;
}

} // namespace mdg
