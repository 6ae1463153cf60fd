#include "CaseService.h"

#include "CasePolicy.h"
#include "ConsistentPath.h"

#include "CaseLog.h"
#include "db/AuditRepository.h"
#include "db/CaseRepository.h"
#include "db/ConflictRepository.h"
#include "db/EventRepository.h"
#include "db/FindingRepository.h"
#include "db/SqlUtil.h"
#include "db/StaffRepository.h"
#include "db/SubmissionRepository.h"
#include "sync/OutboxRepository.h"

#include <QJsonObject>
#include <algorithm>

namespace mdg {

using caselog::writeAudit;
using caselog::writeEvent;

namespace {
// The case as stored, provided nobody changed it since the caller read `expectedVersion`.
Result<Case> loadUnchanged(const CaseRepository& cases, const QUuid& id, int expectedVersion)
{
    std::optional<Case> found = cases.find(id);
    if (!found)
        return Result<Case>::failure(ErrorCode::NotFound, CaseService::tr("The case does not exist."));
    if (found->version != expectedVersion)
        return Result<Case>::failure(ErrorCode::Stale,
            CaseService::tr(
                "Someone else changed this case in the meantime. It has been reloaded; check it and try again."));
    return *found;
}
// The comparison run again after the entered data or the certificate changed; returns
// the number of findings still waiting for the clerk.
int refreshFindings(QSqlDatabase db, const Case& c)
{
    FindingRepository repo(db);
    const auto stored = repo.certificate(c.id);
    if (!stored)
        return 0;
    const auto findings
        = FindingResolver::carryOver(repo.findings(c.id), CrossCheck::compare(c.household, stored->certificate));
    repo.replaceFindings(c.id, findings);
    return int(std::count_if(findings.cbegin(), findings.cend(), [](const CaseFinding& f) { return f.open(); }));
}

// What CasePolicy::mayMove needs to know of the case for this actor.
CasePolicy::CaseFacts factsOf(QSqlDatabase db, const Actor& actor, const Case& c)
{
    CasePolicy::CaseFacts facts;
    facts.stage = c.stage;
    for (const CaseEvent& e : EventRepository(db).forCase(c.id))
        if (e.staffId == actor.staff.id && CasePolicy::entersData(e.kind))
            facts.actorEnteredData = true;
    facts.openFindings = FindingRepository(db).openCount(c.id);
    return facts;
}

} // namespace

QDate CaseService::today() const
{
    return m_clock.nowUtc().toLocalTime().date();
}

Result<Case> CaseService::create(const Actor& actor, Procedure procedure, const Household& household)
{
    Case c;
    c.procedure = procedure;
    c.household = household;
    return insertNew(actor, std::move(c));
}

Result<Case> CaseService::insertNew(const Actor& actor, Case c)
{
    if (const auto may = CasePolicy::may(actor.staff.roles, CasePolicy::Work::OpenCase); !may)
        return Result<Case>::failure(ErrorCode::NotAllowed, may.reason);
    if (c.household.members.isEmpty())
        return Result<Case>::failure(ErrorCode::Invalid, tr("Enter at least one member of the household."));
    const QDateTime now = m_clock.nowUtc();
    c.id = QUuid::createUuid();
    c.stage = Stage::Reception;
    c.version = 1;
    c.queueDate = today();
    c.createdAt = now;
    c.updatedAt = now;
    for (Person& p : c.household.members)
        if (p.id.isEmpty())
            p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return m_db.write([&](QSqlDatabase db) -> Result<Case> {
        CaseRepository cases(db);
        c.queueOrigin = actor.workstationId;
        c.queueNumber = cases.nextQueueNumber(c.queueDate, c.queueOrigin);
        // The resident reads the pre-entry's reference aloud; keep it unless it is taken.
        if (c.reference.isEmpty() || cases.referenceTaken(c.reference))
            c.reference = makeCaseReference();
        cases.insert(c);
        QJsonObject detail {{QStringLiteral("procedure"), procedureKey(c.procedure)},
            {QStringLiteral("members"), int(c.household.members.size())}};
        if (!m_ward.isEmpty())
            detail.insert(QStringLiteral("ward"), m_ward);
        if (!c.preEntryId.isNull()) {
            // Entered by the resident at the writing desk's tablet, or on the web and scanned.
            detail.insert(
                QStringLiteral("source"), actor.staff.has(Role::Desk) ? QStringLiteral("desk") : QStringLiteral("qr"));
            detail.insert(QStringLiteral("preentry_id"), c.preEntryId.toString(QUuid::WithoutBraces));
        }
        writeEvent(db, actor, c, EventKind::Created, now, std::nullopt, Stage::Reception, detail);
        writeAudit(db, actor, AuditAction::CaseCreate, c.id, now);
        return c;
    });
}

Result<CaseService::PreEntryCase> CaseService::openPreEntry(const Actor& actor, const PreEntry& p)
{
    if (const auto may = CasePolicy::may(actor.staff.roles, CasePolicy::Work::OpenCase); !may)
        return Result<PreEntryCase>::failure(ErrorCode::NotAllowed, may.reason);
    const auto rescanned = m_db.write([&](QSqlDatabase db) -> std::optional<PreEntryCase> {
        CaseRepository cases(db);
        const auto existing = cases.findByPreEntry(p.id);
        if (!existing)
            return std::nullopt;
        Case c = *cases.find(*existing);
        const QDateTime now = m_clock.nowUtc();
        c.version += 1;
        c.updatedAt = now;
        cases.update(c);
        writeEvent(db, actor, c, EventKind::QrRescanned, now, std::nullopt, std::nullopt,
            {{QStringLiteral("preentry_id"), p.id.toString(QUuid::WithoutBraces)}});
        writeAudit(db, actor, AuditAction::CaseOpen, c.id, now, QStringLiteral("qr"));
        return PreEntryCase {c, true};
    });
    if (!rescanned)
        return Result<PreEntryCase>::failure(rescanned);
    if (rescanned.value())
        return *rescanned.value();
    Case c;
    c.procedure = p.procedure;
    c.reference = p.ref;
    c.preEntryId = p.id;
    c.household = p.household();
    const QJsonObject json = p.toJson();
    c.applicant = json.value(QStringLiteral("applicant")).toObject();
    c.certificates = json.value(QStringLiteral("certificates")).toArray();
    c.answers = p.answers;
    auto created = insertNew(actor, std::move(c));
    if (!created) {
        // Another workstation or thread opened the same pre-entry a moment earlier.
        const auto again = m_db.read([&](QSqlDatabase db) { return CaseRepository(db).findByPreEntry(p.id); });
        if (again && again.value())
            return openPreEntry(actor, p);
        return Result<PreEntryCase>::failure(created);
    }
    // The resident answered reception's questions on the web: the scan was the reception step.
    const auto inEntry
        = moveStage(actor, created->id, created->version, Stage::Entry, {}, [](QSqlDatabase, const Case&) {
              return Result<QJsonObject>(QJsonObject {{QStringLiteral("by_scan"), true}});
          });
    return PreEntryCase {inEntry ? inEntry.value() : created.value(), false};
}

Result<Case> CaseService::changeStage(
    const Actor& actor, const QUuid& id, int expectedVersion, Stage to, const QString& reason)
{
    return moveStage(actor, id, expectedVersion, to, reason, {});
}

Result<Case> CaseService::sendToReviewByItself(
    const Actor& actor, const QUuid& id, int expectedVersion, double unsureBelow)
{
    return moveStage(
        actor, id, expectedVersion, Stage::Review, {}, [&](QSqlDatabase db, const Case& c) -> Result<QJsonObject> {
            FindingRepository repo(db);
            const auto stored = repo.certificate(c.id);
            const auto judgement = consistent_path::judge(c.stage, c.procedure, c.household.moveDate,
                stored ? &stored->certificate : nullptr, repo.findings(c.id), unsureBelow, today());
            if (!judgement.consistent())
                return Result<QJsonObject>::failure(
                    ErrorCode::NotAllowed, consistent_path::stopText(judgement.stops.first()));
            return QJsonObject {{QStringLiteral("by_itself"), true}, {QStringLiteral("agreeing"), judgement.agreeing},
                {QStringLiteral("advisories"), judgement.advisories},
                {QStringLiteral("corroborated"), judgement.corroborated}};
        });
}

Result<CaseService::Consistency> CaseService::consistency(const QUuid& id, double unsureBelow)
{
    return m_db.read([&](QSqlDatabase db) -> Result<Consistency> {
        const auto c = CaseRepository(db).find(id);
        if (!c)
            return Result<Consistency>::failure(ErrorCode::NotFound, tr("The case does not exist."));
        FindingRepository repo(db);
        const auto stored = repo.certificate(id);
        return Consistency {c->version, c->reference, c->stage,
            consistent_path::judge(c->stage, c->procedure, c->household.moveDate,
                stored ? &stored->certificate : nullptr, repo.findings(id), unsureBelow, today())};
    });
}

Result<Case> CaseService::moveStage(
    const Actor& actor, const QUuid& id, int expectedVersion, Stage to, const QString& reason, const StageGate& gate)
{
    const QDateTime now = m_clock.nowUtc();
    return m_db.write([&](QSqlDatabase db) -> Result<Case> {
        CaseRepository cases(db);
        auto current = loadUnchanged(cases, id, expectedVersion);
        if (!current)
            return current;
        Case c = std::move(current).value();
        if (const auto may = CasePolicy::mayMove(actor.staff.roles, factsOf(db, actor, c), to, reason); !may)
            return Result<Case>::failure(ErrorCode::NotAllowed, may.reason);
        QJsonObject detail;
        if (gate) {
            auto passed = gate(db, c);
            if (!passed)
                return Result<Case>::failure(passed);
            detail = std::move(passed).value();
        }
        const Stage from = c.stage;
        c.stage = to;
        c.version += 1;
        c.updatedAt = now;
        if (to == Stage::SentBack)
            c.sentBackReason = reason.trimmed();
        else if (to == Stage::Review || isTerminal(to))
            c.sentBackReason.clear();
        cases.update(c);
        if (!reason.trimmed().isEmpty())
            detail.insert(QStringLiteral("reason"), reason.trimmed());
        writeEvent(db, actor, c, EventKind::StageChanged, now, from, to, detail);
        writeAudit(db, actor, AuditAction::CaseChange, c.id, now,
            QStringLiteral("stage %1->%2").arg(stageKey(from), stageKey(to)));
        if (from == Stage::Review && to == Stage::Completion)
            // Approved: the change now owes the records system a submission (SubmissionService).
            SubmissionRepository(db).addPending(c.id, now);
        return c;
    });
}

Result<Case> CaseService::changeEnteredData(
    const Actor& actor, const QUuid& id, int expectedVersion, CasePolicy::Work work, const EnteredDataChange& change)
{
    if (const auto may = CasePolicy::may(actor.staff.roles, work); !may)
        return Result<Case>::failure(ErrorCode::NotAllowed, may.reason);
    const QDateTime now = m_clock.nowUtc();
    return m_db.write([&](QSqlDatabase db) -> Result<Case> {
        CaseRepository cases(db);
        auto current = loadUnchanged(cases, id, expectedVersion);
        if (!current)
            return current;
        Case c = std::move(current).value();
        if (const auto may = CasePolicy::may(actor.staff.roles, work, c.stage); !may)
            return Result<Case>::failure(ErrorCode::NotAllowed, may.reason);
        c.version += 1;
        c.updatedAt = now;
        const auto effect = change(db, cases, c, now);
        if (!effect)
            return Result<Case>::failure(effect);
        cases.update(c);
        writeEvent(db, actor, c, effect->eventKind, now, std::nullopt, std::nullopt, effect->eventDetail);
        writeAudit(db, actor, AuditAction::CaseChange, c.id, now, effect->auditDetail);
        return *cases.find(id);
    });
}

Result<Case> CaseService::updateHousehold(
    const Actor& actor, const QUuid& id, int expectedVersion, const Household& household)
{
    if (household.members.isEmpty())
        return Result<Case>::failure(ErrorCode::Invalid, tr("Enter at least one member of the household."));
    return changeEnteredData(actor, id, expectedVersion, CasePolicy::Work::EnterData,
        [&](QSqlDatabase db, CaseRepository& cases, Case& c, const QDateTime&) -> Result<Effect> {
            c.household = household;
            cases.replaceMembers(c.id, c.household.members);
            refreshFindings(db, c);
            return Effect {EventKind::HouseholdChanged, {{QStringLiteral("members"), int(c.household.members.size())}},
                QStringLiteral("household")};
        });
}

Result<Case> CaseService::attachCertificate(const Actor& actor, const QUuid& id, int expectedVersion,
    const TransferOutCertificate& certificate, const QByteArray& imageJpeg)
{
    return changeEnteredData(actor, id, expectedVersion, CasePolicy::Work::CheckCertificate,
        [&](QSqlDatabase db, CaseRepository&, Case& c, const QDateTime& now) -> Result<Effect> {
            FindingRepository(db).putCertificate(c.id, certificate, imageJpeg, now, actor.staff.id);
            const int open = refreshFindings(db, c);
            return Effect {EventKind::CertificateChecked,
                {{QStringLiteral("members"), int(certificate.members.size())}, {QStringLiteral("open"), open}},
                QStringLiteral("certificate")};
        });
}

Result<Case> CaseService::resolveFinding(
    const Actor& actor, const QUuid& id, int expectedVersion, const QString& field, Resolution resolution)
{
    resolution.staffId = actor.staff.id;
    return changeEnteredData(actor, id, expectedVersion, CasePolicy::Work::ResolveFinding,
        [&](QSqlDatabase db, CaseRepository& cases, Case& c, const QDateTime& now) -> Result<Effect> {
            resolution.at = now;
            FindingRepository repo(db);
            const auto stored = repo.certificate(c.id);
            QList<CaseFinding> findings = repo.findings(c.id);
            const auto it = std::find_if(
                findings.begin(), findings.end(), [&](const CaseFinding& f) { return f.finding.field == field; });
            if (!stored || it == findings.end())
                return Result<Effect>::failure(
                    ErrorCode::NotFound, tr("This finding no longer exists; the comparison was run again."));
            auto household = FindingResolver::apply(c.household, stored->certificate, it->finding, resolution);
            if (!household)
                return Result<Effect>::failure(household);
            it->resolution = resolution;
            repo.replaceFindings(c.id, findings);
            if (!(household.value() == c.household)) {
                c.household = std::move(household).value();
                cases.replaceMembers(c.id, c.household.members);
            }
            const int open = refreshFindings(db, c);
            const QString kind = Resolution::kindKey(resolution.kind);
            return Effect {EventKind::FindingResolved,
                {{QStringLiteral("field"), field}, {QStringLiteral("resolution"), kind},
                    {QStringLiteral("open"), open}},
                QStringLiteral("finding %1 %2").arg(field, kind)};
        });
}

Result<Case> CaseService::markGuidance(
    const Actor& actor, const QUuid& id, int expectedVersion, const QString& item, guidance::Mark mark)
{
    return changeEnteredData(actor, id, expectedVersion, CasePolicy::Work::MarkGuidance,
        [&](QSqlDatabase, CaseRepository&, Case& c, const QDateTime&) -> Result<Effect> {
            const QList<guidance::Item> items = guidance::guidanceFor(c);
            if (std::none_of(items.cbegin(), items.cend(), [&](const guidance::Item& i) { return i.rule->id == item; }))
                return Result<Effect>::failure(ErrorCode::NotFound,
                    tr("This procedure is not in the case's guidance any more; the household or the answers "
                       "changed."));
            const QString key = guidance::markKey(mark);
            return Effect {EventKind::GuidanceMarked, {{QStringLiteral("item"), item}, {QStringLiteral("mark"), key}},
                QStringLiteral("guidance %1 %2").arg(item, key)};
        });
}

Result<void> CaseService::writeGuidanceSheet(
    const Actor& actor, const QUuid& id, const QString& pdfPath, const QString& language)
{
    if (const auto may = CasePolicy::may(actor.staff.roles, CasePolicy::Work::MarkGuidance); !may)
        return Result<void>::failure(ErrorCode::NotAllowed, may.reason);
    const auto c = m_db.read([&](QSqlDatabase db) -> Result<Case> {
        if (auto found = CaseRepository(db).find(id))
            return *std::move(found);
        return Result<Case>::failure(ErrorCode::NotFound, tr("The case does not exist."));
    });
    if (!c)
        return Result<void>::failure(c);
    const PreEntry entry = guidance::asPreEntry(c.value());
    // The file first, outside the store's transaction; the audit row once it is there.
    const auto written = guidance::writeSheet(
        pdfPath, {c->reference, c->queueNumber, c->household.headName}, entry, guidance::guidanceFor(entry), language);
    if (!written)
        return Result<void>::failure(
            ErrorCode::Unspecified, tr("The guidance sheet could not be written there. Choose another folder."));
    const QDateTime now = m_clock.nowUtc();
    return m_db.write([&](QSqlDatabase db) -> Result<void> {
        writeAudit(db, actor, AuditAction::CasePrint, id, now, QStringLiteral("guidance sheet"));
        return {};
    });
}

int CaseService::CrossCheckState::open() const
{
    return int(std::count_if(findings.cbegin(), findings.cend(), [](const CaseFinding& f) { return f.open(); }));
}

Result<CaseService::Listing> CaseService::Listing::of(CaseService& service, Result<QList<Case>> cases)
{
    if (!cases)
        return Result<Listing>::failure(cases);
    Listing out;
    out.cases = std::move(cases).value();
    if (auto counts = service.memberCounts(out.cases))
        out.memberCounts = std::move(counts).value();
    return out;
}

Result<CasePolicy::CaseFacts> CaseService::facts(const Actor& actor, const QUuid& id)
{
    return m_db.read([&](QSqlDatabase db) -> Result<CasePolicy::CaseFacts> {
        const std::optional<Case> c = CaseRepository(db).find(id);
        if (!c)
            return Result<CasePolicy::CaseFacts>::failure(ErrorCode::NotFound, tr("The case does not exist."));
        return factsOf(db, actor, *c);
    });
}

Result<std::optional<int>> CaseService::openFindings(const QUuid& id)
{
    return m_db.read([&](QSqlDatabase db) {
        FindingRepository repo(db);
        return repo.hasCertificate(id) ? std::optional<int>(repo.openCount(id)) : std::nullopt;
    });
}

Result<CaseService::CrossCheckState> CaseService::crossCheck(const Actor& actor, const QUuid& id)
{
    return m_db.read([&](QSqlDatabase db) -> Result<CrossCheckState> {
        FindingRepository repo(db);
        CrossCheckState state {repo.certificate(id), repo.findings(id)};
        // The certificate's photo is another person's document: its showing is audited as such.
        const bool photo = state.certificate && !state.certificate->imageJpeg.isEmpty();
        writeAudit(db, actor, photo ? AuditAction::CertificateView : AuditAction::CaseView, id, m_clock.nowUtc(),
            QStringLiteral("crosscheck"));
        return state;
    });
}

Result<std::optional<CaseService::Conflict>> CaseService::conflict(const Actor& actor, const QUuid& id)
{
    using R = Result<std::optional<Conflict>>;
    return m_db.read([&](QSqlDatabase db) -> R {
        const auto stored = ConflictRepository(db).latest(id);
        if (!stored)
            return R(std::nullopt);
        std::optional<Case> mine = CaseRepository(db).find(id);
        if (!mine)
            return R::failure(ErrorCode::NotFound, tr("The case does not exist."));
        writeAudit(db, actor, AuditAction::CaseView, id, m_clock.nowUtc(), QStringLiteral("conflict"));
        return R(Conflict {*mine, Case::fromJson(stored->centralSnapshot), stored->centralVersion, stored->detectedAt});
    });
}

Result<Case> CaseService::settleConflict(const Actor& actor, const QUuid& id, Keep keep)
{
    if (const auto may = CasePolicy::may(actor.staff.roles, CasePolicy::Work::SettleConflict); !may)
        return Result<Case>::failure(ErrorCode::NotAllowed, may.reason);
    return m_db.write([&](QSqlDatabase db) -> Result<Case> {
        ConflictRepository conflicts(db);
        const auto stored = conflicts.latest(id);
        if (!stored)
            return Result<Case>::failure(ErrorCode::NotFound, tr("This case has no conflict to settle any more."));
        const int central = stored->centralVersion;
        CaseRepository cases(db);
        const std::optional<Case> mine = cases.find(id);
        const std::optional<Case> theirs = Case::fromJson(stored->centralSnapshot);
        if (!mine)
            return Result<Case>::failure(ErrorCode::NotFound, tr("The case does not exist."));
        if (keep == Keep::Theirs && (!theirs || theirs->id != id))
            return Result<Case>::failure(ErrorCode::NotFound,
                tr("The central store's version of this case cannot be read; keep this workstation's version."));
        Case c = keep == Keep::Mine ? *mine : *theirs;
        // Above both histories, so neither store ever holds two changes with one version.
        c.version = std::max(mine->version, central) + 1;
        c.queueOrigin = mine->queueOrigin;
        c.queueNumber = mine->queueNumber;
        c.queueDate = mine->queueDate;
        c.updatedAt = m_clock.nowUtc();
        cases.update(c);
        cases.replaceMembers(c.id, c.household.members);
        const QString kept = keep == Keep::Mine ? QStringLiteral("mine") : QStringLiteral("theirs");
        writeEvent(db, actor, c, EventKind::ConflictSettled, c.updatedAt, std::nullopt, std::nullopt,
            {{QStringLiteral("kept"), kept}, {QStringLiteral("central_version"), central}}, central);
        conflicts.remove(id);
        writeAudit(db, actor, AuditAction::CaseChange, id, c.updatedAt, QStringLiteral("conflict:") + kept);
        refreshFindings(db, c);
        return c;
    });
}

Result<Case> CaseService::open(const Actor& actor, const QUuid& id, const char* auditAction)
{
    return m_db.read([&](QSqlDatabase db) -> Result<Case> {
        std::optional<Case> c = CaseRepository(db).find(id);
        if (!c)
            return Result<Case>::failure(ErrorCode::NotFound, tr("The case does not exist."));
        writeAudit(db, actor, auditAction, id, m_clock.nowUtc());
        return *c;
    });
}

Result<QList<CaseService::HistoryEntry>> CaseService::history(const QUuid& id)
{
    return m_db.read([&](QSqlDatabase db) -> Result<QList<HistoryEntry>> {
        StaffRepository staff(db);
        QHash<QString, QString> names;
        QList<HistoryEntry> out;
        for (const CaseEvent& e : EventRepository(db).forCase(id)) {
            if (!names.contains(e.staffId)) {
                const auto s = staff.find(e.staffId);
                names.insert(e.staffId, s ? s->displayName : e.staffId);
            }
            out << HistoryEntry {e, names.value(e.staffId)};
        }
        return out;
    });
}

Result<QList<CaseService::AuditTrailEntry>> CaseService::auditTrail(const Actor& actor, const QUuid& id)
{
    using R = Result<QList<AuditTrailEntry>>;
    if (const auto may = CasePolicy::may(actor.staff.roles, CasePolicy::Work::ReadAuditTrail); !may)
        return R::failure(ErrorCode::NotAllowed, may.reason);
    return m_db.read([&](QSqlDatabase db) -> R {
        writeAudit(db, actor, AuditAction::CaseView, id, m_clock.nowUtc(), QStringLiteral("audit_trail"));
        StaffRepository staff(db);
        QHash<QString, QString> names;
        QList<AuditTrailEntry> out;
        for (const AuditEntry& e : AuditRepository(db).forCase(toDbId(id))) {
            if (!names.contains(e.staffId)) {
                const auto s = staff.find(e.staffId);
                names.insert(e.staffId, s ? s->displayName : e.staffId);
            }
            out << AuditTrailEntry {e, names.value(e.staffId)};
        }
        return out;
    });
}

Result<QList<Case>> CaseService::todaysCases()
{
    return m_db.read([&](QSqlDatabase db) { return CaseRepository(db).listByQueueDate(today()); });
}

Result<QList<Case>> CaseService::casesInStage(Stage stage)
{
    return m_db.read([&](QSqlDatabase db) { return CaseRepository(db).listByStage(stage); });
}

Result<QHash<Stage, int>> CaseService::countsByStage()
{
    return m_db.read([&](QSqlDatabase db) { return CaseRepository(db).countByStage(); });
}

Result<QHash<QUuid, int>> CaseService::memberCounts(const QList<Case>& list)
{
    QList<QUuid> ids;
    for (const Case& c : list)
        ids << c.id;
    return m_db.read([&](QSqlDatabase db) { return CaseRepository(db).memberCounts(ids); });
}

Result<void> CaseService::recordAudit(const Actor& actor, const QUuid& id, const char* action, const QString& detail)
{
    return m_db.write([&](QSqlDatabase db) {
        writeAudit(db, actor, action, id, m_clock.nowUtc(), detail);
        return Result<void>();
    });
}

} // namespace mdg
