#pragma once

#include "domain/Audit.h"

#include <QList>
#include <QSqlDatabase>

namespace mdg {

class AuditRepository
{
public:
    explicit AuditRepository(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    void append(const AuditEntry& e);
    QList<AuditEntry> forCase(const QString& caseId) const;
    QList<AuditEntry> recent(int limit) const;

private:
    QList<AuditEntry> select(const QString& where, const QVariantList& binds) const;
    QSqlDatabase m_db;
};

} // namespace mdg
