#pragma once

#include "domain/Audit.h"
#include "domain/Case.h"
#include "domain/Result.h"
#include "queue/Board.h"

#include <QJsonObject>
#include <QList>
#include <QUuid>

namespace mdg {

// One change as a workstation pushes it: the event and the case as it stood after it.
struct SyncedChange
{
    CaseEvent event; // event.caseVersion is the version after the change
    QJsonObject caseSnapshot;
    // The central version the change builds on: the one before it, except when a clerk
    // settled a conflict on top of the version the store held then.
    int expectedVersion = -1;
    int expected() const { return expectedVersion >= 0 ? expectedVersion : event.caseVersion - 1; }
};

struct PushOutcome
{
    QList<QUuid> accepted; // applied now, or already there (a repeated push)
    struct Conflict
    {
        QUuid eventId;
        QUuid caseId;
        int centralVersion = 0; // what the store holds; the pushed change expected one less than its own
        QJsonObject centralSnapshot;
    };
    QList<Conflict> conflicts; // not applied: another workstation changed the case first
};

// Who works on a case now. A claim is exclusive across every workstation until it is
// released or expires; its holder renews it while working.
struct Claim
{
    QUuid caseId;
    QString staffId;
    QString workstationId;
    QDateTime claimedAt; // UTC
    QDateTime expiresAt; // UTC

    bool heldBy(const QString& staff, const QString& workstation) const
    {
        return staffId == staff && workstationId == workstation;
    }
};

struct PulledChange
{
    qint64 cursor = 0; // pull again after this
    SyncedChange change;
};

// The store every workstation syncs to (ARCHITECTURE.md, Stores): SQLite for one PC, a
// demo or training; PostgreSQL for many counters. Pushes are idempotent by event id and
// guarded by the case version, so nothing is overwritten silently.
class CentralStore
{
public:
    virtual ~CentralStore() = default;
    virtual Result<void> open() = 0;

    // In order, in one transaction. A change applies when the store holds the case at the
    // version it expects; once a case conflicts, its later changes in the batch conflict too.
    virtual Result<PushOutcome> push(const QList<SyncedChange>& batch) = 0;
    // Changes accepted after `cursor`, other workstations' only, oldest first.
    virtual Result<QList<PulledChange>> pull(qint64 cursor, const QString& exceptWorkstation, int limit) = 0;

    // Takes the case for `staff` at `workstation` until `until`, or renews the holder's own
    // claim. Of several workstations claiming at once exactly one wins; the answer is the
    // claim that holds afterwards (someone else's when this one lost).
    virtual Result<Claim> claim(const QUuid& caseId, const QString& staff, const QString& workstation,
        const QDateTime& now, const QDateTime& until)
        = 0;
    // Hands the case back; only its holder can. Without a case id: every claim of the
    // holder (sign-out).
    virtual Result<int> release(const QUuid& caseId, const QString& staff, const QString& workstation) = 0;
    virtual Result<QList<Claim>> claims(const QDateTime& now) = 0; // those not expired

    // The office's queue: the tickets of the numbers issued since `since` (today's), in the
    // office or gone.
    virtual Result<QList<queue::Ticket>> tickets(const QDateTime& since) = 0;
    // "Call next" for `stage` at `r.counter` (queue::pickNext, then Action::Call), decided
    // here: of several counters calling at once each gets a different number. None when
    // nobody waits.
    virtual Result<std::optional<queue::Ticket>> callNext(Stage stage, const queue::Request& r, const QDateTime& now)
        = 0;
    // Any other request on one number (queue::apply), decided here as well; ErrorCode::Invalid
    // with the rule's reason when it does not apply, ErrorCode::NotFound without a ticket.
    virtual Result<queue::Ticket> act(const QUuid& caseId, const queue::Request& r, const QDateTime& now) = 0;
    // The numbers called for the first time since `since` (from the pushed number_called events).
    virtual Result<QList<queue::FirstCall>> firstCalls(const QDateTime& since) = 0;

    // The workstations' audit rows, kept as chained there and never changed: pushing a row
    // again changes nothing. Answers how many were new.
    virtual Result<int> pushAudit(const QList<ChainedAuditEntry>& rows) = 0;
    virtual Result<QStringList> auditWorkstations() = 0;
    virtual Result<QList<ChainedAuditEntry>> auditOf(const QString& workstation) = 0; // in order of seq
};

} // namespace mdg
