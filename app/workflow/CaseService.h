#pragma once

#include <QCoreApplication>

#include "CasePolicy.h"
#include "ConsistentPath.h"
#include "db/Database.h"
#include "db/FindingRepository.h"
#include "domain/Audit.h"
#include "domain/Case.h"
#include "domain/Clock.h"
#include "domain/PreEntry.h"
#include "domain/Result.h"
#include "domain/StaffMember.h"
#include "guidance/Checklist.h"
#include "guidance/GuidanceSheet.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <functional>

namespace mdg {

class CaseRepository;

// The case lifecycle on the local store. Every change bumps the case version and
// writes its event and audit rows in the same transaction as the change itself.
class CaseService
{
    Q_DECLARE_TR_FUNCTIONS(mdg::CaseService)

public:
    CaseService(Database& db, const Clock& clock = Clock::system())
        : m_db(db)
        , m_clock(clock)
    { }

    Result<Case> create(const Actor& actor, Procedure procedure, const Household& household);

    // Opens the case of a verified pre-entry, prefilled; the same pre-entry again
    // reopens the case it opened (a new event, never a second case).
    struct PreEntryCase
    {
        Case c;
        bool reopened = false;
    };
    // A new case opens in Entry: the scan is the reception step (its event says so). It stays
    // in Reception when the actor may not move it on.
    Result<PreEntryCase> openPreEntry(const Actor& actor, const PreEntry& p);
    // Refuses when the case changed since `expectedVersion` was read, when the stage
    // machine forbids the move, or when the actor's roles do not allow it.
    Result<Case> changeStage(
        const Actor& actor, const QUuid& id, int expectedVersion, Stage to, const QString& reason = {});
    // The zero-keystroke path: the case goes from Entry to Review when its certificate agrees
    // with what was entered (consistent_path::judge, values read with less than `unsureBelow`
    // count as unsure). The stage change's event says it moved by itself; a refusal names the
    // first thing that needs the clerk (ErrorCode::NotAllowed).
    Result<Case> sendToReviewByItself(const Actor& actor, const QUuid& id, int expectedVersion, double unsureBelow);
    // What sendToReviewByItself would decide now, for the pages to show (counts and field
    // keys, no personal data: not audited).
    struct Consistency
    {
        int version = 0; // of the case judged: a later change makes the judgement stale
        QString reference;
        Stage stage = Stage::Reception;
        consistent_path::Judgement judgement;
    };
    Result<Consistency> consistency(const QUuid& id, double unsureBelow);
    Result<Case> updateHousehold(const Actor& actor, const QUuid& id, int expectedVersion, const Household& household);

    // The certificate read for the case (the page image as JPEG) is compared with what
    // was entered; the findings replace earlier ones, keeping resolutions that still apply.
    Result<Case> attachCertificate(const Actor& actor, const QUuid& id, int expectedVersion,
        const TransferOutCertificate& certificate, const QByteArray& imageJpeg);
    // Settles one finding (by its field): the value goes into the case, the comparison is
    // run again, and the resolution is an event with who and when.
    Result<Case> resolveFinding(
        const Actor& actor, const QUuid& id, int expectedVersion, const QString& field, Resolution resolution);
    // Ticks one related procedure of the case's guidance (by its rule id); an event with who
    // and when. Open takes a tick back.
    Result<Case> markGuidance(
        const Actor& actor, const QUuid& id, int expectedVersion, const QString& item, guidance::Mark mark);
    // The guidance sheet of the case written to `pdfPath` for the resident, and audited.
    Result<void> writeGuidanceSheet(
        const Actor& actor, const QUuid& id, const QString& pdfPath, const QString& language);
    struct CrossCheckState
    {
        std::optional<FindingRepository::StoredCertificate> certificate;
        QList<CaseFinding> findings;
        int open() const;
    };
    // Audited as a view of the case.
    Result<CrossCheckState> crossCheck(const Actor& actor, const QUuid& id);
    // How many findings wait for the clerk; nullopt when no certificate was checked. A
    // count, not personal data: not audited.
    Result<std::optional<int>> openFindings(const QUuid& id);
    // What CasePolicy::mayMove needs to know of the case for this actor (four eyes, findings).
    Result<CasePolicy::CaseFacts> facts(const Actor& actor, const QUuid& id);

    // Loads a case with its members and audits the access (case_open or case_view).
    Result<Case> open(const Actor& actor, const QUuid& id, const char* auditAction = AuditAction::CaseOpen);

    struct HistoryEntry
    {
        CaseEvent event;
        QString staffName; // display name, or the id for staff unknown here
    };
    Result<QList<HistoryEntry>> history(const QUuid& id);
    // Who opened, viewed and changed the case, from the audit log: for reviewers,
    // supervisors and administrators only; reading it is itself audited.
    struct AuditTrailEntry
    {
        AuditEntry entry;
        QString staffName;
    };
    Result<QList<AuditTrailEntry>> auditTrail(const Actor& actor, const QUuid& id);
    // What happened here that changes no case (a My Number card read, a slip printed at the
    // writing desk), for a case or (null id) none yet: who, when and ids only, never what was read.
    Result<void> recordAudit(const Actor& actor, const QUuid& id, const char* action, const QString& detail);

    // Lists carry headers only (no members), so they are not an access to personal data.
    Result<QList<Case>> todaysCases();
    Result<QList<Case>> casesInStage(Stage stage);
    Result<QHash<Stage, int>> countsByStage();
    Result<QHash<QUuid, int>> memberCounts(const QList<Case>& cases);
    // A list as the pages show it: the cases and how many members each has.
    struct Listing
    {
        QList<Case> cases;
        QHash<QUuid, int> memberCounts;
        static Result<Listing> of(CaseService& service, Result<QList<Case>> cases);
    };

    QDate today() const;
    // The ward office of this workstation: new cases carry it for the supervisors' figures.
    void setWard(const QString& ward) { m_ward = ward; }

    // A change of this workstation that the central store refused because another
    // workstation changed the case first: both versions, for a clerk to choose.
    struct Conflict
    {
        Case mine;
        std::optional<Case> theirs; // empty when the store's version could not be read
        int centralVersion = 0;
        QDateTime detectedAt;
    };
    // Empty when the case has nothing to settle. Audited as a view.
    Result<std::optional<Conflict>> conflict(const Actor& actor, const QUuid& id);
    enum class Keep { Mine, Theirs };
    // The chosen version becomes the case, as a new change built on the store's version.
    Result<Case> settleConflict(const Actor& actor, const QUuid& id, Keep keep);

private:
    Result<Case> insertNew(const Actor& actor, Case c);
    // A condition of a stage change beyond the policy's, checked in its transaction; what it
    // answers goes into the change's event.
    using StageGate = std::function<Result<QJsonObject>(QSqlDatabase db, const Case& c)>;
    Result<Case> moveStage(const Actor& actor, const QUuid& id, int expectedVersion, Stage to, const QString& reason,
        const StageGate& gate);
    // What a change of the entered data did, for its event and audit rows.
    struct Effect
    {
        const char* eventKind;
        QJsonObject eventDetail; // never personal data
        QString auditDetail;
    };
    // The case as loaded (version already bumped) is changed in place; a failure refuses it.
    using EnteredDataChange
        = std::function<Result<Effect>(QSqlDatabase db, CaseRepository& cases, Case& c, const QDateTime& now)>;
    // The frame of every change of the entered data: a clerk, the version read, Reception,
    // Entry or sent back, one transaction with its event and audit rows.
    Result<Case> changeEnteredData(const Actor& actor, const QUuid& id, int expectedVersion, CasePolicy::Work work,
        const EnteredDataChange& change);

    Database& m_db;
    const Clock& m_clock;
    QString m_ward;
};

} // namespace mdg
