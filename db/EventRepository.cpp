#include "EventRepository.h"

#include "SqlUtil.h"

#include <QJsonDocument>

namespace mdg {

namespace {
QVariant stageOrNull(const std::optional<Stage>& s)
{
    return s ? QVariant(stageKey(*s)) : QVariant();
}
} // namespace

qint64 EventRepository::append(const CaseEvent& e)
{
    QSqlQuery q = execSql(m_db,
        QStringLiteral("INSERT INTO case_events (event_id, case_id, case_version, kind, from_stage, "
                       "to_stage, staff_id, workstation_id, occurred_at, detail) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {e.eventId.toString(QUuid::WithoutBraces), e.caseId.toString(QUuid::WithoutBraces), e.caseVersion, e.kind,
            stageOrNull(e.fromStage), stageOrNull(e.toStage), e.staffId, e.workstationId, toDbTime(e.occurredAt),
            QString::fromUtf8(QJsonDocument(e.detail).toJson(QJsonDocument::Compact))});
    return q.lastInsertId().toLongLong();
}

QList<CaseEvent> EventRepository::forCase(const QUuid& caseId) const
{
    return select(QStringLiteral("WHERE case_id = ? ORDER BY seq"), {caseId.toString(QUuid::WithoutBraces)});
}

QList<CaseEvent> EventRepository::since(qint64 afterSeq, int limit) const
{
    return select(QStringLiteral("WHERE seq > ? ORDER BY seq LIMIT ?"), {afterSeq, limit});
}

QList<CaseEvent> EventRepository::outbound(qint64 afterSeq, int limit) const
{
    return select(
        QStringLiteral("WHERE seq IN (SELECT seq FROM outbox WHERE seq > ? ORDER BY seq LIMIT ?) ORDER BY seq"),
        {afterSeq, limit});
}

bool EventRepository::contains(const QUuid& eventId) const
{
    return execSql(
        m_db, QStringLiteral("SELECT 1 FROM case_events WHERE event_id = ?"), {eventId.toString(QUuid::WithoutBraces)})
        .next();
}

QList<CaseEvent> EventRepository::select(const QString& where, const QVariantList& binds) const
{
    QSqlQuery q = execSql(m_db,
        QStringLiteral("SELECT seq, event_id, case_id, case_version, kind, from_stage, to_stage, "
                       "staff_id, workstation_id, occurred_at, detail FROM case_events %1")
            .arg(where),
        binds);
    QList<CaseEvent> out;
    while (q.next()) {
        CaseEvent e;
        e.seq = q.value(0).toLongLong();
        e.eventId = QUuid::fromString(q.value(1).toString());
        e.caseId = QUuid::fromString(q.value(2).toString());
        e.caseVersion = q.value(3).toInt();
        e.kind = q.value(4).toString();
        if (!q.value(5).isNull())
            e.fromStage = stageFromKey(q.value(5).toString());
        if (!q.value(6).isNull())
            e.toStage = stageFromKey(q.value(6).toString());
        e.staffId = q.value(7).toString();
        e.workstationId = q.value(8).toString();
        e.occurredAt = fromDbTime(q.value(9));
        e.detail = QJsonDocument::fromJson(q.value(10).toString().toUtf8()).object();
        out << e;
    }
    return out;
}

} // namespace mdg
