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

} // namespace mdg
