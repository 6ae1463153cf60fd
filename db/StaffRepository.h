#pragma once

#include "domain/StaffMember.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace mdg {

class StaffRepository
{
public:
    struct Credentials
    {
        StaffMember staff;
        QString passwordHash;
        int failedAttempts = 0;
        QDateTime lastFailedAt;
    };

    explicit StaffRepository(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    void insert(const StaffMember& s, const QString& passwordHash, const QDateTime& createdAt);
    std::optional<Credentials> findByLogin(const QString& login) const;
    std::optional<StaffMember> find(const QString& id) const;
    QList<StaffMember> list() const;
    int count() const;
    void recordFailure(const QString& id, const QDateTime& at);
    void resetFailures(const QString& id);
    void setPasswordHash(const QString& id, const QString& hash);
    void setRoles(const QString& id, const Roles& roles);

private:
    Roles rolesOf(const QString& id) const;
    QSqlDatabase m_db;
};

} // namespace mdg
