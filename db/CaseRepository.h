#pragma once

#include "domain/Case.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace mdg {

// Cases with their household and members. A failed statement throws DbError (db only); callers own the transaction.
class CaseRepository
{
public:
    explicit CaseRepository(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    void insert(const Case& c);
    // Writes the header (stage, version, household facts) of an existing case.
    void update(const Case& c);
    void replaceMembers(const QUuid& caseId, const QList<Person>& members);
    std::optional<Case> find(const QUuid& id) const; // with members
    // Headers only (members not loaded): lists never need personal detail.
    QList<Case> listByQueueDate(const QDate& day) const;
    QList<Case> listByStage(Stage stage) const;
    QHash<Stage, int> countByStage() const;
    QHash<QUuid, int> memberCounts(const QList<QUuid>& ids) const;
    int nextQueueNumber(const QDate& day, const QString& origin) const;
    std::optional<QUuid> findByPreEntry(const QUuid& preEntryId) const;
    bool referenceTaken(const QString& reference) const;

private:
    QList<Case> selectHeaders(const QString& where, const QVariantList& binds) const;
    QSqlDatabase m_db;
};

} // namespace mdg
