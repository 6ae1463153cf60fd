#pragma once

#include "sync/CentralStore.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QUrl>
#include <memory>

namespace mdg {

// The central store over Qt Sql. The location is either a SQLite file (the embedded
// default for one PC, a demo or training) or a PostgreSQL URL for many counters:
//   postgresql://user:password@host:5432/database?sslmode=require&connect_timeout=5
// Both speak the same SQL except where the engines differ (migrations, write lock).
// One instance per thread.
class SqlCentralStore : public CentralStore
{
    Q_DECLARE_TR_FUNCTIONS(mdg::SqlCentralStore)

public:
    explicit SqlCentralStore(QString location);
    ~SqlCentralStore() override;
    SqlCentralStore(const SqlCentralStore&) = delete;
    SqlCentralStore& operator=(const SqlCentralStore&) = delete;

    static bool isPostgresLocation(const QString& location);
    // A store opened for one request, or null when it cannot be reached (the driver's words
    // go to the log under `who`; the caller tells the clerk in its own).
    static std::unique_ptr<CentralStore> connect(const QString& location, const char* who);
    // Sets driver options from a postgresql:// URL; false when it is not one.
    static bool configurePostgres(QSqlDatabase& db, const QUrl& url);

    Result<void> open() override;
    Result<PushOutcome> push(const QList<SyncedChange>& batch) override;
    Result<QList<PulledChange>> pull(qint64 cursor, const QString& exceptWorkstation, int limit) override;
    Result<Claim> claim(const QUuid& caseId, const QString& staff, const QString& workstation, const QDateTime& now,
        const QDateTime& until) override;
    Result<int> release(const QUuid& caseId, const QString& staff, const QString& workstation) override;
    Result<QList<Claim>> claims(const QDateTime& now) override;
    Result<QList<queue::Ticket>> tickets(const QDateTime& since) override;
    Result<std::optional<queue::Ticket>> callNext(Stage stage, const queue::Request& r, const QDateTime& now) override;
    Result<queue::Ticket> act(const QUuid& caseId, const queue::Request& r, const QDateTime& now) override;
    Result<QList<queue::FirstCall>> firstCalls(const QDateTime& since) override;
    Result<int> pushAudit(const QList<ChainedAuditEntry>& rows) override;
    Result<QStringList> auditWorkstations() override;
    Result<QList<ChainedAuditEntry>> auditOf(const QString& workstation) override;

private:
    // One writer at a time: BEGIN IMMEDIATE on SQLite, an advisory lock on PostgreSQL.
    void lockForWriting();
    QList<queue::Ticket> selectTickets(const QString& where, const QVariantList& binds);
    // The numbers waiting for a stage's call, issued since `issuedSince`.
    QList<queue::Ticket> line(Stage stage, const QDateTime& issuedSince);
    void saveTicket(const queue::Ticket& t, const QDateTime& now);

    QString m_location;
    QString m_connection;
    QSqlDatabase m_db;
};

} // namespace mdg
