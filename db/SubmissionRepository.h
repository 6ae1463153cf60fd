#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QUuid>
#include <optional>

namespace mdg {

// An approved case's change on its way to the records system, as the approval left it.
struct Submission
{
    QUuid caseId;
    QString reference;
    bool submitted = false;
    QString receiptNo;
    QDateTime acceptedAt;
    int attempts = 0;
    QString lastError; // for the counter; never personal data
    QDateTime approvedAt;
};

// What each approval owes the records system (case_submissions). A failed statement throws DbError (db only); callers
// own the transaction.
class SubmissionRepository
{
public:
    explicit SubmissionRepository(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    void addPending(const QUuid& caseId, const QDateTime& approvedAt); // once per case
    std::optional<Submission> forCase(const QUuid& caseId) const;
    QList<Submission> waiting() const; // oldest approval first
    void markSubmitted(
        const QUuid& caseId, const QString& receiptNo, const QDateTime& acceptedAt, const QDateTime& now);
    void markFailed(const QUuid& caseId, const QString& error, const QDateTime& now);

private:
    QSqlDatabase m_db;
};

} // namespace mdg
