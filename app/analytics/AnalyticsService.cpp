#include "AnalyticsService.h"

#include "analytics/Figures.h"
#include "db/AnalyticsRepository.h"
#include "db/Database.h"

#include <QCoreApplication>

namespace mdg {

AnalyticsService::Answer AnalyticsService::compute(const Query& q, qint64 nowMs)
{
    Answer a;
    const auto loaded = m_db.read([this](QSqlDatabase db) {
        return AnalyticsRepository(db).load([this](const EventRow& e) { m_log.add(e); }, m_cursor);
    });
    if (loaded) {
        m_cursor = loaded.value();
    } else {
        a.warning = QCoreApplication::translate(
            "mdg::AnalyticsService", "The event log could not be read; the figures may be out of date.");
    }
    analytics::Filter f;
    if (q.from.isValid())
        f.fromMs = QDateTime(q.from, QTime(0, 0)).toMSecsSinceEpoch();
    if (q.to.isValid())
        f.toMs = QDateTime(q.to.addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
    if (!q.ward.isEmpty())
        f.wards = {m_log.wardIndex(q.ward)}; // -1 when unknown: selects nothing, as it should
    if (q.procedure)
        f.procedures = {*q.procedure};
    analytics::Figures figures = analytics::computeFigures(m_log, f, nowMs, q.targetWaitMinutes);
    a.dashboard = std::move(figures.dashboard);
    a.office = std::move(figures.office);
    a.staffing = std::move(figures.staffing);
    a.wards = m_log.wards();
    a.events = m_log.eventCount();
    return a;
}

} // namespace mdg
