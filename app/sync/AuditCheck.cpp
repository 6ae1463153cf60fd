#include "AuditCheck.h"

#include "OutboxRepository.h"
#include "db/AuditRepository.h"

#include <QHash>
#include <QSet>

namespace mdg {

Result<QList<AuditCheck::Chain>> AuditCheck::central(CentralStore& store)
{
    const auto workstations = store.auditWorkstations();
    if (!workstations)
        return Result<QList<Chain>>::failure(workstations);
    QList<Chain> out;
    for (const QString& ws : workstations.value()) {
        const auto rows = store.auditOf(ws);
        if (!rows)
            return Result<QList<Chain>>::failure(rows);
        out << Chain {ws, AuditRepository::verifyLinked(rows.value())};
    }
    return out;
}

Result<AuditCheck::Comparison> AuditCheck::compare(Database& local, CentralStore& store, const QString& workstation)
{
    struct Here
    {
        QList<ChainedAuditEntry> sent;
        std::optional<ChainedAuditEntry> last;
    };
    const auto here = local.read([](QSqlDatabase db) {
        const qint64 pushed = OutboxRepository(db).auditPushedSeq();
        const AuditRepository audit(db);
        QList<ChainedAuditEntry> sent;
        for (const ChainedAuditEntry& r : audit.chainedAfter(0, std::numeric_limits<int>::max()))
            if (r.entry.seq <= pushed)
                sent << r;
        return Here {sent, audit.lastChained()};
    });
    if (!here)
        return Result<Comparison>::failure(here);
    const auto there = store.auditOf(workstation);
    if (!there)
        return Result<Comparison>::failure(there);

    Comparison c;
    c.workstation = workstation;
    QSet<QString> held;
    QHash<QString, const ChainedAuditEntry*> next; // a row by the hash it follows
    for (const ChainedAuditEntry& r : there.value()) {
        held.insert(r.hash);
        next.insert(r.prevHash, &r);
    }
    for (const ChainedAuditEntry& r : here->sent)
        c.missingCentrally += held.contains(r.hash) ? 0 : 1;
    if (!here->last && !there->isEmpty()) {
        // Nothing chained here, yet the central store holds this workstation's rows.
        c.missingHere = there->size();
        c.firstMissingSeq = there->first().entry.seq;
    } else if (here->last) {
        c.localLastSeq = here->last->entry.seq;
        // Walk the central copy on from the last row here: anything found was cut off here.
        for (auto it = next.constFind(here->last->hash); it != next.cend(); it = next.constFind(it.value()->hash)) {
            if (c.missingHere == 0)
                c.firstMissingSeq = it.value()->entry.seq;
            if (++c.missingHere > there->size())
                break; // a cycle can only be forged; stop rather than loop
        }
    }
    return c;
}

} // namespace mdg
