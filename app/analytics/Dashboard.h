#pragma once

#include "VisitLog.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QVector>
#include <array>
#include <optional>
#include <vector>

namespace mdg::analytics {

// Mean, median and 90th percentile of durations in seconds. The median of an even count
// is the mean of the two middle values; p90 is the nearest rank (the smallest value with
// at least 90 % of the values at or below it). All zero when there are none.
struct Durations
{
    int count = 0;
    double mean = 0;
    double median = 0;
    double p90 = 0;
    static Durations of(std::vector<float> seconds); // reordered in place
};

struct StageFigures
{
    Stage stage = Stage::Reception;
    int completed = 0; // visits that left the stage in the range
    int inProgress = 0; // visits in the stage now (waiting or being handled)
    int waitingNow = 0; // of those, not claimed yet
    Durations waiting; // of completed visits
    Durations handling;
    double perHour = 0; // completed per hour in which the stage completed anything
    double waitingShare = 0; // of all waiting time in the range, 0..1
    int sentBack = 0; // completed visits that left for SentBack
};

struct Breakdown
{
    QString name;
    int handled = 0;
    Durations handling;
    Durations waiting;
};

// How a related procedure was ticked in the selected cases (the last tick per case).
struct GuidanceCount
{
    QString item; // the rule id
    int done = 0;
    int referred = 0; // sent on to its window: the one-stop share is what was done here
    int notNeeded = 0;
};

struct Filter
{
    qint64 fromMs = 0; // cases that arrived in [fromMs, toMs)
    qint64 toMs = std::numeric_limits<qint64>::max();
    QSet<int> wards; // indexes into VisitLog::wards(); empty: all
    QSet<Procedure> procedures; // empty: all

    bool selects(const CaseInfo& c) const
    {
        return c.created >= fromMs && c.created < toMs && (wards.isEmpty() || wards.contains(c.ward))
            && (procedures.isEmpty() || procedures.contains(c.procedure));
    }
};

struct Dashboard
{
    int cases = 0;
    QList<StageFigures> stages; // Reception, Entry, Review, SentBack
    std::optional<Stage> bottleneck; // the stage with the largest share of waiting
    QList<Breakdown> byStaff, byCounter, byWard;
    std::array<int, 24> arrivalsByHour {};
    std::array<int, 367> arrivalsByDayOfYear {}; // index 1..366
    QList<GuidanceCount> guidance; // by item, the most ticked first
};

// The supervisor's figures for the cases a filter selects, from the visits alone: every
// figure is derived from the events, none is stored twice.
Dashboard computeDashboard(const VisitLog& log, const Filter& filter, qint64 nowMs);

// "Most of the waiting is before Review: 46 % of all waiting (median 12 min)."
QString describeBottleneck(const Dashboard& d);

} // namespace mdg::analytics
