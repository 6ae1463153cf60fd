#pragma once

#include "domain/Case.h"
#include "domain/Result.h"

#include <QJsonObject>
#include <QList>
#include <QUuid>

namespace mdg {

// One change as a workstation pushes it: the event and the case as it stood after it.
struct SyncedChange
{
    CaseEvent event; // event.caseVersion is the version after the change
    QJsonObject caseSnapshot;
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
    virtual bool open(QString* error) = 0;

    // In order, in one transaction. A change applies when the store holds the case at the
    // version before it; once a case conflicts, its later changes in the batch conflict too.
    virtual Result<PushOutcome> push(const QList<SyncedChange>& batch) = 0;
    // Changes accepted after `cursor`, other workstations' only, oldest first.
    virtual Result<QList<PulledChange>> pull(qint64 cursor, const QString& exceptWorkstation, int limit) = 0;
};

} // namespace mdg
