#include "AnalyticsService.h"

#include "analytics/CsvExport.h"
#include "analytics/Figures.h"
#include "db/AnalyticsRepository.h"
#include "db/AuditRepository.h"
#include "db/Database.h"
#include "domain/Audit.h"

#include <QCoreApplication>
#include <QSaveFile>

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

Result<void> AnalyticsService::exportCsv(
    Database& db, const Actor& actor, const analytics::Dashboard& d, const QString& path, const QDateTime& now)
{
    const auto audited = db.write([&](QSqlDatabase c) {
        AuditRepository(c).append({0, now, actor.staff.id, actor.workstationId,
            QString::fromLatin1(AuditAction::Export), {}, QStringLiteral("dashboard csv")});
        return true;
    });
    if (!audited)
        return Result<void>::failure(audited);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(analytics::toCsv(d)) < 0 || !f.commit())
        return Result<void>::failure(ErrorCode::Invalid,
            QCoreApplication::translate("mdg::AnalyticsService", "The file could not be written: %1")
                .arg(f.errorString()));
    return {};
}

} // namespace mdg
