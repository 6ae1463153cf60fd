#include "FindingRepository.h"

#include "SqlUtil.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace mdg {
void FindingRepository::putCertificate(const QUuid& caseId, const TransferOutCertificate& certificate,
    const QByteArray& imageJpeg, const QDateTime& at, const QString& staffId)
{
    execSql(m_db,
        QStringLiteral("INSERT OR REPLACE INTO case_certificates (case_id, certificate, image, read_at, staff_id) "
                       "VALUES (?, ?, ?, ?, ?)"),
        {toDbId(caseId), toDbJson(certificate.toJson()), imageJpeg, toDbTime(at), staffId});
}

std::optional<FindingRepository::StoredCertificate> FindingRepository::certificate(const QUuid& caseId) const
{
    QSqlQuery q = execSql(
        m_db, QStringLiteral("SELECT certificate, image FROM case_certificates WHERE case_id = ?"), {toDbId(caseId)});
    if (!q.next())
        return std::nullopt;
    const QJsonObject o = fromDbJson(q.value(0));
    return StoredCertificate {TransferOutCertificate::fromJson(o), q.value(1).toByteArray()};
}

bool FindingRepository::hasCertificate(const QUuid& caseId) const
{
    return execSql(m_db, QStringLiteral("SELECT 1 FROM case_certificates WHERE case_id = ?"), {toDbId(caseId)}).next();
}

void FindingRepository::replaceFindings(const QUuid& caseId, const QList<CaseFinding>& findings)
{
    execSql(m_db, QStringLiteral("DELETE FROM case_findings WHERE case_id = ?"), {toDbId(caseId)});
    for (qsizetype i = 0; i < findings.size(); ++i)
        execSql(m_db,
            QStringLiteral("INSERT INTO case_findings (case_id, position, field, open, body) VALUES (?, ?, ?, ?, ?)"),
            {toDbId(caseId), int(i), findings[i].finding.field, findings[i].open() ? 1 : 0,
                toDbJson(findings[i].toJson())});
}

QList<CaseFinding> FindingRepository::findings(const QUuid& caseId) const
{
    QSqlQuery q = execSql(
        m_db, QStringLiteral("SELECT body FROM case_findings WHERE case_id = ? ORDER BY position"), {toDbId(caseId)});
    QList<CaseFinding> out;
    while (q.next())
        out << CaseFinding::fromJson(fromDbJson(q.value(0)));
    return out;
}

int FindingRepository::openCount(const QUuid& caseId) const
{
    QSqlQuery q = execSql(
        m_db, QStringLiteral("SELECT COUNT(*) FROM case_findings WHERE case_id = ? AND open = 1"), {toDbId(caseId)});
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace mdg
