#include "YearSimulation.h"

#include "db/SqlUtil.h"
#include "domain/Case.h"
#include "queue/Fifo.h"

#include <QSqlError>
#include <QSqlQuery>
#include <array>
#include <cmath>
#include <random>

namespace mdg {
namespace {

struct Ward
{
    const char* name;
    const char* key;
    double population; // thousands, 2023
};
constexpr std::array<Ward, 7> Wards {
    {{"中原区", "nakahara", 265}, {"高津区", "takatsu", 235}, {"川崎区", "kawasaki", 233}, {"宮前区", "miyamae", 232},
        {"多摩区", "tama", 220}, {"麻生区", "asao", 182}, {"幸区", "saiwai", 171}}};

// Arrivals per opening hour, 08:30–17:15 (the 8 o'clock and 17 o'clock hours are partial).
constexpr std::array<double, 10> HourWeight {0.5, 1.45, 1.35, 1.1, 0.75, 1.25, 1.15, 1.0, 0.8, 0.15};
constexpr int FirstHour = 8;

// The moving season: March and April carry about twice the usual work (and the first
// working days of April the most).
double seasonFactor(const QDate& d)
{
    static constexpr std::array<double, 12> Month {0.85, 0.9, 1.9, 1.75, 0.95, 0.85, 0.85, 0.8, 0.9, 0.9, 0.85, 0.8};
    double f = Month[size_t(d.month() - 1)];
    if ((d.month() == 3 && d.day() >= 20) || (d.month() == 4 && d.day() <= 10))
        f *= 1.35;
    if (d.dayOfWeek() == 1)
        f *= 1.15; // Mondays
    return f;
}

struct Writer
{
    explicit Writer(QSqlDatabase db)
        : cases(db,
            QStringLiteral("INSERT INTO cases (id, procedure, stage, version, reference, queue_date, queue_number,"
                           " created_at, updated_at, queue_origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        , events(db,
              QStringLiteral("INSERT INTO case_events (event_id, case_id, case_version, kind, from_stage, to_stage,"
                             " staff_id, workstation_id, occurred_at, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
    { }
    PreparedSql cases, events;
};

struct Step
{
    const char* kind;
    std::optional<Stage> from, to;
    QString staff, workstation;
    qint64 at; // UTC ms
    QJsonObject detail;
};

} // namespace

QStringList YearSimulation::wardNames()
{
    QStringList out;
    for (const Ward& w : Wards)
        out << QString::fromUtf8(w.name);
    return out;
}

Result<YearSimulation::Outcome> YearSimulation::writeTo(
    Database& store, const std::function<void(int, int)>& progress) const
{
    return store.read([&](QSqlDatabase db) { return write(db, progress); });
}

YearSimulation::Outcome YearSimulation::write(QSqlDatabase db, const std::function<void(int, int)>& progress) const
{
    constexpr qint64 Minute = 60'000;
    constexpr qint64 Jst = 9 * 3600'000;
    std::mt19937_64 rng(seed);
    const auto lognormal = [&rng](double medianMinutes, double sigma) {
        std::lognormal_distribution<double> ln(std::log(medianMinutes), sigma);
        return qint64(ln(rng) * double(Minute));
    };
    const auto uniform = [&rng](int n) { return int(std::uniform_int_distribution<int>(0, n - 1)(rng)); };
    const int wardCount = std::clamp(wards, 1, int(Wards.size()));
    double totalPopulation = 0;
    for (int w = 0; w < int(Wards.size()); ++w)
        totalPopulation += Wards[size_t(w)].population;

    const qint64 nowMs = now.toMSecsSinceEpoch();
    const QDate lastDay = QDateTime::fromMSecsSinceEpoch(nowMs + Jst, Qt::UTC).date();
    const QDate firstDay = lastDay.addDays(1 - std::max(1, days));
    double factorSum = 0;
    for (QDate d = firstDay; d <= lastDay; d = d.addDays(1))
        if (d.dayOfWeek() <= 5)
            factorSum += seasonFactor(d);
    // The whole city's cases over the simulated days; the wards asked for get their share.
    const double perFactor = double(casesPerYear) * double(days) / 365.0 / std::max(1.0, factorSum);

    // Ids that grow with time, so the store's indexes fill in order instead of at random
    // places (a random UUID per row made the year take minutes); the tail stays random.
    const auto orderedId = [&rng](quint64 serial) {
        const quint64 r = rng();
        return QUuid(uint(serial >> 16), ushort(serial & 0xffff), ushort(0x4000 | (r & 0x0fff)),
            uchar(0x80 | ((r >> 12) & 0x3f)), uchar(r >> 18), uchar(r >> 26), uchar(r >> 34), uchar(r >> 42),
            uchar(r >> 50), uchar(r >> 56), uchar(r >> 60))
            .toString(QUuid::WithoutBraces);
    };
    // References are unique in a store: a run of its own, so simulating twice is harmless.
    const QString run = QUuid::createUuid().toString(QUuid::Id128).left(4).toUpper();
    const quint64 idBase = quint64(QDateTime::currentMSecsSinceEpoch()) << 20;
    quint64 eventSerial = 0;
    Writer writer(db);
    Outcome out;
    qint64 serial = 0;
    int dayIndex = 0;
    for (QDate d = firstDay; d <= lastDay; d = d.addDays(1), ++dayIndex) {
        if (d.dayOfWeek() > 5) {
            if (progress)
                progress(dayIndex + 1, days);
            continue;
        }
        const double dayFactor = seasonFactor(d);
        const qint64 midnightUtc = QDateTime(d, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() - Jst;
        Transaction tx(db);
        for (int w = 0; w < wardCount; ++w) {
            const Ward& ward = Wards[size_t(w)];
            std::poisson_distribution<int> arrivals(perFactor * dayFactor * ward.population / totalPopulation);
            const int n = arrivals(rng);
            QHash<QString, int> queueNumbers;
            const QString key = QString::fromLatin1(ward.key);
            const QString wardName = QString::fromUtf8(ward.name);
            std::discrete_distribution<int> hourOf(HourWeight.cbegin(), HourWeight.cend());
            QList<qint64> times;
            for (int i = 0; i < n; ++i) {
                const int h = hourOf(rng);
                const int startMinute = h == 0 ? 30 : 0, span = h == 0 ? 30 : (h == 9 ? 15 : 60);
                times << midnightUtc + qint64(FirstHour + h) * 60 * Minute + (startMinute + uniform(span)) * Minute
                        + uniform(60) * 1000;
            }
            std::sort(times.begin(), times.end());
            // Walk-ins draw a number at the writing desk and wait for reception's call: a line
            // served first come, first served by the ward's reception clerks. Residents with a
            // pre-entry QR go to the quick counter and are served at once.
            struct Arrival
            {
                bool desk = false;
                bool noShow = false;
                qint64 walk = 0, service = 0, called = 0;
            };
            QVector<Arrival> line(times.size());
            QVector<double> deskTimes, deskOccupancy;
            for (qsizetype i = 0; i < times.size(); ++i) {
                Arrival& a = line[i];
                a.desk = std::uniform_real_distribution<double>(0, 1)(rng) < deskShare;
                if (!a.desk)
                    continue;
                a.noShow = std::uniform_real_distribution<double>(0, 1)(rng) < noShowShare;
                a.walk = qint64(std::uniform_real_distribution<double>(0.3, 1.5)(rng) * double(Minute));
                a.service = lognormal(5, 0.5);
                deskTimes << double(times[i]);
                // A no-show holds the clerk through two calls a minute apart.
                deskOccupancy << double(a.noShow ? 2 * Minute : a.walk + a.service);
            }
            const QVector<double> calls = queue::callTimes(deskTimes, deskOccupancy, receptionClerks);
            for (qsizetype i = 0, k = 0; i < times.size(); ++i)
                if (line[i].desk)
                    line[i].called = qint64(calls[k++]);
            const qint64 closing = midnightUtc + qint64(FirstHour + 10) * 60 * Minute;
            for (qsizetype arrival = 0; arrival < times.size(); ++arrival) {
                const qint64 t0 = times[arrival];
                const Arrival& a = line[arrival];
                const int hour = int((t0 - midnightUtc) / (60 * Minute)) - FirstHour;
                const double load = std::clamp(dayFactor * HourWeight[size_t(std::clamp(hour, 0, 9))] / 1.0, 0.4, 4.0);
                const double p = std::uniform_real_distribution<double>(0, 1)(rng);
                const Procedure procedure = p < 0.3 ? Procedure::MovingIn
                    : p < 0.55                      ? Procedure::MovingOut
                    : p < 0.75                      ? Procedure::IntraCityMove
                                                    : Procedure::CertificateRequest;
                const QString counter
                    = QStringLiteral("%1-counter-%2").arg(key).arg(1 + uniform(8), 2, 10, QLatin1Char('0'));
                const QString entryCounter
                    = QStringLiteral("%1-counter-%2").arg(key).arg(1 + uniform(8), 2, 10, QLatin1Char('0'));
                const QString reviewDesk = QStringLiteral("%1-review-%2").arg(key).arg(1 + uniform(2));
                const QString receptionist
                    = QStringLiteral("%1-clerk-%2").arg(key).arg(1 + uniform(12), 2, 10, QLatin1Char('0'));
                const QString clerk
                    = QStringLiteral("%1-clerk-%2").arg(key).arg(1 + uniform(12), 2, 10, QLatin1Char('0'));
                const QString reviewer = QStringLiteral("%1-reviewer-%2").arg(key).arg(1 + uniform(3));
                const bool certificate = procedure == Procedure::CertificateRequest;

                QList<Step> steps;
                qint64 t = t0;
                QJsonObject opened {{QStringLiteral("procedure"), procedureKey(procedure)},
                    {QStringLiteral("ward"), wardName}, {QStringLiteral("simulated"), true}};
                const QString desk = QStringLiteral("%1-desk").arg(key);
                if (a.desk) {
                    opened.insert(QStringLiteral("source"), QStringLiteral("desk"));
                    steps << Step {EventKind::Created, std::nullopt, Stage::Reception, desk, desk, t, opened};
                    const auto call = [&](qint64 at, int nth) {
                        steps << Step {EventKind::NumberCalled, std::nullopt, std::nullopt, receptionist, counter, at,
                            {{QStringLiteral("action"), nth == 1 ? QStringLiteral("call") : QStringLiteral("recall")},
                                {QStringLiteral("stage"), stageKey(Stage::Reception)},
                                {QStringLiteral("counter"), counter}, {QStringLiteral("calls"), nth}}};
                    };
                    call(a.called, 1);
                    if (a.noShow) {
                        call(a.called + Minute, 2);
                        steps << Step {EventKind::NumberParked, std::nullopt, std::nullopt, receptionist, counter,
                            a.called + 2 * Minute,
                            {{QStringLiteral("action"), QStringLiteral("no_answer")}, {QStringLiteral("calls"), 2}}};
                        steps << Step {EventKind::StageChanged, Stage::Reception, Stage::Cancelled, receptionist,
                            counter, std::max(closing, a.called + 3 * Minute),
                            {{QStringLiteral("reason"), QStringLiteral("not present")}}};
                    } else {
                        t = a.called + a.walk;
                        steps << Step {EventKind::Claimed, std::nullopt, std::nullopt, receptionist, counter, t, {}};
                        t += a.service;
                        steps << Step {
                            EventKind::StageChanged, Stage::Reception, Stage::Entry, receptionist, counter, t, {}};
                    }
                } else {
                    steps << Step {
                        EventKind::Created, std::nullopt, Stage::Reception, receptionist, counter, t, opened};
                    t += lognormal(certificate ? 3 : 5, 0.5);
                    steps << Step {
                        EventKind::StageChanged, Stage::Reception, Stage::Entry, receptionist, counter, t, {}};
                }
                if (!a.noShow) {
                    t += lognormal(4 * load, 0.7);
                    steps << Step {EventKind::Claimed, std::nullopt, std::nullopt, clerk, entryCounter, t, {}};
                    t += lognormal(certificate ? 5 : 13, 0.45);
                    steps << Step {EventKind::StageChanged, Stage::Entry, Stage::Review, clerk, entryCounter, t, {}};
                    t += lognormal(5 * load * load, 0.8);
                    steps << Step {EventKind::Claimed, std::nullopt, std::nullopt, reviewer, reviewDesk, t, {}};
                    t += lognormal(4, 0.5);
                    if (std::uniform_real_distribution<double>(0, 1)(rng) < 0.05) {
                        steps << Step {EventKind::StageChanged, Stage::Review, Stage::SentBack, reviewer, reviewDesk, t,
                            {{QStringLiteral("reason"), QStringLiteral("simulated")}}};
                        t += lognormal(8 * load, 0.6);
                        steps << Step {
                            EventKind::StageChanged, Stage::SentBack, Stage::Entry, clerk, entryCounter, t, {}};
                        t += lognormal(6, 0.5);
                        steps << Step {
                            EventKind::StageChanged, Stage::Entry, Stage::Review, clerk, entryCounter, t, {}};
                        t += lognormal(3 * load, 0.6);
                        const QString second = QStringLiteral("%1-reviewer-%2").arg(key).arg(1 + uniform(3));
                        steps << Step {EventKind::Claimed, std::nullopt, std::nullopt, second, reviewDesk, t, {}};
                        t += lognormal(3, 0.5);
                        steps << Step {
                            EventKind::StageChanged, Stage::Review, Stage::Completion, second, reviewDesk, t, {}};
                    } else {
                        steps << Step {
                            EventKind::StageChanged, Stage::Review, Stage::Completion, reviewer, reviewDesk, t, {}};
                    }
                } // not a no-show
                std::stable_sort(steps.begin(), steps.end(), [](const Step& x, const Step& y) { return x.at < y.at; });
                if (t0 > nowMs)
                    continue; // not arrived yet today
                // Today's cases stand where the clock leaves them.
                while (steps.size() > 1 && steps.last().at > nowMs)
                    steps.removeLast();
                Stage stage = Stage::Reception;
                for (const Step& s : steps)
                    if (s.to)
                        stage = *s.to;
                const QString caseId = orderedId(idBase + quint64(serial + 1));
                const QString created = toDbTime(QDateTime::fromMSecsSinceEpoch(t0, Qt::UTC));
                writer.cases.run({caseId, procedureKey(procedure), stageKey(stage), int(steps.size()),
                    QStringLiteral("SIM-%1-%2").arg(run).arg(++serial, 7, 10, QLatin1Char('0')),
                    d.toString(Qt::ISODate), ++queueNumbers[counter], created,
                    toDbTime(QDateTime::fromMSecsSinceEpoch(steps.last().at, Qt::UTC)), counter});
                int version = 0;
                for (const Step& s : steps) {
                    writer.events.run({orderedId(idBase + (quint64(1) << 40) + ++eventSerial), caseId, ++version,
                        QString::fromLatin1(s.kind), s.from ? QVariant(stageKey(*s.from)) : QVariant(),
                        s.to && QLatin1String(s.kind) != QLatin1String(EventKind::Created) ? QVariant(stageKey(*s.to))
                                                                                           : QVariant(),
                        s.staff, s.workstation, toDbTime(QDateTime::fromMSecsSinceEpoch(s.at, Qt::UTC)),
                        toDbJson(s.detail)});
                }
                ++out.cases;
                out.events += steps.size();
            }
        }
        tx.commit();
        if (progress)
            progress(dayIndex + 1, days);
    }
    return out;
}

} // namespace mdg
