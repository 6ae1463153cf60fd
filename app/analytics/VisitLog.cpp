#include "VisitLog.h"

#include "domain/Case.h"

#include <QDate>

namespace mdg::analytics {

int VisitLog::intern(QStringList& names, QHash<QString, int>& index, const QString& name)
{
    const auto it = index.constFind(name);
    if (it != index.constEnd())
        return *it;
    names << name;
    index.insert(name, int(names.size() - 1));
    return int(names.size() - 1);
}

void VisitLog::open(int caseIndex, Stage stage, qint64 at)
{
    if (isTerminal(stage)) {
        m_openVisit[caseIndex] = -1;
        return;
    }
    Visit v;
    v.caseIndex = caseIndex;
    v.stage = stage;
    v.entered = at;
    m_visits << v;
    m_openVisit[caseIndex] = int(m_visits.size() - 1);
}

void VisitLog::add(const EventRow& e)
{
    ++m_events;
    auto found = m_caseIndex.constFind(e.caseId);
    int c = -1;
    if (found == m_caseIndex.constEnd()) {
        // The first event of a case opens it (normally case_created, but a pulled log may
        // start later: the case then starts where its event says).
        c = int(m_cases.size());
        m_caseIndex.insert(e.caseId, c);
        CaseInfo info;
        info.created = e.occurredMs;
        if (!e.ward.isEmpty())
            info.ward = intern(m_wards, m_wardIndex, e.ward);
        info.procedure = e.procedure.value_or(Procedure::MovingIn);
        const qint64 local = e.occurredMs + m_offsetMs;
        info.localHour = qint8((local / 3'600'000) % 24);
        info.localDayOfYear = qint16(QDate(1970, 1, 1).addDays(local / 86'400'000).dayOfYear());
        info.localDay = int(local / 86'400'000);
        m_cases << info;
        m_openVisit << -1;
        open(c, e.kind == QLatin1String(EventKind::Created) ? Stage::Reception : e.to.value_or(Stage::Reception),
            e.occurredMs);
        if (e.kind == QLatin1String(EventKind::Created) && !e.openedAtDesk) {
            // The clerk who opens the case has the resident in front of them: Reception is
            // being handled from the first moment. A case from the writing desk waits for its call.
            Visit& reception = m_visits[m_openVisit[c]];
            reception.claimed = e.occurredMs;
            reception.staff = intern(m_staff, m_staffIndex, e.staffId);
            reception.counter = intern(m_counters, m_counterIndex, e.workstationId);
        }
        if (e.kind == QLatin1String(EventKind::Created))
            return;
    } else {
        c = *found;
    }
    if (e.kind == QLatin1String(EventKind::GuidanceMarked) && !e.guidanceItem.isEmpty()) {
        const int item = intern(m_guidanceItems, m_guidanceItemIndex, e.guidanceItem);
        const int mark = intern(m_guidanceMarks, m_guidanceMarkIndex, e.guidanceMark);
        if (item < 256 && mark < 128)
            m_guidanceTicks.insert(qint64(c) << 8 | item, qint8(mark));
    }
    const int current = m_openVisit[c];
    Visit* v = current >= 0 ? &m_visits[current] : nullptr;
    CaseInfo& info = m_cases[c];
    if (e.kind.startsWith(QLatin1String("number_"))) {
        // The resident's number: called, parked as not present, brought back. Not work on the case.
        if (e.kind == QLatin1String(EventKind::NumberCalled) && v && v->called < 0 && v->claimed < 0)
            v->called = e.occurredMs;
        if (e.kind == QLatin1String(EventKind::NumberParked)) {
            info.noShow = true;
            info.departed = e.occurredMs;
        } else if (e.queueAction == QLatin1String("unpark")) {
            info.noShow = false;
            info.departed = -1;
        }
        return;
    }
    const bool claim = e.kind == QLatin1String(EventKind::Claimed);
    if (v && v->claimed < 0 && e.kind != QLatin1String(EventKind::Released)) {
        // A claim, or the first change somebody made while the case waited.
        v->claimed = e.occurredMs;
        v->staff = intern(m_staff, m_staffIndex, e.staffId);
        v->counter = intern(m_counters, m_counterIndex, e.workstationId);
    }
    if (claim && v) {
        v->staff = intern(m_staff, m_staffIndex, e.staffId);
        v->counter = intern(m_counters, m_counterIndex, e.workstationId);
    }
    if (e.kind == QLatin1String(EventKind::StageChanged) && e.to) {
        if (v) {
            v->left = e.occurredMs;
            v->sentBack = *e.to == Stage::SentBack;
        }
        open(c, *e.to, e.occurredMs);
        if (isTerminal(*e.to) && !info.noShow)
            info.departed = e.occurredMs; // a no-show's case closed later: the resident left when parked
    }
}

} // namespace mdg::analytics
