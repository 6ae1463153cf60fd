// The supervisor's figures against a fixture computed by hand: waiting and handling per
// stage (mean, median, p90), work in progress, send-backs, the bottleneck, arrivals by hour,
// filters and breakdowns, and empty stages.
#include "analytics/CsvExport.h"
#include "analytics/Dashboard.h"
#include "analytics/OfficeTime.h"
#include "analytics/StaffingAdvice.h"
#include "domain/Case.h"

#include <QTest>

using namespace mdg;
using namespace mdg::analytics;

namespace {

constexpr qint64 Minute = 60'000;
// 2026-04-01 00:00 UTC: 09:00 in Kawasaki.
const qint64 T0 = QDateTime(QDate(2026, 4, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();

EventRow ev(const char* caseId, const char* kind, qint64 minute, const char* staff = "s1", const char* ws = "ws1",
    std::optional<Stage> to = std::nullopt)
{
    EventRow e;
    e.caseId = QString::fromLatin1(caseId);
    e.kind = QString::fromLatin1(kind);
    e.to = to;
    e.staffId = QString::fromLatin1(staff);
    e.workstationId = QString::fromLatin1(ws);
    e.occurredMs = T0 + minute * Minute;
    return e;
}

EventRow created(const char* caseId, qint64 minute, const QString& ward, Procedure p)
{
    EventRow e = ev(caseId, EventKind::Created, minute);
    e.ward = ward;
    e.procedure = p;
    return e;
}

VisitLog fixture()
{
    using namespace EventKind;
    VisitLog log;
    const QString nakahara = QStringLiteral("中原区"), kawasaki = QStringLiteral("川崎区");
    // A: claimed in every stage.
    log.add(created("A", 0, nakahara, Procedure::MovingIn));
    log.add(ev("A", Claimed, 10, "s1", "ws1"));
    log.add(ev("A", StageChanged, 20, "s1", "ws1", Stage::Entry));
    log.add(ev("A", Claimed, 25, "s2", "ws2"));
    log.add(ev("A", HouseholdChanged, 30, "s2", "ws2"));
    log.add(ev("A", StageChanged, 40, "s2", "ws2", Stage::Review));
    log.add(ev("A", Claimed, 50, "r1", "ws3"));
    log.add(ev("A", StageChanged, 55, "r1", "ws3", Stage::Completion));
    // B: moved on without claims; sent back by the reviewer, waiting for Entry now.
    log.add(created("B", 5, kawasaki, Procedure::MovingOut));
    log.add(ev("B", StageChanged, 35, "s3", "ws1", Stage::Entry));
    log.add(ev("B", HouseholdChanged, 45, "s3", "ws1"));
    log.add(ev("B", StageChanged, 60, "s3", "ws1", Stage::Review));
    log.add(ev("B", Claimed, 70, "r1", "ws3"));
    log.add(ev("B", StageChanged, 80, "r1", "ws3", Stage::SentBack));
    // C: waiting at Reception.
    log.add(created("C", 60, nakahara, Procedure::MovingIn));
    return log;
}

const StageFigures& stage(const Dashboard& d, Stage s)
{
    for (const StageFigures& f : d.stages)
        if (f.stage == s)
            return f;
    qFatal("stage missing");
}

} // namespace

class TestAnalytics : public QObject
{
    Q_OBJECT
private slots:
    void percentilesByHand();
    void stagesOfTheFixture();
    void bottleneckIsTheLargestShareOfWaiting();
    void filtersSelectCasesByWardProcedureAndArrival();
    void breakdownsByStaffCounterAndWard();
    void emptyLogGivesZerosNotNonsense();
    void relatedProceduresAreCountedByTheirLastTick();
    void csvOpensInASpreadsheetWithJapaneseIntact();
    void timeInTheOfficeByHand();
};

void TestAnalytics::percentilesByHand()
{
    const Durations ten = Durations::of({10, 9, 8, 7, 6, 5, 4, 3, 2, 1});
    QCOMPARE(ten.count, 10);
    QCOMPARE(ten.mean, 5.5);
    QCOMPARE(ten.median, 5.5);
    QCOMPARE(ten.p90, 9.0); // nearest rank: the 9th of 10
    const Durations eleven = Durations::of({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11});
    QCOMPARE(eleven.median, 6.0);
    QCOMPARE(eleven.p90, 10.0); // ceil(9.9) = 10th
    const Durations one = Durations::of({42});
    QCOMPARE(one.median, 42.0);
    QCOMPARE(one.p90, 42.0);
    const Durations none = Durations::of({});
    QCOMPARE(none.count, 0);
    QCOMPARE(none.p90, 0.0);
}

void TestAnalytics::stagesOfTheFixture()
{
    const VisitLog log = fixture();
    QCOMPARE(log.eventCount(), 15);
    const Dashboard d = computeDashboard(log, {}, T0 + 120 * Minute);
    QCOMPARE(d.cases, 3);
    const StageFigures& reception = stage(d, Stage::Reception);
    QCOMPARE(reception.completed, 2);
    QCOMPARE(reception.waiting.mean, 0.0); // handled from the moment the case was opened
    QCOMPARE(reception.handling.mean, 1500.0); // A 20 min, B 30 min
    QCOMPARE(reception.handling.median, 1500.0);
    QCOMPARE(reception.handling.p90, 1800.0);
    QCOMPARE(reception.inProgress, 1); // C, being handled
    QCOMPARE(reception.waitingNow, 0);
    const StageFigures& entry = stage(d, Stage::Entry);
    QCOMPARE(entry.completed, 2);
    QCOMPARE(entry.waiting.mean, 450.0); // A 5 min until claimed, B 10 min until its first change
    QCOMPARE(entry.handling.median, 900.0); // 15 min each
    const StageFigures& review = stage(d, Stage::Review);
    QCOMPARE(review.waiting.mean, 600.0);
    QCOMPARE(review.handling.mean, 450.0);
    QCOMPARE(review.sentBack, 1);
    const StageFigures& sentBack = stage(d, Stage::SentBack);
    QCOMPARE(sentBack.completed, 0);
    QCOMPARE(sentBack.inProgress, 1);
    QCOMPARE(sentBack.waiting.count, 0);
    QCOMPARE(sentBack.waiting.p90, 0.0);
    // Completions per active hour: Reception's two left within 09:00–10:00 local.
    QCOMPARE(reception.perHour, 2.0);
    QCOMPARE(d.arrivalsByHour[9], 2);
    QCOMPARE(d.arrivalsByHour[10], 1);
    QCOMPARE(d.arrivalsByDayOfYear[QDate(2026, 4, 1).dayOfYear()], 3);
}

void TestAnalytics::bottleneckIsTheLargestShareOfWaiting()
{
    const Dashboard d = computeDashboard(fixture(), {}, T0 + 120 * Minute);
    QCOMPARE(d.bottleneck, std::optional<Stage>(Stage::Review));
    // 20 of 35 waiting minutes: 10 before each review; Entry's 5 and 10.
    QVERIFY(qAbs(stage(d, Stage::Review).waitingShare - 20.0 / 35.0) < 1e-9);
    QVERIFY(qAbs(stage(d, Stage::Entry).waitingShare - 15.0 / 35.0) < 1e-9);
    const QString words = describeBottleneck(d);
    QVERIFY2(words.contains(QStringLiteral("Review")) && words.contains(QStringLiteral("57 %")), qPrintable(words));
}

void TestAnalytics::filtersSelectCasesByWardProcedureAndArrival()
{
    const VisitLog log = fixture();
    Filter nakahara;
    nakahara.wards = {log.wardIndex(QStringLiteral("中原区"))};
    const Dashboard a = computeDashboard(log, nakahara, T0 + 120 * Minute);
    QCOMPARE(a.cases, 2);
    QCOMPARE(stage(a, Stage::Reception).completed, 1);
    QCOMPARE(stage(a, Stage::Reception).handling.mean, 1200.0);
    QCOMPARE(stage(a, Stage::Entry).waiting.mean, 300.0);
    Filter movingOut;
    movingOut.procedures = {Procedure::MovingOut};
    const Dashboard b = computeDashboard(log, movingOut, T0 + 120 * Minute);
    QCOMPARE(b.cases, 1);
    QCOMPARE(stage(b, Stage::SentBack).inProgress, 1);
    Filter late;
    late.fromMs = T0 + 30 * Minute;
    const Dashboard c = computeDashboard(log, late, T0 + 120 * Minute);
    QCOMPARE(c.cases, 1);
    QCOMPARE(stage(c, Stage::Review).completed, 0);
    QVERIFY(!c.bottleneck); // nothing left a stage: no waiting to blame
}

void TestAnalytics::breakdownsByStaffCounterAndWard()
{
    const Dashboard d = computeDashboard(fixture(), {}, T0 + 120 * Minute);
    // r1 handled both reviews, s3 B's Entry; s1 opened both cases.
    QCOMPARE(d.byStaff.first().name, QStringLiteral("r1"));
    QCOMPARE(d.byStaff.first().handled, 2);
    QCOMPARE(d.byStaff.first().handling.mean, 450.0);
    const auto s3 = std::find_if(
        d.byStaff.cbegin(), d.byStaff.cend(), [](const Breakdown& b) { return b.name == QStringLiteral("s3"); });
    QVERIFY(s3 != d.byStaff.cend());
    QCOMPARE(s3->handled, 1);
    QCOMPARE(d.byWard.size(), 2);
    QCOMPARE(d.byWard.first().name, QStringLiteral("中原区")); // 3 visits vs 3: ties by name
    int visits = 0;
    for (const Breakdown& b : d.byCounter)
        visits += b.handled;
    QCOMPARE(visits, 6);
}

void TestAnalytics::relatedProceduresAreCountedByTheirLastTick()
{
    VisitLog log = fixture();
    const auto tick = [&](const char* caseId, qint64 minute, const char* item, const char* mark) {
        EventRow e = ev(caseId, EventKind::GuidanceMarked, minute);
        e.guidanceItem = QString::fromLatin1(item);
        e.guidanceMark = QString::fromLatin1(mark);
        log.add(e);
    };
    tick("A", 21, "child_allowance", "referred");
    tick("A", 22, "child_allowance", "done"); // taken back: the resident stayed for it
    tick("A", 23, "national_health_insurance", "referred");
    tick("B", 36, "child_allowance", "not_needed");
    tick("B", 37, "dog_registration", "open"); // ticked and taken back to to do: not counted
    const Dashboard d = computeDashboard(log, {}, T0 + 200 * Minute);
    QCOMPARE(d.guidance.size(), 2);
    QCOMPARE(d.guidance[0].item, QStringLiteral("child_allowance"));
    QCOMPARE(d.guidance[0].done, 1);
    QCOMPARE(d.guidance[0].referred, 0);
    QCOMPARE(d.guidance[0].notNeeded, 1);
    QCOMPARE(d.guidance[1].item, QStringLiteral("national_health_insurance"));
    QCOMPARE(d.guidance[1].referred, 1);
    // The filter selects the cases whose ticks count: moving-out only is B.
    Filter movingOut;
    movingOut.procedures = {Procedure::MovingOut};
    const Dashboard b = computeDashboard(log, movingOut, T0 + 200 * Minute);
    QCOMPARE(b.guidance.size(), 1);
    QCOMPARE(b.guidance[0].notNeeded, 1);
}

void TestAnalytics::emptyLogGivesZerosNotNonsense()
{
    const Dashboard d = computeDashboard(VisitLog(), {}, T0);
    QCOMPARE(d.cases, 0);
    QCOMPARE(d.stages.size(), 4);
    for (const StageFigures& f : d.stages) {
        QCOMPARE(f.completed, 0);
        QCOMPARE(f.waitingShare, 0.0);
        QCOMPARE(f.perHour, 0.0);
    }
    QVERIFY(!d.bottleneck);
    QVERIFY(!describeBottleneck(d).isEmpty());
}

void TestAnalytics::csvOpensInASpreadsheetWithJapaneseIntact()
{
    const QByteArray csv = toCsv(computeDashboard(fixture(), {}, T0 + 120 * Minute));
    QVERIFY(csv.startsWith("\xEF\xBB\xBF")); // the BOM that tells a spreadsheet it is UTF-8
    const QString text = QString::fromUtf8(csv.mid(3));
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    QVERIFY(lines.first().startsWith(QStringLiteral("Stage,Completed,In progress,")));
    QVERIFY(lines.contains(QStringLiteral("Review,2,0,0,10.0,10.0,10.0,7.5,7.5,10.0,1.0,57.1,1")));
    QVERIFY(text.contains(QStringLiteral("\r\n中原区,3,")));
    QVERIFY(text.contains(QStringLiteral("\r\n川崎区,3,")));
    // The bottleneck sentence has commas: quoted as one field.
    const auto bottleneck = std::find_if(
        lines.cbegin(), lines.cend(), [](const QString& l) { return l.startsWith(QStringLiteral("Bottleneck,")); });
    QVERIFY(bottleneck != lines.cend());
    QVERIFY2(bottleneck->startsWith(QStringLiteral("Bottleneck,\"Most of the waiting is before Review")),
        qPrintable(*bottleneck));
    QVERIFY(bottleneck->endsWith(QLatin1Char('"')));
    QVERIFY(!text.contains(QLatin1Char('\n')) || text.count(QLatin1Char('\n')) == text.count(QStringLiteral("\r\n")));
}

// Residents' time in the office from their numbers' events, computed by hand: waiting runs
// to the first call, walking from the call to the service, a parked number is a no-show.
void TestAnalytics::timeInTheOfficeByHand()
{
    using namespace EventKind;
    VisitLog log;
    const auto desk = [](const char* id, qint64 minute) {
        EventRow e = created(id, minute, QStringLiteral("中原区"), Procedure::MovingIn);
        e.openedAtDesk = true;
        return e;
    };
    const auto call = [](const char* id, qint64 minute, const char* action) {
        EventRow e = ev(id, NumberCalled, minute, "s1", "counter-3");
        e.queueAction = QString::fromLatin1(action);
        return e;
    };
    // D: from the desk, called at 20 and again at 21, at the counter at 22; leaves at 70.
    log.add(desk("D", 0));
    log.add(call("D", 20, "call"));
    log.add(call("D", 21, "recall"));
    log.add(ev("D", Claimed, 22, "s1", "counter-3"));
    log.add(ev("D", StageChanged, 30, "s1", "counter-3", Stage::Entry));
    log.add(ev("D", Claimed, 40, "s2", "ws2"));
    log.add(ev("D", StageChanged, 50, "s2", "ws2", Stage::Review));
    log.add(ev("D", Claimed, 60, "r1", "ws3"));
    log.add(ev("D", StageChanged, 70, "r1", "ws3", Stage::Completion));
    // E: QR at the counter, served at once; leaves at 25.
    log.add(created("E", 5, QStringLiteral("中原区"), Procedure::MovingOut));
    log.add(ev("E", StageChanged, 10, "s1", "ws1", Stage::Entry));
    log.add(ev("E", Claimed, 12, "s2", "ws2"));
    log.add(ev("E", StageChanged, 20, "s2", "ws2", Stage::Review));
    log.add(ev("E", Claimed, 22, "r1", "ws3"));
    log.add(ev("E", StageChanged, 25, "r1", "ws3", Stage::Completion));
    // F: called twice, never came: parked, the case cancelled at closing.
    log.add(desk("F", 10));
    log.add(call("F", 30, "call"));
    log.add(call("F", 31, "recall"));
    log.add(ev("F", NumberParked, 32, "s1", "counter-3"));
    log.add(ev("F", StageChanged, 480, "s1", "counter-3", Stage::Cancelled));
    // G: from the desk at 40, still waiting.
    log.add(desk("G", 40));

    const Visit& reception = log.visits().first();
    QCOMPARE(reception.waitingMs(T0), 20 * Minute);
    QCOMPARE(reception.walkingMs(), 2 * Minute);
    const OfficeFigures f = officeFigures(log, {}, T0 + 90 * Minute, 30);
    QCOMPARE(f.residents, 2);
    QCOMPARE(f.timeInOffice.median, 45.0 * 60); // (20 + 70) / 2 minutes
    QCOMPARE(f.timeInOffice.p90, 70.0 * 60);
    QCOMPARE(f.waiting.p90, 40.0 * 60); // D: 20 to the call + 10 at Entry + 10 at Review
    QCOMPARE(f.waiting.median, 22.0 * 60); // E waited 0 + 2 + 2 minutes
    QCOMPARE(f.walking.count, 1);
    QCOMPARE(f.walking.median, 120.0);
    QCOMPARE(f.overTarget, 1);
    QCOMPARE(f.overTargetShare, 0.5);
    QCOMPARE(f.noShows, 1);
    QCOMPARE(f.inOfficeNow, 1);
    QCOMPARE(f.byDay.size(), 1);
    QCOMPARE(f.byDay.first().day, QDate(2026, 4, 1));
    QCOMPARE(f.byDay.first().residents, 2);
    QCOMPARE(f.byHour[9].count, 2); // both arrived in the 9 o'clock hour, Japan time
    QVERIFY(describeOfficeTime(f).startsWith(QStringLiteral("Residents served: 2 — median 45 min")));
    // A stricter target: both waited longer than 3 minutes in all.
    QCOMPARE(officeFigures(log, {}, T0 + 90 * Minute, 3).overTarget, 2);
    // The busiest hour is 9 o'clock; with the clerks given, the advice names each stage's need.
    const StaffingAdvice advice = staffingAdvice(log, {}, 30, {1, 1, 1});
    QCOMPARE(advice.peakHour, 9);
    QCOMPARE(advice.stages.size(), 3);
    QVERIFY(describeStaffing(advice).contains(QStringLiteral("9:00–10:00")));
}

QTEST_GUILESS_MAIN(TestAnalytics)
#include "tst_analytics.moc"
