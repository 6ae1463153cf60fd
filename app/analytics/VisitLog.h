#pragma once

#include "domain/EventRow.h"
#include "domain/Procedure.h"
#include "domain/Stage.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace mdg::analytics {

using mdg::EventRow;

// One stay of a case in one stage, derived from its events: it entered the stage's queue,
// its number was called (when the stage calls residents), someone claimed it (or first
// worked on it: the service starts), it left. Times are UTC milliseconds; -1 is "not yet".
// Waiting runs to the first call (or to the service when nobody called), walking from the
// call to the service, the service from there until the case leaves.
struct Visit
{
    int caseIndex = 0;
    Stage stage = Stage::Reception;
    qint64 entered = 0;
    qint64 called = -1; // the first call of the number at this stage
    qint64 claimed = -1;
    qint64 left = -1;
    int staff = -1; // who handled it (claimed, or moved it on)
    int counter = -1; // the workstation where it was handled
    bool sentBack = false; // left for SentBack

    qint64 waitingMs(qint64 now) const
    {
        return (called >= 0 ? called : claimed >= 0 ? claimed : (left >= 0 ? left : now)) - entered;
    }
    qint64 walkingMs() const { return called >= 0 && claimed >= called ? claimed - called : 0; }
    qint64 handlingMs() const { return claimed >= 0 && left >= 0 ? left - claimed : 0; }
};

struct CaseInfo
{
    qint64 created = 0;
    int ward = -1;
    Procedure procedure = Procedure::MovingIn;
    qint8 localHour = 0; // of the arrival, in the city's time
    qint16 localDayOfYear = 0; // 1..366
    qint64 departed = -1; // left the office: completed, cancelled, or parked as not present
    bool noShow = false; // parked after its calls and not brought back
    int localDay = 0; // days since 1970-01-01 in the city's time, of the arrival
};

// The stage visits of every case, built from the event log in order and extended as new
// events arrive (the dashboard reads the log from a cursor). Waiting is the time from
// entering a stage until it is claimed; handling from the claim until it leaves. A visit
// nobody claimed counts as claimed at the first change made in it, or as all waiting when
// it left without one. Reception is handled from the moment the case is opened: the
// resident is at the counter then.
class VisitLog
{
public:
    // utcOffsetSeconds: the city's offset, for arrivals by hour and day (Japan: +9 h).
    explicit VisitLog(int utcOffsetSeconds = 9 * 3600)
        : m_offsetMs(qint64(utcOffsetSeconds) * 1000)
    { }

    void add(const EventRow& e);

    const QVector<Visit>& visits() const { return m_visits; }
    const QVector<CaseInfo>& cases() const { return m_cases; }
    const QStringList& staff() const { return m_staff; }
    const QStringList& counters() const { return m_counters; }
    const QStringList& wards() const { return m_wards; }
    int wardIndex(const QString& ward) const { return m_wards.indexOf(ward); }
    qint64 eventCount() const { return m_events; }
    qint64 utcOffsetMs() const { return m_offsetMs; }
    // The related procedures ticked (guidance_marked), the last tick of each item per case:
    // (case index << 8 | item index) → mark index into guidanceMarks().
    const QHash<qint64, qint8>& guidanceTicks() const { return m_guidanceTicks; }
    const QStringList& guidanceItems() const { return m_guidanceItems; }
    const QStringList& guidanceMarks() const { return m_guidanceMarks; }

private:
    static int intern(QStringList& names, QHash<QString, int>& index, const QString& name);
    void open(int caseIndex, Stage stage, qint64 at);

    qint64 m_offsetMs;
    QVector<Visit> m_visits;
    QVector<CaseInfo> m_cases;
    QVector<int> m_openVisit; // per case: its current visit, or -1
    QHash<QString, int> m_caseIndex;
    QStringList m_staff, m_counters, m_wards;
    QHash<QString, int> m_staffIndex, m_counterIndex, m_wardIndex;
    qint64 m_events = 0;
    QHash<qint64, qint8> m_guidanceTicks;
    QStringList m_guidanceItems, m_guidanceMarks;
    QHash<QString, int> m_guidanceItemIndex, m_guidanceMarkIndex;
};

} // namespace mdg::analytics
