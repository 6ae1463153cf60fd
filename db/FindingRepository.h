#pragma once

#include "crosscheck/Resolution.h"
#include "domain/TransferOutCertificate.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QUuid>
#include <optional>

namespace mdg {

// The certificate of a case and the findings of its cross-check. A failed statement throws DbError (db only); callers
// own the transaction.
class FindingRepository
{
public:
    explicit FindingRepository(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    struct StoredCertificate
    {
        TransferOutCertificate certificate;
        QByteArray imageJpeg;
    };
    void putCertificate(const QUuid& caseId, const TransferOutCertificate& certificate, const QByteArray& imageJpeg,
        const QDateTime& at, const QString& staffId);
    std::optional<StoredCertificate> certificate(const QUuid& caseId) const;
    bool hasCertificate(const QUuid& caseId) const;

    void replaceFindings(const QUuid& caseId, const QList<CaseFinding>& findings);
    QList<CaseFinding> findings(const QUuid& caseId) const;
    int openCount(const QUuid& caseId) const;

private:
    QSqlDatabase m_db;
};

} // namespace mdg
