#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>
#include <QUuid>
#include <optional>

namespace mdg {

// Signed pre-entries delivered over the closed network (preentry_inbox), kept as they
// came and verified again when used. A failed statement throws DbError, answered by Database::read/write.
class InboxRepository
{
public:
    explicit InboxRepository(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    // False when the pre-entry was there already.
    // `expiresAt`: the pre-entry's expiry (invalid when unknown); retention counts from it.
    bool add(const QUuid& id, const QByteArray& signedPayload, const QString& kid, const QDateTime& receivedAt,
        const QDateTime& expiresAt);
    std::optional<QByteArray> signedPayload(const QUuid& id) const;

private:
    QSqlDatabase m_db;
};

} // namespace mdg
