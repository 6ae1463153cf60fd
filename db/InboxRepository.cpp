#include "InboxRepository.h"

#include "SqlUtil.h"

namespace mdg {

bool InboxRepository::add(const QUuid& id, const QByteArray& signedPayload, const QString& kid,
    const QDateTime& receivedAt, const QDateTime& expiresAt)
{
    QSqlQuery q = execSql(m_db,
        QStringLiteral("INSERT OR IGNORE INTO preentry_inbox (id, signed, kid, received_at, expires_at) "
                       "VALUES (?, ?, ?, ?, ?)"),
        {id.toString(QUuid::WithoutBraces), signedPayload, kid, toDbTime(receivedAt),
            expiresAt.isValid() ? QVariant(toDbTime(expiresAt)) : QVariant()});
    return q.numRowsAffected() > 0;
}

std::optional<QByteArray> InboxRepository::signedPayload(const QUuid& id) const
{
    QSqlQuery q = execSql(
        m_db, QStringLiteral("SELECT signed FROM preentry_inbox WHERE id = ?"), {id.toString(QUuid::WithoutBraces)});
    if (!q.next())
        return std::nullopt;
    return q.value(0).toByteArray();
}

} // namespace mdg
