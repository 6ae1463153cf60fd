#pragma once

#include "Household.h"
#include "Procedure.h"
#include "Stage.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QUuid>
#include <optional>

namespace mdg {

struct Case
{
    QUuid id;
    Procedure procedure = Procedure::MovingIn;
    Stage stage = Stage::Reception;
    int version = 0; // increases with every change; sync uses it to detect conflicts
    QString reference; // shown to the resident, e.g. "K7Q-4M2-93X"
    QDate queueDate; // the counter day the queue number belongs to
    int queueNumber = 0;
    QString queueOrigin; // the workstation that gave out the queue number (unique per day and origin)
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
    QString sentBackReason; // the reviewer's reason while the case is sent back or re-entered
    Household household;
    // Set when the case was opened from a pre-entry QR (CONTRACTS.md section 1).
    QUuid preEntryId;
    QJsonObject applicant; // {name, name_kana, birth_date, phone}
    QJsonArray certificates; // [{type, copies}]
    QJsonObject answers; // the guidance questionnaire

    // The whole case as the central store keeps it (personal data: stores only, never logs).
    QJsonObject toJson() const;
    static std::optional<Case> fromJson(const QJsonObject& o);
};

// One change of a case. The event log is append-only and ordered by a local sequence
// number, so the sync engine and the dashboard can read it from a cursor.
struct CaseEvent
{
    qint64 seq = 0; // local order, assigned by the store
    QUuid eventId;
    QUuid caseId;
    int caseVersion = 0; // the case version after this change
    QString kind; // see EventKind
    std::optional<Stage> fromStage;
    std::optional<Stage> toStage;
    QString staffId;
    QString workstationId;
    QDateTime occurredAt; // UTC
    QJsonObject detail; // never personal data: reasons, field names, counts
};

namespace EventKind {
inline constexpr auto Created = "case_created";
inline constexpr auto StageChanged = "stage_changed";
inline constexpr auto HouseholdChanged = "household_changed";
inline constexpr auto QrRescanned = "qr_rescanned";
inline constexpr auto CertificateChecked = "certificate_checked";
inline constexpr auto FindingResolved = "finding_resolved";
inline constexpr auto ConflictSettled = "conflict_settled";
inline constexpr auto Claimed = "case_claimed"; // a staff member took the case from its stage's queue
inline constexpr auto Released = "case_released"; // handed back to the queue
inline constexpr auto ChangeSubmitted = "change_submitted"; // the records system accepted the approved change
inline constexpr auto GuidanceMarked = "guidance_marked"; // a related procedure ticked done, not needed or referred
// The resident's number in the office's queue (queue/Ticket.h): detail {action, counter, calls, reason}.
inline constexpr auto NumberCalled = "number_called"; // called to a counter, or called again
inline constexpr auto NumberParked = "number_parked"; // nobody came after the last call: a no-show
inline constexpr auto NumberMoved = "number_moved"; // unparked, held, resumed, transferred or prioritised
} // namespace EventKind

// A reference the resident can read aloud: no 0/O, 1/I/L.
QString makeCaseReference();

} // namespace mdg
