#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QUuid>
#include <optional>

namespace mdg {

// Changes of this workstation the central store refused because another workstation
// changed the case first (case_conflicts), kept until a clerk settles them. Throws DbError;
// callers own the transaction.
class ConflictRepository
{
public:
    explicit ConflictRepository(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    struct Stored
    {
        int centralVersion = 0;
        QJsonObject centralSnapshot; // the case as the store holds it
        QDateTime detectedAt;
    };
    // Once per refused event.
    void add(const QUuid& eventId, const QUuid& caseId, int centralVersion, const QJsonObject& centralSnapshot,
        const QDateTime& detectedAt);
    std::optional<Stored> latest(const QUuid& caseId) const; // the newest central version
    bool has(const QUuid& caseId) const;
    // A newer central version pulled while the clerk chooses: shown instead of the older.
    void raise(const QUuid& caseId, int centralVersion, const QJsonObject& centralSnapshot);
    void remove(const QUuid& caseId); // settled
    int count() const;

private:
    QSqlDatabase m_db;
};

} // namespace mdg
