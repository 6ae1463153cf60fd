#pragma once

#include <QDateTime>
#include <QString>

namespace mdg {

// Audit actions. Rows carry ids only, never names, addresses or other personal data.
namespace AuditAction {
inline constexpr auto SignIn = "sign_in";
inline constexpr auto SignInFailed = "sign_in_failed";
inline constexpr auto SignInLocked = "sign_in_locked";
inline constexpr auto SignOut = "sign_out";
inline constexpr auto CaseOpen = "case_open";
inline constexpr auto CaseView = "case_view";
inline constexpr auto CaseCreate = "case_create";
inline constexpr auto CaseChange = "case_change";
inline constexpr auto CasePrint = "case_print"; // a sheet printed or exported for the resident
inline constexpr auto CertificateView = "certificate_view"; // the certificate's photo shown
inline constexpr auto Export = "export"; // figures written to a file (detail: what)
inline constexpr auto Unlock = "unlock"; // the locked window opened again by its staff member
inline constexpr auto StaffRoles = "staff_roles"; // detail: the roles before and after
inline constexpr auto CardRead = "card_read"; // a My Number card's four facts read (never the facts)
inline constexpr auto StaffCreate = "staff_create";
inline constexpr auto QrRejected = "qr_rejected";
inline constexpr auto RetentionPurge = "retention_purge"; // personal data removed after its time
} // namespace AuditAction

struct AuditEntry
{
    qint64 seq = 0;
    QDateTime at; // UTC
    QString staffId; // empty when the login was unknown
    QString workstationId;
    QString action;
    QString caseId; // empty when not about a case
    QString detail; // ids, stage keys, counts: no personal data
};

// A row as the hash chain holds it: the entry, the hash of the row before it in the chain
// (empty for a chain's first row) and its own (empty for rows from before the chain).
struct ChainedAuditEntry
{
    AuditEntry entry;
    QString prevHash;
    QString hash;
};

// Where a chain breaks: none when every row holds.
struct AuditVerdict
{
    qint64 rows = 0;
    qint64 beforeChain = 0; // rows written before the chain began (no hash)
    qint64 chains = 0; // chains begun (a store made anew starts another)
    qint64 firstBadSeq = 0; // 0: intact
    QString problem; // "changed", "removed or inserted", "unchained after the chain began", …
    bool intact() const { return firstBadSeq == 0; }
};

} // namespace mdg
