#pragma once

#include "db/Database.h"

#include <QDate>
#include <QString>
#include <functional>

namespace mdg {

// A plausible year of counter work written into a store, for demos and benchmarks: the
// arrivals of a city of 1.5 million (about 300,000 cases) over its wards in proportion to
// their population, a daily curve with the morning and early-afternoon peaks, the
// March–April moving season, service times per stage drawn from log-normal
// distributions, waiting that grows with the day's load (review is the scarce stage), and
// a share of send-backs. Walk-ins draw a number at the writing desk and wait in a real
// first-come-first-served line for the ward's reception clerks (called, walking to the
// counter, served; a few never come and are parked). The cases carry no personal data; their events are history (no
// outbox rows: nothing is sent to the central store).
struct YearSimulation
{
    int days = 365;
    int wards = 7; // Kawasaki's, largest first up to seven
    int casesPerYear = 300'000;
    quint32 seed = 20260401;
    double deskShare = 0.4; // walk-ins who draw a number at the writing desk and wait for a call
    double noShowShare = 0.03; // of those, gone when called twice
    int receptionClerks = 2; // per ward, calling the desk's numbers
    QDateTime now = QDateTime::currentDateTimeUtc(); // the year ends here; later events are not written

    struct Outcome
    {
        int cases = 0;
        qint64 events = 0;
    };
    // progress(dayDone, days) after each simulated day; one transaction per day.
    Result<Outcome> writeTo(Database& store, const std::function<void(int, int)>& progress = {}) const;

    static QStringList wardNames(); // the seven wards of Kawasaki, by population

private:
    Outcome write(QSqlDatabase db, const std::function<void(int, int)>& progress) const;
};

} // namespace mdg
