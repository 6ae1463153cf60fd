#pragma once

#include "CaseService.h"
#include "connectors/RecordsConnector.h"

#include <QCoreApplication>

namespace mdg {

// A 転居 or 転出 brings no certificate: the resident register's household stands where the
// paper stands for a 転入. The household the pre-entry names is found through the records
// connector and compared with what was entered by the same comparison, its findings settled
// the same way.
class RegisterCheck
{
    Q_DECLARE_TR_FUNCTIONS(mdg::RegisterCheck)

public:
    // The register's household as the comparison takes it: the head's address is where
    // everyone lives today; every value is sure (nothing was read).
    static TransferOutCertificate asCertificate(const QList<ResidentRecord>& household, const QString& registerName);
    // The household of `entered`: its head (or first member) by name and birth date. Fails
    // with a message for the clerk when nobody or several households match.
    static Result<QList<ResidentRecord>> findHousehold(RecordsConnector& connector, const Household& entered);
    // Looks the case's household up and attaches the comparison (audited as a view and a change).
    static Result<Case> run(CaseService& cases, const Actor& actor, const QUuid& id, RecordsConnector& connector);
};

} // namespace mdg
