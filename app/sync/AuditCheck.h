#pragma once

#include "db/Database.h"
#include "sync/CentralStore.h"

#include <QCoreApplication>

namespace mdg {

// The audit chains as the central store holds them, and this workstation's log against its
// copy there: what a workstation's log alone cannot show (its last rows cut off, or rows the
// central store should hold and does not) shows here.
class AuditCheck
{
    Q_DECLARE_TR_FUNCTIONS(mdg::AuditCheck)

public:
    struct Chain
    {
        QString workstation;
        AuditVerdict verdict;
    };
    // Every workstation's rows in the central store, each checked as linked rows.
    static Result<QList<Chain>> central(CentralStore& store);

    struct Comparison
    {
        QString workstation;
        qint64 localLastSeq = 0; // the last chained row here (0: none)
        qint64 missingHere = 0; // rows the central store holds after the local log's last row
        qint64 firstMissingSeq = 0; // the first of them
        qint64 missingCentrally = 0; // rows sent (by the cursor) that the central store lacks
        bool intact() const { return missingHere == 0 && missingCentrally == 0; }
    };
    static Result<Comparison> compare(Database& local, CentralStore& store, const QString& workstation);
};

} // namespace mdg
